package risk

import (
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// Finding is the graded form of one change, matching one entry of the JSON report.
type Finding struct {
	Change diff.Change
	// Code is the rule's stable code.
	Code string
	// Risk is the level after data evidence and dialect assessment.
	Risk Level
	// Static is the level of the rule before evidence.
	Static Level
	// Object is table, table.column or table.index, for people.
	Object         string
	Message        string
	Impact         string
	Recommendation string
	DocsURL        string
	// Check is the probe this finding depends on, nil when it depends on no data.
	Check *probe.Check
	// Result is the probe's answer.
	Result probe.Result
	// Statements is the SQL that would carry out the change.
	Statements []string
	// Ties names the statements the change shares with other changes
	// and cannot run without them (dialect.Script.Ties).
	Ties []string
	// Rebuilds names the table the change's statements rebuild, "" for
	// none (dialect.Script.Rebuilds).
	Rebuilds string
	// Lock is the dialect's account of the change's locking, if any.
	Lock *dialect.Lock
	// Notes are extra reasons (a rename hint, a dialect escalation).
	Notes []string
	// Applied is set by sync: whether the change was carried out.
	Applied *bool
}

// Classify grades a change statically and says which probe, if any, its
// risk depends on. actual is the live schema (for keys of samples).
func Classify(c diff.Change, actual *schema.Schema) *Finding {
	f := &Finding{Change: c, Object: object(c)}
	code, check, note := rule(c, actual)
	r, ok := RuleFor(code)
	if !ok {
		r, _ = RuleFor("change-other")
	}
	f.Code, f.Static, f.Risk = r.Code, r.Level, r.Level
	f.Message = strings.ToUpper(c.String()[:1]) + c.String()[1:] + ": " + r.Summary + "."
	f.Impact = r.Impact
	f.Recommendation = r.Recommendation
	f.DocsURL = DocsBase + r.Doc
	if note != "" {
		f.Notes = append(f.Notes, note)
	}
	if n := unmatchedPreviously(c, actual); n != "" {
		f.Notes = append(f.Notes, n)
	}
	if check != nil {
		check.Schema = diff.TableSchema(c)
		if check.Table == "" {
			// A rule may scan another table: the children of a parent
			// column whose keys the change adds back.
			check.Table = c.TableName()
		}
		check.Key = SampleKey(actual, check.Schema, check.Table)
		f.Check = check
		f.Result.Status = probe.Skipped
	}
	return f
}

func object(c diff.Change) string {
	if col := c.ColumnName(); col != "" {
		return c.TableName() + "." + col
	}
	if cols := diff.Columns(c); len(cols) > 0 {
		return c.TableName() + "(" + strings.Join(cols, ", ") + ")"
	}
	return c.TableName()
}

// SampleKey is the columns of the live table's primary key, which
// identify a row in a check's samples (none without a primary key).
func SampleKey(actual *schema.Schema, ns, table string) []string {
	t := actual.TableIn(ns, table)
	if t == nil || t.PrimaryKey == nil {
		return nil
	}
	var out []string
	for _, p := range t.PrimaryKey.Parts {
		if p.Column != "" {
			out = append(out, p.Column)
		}
	}
	return out
}

var literalRE = regexp.MustCompile(`(?i)^\(*\s*(NULL|TRUE|FALSE|[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|'([^']|'')*'|b'[01]*'|x'[0-9a-f]*')\s*\)*(::[a-z_ ]+(\([0-9, ]+\))?(\[\])?)*$`)

// IsConstantDefault reports whether a default expression is a literal that
// needs no per-row evaluation.
func IsConstantDefault(expr string) bool { return literalRE.MatchString(strings.TrimSpace(expr)) }

// rule picks the policy code for a change and the probe it needs.
func rule(c diff.Change, actual *schema.Schema) (string, *probe.Check, string) {
	switch c := c.(type) {
	case diff.AddTable:
		return "add-table", nil, ""
	case diff.DropTable:
		note := ""
		if c.ContinuedBy != "" {
			note = fmt.Sprintf("%s declares `previously: %s`, but both tables exist, so nothing is renamed: move the rows of %s you need into %s, then drop %s yourself", c.ContinuedBy, c.Table.Name, c.Table.Name, c.ContinuedBy, c.Table.Name)
		}
		return "drop-table", &probe.Check{Kind: probe.Rows}, note
	case diff.RenameTable:
		return "rename-table-declared", nil, ""
	case diff.RenameColumn:
		if strings.EqualFold(c.From.Name, c.To.Name) && foldsColumns(dialectOf(actual)) {
			return "rename-column-declared", nil, "only the case of the name changes: the column is renamed, not dropped and added, since the engine's column names are case-insensitive"
		}
		return "rename-column-declared", nil, ""
	case diff.DropColumn:
		note := ""
		switch {
		case c.ContinuedBy != "":
			note = fmt.Sprintf("%s declares `previously: %s`, but both columns exist, so nothing is renamed: copy the values of %s you need into %s, then drop %s yourself", c.ContinuedBy, c.Column.Name, c.Column.Name, c.ContinuedBy, c.Column.Name)
		case c.RenameHint != "":
			note = fmt.Sprintf("if this is a rename to %s, declare `previously: %s` on the new field to keep the data", c.RenameHint, c.Column.Name)
			if src := c.RenameHintSource; strings.Contains(strings.ToLower(src), ".sql:") {
				// A SQL desired file declares renames in a trailing comment.
				note = fmt.Sprintf("if this is a rename to %s, end the line of %s (%s) with the comment `-- previously: %s` to keep the data", c.RenameHint, c.RenameHint, src, c.Column.Name)
			}
		}
		return "drop-column", &probe.Check{Kind: probe.NonNull, Column: c.Column.Name}, note
	case diff.AddColumn:
		col := c.Column
		switch {
		case col.Generated != "":
			// Every existing row computes the expression: like a changed
			// one, it is evaluated on each row, so that a failure (a
			// division by zero) keeps the change from being forced through.
			check := computes(col.Generated)
			if fits := storedFits(col, actual); fits != "" {
				// MySQL and PostgreSQL store each row's value as they add
				// the column, and refuse one its type cannot hold (a
				// TINYINT above 127): those rows fail the change.
				check.Expr = "(" + check.Expr + ") AND (" + fits + ")"
			}
			return "add-generated-column", check, ""
		case col.AutoIncrement:
			return "add-generated-column", nil, ""
		case col.Default != nil && !IsConstantDefault(*col.Default):
			return "add-column-expression-default", nil, ""
		case col.Default != nil:
			return "add-column-with-default", nil, ""
		case col.Nullable:
			return "add-nullable-column", nil, ""
		default:
			return "add-required-column", &probe.Check{Kind: probe.Rows}, ""
		}
	case diff.ModifyColumn:
		return modifyRule(c, actual)
	case diff.AddIndex:
		if !c.Index.Unique {
			return "add-index", indexComputes(c.Index, c.Table, c.Want, dialectOf(actual)), ""
		}
		cols, exprs, once := keyParts(c.Table, c.Want, c.Index, false, dialectOf(actual))
		// A partial index's predicate may name a column the plan adds: it
		// reads as the value every existing row gets.
		where, whereOnce := newColumnValues(c.Table, c.Want, c.Index.Where, dialectOf(actual))
		return "add-unique", &probe.Check{Kind: probe.Duplicates, Columns: cols, Exprs: exprs, Expr: where, NullsEqual: c.Index.NullsNotDistinct, Retyped: retyped(c.Table, c.Want), Evaluated: merge(once, whereOnce)}, ""
	case diff.DropIndex:
		if c.Index.Unique {
			return "drop-unique", nil, ""
		}
		return "drop-index", nil, ""
	case diff.AddForeignKey:
		return "add-foreign-key", &probe.Check{Kind: probe.Orphans, Columns: c.FK.Columns, RefSchema: c.FK.RefSchema, RefTable: c.FK.RefTable, RefColumns: c.FK.RefColumns, MatchFull: c.FK.MatchFull, Retyped: retyped(c.Table, c.Want)}, ""
	case diff.DropForeignKey:
		return "drop-foreign-key", nil, ""
	case diff.AlterForeignKey:
		if c.From.NotValid && !c.To.NotValid || c.To.MatchFull && !c.From.MatchFull && len(c.To.Columns) > 1 {
			// Validating a NOT VALID key fails on its orphans; MATCH FULL
			// also rejects the partly NULL keys MATCH SIMPLE let in.
			return "alter-foreign-key", &probe.Check{Kind: probe.Orphans, Columns: c.To.Columns, RefSchema: c.To.RefSchema, RefTable: c.To.RefTable, RefColumns: c.To.RefColumns, MatchFull: c.To.MatchFull}, ""
		}
		if actual != nil && (actual.Dialect == "mysql" || actual.Dialect == "postgres") {
			// Neither MySQL nor PostgreSQL can alter a key's actions: the
			// plan drops it and adds it back, which checks every row (MySQL
			// in the ADD, PostgreSQL in the VALIDATE CONSTRAINT after ADD
			// ... NOT VALID). Rows written under foreign_key_checks=0 or
			// session_replication_role=replica (a restored dump, a bulk
			// load, a logical replica) may point nowhere. The check then
			// fails after the DROP has run, and the table is left without
			// its key (MySQL) or with a NOT VALID one (PostgreSQL).
			return "alter-foreign-key", &probe.Check{Kind: probe.Orphans, Columns: c.To.Columns, RefSchema: c.To.RefSchema, RefTable: c.To.RefTable, RefColumns: c.To.RefColumns}, ""
		}
		return "alter-foreign-key", nil, ""
	case diff.AddCheck:
		expr, once := newColumnValues(c.Table, c.Want, c.Check.Expr, dialectOf(actual))
		return "add-check", &probe.Check{Kind: probe.CheckFails, Column: onlyColumn(c.Table, expr, dialectOf(actual)), Expr: expr, Retyped: retyped(c.Table, c.Want), Recollated: recollated(c.Table, c.Want, defaultCollation(dialectOf(actual))), Evaluated: once}, ""
	case diff.AlterCheck:
		expr, once := newColumnValues(c.Table, c.Want, c.To.Expr, dialectOf(actual))
		check := &probe.Check{Kind: probe.CheckFails, Column: onlyColumn(c.Table, expr, dialectOf(actual)), Expr: expr, Retyped: retyped(c.Table, c.Want), Recollated: recollated(c.Table, c.Want, defaultCollation(dialectOf(actual))), Evaluated: once}
		if widensInList(c.From.Expr, c.To.Expr) {
			// A select gained options: every row that passed the old check
			// passes the new one. The probe still runs, for rows an
			// unenforced check let in.
			return "add-enum-value", check, ""
		}
		return "alter-check", check, ""
	case diff.DropCheck:
		return "drop-check", nil, ""
	case diff.AddExclusion:
		return "add-exclusion", exclusionCheck(c.Table, c.Want, c.Exclusion.Def), ""
	case diff.AlterExclusion:
		return "alter-exclusion", exclusionCheck(c.Table, c.Want, c.To.Def), ""
	case diff.DropExclusion:
		return "drop-exclusion", nil, "the database stops rejecting conflicting rows: " + c.Exclusion.Def + " is no longer enforced"
	case diff.AlterTableOption:
		switch c.Option {
		case "collation":
			return "change-table-collation", nil, ""
		case diff.OptionPartitionBy:
			// PostgreSQL cannot partition a table in place, nor stop or
			// change its partitioning: nothing is rendered.
			return "change-partitioning", nil, "PostgreSQL cannot change how an existing table is partitioned in place; sync will not run it"
		case "autoincrement":
			// SQLite's AUTOINCREMENT keyword: the key stays, the numbering
			// of new rows changes.
			if c.To == "" {
				return "change-autoincrement", nil, "without AUTOINCREMENT SQLite numbers a new row after the largest key it holds: the numbers of deleted rows above it are handed out again, which readers that take ids as increasing or never reused (a sync cursor, an external reference) do not expect"
			}
			return "change-autoincrement", nil, "with AUTOINCREMENT SQLite never hands out a number twice: it numbers new rows from the largest key on and records the last number in sqlite_sequence"
		}
		return "change-table-option", nil, ""
	case diff.AlterPrimaryKey:
		if c.To == nil {
			return "alter-primary-key", nil, "the table loses its primary key"
		}
		// PostgreSQL and MySQL make every primary key column NOT NULL, so a
		// NULL key fails the change as surely as a duplicate does.
		cols, exprs, once := keyParts(c.Table, c.Want, c.To, true, dialectOf(actual))
		return "alter-primary-key", &probe.Check{Kind: probe.Duplicates, Columns: cols, Exprs: exprs, NullKeys: true, Retyped: retyped(c.Table, c.Want), Evaluated: once}, ""
	}
	return "change-other", nil, ""
}

// keyParts are the columns and expressions a duplicates probe groups the
// rows of the actual table by, for a key of the desired table want. A
// column the plan renames is read under its current name. A column the
// plan adds with a constant default holds that default in every existing
// row, so the probe groups by the constant (as text, which PostgreSQL does
// not take for a column position); the other dialects report an expression
// key not checkable, where they would otherwise fail on a missing column.
// A column added without a default is left as it is for a unique key:
// every row holds NULL there and the plan answers the check without a
// query. For a primary key (nullKeys) those NULLs fail the change, so the
// part is the NULL every row holds, which the probe counts. Where the
// dialect evaluates a non-constant default once for every existing row
// (evaluatedOnce), the part is that default too, and the third result
// lists such defaults for the probe to vet.
func keyParts(have, want *schema.Table, ix *schema.Index, nullKeys bool, dialect string) ([]string, []string, []string) {
	dflt := defaultCollation(dialect)
	cols, exprs := prefixParts(ix, ix.Columns(), partExprs(ix))
	if want == nil {
		return cols, exprs, nil
	}
	var once []string
	for i, col := range cols {
		if p := ix.Parts[i]; col == "" && p.Prefix == 0 && exprs != nil && exprs[i] != "" {
			exprs[i] = recollateExpr(have, want, exprs[i], dialect)
			continue
		}
		if p := ix.Parts[i]; col == "" && p.Prefix > 0 {
			// A prefix over a column the plan gives a new collation
			// compares its first characters under that collation.
			if hc, wc := have.Column(p.Column), want.Column(p.Column); hc != nil && wc != nil && !strings.EqualFold(wc.Collation, hc.Collation) {
				if coll := firstNonEmpty(wc.Collation, tableCollation(have, want, dflt)); coll != "" {
					exprs[i] = prefixCollated(p.Column, coll, p.Prefix)
				}
			}
			continue
		}
		if col == "" {
			continue
		}
		if hc := have.Column(col); hc != nil {
			// A collation the same plan gives the column is the one the
			// new key compares under ('Bob' and 'bob' under NOCASE).
			if wc := want.Column(col); wc != nil && !strings.EqualFold(wc.Collation, hc.Collation) {
				coll := wc.Collation
				if coll == "" {
					// Back to the table's default, which the table names,
					// or the database's (PostgreSQL's "default").
					coll = tableCollation(have, want, dflt)
				}
				if coll != "" {
					if exprs == nil {
						exprs = make([]string, len(cols))
					}
					v := quoteStd(col)
					if dialect != "mysql" && !hc.Type.Kind.IsString() && wc.Type.Kind.IsString() && wc.Type.Raw != "" {
						// A column that becomes text with the collation
						// has none yet: COLLATE on a timestamp fails.
						v = "CAST(" + v + " AS " + wc.Type.Raw + ")"
					}
					cols[i], exprs[i] = "", v+" COLLATE "+quoteStd(coll)
				}
			}
			continue
		}
		wc := want.Column(col)
		if wc == nil {
			continue
		}
		if old := renamedFrom(have, want, wc); old != "" {
			cols[i] = old
			continue
		}
		value := ""
		switch {
		case wc.Default != nil && wc.Generated == "" && IsConstantDefault(*wc.Default):
			value = "CAST((" + *wc.Default + ") AS TEXT)"
		case wc.Default != nil && wc.Generated == "" && !wc.AutoIncrement && evaluatedOnce(dialect):
			value = "CAST((" + *wc.Default + ") AS TEXT)"
			once = append(once, *wc.Default)
		case nullKeys && wc.Default == nil && wc.Generated == "" && !wc.AutoIncrement:
			value = "CAST(NULL AS TEXT)"
		}
		if value != "" {
			if exprs == nil {
				exprs = make([]string, len(cols))
			}
			cols[i], exprs[i] = "", value
		}
	}
	return cols, exprs, once
}

// newColumnValues rewrites a check of the desired table want so that it
// reads the rows of the actual table as the plan leaves them: a renamed
// column under its current name, a column the plan adds as the value every
// existing row gets (its constant default, else NULL, on which a check
// passes). Without it the probe asks for a column the table does not have
// yet and fails. A column added with any other default is left as it is,
// unless the dialect evaluates it once for every existing row
// (evaluatedOnce): then it reads as that default, which the second result
// lists for the probe to vet.
func newColumnValues(have, want *schema.Table, expr, dialect string) (string, []string) {
	if want == nil {
		return expr, nil
	}
	var once []string
	ic := identCase(dialect)
	for _, wc := range want.Columns {
		if have.Column(wc.Name) != nil {
			continue
		}
		switch old := renamedFrom(have, want, wc); {
		case old != "":
			expr = diff.ReplaceIdent(expr, wc.Name, refName(old, dialect), ic)
		case wc.Default == nil && wc.Generated == "" && !wc.AutoIncrement:
			expr = diff.ReplaceIdent(expr, wc.Name, "NULL", ic)
		case wc.Default != nil && wc.Generated == "" && IsConstantDefault(*wc.Default):
			expr = diff.ReplaceIdent(expr, wc.Name, "("+*wc.Default+")", ic)
		case wc.Default != nil && wc.Generated == "" && !wc.AutoIncrement && evaluatedOnce(dialect):
			if e := diff.ReplaceIdent(expr, wc.Name, "("+*wc.Default+")", ic); e != expr {
				expr = e
				once = append(once, *wc.Default)
			}
		}
	}
	return expr, once
}

// onlyColumn is the one column of the live table have that a check
// expression reads, "" when it reads none or several. The expression is
// the one newColumnValues gives, over live names only: a sample of a
// check over one column then shows that column's value, on every dialect.
func onlyColumn(have *schema.Table, expr, dialect string) string {
	if have == nil {
		return ""
	}
	ic := identCase(dialect)
	found := ""
	for _, c := range have.Columns {
		if !diff.Mentions(expr, c.Name, ic) {
			continue
		}
		if found != "" {
			return ""
		}
		found = c.Name
	}
	return found
}

// evaluatedOnce reports whether the dialect registered under name
// computes a non-constant default once as it adds a column and gives that
// value to every existing row (dialect.OnceEvaluator): a check can then
// read the new column as the default, and the probe reports it not
// checkable when the default turns out to be volatile.
func evaluatedOnce(name string) bool {
	d, _ := dialect.Lookup(name)
	return dialect.EvaluatesDefaultsOnce(d)
}

// foldsColumns reports whether the dialect registered under name compares
// column names without regard to case (dialect.NameFolder: SQLite, MySQL).
func foldsColumns(name string) bool {
	d, _ := dialect.Lookup(name)
	nf, ok := d.(dialect.NameFolder)
	if !ok {
		return false
	}
	_, columns := nf.FoldsNames()
	return columns
}

// identCase is how the dialect registered under name matches a column
// name written in an expression (dialect.IdentMatcher); an unknown
// dialect matches names exactly.
func identCase(name string) diff.IdentCase {
	d, _ := dialect.Lookup(name)
	return dialect.IdentCase(d)
}

// refName is column name as an expression of the dialect reads it:
// bare, except where the dialect folds a bare name to lower case
// (PostgreSQL) and the name is not a plain lower-case word: that one is
// quoted (a bare Qty would read qty).
func refName(name, dialect string) string {
	if identCase(dialect) == diff.CaseFoldUnquoted && !plainLower.MatchString(name) {
		return quoteStd(name)
	}
	return name
}

// plainLower is a name that a dialect folding bare names to lower case
// reads bare as itself.
var plainLower = regexp.MustCompile(`^[a-z_][a-z0-9_$]*$`)

// dialectOf is the dialect of the actual schema, "" without one.
func dialectOf(actual *schema.Schema) string {
	if actual == nil {
		return ""
	}
	return actual.Dialect
}

// merge joins two lists of defaults, nil when both are empty.
func merge(a, b []string) []string {
	if len(a)+len(b) == 0 {
		return nil
	}
	return append(slices.Clone(a), b...)
}

// retyped maps the live columns whose type the desired table changes to
// their new type, under their live names.
func retyped(have, want *schema.Table) map[string]schema.Type {
	if want == nil {
		return nil
	}
	var out map[string]schema.Type
	for _, wc := range want.Columns {
		name := wc.Name
		if have.Column(name) == nil {
			name = renamedFrom(have, want, wc)
		}
		hc := have.Column(name)
		if hc == nil || hc.Type.Equal(wc.Type) {
			continue
		}
		if out == nil {
			out = map[string]schema.Type{}
		}
		out[name] = wc.Type
	}
	return out
}

// recollation is a column whose collation the desired table changes: its
// desired and live names and the collation it gets.
type recollation struct{ want, live, coll string }

// recollations lists the columns whose collation the desired table
// changes. A column going back to the table's default collation gets the
// one the table names, or the database's (dflt); one whose collation is
// then unknown is left out.
func recollations(have, want *schema.Table, dflt string) []recollation {
	if want == nil {
		return nil
	}
	var out []recollation
	for _, wc := range want.Columns {
		name := wc.Name
		if have.Column(name) == nil {
			name = renamedFrom(have, want, wc)
		}
		hc := have.Column(name)
		if hc == nil || strings.EqualFold(hc.Collation, wc.Collation) {
			continue
		}
		if coll := firstNonEmpty(wc.Collation, tableCollation(have, want, dflt)); coll != "" {
			out = append(out, recollation{want: wc.Name, live: name, coll: coll})
		}
	}
	return out
}

// recollated maps the live columns whose collation the desired table
// changes to the new collation, under their live names.
func recollated(have, want *schema.Table, dflt string) map[string]string {
	var out map[string]string
	for _, r := range recollations(have, want, dflt) {
		if out == nil {
			out = map[string]string{}
		}
		out[r.live] = r.coll
	}
	return out
}

// renamedFrom is the actual column a desired column is declared to have
// been (previously:), or "".
func renamedFrom(have, want *schema.Table, wc *schema.Column) string {
	for _, old := range wc.Previously {
		if have.Column(old) != nil && want.Column(old) == nil {
			return old
		}
	}
	return ""
}

// recollateExpr rewrites a key expression of the desired table want so
// that each column the plan gives a new collation reads under it, as the
// index PostgreSQL builds after the change does: an expression over a
// column takes the column's collation (name || '-' makes 'a-' and 'A-'
// one value under a case-insensitive one). Other dialects are
// left alone: SQLite's expressions do not take a column's collation, and
// MySQL's probe cannot read the standard quoting.
func recollateExpr(have, want *schema.Table, expr, dialect string) string {
	if dialect != "postgres" {
		return expr
	}
	for _, r := range recollations(have, want, defaultCollation(dialect)) {
		expr = diff.ReplaceIdent(expr, r.want, "("+quoteStd(r.live)+" COLLATE "+quoteStd(r.coll)+")", identCase(dialect))
	}
	return expr
}

// partExprs lists the expression of each key part that is not a plain
// column, "" for the others; nil when every part is a column.
func partExprs(ix *schema.Index) []string {
	var out []string
	for i, p := range ix.Parts {
		if p.Column == "" && p.Expr != "" {
			if out == nil {
				out = make([]string, len(ix.Parts))
			}
			out[i] = p.Expr
		}
	}
	return out
}

// prefixParts turns the MySQL prefix parts of a key (title(6)) into
// expressions: the key compares only the first characters, and counting
// whole values would miss the duplicates. The expression is MySQL's.
func prefixParts(ix *schema.Index, cols, exprs []string) ([]string, []string) {
	for i, p := range ix.Parts {
		if p.Column == "" || p.Prefix == 0 {
			continue
		}
		if exprs == nil {
			exprs = make([]string, len(cols))
		}
		exprs[i] = fmt.Sprintf("LEFT(`%s`, %d)", strings.ReplaceAll(cols[i], "`", "``"), p.Prefix)
		cols[i] = ""
	}
	return cols, exprs
}

// prefixCollated is MySQL's prefix key part col(n) under collation coll:
// its first n characters, converted to the collation's character set. A
// collation name that cannot go into SQL gives an expression in standard
// quoting, which the MySQL probe reports not checkable.
func prefixCollated(col, coll string, n int) string {
	if !sqlName.MatchString(coll) {
		return fmt.Sprintf("LEFT(%s COLLATE %s, %d)", quoteStd(col), quoteStd(coll), n)
	}
	cs, _, _ := strings.Cut(coll, "_")
	return fmt.Sprintf("LEFT(CONVERT(`%s` USING %s) COLLATE %s, %d)", strings.ReplaceAll(col, "`", "``"), cs, coll, n)
}

// sqlName is the form of a collation name that may be put into SQL.
var sqlName = regexp.MustCompile(`^[A-Za-z0-9_]+$`)

func modifyRule(c diff.ModifyColumn, actual *schema.Schema) (string, *probe.Check, string) {
	col := c.From.Name
	switch c.Aspect {
	case diff.KindSetNotNull:
		return "set-not-null", &probe.Check{Kind: probe.Nulls, Column: col}, ""
	case diff.KindDropNotNull:
		return "drop-not-null", nil, ""
	case diff.KindSetDefault:
		return "set-default", nil, ""
	case diff.KindChangeDefault:
		return "change-default", nil, ""
	case diff.KindDropDefault:
		return "drop-default", nil, ""
	case diff.KindAlterEnum:
		from, to := c.From.Type.Values, c.To.Type.Values
		if insertsOnly(from, to) {
			return "add-enum-value", nil, ""
		}
		return "remove-enum-value", &probe.Check{Kind: probe.NotInValues, Column: col, Values: to, From: c.From.Type, To: c.To.Type}, ""
	case diff.KindAlterType:
		if d := c.To.Type.Domain; d != nil && d.Over(c.From.Type.Raw) {
			// A column becoming a PostgreSQL domain over its own type (or
			// over the domain it has) keeps every value, and the ALTER
			// fails on any row the domain's NOT NULL or checks refuse, or
			// those of the domains it is over (a domain whose base is
			// another domain): count those, reading the value as the base
			// type under them all.
			flat := d.Flat()
			holds := domainHolds(diff.ModifyColumn{Table: c.Table, From: &schema.Column{Name: col, Type: schema.Type{Domain: &schema.Domain{Base: flat.Base}}},
				To: &schema.Column{Name: c.To.Name, Type: schema.Type{Raw: c.To.Type.Raw, Domain: flat}}})
			if holds == "" {
				return "convert-type", nil, "the column becomes domain " + c.To.Type.Raw + " over its own type, which has no constraint"
			}
			return "convert-type", &probe.Check{Kind: probe.CheckFails, Column: col, Expr: holds}, ""
		}
		from, to := storedType(c.From, actual), storedType(c.To, actual)
		if !c.To.AutoIncrement {
			to = c.To.Type
		}
		code := TypeChange(from, to)
		conds := probe.FitConds(from, to)
		if code == "widen-length" && from.Kind == schema.KindBytes {
			// Every byte string still fits; nothing converts.
			conds = nil
		}
		if heldAsIs(c.From, to, actual) {
			// Numeric affinity keeps what it cannot convert: an INTEGER
			// column holds 'abc' and 1.5 as they are, which the new type,
			// in its portable meaning, holds no more than a TEXT column's
			// values. Count them as TEXT -> the new type does.
			conds = appendNew(conds, probe.FitConds(schema.Type{Kind: schema.KindText, Raw: "TEXT"}, to))
		}
		if code == "change-type-unclear" && len(conds) == 0 && dialectOf(actual) != "sqlite" {
			// Nothing says what the cast does to a value (numeric to money
			// rounds to cents without a word): not checkable, so --force
			// does not run it. SQLite's rebuild keeps every value, and its
			// dialect re-checks the keys and checks the new type touches.
			conds = []probe.Cond{{Kind: probe.Unclear}}
		}
		if len(conds) > 0 && dialectOf(actual) == "sqlite" && schema.SQLiteAffinity(c.To.Type.Raw) == "NUMERIC" && keepsText(c) {
			// The rebuild stores text that spells a number as the number:
			// one of more digits than a double keeps loses them
			// ('12345678901234567.89' becomes 12345678901234568).
			conds = append(conds, probe.Cond{Kind: probe.NumberText})
		}
		note := ""
		if declared := TypeChange(c.From.Type, c.To.Type); code == "change-display-width" && declared != code {
			// Both sides read as the stored BIGINT look alike; the
			// declarations differ (INTEGER -> BIGINT on SQLite), and
			// the rebuild that changes them is graded by them.
			code = declared
		} else if declared != code && from.Kind == schema.KindDecimal && (declared == "widen-precision" || declared == "widen-type") {
			// A decimal widened by its declaration: the rebuild keeps
			// every value as it is (SQLite enforces no precision, and
			// values beyond the old declaration stay beyond it), so the
			// change is graded, and checked, by its declarations.
			code, conds = declared, probe.FitConds(c.From.Type, c.To.Type)
		} else if declared != code && from.Kind == schema.KindDecimal {
			note = fmt.Sprintf("SQLite enforces no precision or scale: %s holds any number, so the change is graded by what the column can hold (%s), not by its declaration (%s)", c.From.Type.Raw, code, declared)
		} else if declared != code {
			note = fmt.Sprintf("SQLite enforces no integer size: %s holds any 64-bit integer, so the change is graded by what the column can hold (%s), not by its declaration (%s)", c.From.Type.Raw, code, declared)
		}
		if n := paddingNote(from, to); n != "" {
			note = joinNotes(note, n)
		}
		if code == "widen-fraction" && dialectOf(actual) == "mysql" {
			// MariaDB 10.11 changes a DATETIME, TIMESTAMP or TIME precision
			// only with ALGORITHM=COPY: every value fits, but the table is
			// copied under lock.
			code, note = "widen-type", "MariaDB copies the table (ALGORITHM=COPY) to change a fractional second precision"
		}
		if code == "widen-type" && (from.Kind == schema.KindFloat || from.Kind == schema.KindDouble) && from.Precision > 0 && to.Precision == 0 && to.Scale == 0 {
			// MySQL's FLOAT(M,D) stores a plain float (rounded to D places
			// when written): dropping (M,D) copies its bits as they are
			// (compared as DOUBLE and DECIMAL(30,15) before and after the
			// ALTER on MariaDB 10.11), but readers stop getting it printed
			// with D places.
			seen := fmt.Sprintf("%s keeps every stored value bit for bit, but readers get it printed as %s prints it, no longer with %d decimal places: ", c.To.Type.Raw, c.To.Type.Raw, from.Scale)
			if to.Kind == schema.KindFloat {
				seen += "a FLOAT shows 6 significant digits (999.9999 in FLOAT(7,4) reads as 1000, -123.4567 as -123.457)"
			} else {
				seen += "a DOUBLE shows every digit of the binary value (12.3456 in FLOAT(7,4) reads as 12.345600128173828, -0.001 in DOUBLE(10,3) as -0.0010000000000000009)"
			}
			note = joinNotes(note, seen+"; check readers that compare or display the text")
		}
		if cs := newCharset(c); cs != "" {
			// The byte limit of the new text type holds the value in its
			// new character set ('é' is one byte in latin1, two in utf8mb4).
			for i := range conds {
				if conds[i].Kind == probe.TooLongBytes {
					conds[i].Charset = cs
				}
			}
		}
		if fks := keptFKs(c, fksOver(c.Table, col), actual); len(fks) > 0 && actual != nil && actual.Dialect == "mysql" {
			// MariaDB refuses to retype a column a foreign key uses, so the
			// plan drops each key over it and adds it back, which checks
			// every row: rows written under foreign_key_checks=0 that point
			// nowhere fail it, as do the values the new type cannot hold
			// (the MODIFY fails first), each row once.
			fk := fks[0]
			check := &probe.Check{Kind: probe.Orphans, Columns: fk.Columns, RefSchema: fk.RefSchema, RefTable: fk.RefTable, RefColumns: fk.RefColumns}
			for _, o := range fks[1:] {
				check.MoreFKs = append(check.MoreFKs, probe.ForeignKey{Columns: o.Columns, RefSchema: o.RefSchema, RefTable: o.RefTable, RefColumns: o.RefColumns})
			}
			if ch := childOrphans(c, actual); ch != nil {
				// Other tables' keys that reference the column are lifted
				// around the change too, and their rows checked again when
				// they are added back: their orphans fail it as well.
				check.Table = c.Table.Name
				check.MoreFKs = append(check.MoreFKs, probe.ForeignKey{Table: ch.Table, Columns: ch.Columns, RefSchema: ch.RefSchema, RefTable: ch.RefTable, RefColumns: ch.RefColumns})
				for _, m := range ch.MoreFKs {
					m.Table = firstNonEmpty(m.Table, ch.Table)
					check.MoreFKs = append(check.MoreFKs, m)
				}
			}
			if len(conds) > 0 {
				check.Column, check.From, check.To, check.Conds = col, c.From.Type, c.To.Type, conds
			}
			return code, check, ""
		}
		if len(conds) == 0 {
			if check := childOrphans(c, actual); check != nil {
				return code, check, note
			}
			return code, nil, note
		}
		if check := childOrphans(c, actual); check != nil {
			// The parent's own values that do not fit fail the MODIFY,
			// and the children's orphans the key added back after it: the
			// check scans the parent for the first, and counts the second
			// as the keys of other tables.
			more := []probe.ForeignKey{{Table: check.Table, Columns: check.Columns, RefSchema: check.RefSchema, RefTable: check.RefTable, RefColumns: check.RefColumns}}
			for _, m := range check.MoreFKs {
				m.Table = firstNonEmpty(m.Table, check.Table)
				more = append(more, m)
			}
			return code, &probe.Check{Kind: probe.Orphans, Table: c.Table.Name, Column: col, From: c.From.Type, To: c.To.Type, Conds: conds, MoreFKs: more}, note
		}
		return code, &probe.Check{Kind: probe.Fit, Column: col, From: c.From.Type, To: c.To.Type, Conds: conds}, note
	}
	switch c.Detail {
	case diff.DetailDomainConstraints:
		if holds := domainHolds(c); holds != "" {
			return "add-domain-constraint", &probe.Check{Kind: probe.CheckFails, Column: col, Expr: holds}, ""
		}
		return "drop-domain-constraint", nil, ""
	case diff.DetailDomainDefault:
		return domainDefaultRule(c)
	case diff.DetailDomainBase:
		return "change-other", nil, fmt.Sprintf("the base type of domain %s changes from %s to %s", c.From.Type.Raw, c.From.Type.Domain.Base, c.To.Type.Domain.Base)
	case "autoincrement":
		return "change-autoincrement", nil, ""
	case "collation":
		// A column at the table's default collation has none of its own:
		// compare the collations it has and gets.
		from := firstNonEmpty(c.From.Collation, c.Table.Options["collation"])
		to := firstNonEmpty(c.To.Collation, c.Table.Options["collation"])
		var conds []probe.Cond
		note := ""
		if cs := narrowedCharset(from, to); cs != "" {
			conds = append(conds, probe.Cond{Kind: probe.Unrepresentable, Charset: cs})
			note = "the character set changes to " + cs
		}
		if cs := newCharset(c); cs != "" && c.To.Type.MaxBytes > 0 {
			// MySQL's TINYTEXT/TEXT/MEDIUMTEXT limits are bytes, and the
			// value is re-encoded: 200 'é' are 200 bytes in latin1 and 400
			// in utf8mb4, beyond a TINYTEXT.
			conds = append(conds, probe.Cond{Kind: probe.TooLongBytes, Length: c.To.Type.MaxBytes, Charset: cs})
		}
		dups := collationCheck(c, dialectOf(actual), defaultCollation(dialectOf(actual)))
		fks := keptFKs(c, fksOver(c.Table, c.From.Name), actual)
		if len(fks) > 0 && dups == nil && mysqlCharset(to) != "" {
			fk := fks[0]
			// MariaDB refuses to change a column a foreign key uses (errors
			// 1832/1833, even with foreign_key_checks=0), so the plan drops
			// the key and adds it back, which checks every row again with
			// every column of the key under its new collation: 'FR' no
			// longer finds 'fr' under a _bin one. (PostgreSQL and SQLite
			// do not recheck it.)
			check := &probe.Check{Kind: probe.Orphans, Columns: fk.Columns, RefSchema: fk.RefSchema, RefTable: fk.RefTable,
				RefColumns: fk.RefColumns, MatchFull: fk.MatchFull}
			check.MoreFKs, check.Recollated = moreFKs(c, fks, to)
			if len(conds) > 0 {
				// A value the new character set cannot hold fails the
				// MODIFY before the key is checked: those rows count too.
				check.Column, check.From, check.To, check.Conds = col, c.From.Type, c.To.Type, conds
			}
			return "change-collation", check, note
		}
		if len(fks) > 0 && dups != nil && mysqlCharset(to) != "" {
			// The column is in a unique key and foreign keys: the
			// grouping also counts the keys' orphans, each once.
			fk := fks[0]
			dups.FKColumns, dups.RefSchema, dups.RefTable, dups.RefColumns = fk.Columns, fk.RefSchema, fk.RefTable, fk.RefColumns
			dups.MoreFKs, dups.Recollated = moreFKs(c, fks, to)
		}
		switch {
		case len(conds) > 0 && dups != nil:
			// Both fail the rebuild: the values the new character set
			// cannot hold, and duplicates among the others.
			dups.Column, dups.From, dups.To, dups.Conds = col, c.From.Type, c.To.Type, conds
			return "change-collation", dups, note
		case len(conds) > 0:
			return "change-collation", &probe.Check{Kind: probe.Fit, Column: col, From: c.From.Type, To: c.To.Type, Conds: conds}, note
		}
		return "change-collation", dups, ""
	case "generated expression":
		if c.To.Generated == "" {
			return "change-generated", nil, ""
		}
		// Every row computes the new expression: the probe evaluates it on
		// each row, so an expression that fails on some row (a division by
		// zero) makes the probe fail and keeps the change from being forced
		// through.
		check := computes(c.To.Generated)
		if fits := storedFits(c.To, actual); fits != "" {
			// A STORED column's new values are stored, and must fit its type.
			check.Expr = "(" + check.Expr + ") AND (" + fits + ")"
		}
		return "change-generated", check, ""
	}
	return "change-other", nil, c.Detail + " changes"
}

// storedType is the type whose values column col can hold. SQLite
// enforces no integer size or sign: an INTEGER, SMALLINT or INT UNSIGNED
// column holds any 64-bit integer, and the rowid (INTEGER PRIMARY KEY,
// AutoIncrement on SQLite) is one whatever the key was declared. A type
// change is then judged by what a BIGINT holds: INTEGER -> DOUBLE rounds
// 2^53 + 1, SMALLINT -> INTEGER may meet 5000000000, which the new type's
// declared range does not hold (docs/doctypes.md). A BIGINT UNSIGNED
// keeps its declaration, which reaches further.
//
// Nor does it enforce a decimal's precision or scale: a DECIMAL(5,2)
// column holds 123456.789, so it is judged as an unbounded DECIMAL, whose
// values a DECIMAL(7,2) may not hold.
func storedType(col *schema.Column, actual *schema.Schema) schema.Type {
	t := col.Type
	if actual == nil || actual.Dialect != "sqlite" {
		return t
	}
	if t.Kind == schema.KindDecimal && (t.Precision > 0 || t.Scale != 0) {
		return schema.Type{Kind: schema.KindDecimal, Raw: "DECIMAL", Unsigned: t.Unsigned}
	}
	if !t.Kind.IsInteger() || t.Kind == schema.KindBigInt && t.Unsigned {
		return t
	}
	return schema.Type{Kind: schema.KindBigInt, Raw: "BIGINT"}
}

// domainDefaultRule grades a new DEFAULT of a PostgreSQL domain: ALTER
// DOMAIN changes only the catalog, no existing row changes, and rows
// inserted afterwards without a value in a column of the domain get the
// new default, unless the column has a default of its own.
func domainDefaultRule(c diff.ModifyColumn) (string, *probe.Check, string) {
	from, to := c.From.Type.Domain.Default, c.To.Type.Domain.Default
	code, what := "change-default", fmt.Sprintf("the default of domain %s changes from %s to %s", c.From.Type.Raw, from, to)
	switch {
	case from == "":
		code, what = "set-default", fmt.Sprintf("domain %s gets the default %s", c.From.Type.Raw, to)
	case to == "":
		code, what = "drop-default", fmt.Sprintf("domain %s loses its default %s", c.From.Type.Raw, from)
	}
	switch {
	case c.To.Default != nil:
		return code, nil, what + "; no existing row changes, and this column keeps its own default " + *c.To.Default
	case to == "" && c.To.Type.Domain.Flat().NotNull:
		return code, nil, what + "; no existing row changes, but inserts without a value for this column now fail on the domain's NOT NULL"
	case to == "":
		return code, nil, what + "; no existing row changes, but rows inserted afterwards without a value for this column get NULL"
	}
	return code, nil, what + "; no existing row changes, but rows inserted afterwards without a value for this column get the new default"
}

// heldAsIs reports whether column col of the actual schema may hold values
// its declared type does not describe, which a change to the numeric type
// to must be checked for: SQLite's INTEGER, REAL and NUMERIC affinities
// keep text that does not read as a number, and blobs, as they are, and
// INTEGER and NUMERIC affinity keep a real with a fraction. A BOOLEAN
// column has NUMERIC affinity and holds any of them too, and any number
// (-128 or 5000000000, which a DECIMAL(2,0) or an INTEGER does not hold).
func heldAsIs(col *schema.Column, to schema.Type, actual *schema.Schema) bool {
	return actual != nil && actual.Dialect == "sqlite" && (col.Type.Kind.IsNumeric() || col.Type.Kind == schema.KindBool) && to.Kind.IsNumeric() && !col.AutoIncrement
}

// keepsText reports whether the SQLite column c changes may hold text
// that spells a number: a TEXT or BLOB affinity keeps it as it was
// given, and so does a STRICT table's ANY column; a numeric affinity
// converted it when it was written.
func keepsText(c diff.ModifyColumn) bool {
	switch schema.SQLiteAffinity(c.From.Type.Raw) {
	case "TEXT", "BLOB":
		return true
	}
	return strings.EqualFold(c.From.Type.Raw, "ANY") && c.Table.Options["strict"] == "true"
}

// appendNew appends to conds each condition of more it does not hold yet.
func appendNew(conds, more []probe.Cond) []probe.Cond {
	for _, m := range more {
		if !slices.ContainsFunc(conds, func(c probe.Cond) bool { return reflect.DeepEqual(c, m) }) {
			conds = append(conds, m)
		}
	}
	return conds
}

// domainHolds is the condition a row's value in the column meets under
// the constraints the domain gains (a new NOT NULL or check), in
// PostgreSQL's SQL, or "" when it gains none and only loosens. A check
// reads the value as VALUE of the base type, as the domain's does, from a
// subquery where nothing else is in scope; NULL passes a check and only a
// false result counts, as when ALTER DOMAIN validates the column.
func domainHolds(c diff.ModifyColumn) string {
	from, to := c.From.Type.Domain, c.To.Type.Domain
	have := map[string]int{}
	for _, e := range from.Checks {
		have[e]++
	}
	var added []string
	for _, e := range to.Checks {
		if have[e] > 0 {
			have[e]--
			continue
		}
		added = append(added, "("+e+")")
	}
	col := quoteStd(c.From.Name)
	var conds []string
	if to.NotNull && !from.NotNull {
		conds = append(conds, col+" IS NOT NULL")
	}
	if len(added) > 0 {
		conds = append(conds, fmt.Sprintf("(SELECT %s FROM (SELECT CAST(%s AS %s) AS value) AS sg_domain)",
			strings.Join(added, " AND "), col, to.Base))
	}
	return strings.Join(conds, " AND ")
}

// storedFits is a condition that holds when the value of the stored
// generated column col fits its type (an integer's range, a string's
// length, a decimal's digits), or "" when there is none to check: a
// virtual column is computed when read, not when added. MySQL and
// PostgreSQL both compute every row's value as the column is added and
// refuse one the type cannot hold ("integer out of range", "value too
// long for type character varying(3)", "numeric field overflow").
func storedFits(col *schema.Column, actual *schema.Schema) string {
	if actual == nil || !col.GeneratedStored {
		return ""
	}
	g := "(" + col.Generated + ")"
	t := col.Type
	if actual.Dialect == "postgres" {
		// The expression's value is assigned to the column's type: an
		// integer is range-checked after rounding a numeric one, a varchar
		// refuses what is too long (trailing blanks are cut, which is a
		// change too), a numeric rounds to its scale and refuses what has
		// too many digits. The ::numeric and ::text casts make the test
		// valid whatever type the expression has.
		switch {
		case t.Kind.IsInteger():
			if min, max, ok := t.IntRange(); ok {
				return fmt.Sprintf("%s IS NULL OR round(%s::numeric) BETWEEN %s AND %s", g, g, min, max)
			}
		case t.Kind == schema.KindString && t.Length > 0:
			return fmt.Sprintf("%s IS NULL OR char_length(%s::text) <= %d", g, g, t.Length)
		case t.Kind == schema.KindDecimal && t.Precision > 0:
			return fmt.Sprintf("%s IS NULL OR abs(round(%s::numeric, %d)) < 1e%d", g, g, t.Scale, t.Precision-t.Scale)
		}
		return ""
	}
	if actual.Dialect != "mysql" {
		return ""
	}
	switch {
	case t.Kind.IsInteger():
		if min, max, ok := t.IntRange(); ok {
			// Stored rounded: 127.5 does not fit a TINYINT.
			return fmt.Sprintf("%s IS NULL OR ROUND(%s) BETWEEN %s AND %s", g, g, min, max)
		}
	case t.Kind == schema.KindString && t.Length > 0:
		return fmt.Sprintf("%s IS NULL OR CHAR_LENGTH(%s) <= %d", g, g, t.Length)
	case t.Kind == schema.KindText && t.MaxBytes > 0:
		return fmt.Sprintf("%s IS NULL OR LENGTH(%s) <= %d", g, g, t.MaxBytes)
	case t.Kind == schema.KindDecimal && t.Precision > 0:
		return fmt.Sprintf("%s IS NULL OR ABS(ROUND(%s, %d)) < 1e%d", g, g, t.Scale, t.Precision-t.Scale)
	}
	return ""
}

// indexComputes is, for an index over expressions or with a predicate,
// a check whose probe fails where building the index fails: the predicate
// is evaluated on every row, the expressions on the rows it covers
// (CREATE INDEX ON m ((a / b)) fails on a row where b is 0). It is nil for
// an index on plain columns, which nothing in the rows can make fail.
func indexComputes(ix *schema.Index, have, want *schema.Table, dialect string) *probe.Check {
	var exprs []string
	for _, p := range ix.Parts {
		if p.Expr != "" {
			g := "(" + p.Expr + ")"
			exprs = append(exprs, "("+g+" IS NULL OR "+g+" IS NOT NULL)")
		}
	}
	if len(exprs) == 0 && ix.Where == "" {
		return nil
	}
	all := "true"
	if len(exprs) > 0 {
		all = strings.Join(exprs, " AND ")
	}
	if ix.Where != "" {
		all = "CASE WHEN (" + ix.Where + ") IS NOT TRUE THEN true ELSE " + all + " END"
	}
	expr, once := newColumnValues(have, want, all, dialect)
	return &probe.Check{Kind: probe.CheckFails, Expr: expr, Evaluated: once}
}

// computes is a check that holds on every row where expr can be computed:
// its probe fails exactly when evaluating expr fails on some row.
func computes(expr string) *probe.Check {
	g := "(" + expr + ")"
	return &probe.Check{Kind: probe.CheckFails, Expr: g + " IS NULL OR " + g + " IS NOT NULL"}
}

// mysqlCharsets are the character sets a MySQL collation name starts with
// (utf8mb4_bin); unicode marks those that hold every character.
var mysqlCharsets = map[string]bool{
	"utf8mb4": true, "utf16": true, "utf16le": true, "utf32": true,
	"utf8mb3": false, "utf8": false, "ucs2": false, "latin1": false, "latin2": false, "latin5": false,
	"latin7": false, "ascii": false, "cp1250": false, "cp1251": false, "cp1256": false, "cp1257": false,
	"cp850": false, "cp852": false, "cp866": false, "greek": false, "hebrew": false, "koi8r": false,
	"koi8u": false, "gbk": false, "gb2312": false, "gb18030": false, "big5": false, "sjis": false,
	"cp932": false, "ujis": false, "eucjpms": false, "euckr": false, "tis620": false, "swe7": false,
	"armscii8": false, "geostd8": false, "keybcs2": false, "macce": false, "macroman": false,
	"dec8": false, "hp8": false, "binary": false,
}

// narrowedCharset is the new character set when a collation change moves a
// column to a character set that may not hold every character of the old
// one (utf8mb4 to latin1), else "". Only MySQL collations name a
// character set; PostgreSQL and SQLite collations never change what text
// a column can store.
func narrowedCharset(from, to string) string {
	cs := func(coll string) (string, bool) {
		name, _, _ := strings.Cut(strings.ToLower(coll), "_")
		_, ok := mysqlCharsets[name]
		return name, ok
	}
	f, ok1 := cs(from)
	t, ok2 := cs(to)
	if !ok1 || !ok2 || f == t || f == "ascii" || mysqlCharsets[t] || (f == "utf8" && t == "utf8mb3") || (f == "utf8mb3" && t == "utf8") {
		return ""
	}
	return t
}

// fksOver are the foreign keys of t that have column col. A column may be
// in several (t.c references both p1(code) and p2(code)), and MariaDB
// checks each one again after a collation change: a value can match p1's
// row and miss p2's.
func fksOver(t *schema.Table, col string) []*schema.ForeignKey {
	var out []*schema.ForeignKey
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, col) {
			out = append(out, fk)
		}
	}
	return out
}

