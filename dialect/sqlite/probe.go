package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// Probe implements dialect.Conn. Row-level checks of one table share one
// aggregate scan and one sample pass; a duplicate check groups the table
// once; an orphan check runs its anti-join once, plus a sample query that
// starts at the first orphan. Samples are fetched only for checks that
// found rows. Everything runs in a read transaction that is rolled back (or
// inside the sync lock, read only), so the counts and the sample queries
// see the same data.
func (c *Conn) Probe(ctx context.Context, checks []probe.Check, opts probe.Options) ([]probe.Result, error) {
	timeout := time.Duration(opts.TimeoutSeconds) * time.Second
	if timeout <= 0 {
		timeout = 60 * time.Second
	}
	if !c.inTx {
		if _, err := c.conn.ExecContext(ctx, "BEGIN"); err != nil {
			return nil, fmt.Errorf("beginning the probe transaction: %w", err)
		}
		defer func() { _, _ = c.conn.ExecContext(context.Background(), "ROLLBACK") }()
	}
	results := make([]probe.Result, len(checks))
	tables := map[string]bool{}
	var order []string
	for _, ch := range checks {
		if !tables[ch.Table] {
			tables[ch.Table] = true
			order = append(order, ch.Table)
		}
	}
	for _, tbl := range order {
		// A check over columns the plan retypes or recollates reads the
		// table's generated columns as the rebuild computes them again.
		var shape *schema.Table
		for _, ch := range checks {
			if ch.Table == tbl && (len(ch.Retyped) > 0 || len(ch.Recollated) > 0) {
				var err error
				if shape, err = c.generatedColumns(ctx, tbl); err != nil {
					return nil, err
				}
				break
			}
		}
		var rc []rowCheck
		for i, ch := range checks {
			if ch.Table != tbl || !ch.Kind.RowLevel() {
				continue
			}
			cond, a, note := condition(ch, shape)
			if cond == "" {
				results[i] = probe.Result{Status: probe.NotCheckable, Note: note}
				continue
			}
			rc = append(rc, rowCheck{i: i, cond: cond, args: a})
		}
		if len(rc) > 0 {
			c.rowLevel(ctx, timeout, tbl, checks, rc, results)
		}
		for i, ch := range checks {
			if ch.Table != tbl {
				continue
			}
			switch ch.Kind {
			case probe.Duplicates:
				results[i] = c.duplicates(ctx, timeout, ch, shape)
			case probe.Orphans:
				results[i] = c.orphans(ctx, timeout, ch, shape)
			case probe.Conflicts:
				// PostgreSQL's exclusion constraints only: none here to count.
				results[i] = probe.Result{Status: probe.NotCheckable, Note: "exclusion constraints are PostgreSQL's; SQLite has none to count"}
			}
		}
	}
	return results, nil
}

// generatedColumns reads the columns of table tbl as withGenerated needs
// them: name, declared type, collation and generation expression.
func (c *Conn) generatedColumns(ctx context.Context, tbl string) (*schema.Table, error) {
	var text string
	err := c.conn.QueryRowContext(ctx, "SELECT coalesce(sql, '') FROM sqlite_master WHERE type = 'table' AND name = ?", tbl).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return &schema.Table{Name: tbl}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the definition of %s: %w", tbl, err)
	}
	parsed := parseCreateTable(text)
	rows, err := c.conn.QueryContext(ctx, "SELECT name, type, hidden FROM pragma_table_xinfo(?) ORDER BY cid", tbl)
	if err != nil {
		return nil, fmt.Errorf("reading the columns of %s: %w", tbl, err)
	}
	defer rows.Close()
	t := &schema.Table{Name: tbl}
	for rows.Next() {
		var name, typ string
		var hidden int
		if err := rows.Scan(&name, &typ, &hidden); err != nil {
			return nil, fmt.Errorf("reading the columns of %s: %w", tbl, err)
		}
		col := &schema.Column{Name: name, Type: schema.Type{Raw: typ}}
		if coll := parsed.collations[name]; coll != "BINARY" {
			col.Collation = coll
		}
		if hidden == 2 || hidden == 3 {
			col.Generated = firstNonEmpty(parsed.generated[name], "?")
		}
		t.Columns = append(t.Columns, col)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the columns of %s: %w", tbl, err)
	}
	return t, nil
}

// retypedValues maps the columns a check reads through a new type or
// collation (by their current names, as alias.column when alias is not
// "") to the SQL of the value the rebuilt table holds, and adds the
// generated columns of t that the rebuild computes again from them. t may
// be nil: then there are none. The columns in raw are read as they are
// stored, under their new collation only: blobCases names them where the
// row holds a blob, which no affinity converts.
func retypedValues(ch probe.Check, t *schema.Table, alias string, colls bool, raw map[string]bool) map[string]string {
	ref := func(col string) string {
		if alias != "" {
			return alias + "." + quote(col)
		}
		return quote(col)
	}
	vals := map[string]string{}
	types, collations := map[string]string{}, map[string]string{}
	for col, typ := range ch.Retyped {
		if typ.Raw != "" {
			types[col] = typ.Raw
		}
	}
	if colls {
		for col, coll := range ch.Recollated {
			if coll != "" {
				collations[col] = coll
			}
		}
	}
	for _, col := range ch.ChangedColumns() {
		v := ref(col)
		if d, ok := types[col]; ok && !raw[col] {
			v = affinityValue(v, d)
		}
		if coll, ok := collations[col]; ok {
			v = "(" + v + " COLLATE " + quote(coll) + ")"
		}
		if v != ref(col) {
			vals[col] = v
		}
	}
	if t == nil || len(vals) == 0 && len(types) == 0 && len(collations) == 0 {
		return vals
	}
	if alias != "" {
		// Every other column the generated expressions read is named
		// through the alias too, so that no subquery's table takes it.
		for _, col := range t.Columns {
			if _, ok := vals[col.Name]; !ok && col.Generated == "" {
				vals[col.Name] = ref(col.Name)
			}
		}
	}
	return withGenerated(t, vals, types, collations)
}

// maxBlobColumns bounds the columns blobCases splits on: each doubles
// the SQL of the condition.
const maxBlobColumns = 4

