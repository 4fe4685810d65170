package mysql

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// Algorithm is an online DDL algorithm, from cheapest to dearest.
type Algorithm int

// The algorithms an ALTER TABLE names.
const (
	// Instant changes only metadata.
	Instant Algorithm = iota + 1
	// Inplace works inside the storage engine, usually letting writes go on.
	Inplace
	// Copy rebuilds the table into a new copy; writes wait.
	Copy
)

// String is the SQL keyword.
func (a Algorithm) String() string {
	switch a {
	case Instant:
		return "INSTANT"
	case Inplace:
		return "INPLACE"
	case Copy:
		return "COPY"
	}
	return "DEFAULT"
}

// phases order the statements of a script so that each one finds what it
// needs: constraints go before what they depend on, additions after renames.
const (
	phDropFK = iota
	phDropCheck
	phDropIndex
	phDropTable
	phRenameTable
	phRenameColumn
	phDropColumn
	// phTableDefault changes a table's default collation before the
	// columns that get it are added or modified.
	phTableDefault
	phAddColumn
	phModifyColumn
	phPrimaryKey
	phCreateTable
	phAddIndex
	// phDropIndexLate drops an index a foreign key may rely on, once the
	// indexes that replace it exist (MySQL refuses to drop an index a
	// foreign key needs: error 1553).
	phDropIndexLate
	phAddCheck
	phAddFK
)

// step is one statement of a script with the way to revert it.
type step struct {
	phase int
	order int
	sql   string
	alg   Algorithm
	// undo reverts sql; canUndo is false when nothing can (data was lost).
	undo    []string
	canUndo bool
	// undoGuard counts the rows undo would lose (dialect.Statement.UndoGuard).
	undoGuard string
	// rebuild marks an ALGORITHM=INPLACE step that still rebuilds the
	// table (InnoDB copies the clustered index in place: NOCOPY is refused).
	rebuild bool
	// tie, when set, names a statement the changes that share it must run
	// together (dialect.Script.Ties).
	tie string
}

// Render implements dialect.Conn. Every statement is NoTx: MySQL commits
// DDL implicitly. Each statement carries its inverse in Undo, computed from
// actual, so that Apply can undo a partial run of the script wherever the
// script goes (a migration file, another connection).
func (c *Conn) Render(actual, target *schema.Schema, changes []diff.Change) (*dialect.Script, error) {
	r := newRenderer(c.fl, actual, target, changes)
	byChange := make([][]*step, len(changes))
	shared := map[string]*step{}
	for i, ch := range changes {
		steps, err := r.change(ch, changes)
		if err != nil {
			return nil, fmt.Errorf("rendering %s: %w", ch, err)
		}
		for _, s := range steps {
			s.order = i
			if prev, ok := shared[s.sql]; ok {
				// One statement serves several changes (a column's MODIFY).
				byChange[i] = append(byChange[i], prev)
				continue
			}
			shared[s.sql] = s
			byChange[i] = append(byChange[i], s)
		}
	}
	var all []*step
	for _, s := range shared {
		all = append(all, s)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].phase != all[j].phase {
			return all[i].phase < all[j].phase
		}
		if all[i].order != all[j].order {
			return all[i].order < all[j].order
		}
		return all[i].sql < all[j].sql
	})
	all = r.orderDrops(all)
	out := &dialect.Script{ByChange: make([][]string, len(changes))}
	for _, s := range all {
		st := dialect.Statement{SQL: s.sql, NoTx: true}
		if s.canUndo {
			st.Undo = append([]string(nil), s.undo...)
			st.UndoGuard = s.undoGuard
		}
		out.Statements = append(out.Statements, st)
	}
	out.Ties = make([][]string, len(changes))
	for i, steps := range byChange {
		for _, s := range steps {
			out.ByChange[i] = append(out.ByChange[i], s.sql)
			if s.tie != "" && !slices.Contains(out.Ties[i], s.tie) {
				out.Ties[i] = append(out.Ties[i], s.tie)
			}
		}
	}
	return out, nil
}

type renderer struct {
	fl             flavor
	actual, target *schema.Schema
	// renames maps old table names to new ones: statements that run after
	// the rename phase name the table by its new name.
	renames map[string]string
	// colRenames maps an old table name and old column name to the
	// column's new name.
	colRenames map[[2]string]string
	// dropped remembers DROP TABLE steps by table, to order them.
	dropped map[*step]*schema.Table
	// standIns are the foreign keys (table and key name) a dropped index
	// already adds a stand-in index for (fkStandIns).
	standIns map[[2]string]bool
	// autoKeys are the columns that become AUTO_INCREMENT together with
	// the key that makes them legal.
	autoKeys []autoKey
}

// autoKey pairs a column that becomes AUTO_INCREMENT with the key the same
// script gives it. The server refuses an auto-increment column that leads
// no key ("there can be only one auto column and it must be defined as a
// key"), so the column and its key are one ALTER TABLE, which both changes
// render (Render runs it once).
type autoKey struct {
	table, column string
	add           *diff.AddColumn
	mod           *diff.ModifyColumn
	pk            *diff.AlterPrimaryKey
	ix            *diff.AddIndex
}

// body adds the key; undo removes it and puts back the primary key it replaced.
func (a *autoKey) body(f flavor) (body, undo string) {
	if a.pk != nil {
		if a.pk.From == nil {
			return "ADD PRIMARY KEY " + partsSQL(a.pk.To), "DROP PRIMARY KEY"
		}
		return "DROP PRIMARY KEY, ADD PRIMARY KEY " + partsSQL(a.pk.To), "DROP PRIMARY KEY, ADD PRIMARY KEY " + partsSQL(a.pk.From)
	}
	return "ADD " + f.indexSQL(a.ix.Index), "DROP INDEX " + quote(a.ix.Index.Name)
}