// keptFKs are the keys of fks the desired table keeps (same name, parent,
// columns and parent columns): the plan adds those back around the change;
// a key it drops or alters is that change's, and is not checked again
// here. A key that keeps its name and parent but moves to other columns
// is a new key, whose orphans its own AddForeignKey counts: the old key is
// dropped, not added back.
func keptFKs(c diff.ModifyColumn, fks []*schema.ForeignKey, actual *schema.Schema) []*schema.ForeignKey {
	if c.Want == nil {
		return fks
	}
	var out []*schema.ForeignKey
	for _, fk := range fks {
		if fk.Name == "" || slices.ContainsFunc(c.Want.ForeignKeys, func(w *schema.ForeignKey) bool {
			return strings.EqualFold(w.Name, fk.Name) && strings.EqualFold(w.RefTable, fk.RefTable) && sameKeyColumns(c, fk, w, actual)
		}) {
			out = append(out, fk)
		}
	}
	return out
}

// sameKeyColumns reports whether the desired key w uses the columns of the
// live key fk, under the names a declared rename gives them. A parent
// column the live parent does not have is taken for a renamed one: the
// child's desired table does not say what its parent's renames are.
func sameKeyColumns(c diff.ModifyColumn, fk, w *schema.ForeignKey, actual *schema.Schema) bool {
	if len(w.Columns) != len(fk.Columns) || len(w.RefColumns) != len(fk.RefColumns) {
		return false
	}
	for i, name := range w.Columns {
		if strings.EqualFold(name, fk.Columns[i]) {
			continue
		}
		if wc := c.Want.Column(name); wc == nil || !containsFold(wc.Previously, fk.Columns[i]) {
			return false
		}
	}
	parent := liveParent(actual, c.Table, fk)
	for i, name := range w.RefColumns {
		if !strings.EqualFold(name, fk.RefColumns[i]) && parent != nil && columnFold(parent, name) {
			return false
		}
	}
	return true
}

