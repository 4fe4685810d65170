package postgres

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// LockTimeout is the lock_timeout every rendered script sets before its DDL,
// so that a statement queued behind a long transaction gives up instead of
// blocking every other query on the table.
var LockTimeout = "5s"

// The phases of a script. Statements run in phase order; within a phase, in
// change order. Drops use the names before the plan, so they come before the
// renames; everything after the renames uses the new names.
const (
	// phAddEnumValue runs before the transaction (autocommit): PostgreSQL
	// refuses a value ADD VALUE added until that transaction commits
	// ("unsafe use of new value"), and the plan's defaults, columns and
	// checks may use it.
	phAddEnumValue = iota
	phDropFK
	phDropConstraint
	phDropPK
	phDropColumn
	phDropTable
	phRenameTable
	phRenameColumn
	phCreateType
	phCreateTable
	phAddColumn
	phAutoIncrement
	phRetypeEnum
	phModifyColumn
	phAddPK
	phAddCheck
	phAddIndex
	phAddFK
	// NoTx phases run after the transaction commits (phAddEnumValue, before it).
	phConcurrentIndex
	phValidate
	phNotNull
)

type item struct {
	phase  int
	change int
	st     dialect.Statement
}

type renderer struct {
	actual, target *schema.Schema
	items          []item
	cur            int
	// tableNames maps an actual table to its name after the plan.
	tableNames map[string]string
	enums      map[string][]string
	newTables  map[string]bool
	// fkTargets holds table\x00columns of every unique key an added foreign key needs.
	fkTargets map[string]bool
	// pkUsers are, per AlterPrimaryKey change, the live foreign keys of
	// other tables that the old primary key's index serves: dropping it
	// fails on them (2BP01), so they are dropped and added back around it.
	pkUsers map[int][]fkOf
	err     error
}

// fkOf is a foreign key with the (actual) table that holds it.
type fkOf struct {
	table *schema.Table
	fk    *schema.ForeignKey
}

// Render implements dialect.Conn.
func (c *Conn) Render(actual, target *schema.Schema, changes []diff.Change) (*dialect.Script, error) {
	return render(actual, target, changes)
}

func render(actual, target *schema.Schema, changes []diff.Change) (*dialect.Script, error) {
	r := &renderer{actual: actual, target: target, tableNames: map[string]string{},
		enums: map[string][]string{}, newTables: map[string]bool{}, fkTargets: map[string]bool{}, pkUsers: map[int][]fkOf{}}
	for _, t := range actual.Tables {
		for _, col := range t.Columns {
			if col.Type.Kind == schema.KindEnum && col.Type.EnumName != "" {
				r.enums[enumRef(col.Type)] = col.Type.Values
			}
		}
	}
	for i, ch := range changes {
		switch ch := ch.(type) {
		case diff.AlterPrimaryKey:
			for _, u := range r.keyUsers(ch) {
				r.pkUsers[i] = append(r.pkUsers[i], u)
				r.fkTargets[tkey(refSchema(u.table, u.fk), u.fk.RefTable)+"\x00"+strings.Join(u.fk.RefColumns, ",")] = true
			}
		case diff.RenameTable:
			r.tableNames[tkey(ch.From.Schema, ch.From.Name)] = ch.To.Name
		case diff.AddTable:
			r.newTables[tkey(ch.Table.Schema, ch.Table.Name)] = true
		case diff.AddForeignKey:
			ns := ch.FK.RefSchema
			if ns == "" {
				ns = ch.Table.Schema
			}
			r.fkTargets[tkey(ns, ch.FK.RefTable)+"\x00"+strings.Join(ch.FK.RefColumns, ",")] = true
		}
	}
	for i, ch := range changes {
		r.cur = i
		r.change(ch)
		if r.err != nil {
			return nil, fmt.Errorf("rendering %s: %w", ch, r.err)
		}
	}
	return r.script(len(changes)), nil
}

func tkey(ns, name string) string { return ns + "\x00" + name }

func (r *renderer) add(phase int, sql string) {
	r.items = append(r.items, item{phase: phase, change: r.cur, st: dialect.Statement{SQL: sql, NoTx: phase >= phConcurrentIndex || phase == phAddEnumValue}})
}

// script orders the statements, runs shared ones once and adds lock_timeout.
func (r *renderer) script(n int) *dialect.Script {
	sort.SliceStable(r.items, func(i, j int) bool { return r.items[i].phase < r.items[j].phase })
	s := &dialect.Script{ByChange: make([][]string, n)}
	setTimeout := "SET lock_timeout = " + quoteLiteral(LockTimeout)
	seen := map[string]bool{}
	inTx := false
	for _, it := range r.items {
		s.ByChange[it.change] = append(s.ByChange[it.change], it.st.SQL)
		if seen[it.st.SQL] {
			continue
		}
		seen[it.st.SQL] = true
		switch {
		case it.st.NoTx:
			s.Statements = append(s.Statements, dialect.Statement{SQL: setTimeout, NoTx: true})
		case !inTx:
			s.Statements = append(s.Statements, dialect.Statement{SQL: setTimeout})
			inTx = true
		}
		s.Statements = append(s.Statements, it.st)
	}
	return s
}

