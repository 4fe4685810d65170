package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// The probe shares scans between checks, bounds its sample queries by the
// least failing key and reads the samples of several checks in one pass.
// TestProbeMatchesReference holds it to the straightforward form: for each
// check on its own, SELECT count(*) … WHERE cond, and SELECT key, value …
// WHERE cond ORDER BY key LIMIT 5, with every Fit condition guarded by its
// own numeric test (refCondition). The fixture mixes NULLs, numbers stored
// as text (with spaces, exponents, hex, too large), reals, blobs, empty
// strings, dates, JSON and case variants, in tables keyed by rowid, by an
// INTEGER PRIMARY KEY, by a TEXT primary key (one row with a NULL key) and
// by a composite key WITHOUT ROWID.

// refValues are the SQL literals the fixture columns are filled from.
var refValues = []string{
	"NULL", "0", "1", "-1", "7", "2147483648", "-2147483649", "9007199254740993", "32768",
	"1.5", "-0.25", "3.0", "1e20", "12.345678", "99999.995", "-0.0",
	"'12'", "' 12 '", "'12.5'", "'1e3'", "'99999999999'", "'-5'", "'0x10'", "'n/a'", "''", "'abc'", "'ABC'",
	"x'00ff'", "x'3132'", "x''",
	"'2024-01-02'", "'2023-02-29'", "'2024-01-02 10:00:00'", "'2024-01-02 00:00:00'", "'2024-13-01'", "'10:30'",
	`'{"a":1}'`, "'['", "'null'", "'123e4567-e89b-12d3-a456-426614174000'",
	"'true'", "'0'", "'1'", "'1e400'", "'-1e400'", "'1e-400'", "'0e5'", "'0.000e-999'", "'a long text value that is longer than forty characters'", "'héllo wörld ñ'",
	"'0.5'", "'-12.75'", "'123456.78'",
	// Edges of the integer fast path (fitsAsInteger).
	"'12.0000000000000001'", "'4503599627370497'", "4503599627370496", "'-4503599627370496'", "'2147483647'", "'-2147483648'",
	"'+5'", "'5.'", "'.5'", "' -0 '", "'0e0'", "'1E2'", "'1e-3'", "'12abc'", "'  '", "'9223372036854775807'",
	"'9223372036854775808'", "'-9223372036854775809'", "123456789012.5", "'999'", "'-99.9'", "99", "x'3132'", "'65535'", "'-1e2'",
}

// refFixture creates the fixture's tables and rows.
func refFixture(t *testing.T, ctx context.Context, c *Conn) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE p2 (x TEXT, y INTEGER, UNIQUE (x, y));
CREATE TABLE t (id INTEGER PRIMARY KEY, txt TEXT, vc VARCHAR(40), i INTEGER, r REAL, d DECIMAL(10,4),
  anyv BLOB, dt DATETIME, grp TEXT COLLATE NOCASE, a INTEGER, b TEXT, pid INTEGER, active INTEGER);