// findAutoKeys fills r.autoKeys: for each column the changes make
// AUTO_INCREMENT, the key the script adds that the column leads: the
// primary key, else the first unique index, else the first index.
func (r *renderer) findAutoKeys(changes []diff.Change) {
	for _, ch := range changes {
		var ak autoKey
		switch c := ch.(type) {
		case diff.AddColumn:
			if !c.Column.AutoIncrement {
				continue
			}
			ak = autoKey{table: c.Table.Name, column: c.Column.Name, add: &c}
		case diff.ModifyColumn:
			if c.From.AutoIncrement || !c.To.AutoIncrement || r.autoKey(c.Table.Name, c.To.Name) != nil {
				continue
			}
			ak = autoKey{table: c.Table.Name, column: c.To.Name, mod: &c}
		default:
			continue
		}
		for _, o := range changes {
			switch k := o.(type) {
			case diff.AlterPrimaryKey:
				if k.Table.Name == ak.table && k.To != nil && len(k.To.Parts) > 0 && k.To.Parts[0].Column == ak.column {
					ak.pk = &k
				}
			case diff.AddIndex:
				// A unique index is preferred: it is what an auto-increment key usually is.
				if k.Table.Name == ak.table && k.Index.Method == "" && len(k.Index.Parts) > 0 && k.Index.Parts[0].Column == ak.column &&
					(ak.ix == nil || k.Index.Unique && !ak.ix.Index.Unique) {
					ak.ix = &k
				}
			}
		}
		if ak.pk != nil {
			ak.ix = nil
		}
		if ak.pk != nil || ak.ix != nil {
			r.autoKeys = append(r.autoKeys, ak)
		}
	}
}

// errNoAutoKey: the server refuses an AUTO_INCREMENT column that leads no
// key, so a script that makes one without adding its key cannot run.
func errNoAutoKey(table, column string) error {
	return fmt.Errorf("column %s.%s becomes AUTO_INCREMENT, which MySQL allows only on a column that leads a key, and these changes add no such key: apply the column together with its primary key or unique index",
		table, column)
}

// leadsKey reports whether column is the first part of a key of t.
func leadsKey(t *schema.Table, column string) bool {
	if t.PrimaryKey != nil && len(t.PrimaryKey.Parts) > 0 && t.PrimaryKey.Parts[0].Column == column {
		return true
	}
	for _, ix := range t.Indexes {
		if len(ix.Parts) > 0 && ix.Parts[0].Column == column {
			return true
		}
	}
	return false
}

// autoKey returns the pairing of a column of table (by its old name), or nil.
func (r *renderer) autoKey(table, column string) *autoKey {
	for i := range r.autoKeys {
		if r.autoKeys[i].table == table && r.autoKeys[i].column == column {
			return &r.autoKeys[i]
		}
	}
	return nil
}

// autoKeyOf returns the pairing whose key a change adds, or nil.
func (r *renderer) autoKeyOf(ch diff.Change) *autoKey {
	for i := range r.autoKeys {
		a := &r.autoKeys[i]
		switch c := ch.(type) {
		case diff.AlterPrimaryKey:
			if a.pk != nil && a.table == c.Table.Name {
				return a
			}
		case diff.AddIndex:
			if a.ix != nil && a.table == c.Table.Name && a.ix.Index.Name == c.Index.Name && a.ix.Index.Signature() == c.Index.Signature() {
				return a
			}
		}
	}
	return nil
}

// autoStep renders a pairing: the column's own step with the key added.
func (r *renderer) autoStep(a *autoKey, all []diff.Change) ([]*step, error) {
	if a.mod != nil {
		return r.modify(*a.mod, all)
	}
	return r.addColumn(*a.add)
}

func newRenderer(fl flavor, actual, target *schema.Schema, changes []diff.Change) *renderer {
	r := &renderer{fl: fl, actual: actual, target: target, renames: map[string]string{}, colRenames: map[[2]string]string{}, standIns: map[[2]string]bool{}}
	for _, ch := range changes {
		switch c := ch.(type) {
		case diff.RenameTable:
			r.renames[c.From.Name] = c.To.Name
		case diff.RenameColumn:
			r.colRenames[[2]string{c.Table.Name, c.From.Name}] = c.To.Name
		}
	}
	r.findAutoKeys(changes)
	return r
}

func (r *renderer) newName(t string) string {
	if n, ok := r.renames[t]; ok {
		return n
	}
	return t
}

func (r *renderer) alter(table string, body string, alg Algorithm, lock string) string {
	if t := r.liveTable(table); t != nil {
		switch {
		case t.Options["engine"] != "" && !strings.EqualFold(t.Options["engine"], "InnoDB"):
			// MyISAM, Aria and the others have no online DDL: they refuse
			// INPLACE and INSTANT, and take the locks they need.
			alg, lock = Copy, "DEFAULT"
		case alg == Instant && t.Options["row_format"] == "compressed":
			// A compressed InnoDB table refuses INSTANT.
			alg, lock = Inplace, "NONE"
		}
	}
	return fmt.Sprintf("ALTER TABLE %s %s, ALGORITHM=%s, LOCK=%s", quote(table), body, alg, lock)
}

// liveTable is the live table a statement names, by its old or new name.
func (r *renderer) liveTable(name string) *schema.Table {
	if t := r.actual.Table(name); t != nil {
		return t
	}
	for old, renamed := range r.renames {
		if renamed == name {
			return r.actual.Table(old)
		}
	}
	return nil
}

// lockFor is the lowest lock level the algorithm allows for the statement.
func (r *renderer) lockFor(alg Algorithm) string {
	switch alg {
	case Instant:
		return r.fl.instantLock()
	case Inplace:
		return "NONE"
	}
	return "SHARED"
}

func (r *renderer) stmt(phase int, table, body string, alg Algorithm, undo ...string) *step {
	return &step{phase: phase, sql: r.alter(table, body, alg, r.lockFor(alg)), alg: alg, undo: undo, canUndo: true}
}

// instantColumns reports whether the server adds and drops columns
// instantly: MariaDB 10.4+ and MySQL 8.0.29+.
func (f flavor) instantColumns() bool {
	if f.maria {
		return f.major > 10 || f.major == 10 && f.minor >= 4
	}
	return f.major > 8 || f.major == 8 && (f.minor > 0 || f.patch >= 29)
}