// blobColumns lists, sorted, the columns ch.Retyped gives TEXT affinity
// that expr reads, by name or through a generated column of t (which may
// be nil), and that are not generated themselves. The rebuild copies them
// with INSERT ... SELECT, whose TEXT affinity makes a number text and
// keeps a blob a blob (x'6869' stays a blob, never equal to 'hi'), where
// the CAST to TEXT that affinityValue reads them through would turn it
// into text (measured with SQLite 3.40).
func blobColumns(ch probe.Check, t *schema.Table, expr string) []string {
	var out []string
	for col, typ := range ch.Retyped {
		if schema.SQLiteAffinity(typ.Raw) != "TEXT" {
			continue
		}
		if t == nil {
			if reads(expr, col) {
				out = append(out, col)
			}
			continue
		}
		if c := t.Column(col); c != nil && c.Generated != "" {
			continue
		}
		if readsThrough(t, expr, col) {
			out = append(out, col)
		}
	}
	slices.Sort(out)
	return out
}

// blobCases is the condition build gives for the row as the rebuilt table
// holds it, where each of cols (read as ref gives it) may hold a blob:
// build is asked for the condition with the columns that hold one read
// as they are (raw) and the others through their new affinity. A CAST to
// TEXT cannot read both ways: it turns a blob into text, and a CASE that
// keeps the blob has no affinity, under which '10' > 3 holds where the
// TEXT column's affinity compares '10' with '3' and it does not. A blob
// compares alike under any affinity (it is greater than any number or
// text), so reading it as the old column holds it is exact.
func blobCases(cols []string, ref func(string) string, build func(raw map[string]bool) string) string {
	var split func(i int, raw map[string]bool) string
	split = func(i int, raw map[string]bool) string {
		if i == len(cols) {
			return build(raw)
		}
		with := maps.Clone(raw)
		with[cols[i]] = true
		return fmt.Sprintf("(CASE WHEN typeof(%s) = 'blob' THEN %s ELSE %s END)", ref(cols[i]), split(i+1, with), split(i+1, raw))
	}
	return split(0, map[string]bool{})
}

// rowCheck is a row-level check rendered as a condition over one row.
type rowCheck struct {
	i    int // index into checks and results
	cond string
	args []any
}

// rowLevel counts the table's row-level checks and fetches their samples.
//
// Rows checks are a plain count(*), which SQLite answers without decoding
// rows. The other checks share one scan: the WHERE clause keeps the rows
// that fail any check, so each check's FILTER runs only on those rows
// rather than on every row, and the same rows give the least sample key.
// The samples of all checks then come from one pass that starts at that
// key and stops as soon as every check has its samples (see rowSamples).
func (c *Conn) rowLevel(ctx context.Context, timeout time.Duration, tbl string, checks []probe.Check, rc []rowCheck, results []probe.Result) {
	var counted []rowCheck
	for _, r := range rc {
		if checks[r.i].Kind != probe.Rows {
			counted = append(counted, r)
			continue
		}
		var res probe.Result
		qctx, cancel := context.WithTimeout(ctx, timeout)
		err := c.conn.QueryRowContext(qctx, "SELECT count(*) FROM "+quote(tbl)).Scan(&res.Affected)
		cancel()
		if err != nil {
			res = failed(err)
			res.Note = "the row count failed"
		} else {
			res.Status = probe.Exact
		}
		results[r.i] = res
	}
	if len(counted) == 0 {
		return
	}
	keys := keyCols(checks[counted[0].i])
	sameKeys := true
	for _, r := range counted[1:] {
		if !slices.Equal(keyCols(checks[r.i]), keys) {
			sameKeys = false
		}
	}
	first := keyExpr("", keys[0])
	var sel, where []string
	var args, whereArgs []any
	for _, r := range counted {
		sel = append(sel, "count(*) FILTER (WHERE "+r.cond+")")
		args = append(args, r.args...)
	}
	for _, r := range cheapFirst(checks, counted) {
		where = append(where, "("+r.cond+")")
		whereArgs = append(whereArgs, r.args...)
	}
	// The least key of the failing rows bounds the sample pass; it is valid
	// only if no failing row has a NULL key (ORDER BY puts those first).
	sel = append(sel, "count(*)", "count("+first+")", "quote(min("+first+"))")
	q := "SELECT " + strings.Join(sel, ", ") + " FROM " + quote(tbl) + " WHERE " + strings.Join(where, " OR ")
	args = append(args, whereArgs...)
	counts := make([]int64, len(counted))
	var failing, keyed int64
	var least sql.NullString
	dest := make([]any, 0, len(counted)+3)
	for i := range counts {
		dest = append(dest, &counts[i])
	}
	dest = append(dest, &failing, &keyed, &least)
	qctx, cancel := context.WithTimeout(ctx, timeout)
	err := c.conn.QueryRowContext(qctx, q, args...).Scan(dest...)
	cancel()
	if err != nil {
		res := failed(err)
		res.Note = "the aggregate probe query failed"
		for _, r := range counted {
			results[r.i] = res
		}
		return
	}
	var withRows []rowCheck
	var need []int
	for j, r := range counted {
		results[r.i] = probe.Result{Status: probe.Exact, Affected: counts[j]}
		if counts[j] > 0 {
			withRows = append(withRows, r)
			need = append(need, int(min(counts[j], probe.MaxSamples)))
		}
	}
	if len(withRows) == 0 {
		return
	}
	bound := ""
	if sameKeys && keyed == failing && keyed > 0 && least.Valid {
		bound = first + " >= " + least.String
	}
	if sameKeys {
		c.rowSamples(ctx, timeout, tbl, checks, withRows, need, keys, bound, results)
		return
	}
	for j, r := range withRows {
		c.rowSamples(ctx, timeout, tbl, checks, withRows[j:j+1], need[j:j+1], keyCols(checks[r.i]), "", results)
	}
}

// cheapFirst orders conditions for an OR, which stops at the first true
// one: a failing row then pays for the cheap tests (IS NULL, NOT IN) that
// it fails rather than for a Fit conversion it would fail too, before its
// FILTERs evaluate every condition once more. The order changes no count.
func cheapFirst(checks []probe.Check, rc []rowCheck) []rowCheck {
	rank := func(ch probe.Check) int {
		switch ch.Kind {
		case probe.CheckFails:
			return 1
		case probe.Fit:
			for _, cd := range ch.Conds {
				if cd.Kind != probe.TooLong && cd.Kind != probe.NotIn {
					return 2
				}
			}
			return 1
		}
		return 0
	}
	out := slices.Clone(rc)
	slices.SortStableFunc(out, func(a, b rowCheck) int { return rank(checks[a.i]) - rank(checks[b.i]) })
	return out
}