// name is the quoted name of an actual table after the plan's renames.
func (r *renderer) name(t *schema.Table) string {
	if n, ok := r.tableNames[tkey(t.Schema, t.Name)]; ok {
		return qualify(t.Schema, n)
	}
	return qualify(t.Schema, t.Name)
}

func (r *renderer) change(ch diff.Change) {
	switch ch := ch.(type) {
	case diff.AddTable:
		r.addTable(ch.Table)
	case diff.DropTable:
		for _, fk := range ch.Table.ForeignKeys {
			r.add(phDropFK, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(fk.Name)))
		}
		r.add(phDropTable, "DROP TABLE "+qualify(ch.Table.Schema, ch.Table.Name))
	case diff.RenameTable:
		r.add(phRenameTable, fmt.Sprintf("ALTER TABLE %s RENAME TO %s", qualify(ch.From.Schema, ch.From.Name), quoteIdent(ch.To.Name)))
	case diff.AddColumn:
		r.createEnum(ch.Column.Type)
		r.add(phAddColumn, fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s", r.name(ch.Table), columnDef(ch.Column)))
	case diff.DropColumn:
		r.add(phDropColumn, fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.Column.Name)))
	case diff.RenameColumn:
		r.add(phRenameColumn, fmt.Sprintf("ALTER TABLE %s RENAME COLUMN %s TO %s", r.name(ch.Table), quoteIdent(ch.From.Name), quoteIdent(ch.To.Name)))
	case diff.ModifyColumn:
		r.modifyColumn(ch)
	case diff.AddIndex:
		r.addIndex(ch.Table, ch.Index)
	case diff.DropIndex:
		if ch.Index.Constraint {
			r.add(phDropConstraint, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.Index.Name)))
		} else {
			r.add(phDropConstraint, "DROP INDEX "+qualify(ch.Table.Schema, ch.Index.Name))
		}
	case diff.AddForeignKey:
		r.addFK(ch.Table, ch.FK)
	case diff.DropForeignKey:
		r.add(phDropFK, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.FK.Name)))
	case diff.AlterForeignKey:
		if validateOnly(ch.From, ch.To) {
			r.add(phValidate, fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", r.name(ch.Table), quoteIdent(ch.From.Name)))
			return
		}
		r.add(phDropFK, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.From.Name)))
		fk := *ch.To
		if fk.Name == "" {
			fk.Name = ch.From.Name
		}
		if partitioned(ch.Table) {
			// The key added back validates at once (PostgreSQL 15 takes
			// no NOT VALID key on a partitioned table). It runs in the
			// transaction that dropped the old one, so that rows pointing
			// nowhere (written under session_replication_role = replica)
			// roll the DROP back with it instead of leaving the table
			// without a key after the commit. The DROP's ACCESS EXCLUSIVE
			// lock is then held through the scan.
			r.add(phAddFK, fmt.Sprintf("ALTER TABLE %s ADD %s", r.name(ch.Table), fkDef(&schema.Table{Schema: ch.Table.Schema}, &fk)))
			return
		}
		r.addFK(ch.Table, &fk)
	case diff.AddCheck:
		r.addCheck(ch.Table, ch.Check)
	case diff.DropCheck:
		r.add(phDropConstraint, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.Check.Name)))
	case diff.AlterCheck:
		if ch.From.NotValid && !ch.To.NotValid && diff.NormalizeExpr(ch.From.Expr) == diff.NormalizeExpr(ch.To.Expr) {
			r.add(phValidate, fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", r.name(ch.Table), quoteIdent(ch.From.Name)))
			return
		}
		r.add(phDropConstraint, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.From.Name)))
		r.addCheck(ch.Table, ch.To)
	case diff.AddExclusion:
		r.addExclusion(ch.Table, ch.Exclusion)
	case diff.DropExclusion:
		r.add(phDropConstraint, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.Exclusion.Name)))
	case diff.AlterExclusion:
		r.add(phDropConstraint, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.From.Name)))
		r.addExclusion(ch.Table, ch.To)
	case diff.AlterTableOption:
		if ch.Option != diff.OptionPartitionBy {
			r.err = fmt.Errorf("%w: PostgreSQL has no table option %s", dialect.ErrBadInput, ch.Option)
		}
		// PostgreSQL cannot partition a table in place, nor stop or change
		// its partitioning: nothing runs, and the change is DANGEROUS
		// (change-partitioning), so sync keeps it back.
	case diff.AlterPrimaryKey:
		for _, u := range r.pkUsers[r.cur] {
			r.add(phDropFK, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(u.table.Schema, u.table.Name), quoteIdent(u.fk.Name)))
			r.addFK(u.table, u.fk)
		}
		if ch.From != nil {
			r.add(phDropPK, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", qualify(ch.Table.Schema, ch.Table.Name), quoteIdent(ch.From.Name)))
		}
		if ch.To != nil {
			r.add(phAddPK, fmt.Sprintf("ALTER TABLE %s ADD %s", r.name(ch.Table), pkDef(ch.To)))
		}
	default:
		r.err = fmt.Errorf("%w: change %T is not supported by PostgreSQL", dialect.ErrBadInput, ch)
	}
}