func hasFulltext(t *schema.Table) bool {
	for _, ix := range t.Indexes {
		if ix.Method == "fulltext" {
			return true
		}
	}
	return false
}

func hasVirtual(t *schema.Table) bool {
	for _, col := range t.Columns {
		if col.Generated != "" && !col.GeneratedStored {
			return true
		}
	}
	return false
}

func (r *renderer) change(ch diff.Change, all []diff.Change) ([]*step, error) {
	switch c := ch.(type) {
	case diff.AddTable:
		t := c.Table
		if tt := r.target.Table(t.Name); tt != nil {
			t = tt
		}
		steps := []*step{{phase: phCreateTable, sql: r.fl.createTableSQL(t), alg: Copy,
			undo: []string{"DROP TABLE " + quote(t.Name)}, canUndo: true,
			undoGuard: "SELECT COUNT(*) FROM " + quote(t.Name)}}
		for _, fk := range t.ForeignKeys {
			steps = append(steps, r.stmt(phAddFK, t.Name, "ADD "+fkSQL(fk), Copy,
				r.alter(t.Name, "DROP FOREIGN KEY "+quote(fk.Name), Inplace, "NONE")))
		}
		return steps, nil
	case diff.DropTable:
		s := &step{phase: phDropTable, sql: "DROP TABLE " + quote(c.Table.Name), alg: Copy}
		if r.dropped == nil {
			r.dropped = map[*step]*schema.Table{}
		}
		r.dropped[s] = c.Table
		return []*step{s}, nil
	case diff.RenameTable:
		return []*step{{phase: phRenameTable, sql: "RENAME TABLE " + quote(c.From.Name) + " TO " + quote(c.To.Name), alg: Instant,
			undo: []string{"RENAME TABLE " + quote(c.To.Name) + " TO " + quote(c.From.Name)}, canUndo: true}}, nil
	case diff.RenameColumn:
		t := r.newName(c.Table.Name)
		return []*step{r.stmt(phRenameColumn, t, "RENAME COLUMN "+quote(c.From.Name)+" TO "+quote(c.To.Name), Instant,
			r.alter(t, "RENAME COLUMN "+quote(c.To.Name)+" TO "+quote(c.From.Name), Instant, r.fl.instantLock()))}, nil
	case diff.AddColumn:
		return r.addColumn(c)
	case diff.DropColumn:
		t := r.newName(c.Table.Name)
		s := r.stmt(phDropColumn, t, "DROP COLUMN "+quote(c.Column.Name), r.dropColumnAlg(c.Table, c.Column.Name))
		s.canUndo = false
		return []*step{s}, nil
	case diff.ModifyColumn:
		steps, err := r.modify(c, all)
		if err != nil {
			return nil, err
		}
		return append(r.liftForeignKeys(c, all), steps...), nil
	case diff.AddIndex:
		if a := r.autoKeyOf(c); a != nil {
			return r.autoStep(a, all)
		}
		t := r.newName(c.Table.Name)
		alg, lock := Inplace, "NONE"
		switch c.Index.Method {
		case "fulltext", "spatial":
			lock = "SHARED"
		case "hash":
			// MariaDB's long unique key (on TEXT or BLOB) is a hidden
			// virtual column: error 1846 for INPLACE, so the table is copied.
			alg, lock = Copy, "SHARED"
		}
		return []*step{{phase: phAddIndex, alg: alg, canUndo: true,
			sql:  r.alter(t, "ADD "+r.fl.indexSQL(c.Index), alg, lock),
			undo: []string{r.alter(t, "DROP INDEX "+quote(c.Index.Name), Inplace, "NONE")}}}, nil
	case diff.DropIndex:
		t := c.Table.Name
		lock, undoAlg := "NONE", Inplace
		switch c.Index.Method {
		case "fulltext", "spatial":
			lock = "SHARED"
		case "hash":
			lock, undoAlg = "SHARED", Copy
		}
		phase := phDropIndex
		standIns := r.fkStandIns(c.Table, c.Index, all)
		if r.fkMayNeed(c.Table, c.Index) && !addsIndexNamed(all, c.Table.Name, c.Index.Name) && !r.servedEarly(c.Table, c.Index, standIns, all) {
			phase, t = phDropIndexLate, r.newName(t)
		}
		body, undo := "DROP INDEX "+quote(c.Index.Name), "ADD "+r.fl.indexSQL(c.Index)
		for _, ix := range standIns {
			body += ", ADD INDEX " + quote(ix.Name) + " " + quoteList(ix.Columns())
			undo = "DROP INDEX " + quote(ix.Name) + ", " + undo
		}
		return []*step{{phase: phase, alg: Inplace, canUndo: true,
			sql:  r.alter(t, body, Inplace, "NONE"),
			undo: []string{r.alter(t, undo, undoAlg, lock)}}}, nil
	case diff.AddForeignKey:
		t := r.newName(c.Table.Name)
		return []*step{r.stmt(phAddFK, t, r.fl.addFK(r.keptIndexes(c.Table.Name), c.FK), Copy,
			r.alter(t, "DROP FOREIGN KEY "+quote(c.FK.Name), Inplace, "NONE"))}, nil
	case diff.DropForeignKey:
		t := c.Table.Name
		return []*step{r.stmt(phDropFK, t, "DROP FOREIGN KEY "+quote(c.FK.Name), Inplace,
			r.alter(t, r.fl.addFK(r.actualIndexes(t), c.FK), Copy, "SHARED"))}, nil
	case diff.AlterForeignKey:
		old, nt := c.Table.Name, r.newName(c.Table.Name)
		return []*step{
			r.stmt(phDropFK, old, "DROP FOREIGN KEY "+quote(c.From.Name), Inplace,
				r.alter(old, r.fl.addFK(r.actualIndexes(old), c.From), Copy, "SHARED")),
			r.stmt(phAddFK, nt, r.fl.addFK(r.keptIndexes(old), c.To), Copy,
				r.alter(nt, "DROP FOREIGN KEY "+quote(c.To.Name), Inplace, "NONE")),
		}, nil
	case diff.AddCheck:
		t := r.newName(c.Table.Name)
		return []*step{r.stmt(phAddCheck, t, "ADD "+checkSQL(c.Check), Copy, r.dropCheck(t, c.Check.Name))}, nil
	case diff.DropCheck:
		t := c.Table.Name
		return []*step{{phase: phDropCheck, alg: r.dropCheckAlg(), canUndo: true, sql: r.dropCheck(t, c.Check.Name),
			undo: []string{r.alter(t, "ADD "+checkSQL(c.Check), Copy, "SHARED")}}}, nil
	case diff.AlterCheck:
		old, nt := c.Table.Name, r.newName(c.Table.Name)
		return []*step{
			{phase: phDropCheck, alg: r.dropCheckAlg(), canUndo: true, sql: r.dropCheck(old, c.From.Name),
				undo: []string{r.alter(old, "ADD "+checkSQL(c.From), Copy, "SHARED")}},
			r.stmt(phAddCheck, nt, "ADD "+checkSQL(c.To), Copy, r.dropCheck(nt, c.To.Name)),
		}, nil
	case diff.AlterPrimaryKey:
		if a := r.autoKeyOf(c); a != nil {
			return r.autoStep(a, all)
		}
		return []*step{r.primaryKey(c)}, nil
	case diff.AlterTableOption:
		if c.Option != "collation" || !collationName.MatchString(c.From) || !collationName.MatchString(c.To) {
			break
		}
		// Only the default changes (no CONVERT TO): a metadata change.
		// Columns at the old default keep it; each column that moves has
		// its own MODIFY with the collation spelled out.
		t := r.newName(c.Table.Name)
		alg := Instant
		if !r.fl.maria {
			alg = Inplace // MySQL: in place, metadata only
		}
		return []*step{r.stmt(phTableDefault, t, "DEFAULT COLLATE "+c.To, alg,
			r.alter(t, "DEFAULT COLLATE "+c.From, alg, r.lockFor(alg)))}, nil
	}
	return nil, fmt.Errorf("change %T is not supported by the mysql dialect", ch)
}

