package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// Probe implements dialect.Conn. Row-level checks of one table share one
// aggregate scan; duplicate and orphan checks are one query each; samples
// are fetched only for checks that found rows. Everything runs in a read
// transaction that is rolled back (or inside the sync lock, read only).
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
		var idx []int
		var conds []string
		var args []any
		for i, ch := range checks {
			if ch.Table != tbl || !ch.Kind.RowLevel() {
				continue
			}
			cond, a, note := condition(ch)
			if cond == "" {
				results[i] = probe.Result{Status: probe.NotCheckable, Note: note}
				continue
			}
			idx = append(idx, i)
			conds = append(conds, cond)
			args = append(args, a...)
		}
		if len(idx) > 0 {
			c.rowLevel(ctx, timeout, tbl, checks, idx, conds, args, results)
		}
		for i, ch := range checks {
			if ch.Table != tbl {
				continue
			}
			switch ch.Kind {
			case probe.Duplicates:
				results[i] = c.duplicates(ctx, timeout, ch)
			case probe.Orphans:
				results[i] = c.orphans(ctx, timeout, ch)
			}
		}
	}
	return results, nil
}

// rowLevel runs the table's one aggregate scan and then the samples.
func (c *Conn) rowLevel(ctx context.Context, timeout time.Duration, tbl string, checks []probe.Check, idx []int, conds []string, args []any, results []probe.Result) {
	sel := make([]string, len(conds))
	for i, cond := range conds {
		sel[i] = "count(*) FILTER (WHERE " + cond + ")"
	}
	q := "SELECT " + strings.Join(sel, ", ") + " FROM " + quote(tbl)
	counts := make([]int64, len(conds))
	dest := make([]any, len(conds))
	for i := range counts {
		dest[i] = &counts[i]
	}
	qctx, cancel := context.WithTimeout(ctx, timeout)
	err := c.conn.QueryRowContext(qctx, q, args...).Scan(dest...)
	cancel()
	if err != nil {
		st := probe.Failed
		if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupt") {
			st = probe.TimedOut
		}
		for _, i := range idx {
			results[i] = probe.Result{Status: st, Err: err, Note: "the aggregate probe query failed"}
		}
		return
	}
	argAt := 0
	for j, i := range idx {
		cond, a, _ := condition(checks[i])
		_ = cond
		res := probe.Result{Status: probe.Exact, Affected: counts[j]}
		if counts[j] > 0 && checks[i].Kind != probe.Rows {
			res.Samples = c.samples(ctx, checks[i], conds[j], args[argAt:argAt+len(a)])
		}
		argAt += len(a)
		results[i] = res
	}
}

// keyCols are the columns that identify a sample row.
func keyCols(ch probe.Check) []string {
	if len(ch.Key) > 0 {
		return ch.Key
	}
	return []string{"rowid"}
}

func (c *Conn) samples(ctx context.Context, ch probe.Check, cond string, args []any) []probe.Sample {
	keys := keyCols(ch)
	var sel []string
	for _, k := range keys {
		if k == "rowid" {
			sel = append(sel, "rowid")
		} else {
			sel = append(sel, quote(k))
		}
	}
	val := "NULL"
	switch {
	case ch.Column != "":
		val = quote(ch.Column)
	case len(ch.Columns) == 1:
		val = quote(ch.Columns[0])
	}
	q := fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d",
		strings.Join(sel, ", "), val, quote(ch.Table), cond, strings.Join(sel, ", "), probe.MaxSamples)
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
// every number, including +Inf.
func isNum(col string) string { return "(" + col + " < CAST(9e999 AS REAL))" }