// rowSamples reads the failing rows of checks in key order, from bound
// (an SQL condition on the first key column, or "") on, and gives each
// check its first need[j] rows. It stops reading as soon as every check
// has them, so it reads the failing rows up to the last sample, never the
// rest of the table, and never copies more than those rows into Go.
func (c *Conn) rowSamples(ctx context.Context, timeout time.Duration, tbl string, checks []probe.Check, rc []rowCheck, need []int, keys []string, bound string, results []probe.Result) {
	sel := make([]string, 0, len(keys)+2*len(rc))
	for _, k := range keys {
		sel = append(sel, keyExpr("", k))
	}
	order := strings.Join(sel, ", ")
	valCol := map[string]int{}
	valOf := make([]int, len(rc))
	for j, r := range rc {
		v := sampleValue("", checks[r.i])
		if _, ok := valCol[v]; !ok {
			valCol[v] = len(sel)
			sel = append(sel, v)
		}
		valOf[j] = valCol[v]
	}
	flagAt := len(sel)
	var args, whereArgs []any
	var where []string
	for _, r := range rc {
		sel = append(sel, "("+r.cond+") IS TRUE")
		args = append(args, r.args...)
	}
	for _, r := range cheapFirst(checks, rc) {
		where = append(where, "("+r.cond+")")
		whereArgs = append(whereArgs, r.args...)
	}
	cond := strings.Join(where, " OR ")
	if bound != "" {
		cond = bound + " AND (" + cond + ")"
	}
	q := fmt.Sprintf("SELECT %s FROM %s WHERE %s ORDER BY %s", strings.Join(sel, ", "), quote(tbl), cond, order)
	args = append(args, whereArgs...)
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rows, err := c.conn.QueryContext(qctx, q, args...)
	if err != nil {
		return
	}
	defer rows.Close()
	samples := make([][]probe.Sample, len(rc))
	pending := len(rc)
	vals := make([]any, len(sel))
	ptrs := make([]any, len(sel))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for pending > 0 && rows.Next() {
		if rows.Scan(ptrs...) != nil {
			break
		}
		for j := range rc {
			if len(samples[j]) == need[j] || !truthy(vals[flagAt+j]) {
				continue
			}
			s := probe.Sample{Key: make(map[string]any, len(keys)), Value: plain(vals[valOf[j]])}
			for i, k := range keys {
				s.Key[k] = plain(vals[i])
			}
			samples[j] = append(samples[j], s)
			if len(samples[j]) == need[j] {
				pending--
			}
		}
	}
	for j, r := range rc {
		results[r.i].Samples = samples[j]
	}
}

// truthy reads a 0/1 flag column.
func truthy(v any) bool {
	n, ok := v.(int64)
	return ok && n != 0
}

// keyCols are the columns that identify a sample row.
func keyCols(ch probe.Check) []string {
	if len(ch.Key) > 0 {
		return ch.Key
	}
	return []string{"rowid"}
}

// keyExpr is key column k, qualified by alias when alias is not "".
func keyExpr(alias, k string) string {
	if k != "rowid" {
		k = quote(k)
	}
	if alias != "" {
		return alias + "." + k
	}
	return k
}

// sampleValue is the column a sample shows as the offending value.
func sampleValue(alias string, ch probe.Check) string {
	ref := func(col string) string {
		if alias != "" {
			return alias + "." + quote(col)
		}
		return quote(col)
	}
	switch {
	case ch.Column != "":
		return ref(ch.Column)
	case ch.Kind == probe.Duplicates:
		// The duplicated key, as the other dialects show it: one part as
		// it is, several joined with ", ". A part the plan adds with a
		// default reads as that default.
		parts := make([]string, len(ch.Columns))
		for i, col := range ch.Columns {
			switch {
			case col != "":
				parts[i] = ref(col)
			case i < len(ch.Exprs) && ch.Exprs[i] != "":
				parts[i] = "(" + ch.Exprs[i] + ")"
			default:
				return "NULL"
			}
		}
		switch len(parts) {
		case 0:
			return "NULL"
		case 1:
			return parts[0]
		}
		return "concat_ws(', ', " + strings.Join(parts, ", ") + ")"
	case len(ch.Columns) == 1:
		return ref(ch.Columns[0])
	}
	return "NULL"
}

// samples returns the first MaxSamples rows of ch's table matching cond, in key order.
func (c *Conn) samples(ctx context.Context, ch probe.Check, cond string, args []any) []probe.Sample {
	keys := keyCols(ch)
	var sel []string
	for _, k := range keys {
		sel = append(sel, keyExpr("", k))
	}
	q := fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d",
		strings.Join(sel, ", "), sampleValue("", ch), quote(ch.Table), cond, strings.Join(sel, ", "), probe.MaxSamples)
	return c.collectSamples(ctx, q, args, keys)
}

func (c *Conn) collectSamples(ctx context.Context, q string, args []any, keys []string) []probe.Sample {
	rows, err := c.conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil
	}
	defer rows.Close()
	var out []probe.Sample
	for rows.Next() {
		vals := make([]any, len(keys)+1)
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if rows.Scan(ptrs...) != nil {
			return out
		}
		s := probe.Sample{Key: map[string]any{}, Value: plain(vals[len(keys)])}
		for i, k := range keys {
			s.Key[k] = plain(vals[i])
		}
		out = append(out, s)
	}
	return out
}

// plain turns driver values into JSON-friendly ones.
func plain(v any) any {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return v
}

// isNum is true when SQLite's numeric affinity would turn the value into a
// number: comparing a TEXT-affinity operand with a REAL-affinity CAST
// applies numeric affinity to it, and text that stays text sorts above
// every number, including +Inf. A text beyond a double's range ('1e999'),
// which the affinity makes +Inf, is not a number here: no numeric type
// holds it.
func isNum(col string) string { return "(" + col + " < CAST(9e999 AS REAL))" }

// convertsToNum is true when SQLite's numeric affinity turns the value
// into a number, +Inf included ('1e999' is stored as Inf).
func convertsToNum(col string) string { return "(" + col + " <= CAST(9e999 AS REAL))" }