// collationName is the form of a collation name that may be put into SQL.
var collationName = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

func (r *renderer) addColumn(c diff.AddColumn) ([]*step, error) {
	t := r.newName(c.Table.Name)
	col := c.Column
	if tt := r.target.Table(t); tt != nil && tt.Column(col.Name) != nil {
		col = tt.Column(col.Name)
	}
	pos := columnPosition(c)
	if a := r.autoKey(c.Table.Name, c.Column.Name); a != nil {
		body, undo := a.body(r.fl)
		return []*step{r.stmt(phAddColumn, t, "ADD COLUMN "+columnSQL(col)+pos+", "+body, Copy,
			r.alter(t, undo+", DROP COLUMN "+quote(col.Name), Copy, "SHARED"))}, nil
	}
	if col.AutoIncrement {
		return nil, errNoAutoKey(t, col.Name)
	}
	alg := r.addColumnAlg(c.Table, col)
	s := r.stmt(phAddColumn, t, "ADD COLUMN "+columnSQL(col)+pos, alg,
		r.alter(t, "DROP COLUMN "+quote(col.Name), Copy, "SHARED"))
	s.undoGuard = addedValues(t, col)
	return []*step{s}, nil
}

// columnPosition places an added column where the desired table declares
// it (MySQL can, at no extra cost from MariaDB 10.4 and MySQL 8.0.29):
// " FIRST" or " AFTER `prev`" when the column is added alone between live
// columns (the ones before and after it in the desired table exist under
// those names), else "" (at the end, where the other engines add columns
// too). The adds of a table run in the order the desired table declares
// them (diff.Sort), so a run of new columns at the end comes out in order.
func columnPosition(c diff.AddColumn) string {
	if c.Before == "" || c.Table.Column(c.Before) == nil {
		return ""
	}
	if c.After == "" {
		return " FIRST"
	}
	if c.Table.Column(c.After) != nil {
		return " AFTER " + quote(c.After)
	}
	return ""
}

// addedValues counts the rows whose value in an added column is not the
// one the column was added with: values written since, which dropping the
// column again would lose.
func addedValues(table string, col *schema.Column) string {
	q := "SELECT COUNT(*) FROM " + quote(table) + " WHERE "
	if col.Default == nil || col.Generated != "" {
		return q + quote(col.Name) + " IS NOT NULL"
	}
	if !literalRE.MatchString(strings.TrimSpace(*col.Default)) {
		// An expression default (a time, a UUID) differs row by row:
		// only an untouched table can be undone safely.
		return q + "TRUE"
	}
	return q + "NOT (" + quote(col.Name) + " <=> " + defaultSQL(*col.Default) + ")"
}

func (r *renderer) dropCheckAlg() Algorithm {
	if r.fl.maria {
		return Instant
	}
	return Inplace
}

func (r *renderer) dropCheck(table, name string) string {
	alg := r.dropCheckAlg()
	return r.alter(table, "DROP CONSTRAINT "+quote(name), alg, r.lockFor(alg))
}

// addColumnAlg follows the online DDL rules: adding a column at the end is
// instant (MariaDB 10.4+, MySQL 8.0.29+) unless it is stored generated or
// auto-increment (the rows must be filled) or a FULLTEXT index forces a lock.
func (r *renderer) addColumnAlg(t *schema.Table, col *schema.Column) Algorithm {
	switch {
	case col.Generated != "" && col.GeneratedStored, col.AutoIncrement, hasFulltext(t):
		return Copy
	case col.Default != nil && perRowDefault.MatchString(*col.Default):
		// Every existing row must get its own value: MariaDB 10.11 refuses
		// INSTANT, NOCOPY and INPLACE for DEFAULT (uuid()), (uuid_short()),
		// (sysdate()) and (random_bytes(n)), and accepts only COPY.
		return Copy
	case r.fl.instantColumns():
		return Instant
	}
	return Inplace
}

// perRowDefault matches a default expression that is not strictly
// deterministic: it gives each row its own value.
var perRowDefault = regexp.MustCompile(`(?i)\b(uuid|uuid_short|sys_guid|sysdate|random_bytes|nextval|lastval)\s*\(|\bnext\s+value\s+for\b`)

