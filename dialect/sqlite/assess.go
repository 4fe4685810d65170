package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// Assess implements dialect.Assessor: it says which changes rebuild their
// table. SQLite takes one write lock for the whole database during any DDL,
// so readers in WAL mode continue and writers wait; it raises nothing.
func (c *Conn) Assess(ctx context.Context, actual *schema.Schema, a []dialect.Assessment) error {
	for i := range a {
		switch a[i].Change.(type) {
		case diff.AddTable, diff.DropTable:
			continue
		}
		// Every SQLite DDL takes the database write lock for a moment; only a
		// rebuild holds it for as long as copying the table takes, so only a
		// rebuild is worth reporting.
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && a[i].Affected > 0 {
			a[i].Reason = silentNote(m, a[i].Affected)
		}
		// Every change of the column (type, NOT NULL, autoincrement) lands
		// in the same rebuild, so each carries the verdict.
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && becomesRowid(m) {
			if err := c.assessRowid(ctx, m.Table.Name, m.From.Name, &a[i]); err != nil {
				return err
			}
		}
		if o, ok := a[i].Change.(diff.AlterTableOption); ok && o.Option == "strict" && o.To == "true" {
			if err := c.assessStrict(ctx, o, &a[i]); err != nil {
				return err
			}
		}
		if o, ok := a[i].Change.(diff.AlterTableOption); ok && o.Option == "strict" && o.To != "true" {
			if err := c.assessLeaveStrict(ctx, o, &a[i]); err != nil {
				return err
			}
		}
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && m.From != nil && m.To != nil {
			if err := c.assessStrictType(ctx, m, a, &a[i]); err != nil {
				return err
			}
		}
		if o, ok := a[i].Change.(diff.AlterTableOption); ok && o.Option == "autoincrement" {
			if err := c.assessAutoincrement(ctx, o, &a[i]); err != nil {
				return err
			}
		}
		if o, ok := a[i].Change.(diff.AlterTableOption); ok && o.Option == "without_rowid" && o.To == "true" {
			if err := c.assessNullKeys(ctx, o.Table, o.Want, &a[i]); err != nil {
				return err
			}
		}
		// Leaving WITHOUT ROWID makes a lone INTEGER key the rowid, which
		// the rebuild fills from the keys as they are.
		if o, ok := a[i].Change.(diff.AlterTableOption); ok && o.Option == "without_rowid" && o.To == "" {
			if col := inlinePK(o.Want); col != "" && o.Table.Column(col) != nil {
				if err := c.assessRowid(ctx, o.Table.Name, col, &a[i]); err != nil {
					return err
				}
			}
		}
		// The duplicates probe lets NULL keys through, as a rowid table does;
		// a STRICT or WITHOUT ROWID table refuses them.
		if pk, ok := a[i].Change.(diff.AlterPrimaryKey); ok && pk.Want != nil && (pk.Want.Options["strict"] == "true" || pk.Want.Options["without_rowid"] == "true") {
			if err := c.assessNullKeys(ctx, pk.Table, pk.Want, &a[i]); err != nil {
				return err
			}
		}
		if pk, ok := a[i].Change.(diff.AlterPrimaryKey); ok {
			if col := rowidKey(pk); col != "" && pk.Table.Column(col) != nil {
				if err := c.assessRowid(ctx, pk.Table.Name, col, &a[i]); err != nil {
					return err
				}
			}
		}
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && rechecks(m) {
			if err := c.assessRebuiltChecks(ctx, m, a, &a[i]); err != nil {
				return err
			}
		}
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && rechecks(m) {
			if err := c.assessRebuiltKeys(ctx, m, a, &a[i]); err != nil {
				return err
			}
		}
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && rechecks(m) {
			if err := c.assessChildren(ctx, actual, m, a, &a[i]); err != nil {
				return err
			}
		}
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && rechecks(m) {
			if err := c.assessReferences(ctx, m, a, &a[i]); err != nil {
				return err
			}
		}
		if needsRebuild(a[i].Change) {
			a[i].Lock = &dialect.Lock{Mode: "database write lock", Rewrite: true,
				Note: "SQLite rebuilds the table: it copies every row into a new table inside the transaction"}
		}
	}
	return nil
}