// numericValue is the number NUMERIC or INTEGER affinity stores for text
// that converts (convertsToNum): an integer literal that fits 64 bits as
// that INTEGER, any other as the REAL it reads as, and that REAL as an
// INTEGER when it is one strictly inside the 64-bit range
// (https://www.sqlite.org/datatype3.html#type_affinity: '3.0e+5' is
// 300000). CAST(text AS NUMERIC) reads the text the same way but makes a
// REAL an INTEGER only within ±2^51: '1e16' is a REAL to it and the
// INTEGER 10000000000000000 in a NUMERIC column, and
// '12345678901234567.89' the INTEGER 12345678901234568.
func numericValue(text string) string { return realAsInteger("CAST(" + text + " AS NUMERIC)") }

// realAsInteger is v with a REAL that is an integer strictly inside the
// 64-bit range made that INTEGER, as NUMERIC and INTEGER affinity store
// it (SQLite keeps -2^63 as a REAL; comparisons of a REAL with an
// INTEGER are exact, so 2^63 equals no CAST to INTEGER).
func realAsInteger(v string) string {
	return fmt.Sprintf("(CASE WHEN typeof(%[1]s) = 'real' AND %[1]s = CAST(%[1]s AS INTEGER) AND %[1]s > -9223372036854775808 AND %[1]s < 9223372036854775807 THEN CAST(%[1]s AS INTEGER) ELSE %[1]s END)", v)
}

// numericRewrites is true for a text value that NUMERIC affinity stores
// as a number of other value: one of more than 15 significant digits
// (DBL_DIG, what a double always keeps) that becomes the nearest double
// ('12345678901234567.89' is stored as 12345678901234568, and
// '12345678901234567890' as 1.23456789012346e+19). A number that keeps its
// value but reads back spelled otherwise ('007' as 7, '1e3' as 1000,
// ' 12' as 12, '1234567890123456.0' as 1234567890123456) converts, as
// PostgreSQL's and MySQL's casts convert it, and does not count: the
// significant digits of the stored number's text are compared with the
// value's. Hex ('0x10') and other text stay text, which Unparsable
// counts. A text of 15 characters or fewer has no more than 15 digits,
// and is settled by its length alone.
func numericRewrites(col string) string {
	d := significantDigits(col)
	return fmt.Sprintf("(typeof(%[1]s) = 'text' AND length(%[1]s) > 15 AND length(%[4]s) > 15 AND %[2]s AND %[5]s <> %[4]s)",
		col, convertsToNum(col), numericValue(col), d, significantDigits("CAST("+numericValue(col)+" AS TEXT)"))
}

// significantDigits is the digits of a number's text from its first to
// its last digit other than 0, before any exponent and without sign or
// point ('-0012.500e3' gives '125'). Text that is not a number gives some
// text; callers test that it converts first.
func significantDigits(x string) string {
	t := "trim(" + x + ")"
	mant := fmt.Sprintf("substr(%[1]s, 1, instr(lower(%[1]s) || 'e', 'e') - 1)", t)
	return fmt.Sprintf("trim(replace(replace(replace(%s, '.', ''), '-', ''), '+', ''), '0')", mant)
}

// condition renders a row-level check as a boolean SQL expression over one
// row, with its bind arguments, or "" and a note when it cannot be checked.
// t, when not nil, holds the table's generated columns (generatedColumns).
func condition(ch probe.Check, t *schema.Table) (string, []any, string) {
	col := quote(ch.Column)
	switch ch.Kind {
	case probe.Rows:
		return "1", nil, ""
	case probe.Nulls:
		return col + " IS NULL", nil, ""
	case probe.NonNull:
		return col + " IS NOT NULL", nil, ""
	case probe.CheckFails:
		// A CHECK passes on NULL: only a false result counts. Columns the
		// plan retypes are read through a CAST to the new declared type,
		// whose affinity then rules comparisons, as in the rebuilt table.
		// Columns the plan recollates are read under the new collation,
		// which rules = and IN as the rebuilt table's check does ('New'
		// passes IN ('new') under NOCASE, not under BINARY). A generated
		// column computed from them is computed again from their new
		// values, as the rebuilt table does (an INTEGER 1 / 4 is 0).
		blobs := blobColumns(ch, t, ch.Expr)
		if len(blobs) > maxBlobColumns {
			return "", nil, fmt.Sprintf("the check reads %d columns the plan makes TEXT, each of which may hold a blob the rebuild keeps; schemaguard splits on at most %d", len(blobs), maxBlobColumns)
		}
		return blobCases(blobs, quote, func(raw map[string]bool) string {
			return "((" + replaceCols(ch.Expr, retypedValues(ch, t, "", true, raw)) + ") IS FALSE)"
		}), nil, ""
	case probe.NotInValues:
		return notIn(col, ch.Values)
	case probe.Fit:
		return fitCondition(col, ch)
	}
	return "", nil, "unknown check " + ch.Kind.String()
}

// fitCondition renders a Fit check: the OR of its conditions, for non-NULL
// values. The numeric conditions (OutOfRange, Overflow, Rounds) hold only
// for values that numeric affinity turns into numbers, so they share one
// isNum test, placed where the first of them (or a numeric Unparsable)
// comes: with Unparsable the group is NOT isNum OR a OR b, else isNum AND
// (a OR b). For a non-NULL value isNum is never NULL, so this counts the
// same rows as guarding each condition with its own isNum, and it
// evaluates the conditions on the same rows in the same order; it saves
// converting the text to a number once per condition.
func fitCondition(col string, ch probe.Check) (string, []any, string) {
	var parts, numParts []string
	var args []any
	numAt, unparsable := -1, false
	for _, cd := range ch.Conds {
		numeric := cd.Kind == probe.OutOfRange || cd.Kind == probe.Overflow || cd.Kind == probe.Rounds || cd.Kind == probe.FloatRange || cd.Kind == probe.Negative
		numUnparsable := cd.Kind == probe.Unparsable && cd.Target.IsNumeric()
		if numeric || numUnparsable {
			if numAt < 0 {
				numAt = len(parts)
				parts = append(parts, "")
			}
			if numUnparsable {
				unparsable = true
				continue
			}
		}
		p, a, note := fitCond(col, ch, cd)
		if p == "" {
			return "", nil, note
		}
		if numeric {
			numParts = append(numParts, p)
		} else {
			parts = append(parts, p)
		}
		args = append(args, a...)
	}
	if numAt >= 0 {
		switch {
		case unparsable && len(numParts) == 0:
			parts[numAt] = "NOT " + isNum(col)
		case unparsable:
			parts[numAt] = "(NOT " + isNum(col) + " OR " + strings.Join(numParts, " OR ") + ")"
		default:
			parts[numAt] = "(" + isNum(col) + " AND (" + strings.Join(numParts, " OR ") + "))"
		}
	}
	if len(parts) == 0 {
		return "0", nil, ""
	}
	if len(parts) == 1 && numAt == 0 {
		if fast := fitsAsInteger(col, ch.Conds); fast != "" {
			return col + " IS NOT NULL AND NOT " + fast + " AND " + parts[0], args, ""
		}
	}
	return col + " IS NOT NULL AND (" + strings.Join(parts, " OR ") + ")", args, ""
}