// dropColumnAlg: dropping a column is instant unless an index covers it
// (the index is rebuilt in place), it is part of the primary key (the table
// is rebuilt), or virtual columns or a FULLTEXT index force a copy.
func (r *renderer) dropColumnAlg(t *schema.Table, col string) Algorithm {
	if hasVirtual(t) || hasFulltext(t) || covers(t.PrimaryKey, col) {
		return Copy
	}
	for _, ix := range t.Indexes {
		if covers(ix, col) {
			return Inplace
		}
	}
	if r.fl.instantColumns() {
		return Instant
	}
	return Inplace
}

func covers(ix *schema.Index, col string) bool {
	if ix == nil {
		return false
	}
	for _, p := range ix.Parts {
		if p.Column == col {
			return true
		}
	}
	return false
}

// modify renders every ModifyColumn of one column as one statement (the
// first change of the column renders it; the others share it).
func (r *renderer) modify(c diff.ModifyColumn, all []diff.Change) ([]*step, error) {
	tname := r.newName(c.Table.Name)
	tt := r.target.Table(tname)
	if tt == nil {
		return nil, fmt.Errorf("table %s is not in the target schema", tname)
	}
	to := tt.Column(c.To.Name)
	if to == nil {
		return nil, fmt.Errorf("column %s.%s is not in the target schema", tname, c.To.Name)
	}
	var aspects []diff.ModifyColumn
	for _, o := range all {
		if m, ok := o.(diff.ModifyColumn); ok && m.Table.Name == c.Table.Name && m.From.Name == c.From.Name {
			aspects = append(aspects, m)
		}
	}
	from := *c.From
	from.Name = to.Name
	onlyDefault := true
	for _, a := range aspects {
		switch a.Aspect {
		case diff.KindSetDefault, diff.KindChangeDefault, diff.KindDropDefault:
		default:
			onlyDefault = false
		}
	}
	if onlyDefault && (to.Default == nil || literalRE.MatchString(*to.Default)) &&
		(from.Default == nil || literalRE.MatchString(*from.Default)) {
		// Defaults live in the table's metadata: ALTER COLUMN is instant.
		return []*step{r.stmt(phModifyColumn, tname, setDefault(to), Instant, r.alter(tname, setDefault(&from), Instant, r.fl.instantLock()))}, nil
	}
	alg := r.modifyAlg(c.Table, c.From.Name, &from, to, aspects)
	if a := r.autoKey(c.Table.Name, to.Name); a != nil && a.mod != nil {
		body, undo := a.body(r.fl)
		return []*step{r.stmt(phModifyColumn, tname, "MODIFY COLUMN "+columnSQL(to)+", "+body, Copy,
			r.alter(tname, "MODIFY COLUMN "+columnSQL(&from)+", "+undo, Copy, "SHARED"))}, nil
	}
	if to.AutoIncrement && !c.From.AutoIncrement && !leadsKey(c.Table, c.From.Name) {
		return nil, errNoAutoKey(tname, to.Name)
	}
	s := r.stmt(phModifyColumn, tname, "MODIFY COLUMN "+columnSQL(to), alg,
		r.alter(tname, "MODIFY COLUMN "+columnSQL(&from), Copy, "SHARED"))
	for _, a := range aspects {
		// Changing the NULL bitmap rebuilds the table: MariaDB 10.11
		// refuses ALGORITHM=NOCOPY for it.
		s.rebuild = s.rebuild || a.Aspect == diff.KindSetNotNull || a.Aspect == diff.KindDropNotNull
	}
	return []*step{s}, nil
}

func setDefault(col *schema.Column) string {
	if col.Default == nil {
		return "ALTER COLUMN " + quote(col.Name) + " DROP DEFAULT"
	}
	return "ALTER COLUMN " + quote(col.Name) + " SET DEFAULT " + toMySQLLiterals(*col.Default)
}

// modifyAlg is the dearest algorithm any aspect of a MODIFY COLUMN needs.
// Table t is the live table, where the column is still called name; from
// carries the name it has by the time the statement runs (after a rename).
func (r *renderer) modifyAlg(t *schema.Table, name string, from, to *schema.Column, aspects []diff.ModifyColumn) Algorithm {
	alg := Instant
	need := func(a Algorithm) {
		if a > alg {
			alg = a
		}
	}
	for _, a := range aspects {
		switch a.Aspect {
		case diff.KindAlterType, diff.KindAlterEnum:
			need(typeChangeAlg(r.fl, t, from, to))
		case diff.KindSetNotNull, diff.KindDropNotNull:
			// The NULL bitmap changes: an in-place rebuild.
			need(Inplace)
		case diff.KindSetDefault, diff.KindChangeDefault, diff.KindDropDefault:
		default:
			if a.Detail == "invisible" && r.fl.maria {
				// Only the column's metadata changes (MariaDB 10.11:
				// INSTANT); MySQL's is untested, so it copies.
				continue
			}
			if a.Detail == "collation" && r.fl.maria {
				need(r.collationAlg(t, name, from, to))
				continue
			}
			// Collation, auto-increment, generated expression, ON UPDATE.
			need(Copy)
		}
	}
	if alg != Instant && hasFulltext(t) {
		need(Copy)
	}
	return alg
}

// fkUses reports whether foreign key fk of table t uses column col of
// table table, on either side (MySQL matches column names in any case).
func fkUses(t *schema.Table, fk *schema.ForeignKey, table, col string) bool {
	return t.Name == table && containsFold(fk.Columns, col) ||
		fk.RefSchema == "" && fk.RefTable == table && containsFold(fk.RefColumns, col)
}