CREATE TABLE r (txt TEXT, grp TEXT, pid INTEGER);
CREATE TABLE k (code TEXT PRIMARY KEY, txt TEXT, grp TEXT, pid INTEGER);
CREATE TABLE w (a INTEGER, b TEXT, txt TEXT, grp TEXT, pid INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
INSERT INTO p (id) VALUES (1), (2), (3), (5), (8);
INSERT INTO p2 (x, y) VALUES ('a', 1), ('b', 2);
`)
	n := len(refValues)
	// v picks a value for row i of column col: different strides make the
	// first failing rows differ from check to check.
	v := func(i, col int) string { return refValues[(i*(2*col+3)+col*col)%n] }
	grp := func(i int) string {
		return []string{"'x'", "'X'", "'y'", "NULL", "'z'", "'x'", "1", "1.0", "'1'", "x'01'", "'w'"}[(i*7)%11]
	}
	pid := func(i int) string { return []string{"1", "2", "4", "NULL", "9", "'1'", "3", "8", "6", "5"}[(i*3)%10] }
	for i := 1; i <= 600; i++ {
		fmt.Fprintf(&b, "INSERT INTO t VALUES (%d, %s, %s, %s, %s, %s, %s, %s, %s, %d, %s, %s, %d);\n",
			i*3, v(i, 0), v(i, 1), v(i, 2), v(i, 3), v(i, 4), v(i, 5), v(i, 6), grp(i), i%4, []string{"'p'", "'q'", "NULL"}[i%3], pid(i), i%2)
		fmt.Fprintf(&b, "INSERT INTO r VALUES (%s, %s, %s);\n", v(i, 7), grp(i+3), pid(i+1))
		// k's rowid order is not its key order; one row has a NULL key.
		code := fmt.Sprintf("'k%04d'", (i*37)%1000)
		if i == 300 {
			code = "NULL"
		}
		fmt.Fprintf(&b, "INSERT INTO k VALUES (%s, %s, %s, %s);\n", code, v(i, 8), grp(i+5), pid(i+2))
		fmt.Fprintf(&b, "INSERT INTO w VALUES (%d, '%c', %s, %s, %s);\n", (i*7)%601, 'a'+rune(i%5), v(i, 9), grp(i+1), pid(i+4))
	}
	if err := c.Exec(ctx, b.String()); err != nil {
		t.Fatal(err)
	}
}

// refCondition is the straightforward rendering of a row-level check: one
// condition per way to fail, each numeric one with its own numeric test.
func refCondition(ch probe.Check) (string, []any) {
	col := quote(ch.Column)
	isNum := "(" + col + " < CAST(9e999 AS REAL))"
	num := "CAST(" + col + " AS NUMERIC)"
	notIn := func(values []string) (string, []any) {
		if len(values) == 0 {
			return col + " IS NOT NULL", nil
		}
		var args []any
		for _, v := range values {
			args = append(args, v)
		}
		return col + " IS NOT NULL AND " + col + " NOT IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ") + ")", args
	}
	switch ch.Kind {
	case probe.Rows:
		return "1", nil
	case probe.Nulls:
		return col + " IS NULL", nil
	case probe.NonNull:
		return col + " IS NOT NULL", nil
	case probe.CheckFails:
		return "(" + ch.Expr + ") IS FALSE", nil
	case probe.NotInValues:
		return notIn(ch.Values)
	}
	var parts []string
	var args []any
	for _, cd := range ch.Conds {
		var p string
		switch cd.Kind {
		case probe.TooLong:
			p = fmt.Sprintf("length(%s) > %d", col, cd.Length)
		case probe.OutOfRange:
			p = fmt.Sprintf("(%s AND (%s < %s OR %s > %s))", isNum, num, cd.Min, num, cd.Max)
		case probe.Overflow:
			p = fmt.Sprintf("(%s AND abs(%s) >= 1e%d)", isNum, num, cd.Digits)
		case probe.Rounds:
			// An integer has no fraction to lose (round() would read it as
			// a double).
			p = fmt.Sprintf("(%s AND typeof(%s) <> 'integer' AND %s <> round(%s, %d))", isNum, num, num, num, cd.Scale)
		case probe.NotIn:
			q, a := notIn(cd.Values)
			p, args = "("+q+")", append(args, a...)
		case probe.TimeLost:
			p = fmt.Sprintf("coalesce(time(%s), '00:00:00') <> '00:00:00'", col)
		case probe.DateLost:
			p = "1"
		case probe.FloatDigits, probe.FractionLost, probe.TimestampRange:
			p = "0"
		case probe.Negative:
			p = fmt.Sprintf("(%s AND %s < 0)", isNum, num)
		case probe.TooLongBytes:
			p = fmt.Sprintf("length(CAST(%s AS BLOB)) > %d", col, cd.Length)
		case probe.FloatRange:
			// Written apart from the engine's: infinity either way, or a
			// zero double from a mantissa that has a digit other than 0.
			r := "CAST(" + col + " AS REAL)"
			mant := fmt.Sprintf("CASE WHEN instr(lower(%s), 'e') > 0 THEN substr(%s, 1, instr(lower(%s), 'e') - 1) ELSE %s END", col, col, col, col)
			p = fmt.Sprintf("(%s AND (%s IN (CAST(9e999 AS REAL), CAST(-9e999 AS REAL)) OR (%s = 0 AND (%s) GLOB '*[1-9]*')))", isNum, r, r, mant)
		case probe.Unparsable:
			switch {
			case cd.Target.IsNumeric():
				p = "NOT " + isNum
			case cd.Target == schema.KindBool:
				p = fmt.Sprintf("NOT (%s AND %s IN (0, 1))", isNum, num)
			case cd.Target == schema.KindDate:
				p = fmt.Sprintf("NOT (typeof(%s) = 'text' AND date(%s) IS NOT NULL AND date(%s) = substr(trim(%s), 1, 10))", col, col, col, col)
			case cd.Target == schema.KindDateTime:
				p = fmt.Sprintf("NOT (typeof(%s) = 'text' AND datetime(%s) IS NOT NULL AND date(%s) = substr(trim(%s), 1, 10))", col, col, col, col)
			case cd.Target == schema.KindTime:
				p = fmt.Sprintf("NOT (typeof(%s) = 'text' AND time(%s) IS NOT NULL)", col, col)
			case cd.Target == schema.KindJSON:
				p = fmt.Sprintf("NOT json_valid(%s)", col)
			case cd.Target == schema.KindUUID:
				p = fmt.Sprintf("NOT (typeof(%s) = 'text' AND %s GLOB '%s')", col, col, uuidGlob)
			}
		}
		if p == "" {
			return "", nil
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return "0", nil
	}
	return col + " IS NOT NULL AND (" + strings.Join(parts, " OR ") + ")", args
}

// refAnswer is what the reference queries say about one check.
type refAnswer struct {
	affected, groups int64
	samples          []probe.Sample
}

// reference answers ch with one plain count query and one plain sample query.
func reference(t *testing.T, ctx context.Context, c *Conn, ch probe.Check) (refAnswer, bool) {
	t.Helper()
	var cond, count string
	var args []any
	var out refAnswer
	switch ch.Kind {
	case probe.Duplicates:
		var cols, notNull []string
		for _, col := range ch.Columns {
			cols = append(cols, quote(col))
			notNull = append(notNull, quote(col)+" IS NOT NULL")
		}
		where := strings.Join(notNull, " AND ")
		if ch.Expr != "" {
			where += " AND (" + ch.Expr + ")"
		}
		group := fmt.Sprintf("SELECT %s FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1", strings.Join(cols, ", "), quote(ch.Table), where, strings.Join(cols, ", "))
		cond = fmt.Sprintf("%s AND (%s) IN (%s)", where, strings.Join(cols, ", "), group)
		q := fmt.Sprintf("SELECT count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1)", quote(ch.Table), where, strings.Join(cols, ", "))
		if err := c.conn.QueryRowContext(ctx, q).Scan(&out.groups, &out.affected); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	case probe.Orphans:
		var parts []string
		for i, col := range ch.Columns {
			parts = append(parts, quote(col)+" IS NOT NULL")
			if ch.RefTable != "missing" {
				parts = append(parts, fmt.Sprintf("NOT EXISTS (SELECT 1 FROM %s AS p WHERE p.%s = +%s.%s)", quote(ch.RefTable), quote(ch.RefColumns[i]), quote(ch.Table), quote(col)))
			}
		}
		if len(ch.Columns) > 1 && ch.RefTable != "missing" {
			var match []string
			for i, col := range ch.Columns {
				match = append(match, fmt.Sprintf("p.%s = +%s.%s", quote(ch.RefColumns[i]), quote(ch.Table), quote(col)))
			}
			parts = []string{quote(ch.Columns[0]) + " IS NOT NULL", quote(ch.Columns[1]) + " IS NOT NULL",
				fmt.Sprintf("NOT EXISTS (SELECT 1 FROM %s AS p WHERE %s)", quote(ch.RefTable), strings.Join(match, " AND "))}
		}
		cond = strings.Join(parts, " AND ")
		count = "SELECT count(*) FROM " + quote(ch.Table) + " WHERE " + cond
	default:
		cond, args = refCondition(ch)
		if cond == "" {
			return out, false
		}
		count = "SELECT count(*) FROM " + quote(ch.Table) + " WHERE " + cond
	}
	if count != "" {
		if err := c.conn.QueryRowContext(ctx, count, args...).Scan(&out.affected); err != nil {
			t.Fatalf("%s: %v", count, err)
		}
	}
	if ch.Kind == probe.Rows || out.affected == 0 {
		return out, true
	}
	var sel []string
	for _, k := range keyCols(ch) {
		if k != "rowid" {
			k = quote(k)
		}
		sel = append(sel, k)
	}
	val := "NULL"
	if ch.Column != "" {
		val = quote(ch.Column)
	} else if (ch.Kind == probe.Duplicates || ch.Kind == probe.Orphans) && len(ch.Columns) > 1 {
		// The duplicated key, its parts joined as every dialect shows it.
		parts := make([]string, len(ch.Columns))
		for i, col := range ch.Columns {
			parts[i] = quote(col)
		}
		val = "concat_ws(', ', " + strings.Join(parts, ", ") + ")"
	} else if len(ch.Columns) == 1 || ch.Kind == probe.Orphans {
		val = quote(ch.Columns[0])
	}
	q := fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d", strings.Join(sel, ", "), val, quote(ch.Table), cond, strings.Join(sel, ", "), probe.MaxSamples)
	rows, err := c.conn.QueryContext(ctx, q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	for rows.Next() {
		vals := make([]any, len(sel)+1)
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		s := probe.Sample{Key: map[string]any{}, Value: plain(vals[len(sel)])}
		for i, k := range keyCols(ch) {
			s.Key[k] = plain(vals[i])
		}
		out.samples = append(out.samples, s)
	}
	return out, true
}

// refChecks are the checks put to the fixture: a Fit check for every
// column and target type FitConds has conditions for, and the other kinds
// on every table.
func refChecks() []probe.Check {
	targets := []string{"INTEGER", "SMALLINT", "BIGINT", "INTEGER UNSIGNED", "DECIMAL(5,2)", "DECIMAL(10,0)", "DECIMAL(3,1)",
		"NUMERIC", "DOUBLE", "REAL", "BOOLEAN", "DATE", "DATETIME", "TIME", "JSON", "UUID", "VARCHAR(5)", "VARCHAR(12)", "TEXT"}
	cols := map[string]string{"txt": "TEXT", "vc": "VARCHAR(40)", "i": "INTEGER", "r": "REAL", "d": "DECIMAL(10,4)", "anyv": "BLOB", "dt": "DATETIME"}
	var checks []probe.Check
	for _, col := range []string{"txt", "vc", "i", "r", "d", "anyv", "dt"} {
		from := parseType(cols[col])
		for _, target := range targets {
			to := parseType(target)
			if conds := probe.FitConds(from, to); len(conds) > 0 {
				checks = append(checks, probe.Check{Kind: probe.Fit, Table: "t", Column: col, From: from, To: to, Conds: conds})
			}
		}
		enum := schema.Type{Kind: schema.KindEnum, Raw: "ENUM('abc','12')", Values: []string{"abc", "12"}}
		checks = append(checks, probe.Check{Kind: probe.Fit, Table: "t", Column: col, From: from, To: enum, Conds: probe.FitConds(from, enum)})
	}
	for _, tbl := range []string{"t", "r", "k", "w"} {
		checks = append(checks,
			probe.Check{Kind: probe.Rows, Table: tbl},
			probe.Check{Kind: probe.Nulls, Table: tbl, Column: "txt"},
			probe.Check{Kind: probe.NonNull, Table: tbl, Column: "grp"},
			probe.Check{Kind: probe.CheckFails, Table: tbl, Expr: "length(txt) < 6"},
			probe.Check{Kind: probe.CheckFails, Table: tbl, Expr: "pid IN (1, 2) OR pid > 7"},
			probe.Check{Kind: probe.NotInValues, Table: tbl, Column: "grp", Values: []string{"x", "1"}},
			probe.Check{Kind: probe.NotInValues, Table: tbl, Column: "txt", Values: nil},
			probe.Check{Kind: probe.Fit, Table: tbl, Column: "txt", From: parseType("TEXT"), To: parseType("INTEGER"), Conds: probe.FitConds(parseType("TEXT"), parseType("INTEGER"))},
			probe.Check{Kind: probe.Duplicates, Table: tbl, Columns: []string{"grp"}},
			probe.Check{Kind: probe.Duplicates, Table: tbl, Columns: []string{"txt"}},
			probe.Check{Kind: probe.Duplicates, Table: tbl, Columns: []string{"grp", "txt"}},
			probe.Check{Kind: probe.Duplicates, Table: tbl, Columns: []string{"grp"}, Expr: "pid > 2"},
			probe.Check{Kind: probe.Orphans, Table: tbl, Columns: []string{"pid"}, RefTable: "p", RefColumns: []string{"id"}},
			probe.Check{Kind: probe.Orphans, Table: tbl, Columns: []string{"pid"}, RefTable: "missing", RefColumns: []string{"id"}},
			probe.Check{Kind: probe.Orphans, Table: tbl, Columns: []string{"grp", "pid"}, RefTable: "p2", RefColumns: []string{"x", "y"}},
		)
	}
	checks = append(checks,
		probe.Check{Kind: probe.Duplicates, Table: "t", Columns: []string{"a", "b"}},
		probe.Check{Kind: probe.Duplicates, Table: "t", Columns: []string{"grp"}, Expr: "active = 1"},
	)
	keys := map[string][]string{"t": {"id"}, "r": nil, "k": {"code"}, "w": {"a", "b"}}
	for i := range checks {
		checks[i].Key = keys[checks[i].Table]
	}
	return checks
}

func TestProbeMatchesReference(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	refFixture(t, ctx, c)
	checks := refChecks()
	want := make([]refAnswer, len(checks))
	checkable := make([]bool, len(checks))
	for i, ch := range checks {
		want[i], checkable[i] = reference(t, ctx, c, ch)
	}
	compare := func(t *testing.T, i int, got probe.Result) {
		t.Helper()
		ch := checks[i]
		name := fmt.Sprintf("%d %s %s.%s%v %s→%s %s", i, ch.Kind, ch.Table, ch.Column, ch.Columns, ch.From.Raw, ch.To.Raw, ch.Expr)
		if !checkable[i] {
			if got.Status != probe.NotCheckable {
				t.Errorf("%s: status %s, want not_checkable", name, got.Status)
			}
			return
		}
		if got.Status != probe.Exact {
			t.Errorf("%s: status %s (%v), want exact", name, got.Status, got.Err)
			return
		}
		if got.Affected != want[i].affected || got.Groups != want[i].groups {
			t.Errorf("%s: %d rows in %d groups, want %d in %d", name, got.Affected, got.Groups, want[i].affected, want[i].groups)
		}
		if !reflect.DeepEqual(got.Samples, want[i].samples) {
			t.Errorf("%s: samples\n got %v\nwant %v", name, got.Samples, want[i].samples)
		}
	}
	t.Run("all at once", func(t *testing.T) {
		res, err := c.Probe(ctx, checks, probe.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range checks {
			compare(t, i, res[i])
		}
	})
	t.Run("one by one", func(t *testing.T) {
		for i := range checks {
			res, err := c.Probe(ctx, checks[i:i+1], probe.Options{})
			if err != nil {
				t.Fatal(err)
			}
			compare(t, i, res[0])
		}
	})
	// The fixture must exercise what the probe's shortcuts depend on.
	var failing, dupSampled, fitFailing int
	for i, w := range want {
		if w.affected > probe.MaxSamples {
			failing++
		}
		if checks[i].Kind == probe.Duplicates && len(w.samples) == probe.MaxSamples {
			dupSampled++
		}
		if checks[i].Kind == probe.Fit && w.affected > 0 {
			fitFailing++
		}
	}
	if failing < 50 || dupSampled < 10 || fitFailing < 50 {
		t.Errorf("fixture too tame: %d checks with more than %d rows, %d duplicate checks with full samples, %d failing Fit checks", failing, probe.MaxSamples, dupSampled, fitFailing)
	}
}