// exactInt is 2^52: round() leaves every double beyond it as it is, and
// every integer up to it is a double exactly.
var exactInt = big.NewInt(1 << 52)

// fitsAsInteger returns a test that holds only for values that fit: an
// integer i with lo <= i <= hi, where [lo, hi] lies inside the
// OutOfRange bounds, below 10^Digits of an Overflow and within ±2^52 (the
// whole 64-bit range when the bounds are exactly it and no scale is
// negative). Such a value passes isNum; CAST(col AS NUMERIC) converts it
// to the same number i, which is in range, has no more digits than
// allowed, and which round(i, s) leaves unchanged. When every integer of
// up to n >= 3 characters is in range, the test is that the value prints
// back as its integer CAST, in at most n characters; otherwise that it
// equals its CAST (numeric affinity applies, as in isNum, so text that
// stays text never passes) within [lo, hi]. Most values of a column that
// is being narrowed fit, and for them the test replaces round(), by far
// the dearest part of the condition. It is worth it only when there is a
// Rounds condition; it returns "" when there is none, or when a condition
// is not numeric.
func fitsAsInteger(col string, conds []probe.Cond) string {
	lo, hi := new(big.Int).Neg(exactInt), new(big.Int).Set(exactInt)
	rounds := false
	// whole is true while every bound is the 64-bit range and no Rounds
	// has a negative scale: then the test may cover the whole range.
	whole := true
	for _, cd := range conds {
		switch cd.Kind {
		case probe.Rounds:
			rounds = true
			whole = whole && cd.Scale >= 0
		case probe.OutOfRange:
			whole = whole && cd.Min == "-9223372036854775808" && cd.Max == "9223372036854775807"
			min, ok1 := new(big.Int).SetString(cd.Min, 10)
			max, ok2 := new(big.Int).SetString(cd.Max, 10)
			if !ok1 || !ok2 {
				return ""
			}
			if min.Cmp(lo) > 0 {
				lo = min
			}
			if max.Cmp(hi) < 0 {
				hi = max
			}
		case probe.Overflow:
			whole = false
			limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(cd.Digits)), nil)
			limit.Sub(limit, big.NewInt(1))
			if limit.Cmp(hi) < 0 {
				hi = limit
			}
			if neg := new(big.Int).Neg(limit); neg.Cmp(lo) > 0 {
				lo = neg
			}
		case probe.Unparsable:
			if !cd.Target.IsNumeric() {
				return ""
			}
		default:
			return ""
		}
	}
	if !rounds || lo.Cmp(hi) > 0 {
		return ""
	}
	i := "CAST(" + col + " AS INTEGER)"
	if whole {
		lo, hi = big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64)
	}
	if n := canonicalDigits(lo, hi); n >= 3 {
		// A value whose integer CAST prints back as the value itself is
		// the text of that integer, or a number equal to it (numeric
		// affinity applies to the printed text when the column has one);
		// of at most n characters, that integer lies in [lo, hi]. One
		// integer parse and one print, where numeric affinity would parse
		// the text as a float. Other spellings (' 12', '007', '1e3', and
		// integers of more characters) take the full conditions.
		return fmt.Sprintf("(octet_length(%s) <= %d AND CAST(%s AS TEXT) = (%s COLLATE BINARY))", col, n, i, col)
	}
	return fmt.Sprintf("(%s BETWEEN %s AND %s AND %s = %s)", i, lo, hi, col, i)
}

// canonicalDigits is the most characters an integer's canonical text ('-'
// and digits without leading zeros) may have for [lo, hi] to hold it
// whatever its digits: 9 for a 32-bit range, 18 for a 64-bit one.
func canonicalDigits(lo, hi *big.Int) int {
	n := 0
	for {
		pos := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n+1)), nil)
		neg := new(big.Int).Div(pos, big.NewInt(10))
		pos.Sub(pos, big.NewInt(1))
		neg.Sub(big.NewInt(1), neg)
		if pos.Cmp(hi) > 0 || neg.Cmp(lo) < 0 {
			return n
		}
		n++
	}
}

func notIn(col string, values []string) (string, []any, string) {
	if len(values) == 0 {
		return col + " IS NOT NULL", nil, ""
	}
	ph := make([]string, len(values))
	args := make([]any, len(values))
	for i, v := range values {
		ph[i], args[i] = "?", v
	}
	return col + " IS NOT NULL AND " + col + " NOT IN (" + strings.Join(ph, ", ") + ")", args, ""
}

const hex = "[0-9a-fA-F]"

var uuidGlob = strings.Repeat(hex, 8) + "-" + strings.Repeat(hex, 4) + "-" + strings.Repeat(hex, 4) + "-" + strings.Repeat(hex, 4) + "-" + strings.Repeat(hex, 12)