// silentNote says what SQLite itself does with values that do not fit a
// new column type: it neither fails nor converts them, it keeps them.
func silentNote(m diff.ModifyColumn, n int64) string {
	to := m.To.Type
	// A STRICT table's refusals are counted on their own
	// (assessStrictType), which then says so.
	switch {
	case schema.SQLiteAffinity(to.Raw) == "REAL" && m.From.Type.Kind.IsInteger():
		// REAL affinity does convert: every integer becomes a double.
		return fmt.Sprintf("SQLite stores every integer of a %s column as a double: the rebuild converts the %d value(s) beyond ±2^53, and rounds those a double does not hold to a neighbour (9007199254740993 becomes 9007199254740992.0)", to, n)
	case schema.SQLiteAffinity(to.Raw) == "NUMERIC" && (m.From.Type.Kind.IsString() || schema.SQLiteAffinity(m.From.Type.Raw) == "TEXT" || schema.SQLiteAffinity(m.From.Type.Raw) == "BLOB"):
		// The probe counts the numbers that lose digits (probe.NumberText).
		return fmt.Sprintf("%s has NUMERIC affinity in SQLite: the rebuild stores text that spells a number as that number ('007' as 7, '1e3' as 1000, which keep their value and are not counted), rounds one of more than 15 significant digits to the nearest double, and keeps every other value unchanged, whether it fits or not; the %d counted value(s) are of one kind or the other", to.Raw, n)
	case to.Kind.IsString():
		return fmt.Sprintf("SQLite does not enforce declared lengths: the rebuild would keep the %d long value(s) unchanged, longer than %s says", n, to)
	case to.Kind.IsNumeric() || to.Kind == schema.KindBool || to.Kind.IsTemporal():
		return fmt.Sprintf("SQLite neither refuses nor fixes values that do not fit %s (it enforces no range or scale and keeps text it cannot convert): the rebuild would keep the %d offending value(s) unchanged", to, n)
	}
	return ""
}

// assessAutoincrement reads what AUTOINCREMENT changes for the table's
// next keys (https://www.sqlite.org/autoinc.html). Removing it drops the
// table's sqlite_sequence row with the old table: the numbers above the
// largest key that were handed out to rows since deleted are handed out
// again, and the note says how many. Adding it records the largest key
// copied as the last number handed out; when that is the largest rowid,
// 9223372036854775807, SQLite then fails every insert ("database or disk
// is full") where it picked an unused number before, so the change is
// DANGEROUS.
func (c *Conn) assessAutoincrement(ctx context.Context, o diff.AlterTableOption, a *dialect.Assessment) error {
	if inlinePK(o.Table) == "" {
		return nil
	}
	var largest sql.NullInt64
	if err := c.conn.QueryRowContext(ctx, "SELECT max(rowid) FROM "+quote(o.Table.Name)).Scan(&largest); err != nil {
		return fmt.Errorf("reading the largest key of %s: %w", o.Table.Name, err)
	}
	if o.To == "true" {
		if largest.Valid && largest.Int64 == math.MaxInt64 {
			a.Escalate(2, fmt.Sprintf("%s holds the largest rowid SQLite has (%d): with AUTOINCREMENT every insert fails (database or disk is full), where without it SQLite picks an unused number", o.Table.Name, int64(math.MaxInt64)))
		}
		return nil
	}
	var seq sql.NullInt64
	err := c.conn.QueryRowContext(ctx, "SELECT seq FROM sqlite_sequence WHERE name = ?", o.Table.Name).Scan(&seq)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("reading the sqlite_sequence of %s: %w", o.Table.Name, err)
	}
	if n := seq.Int64 - largest.Int64; seq.Valid && n > 0 {
		a.Escalate(0, fmt.Sprintf("AUTOINCREMENT has handed out numbers up to %d, and the largest key left is %d: without it the next %d new row(s) get numbers that deleted rows had", seq.Int64, largest.Int64, n))
	}
	return nil
}

// becomesRowid reports whether a type change turns a table's sole primary
// key column into INTEGER PRIMARY KEY, the rowid, which SQLite fills from
// the existing values when the table is rebuilt.
func becomesRowid(m diff.ModifyColumn) bool {
	// On SQLite a desired AutoIncrement INTEGER column is the rowid (the
	// inspector sets it only there).
	return m.To != nil && m.From != nil && m.To.AutoIncrement && !m.From.AutoIncrement && strings.EqualFold(m.To.Type.Raw, "INTEGER")
}

// assessRowid counts the keys the rowid cannot take. An INT PRIMARY KEY
// may hold text, real numbers and even NULL; the rowid holds only 64-bit
// integers: copying any other value fails the rebuild ("datatype
// mismatch"), and a NULL key is given a new number. Either way the change
// cannot run as planned, so it is DANGEROUS when such rows exist.
func (c *Conn) assessRowid(ctx context.Context, table, column string, a *dialect.Assessment) error {
	col := quote(column)
	var bad, nulls int64
	q := "SELECT count(*) FILTER (WHERE typeof(" + col + ") NOT IN ('integer', 'null')), count(*) FILTER (WHERE " + col + " IS NULL) FROM " + quote(table)
	if err := c.conn.QueryRowContext(ctx, q).Scan(&bad, &nulls); err != nil {
		return fmt.Errorf("counting keys that are not integers in %s.%s: %w", table, column, err)
	}
	if bad+nulls == 0 {
		return nil
	}
	a.Escalate(2, fmt.Sprintf("%s becomes the rowid (INTEGER PRIMARY KEY), which holds only integers: %d row(s) hold another value, and the rebuild would fail on them; %d row(s) have a NULL key, which would be given a new number", column, bad, nulls))
	return nil
}