func (r *renderer) createEnum(t schema.Type) {
	if t.Kind != schema.KindEnum || t.EnumName == "" {
		return
	}
	name := enumRef(t)
	if _, ok := r.enums[name]; ok {
		return
	}
	r.enums[name] = t.Values
	// The model knows the enum types its columns use: one that exists
	// but no column uses yet is created only if it is not there
	// (PostgreSQL has no CREATE TYPE IF NOT EXISTS). If its values differ,
	// the next plan reports that as a change of the enum.
	r.add(phCreateType, fmt.Sprintf("DO $sg$ BEGIN IF to_regtype(%s) IS NULL THEN CREATE TYPE %s AS ENUM (%s); END IF; END $sg$", quoteLiteral(name), name, literals(t.Values)))
}

// enumRef names an enum type as the column's type does: format_type's
// spelling, schema-qualified when the type is not on the search path
// (sales."Status"), so that the type is created where the column looks
// for it and two enums of one name in two schemas stay apart.
func enumRef(t schema.Type) string {
	if t.Raw != "" {
		return t.Raw
	}
	return quoteIdent(t.EnumName)
}

func literals(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quoteLiteral(v)
	}
	return strings.Join(q, ", ")
}

func (r *renderer) addTable(t *schema.Table) {
	var defs []string
	for _, col := range t.Columns {
		r.createEnum(col.Type)
		defs = append(defs, columnDef(col))
	}
	if t.PrimaryKey != nil {
		defs = append(defs, pkDef(t.PrimaryKey))
	}
	var later []*schema.Index
	for _, ix := range t.Indexes {
		if ix.Constraint && ix.Method == "" && ix.Where == "" && plainColumns(ix) {
			defs = append(defs, constraintName(ix.Name)+"UNIQUE"+nullsNotDistinct(ix)+" ("+partList(ix.Parts)+")"+includeList(ix.Include)+deferrable(ix))
			continue
		}
		later = append(later, ix)
	}
	for _, ck := range t.Checks {
		defs = append(defs, constraintName(ck.Name)+"CHECK ("+ck.Expr+")")
	}
	for _, x := range t.Exclusions {
		defs = append(defs, constraintName(x.Name)+x.Def)
	}
	name := qualify(t.Schema, t.Name)
	partition := ""
	if p := t.Options[diff.OptionPartitionBy]; p != "" {
		// Only the partitioned table: partitions are not inspected, so
		// the plan creates none (rows go nowhere until one is attached).
		partition = " PARTITION BY " + p
	}
	r.add(phCreateTable, "CREATE TABLE "+name+" (\n  "+strings.Join(defs, ",\n  ")+"\n)"+partition)
	if t.Comment != "" {
		r.add(phCreateTable, fmt.Sprintf("COMMENT ON TABLE %s IS %s", name, quoteLiteral(t.Comment)))
	}
	for _, col := range t.Columns {
		if col.Comment != "" {
			r.add(phCreateTable, fmt.Sprintf("COMMENT ON COLUMN %s.%s IS %s", name, quoteIdent(col.Name), quoteLiteral(col.Comment)))
		}
	}
	for _, ix := range later {
		r.add(phCreateTable, indexDef(t, ix, false))
	}
	for _, fk := range t.ForeignKeys {
		r.add(phAddFK, fmt.Sprintf("ALTER TABLE %s ADD %s", name, fkDef(t, fk)))
	}
}

func constraintName(n string) string {
	if n == "" {
		return ""
	}
	return "CONSTRAINT " + quoteIdent(n) + " "
}

func plainColumns(ix *schema.Index) bool {
	for _, p := range ix.Parts {
		if p.Column == "" || p.Desc {
			return false
		}
	}
	return true
}

func pkDef(ix *schema.Index) string {
	return constraintName(ix.Name) + "PRIMARY KEY (" + partList(ix.Parts) + ")" + includeList(ix.Include)
}

func includeList(cols []string) string {
	if len(cols) == 0 {
		return ""
	}
	return " INCLUDE (" + quoteIdents(cols) + ")"
}

