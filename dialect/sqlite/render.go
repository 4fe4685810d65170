package sqlite

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// columnDef renders one column definition of a CREATE TABLE.
func columnDef(t *schema.Table, col *schema.Column, inlinePK bool) string {
	var b strings.Builder
	b.WriteString(quote(col.Name))
	switch {
	case inlinePK && col.AutoIncrement:
		// Only INTEGER PRIMARY KEY is the rowid and may AUTOINCREMENT.
		b.WriteString(" INTEGER")
	case col.Type.Raw != "":
		b.WriteString(" " + col.Type.Raw)
	}
	if inlinePK {
		b.WriteString(" PRIMARY KEY")
		if t.Options["autoincrement"] == "true" {
			b.WriteString(" AUTOINCREMENT")
		}
	}
	if !col.Nullable && !inlinePK {
		b.WriteString(" NOT NULL")
	}
	if col.Default != nil {
		d := *col.Default
		if IsExprDefault(d) {
			d = "(" + d + ")"
		}
		b.WriteString(" DEFAULT " + d)
	}
	if col.Collation != "" {
		b.WriteString(" COLLATE " + quote(col.Collation))
	}
	if col.Generated != "" {
		kind := "VIRTUAL"
		if col.GeneratedStored {
			kind = "STORED"
		}
		b.WriteString(" GENERATED ALWAYS AS (" + col.Generated + ") " + kind)
	}
	return b.String()
}

var plainDefault = regexp.MustCompile(`(?i)^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|'([^']|'')*'|NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP|x'[0-9a-f]*')$`)

// IsExprDefault reports whether a default must be wrapped in parentheses
// (SQLite accepts only literals, signed numbers and CURRENT_* bare). A
// default that starts and ends with a parenthesis is one too: SQLite stores
// DEFAULT ((3)) as (3), which written back bare would be read as 3, and
// (1) + (2) is no default at all bare.
func IsExprDefault(d string) bool { return !plainDefault.MatchString(strings.TrimSpace(d)) }

// inlinePK reports whether the table's primary key is a lone INTEGER column
// that must be declared inline to stay the rowid alias.
func inlinePK(t *schema.Table) string {
	if t.PrimaryKey == nil || len(t.PrimaryKey.Parts) != 1 || t.Options["without_rowid"] == "true" {
		return ""
	}
	col := t.Column(t.PrimaryKey.Parts[0].Column)
	if col != nil && (col.AutoIncrement || strings.EqualFold(col.Type.Raw, "INTEGER")) {
		return col.Name
	}
	return ""
}

// createTable renders CREATE TABLE name (...) for t.
func createTable(t *schema.Table, name string) string {
	var items []string
	inl := inlinePK(t)
	for _, col := range t.Columns {
		items = append(items, columnDef(t, col, col.Name == inl))
	}
	items = append(items, keyConstraints(t, inl)...)
	for _, fk := range t.ForeignKeys {
		s := ""
		if fk.Name != "" {
			s = "CONSTRAINT " + quote(fk.Name) + " "
		}
		s += fmt.Sprintf("FOREIGN KEY (%s) REFERENCES %s (%s)", quoteList(fk.Columns), quote(fk.RefTable), quoteList(fk.RefColumns))
		if fk.OnDelete != "" {
			s += " ON DELETE " + fk.OnDelete
		}
		if fk.OnUpdate != "" {
			s += " ON UPDATE " + fk.OnUpdate
		}
		if fk.Deferrable != "" {
			s += " " + fk.Deferrable
		}
		items = append(items, s)
	}
	for _, ch := range t.Checks {
		s := ""
		if ch.Name != "" {
			s = "CONSTRAINT " + quote(ch.Name) + " "
		}
		items = append(items, s+"CHECK ("+ch.Expr+")")
	}
	out := "CREATE TABLE " + quote(name) + " (\n  " + strings.Join(items, ",\n  ") + "\n)"
	var opts []string
	if t.Options["without_rowid"] == "true" {
		opts = append(opts, "WITHOUT ROWID")
	}
	if t.Options["strict"] == "true" {
		opts = append(opts, "STRICT")
	}
	if len(opts) > 0 {
		out += " " + strings.Join(opts, ", ")
	}
	return out
}