// rowidKey returns the column a new primary key makes the rowid: the one
// column of the key, declared INTEGER, in a table with a rowid. The
// actual table's values must then all be integers.
func rowidKey(pk diff.AlterPrimaryKey) string {
	if pk.To == nil || len(pk.To.Parts) != 1 || pk.Want == nil || pk.Want.Options["without_rowid"] != "" {
		return ""
	}
	name := pk.To.Parts[0].Column
	col := pk.Want.Column(name)
	if col == nil || !strings.EqualFold(col.Type.Raw, "INTEGER") {
		return ""
	}
	if pk.From != nil && len(pk.From.Parts) == 1 && pk.From.Parts[0].Column == name {
		if old := pk.Table.Column(name); old != nil && old.AutoIncrement {
			return "" // already the rowid
		}
	}
	return name
}

// assessStrict counts the rows a STRICT rebuild refuses: a value that,
// after its new column's affinity, still does not have the column's type
// (https://www.sqlite.org/stricttables.html). Such rows fail the copy, so
// the change is DANGEROUS when there are any.
func (c *Conn) assessStrict(ctx context.Context, o diff.AlterTableOption, a *dialect.Assessment) error {
	var bad []string
	for _, col := range o.Want.Columns {
		if o.Table.Column(col.Name) == nil || col.Generated != "" {
			continue
		}
		if cond := strictRefuses(col.Name, col.Type.Raw); cond != "" {
			bad = append(bad, cond)
		}
	}
	if k := nullKey(o.Table, o.Want); k != "" {
		bad = append(bad, k)
	}
	if len(bad) == 0 {
		return nil
	}
	var n int64
	q := "SELECT count(*) FROM " + quote(o.Table.Name) + " WHERE " + strings.Join(bad, " OR ")
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return fmt.Errorf("counting the rows STRICT would refuse in %s: %w", o.Table.Name, err)
	}
	if n > 0 {
		a.Escalate(2, fmt.Sprintf("%d row(s) hold a value that does not have its column's type, or a NULL in a primary key column, which a STRICT table refuses: the rebuild would fail on them", n))
	}
	return nil
}

// strictRefuses is the condition for a row whose value of the column, once
// the affinity of the STRICT type decl has applied to it, still does not
// have that type, which a STRICT table refuses; "" for ANY, which takes
// every value.
func strictRefuses(column, decl string) string {
	col := quote(column)
	v := affinityValue(col, decl)
	switch d := strings.ToUpper(decl); {
	case d == "INT" || d == "INTEGER":
		return "typeof(" + v + ") NOT IN ('integer', 'null')"
	case d == "REAL":
		return "typeof(" + v + ") NOT IN ('real', 'integer', 'null')"
	case d == "TEXT":
		return "typeof(" + col + ") = 'blob'"
	case d == "BLOB":
		return "typeof(" + col + ") NOT IN ('blob', 'null')"
	}
	return ""
}

// assessStrictType counts the rows a type change of a column of a STRICT
// table makes the rebuild refuse: the new table is STRICT too, and takes
// no value that the new type's affinity does not turn into that type (a
// blob in a TEXT column, 'abc' or 1.5 in an INTEGER one). The change is
// DANGEROUS when there are any; the rebuild would fail on them.
func (c *Conn) assessStrictType(ctx context.Context, m diff.ModifyColumn, a []dialect.Assessment, own *dialect.Assessment) error {
	if m.Table.Options["strict"] != "true" {
		return nil
	}
	for _, x := range a {
		if o, ok := x.Change.(diff.AlterTableOption); ok && o.Option == "strict" && o.To != "true" && o.Table.Name == m.Table.Name {
			return nil // the table stops being STRICT in the same rebuild
		}
	}
	cond := strictRefuses(m.From.Name, m.To.Type.Raw)
	if cond == "" {
		return nil
	}
	var n int64
	q := "SELECT count(*) FROM " + quote(m.Table.Name) + " WHERE " + cond
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return fmt.Errorf("counting the values of %s.%s that STRICT %s refuses: %w", m.Table.Name, m.From.Name, m.To.Type.Raw, err)
	}
	if n > 0 {
		own.Escalate(2, fmt.Sprintf("%s is a STRICT table: the rebuild fails on the %d row(s) whose value of %s does not have the new type %s", m.Table.Name, n, m.From.Name, m.To.Type.Raw))
	}
	return nil
}

// assessLeaveStrict counts the rows whose values change when the table
// stops being STRICT: an ANY column of a STRICT table keeps every value as
// it is given, while outside STRICT a column declared ANY has NUMERIC
// affinity, which turns text that reads as a number into one ('007'
// becomes 7, '1e3' becomes 1000) and a whole REAL into an INTEGER. The
// rebuild rewrites those values, so the change is DANGEROUS when there
// are any.
func (c *Conn) assessLeaveStrict(ctx context.Context, o diff.AlterTableOption, a *dialect.Assessment) error {
	var changed []string
	for _, col := range o.Want.Columns {
		old := o.Table.Column(col.Name)
		if old == nil || col.Generated != "" || !strings.EqualFold(col.Type.Raw, "ANY") || !strings.EqualFold(old.Type.Raw, "ANY") {
			continue
		}
		q := quote(col.Name)
		v := affinityValue(q, col.Type.Raw)
		changed = append(changed, "NOT ("+v+" IS "+q+" AND typeof("+v+") = typeof("+q+"))")
	}
	if len(changed) == 0 {
		return nil
	}
	var n int64
	q := "SELECT count(*) FROM " + quote(o.Table.Name) + " WHERE " + strings.Join(changed, " OR ")
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return fmt.Errorf("counting the values of %s that NUMERIC affinity would convert: %w", o.Table.Name, err)
	}
	if n > 0 {
		a.Escalate(2, fmt.Sprintf("%d row(s) hold a value in an ANY column that STRICT keeps as it was given and that, outside STRICT, the column's NUMERIC affinity converts ('007' becomes 7): the rebuild would change them", n))
	}
	return nil
}