// fitCond renders one way a value can fail to fit the new type. The
// numeric conditions assume a value that isNum accepts: fitCondition
// guards them. OutOfRange uses NOT BETWEEN, which converts the value once
// instead of once per bound; for a non-NULL value it is x < min OR x > max.
func fitCond(col string, ch probe.Check, cd probe.Cond) (string, []any, string) {
	num := "CAST(" + col + " AS NUMERIC)"
	switch cd.Kind {
	case probe.TooLong:
		// A value has no more characters than bytes; octet_length reads the
		// stored size where length counts the characters.
		return fmt.Sprintf("octet_length(%[1]s) > %[2]d AND length(%[1]s) > %[2]d", col, cd.Length), nil, ""
	case probe.OutOfRange:
		return fmt.Sprintf("%s NOT BETWEEN %s AND %s", num, cd.Min, cd.Max), nil, ""
	case probe.Overflow:
		return fmt.Sprintf("abs(%s) >= 1e%d", num, cd.Digits), nil, ""
	case probe.Rounds:
		if cd.Scale >= 0 {
			// round() reads its argument as a double: an integer beyond 2^53
			// would compare unequal to it without having any fraction.
			return fmt.Sprintf("typeof(%s) = 'real' AND %s <> round(%s, %d)", num, num, num, cd.Scale), nil, ""
		}
		return fmt.Sprintf("%s <> round(%s, %d)", num, num, cd.Scale), nil, ""
	case probe.NotIn:
		p, a, n := notIn(col, cd.Values)
		return "(" + p + ")", a, n
	case probe.TimeLost:
		return fmt.Sprintf("coalesce(time(%s), '00:00:00') <> '00:00:00'", col), nil, ""
	case probe.DateLost:
		return "1", nil, ""
	case probe.Negative:
		// SQLite enforces no sign: the declared UNSIGNED says it.
		return "CAST(" + col + " AS NUMERIC) < 0", nil, ""
	case probe.FloatDigits:
		// NUMERIC affinity keeps a REAL as the same double.
		return "0", nil, ""
	case probe.NumberText:
		if schema.SQLiteAffinity(ch.To.Raw) != "NUMERIC" {
			return "0", nil, ""
		}
		return numericRewrites(col), nil, ""
	case probe.FractionLost, probe.TimestampRange, probe.DateRange, probe.ZoneRange, probe.DateGiven:
		// SQLite keeps dates and times as the text or numbers they are.
		return "0", nil, ""
	case probe.TooLongBytes:
		return fmt.Sprintf("length(CAST(%s AS BLOB)) > %d", col, cd.Length), nil, ""
	case probe.FloatRange:
		// SQLite's REAL is an 8-byte double whatever the declaration: text
		// beyond its range becomes +-Inf, text below its least subnormal
		// 0.0 although its digits before any exponent are not all zero.
		r := "CAST(" + col + " AS REAL)"
		return fmt.Sprintf("(abs(%s) > 1.7976931348623157e308 OR (%s = 0 AND substr(%s, 1, instr(lower(%s) || 'e', 'e') - 1) GLOB '*[1-9]*'))", r, r, col, col), nil, ""
	case probe.Unparsable:
		switch {
		case cd.Target.IsNumeric():
			return "NOT " + isNum(col), nil, ""
		case cd.Target == schema.KindBool:
			return fmt.Sprintf("NOT (%s AND %s IN (0, 1))", isNum(col), num), nil, ""
		// date() rolls impossible days over ('2023-02-29' is '2023-03-01'),
		// so a valid date must also read back as the day it was written.
		case cd.Target == schema.KindDate:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND date(%s) IS NOT NULL AND date(%s) = substr(trim(%s), 1, 10))", col, col, col, col), nil, ""
		case cd.Target == schema.KindDateTime:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND datetime(%s) IS NOT NULL AND date(%s) = substr(trim(%s), 1, 10))", col, col, col, col), nil, ""
		case cd.Target == schema.KindTime:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND time(%s) IS NOT NULL)", col, col), nil, ""
		case cd.Target == schema.KindJSON:
			return fmt.Sprintf("NOT json_valid(%s)", col), nil, ""
		case cd.Target == schema.KindUUID:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND %s GLOB '%s')", col, col, uuidGlob), nil, ""
		}
		return "", nil, fmt.Sprintf("schemaguard cannot tell in SQL which %s values convert to %s", ch.From, ch.To)
	}
	return "", nil, "unknown condition " + cd.Kind.String()
}