// condition renders a row-level check as a boolean SQL expression over one
// row, with its bind arguments, or "" and a note when it cannot be checked.
func condition(ch probe.Check) (string, []any, string) {
	col := quote(ch.Column)
	switch ch.Kind {
	case probe.Rows:
		return "1", nil, ""
	case probe.Nulls:
		return col + " IS NULL", nil, ""
	case probe.NonNull:
		return col + " IS NOT NULL", nil, ""
	case probe.CheckFails:
		// A CHECK passes on NULL: only a false result counts.
		return "(" + ch.Expr + ") IS FALSE", nil, ""
	case probe.NotInValues:
		return notIn(col, ch.Values)
	case probe.Fit:
		var parts []string
		var args []any
		for _, cd := range ch.Conds {
			p, a, note := fitCond(col, ch, cd)
			if p == "" {
				return "", nil, note
			}
			parts = append(parts, p)
			args = append(args, a...)
		}
		if len(parts) == 0 {
			return "0", nil, ""
		}
		return col + " IS NOT NULL AND (" + strings.Join(parts, " OR ") + ")", args, ""
	}
	return "", nil, "unknown check " + ch.Kind.String()
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

// fitCond renders one way a value can fail to fit the new type.
func fitCond(col string, ch probe.Check, cd probe.Cond) (string, []any, string) {
	num := "CAST(" + col + " AS NUMERIC)"
	switch cd.Kind {
	case probe.TooLong:
		return fmt.Sprintf("length(%s) > %d", col, cd.Length), nil, ""
	case probe.OutOfRange:
		return fmt.Sprintf("(%s AND (%s < %s OR %s > %s))", isNum(col), num, cd.Min, num, cd.Max), nil, ""
	case probe.Overflow:
		return fmt.Sprintf("(%s AND abs(%s) >= 1e%d)", isNum(col), num, cd.Digits), nil, ""
	case probe.Rounds:
		return fmt.Sprintf("(%s AND %s <> round(%s, %d))", isNum(col), num, num, cd.Scale), nil, ""
	case probe.NotIn:
		p, a, n := notIn(col, cd.Values)
		return "(" + p + ")", a, n
	case probe.TimeLost:
		return fmt.Sprintf("coalesce(time(%s), '00:00:00') <> '00:00:00'", col), nil, ""
	case probe.Unparsable:
		switch {
		case cd.Target.IsNumeric():
			return "NOT " + isNum(col), nil, ""
		case cd.Target == schema.KindBool:
			return fmt.Sprintf("NOT (%s AND %s IN (0, 1))", isNum(col), num), nil, ""
		case cd.Target == schema.KindDate:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND date(%s) IS NOT NULL)", col, col), nil, ""
		case cd.Target == schema.KindDateTime:
			return fmt.Sprintf("NOT (typeof(%s) = 'text' AND datetime(%s) IS NOT NULL)", col, col), nil, ""
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

func (c *Conn) duplicates(ctx context.Context, timeout time.Duration, ch probe.Check) probe.Result {
	var cols, notNull []string
	for _, col := range ch.Columns {
		if col == "" {
			return probe.Result{Status: probe.NotCheckable, Note: "the unique index has expression keys"}
		}
		cols = append(cols, quote(col))
		notNull = append(notNull, quote(col)+" IS NOT NULL")
	}
	where := strings.Join(notNull, " AND ")
	if ch.Expr != "" {
		where += " AND (" + ch.Expr + ")"
	}
	group := fmt.Sprintf("SELECT %s FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1", strings.Join(cols, ", "), quote(ch.Table), where, strings.Join(cols, ", "))
	q := fmt.Sprintf("SELECT count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1)",
		quote(ch.Table), where, strings.Join(cols, ", "))
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var res probe.Result
	if err := c.conn.QueryRowContext(qctx, q).Scan(&res.Groups, &res.Affected); err != nil {
		return failed(err)
	}
	res.Status = probe.Exact
	if res.Affected > 0 {
		cond := fmt.Sprintf("(%s) IN (%s)", strings.Join(cols, ", "), group)
		res.Samples = c.samples(ctx, ch, cond, nil)
	}
	return res
}

func (c *Conn) orphans(ctx context.Context, timeout time.Duration, ch probe.Check) probe.Result {
	var notNull, match []string
	for i, col := range ch.Columns {
		notNull = append(notNull, "c."+quote(col)+" IS NOT NULL")
		if i < len(ch.RefColumns) {
			match = append(match, "p."+quote(ch.RefColumns[i])+" = c."+quote(col))
		}
	}
	var exists int
	if err := c.conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", ch.RefTable).Scan(&exists); err != nil {
		return failed(err)
	}
	cond := strings.Join(notNull, " AND ")
	note := ""
	if exists == 1 {
		cond += fmt.Sprintf(" AND NOT EXISTS (SELECT 1 FROM %s AS p WHERE %s)", quote(ch.RefTable), strings.Join(match, " AND "))
	} else {
		note = "the parent table " + ch.RefTable + " does not exist yet, so every non-NULL reference is an orphan"
	}
	q := fmt.Sprintf("SELECT count(*) FROM %s AS c WHERE %s", quote(ch.Table), cond)
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res := probe.Result{Note: note}
	if err := c.conn.QueryRowContext(qctx, q).Scan(&res.Affected); err != nil {
		return failed(err)
	}
	res.Status = probe.Exact
	if res.Affected > 0 {
		keys := keyCols(ch)
		var sel []string
		for _, k := range keys {
			if k == "rowid" {
				sel = append(sel, "c.rowid")
			} else {
				sel = append(sel, "c."+quote(k))
			}
		}
		sq := fmt.Sprintf("SELECT %s, c.%s FROM %s AS c WHERE %s ORDER BY %s LIMIT %d",
			strings.Join(sel, ", "), quote(ch.Columns[0]), quote(ch.Table), cond, strings.Join(sel, ", "), probe.MaxSamples)
		res.Samples = c.collectSamples(ctx, sq, nil, keys)
	}
	return res
}

func failed(err error) probe.Result {
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupt") {
		return probe.Result{Status: probe.TimedOut, Err: err}
	}
	return probe.Result{Status: probe.Failed, Err: err}
}