func partList(parts []schema.IndexPart) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		if p.Column != "" {
			out[i] = quoteIdent(p.Column)
		} else {
			out[i] = "(" + p.Expr + ")"
		}
		if p.Desc {
			out[i] += " DESC"
		}
	}
	return strings.Join(out, ", ")
}

// columnDef is a column as CREATE TABLE and ADD COLUMN write it.
func columnDef(col *schema.Column) string {
	var b strings.Builder
	b.WriteString(quoteIdent(col.Name) + " " + col.Type.Raw)
	if col.Collation != "" {
		b.WriteString(" COLLATE " + quoteIdent(col.Collation))
	}
	switch {
	case col.AutoIncrement:
		b.WriteString(" GENERATED " + identityKind(col) + " AS IDENTITY")
	case col.Generated != "":
		b.WriteString(" GENERATED ALWAYS AS (" + col.Generated + ") STORED")
	case col.Default != nil:
		b.WriteString(" DEFAULT " + *col.Default)
	}
	if !col.Nullable {
		b.WriteString(" NOT NULL")
	}
	return b.String()
}

// identityKind is ALWAYS or BY DEFAULT, as an identity column is declared.
func identityKind(col *schema.Column) string {
	if col.Identity == "always" {
		return "ALWAYS"
	}
	return "BY DEFAULT"
}

// objectName builds a constraint or index name the way PostgreSQL does
// (table_columns_suffix), cut to the 63-byte identifier limit.
func objectName(table string, cols []string, suffix string) string {
	base := table
	if len(cols) > 0 {
		base += "_" + strings.Join(cols, "_")
	}
	max := 63 - len(suffix) - 1
	if len(base) > max {
		sum := sha256.Sum256([]byte(base))
		base = base[:max-9] + "_" + hex.EncodeToString(sum[:])[:8]
	}
	return base + "_" + suffix
}

// nullsNotDistinct is the clause of a unique constraint whose NULLs collide.
func nullsNotDistinct(ix *schema.Index) string {
	if ix.NullsNotDistinct {
		return " NULLS NOT DISTINCT"
	}
	return ""
}

// deferrable is the clause of a unique constraint checked at the end of
// the transaction (only a constraint can be; a bare unique index cannot).
func deferrable(ix *schema.Index) string {
	if ix.Deferrable == "" {
		return ""
	}
	return " " + ix.Deferrable
}

func indexDef(t *schema.Table, ix *schema.Index, concurrently bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	if concurrently {
		b.WriteString("CONCURRENTLY ")
	}
	b.WriteString(quoteIdent(ix.Name) + " ON " + qualify(t.Schema, t.Name))
	if ix.Method != "" {
		b.WriteString(" USING " + ix.Method)
	}
	b.WriteString(" (" + partList(ix.Parts) + ")" + includeList(ix.Include))
	if ix.NullsNotDistinct {
		b.WriteString(" NULLS NOT DISTINCT")
	}
	if ix.Where != "" {
		b.WriteString(" WHERE " + ix.Where)
	}
	return b.String()
}