// keyConstraints renders the table's PRIMARY KEY (unless inline) and its
// UNIQUE constraints as table constraints. SQLite names the index of each
// sqlite_autoindex_<table>_<n>, n counting them in the order they are
// declared, whether inline or not: they are rendered in that order, the
// primary key taking the number the UNIQUE constraints leave free, so that
// a rebuilt table has the indexes of the table created directly.
func keyConstraints(t *schema.Table, inl string) []string {
	type numbered struct {
		n   int
		sql string
	}
	var keys []numbered
	taken := map[int]bool{}
	for _, ix := range t.Indexes {
		if n, ok := autoindexNumber(ix); ok {
			keys = append(keys, numbered{n, "UNIQUE (" + strings.Join(indexParts(ix), ", ") + ")"})
			taken[n] = true
		}
	}
	if t.PrimaryKey != nil && inl == "" {
		n := 1
		for taken[n] {
			n++
		}
		keys = append(keys, numbered{n, "PRIMARY KEY (" + quoteList(t.PrimaryKey.Columns()) + ")"})
	}
	sort.SliceStable(keys, func(i, j int) bool { return keys[i].n < keys[j].n })
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.sql
	}
	return out
}

// autoindexNumber is n of a UNIQUE constraint's index
// sqlite_autoindex_<table>_<n>; ok is false for an index created by
// CREATE INDEX, which the table's definition does not hold.
func autoindexNumber(ix *schema.Index) (n int, ok bool) {
	if !ix.Constraint || !ix.Unique || ix.Where != "" {
		return 0, false
	}
	rest, ok := strings.CutPrefix(ix.Name, "sqlite_autoindex_")
	if !ok {
		return 0, false
	}
	i := strings.LastIndexByte(rest, '_')
	if i < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[i+1:])
	if err != nil || n < 1 {
		return 0, false
	}
	return n, true
}

// inTable reports whether createTable renders the index (a UNIQUE
// constraint) so that it needs no CREATE INDEX.
func inTable(ix *schema.Index) bool {
	_, ok := autoindexNumber(ix)
	return ok
}

func quoteList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quote(c)
	}
	return strings.Join(q, ", ")
}

// indexName is the index's name, or a generated one where SQLite reserves
// the name (constraint-backed sqlite_autoindex_*) or none was given.
func indexName(t *schema.Table, ix *schema.Index) string {
	if ix.Name != "" && !strings.HasPrefix(ix.Name, "sqlite_") {
		return ix.Name
	}
	suffix := "_idx"
	if ix.Unique {
		suffix = "_key"
	}
	var cols []string
	for _, p := range ix.Parts {
		if p.Column != "" {
			cols = append(cols, p.Column)
		} else {
			cols = append(cols, "expr")
		}
	}
	return t.Name + "_" + strings.Join(cols, "_") + suffix
}

// indexParts renders the columns and expressions of an index or of a
// UNIQUE constraint.
func indexParts(ix *schema.Index) []string {
	var parts []string
	for _, p := range ix.Parts {
		s := p.Expr
		if p.Column != "" {
			s = quote(p.Column)
		}
		if p.Desc {
			s += " DESC"
		}
		parts = append(parts, s)
	}
	return parts
}

func createIndex(t *schema.Table, ix *schema.Index) string {
	parts := indexParts(ix)
	u := ""
	if ix.Unique {
		u = "UNIQUE "
	}
	out := fmt.Sprintf("CREATE %sINDEX %s ON %s (%s)", u, quote(indexName(t, ix)), quote(t.Name), strings.Join(parts, ", "))
	if ix.Where != "" {
		out += " WHERE " + ix.Where
	}
	return out
}