// nullKey is the condition for a row with a NULL in a column of the
// desired primary key. A rowid table lets NULL into its primary key (a
// bug SQLite keeps for compatibility); STRICT and WITHOUT ROWID tables
// make every key column NOT NULL, so the rebuild fails on such a row
// (https://www.sqlite.org/lang_createtable.html#the_primary_key). Key
// columns the table does not have yet hold no old value to check.
func nullKey(have, want *schema.Table) string {
	if want.PrimaryKey == nil {
		return ""
	}
	var conds []string
	for _, p := range want.PrimaryKey.Parts {
		if p.Column != "" && have.Column(p.Column) != nil {
			conds = append(conds, quote(p.Column)+" IS NULL")
		}
	}
	return strings.Join(conds, " OR ")
}

// assessNullKeys counts the rows whose desired primary key holds a NULL,
// which a STRICT or WITHOUT ROWID rebuild of the table refuses; the change
// is DANGEROUS when there are any.
func (c *Conn) assessNullKeys(ctx context.Context, have, want *schema.Table, a *dialect.Assessment) error {
	k := nullKey(have, want)
	if k == "" {
		return nil
	}
	var n int64
	q := "SELECT count(*) FROM " + quote(have.Name) + " WHERE " + k
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return fmt.Errorf("counting the rows with a NULL key in %s: %w", have.Name, err)
	}
	if n > 0 {
		a.Escalate(2, fmt.Sprintf("%d row(s) have a NULL in a key column, which a STRICT or WITHOUT ROWID table refuses in its primary key: the rebuild would fail on them", n))
	}
	return nil
}

// rechecks reports whether a column change makes the table's checks read
// the column's values otherwise: a new type (through its affinity) or a
// new collation.
func rechecks(m diff.ModifyColumn) bool {
	return m.From != nil && m.To != nil && (m.Aspect == diff.KindAlterType && newAffinity(m) || m.Aspect == diff.KindOther && m.Detail == "collation")
}

// newAffinity reports whether a type change gives the column another
// affinity: only then does the rebuild store other values than it holds
// (VARCHAR(5) to TEXT changes nothing a check or key could see).
func newAffinity(m diff.ModifyColumn) bool {
	return schema.SQLiteAffinity(m.From.Type.Raw) != schema.SQLiteAffinity(m.To.Type.Raw)
}

// rebuiltValues maps the columns of table t that the plan's column
// changes give a new affinity or a new collation to the SQL that reads the
// old row as the rebuilt table holds and compares it: all of the table's
// changes land in one rebuild, whose INSERT ... SELECT stores every
// column through its new affinity and whose checks and keys compare under
// the new collations together. only, when not nil, restricts it to that
// one change, as the rebuild runs when sync keeps the others back. The
// columns in raw are read as they are stored, under their new collation
// only: blobCases names them where the row holds a blob, which no
// affinity converts.
func rebuiltValues(t *schema.Table, a []dialect.Assessment, only *diff.ModifyColumn, raw map[string]bool) map[string]string {
	types, colls := rebuiltChanges(t, a, only)
	out := map[string]string{}
	for _, col := range t.Columns {
		decl, retyped := types[col.Name]
		coll, recollated := colls[col.Name]
		if !retyped && !recollated {
			continue
		}
		v := quote(col.Name)
		if retyped && !raw[col.Name] {
			v = affinityValue(v, decl)
		}
		if recollated {
			v = "(" + v + " COLLATE " + quote(coll) + ")"
		}
		out[col.Name] = v
	}
	return withGenerated(t, out, types, colls)
}

// rebuiltChanges maps the columns of table t that the plan's column
// changes (only that one, when only is not nil) retype to their new
// declared type, and those they recollate to their new collation.
func rebuiltChanges(t *schema.Table, a []dialect.Assessment, only *diff.ModifyColumn) (types, colls map[string]string) {
	types, colls = map[string]string{}, map[string]string{}
	for _, x := range a {
		m, ok := x.Change.(diff.ModifyColumn)
		if !ok || !rechecks(m) || m.Table.Name != t.Name || m.Table.Schema != t.Schema {
			continue
		}
		if only != nil && (m.From.Name != only.From.Name || m.Aspect != only.Aspect || m.Detail != only.Detail) {
			continue
		}
		if m.Aspect == diff.KindAlterType {
			types[m.From.Name] = m.To.Type.Raw
		} else {
			colls[m.From.Name] = firstNonEmpty(m.To.Collation, "BINARY")
		}
	}
	return types, colls
}