func (r *renderer) addIndex(actual *schema.Table, ix *schema.Index) {
	c := *ix
	if c.Name == "" {
		suffix := "idx"
		if c.Unique {
			suffix = "key"
		}
		c.Name = objectName(r.finalName(actual), nonEmpty(c.Columns()), suffix)
	}
	t := &schema.Table{Schema: actual.Schema, Name: r.finalName(actual)}
	tname := r.name(actual)
	// A foreign key added in the same transaction needs the key to exist
	// when it is created, so it cannot wait for a concurrent build.
	needed := c.Unique && r.fkTargets[tkey(actual.Schema, r.finalName(actual))+"\x00"+strings.Join(c.Columns(), ",")]
	if !needed && !partitioned(actual) {
		r.add(phConcurrentIndex, indexDef(t, &c, true))
		if c.Constraint {
			r.add(phConcurrentIndex, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE USING INDEX %s%s", tname, quoteIdent(c.Name), quoteIdent(c.Name), deferrable(&c)))
		}
		return
	}
	// Built at once: in the transaction when a foreign key needs it; after
	// it on a partitioned table, where PostgreSQL 15 builds no index
	// concurrently and refuses ADD CONSTRAINT ... USING INDEX (the
	// constraint builds its index on every partition), so that the locks
	// last only as long as the build.
	phase := phConcurrentIndex
	if needed {
		phase = phAddIndex
	}
	if c.Constraint {
		r.add(phase, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE%s (%s)%s", tname, quoteIdent(c.Name), nullsNotDistinct(&c), partList(c.Parts), includeList(c.Include)+deferrable(&c)))
	} else {
		r.add(phase, indexDef(t, &c, false))
	}
}

// partitioned reports whether an actual table is partitioned
// (PARTITION BY): PostgreSQL 15 builds no index on it concurrently and
// adds no foreign key to it NOT VALID.
func partitioned(t *schema.Table) bool { return t.Options[diff.OptionPartitionBy] != "" }

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (r *renderer) finalName(t *schema.Table) string {
	if n, ok := r.tableNames[tkey(t.Schema, t.Name)]; ok {
		return n
	}
	return t.Name
}

func fkDef(t *schema.Table, fk *schema.ForeignKey) string {
	ns := fk.RefSchema
	if ns == "" {
		ns = t.Schema
	}
	s := fmt.Sprintf("%sFOREIGN KEY (%s) REFERENCES %s (%s)", constraintName(fk.Name), quoteIdents(fk.Columns), qualify(ns, fk.RefTable), quoteIdents(fk.RefColumns))
	if fk.MatchFull {
		s += " MATCH FULL"
	}
	if fk.OnDelete != "" {
		s += " ON DELETE " + fk.OnDelete
	}
	if fk.OnUpdate != "" {
		s += " ON UPDATE " + fk.OnUpdate
	}
	if fk.Deferrable != "" {
		s += " " + fk.Deferrable
	}
	return s
}

// keyUsers lists the live foreign keys that reference exactly the old
// primary key's columns and that the target keeps unchanged: they must be
// dropped before the key and added back after (the target must then have
// another unique key on those columns, or the plan fails as it should).
func (r *renderer) keyUsers(ch diff.AlterPrimaryKey) []fkOf {
	if ch.From == nil {
		return nil
	}
	var pkCols []string
	for _, p := range ch.From.Parts {
		pkCols = append(pkCols, p.Column)
	}
	var out []fkOf
	for _, t := range r.actual.Tables {
		for _, fk := range t.ForeignKeys {
			if fk.RefTable != ch.Table.Name || refSchema(t, fk) != ch.Table.Schema || !slices.Equal(fk.RefColumns, pkCols) {
				continue
			}
			tt := r.target.Table(r.finalName(t))
			if tt == nil {
				continue
			}
			for _, kept := range tt.ForeignKeys {
				if kept.Name == fk.Name && kept.Signature() == fk.Signature() {
					out = append(out, fkOf{table: t, fk: fk})
				}
			}
		}
	}
	return out
}

// refSchema is the schema a foreign key of t points into.
func refSchema(t *schema.Table, fk *schema.ForeignKey) string {
	if fk.RefSchema != "" {
		return fk.RefSchema
	}
	return t.Schema
}

// helperName names the temporary NOT NULL check of a column with a name no
// constraint of the table has: a check the user named so, or one a failed
// run left behind (which the plan drops, in a statement that would read the
// same as the helper's own final DROP), must not be taken for it.
func (r *renderer) helperName(t *schema.Table, col string) string {
	taken := map[string]bool{}
	for _, c := range t.Checks {
		taken[c.Name] = true
	}
	for _, fk := range t.ForeignKeys {
		taken[fk.Name] = true
	}
	name := objectName(r.finalName(t), []string{col}, "not_null")
	for i := 2; taken[name]; i++ {
		name = objectName(r.finalName(t), []string{col}, fmt.Sprintf("not_null%d", i))
	}
	return name
}

// validateOnly reports whether a foreign key differs only by having been
// left NOT VALID: VALIDATE CONSTRAINT is all it takes.
func validateOnly(from, to *schema.ForeignKey) bool {
	return from.NotValid && !to.NotValid && from.OnDelete == to.OnDelete && from.OnUpdate == to.OnUpdate && from.MatchFull == to.MatchFull && from.Deferrable == to.Deferrable
}

func (r *renderer) addFK(actual *schema.Table, fk *schema.ForeignKey) {
	c := *fk
	if c.Name == "" {
		c.Name = objectName(r.finalName(actual), c.Columns, "fkey")
	}
	tname := r.name(actual)
	if partitioned(actual) {
		// PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned
		// table: it is added validating, in one statement after the
		// transaction, which scans every partition under SHARE ROW
		// EXCLUSIVE on both tables.
		r.add(phValidate, fmt.Sprintf("ALTER TABLE %s ADD %s", tname, fkDef(&schema.Table{Schema: actual.Schema}, &c)))
		return
	}
	// NOT VALID takes the lock for a moment; VALIDATE scans under a lock
	// that lets reads and writes go on.
	r.add(phAddFK, fmt.Sprintf("ALTER TABLE %s ADD %s NOT VALID", tname, fkDef(&schema.Table{Schema: actual.Schema}, &c)))
	r.add(phValidate, fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", tname, quoteIdent(c.Name)))
}

func (r *renderer) addCheck(actual *schema.Table, ck *schema.Check) {
	name := ck.Name
	if name == "" {
		sum := sha256.Sum256([]byte(ck.Expr))
		name = objectName(r.finalName(actual), []string{hex.EncodeToString(sum[:])[:8]}, "check")
	}
	tname := r.name(actual)
	r.add(phAddCheck, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s) NOT VALID", tname, quoteIdent(name), ck.Expr))
	r.add(phValidate, fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", tname, quoteIdent(name)))
}

// addExclusion adds an exclusion constraint inside the transaction. It
// cannot be added NOT VALID and validated later, nor built concurrently:
// ADD CONSTRAINT ... EXCLUDE builds its index under ACCESS EXCLUSIVE and
// fails on the first two rows that conflict.
func (r *renderer) addExclusion(actual *schema.Table, x *schema.Exclusion) {
	r.add(phAddCheck, fmt.Sprintf("ALTER TABLE %s ADD %s%s", r.name(actual), constraintName(x.Name), x.Def))
}

// boundedText reports whether a USING cast to t would silently cut values:
// an explicit cast to varchar(n) or char(n) truncates, while the implicit
// assignment the plain TYPE change uses fails on a value that is too long.
func boundedText(t schema.Type) bool {
	raw := strings.ToLower(t.Raw)
	// An array of a bounded type is cut element by element the same way.
	return (t.Kind == schema.KindString && t.Length > 0) || strings.HasPrefix(raw, "character(") ||
		strings.HasPrefix(raw, "character varying(") ||
		strings.HasPrefix(raw, "bit(") || strings.HasPrefix(raw, "bit varying(")
}

// intWidth orders PostgreSQL's integer kinds by size.
var intWidth = map[schema.Kind]int{schema.KindSmallInt: 2, schema.KindInt: 4, schema.KindBigInt: 8}

// using is the USING expression of a type change: the explicit cast, or,
// where PostgreSQL has no cast between the two types, the same conversion
// in steps. boolean casts only to and from integer (int4): a smallint or
// bigint goes through it (0 and 1 fit any integer), and an integer becomes
// true when it is not 0, which is what int4's cast to boolean does. An enum
// casts only from text.
func using(col string, from, to schema.Type) string {
	wide := from.Kind == schema.KindSmallInt || from.Kind == schema.KindBigInt
	switch {
	case from.Kind == schema.KindBool && (to.Kind == schema.KindSmallInt || to.Kind == schema.KindBigInt):
		return col + "::integer::" + to.Raw
	case wide && to.Kind == schema.KindBool:
		return "(" + col + " <> 0)"
	case to.Kind == schema.KindEnum && from.Kind != schema.KindText:
		// An enum casts from text only: not from another enum type.
		return col + "::text::" + to.Raw
	}
	return col + "::" + to.Raw
}

func (r *renderer) modifyColumn(ch diff.ModifyColumn) {
	tname := r.name(ch.Table)
	col := quoteIdent(ch.To.Name)
	alter := func(phase int, format string, args ...any) {
		r.add(phase, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s ", tname, col)+fmt.Sprintf(format, args...))
	}
	switch ch.Aspect {
	case diff.KindAlterType:
		r.createEnum(ch.To.Type)
		// PostgreSQL converts the default with the column and refuses the
		// change when it has no implicit cast for it ('new'::character
		// varying to an enum): the default is dropped first, before any
		// other change of the column, and set again after. A new default
		// is set by its own change, after this one.
		if ch.From.Default != nil {
			r.add(phRetypeEnum, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT", tname, col))
			defer func() {
				if ch.To.Default != nil && *ch.To.Default == *ch.From.Default {
					alter(phModifyColumn, "SET DEFAULT %s", *ch.To.Default)
				}
			}()
		}
		// TYPE without COLLATE gives the column its new type's default
		// collation: a widened VARCHAR COLLATE "ci" would lose "ci".
		typ := ch.To.Type.Raw
		if ch.To.Collation != "" {
			typ += " COLLATE " + quoteIdent(ch.To.Collation)
		}
		if boundedText(ch.To.Type) {
			alter(phModifyColumn, "TYPE %s", typ)
		} else {
			alter(phModifyColumn, "TYPE %s USING %s", typ, using(col, ch.From.Type, ch.To.Type))
		}
		if ch.From.AutoIncrement && ch.To.AutoIncrement && intWidth[ch.To.Type.Kind] > intWidth[ch.From.Type.Kind] && intWidth[ch.From.Type.Kind] > 0 {
			// PostgreSQL widens an identity's sequence with its column, but
			// not a serial's: its sequence would still stop at the old
			// type's maximum. Its name is only known to the server.
			r.add(phModifyColumn, fmt.Sprintf("DO $sg$BEGIN EXECUTE format('ALTER SEQUENCE %%s AS %s', pg_get_serial_sequence(%s, %s)); END$sg$",
				ch.To.Type.Raw, quoteLiteral(tname), quoteLiteral(ch.To.Name)))
		}
	case diff.KindAlterEnum:
		r.alterEnum(ch, tname, col)
	case diff.KindSetNotNull:
		// The NOT VALID check plus VALIDATE proves there are no NULLs without
		// holding ACCESS EXCLUSIVE during the scan; SET NOT NULL then uses it.
		tmp := quoteIdent(r.helperName(ch.Table, ch.To.Name))
		r.add(phAddCheck, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s IS NOT NULL) NOT VALID", tname, tmp, col))
		r.add(phNotNull, fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s", tname, tmp))
		r.add(phNotNull, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET NOT NULL", tname, col))
		r.add(phNotNull, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", tname, tmp))
	case diff.KindDropNotNull:
		alter(phModifyColumn, "DROP NOT NULL")
	case diff.KindSetDefault, diff.KindChangeDefault:
		alter(phModifyColumn, "SET DEFAULT %s", *ch.To.Default)
	case diff.KindDropDefault:
		alter(phModifyColumn, "DROP DEFAULT")
	default:
		switch ch.Detail {
		case "autoincrement":
			if ch.From.AutoIncrement && ch.To.AutoIncrement {
				// Only ALWAYS and BY DEFAULT differ (Assess keeps back a
				// serial, which is no identity column, becoming ALWAYS).
				alter(phAutoIncrement, "SET GENERATED %s", identityKind(ch.To))
				break
			}
			if ch.To.AutoIncrement {
				if ch.From.Nullable {
					alter(phAutoIncrement, "SET NOT NULL")
				}
				if ch.From.Default != nil {
					alter(phAutoIncrement, "DROP DEFAULT")
				}
				alter(phAutoIncrement, "ADD GENERATED %s AS IDENTITY", identityKind(ch.To))
				// Start after the existing values so the next insert does not collide.
				r.add(phAutoIncrement, fmt.Sprintf("SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max(%s), 0) + 1, false) FROM %s",
					quoteLiteral(tname), quoteLiteral(ch.To.Name), col, tname))
			} else {
				alter(phAutoIncrement, "DROP IDENTITY IF EXISTS")
				alter(phAutoIncrement, "DROP DEFAULT")
			}
		case "collation":
			if ch.To.Collation == "" && !ch.To.Type.Kind.IsString() && !strings.HasSuffix(ch.To.Type.Raw, "[]") {
				// The column's new type (an enum, jsonb, a number) has no
				// collation: its own change drops the old one, and COLLATE
				// would be refused (SQLSTATE 42804).
				break
			}
			coll := ch.To.Collation
			if coll == "" {
				coll = "default" // the column's type's collation
			}
			alter(phModifyColumn, "TYPE %s COLLATE %s", ch.To.Type.Raw, quoteIdent(coll))
		case diff.DetailDomainConstraints:
			r.alterDomain(ch)
		case diff.DetailDomainDefault:
			// Every column of the domain carries the same statement, which
			// the script runs once.
			if d := ch.To.Type.Domain.Default; d != "" {
				r.add(phModifyColumn, fmt.Sprintf("ALTER DOMAIN %s SET DEFAULT %s", ch.From.Type.Raw, d))
			} else {
				r.add(phModifyColumn, fmt.Sprintf("ALTER DOMAIN %s DROP DEFAULT", ch.From.Type.Raw))
			}
		case diff.DetailDomainBase:
			// ALTER DOMAIN cannot change the base type: nothing runs, and
			// Assess makes the change DANGEROUS so that sync keeps it back.
		case "generated expression":
			if ch.To.Generated == "" {
				alter(phModifyColumn, "DROP EXPRESSION")
				break
			}
			// PostgreSQL 15 cannot change a generation expression in place;
			// the column holds only derived data, so it is rebuilt.
			r.add(phModifyColumn, fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s", tname, col))
			r.add(phModifyColumn, fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s", tname, columnDef(ch.To)))
			// DROP COLUMN took the column's indexes with it: build again
			// the ones the target keeps (in the transaction, under the lock
			// the rebuild holds anyway).
			r.rebuildIndexesOn(ch.Table, ch.From.Name)
		default:
			r.err = fmt.Errorf("%w: PostgreSQL cannot change the %s of a column", dialect.ErrBadInput, ch.Detail)
		}
	}
}

// alterDomain changes the constraints of a domain in place: the checks
// and NOT NULL only the live domain has are dropped, those only the
// desired one has are added (ALTER DOMAIN ... ADD validates them against
// every column of the domain). Every column of the domain has its own
// change with the same statements, which the script runs once.
func (r *renderer) alterDomain(ch diff.ModifyColumn) {
	from, to := ch.From.Type.Domain, ch.To.Type.Domain
	name := ch.From.Type.Raw // format_type's spelling: qualified when off the search path
	count := func(xs []string) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x]++
		}
		return m
	}
	want, have := count(to.Checks), count(from.Checks)
	kept := map[string]bool{}
	for i, e := range from.Checks {
		cname := ""
		if i < len(from.Names) {
			cname = from.Names[i]
		}
		if want[e] > 0 {
			want[e]--
			kept[cname] = true
			continue
		}
		r.add(phDropConstraint, fmt.Sprintf("ALTER DOMAIN %s DROP CONSTRAINT %s", name, quoteIdent(cname)))
	}
	if from.NotNull && !to.NotNull {
		r.add(phDropConstraint, fmt.Sprintf("ALTER DOMAIN %s DROP NOT NULL", name))
	}
	for i, e := range to.Checks {
		if have[e] > 0 {
			have[e]--
			continue
		}
		// The desired name, unless a constraint the domain keeps has it.
		named := ""
		if i < len(to.Names) && to.Names[i] != "" && !kept[to.Names[i]] {
			named = "CONSTRAINT " + quoteIdent(to.Names[i]) + " "
		}
		r.add(phAddCheck, fmt.Sprintf("ALTER DOMAIN %s ADD %sCHECK (%s)", name, named, e))
	}
	if !from.NotNull && to.NotNull {
		r.add(phAddCheck, fmt.Sprintf("ALTER DOMAIN %s SET NOT NULL", name))
	}
}

// rebuildIndexesOn creates again the indexes of table t over column that
// the target keeps, after the column was dropped and added again.
func (r *renderer) rebuildIndexesOn(t *schema.Table, column string) {
	tt := r.target.Table(r.finalName(t))
	if tt == nil {
		return
	}
	kept := map[string]bool{}
	for _, ix := range tt.Indexes {
		kept[ix.Name+"\x00"+ix.Signature()] = true
	}
	named := &schema.Table{Schema: t.Schema, Name: r.finalName(t)}
	for _, ix := range t.Indexes {
		if !slices.Contains(ix.Columns(), column) || !kept[ix.Name+"\x00"+ix.Signature()] {
			continue
		}
		if ix.Constraint {
			r.add(phAddIndex, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s UNIQUE%s (%s)%s", r.name(t), quoteIdent(ix.Name), nullsNotDistinct(ix), partList(ix.Parts), includeList(ix.Include)+deferrable(ix)))
			continue
		}
		r.add(phAddIndex, indexDef(named, ix, false))
	}
}

// keepsOrder reports whether the values of from appear in to in the same order.
func keepsOrder(from, to []string) bool {
	j := 0
	for _, v := range to {
		if j < len(from) && from[j] == v {
			j++
		}
	}
	return j == len(from)
}

// alterEnum adds the new values in place; removing values needs a new type.
func (r *renderer) alterEnum(ch diff.ModifyColumn, tname, col string) {
	from, to := ch.From.Type.Values, ch.To.Type.Values
	// format_type's spelling of the live type: schema-qualified when the
	// type is not on the search path (app.mood), so the right type changes.
	name, qualifier := quoteIdent(ch.To.Type.EnumName), ""
	if raw := ch.From.Type.Raw; ch.From.Type.EnumName == ch.To.Type.EnumName && raw != "" {
		name = raw
		if i := strings.LastIndex(raw, "."); i >= 0 {
			qualifier = raw[:i+1]
		}
	}
	have := map[string]bool{}
	for _, v := range from {
		have[v] = true
	}
	want := map[string]bool{}
	for _, v := range to {
		want[v] = true
	}
	removed := false
	for _, v := range from {
		if !want[v] {
			removed = true
		}
	}
	// ADD VALUE only inserts: when the existing values change order, the
	// type is rebuilt like a removal, or the reorder would never happen.
	if !removed && keepsOrder(from, to) {
		for i, v := range to {
			if have[v] {
				continue
			}
			pos := ""
			switch {
			case i > 0:
				pos = " AFTER " + quoteLiteral(to[i-1])
			case len(to) > 1:
				pos = " BEFORE " + quoteLiteral(to[1])
			}
			r.add(phAddEnumValue, fmt.Sprintf("ALTER TYPE %s ADD VALUE IF NOT EXISTS %s%s", name, quoteLiteral(v), pos))
		}
		return
	}
	old := quoteIdent(ch.To.Type.EnumName + "__sg_old")
	r.add(phCreateType, fmt.Sprintf("ALTER TYPE %s RENAME TO %s", name, old))
	r.add(phCreateType, fmt.Sprintf("CREATE TYPE %s AS ENUM (%s)", name, literals(to)))
	// A default of the old type cannot be cast to the new one: PostgreSQL
	// refuses the ALTER until it is dropped, and it is set again after. The
	// retype runs in the phase before the other column changes, so that a
	// default set or changed in the same plan (of the new type) comes after.
	if ch.From.Default != nil {
		r.add(phRetypeEnum, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT", tname, col))
	}
	r.add(phRetypeEnum, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s TYPE %s USING %s::text::%s", tname, col, name, col, name))
	if ch.To.Default != nil {
		r.add(phModifyColumn, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s", tname, col, *ch.To.Default))
	}
	r.add(phAddFK, "DROP TYPE "+qualifier+old)
}