// collationAlg: MariaDB 10.11 changes a column's collation within its
// character set with ALGORITHM=INSTANT when no index covers the column, and
// rebuilds only the covering indexes (INPLACE, no table copy) when one does;
// a key of the clustered primary index, a foreign key's column or a new
// character set (every value is re-encoded) needs a copy. Name is the
// column's name in the live table t: a renamed column's indexes and keys
// still name it so there.
func (r *renderer) collationAlg(t *schema.Table, name string, from, to *schema.Column) Algorithm {
	tableTo := t.Options["collation"]
	if tt := r.target.Table(r.newName(t.Name)); tt != nil {
		tableTo = firstNonEmpty(tt.Options["collation"], tableTo)
	}
	fcs, _, _ := strings.Cut(strings.ToLower(firstNonEmpty(from.Collation, t.Options["collation"])), "_")
	tcs, _, _ := strings.Cut(strings.ToLower(firstNonEmpty(to.Collation, tableTo)), "_")
	if fcs == "" || fcs != tcs || covers(t.PrimaryKey, name) {
		return Copy
	}
	for _, o := range r.actual.Tables {
		for _, fk := range o.ForeignKeys {
			if fkUses(o, fk, t.Name, name) {
				return Copy
			}
		}
	}
	for _, ix := range t.Indexes {
		if covers(ix, name) {
			return Inplace
		}
	}
	return Instant
}

// typeChangeAlg: varchar and varbinary growth that stays on one side of
// 255 bytes, and enum or SET members appended at the end (SET without a
// wider bitmap), are instant (MariaDB 10.4+) or in place (MySQL); every
// other type change copies the table.
func typeChangeAlg(fl flavor, t *schema.Table, from, to *schema.Column) Algorithm {
	fast := Instant
	if !fl.maria {
		fast = Inplace
	}
	ft, tt := from.Type, to.Type
	switch {
	case strings.HasPrefix(ft.Raw, "varchar(") && strings.HasPrefix(tt.Raw, "varchar(") &&
		to.Collation == from.Collation && tt.Length >= ft.Length:
		w := charsetBytes(firstNonEmpty(to.Collation, t.Options["collation"]))
		if (ft.Length*w <= 255) == (tt.Length*w <= 255) {
			return fast
		}
	case strings.HasPrefix(ft.Raw, "varbinary(") && strings.HasPrefix(tt.Raw, "varbinary("):
		// Bytes are characters: the same 255-byte rule (MariaDB 10.11
		// takes varbinary(10) -> (255) and (300) -> (400) INSTANT, copies
		// (255) -> (256)).
		fn, tn := ft.Length, tt.Length
		if fn > 0 && tn >= fn && (fn <= 255) == (tn <= 255) {
			return fast
		}
	case isSet(ft) && isSet(tt) && len(tt.Values) >= len(ft.Values) && equalPrefix(tt.Values, ft.Values) &&
		setBytes(len(ft.Values)) == setBytes(len(tt.Values)):
		// Members appended without a wider bitmap: INSTANT on MariaDB
		// 10.11 (8 -> 9 members needs a second byte and copies).
		if fl.maria {
			return Instant
		}
	case displayOnly(ft, tt):
		// Display width and ZEROFILL (on a column already unsigned) are
		// metadata: MariaDB 10.11 takes INT(11) -> INT(5) and adding or
		// dropping ZEROFILL with ALGORITHM=INSTANT. MySQL's is untested.
		if fl.maria {
			return Instant
		}
	case ft.Kind == schema.KindEnum && tt.Kind == schema.KindEnum && !isSet(ft) && !isSet(tt) &&
		len(tt.Values) >= len(ft.Values) && equalPrefix(tt.Values, ft.Values) &&
		(len(ft.Values) > 255) == (len(tt.Values) > 255):
		return Instant
	}
	return Copy
}

// setBytes is the storage size of a SET with n members: 1, 2, 3, 4 or 8.
func setBytes(n int) int {
	if b := (n + 7) / 8; b <= 4 {
		return b
	}
	return 8
}

// displayOnly reports whether two integer types differ only in display
// width or ZEROFILL.
func displayOnly(from, to schema.Type) bool {
	ok, _ := from.DisplayOnly(to)
	return ok
}