// Render implements dialect.Conn. ALTER TABLE covers renames, most column
// additions and drops; everything else goes through SQLite's documented
// table rebuild (https://sqlite.org/lang_altertable.html#otheralter): new
// table, copy, drop, rename, recreate indexes, triggers and views, with
// foreign keys checked before commit.
func (c *Conn) Render(actual, target *schema.Schema, changes []diff.Change) (*dialect.Script, error) {
	s := &dialect.Script{ByChange: make([][]string, len(changes))}
	add := func(i int, sql string) {
		s.Statements = append(s.Statements, dialect.Statement{SQL: sql})
		s.ByChange[i] = append(s.ByChange[i], sql)
	}
	// Which tables need a rebuild, and which changes it serves.
	rebuild := map[string][]int{}
	var rebuildOrder []string
	for i, ch := range changes {
		if needsRebuild(ch) {
			name := ch.TableName()
			if _, seen := rebuild[name]; !seen {
				rebuildOrder = append(rebuildOrder, name)
			}
			rebuild[name] = append(rebuild[name], i)
		}
	}
	// Every other change of a rebuilt table is carried out by the rebuild too,
	// so it lists the rebuild's SQL rather than none.
	for i, ch := range changes {
		switch ch.(type) {
		case diff.AddTable, diff.DropTable, diff.RenameTable, diff.RenameColumn:
			continue
		}
		if idx, rb := rebuild[ch.TableName()]; rb && !contains(idx, i) {
			rebuild[ch.TableName()] = append(idx, i)
		}
	}
	for name, idx := range rebuild {
		if s.Rebuilds == nil {
			s.Rebuilds = make([]string, len(changes))
		}
		for _, i := range idx {
			s.Rebuilds[i] = name
		}
	}
	// Phase 1: renames, in the order ALTER TABLE needs them.
	for i, ch := range changes {
		switch ch := ch.(type) {
		case diff.RenameColumn:
			add(i, fmt.Sprintf("ALTER TABLE %s RENAME COLUMN %s TO %s", quote(ch.Table.Name), quote(ch.From.Name), quote(ch.To.Name)))
		}
	}
	// Phase 2: drops of indexes that are not rebuilt away, new tables, new columns.
	for i, ch := range changes {
		switch ch := ch.(type) {
		case diff.DropIndex:
			if _, rb := rebuild[ch.Table.Name]; !rb {
				add(i, "DROP INDEX "+quote(ch.Index.Name))
			}
		case diff.AddTable:
			add(i, createTable(ch.Table, ch.Table.Name))
			for _, ix := range ch.Table.Indexes {
				if inTable(ix) {
					continue
				}
				add(i, createIndex(ch.Table, ix))
			}
		case diff.AddColumn:
			if _, rb := rebuild[ch.Table.Name]; !rb {
				add(i, fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s", quote(ch.Table.Name), columnDef(ch.Table, ch.Column, false)))
			}
		case diff.DropColumn:
			if _, rb := rebuild[ch.Table.Name]; !rb {
				add(i, fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s", quote(ch.Table.Name), quote(ch.Column.Name)))
			}
		}
	}
	// Phase 3: new indexes on tables not rebuilt (a rebuild recreates them).
	// They come before the rebuilds: a foreign key a rebuilt table gains may
	// need a unique index the plan adds to its parent, and each rebuild
	// checks its foreign keys. A table being renamed still has its old
	// name here; the index follows it through the rename.
	for i, ch := range changes {
		if ch, ok := ch.(diff.AddIndex); ok {
			if _, rb := rebuild[ch.Table.Name]; !rb {
				named := *ch.Table
				if t := findTable(target, renamedTo(changes, ch.Table.Name)); t != nil {
					named = *t
				}
				named.Name = ch.Table.Name
				add(i, createIndex(&named, ch.Index))
			}
		}
	}
	// Phase 4: rebuilds, each once, listed under every change it serves.
	// Their foreign key checks wait until the tables are renamed: a key
	// to a parent the plan renames names the parent's new name.
	type check struct {
		sql     string
		changes []int
	}
	var checks []check
	var deps map[string][]string
	var views []viewDef
	if len(rebuildOrder) > 0 {
		deps, views = c.renamedDeps(changes)
	}
	for _, name := range rebuildOrder {
		have := findTable(actual, name)
		want := findTable(target, renamedTo(changes, name))
		if have == nil || want == nil {
			continue
		}
		renamed := map[string]bool{}
		for _, ch := range changes {
			if r, ok := ch.(diff.RenameColumn); ok && r.Table.Name == name {
				renamed[r.To.Name] = true
			}
		}
		stmts := c.rebuild(have, want, renamed, deps, views)
		for j, sql := range stmts {
			if strings.HasPrefix(sql, "PRAGMA foreign_key_check") {
				checks = append(checks, check{renamedCheck(sql, changes), rebuild[name]})
				// A rebuilt parent compares its key under its new type
				// and collation, and SQLite checks no child for it: the
				// children are checked too, under their names after the
				// script.
				for _, child := range children(target, want.Name) {
					checks = append(checks, check{"PRAGMA foreign_key_check(" + quote(child) + ")", rebuild[name]})
				}
				continue
			}
			s.Statements = append(s.Statements, dialect.Statement{SQL: sql})
			for _, i := range rebuild[name] {
				s.ByChange[i] = append(s.ByChange[i], stmts[j])
			}
		}
	}
	// Phase 5: table renames, then drops.
	for i, ch := range changes {
		switch ch := ch.(type) {
		case diff.RenameTable:
			if strings.EqualFold(ch.From.Name, ch.To.Name) {
				// SQLite refuses a name that differs only in case, as taken:
				// the table goes through a name of its own first.
				add(i, fmt.Sprintf("ALTER TABLE %s RENAME TO %s", quote(ch.From.Name), quote("schemaguard_case_"+ch.To.Name)))
				add(i, fmt.Sprintf("ALTER TABLE %s RENAME TO %s", quote("schemaguard_case_"+ch.To.Name), quote(ch.To.Name)))
				continue
			}
			add(i, fmt.Sprintf("ALTER TABLE %s RENAME TO %s", quote(ch.From.Name), quote(ch.To.Name)))
		}
	}
	// A table checked as a child of one rebuild and for its own is
	// checked once, listed under the changes of both.
	at := map[string]int{}
	for _, ck := range checks {
		if _, ok := at[ck.sql]; !ok {
			at[ck.sql] = len(s.Statements)
			s.Statements = append(s.Statements, dialect.Statement{SQL: ck.sql})
		}
		for _, i := range ck.changes {
			if !slices.Contains(s.ByChange[i], ck.sql) {
				s.ByChange[i] = append(s.ByChange[i], ck.sql)
			}
		}
	}
	for i, ch := range changes {
		if ch, ok := ch.(diff.DropTable); ok {
			add(i, "DROP TABLE "+quote(ch.Table.Name))
		}
	}
	return s, nil
}

// children lists, sorted, the tables of s other than parent with a
// foreign key to parent.
func children(s *schema.Schema, parent string) []string {
	var out []string
	for _, t := range s.Tables {
		if strings.EqualFold(t.Name, parent) {
			continue
		}
		for _, fk := range t.ForeignKeys {
			if strings.EqualFold(fk.RefTable, parent) {
				out = append(out, t.Name)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

func renamedTo(changes []diff.Change, name string) string {
	for _, ch := range changes {
		if r, ok := ch.(diff.RenameTable); ok && r.From.Name == name {
			// Rebuilds run before the rename, so the target is looked up by
			// its new name but built under the old one.
			return r.To.Name
		}
	}
	return name
}

func findTable(s *schema.Schema, name string) *schema.Table {
	for _, t := range s.Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// needsRebuild reports whether ALTER TABLE cannot carry out a change.
func needsRebuild(ch diff.Change) bool {
	switch ch := ch.(type) {
	case diff.AddTable, diff.DropTable, diff.RenameTable, diff.RenameColumn:
		return false
	case diff.AddIndex:
		// A UNIQUE constraint is part of the table's definition: CREATE
		// INDEX would make a named index of it, not the constraint's own.
		return inTable(ch.Index)
	case diff.DropIndex:
		return strings.HasPrefix(ch.Index.Name, "sqlite_autoindex_")
	case diff.AddColumn:
		col := ch.Column
		switch {
		case col.Generated != "" && col.GeneratedStored, col.AutoIncrement:
			return true
		case col.Default != nil && !risk.IsConstantDefault(*col.Default):
			return true // SQLite refuses ADD COLUMN with a non-constant default
		case !col.Nullable && col.Default == nil:
			// SQLite refuses it on any table; the rebuild fails on a non-empty one.
			return true
		}
		return false
	case diff.DropColumn:
		return columnReferenced(ch.Table, ch.Column.Name)
	}
	return true
}

// columnReferenced reports whether ALTER TABLE DROP COLUMN would refuse the
// column: it is part of a key, an index, a foreign key or a check.
func columnReferenced(t *schema.Table, col string) bool {
	if t.PrimaryKey != nil {
		for _, c := range t.PrimaryKey.Columns() {
			if c == col {
				return true
			}
		}
	}
	for _, ix := range t.Indexes {
		for _, p := range ix.Parts {
			if p.Column == col || strings.Contains(p.Expr, col) {
				return true
			}
		}
		if strings.Contains(ix.Where, col) {
			return true
		}
	}
	for _, fk := range t.ForeignKeys {
		for _, c := range fk.Columns {
			if c == col {
				return true
			}
		}
	}
	for _, ch := range t.Checks {
		if strings.Contains(ch.Expr, col) {
			return true
		}
	}
	return false
}

// rebuild renders SQLite's table rebuild from have to want.
// Columns renamed earlier in the same script are copied under their new
// names; deps and views are the triggers and views as those renames leave
// them (renamedDeps).
func (c *Conn) rebuild(have, want *schema.Table, renamed map[string]bool, deps map[string][]string, allViews []viewDef) []string {
	tmp := "schemaguard_new_" + have.Name
	var cols, src []string
	for _, col := range want.Columns {
		if col.Generated != "" {
			continue // computed by the new table, cannot be inserted
		}
		if have.Column(col.Name) != nil || renamed[col.Name] {
			cols = append(cols, quote(col.Name))
			src = append(src, quote(col.Name))
		}
	}
	// A table without an INTEGER PRIMARY KEY keeps its rowids, which
	// applications and FTS indexes may hold on to.
	if have.Options["without_rowid"] == "" && want.Options["without_rowid"] == "" && inlinePK(want) == "" {
		cols = append([]string{"rowid"}, cols...)
		src = append([]string{"rowid"}, src...)
	}
	out := []string{
		"PRAGMA foreign_keys = OFF",
		// Triggers and views of other tables that name this one are left
		// as they are: the table has its name again when they next run.
		"PRAGMA legacy_alter_table = ON",
		createTable(want, tmp),
		fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s", quote(tmp), strings.Join(cols, ", "), strings.Join(src, ", "), quote(have.Name)),
	}
	if want.Options["autoincrement"] == "true" && have.Options["autoincrement"] == "true" && inlinePK(want) != "" && inlinePK(have) != "" {
		// AUTOINCREMENT never reuses a number: the new table takes over the
		// old one's high-water mark, not just the largest key it holds.
		out = append(out,
			fmt.Sprintf("INSERT INTO sqlite_sequence (name, seq) SELECT %s, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = %s)", literal(tmp), literal(tmp)),
			fmt.Sprintf("UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0)) WHERE name = %s", literal(have.Name), literal(tmp)))
	}
	// Views that name the table are dropped and recreated around the swap,
	// with their INSTEAD OF triggers, which go with them.
	var views []viewDef
	for _, v := range allViews {
		if strings.Contains(strings.ToLower(v.sql), strings.ToLower(have.Name)) {
			views = append(views, v)
			out = append(out, "DROP VIEW "+quote(v.name))
		}
	}
	out = append(out,
		"DROP TABLE "+quote(have.Name),
		fmt.Sprintf("ALTER TABLE %s RENAME TO %s", quote(tmp), quote(have.Name)),
		"PRAGMA legacy_alter_table = OFF",
	)
	named := *want
	named.Name = have.Name
	for _, ix := range want.Indexes {
		if inTable(ix) {
			continue // created with the table, under the table's name
		}
		out = append(out, createIndex(&named, ix))
	}
	out = append(out, deps[have.Name]...)
	for _, v := range views {
		out = append(out, v.sql)
	}
	for _, v := range views {
		out = append(out, deps[v.name]...)
	}
	out = append(out, "PRAGMA foreign_key_check("+quote(have.Name)+")", "PRAGMA foreign_keys = ON")
	return out
}

// literal quotes a string literal for SQLite.
func literal(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// renamedCheck is a table's foreign key check under the name the plan
// gives the table.
func renamedCheck(sql string, changes []diff.Change) string {
	for _, ch := range changes {
		if r, ok := ch.(diff.RenameTable); ok && sql == "PRAGMA foreign_key_check("+quote(r.From.Name)+")" {
			return "PRAGMA foreign_key_check(" + quote(r.To.Name) + ")"
		}
	}
	return sql
}