// duplicates groups the table once. The grouping query returns the totals
// on every row and, of the groups with more than one row, the five whose
// least key comes first: the first five duplicate rows in key order all
// lie in those groups, since a row of any later group has at least five
// duplicate rows (the first rows of those groups) before it. The samples
// are then read by value, from the least key on, instead of grouping the
// table a second time. That argument needs a single key column without
// NULLs among the duplicates; otherwise the samples come from a second
// grouping, as before.
func (c *Conn) duplicates(ctx context.Context, timeout time.Duration, ch probe.Check, t *schema.Table) probe.Result {
	// A key part is a column or an expression of the index (lower(x),
	// x COLLATE NOCASE), which GROUP BY and IN compare as the index does.
	// A column the plan retypes is read as its new affinity stores it
	// (1 and '1' collide in a TEXT column), in an expression too (the
	// column the plan also gives a new collation, "x" COLLATE "NOCASE");
	// CAST keeps the column's collation. A generated column computed from
	// it is computed again, as the rebuilt table does (INTEGER 4 / 2 and
	// 5 / 2 are both 2), and so is a partial index's predicate.
	ch.Recollated = nil
	retyped := retypedValues(ch, t, "", false, nil)
	var cols, notNull, aliased, picked []string
	for i, col := range ch.Columns {
		key := quote(col)
		if v, ok := retyped[col]; col != "" && ok {
			key = v
		}
		if col == "" {
			if i >= len(ch.Exprs) || ch.Exprs[i] == "" {
				return probe.Result{Status: probe.NotCheckable, Note: "a key part is neither a column nor an expression schemaguard can group by"}
			}
			key = "(" + replaceCols(ch.Exprs[i], retyped) + ")"
		}
		cols = append(cols, key)
		notNull = append(notNull, key+" IS NOT NULL")
		aliased = append(aliased, fmt.Sprintf("%s AS sg_v%d", key, len(picked)))
		picked = append(picked, fmt.Sprintf("quote(sg_v%d)", len(picked)))
		if _, ok := ch.Retyped[col]; col != "" && ok && (t == nil || t.Column(col) == nil || t.Column(col).Generated == "") {
			// The CAST to TEXT makes x'6869' 'hi'; the blob stays a blob.
			apart := blobApart(quote(col))
			cols = append(cols, apart)
			aliased = append(aliased, fmt.Sprintf("%s AS sg_v%d", apart, len(picked)))
			picked = append(picked, fmt.Sprintf("quote(sg_v%d)", len(picked)))
		}
	}
	where := strings.Join(notNull, " AND ")
	if ch.Expr != "" {
		where += " AND (" + replaceCols(ch.Expr, retyped) + ")"
	}
	keys := keyCols(ch)
	first := keyExpr("", keys[0])
	q := fmt.Sprintf(`SELECT count(*) OVER (), sum(sg_n - 1) OVER (), sum(sg_n - sg_keyed) OVER (), quote(sg_first), %s
FROM (SELECT %s, count(*) AS sg_n, count(%s) AS sg_keyed, min(%s) AS sg_first FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1)
ORDER BY sg_first LIMIT %d`,
		strings.Join(picked, ", "), strings.Join(aliased, ", "), first, first, quote(ch.Table), where, strings.Join(cols, ", "), probe.MaxSamples)
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rows, err := c.conn.QueryContext(qctx, q)
	if err != nil {
		return failed(err)
	}
	var res probe.Result
	var unkeyed int64
	var least string
	var groups []string
	for rows.Next() {
		var f string
		vals := make([]string, len(cols))
		dest := []any{&res.Groups, &res.Affected, &unkeyed, &f}
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return failed(err)
		}
		if len(groups) == 0 {
			least = f
		}
		// quote() renders each value as an SQL literal that reads back as
		// the same value: no conversion through Go types.
		groups = append(groups, "("+strings.Join(vals, ", ")+")")
	}
	err = rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return failed(err)
	}
	res.Status = probe.Exact
	if res.Affected == 0 {
		return res
	}
	if len(keys) > 1 || unkeyed > 0 {
		group := fmt.Sprintf("SELECT %s FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1", strings.Join(cols, ", "), quote(ch.Table), where, strings.Join(cols, ", "))
		res.Samples = c.samples(ctx, ch, fmt.Sprintf("%s AND (%s) IN (%s)", where, strings.Join(cols, ", "), group), nil)
		return res
	}
	in := fmt.Sprintf("(%s) IN (VALUES %s)", strings.Join(cols, ", "), strings.Join(groups, ", "))
	if len(cols) == 1 {
		in = fmt.Sprintf("%s IN (%s)", cols[0], strings.Join(groups, ", "))
	}
	res.Samples = c.samples(ctx, ch, fmt.Sprintf("%s >= %s AND %s AND %s", first, least, where, in), nil)
	return res
}

// orphans counts the rows whose reference matches no parent row. The same
// scan gives the least key of those rows, where the sample query starts:
// when the orphans lie late in the table, the samples then cost a short
// range instead of a second anti-join over the whole table.
//
// SQLite applies the parent column's affinity to the child value and
// compares under the parent column's collation
// (https://www.sqlite.org/foreignkeys.html): p.k = +v does exactly that,
// the unary + leaving v without an affinity of its own. Under a TEXT
// parent the child's 1 is '1', which '01' does not equal, and a blob
// never equals text; a CAST of the child to TEXT would turn x'6869' into
// 'hi' and miss that orphan. A row with a NULL in any key column is not
// checked. A key column the plan adds (ch.Added) is read as the value its
// default is stored as in every existing row.
func (c *Conn) orphans(ctx context.Context, timeout time.Duration, ch probe.Check, t *schema.Table) probe.Result {
	var exists int
	if err := c.conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", ch.RefTable).Scan(&exists); err != nil {
		return failed(err)
	}
	// A key column the plan retypes is matched on the value its new
	// affinity stores, and a generated one on the value the rebuilt table
	// computes from the new values: a REAL 2.5 is the text '2.5' under a
	// TEXT parent, and as an INTEGER it is 2, which is '2'.
	ch.Recollated = nil
	// A parent key column the plan retypes holds, after the rebuild, what
	// its new affinity stores ('007' is 7 under INTEGER, 7 is '7' under
	// TEXT), and so does a generated one computed from it: the key is
	// matched on those values, the child value taken through the
	// parent column's new affinity as the foreign key does.
	var parent parentValues
	if exists == 1 && len(ch.RefRetyped) > 0 {
		var err error
		if parent, err = c.rebuiltParent(ctx, ch); err != nil {
			return failed(err)
		}
	}
	// The row as the rebuilt child holds it: a key column the plan makes
	// TEXT keeps a blob as a blob, which no parent text equals.
	var keyRefs []string
	for _, col := range ch.Columns {
		if _, ok := ch.Added[col]; !ok {
			keyRefs = append(keyRefs, quote(col))
		}
	}
	blobs := blobColumns(ch, t, strings.Join(keyRefs, ", "))
	if len(blobs) > maxBlobColumns {
		return probe.Result{Status: probe.NotCheckable, Note: fmt.Sprintf("the key reads %d columns the plan makes TEXT, each of which may hold a blob the rebuild keeps; schemaguard splits on at most %d", len(blobs), maxBlobColumns)}
	}
	var values, added []string
	orphan := func(raw map[string]bool) string {
		rebuilt := retypedValues(ch, t, "c", false, raw)
		var notNull, match []string
		values, added = nil, nil
		for i, col := range ch.Columns {
			v := "c." + quote(col)
			if r, ok := rebuilt[col]; ok {
				v = r
			}
			if a, ok := ch.Added[col]; ok {
				v = affinityValue("("+a.Default+")", a.Type.Raw)
				added = append(added, col)
			}
			values = append(values, v)
			notNull = append(notNull, v+" IS NOT NULL")
			if i < len(ch.RefColumns) {
				match = append(match, parent.match(ch.RefColumns[i], v))
			}
		}
		cond := strings.Join(notNull, " AND ")
		if exists == 1 {
			cond += fmt.Sprintf(" AND NOT EXISTS (SELECT 1 FROM %s AS p WHERE %s)", quote(ch.RefTable), strings.Join(match, " AND "))
		}
		return "(" + cond + ")"
	}
	cond := blobCases(blobs, func(col string) string { return "c." + quote(col) }, orphan)
	// The samples show such a column's value as it is stored, a blob as
	// a blob.
	all := map[string]bool{}
	for _, col := range blobs {
		all[col] = true
	}
	orphan(all)
	var notes []string
	if len(added) > 0 {
		notes = append(notes, "every existing row gets the default of "+strings.Join(added, ", ")+", which this plan adds")
	}
	if exists != 1 {
		notes = append(notes, "the parent table "+ch.RefTable+" does not exist yet, so every non-NULL reference is an orphan")
	}
	keys := keyCols(ch)
	first := keyExpr("c", keys[0])
	q := fmt.Sprintf("SELECT count(*), count(%s), quote(min(%s)) FROM %s AS c WHERE %s", first, first, quote(ch.Table), cond)
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res := probe.Result{Note: strings.Join(notes, "; ")}
	var keyed int64
	var least string
	if err := c.conn.QueryRowContext(qctx, q).Scan(&res.Affected, &keyed, &least); err != nil {
		return failed(err)
	}
	res.Status = probe.Exact
	if res.Affected == 0 {
		return res
	}
	// ORDER BY puts NULL keys first: the bound holds only without them.
	if keyed == res.Affected {
		cond = first + " >= " + least + " AND " + cond
	}
	var sel []string
	for _, k := range keys {
		sel = append(sel, keyExpr("c", k))
	}
	value := values[0]
	if len(values) > 1 {
		// The key's parts joined as every dialect shows a multi-column value.
		value = "concat_ws(', ', " + strings.Join(values, ", ") + ")"
	}
	sq := fmt.Sprintf("SELECT %s, %s FROM %s AS c WHERE %s ORDER BY %s LIMIT %d",
		strings.Join(sel, ", "), value, quote(ch.Table), cond, strings.Join(sel, ", "), probe.MaxSamples)
	res.Samples = c.collectSamples(qctx, sq, nil, keys)
	return res
}