// rebuiltBlobColumns lists, sorted, the columns of table t that the
// plan's column changes (only that one, when only is not nil) give TEXT
// affinity and that expr reads, by name or through a generated column,
// and that are not generated themselves: the rebuild keeps a blob in them
// a blob, which affinityValue's CAST to TEXT would turn into text (as
// blobColumns does for a probe.Check).
func rebuiltBlobColumns(t *schema.Table, a []dialect.Assessment, only *diff.ModifyColumn, expr string) []string {
	types, _ := rebuiltChanges(t, a, only)
	var out []string
	for col, decl := range types {
		if schema.SQLiteAffinity(decl) != "TEXT" {
			continue
		}
		if c := t.Column(col); c == nil || c.Generated != "" {
			continue
		}
		if readsThrough(t, expr, col) {
			out = append(out, col)
		}
	}
	slices.Sort(out)
	return out
}

// withGenerated adds to vals, which maps columns to the SQL of their
// rebuilt values, the generated columns of t that the rebuild computes
// otherwise: those that read any of them, also through another generated
// column, and those that types or colls give a new type or collation.
// The rebuilt table computes them from the new values (a REAL 5.0 / 2 is
// 2.5, an INTEGER 5 / 2 is 2), stores the result through their own
// affinity, and compares it under their own collation, or the new ones
// types and colls give them. A generated column in vals already (one the
// plan retypes, read as its stored value) is computed again too: the
// rebuild does not keep what it stored. Each is computed after the
// generated columns it reads, so that it reads their new values.
func withGenerated(t *schema.Table, vals, types, colls map[string]string) map[string]string {
	from := map[string]bool{}
	for n := range vals {
		from[n] = true
	}
	redo := generatedFrom(t, from, func(col *schema.Column) bool {
		_, retyped := types[col.Name]
		_, recollated := colls[col.Name]
		return retyped || recollated
	})
	for len(redo) > 0 {
		done := false
		for _, col := range t.Columns {
			if !redo[col.Name] {
				continue
			}
			waits := false
			for n := range redo {
				waits = waits || n != col.Name && reads(col.Generated, n)
			}
			if waits {
				continue
			}
			v := affinityValue("("+replaceCols(col.Generated, vals)+")", firstNonEmpty(types[col.Name], col.Type.Raw))
			if coll := firstNonEmpty(colls[col.Name], col.Collation); coll != "" {
				v = "(" + v + " COLLATE " + quote(coll) + ")"
			}
			vals[col.Name] = v
			delete(redo, col.Name)
			done = true
		}
		if !done {
			break // a cycle, which SQLite refuses to create
		}
	}
	return vals
}

// generatedFrom is the set of generated columns of t computed from a
// column of from, directly or through other generated columns, together
// with those pick names (nil picks none) and the ones computed from them.
// A column of from is in the set only when pick names it or it reads
// another column of the set or of from.
func generatedFrom(t *schema.Table, from map[string]bool, pick func(*schema.Column) bool) map[string]bool {
	out := map[string]bool{}
	for range t.Columns {
		grew := false
		for _, col := range t.Columns {
			if col.Generated == "" || col.Generated == "?" || out[col.Name] {
				continue
			}
			hit := pick != nil && pick(col)
			for n := range from {
				hit = hit || n != col.Name && reads(col.Generated, n)
			}
			for n := range out {
				hit = hit || reads(col.Generated, n)
			}
			if hit {
				out[col.Name], grew = true, true
			}
		}
		if !grew {
			break
		}
	}
	return out
}