func equalPrefix(long, short []string) bool {
	for i := range short {
		if long[i] != short[i] {
			return false
		}
	}
	return true
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func (r *renderer) primaryKey(c diff.AlterPrimaryKey) *step {
	tname := r.newName(c.Table.Name)
	tt := r.target.Table(tname)
	alg := Copy
	if c.To != nil && tt != nil {
		alg = Inplace
		for _, p := range c.To.Parts {
			if col := tt.Column(p.Column); col == nil || col.Nullable {
				alg = Copy
			}
		}
	}
	var body, undo string
	switch {
	case c.From == nil:
		body, undo = "ADD PRIMARY KEY "+partsSQL(c.To), "DROP PRIMARY KEY"
	case c.To == nil:
		body, undo = "DROP PRIMARY KEY", "ADD PRIMARY KEY "+partsSQL(c.From)
	default:
		body, undo = "DROP PRIMARY KEY, ADD PRIMARY KEY "+partsSQL(c.To), "DROP PRIMARY KEY, ADD PRIMARY KEY "+partsSQL(c.From)
	}
	s := r.stmt(phPrimaryKey, tname, body, alg, r.alter(tname, undo, Copy, "SHARED"))
	// The primary key is InnoDB's clustered index: a new one rebuilds the
	// table even in place (MariaDB 10.11 refuses ALGORITHM=NOCOPY).
	s.rebuild = true
	return s
}

// orderDrops puts DROP TABLE statements so that a table is dropped before
// the tables its foreign keys reference.
func (r *renderer) orderDrops(all []*step) []*step {
	if len(r.dropped) < 2 {
		return all
	}
	var drops []*step
	start := -1
	for i, s := range all {
		if s.phase == phDropTable {
			if start < 0 {
				start = i
			}
			drops = append(drops, s)
		}
	}
	names := map[string]bool{}
	for _, s := range drops {
		names[r.dropped[s].Name] = true
	}
	var ordered []*step
	done := map[string]bool{}
	for len(ordered) < len(drops) {
		progress := false
		for _, s := range drops {
			t := r.dropped[s]
			if done[t.Name] {
				continue
			}
			// t may go once no remaining dropped table references it.
			referenced := false
			for _, o := range drops {
				ot := r.dropped[o]
				if done[ot.Name] || ot == t {
					continue
				}
				for _, fk := range ot.ForeignKeys {
					if fk.RefTable == t.Name && fk.RefSchema == "" {
						referenced = true
					}
				}
			}
			if !referenced {
				ordered = append(ordered, s)
				done[t.Name] = true
				progress = true
			}
		}
		if !progress {
			// A cycle: keep the remaining order; the server will say which FK blocks.
			for _, s := range drops {
				if !done[r.dropped[s].Name] {
					ordered = append(ordered, s)
					done[r.dropped[s].Name] = true
				}
			}
		}
	}
	copy(all[start:start+len(ordered)], ordered)
	return all
}

// addFK is the body of an ALTER TABLE that adds fk to a table whose
// indexes, when the statement runs, are indexes (live names).
//
// MariaDB and MySQL flag the index they create for a foreign key as
// generated, and drop a generated index silently once another index can
// serve the key. A foreign key added with a name N gets a new generated
// index N, which then replaces the generated index an earlier key left on
// the same columns: re-adding a key (to change ON DELETE) renamed the
// table's index from the column's name to the constraint's. Restating every
// index that can serve the key makes it explicit, so the new generated
// index is the one dropped and every index keeps its name. The statement
// copies the table anyway, so rebuilding those indexes costs nothing more.
func (f flavor) addFK(indexes []*schema.Index, fk *schema.ForeignKey) string {
	var body []string
	for _, ix := range indexes {
		if servesFK(ix, fk) {
			body = append(body, "DROP INDEX "+quote(ix.Name), "ADD "+f.indexSQL(ix))
		}
	}
	return strings.Join(append(body, "ADD "+fkSQL(fk)), ", ")
}

// servesFK reports whether InnoDB can use ix for fk: a plain B-tree index
// whose leading parts are fk's columns, in order and without prefixes.
func servesFK(ix *schema.Index, fk *schema.ForeignKey) bool {
	if ix == nil || ix.Name == "" || ix.Method != "" || len(ix.Parts) < len(fk.Columns) {
		return false
	}
	for i, col := range fk.Columns {
		p := ix.Parts[i]
		if p.Column == "" || !strings.EqualFold(p.Column, col) || p.Prefix > 0 {
			return false
		}
	}
	return true
}

// fkStandIns are the plain indexes that replace ix when it is dropped while
// a foreign key of the table that stays has no other index to use: MariaDB
// refuses to drop the only index such a key uses (error 1553). Each is named
// like its key, as InnoDB names the index it creates for a key, so that
// inspection takes it for the key's implicit index and plans nothing more.
func (r *renderer) fkStandIns(t *schema.Table, ix *schema.Index, all []diff.Change) []*schema.Index {
	var out []*schema.Index
	for _, fk := range t.ForeignKeys {
		if !servesFK(ix, fk) || changesFK(all, t.Name, fk.Name) {
			continue
		}
		nfk := *fk
		nfk.Columns = nil
		for _, col := range fk.Columns {
			if n, ok := r.colRenames[[2]string{t.Name, col}]; ok {
				col = n
			}
			nfk.Columns = append(nfk.Columns, col)
		}
		served := slices.ContainsFunc(r.keptIndexes(t.Name), func(k *schema.Index) bool { return servesFK(k, &nfk) })
		for _, ch := range all {
			if a, ok := ch.(diff.AddIndex); ok && (a.Table.Name == t.Name || a.Table.Name == r.newName(t.Name)) && servesFK(a.Index, &nfk) {
				served = true
			}
		}
		if served || r.standIns[[2]string{t.Name, fk.Name}] {
			continue
		}
		r.standIns[[2]string{t.Name, fk.Name}] = true
		stand := &schema.Index{Name: fk.Name}
		for _, col := range nfk.Columns {
			stand.Parts = append(stand.Parts, schema.IndexPart{Column: col})
		}
		out = append(out, stand)
	}
	return out
}

// servedEarly reports whether ix can be dropped at the start of the
// script, before the columns are modified: every foreign key of the table
// it serves keeps another live index the plan does not drop, or gets a
// stand-in in the same statement, spelled with the columns' names before
// any rename; and no other table's key references the columns it leads.
// Dropped late instead, the index is still there when a MODIFY turns one
// of its columns into TEXT, and MariaDB either refuses the key without a
// length (error 1170) or makes a unique key a long hash key, which no
// foreign key can use: error 150 on the MODIFY, a change whose data was
// counted failing.
func (r *renderer) servedEarly(t *schema.Table, ix *schema.Index, standIns []*schema.Index, all []diff.Change) bool {
	for _, o := range r.actual.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.RefTable == t.Name && len(fk.RefColumns) > 0 && len(fk.RefColumns) <= len(ix.Parts) && strings.EqualFold(ix.Parts[0].Column, fk.RefColumns[0]) {
				return false
			}
		}
	}
	kept := map[string]bool{}
	for _, k := range r.keptIndexes(t.Name) {
		kept[k.Name] = true
	}
	for _, fk := range t.ForeignKeys {
		if !servesFK(ix, fk) || changesFK(all, t.Name, fk.Name) {
			continue
		}
		ok := slices.ContainsFunc(t.Indexes, func(k *schema.Index) bool {
			return k.Name != ix.Name && kept[k.Name] && servesFK(k, fk)
		})
		ok = ok || slices.ContainsFunc(standIns, func(k *schema.Index) bool { return servesFK(k, fk) })
		if !ok {
			return false
		}
	}
	return true
}

// changesFK reports whether the changes drop or replace the table's foreign
// key of that name.
func changesFK(changes []diff.Change, table, name string) bool {
	for _, ch := range changes {
		switch c := ch.(type) {
		case diff.DropForeignKey:
			if c.Table.Name == table && c.FK.Name == name {
				return true
			}
		case diff.AlterForeignKey:
			if c.Table.Name == table && c.From.Name == name {
				return true
			}
		}
	}
	return false
}