// parentValues is, for each parent key column whose value the plan's
// rebuild of the parent changes, the SQL of that value over alias p, and
// the column's affinity and collation after it. nil when none changes.
type parentValues map[string]parentValue

type parentValue struct{ value, decl, collation string }

// match is the condition under which the parent row p holds the child
// value v in column col after the plan. An unchanged column compares as
// the foreign key does, p.col = +v: the column's affinity is applied to
// v and its collation used. A changed one's value is an expression,
// which has neither, so both are applied by hand: the child value is
// taken through the column's affinity and the collation is named.
func (pv parentValues) match(col, v string) string {
	p, ok := pv[col]
	if !ok {
		return "p." + quote(col) + " = +" + v
	}
	m := p.value + " = " + storedValue(v, p.decl)
	if p.collation != "" {
		m += " COLLATE " + quote(p.collation)
	}
	return m
}

// rebuiltParent reads the parent table of an orphan check and computes
// the values its key columns hold once the plan rebuilds it with the
// types ch.RefRetyped gives them: each through its new affinity, and a
// generated column computed again from the new values.
func (c *Conn) rebuiltParent(ctx context.Context, ch probe.Check) (parentValues, error) {
	t, err := c.generatedColumns(ctx, ch.RefTable)
	if err != nil {
		return nil, err
	}
	vals, types := map[string]string{}, map[string]string{}
	for _, col := range t.Columns {
		if r, ok := ch.RefRetyped[col.Name]; ok && r.To.Raw != "" {
			types[col.Name] = r.To.Raw
			if col.Generated == "" {
				vals[col.Name] = storedValue("p."+quote(col.Name), r.To.Raw)
			}
		}
	}
	if len(types) == 0 {
		return nil, nil
	}
	changed := map[string]bool{}
	for n := range vals {
		changed[n] = true
	}
	// The generated expressions read every other column through the alias.
	for _, col := range t.Columns {
		if _, ok := vals[col.Name]; !ok && col.Generated == "" {
			vals[col.Name] = "p." + quote(col.Name)
		}
	}
	vals = withGenerated(t, vals, types, nil)
	out := parentValues{}
	for _, col := range t.Columns {
		if !changed[col.Name] && (col.Generated == "" || vals[col.Name] == "") {
			continue
		}
		out[col.Name] = parentValue{value: vals[col.Name], decl: firstNonEmpty(types[col.Name], col.Type.Raw), collation: col.Collation}
	}
	return out, nil
}

// storedValue is the value v takes in, or compared with, a column
// declared decl: affinityValue, except that under TEXT affinity only a
// number becomes text and a blob stays a blob (a CAST to TEXT would read
// x'3037' as '07').
func storedValue(v, decl string) string {
	if schema.SQLiteAffinity(decl) == "TEXT" {
		return fmt.Sprintf("(CASE WHEN typeof(%[1]s) IN ('integer', 'real') THEN CAST(%[1]s AS TEXT) ELSE %[1]s END)", v)
	}
	return affinityValue(v, decl)
}

func failed(err error) probe.Result {
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupt") {
		return probe.Result{Status: probe.TimedOut, Err: err}
	}
	return probe.Result{Status: probe.Failed, Err: err}
}

// affinityValue is the value a column holds after it is copied into a
// column declared decl: SQLite applies the declared type's affinity
// (https://www.sqlite.org/datatype3.html#type_affinity), which converts
// only what converts losslessly ('12' to 12 under INTEGER, 12 to '12'
// under TEXT) and keeps the rest as it is ('yes' stays text), where a
// CAST would force it ('yes' to 0). A CASE has no affinity: comparisons
// with numbers are right, those with text literals may differ.
func affinityValue(col, decl string) string {
	switch schema.SQLiteAffinity(decl) {
	case "INTEGER", "NUMERIC":
		// INTEGER and NUMERIC affinity: text that reads as a number becomes
		// one (an integer when it is one); other text and blobs stay.
		return fmt.Sprintf("(CASE WHEN typeof(%[1]s) = 'text' AND %[2]s THEN %[3]s WHEN typeof(%[1]s) = 'real' THEN %[4]s ELSE %[1]s END)", col, convertsToNum(col), numericValue(col), realAsInteger(col))
	case "TEXT":
		// Numbers become their text; the CAST also gives the expression
		// TEXT affinity, so that qty > 3 compares as text, as in the table.
		return "CAST(" + col + " AS TEXT)"
	case "REAL":
		return fmt.Sprintf("(CASE WHEN typeof(%s) = 'integer' OR typeof(%s) = 'text' AND %s THEN CAST(%s AS REAL) ELSE %s END)", col, col, convertsToNum(col), col, col)
	}
	return col // BLOB affinity: nothing converts
}