// readsThrough reports whether an expression of table t reads the column,
// by its name or through a generated column computed from it.
func readsThrough(t *schema.Table, expr, col string) bool {
	if reads(expr, col) {
		return true
	}
	for n := range generatedFrom(t, map[string]bool{col: true}, nil) {
		if reads(expr, n) {
			return true
		}
	}
	return false
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// replaceCols replaces every column named in vals with its SQL in one
// pass: a placeholder first, so that no replacement's SQL is rewritten by
// the next (a column named text, and CAST(x AS TEXT)). SQLite compares
// column names without regard to ASCII case, so QTY >= 5 reads qty; a
// string literal ('qty') is left alone.
func replaceCols(expr string, vals map[string]string) string {
	names := make([]string, 0, len(vals))
	for n := range vals {
		names = append(names, n)
	}
	slices.Sort(names)
	for i, n := range names {
		expr = replaceIdentFold(expr, n, fmt.Sprintf("sg_col_%d_", i))
	}
	for i, n := range names {
		expr = replaceIdentFold(expr, fmt.Sprintf("sg_col_%d_", i), vals[n])
	}
	return expr
}

// reads reports whether expr names column col, as SQLite matches names.
func reads(expr, col string) bool { return diff.Mentions(expr, col, diff.CaseFoldASCII) }

// replaceIdentFold replaces every reference to column from in expr, bare
// or quoted, in any ASCII case, with to; string literals are left alone.
func replaceIdentFold(expr, from, to string) string {
	return diff.ReplaceIdent(expr, from, to, diff.CaseFoldASCII)
}

// assessRebuiltChecks counts the rows for which a check of the table that
// reads the column turns false once the column holds its new type or
// compares under its new collation: the rebuild copies every row into the
// new table, which checks them again, and fails on such a row. 10 passed
// qty >= 5 as an INTEGER and fails it as text ('10' < '5'); 'A' passed
// kind IN ('a','b') under NOCASE and fails it under BINARY. The check
// reads every column the same rebuild changes as it leaves them, so that
// two changes that only fail together (qty >= 5 OR kind = 'bulk' on 10,
// 'BULK', with qty becoming TEXT and kind losing NOCASE) count; a row that
// fails under this change alone counts too, since sync may keep the
// others back. A check the plan drops is gone (a SAFE drop always runs);
// one it changes is read as it is now too, since its change may be kept
// back and leave it in the rebuilt table (the new one has its own probe).
func (c *Conn) assessRebuiltChecks(ctx context.Context, m diff.ModifyColumn, a []dialect.Assessment, own *dialect.Assessment) error {
	all := rebuiltValues(m.Table, a, nil, nil)
	alone := rebuiltValues(m.Table, a, &m, nil)
	dropped := map[*schema.Check]bool{}
	for _, x := range a {
		if o, ok := x.Change.(diff.DropCheck); ok && o.Table.Name == m.Table.Name {
			dropped[o.Check] = true
		}
	}
	var conds []string
	bounded := false
	for _, ck := range m.Table.Checks {
		if dropped[ck] || !readsThrough(m.Table, ck.Expr, m.From.Name) {
			continue // gone, or does not read the column
		}
		cond, bound := rebuiltCheckFails(m.Table, a, &m, ck.Expr)
		conds, bounded = append(conds, cond), bounded || bound
		if len(all) > len(alone) {
			cond, bound := rebuiltCheckFails(m.Table, a, nil, ck.Expr)
			conds, bounded = append(conds, cond), bounded || bound
		}
	}
	if len(conds) == 0 {
		return nil
	}
	var n int64
	q := "SELECT count(*) FROM " + quote(m.Table.Name) + " WHERE " + strings.Join(conds, " OR ")
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
		own.Escalate(1, fmt.Sprintf("the table's checks on %s could not be evaluated on the new values (%v): the rebuild may fail on them", m.From.Name, err))
		return nil
	}
	if n > 0 {
		together := ""
		if len(all) > len(alone) {
			together = " (with the other column changes of the same rebuild)"
		}
		why := fmt.Sprintf("%d row(s) fail a check of the table on %s once it holds its new type or collation%s: the rebuild, which checks every row again, would fail on them", n, m.From.Name, together)
		if bounded {
			why = fmt.Sprintf("up to %d row(s) fail a check of the table on %s once it holds its new type or collation%s: the check reads more than %d columns the rebuild makes TEXT, so every row holding a blob in one of them is counted, though the blob the rebuild keeps may pass it; the rebuild, which checks every row again, may fail on them", n, m.From.Name, together, maxBlobColumns)
		}
		own.Escalate(2, why)
	}
	return nil
}

// rebuiltCheckFails is the condition under which a row fails the check
// expr once the rebuild (with only that change, when only is not nil)
// stores it: a column the rebuild makes TEXT is read as the blob it keeps
// where the row holds one (x'6869' passes v <> 'hi', and x'31' passes
// n > 3, as SQLite 3.40 checks them), and through the TEXT affinity
// otherwise (10 is '10', which fails n > 3). Beyond maxBlobColumns such
// columns every row that holds a blob in one of them counts, with those
// that fail read through the affinity: a larger count, never a smaller
// one (the CAST would pass x'6869' under v = 'hi', which the blob fails).
// bound reports that the count is such an upper bound.
func rebuiltCheckFails(t *schema.Table, a []dialect.Assessment, only *diff.ModifyColumn, expr string) (cond string, bound bool) {
	blobs := rebuiltBlobColumns(t, a, only, expr)
	if len(blobs) > maxBlobColumns {
		held := make([]string, len(blobs))
		for i, col := range blobs {
			held[i] = "typeof(" + quote(col) + ") = 'blob'"
		}
		return "(" + strings.Join(held, " OR ") + " OR ((" + replaceCols(expr, rebuiltValues(t, a, only, nil)) + ") IS FALSE))", true
	}
	return blobCases(blobs, quote, func(raw map[string]bool) string {
		return "((" + replaceCols(expr, rebuiltValues(t, a, only, raw)) + ") IS FALSE)"
	}), false
}