// actualIndexes are the indexes of a table of the actual schema.
// fkMayNeed reports whether a live foreign key's columns lead the index:
// one of the table's own, or one of any table that references it. MySQL
// keeps such an index as long as the key needs it.
func (r *renderer) fkMayNeed(t *schema.Table, ix *schema.Index) bool {
	leads := func(cols []string) bool {
		if len(cols) == 0 || len(cols) > len(ix.Parts) {
			return false
		}
		for i, c := range cols {
			if ix.Parts[i].Column != c {
				return false
			}
		}
		return true
	}
	for _, fk := range t.ForeignKeys {
		if leads(fk.Columns) {
			return true
		}
	}
	for _, o := range r.actual.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.RefTable == t.Name && leads(fk.RefColumns) {
				return true
			}
		}
	}
	return false
}

// addsIndexNamed reports whether the changes add an index of that name to
// the table: the old one must then go first.
func addsIndexNamed(changes []diff.Change, table, name string) bool {
	for _, ch := range changes {
		if a, ok := ch.(diff.AddIndex); ok && a.Table.Name == table && a.Index.Name == name {
			return true
		}
	}
	return false
}

func (r *renderer) actualIndexes(table string) []*schema.Index {
	if t := r.actual.Table(table); t != nil {
		return t.Indexes
	}
	return nil
}

// keptIndexes are the actual indexes of table (named by its old name) that
// the target keeps, under their live names and with renamed columns: the
// indexes the table has when the foreign keys are added, late in the script.
func (r *renderer) keptIndexes(table string) []*schema.Index {
	at := r.actual.Table(table)
	tt := r.target.Table(r.newName(table))
	if at == nil || tt == nil {
		return nil
	}
	want := map[string]bool{}
	for _, ix := range tt.Indexes {
		want[ix.Signature()] = true
	}
	var kept []*schema.Index
	have := map[string]bool{}
	for _, ix := range at.Indexes {
		c := *ix
		c.Parts = append([]schema.IndexPart(nil), ix.Parts...)
		for i, p := range c.Parts {
			if n, ok := r.colRenames[[2]string{table, p.Column}]; ok && p.Column != "" {
				c.Parts[i].Column = n
			}
		}
		have[c.Signature()] = true
		if want[c.Signature()] {
			kept = append(kept, &c)
		}
	}
	// MariaDB drops an index it generated for a foreign key, silently,
	// when an ALTER adds another index that starts with its columns, even
	// once the key itself is gone: after ALTER TABLE t1 DROP FOREIGN KEY
	// t1_ibfk_1, ALTER TABLE t1 ADD UNIQUE INDEX t1_c2_uq (c2) leaves no
	// index c2 (MariaDB 10.11), and a statement that restates c2 fails
	// with 1091. The plan's new indexes are added before its keys.
	var out []*schema.Index
	for _, ix := range kept {
		if ix.Implicit && slices.ContainsFunc(tt.Indexes, func(n *schema.Index) bool {
			return n != nil && !have[n.Signature()] && startsWith(n, ix)
		}) {
			continue
		}
		out = append(out, ix)
	}
	return out
}

// startsWith reports whether index n's leading parts are the columns of
// index ix, whole.
func startsWith(n, ix *schema.Index) bool {
	if len(n.Parts) < len(ix.Parts) {
		return false
	}
	for i, p := range ix.Parts {
		q := n.Parts[i]
		if p.Column == "" || !strings.EqualFold(q.Column, p.Column) || q.Prefix > 0 {
			return false
		}
	}
	return true
}

// liftForeignKeys drops, for the time of a column's new type or character
// set, the foreign keys that use the column on either side, and adds them
// back at the end of the script. MariaDB refuses to change such a column
// (error 1832 on the referencing side, 1833 on the referenced one); the
// MariaDB documentation's way is to drop the constraint, change both
// columns, and add it again, which validates the rows once more. A foreign
// key the plan itself drops or alters, or whose table it drops, is left to
// that change. The statements are the same for both columns of the pair,
// and Render runs them once.
func (r *renderer) liftForeignKeys(c diff.ModifyColumn, all []diff.Change) []*step {
	if c.Aspect != diff.KindAlterType && c.Detail != "collation" {
		return nil
	}
	handled := map[[2]string]bool{}
	for _, o := range all {
		switch o := o.(type) {
		case diff.DropForeignKey:
			handled[[2]string{o.Table.Name, o.FK.Name}] = true
		case diff.AlterForeignKey:
			handled[[2]string{o.Table.Name, o.From.Name}] = true
		case diff.DropTable:
			for _, fk := range o.Table.ForeignKeys {
				handled[[2]string{o.Table.Name, fk.Name}] = true
			}
		}
	}
	var steps []*step
	for _, t := range r.actual.Tables {
		for _, fk := range t.ForeignKeys {
			if !fkUses(t, fk, c.Table.Name, c.From.Name) || fk.Name == "" || handled[[2]string{t.Name, fk.Name}] {
				continue
			}
			nt := r.newName(t.Name)
			want := r.targetFK(nt, fk.Name)
			if want == nil {
				continue
			}
			// The key is dropped and added back once for the changes of
			// both its sides: they are tied together.
			drop := r.stmt(phDropFK, t.Name, "DROP FOREIGN KEY "+quote(fk.Name), Inplace,
				r.alter(t.Name, r.fl.addFK(r.actualIndexes(t.Name), fk), Copy, "SHARED"))
			drop.tie = "foreign key " + t.Name + "." + fk.Name
			steps = append(steps, drop,
				r.stmt(phAddFK, nt, r.fl.addFK(r.keptIndexes(t.Name), want), Copy,
					r.alter(nt, "DROP FOREIGN KEY "+quote(want.Name), Inplace, "NONE")))
		}
	}
	return steps
}

// targetFK is the foreign key of a target table by name, or nil.
func (r *renderer) targetFK(table, name string) *schema.ForeignKey {
	t := r.target.Table(table)
	if t == nil {
		return nil
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			return fk
		}
	}
	return nil
}

func containsFold(list []string, v string) bool {
	for _, s := range list {
		if strings.EqualFold(s, v) {
			return true
		}
	}
	return false
}