// liveParent is the live table fk references, or nil.
func liveParent(actual *schema.Schema, t *schema.Table, fk *schema.ForeignKey) *schema.Table {
	if actual == nil {
		return nil
	}
	ns := firstNonEmpty(fk.RefSchema, t.Schema)
	for _, p := range actual.Tables {
		if p.Schema == ns && strings.EqualFold(p.Name, fk.RefTable) {
			return p
		}
	}
	return nil
}

func columnFold(t *schema.Table, name string) bool {
	return slices.ContainsFunc(t.Columns, func(c *schema.Column) bool { return strings.EqualFold(c.Name, name) })
}

// childOrphans is, on MySQL, a check that counts the rows of other tables
// whose foreign keys reference the column c retypes, and point nowhere:
// MariaDB refuses to change a referenced column (error 1833), so the plan
// drops those keys and adds them back, which checks every row, and rows
// written under foreign_key_checks=0 fail it after the DROP has run. It
// scans the first child table; the keys of the others are MoreFKs with
// their table. It is nil when no other table references the column.
func childOrphans(c diff.ModifyColumn, actual *schema.Schema) *probe.Check {
	if actual == nil || actual.Dialect != "mysql" {
		return nil
	}
	var check *probe.Check
	for _, t := range actual.Tables {
		for _, fk := range t.ForeignKeys {
			if t.Name == c.Table.Name && containsFold(fk.Columns, c.From.Name) {
				continue // a key over the column itself is counted by its own change
			}
			if fk.RefSchema != "" && fk.RefSchema != c.Table.Schema || !strings.EqualFold(fk.RefTable, c.Table.Name) || !containsFold(fk.RefColumns, c.From.Name) {
				continue
			}
			if check == nil {
				check = &probe.Check{Kind: probe.Orphans, Table: t.Name, Columns: fk.Columns, RefSchema: fk.RefSchema, RefTable: fk.RefTable, RefColumns: fk.RefColumns}
				continue
			}
			more := probe.ForeignKey{Columns: fk.Columns, RefSchema: fk.RefSchema, RefTable: fk.RefTable, RefColumns: fk.RefColumns}
			if t.Name != check.Table {
				more.Table = t.Name
			}
			check.MoreFKs = append(check.MoreFKs, more)
		}
	}
	return check
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

// moreFKs are the keys of fks after the first, as a check counts their
// orphans, and the new collations of the columns of every key in fks
// (a column has one new collation whichever key it is in).
func moreFKs(c diff.ModifyColumn, fks []*schema.ForeignKey, to string) ([]probe.ForeignKey, map[string]string) {
	colls := map[string]string{}
	var more []probe.ForeignKey
	for i, fk := range fks {
		maps.Copy(colls, fkCollations(c, fk, to))
		if i > 0 {
			more = append(more, probe.ForeignKey{Columns: fk.Columns, RefSchema: fk.RefSchema, RefTable: fk.RefTable,
				RefColumns: fk.RefColumns, MatchFull: fk.MatchFull})
		}
	}
	return more, colls
}

// fkCollations maps each column of the foreign key fk whose collation the
// plan changes to its new one: col's is to, the others' come from the
// desired table (c.Want), since the key is checked once, after every
// column of it has changed.
func fkCollations(c diff.ModifyColumn, fk *schema.ForeignKey, to string) map[string]string {
	out := map[string]string{c.From.Name: to}
	if c.Want == nil {
		return out
	}
	for _, n := range fk.Columns {
		if n == c.From.Name {
			continue
		}
		hc, wc := c.Table.Column(n), c.Want.Column(n)
		if hc == nil || wc == nil {
			continue
		}
		from := firstNonEmpty(hc.Collation, c.Table.Options["collation"])
		next := firstNonEmpty(wc.Collation, c.Want.Options["collation"])
		if next != "" && !strings.EqualFold(from, next) && mysqlCharset(next) != "" {
			out[n] = next
		}
	}
	return out
}

// mysqlCharset is the MySQL character set a collation name starts with
// (utf8mb4 for utf8mb4_bin), or "" for a name that is not a MySQL
// collation.
func mysqlCharset(coll string) string {
	name, _, _ := strings.Cut(strings.ToLower(coll), "_")
	if _, ok := mysqlCharsets[name]; !ok {
		return ""
	}
	if name == "utf8" {
		return "utf8mb3"
	}
	return name
}

// newCharset is the MySQL character set a column change moves the column
// to, or "" when it keeps its character set. A column at the table's
// default collation has none of its own.
func newCharset(c diff.ModifyColumn) string {
	from := mysqlCharset(firstNonEmpty(c.From.Collation, c.Table.Options["collation"]))
	to := mysqlCharset(firstNonEmpty(c.To.Collation, c.Table.Options["collation"]))
	if from == "" || to == "" || from == to {
		return ""
	}
	return to
}

// collationCheck asks for the duplicates that a unique key over the column
// would find once its values compare under the new collation ('a' and 'A'
// collide under a case-insensitive one, and the rebuild of the key fails).
// The column becomes the key part "col" COLLATE "new", in standard SQL; a
// dialect that cannot group by it reports the check as not checkable, which
// keeps sync --force from applying the change unchecked. nil when no
// unique key covers the column.
//
// Every unique key and the primary key over the column are built again,
// and a duplicate in any of them fails the change: the first is the
// check's own key, the others its MoreKeys, and the probe adds up what
// each finds.
func collationCheck(c diff.ModifyColumn, dialect, dflt string) *probe.Check {
	var first *probe.Check
	for _, ck := range collationChecks(c, dialect, dflt) {
		if first == nil {
			first = ck
			continue
		}
		first.MoreKeys = append(first.MoreKeys, probe.UniqueKey{Columns: ck.Columns, Exprs: ck.Exprs, Where: ck.Expr, NullsEqual: ck.NullsEqual})
	}
	return first
}

// collationChecks is one duplicates check for each unique key over the
// column c changes the collation of, in the order of collationCheck.
func collationChecks(c diff.ModifyColumn, dialect, dflt string) []*probe.Check {
	var out []*probe.Check
	keys := c.Table.Indexes
	if c.Table.PrimaryKey != nil {
		keys = append([]*schema.Index{c.Table.PrimaryKey}, keys...)
	}
	for _, ix := range keys {
		if !ix.Unique && ix != c.Table.PrimaryKey {
			continue
		}
		cols := ix.Columns()
		at := -1
		for i, col := range cols {
			if col == c.From.Name {
				at = i
			}
		}
		if at < 0 {
			if ck := collatedExprKey(c, ix, dflt, identCase(dialect)); ck != nil {
				out = append(out, ck)
			} else if ck := uncountedExprKey(c, ix, dialect); ck != nil {
				out = append(out, ck)
			}
			continue
		}
		cols, exprs := prefixParts(ix, cols, partExprs(ix))
		if exprs == nil {
			exprs = make([]string, len(cols))
		}
		cols[at] = ""
		// Back to the table's default collation, which the table names;
		// else the database's (PostgreSQL's "default"); else the
		// dialect's default, which has no portable name: not checkable.
		coll := firstNonEmpty(c.To.Collation, firstNonEmpty(c.Table.Options["collation"], dflt))
		switch {
		case coll != "" && ix.Parts[at].Prefix > 0:
			exprs[at] = prefixCollated(c.From.Name, coll, ix.Parts[at].Prefix)
		case coll != "":
			exprs[at] = quoteStd(c.From.Name) + " COLLATE " + quoteStd(coll)
		default:
			exprs[at] = ""
		}
		out = append(out, &probe.Check{Kind: probe.Duplicates, Columns: cols, Exprs: exprs, Expr: ix.Where, NullsEqual: ix.NullsNotDistinct})
	}
	return out
}

// collatedExprKey is the duplicates check of a unique key with an
// expression over the column c changes the collation of, nil when it has
// none. PostgreSQL rebuilds the index with the column: an expression over
// the column takes its new collation (name || '-' makes 'a-' and 'A-'
// one value under a case-insensitive one). Only PostgreSQL's:
// dflt is "" elsewhere, where the expression's collation follows other
// rules (SQLite's does not take the column's).
func collatedExprKey(c diff.ModifyColumn, ix *schema.Index, dflt string, ic diff.IdentCase) *probe.Check {
	if dflt == "" {
		return nil
	}
	coll := firstNonEmpty(c.To.Collation, firstNonEmpty(c.Table.Options["collation"], dflt))
	cols, exprs := ix.Columns(), partExprs(ix)
	changed := false
	for i, e := range exprs {
		if e == "" {
			continue
		}
		if r := diff.ReplaceIdent(e, c.From.Name, "("+quoteStd(c.From.Name)+" COLLATE "+quoteStd(coll)+")", ic); r != e {
			exprs[i], changed = r, true
		}
	}
	if !changed {
		return nil
	}
	return &probe.Check{Kind: probe.Duplicates, Columns: cols, Exprs: exprs, Expr: ix.Where, NullsEqual: ix.NullsNotDistinct}
}

// uncountedExprKey is a duplicates check no dialect can count, for a
// MySQL unique key with a functional part over the column c changes the
// collation of; nil for any other key. MySQL 8 keeps such a part as a
// hidden generated column, and whether it follows the column's new
// collation is not known here (MariaDB has no functional key parts, so it
// was never seen): the key part left blank makes the check not
// checkable, and the change stays WARNING and out of sync --force,
// rather than pass unchecked.
func uncountedExprKey(c diff.ModifyColumn, ix *schema.Index, dialect string) *probe.Check {
	if dialect != "mysql" {
		return nil
	}
	cols, exprs := ix.Columns(), partExprs(ix)
	reads := false
	for i, e := range exprs {
		if e != "" && diff.Mentions(e, c.From.Name, identCase(dialect)) {
			exprs[i], reads = "", true
		}
	}
	if !reads {
		return nil
	}
	return &probe.Check{Kind: probe.Duplicates, Columns: cols, Exprs: exprs, Expr: ix.Where, NullsEqual: ix.NullsNotDistinct}
}

func quoteStd(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// widensInList reports whether both checks are column IN (...) lists over
// the same column and the new one allows every value the old one did.
func widensInList(from, to string) bool {
	fc, fv, ok := diff.InList(from)
	if !ok {
		return false
	}
	tc, tv, ok := diff.InList(to)
	if !ok || !strings.EqualFold(fc, tc) {
		return false
	}
	allowed := map[string]bool{}
	for _, v := range tv {
		allowed[v] = true
	}
	for _, v := range fv {
		if !allowed[v] {
			return false
		}
	}
	return true
}

// insertsOnly reports whether to keeps every value of from in the same
// order, with new values anywhere: PostgreSQL's ADD VALUE ... BEFORE/AFTER
// and MySQL's ENUM copy map each row by its value, so no row changes and
// the existing values keep their sort order.
func insertsOnly(from, to []string) bool {
	j := 0
	for _, v := range to {
		if j < len(from) && from[j] == v {
			j++
		}
	}
	return j == len(from)
}

// TypeChange grades a column type change and returns its rule code.
func TypeChange(from, to schema.Type) string {
	if from.Kind == schema.KindBool && (to.Kind == schema.KindFloat || to.Kind == schema.KindDouble || to.Kind == schema.KindDecimal) && strings.HasPrefix(strings.ToLower(from.Raw), "tinyint") {
		// MySQL's BOOL is a TINYINT(1) holding any -128..127, and MariaDB
		// converts it to a float or decimal as it does a TINYINT: DOUBLE
		// and DECIMAL(5,2) keep every value, DECIMAL(2,0) refuses -128
		// (FitConds reads it the same way). PostgreSQL's boolean has no
		// cast to a number and stays incompatible-type.
		from.Kind = schema.KindTinyInt
	}
	fk, tk := from.Kind, to.Kind
	if to.Unsigned && !from.Unsigned && (tk == schema.KindDecimal || tk == schema.KindFloat || tk == schema.KindDouble) && fk.IsNumeric() {
		// An unsigned decimal or float refuses every negative value.
		if tk == schema.KindDecimal {
			return "shrink-decimal"
		}
		return "convert-type"
	}
	switch {
	case fk == schema.KindOther || tk == schema.KindOther:
		return "change-type-unclear"
	case fk == schema.KindYear || tk == schema.KindYear:
		return yearChange(from, to)
	case fk.IsString() && tk.IsString():
		switch {
		case to.Fixed && !from.Fixed:
			// Trailing spaces are dropped (and a shorter length truncates).
			return "convert-type"
		case from.Padded && to.Length > 0 && (from.Length == 0 || to.Length < from.Length):
			// PostgreSQL's character(n) to a shorter type: the values
			// longer than it (without their padding) fail.
			return "shrink-length"
		case from.Padded && !(to.Padded && to.Length == 0):
			// character(n) to text, varchar or a longer character(m):
			// every value is kept, but readers get it without its padding
			// (or with more), and comparisons stop ignoring trailing
			// spaces once it is text.
			return "convert-type"
		case to.MaxBytes > 0 && slices.ContainsFunc(probe.FitConds(from, to), func(c probe.Cond) bool { return c.Kind == probe.TooLongBytes }):
			// A byte-sized text (TINYTEXT) shorter than the longest value
			// the old type could hold.
			return "shrink-length"
		case to.Length == 0 && tk == schema.KindText:
			return "widen-length"
		case to.Length == 0:
			return "widen-length"
		case from.Length > 0 && to.Length >= from.Length:
			return "widen-length"
		}
		return "shrink-length"
	case fk == schema.KindBytes && tk == schema.KindBytes && probe.ByteCapacity(to) < probe.ByteCapacity(from):
		// A shorter VARBINARY, BLOB or BINARY: longer values fail the
		// change (strict mode) or are cut.
		return "shrink-length"
	case fk == schema.KindBytes && tk == schema.KindBytes && !to.Fixed && !isFixedBinary(to):
		// A longer VARBINARY or BLOB keeps every byte string as it is (a
		// fixed BINARY(n) pads shorter values with zero bytes instead,
		// which is a conversion).
		return "widen-length"
	case fk == tk && (fk == schema.KindDateTime || fk == schema.KindTime) && sameBesidesFraction(from, to) && probe.FractionDigits(to) >= probe.FractionDigits(from):
		// More fractional second digits keep every value as it is.
		return "widen-fraction"
	case fk.IsInteger() && tk.IsInteger():
		if ok, zerofill := from.DisplayOnly(to); ok && !zerofill {
			// MySQL's display width is a hint to clients: INT(11) and
			// INT(5) store and accept the same values. With ZEROFILL the
			// width is the padding readers see, which widen-type grades.
			return "change-display-width"
		}
		if len(probe.FitConds(from, to)) > 0 {
			return "narrow-integer"
		}
		return "widen-type"
	case fk == schema.KindDecimal && tk == schema.KindDecimal:
		if to.Precision == 0 && to.Scale == 0 {
			return "widen-precision" // unbounded numeric keeps every value as it is
		}
		if to.Scale == from.Scale && (to.Precision == 0 || (from.Precision > 0 && to.Precision >= from.Precision)) {
			return "widen-precision"
		}
		if len(probe.FitConds(from, to)) > 0 {
			return "shrink-decimal"
		}
		return "widen-type"
	case fk == schema.KindDecimal && tk.IsInteger() && (from.Scale > 0 || from.Precision == 0):
		// A fraction is rounded away, not rejected: the risk is the values
		// that change, which is a conversion, not a narrowing.
		return "convert-type"
	case (fk.IsInteger() || fk == schema.KindDecimal) && (tk == schema.KindDecimal || tk.IsInteger()):
		if len(probe.FitConds(from, to)) > 0 {
			return "narrow-integer"
		}
		return "widen-type"
	case fk.IsInteger() && (tk == schema.KindFloat || tk == schema.KindDouble):
		// A float holds every integer only up to 2^mantissa bits; beyond that
		// values are rounded to a neighbour (BIGINT to DOUBLE, INT to FLOAT).
		if len(probe.FitConds(from, to)) > 0 {
			return "convert-type"
		}
		return "widen-type"
	case (fk == schema.KindFloat || fk == schema.KindDouble) && (tk == schema.KindFloat || tk == schema.KindDouble) && len(probe.FitConds(from, to)) > 0:
		// Into MySQL's FLOAT(M,D) or DOUBLE(M,D): values are rounded to D
		// places and refused beyond M-D integer digits.
		return "convert-type"
	case fk == tk && (fk == schema.KindFloat || fk == schema.KindDouble),
		fk == schema.KindFloat && tk == schema.KindDouble, fk == schema.KindDate && tk == schema.KindDateTime:
		return "widen-type"
	case (fk == schema.KindFloat || fk == schema.KindDouble) && (tk.IsNumeric()),
		fk == schema.KindDecimal && (tk == schema.KindFloat || tk == schema.KindDouble),
		fk == schema.KindDateTime && tk == schema.KindDate,
		fk == schema.KindBool && tk.IsInteger():
		return "convert-type"
	case tk.IsString():
		// Everything has a text form; what can go wrong is its length and the
		// type the application reads.
		if fk == schema.KindBytes {
			return "incompatible-type"
		}
		return "convert-type"
	case fk == schema.KindEnum && tk == schema.KindEnum:
		return "remove-enum-value"
	case fk.IsString() && tk == schema.KindEnum:
		return "convert-type"
	}
	if fk == tk {
		// The same family under another name (timestamp and timestamptz,
		// REAL and DOUBLE PRECISION): nothing is lost for certain, but the
		// engine may reinterpret or rewrite the values.
		return "convert-type"
	}
	return "incompatible-type"
}

// yearChange grades a change to or from MySQL's YEAR (0 and 1901..2155),
// measured on MariaDB 10.11 with ALTER TABLE ... ALGORITHM=COPY: YEAR to
// TINYINT fails on 1999 and a SMALLINT holds every year; an integer or
// text becoming a YEAR is refused outside its range and silently changed
// from 1..99 (99 is 1999), so it is a conversion; a YEAR becomes its
// four-digit text. Other pairs are not graded.
func yearChange(from, to schema.Type) string {
	fk, tk := from.Kind, to.Kind
	switch {
	case fk == schema.KindYear && tk.IsInteger():
		if len(probe.FitConds(from, to)) > 0 {
			return "narrow-integer"
		}
		return "widen-type"
	case fk == schema.KindYear && tk.IsString():
		return "convert-type"
	case fk.IsInteger() && tk == schema.KindYear:
		return "convert-type"
	case fk.IsString() && tk == schema.KindYear:
		// Like text to an integer: not every text is a number.
		return "incompatible-type"
	}
	return "change-type-unclear"
}

// unmatchedPreviously notes a declared rename that names nothing live: a
// mistyped former name makes the change an add (and the old one a drop)
// instead of a rename, which the user should see.
func unmatchedPreviously(c diff.Change, actual *schema.Schema) string {
	switch c := c.(type) {
	case diff.AddColumn:
		if len(c.Column.Previously) > 0 {
			for _, old := range c.Column.Previously {
				if c.Table.Column(old) != nil {
					return fmt.Sprintf("previously: %s is still declared as a column of its own, so %s is added beside it rather than renamed from it", old, c.Column.Name)
				}
			}
			return fmt.Sprintf("previously: %s names no column of %s, so %s is added as a new column; check the spelling if it is a rename",
				strings.Join(c.Column.Previously, ", "), c.Table.Name, c.Column.Name)
		}
	case diff.AddTable:
		if len(c.Table.Previously) > 0 && actual != nil {
			for _, old := range c.Table.Previously {
				if actual.Table(old) != nil {
					return ""
				}
			}
			return fmt.Sprintf("previously: %s names no table of the database, so %s is created new; check the spelling if it is a rename",
				strings.Join(c.Table.Previously, ", "), c.Table.Name)
		}
	}
	return ""
}

// defaultCollation is the name SQL gives the collation a column without
// one of its own compares under, when no table names it: PostgreSQL's
// "default" (the database's collation, which PostgreSQL 15 requires to be
// deterministic). Without it, a unique key over a column that goes back to
// the default from a case-insensitive collation would be counted under the
// old one, finding duplicates the new index does not ('a' and 'A').
// The other dialects have none ("").
func defaultCollation(dialect string) string {
	if dialect == "postgres" {
		return "default"
	}
	return ""
}

// tableCollation is the collation a column of the table without one of
// its own gets: the table's (MySQL), else dflt.
func tableCollation(have, want *schema.Table, dflt string) string {
	return firstNonEmpty(want.Options["collation"], firstNonEmpty(have.Options["collation"], dflt))
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// paddingNote says what a type change to or from PostgreSQL's
// character(n) does to what readers get, which the counts do not show:
// the padding is not data, so it is never counted.
func paddingNote(from, to schema.Type) string {
	pad := func(n int) string { return "'ab" + strings.Repeat(" ", max(n-2, 0)) + "'" }
	switch {
	case !from.Kind.IsString() && from.Kind != schema.KindOther || !to.Kind.IsString():
		return ""
	case from.Padded && to.Padded && (to.Length == from.Length || to.Length == 0):
		return ""
	case from.Padded && to.Padded && from.Length == 0:
		return fmt.Sprintf("%s pads every value with spaces to %d characters, which readers get ('ab' reads as %s) and comparisons ignore, so it is not counted; the rows counted are those longer than %d characters without their trailing spaces, which the change refuses",
			to.Raw, to.Length, pad(to.Length), to.Length)
	case from.Padded && to.Padded:
		n := fmt.Sprintf("%s pads every value with spaces to %d characters, which readers get: after the change they get it padded to %d instead ('ab' reads as %s, not %s); comparisons ignore the padding, so it is not counted",
			from.Raw, from.Length, to.Length, pad(to.Length), pad(from.Length))
		if to.Length < from.Length {
			n += fmt.Sprintf("; the rows counted are those longer than %d characters without it, which the change refuses", to.Length)
		}
		return n
	case from.Padded:
		n := fmt.Sprintf("%s is read with trailing spaces that are not part of the value (it pads every value to its length): %s gets each value without them (%s becomes 'ab'), as a cast to text does, and comparisons stop ignoring trailing spaces ('ab' no longer equals 'ab '); the padding is not data, so no row is counted for it",
			from.Raw, to.Raw, pad(max(from.Length, 4)))
		if to.Length > 0 {
			n += fmt.Sprintf("; the rows counted are those longer than %d characters without it, which the change refuses", to.Length)
		}
		return n
	case to.Padded && to.Length > 0:
		return fmt.Sprintf("%s pads every value with spaces to %d characters, which readers get ('ab' reads as %s) and comparisons ignore; the rows counted are those whose value the change refuses (longer than %d characters, with more than spaces beyond) or changes (a value longer than %d whose excess is only spaces is cut silently; a value ending in spaces keeps them only as padding, so 'ab ' reads back through text as 'ab')",
			to.Raw, to.Length, pad(to.Length), to.Length, to.Length)
	case to.Padded:
		return fmt.Sprintf("%s keeps no trailing space as part of a value: comparisons ignore them and a cast to text drops them; the rows counted are those ending in spaces", to.Raw)
	}
	return ""
}

func joinNotes(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// isFixedBinary reports whether t is MySQL's BINARY(n).
func isFixedBinary(t schema.Type) bool {
	_, ok := probe.FixedBinary(t)
	return ok
}

// fractionRE is the fractional second precision in a time or timestamp
// type's spelling: the "(3)" of timestamp(3) without time zone.
var fractionRE = regexp.MustCompile(`\s*\(\s*\d+\s*\)`)

// sameBesidesFraction reports whether two time or timestamp types differ
// at most in their fractional second precision (datetime(3) and
// datetime(6), not timestamp and timestamptz or DATETIME and TIMESTAMP).
func sameBesidesFraction(from, to schema.Type) bool {
	strip := func(t schema.Type) string {
		return fractionRE.ReplaceAllString(strings.ToLower(strings.TrimSpace(t.Raw)), "")
	}
	return strip(from) == strip(to)
}