// assessRebuiltKeys counts the rows that the table's unique keys over the
// column refuse once it holds its new type or compares under its new
// collation: the rebuild stores each value as the new affinity makes it
// and recreates the keys, so a column declared without a type that held 1
// and '1' holds '1' twice as TEXT and its unique index fails. The rows
// beyond the first of each group count, as for add-unique. The key reads
// every column the same rebuild changes as it leaves them (1, 'x' and
// '1', 'X' collide only once the first column is TEXT and the second
// NOCASE); the larger of that count and the one under this change alone
// counts, since sync may keep the others back. Keys the plan drops are
// gone; keys it adds have their own probe.
func (c *Conn) assessRebuiltKeys(ctx context.Context, m diff.ModifyColumn, a []dialect.Assessment, own *dialect.Assessment) error {
	dropped := map[string]bool{}
	for _, x := range a {
		if o, ok := x.Change.(diff.DropIndex); ok && o.Table.Name == m.Table.Name {
			dropped[o.Index.Name] = true
		}
	}
	all := rebuiltValues(m.Table, a, nil, nil)
	alone := rebuiltValues(m.Table, a, &m, nil)
	keys := slices.Clone(m.Table.Indexes)
	if m.Table.PrimaryKey != nil {
		keys = append(keys, m.Table.PrimaryKey)
	}
	var total int64
	sets := []map[string]string{alone}
	if len(all) > len(alone) {
		sets = append(sets, all)
	}
	for _, vals := range sets {
		var sum int64
		for _, ix := range keys {
			if (!ix.Unique && ix != m.Table.PrimaryKey) || dropped[ix.Name] {
				continue
			}
			n, err := c.rebuiltDuplicates(ctx, m, ix, vals)
			if err != nil {
				own.Escalate(1, fmt.Sprintf("the unique key %s could not be grouped on the new values of %s (%v): the rebuild may fail on it", ix.Name, m.From.Name, err))
				return nil
			}
			sum += n
		}
		total = max(total, sum)
	}
	if total > 0 {
		own.Escalate(2, fmt.Sprintf("%d duplicate(s) under the unique keys of the table once %s holds its new type or collation (rows beyond the first of each group, summed over the keys): the rebuild, which recreates the keys, would fail on them", total, m.From.Name))
	}
	return nil
}

// blobApart is a second key part for a column read through a new
// affinity or collation: the value itself when it is a blob, else an empty
// string. No affinity converts a blob, and SQLite never takes a blob for
// equal to text or to another blob with other bytes, though
// CAST(x'6869' AS TEXT) is 'hi' and, under NOCASE, equals 'HI'. With this
// part, two rows group together only when they would in the rebuilt key.
func blobApart(col string) string {
	return "(CASE WHEN typeof(" + col + ") = 'blob' THEN " + col + " ELSE '' END)"
}

// rebuiltDuplicates counts the rows beyond the first of each group of the
// key ix once its columns read as vals; 0 when the key does not read m's
// column.
func (c *Conn) rebuiltDuplicates(ctx context.Context, m diff.ModifyColumn, ix *schema.Index, vals map[string]string) (int64, error) {
	readsCol := false
	var parts, notNull []string
	for _, p := range ix.Parts {
		part := p.Expr
		if p.Column != "" {
			part = quote(p.Column)
		}
		if p.Column == m.From.Name || readsThrough(m.Table, part, m.From.Name) {
			readsCol = true
		}
		v, ok := vals[p.Column]
		if ok && p.Column != "" {
			part = v
		} else {
			part = replaceCols(part, vals)
		}
		parts = append(parts, part)
		notNull = append(notNull, part+" IS NOT NULL")
		if c := m.Table.Column(p.Column); ok && c != nil && c.Generated == "" {
			parts = append(parts, blobApart(quote(p.Column)))
		}
	}
	if !readsCol {
		return 0, nil
	}
	where := strings.Join(notNull, " AND ")
	if ix.Where != "" {
		where += " AND (" + replaceCols(ix.Where, vals) + ")"
	}
	var n int64
	q := fmt.Sprintf("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1)", quote(m.Table.Name), where, strings.Join(parts, ", "))
	err := c.conn.QueryRowContext(ctx, q).Scan(&n)
	return n, err
}

// assessChildren counts the child rows that find their parent now and no
// longer once the parent key column holds its new type or compares under
// its new collation: a foreign key compares the child value under the
// parent column's affinity and collation, so 'FR' finds 'fr' under NOCASE
// and not under BINARY. SQLite checks no child when the parent is rebuilt,
// so such rows would be orphans under a key that stays declared (the
// rebuild now checks the children, and fails on them); the change is
// DANGEROUS when there are any. Orphans the child holds already do not
// count, and neither do the child's own changes, which its rebuild checks.
func (c *Conn) assessChildren(ctx context.Context, actual *schema.Schema, m diff.ModifyColumn, a []dialect.Assessment, own *dialect.Assessment) error {
	decl := map[string]string{}
	coll := map[string]string{}
	for _, x := range a {
		o, ok := x.Change.(diff.ModifyColumn)
		if !ok || !rechecks(o) || o.Table.Name != m.Table.Name {
			continue
		}
		if o.Aspect == diff.KindAlterType {
			decl[o.From.Name] = o.To.Type.Raw
		} else {
			coll[o.From.Name] = firstNonEmpty(o.To.Collation, "BINARY")
		}
	}
	var total int64
	for _, child := range actual.Tables {
		for _, fk := range child.ForeignKeys {
			if !strings.EqualFold(fk.RefTable, m.Table.Name) || !slices.Contains(fk.RefColumns, m.From.Name) || len(fk.Columns) != len(fk.RefColumns) {
				continue
			}
			var notNull, before, after []string
			for i, col := range fk.Columns {
				cv := "c." + quote(col)
				ref := fk.RefColumns[i]
				notNull = append(notNull, cv+" IS NOT NULL")
				before = append(before, "p."+quote(ref)+" = +"+cv)
				d, retyped := decl[ref]
				cl, recollated := coll[ref]
				if !retyped && !recollated {
					after = append(after, "p."+quote(ref)+" = +"+cv)
					continue
				}
				pv, chv := "p."+quote(ref), "+"+cv
				if !retyped {
					if pc := m.Table.Column(ref); pc != nil {
						d = pc.Type.Raw
					}
				}
				// The parent's value as the rebuild stores it, and the
				// child's under the parent's new affinity; each with no
				// affinity of its own left to apply, under the new collation.
				// A blob stays a blob under TEXT affinity too (storedValue).
				pv, chv = storedValue("(+"+pv+")", d), storedValue("("+chv+")", d)
				if !recollated {
					if pc := m.Table.Column(ref); pc != nil {
						cl = firstNonEmpty(pc.Collation, "BINARY")
					}
				}
				after = append(after, "("+pv+" COLLATE "+quote(cl)+") = "+chv)
			}
			p := quote(m.Table.Name)
			q := fmt.Sprintf("SELECT count(*) FROM %s AS c WHERE %s AND EXISTS (SELECT 1 FROM %s AS p WHERE %s) AND NOT EXISTS (SELECT 1 FROM %s AS p WHERE %s)",
				quote(child.Name), strings.Join(notNull, " AND "), p, strings.Join(before, " AND "), p, strings.Join(after, " AND "))
			var n int64
			if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
				own.Escalate(1, fmt.Sprintf("the rows of %s that reference %s could not be matched under its new type or collation (%v): the rebuild may leave them without a parent", child.Name, m.From.Name, err))
				return nil
			}
			total += n
		}
	}
	if total > 0 {
		own.Escalate(2, fmt.Sprintf("%d row(s) of tables that reference %s.%s find their parent now and no longer once it holds its new type or collation: the rebuild, which checks them, would fail on them", total, m.Table.Name, m.From.Name))
	}
	return nil
}

// assessReferences counts the rows whose foreign key over the column finds
// its parent now and no longer once the column holds its new type: the
// rebuild stores the value through the new affinity, and the key then
// compares that value under the parent column's affinity (a REAL 1.0
// finds a TEXT '1.0'; as an INTEGER it is 1, which is '1'). The rebuild
// checks the table's keys and fails on such a row, so the change is
// DANGEROUS when there are any. Keys the plan drops are gone.
func (c *Conn) assessReferences(ctx context.Context, m diff.ModifyColumn, a []dialect.Assessment, own *dialect.Assessment) error {
	decl := map[string]string{}
	for _, x := range a {
		if o, ok := x.Change.(diff.ModifyColumn); ok && o.Aspect == diff.KindAlterType && rechecks(o) && o.Table.Name == m.Table.Name {
			decl[o.From.Name] = o.To.Type.Raw
		}
	}
	dropped := map[*schema.ForeignKey]bool{}
	for _, x := range a {
		if o, ok := x.Change.(diff.DropForeignKey); ok && o.Table.Name == m.Table.Name {
			dropped[o.FK] = true
		}
	}
	var total int64
	for _, fk := range m.Table.ForeignKeys {
		if dropped[fk] || !slices.Contains(fk.Columns, m.From.Name) || len(fk.Columns) != len(fk.RefColumns) {
			continue
		}
		var notNull, newNotNull, before, after []string
		for i, col := range fk.Columns {
			cv := "c." + quote(col)
			nv := cv
			if d, ok := decl[col]; ok {
				// Compared with +nv: no affinity is needed, and a blob
				// the rebuild keeps in a TEXT column stays one.
				nv = storedValue(cv, d)
			}
			notNull = append(notNull, cv+" IS NOT NULL")
			newNotNull = append(newNotNull, nv+" IS NOT NULL")
			before = append(before, "p."+quote(fk.RefColumns[i])+" = +"+cv)
			after = append(after, "p."+quote(fk.RefColumns[i])+" = +"+nv)
		}
		p := quote(fk.RefTable)
		q := fmt.Sprintf("SELECT count(*) FROM %s AS c WHERE %s AND %s AND EXISTS (SELECT 1 FROM %s AS p WHERE %s) AND NOT EXISTS (SELECT 1 FROM %s AS p WHERE %s)",
			quote(m.Table.Name), strings.Join(notNull, " AND "), strings.Join(newNotNull, " AND "), p, strings.Join(before, " AND "), p, strings.Join(after, " AND "))
		var n int64
		if err := c.conn.QueryRowContext(ctx, q).Scan(&n); err != nil {
			own.Escalate(1, fmt.Sprintf("the foreign key over %s could not be matched on its new values (%v): the rebuild may fail on it", m.From.Name, err))
			return nil
		}
		total += n
	}
	if total > 0 {
		own.Escalate(2, fmt.Sprintf("%d row(s) find their parent through %s now and no longer once it holds its new type: the rebuild, which checks the table's foreign keys, would fail on them", total, m.From.Name))
	}
	return nil
}
