package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// DefaultProbeTimeout is the statement_timeout of each probe query, in
// seconds, when probe.Options.TimeoutSeconds is 0.
const DefaultProbeTimeout = 60

// Regular expressions for what PostgreSQL's input functions accept. They run
// before any cast so that a probe query never fails on the data it counts.
const (
	intRE     = `^\s*[-+]?[0-9]+\s*$`
	numericRE = `^\s*[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$`
	// fltMin is the least normal 4-byte float and fltTrueMin its least
	// subnormal (C's FLT_MIN and FLT_TRUE_MIN).
	fltMin, fltTrueMin = "1.1754943508222875e-38", "1.401298464324817e-45"
	specialRE          = `^\s*[-+]?(nan|inf|infinity)\s*$`
	infRE              = `^\s*[-+]?(inf|infinity)\s*$`
	// boolRE: boolin (parse_bool_with_len) takes any prefix of true/false/yes/no,
	// on, and off down to "of", 1 and 0, case-insensitively, around whitespace.
	boolRE = `^\s*(t|tr|tru|true|f|fa|fal|fals|false|y|ye|yes|n|no|on|of|off|1|0)\s*$`
	// uuidRE: uuid_in takes 32 hex digits, a hyphen allowed after any group
	// of four, inside both braces or neither.
	uuidRE = `^([0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}|\{[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){7}\})$`
)

// Probe implements dialect.Conn. Row-level checks of one table share one
// aggregate scan; duplicates and orphans are one query per check. Every
// query runs in a READ ONLY transaction with a statement_timeout.
func (c *Conn) Probe(ctx context.Context, checks []probe.Check, opts probe.Options) ([]probe.Result, error) {
	res := make([]probe.Result, len(checks))
	timeout := opts.TimeoutSeconds
	if timeout <= 0 {
		timeout = DefaultProbeTimeout
	}
	p := &prober{c: c, timeout: timeout, opts: opts}
	var order []string
	groups := map[string][]int{}
	for i, ch := range checks {
		if r, ok := p.perRowDefault(ctx, ch); ok {
			if r.Status == fatal {
				return nil, r.Err
			}
			res[i] = r
			continue
		}
		switch {
		case ch.Kind == probe.Duplicates:
			res[i] = p.duplicates(ctx, ch)
		case ch.Kind == probe.Orphans:
			res[i] = p.orphans(ctx, ch)
		case ch.Kind == probe.Conflicts:
			res[i] = p.conflicts(ctx, ch)
		case ch.Kind.RowLevel():
			k := tkey(ch.Schema, ch.Table)
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], i)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if res[i].Status == fatal {
			return nil, res[i].Err
		}
	}
	for _, k := range order {
		if err := p.rowLevel(ctx, checks, groups[k], res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// fatal marks a result whose error is a broken connection, not a failed query.
const fatal probe.Status = -1

type prober struct {
	c       *Conn
	timeout int
	opts    probe.Options
}

// perRowDefault answers a check that reads a new column as its default
// (probe.Check.Evaluated) when one of those defaults calls a VOLATILE
// function: ADD COLUMN computes it for each row (clock_timestamp(),
// random(), gen_random_uuid() give each row its own value), which a probe
// cannot reproduce, so the check is not checkable. A STABLE or IMMUTABLE
// default (now(), CURRENT_DATE) is computed once and shared by every row,
// as the probe's query computes it: ok is false and the check is counted.
func (p *prober) perRowDefault(ctx context.Context, ch probe.Check) (probe.Result, bool) {
	for _, def := range ch.Evaluated {
		vol, err := p.c.volatile(ctx, def)
		if err != nil {
			if ctx.Err() != nil {
				return probe.Result{Status: fatal, Err: ctx.Err()}, true
			}
			return probe.Result{Status: probe.Failed, Err: err, Note: "could not tell whether the default " + def + " is volatile"}, true
		}
		if vol {
			return probe.Result{Status: probe.NotCheckable, Note: fmt.Sprintf("the new column's default %s calls a VOLATILE function, which ADD COLUMN evaluates for every existing row separately: the values it will give cannot be counted in advance; add the column, then the constraint, after checking the values", def)}, true
		}
	}
	return probe.Result{}, false
}

// readOnly runs fn in a read-only transaction with the probe's statement_timeout.
func (p *prober) readOnly(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := p.c.conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("SET LOCAL statement_timeout = '%ds'", p.timeout)); err != nil {
		return err
	}
	return fn(tx)
}

// failure turns a query error into a result status.
func (p *prober) failure(ctx context.Context, err error) probe.Result {
	var pe *pgconn.PgError
	switch {
	case ctx.Err() != nil:
		return probe.Result{Status: fatal, Err: ctx.Err()}
	case errors.As(err, &pe) && pe.Code == "57014":
		return probe.Result{Status: probe.TimedOut, Note: fmt.Sprintf("the probe query ran longer than %ds (statement_timeout); raise the probe timeout or sample the table", p.timeout)}
	case errors.As(err, &pe):
		return probe.Result{Status: probe.Failed, Err: fmt.Errorf("probe query: %w", err), Note: pe.Message}
	}
	return probe.Result{Status: fatal, Err: fmt.Errorf("probe query: %w", err)}
}

// rowLevel counts all row-level checks of one table in one scan.
func (p *prober) rowLevel(ctx context.Context, checks []probe.Check, idx []int, res []probe.Result) error {
	type q struct {
		i    int
		cond string
	}
	var qs []q
	for _, i := range idx {
		cond, note := rowCond(checks[i])
		if note != "" {
			res[i] = probe.Result{Status: probe.NotCheckable, Note: note}
			continue
		}
		qs = append(qs, q{i, cond})
	}
	if len(qs) == 0 {
		return nil
	}
	first := checks[qs[0].i]
	from := qualify(first.Schema, first.Table)
	sampled := p.opts.SamplePercent > 0 && p.opts.SamplePercent < 100
	fromClause := from
	if sampled {
		fromClause += fmt.Sprintf(" TABLESAMPLE SYSTEM (%g)", p.opts.SamplePercent)
	}
	aggs := make([]string, len(qs))
	for k, x := range qs {
		aggs[k] = "count(*) FILTER (WHERE " + x.cond + ")"
	}
	counts := make([]int64, len(qs))
	dest := make([]any, len(qs))
	for k := range counts {
		dest[k] = &counts[k]
	}
	query := "SELECT " + strings.Join(aggs, ", ") + " FROM " + fromClause
	err := p.readOnly(ctx, func(tx *sql.Tx) error { return tx.QueryRowContext(ctx, query).Scan(dest...) })
	if err != nil {
		f := p.failure(ctx, err)
		if f.Status == fatal {
			return f.Err
		}
		if f.Status == probe.Failed && len(qs) > 1 {
			// One condition that cannot be evaluated (a new generated
			// expression dividing by zero) fails the shared scan: count
			// each check on its own, so only that one stays unchecked.
			for _, x := range qs {
				if err := p.rowLevel(ctx, checks, []int{x.i}, res); err != nil {
					return err
				}
			}
			return nil
		}
		for _, x := range qs {
			res[x.i] = f
		}
		return nil
	}
	for k, x := range qs {
		r := probe.Result{Status: probe.Exact, Affected: counts[k]}
		if sampled {
			r.Status = probe.Estimate
			r.Affected = int64(math.Round(float64(counts[k]) * 100 / p.opts.SamplePercent))
			r.Note = fmt.Sprintf("estimated from a %g%% TABLESAMPLE SYSTEM sample of the table's pages and scaled", p.opts.SamplePercent)
		}
		// Rows (a dropped table, a required column added) affects every
		// row alike: no row stands out to show, and no dialect samples it.
		if ch := checks[x.i]; counts[k] > 0 && ch.Kind != probe.Rows {
			value := "NULL"
			if ch.Column != "" {
				value = quoteIdent(ch.Column) + "::text"
			}
			samples, err := p.samples(ctx, ch, from, x.cond, value)
			if err != nil {
				return err
			}
			r.Samples = samples
		}
		res[x.i] = r
	}
	return nil
}

// samples fetches up to probe.MaxSamples offending rows. A failure to fetch
// samples leaves the count standing.
func (p *prober) samples(ctx context.Context, ch probe.Check, from, cond, value string) ([]probe.Sample, error) {
	keys := ch.Key
	// The outputs are aliased: an output named like the key column would
	// make ORDER BY sort by its text, which is a different order and
	// keeps the server from walking the key's index and stopping early.
	keyExprs := make([]string, len(keys))
	for i, k := range keys {
		keyExprs[i] = fmt.Sprintf("%s::text AS sg_k%d", quoteIdent(k), i)
	}
	value += " AS sg_value"
	order := quoteIdents(ch.Key)
	if len(keys) == 0 {
		keys, keyExprs, order = []string{"ctid"}, []string{"ctid::text AS sg_k0"}, "ctid"
	}
	query := fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d",
		strings.Join(keyExprs, ", "), value, from, cond, order, probe.MaxSamples)
	var out []probe.Sample
	err := p.readOnly(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			vals := make([]sql.NullString, len(keys)+1)
			dest := make([]any, len(vals))
			for i := range vals {
				dest[i] = &vals[i]
			}
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			s := probe.Sample{Key: map[string]any{}}
			for i, k := range keys {
				s.Key[k] = nullable(vals[i])
			}
			s.Value = nullable(vals[len(keys)])
			out = append(out, s)
		}
		return rows.Err()
	})
	if err != nil {
		if f := p.failure(ctx, err); f.Status == fatal {
			return nil, f.Err
		}
		return nil, nil
	}
	return out, nil
}

func nullable(v sql.NullString) any {
	if !v.Valid {
		return nil
	}
	return v.String
}

// rowCond is the SQL condition under which a row counts for a row-level
// check, or a note saying why it cannot be counted.
func rowCond(ch probe.Check) (cond, note string) {
	col := quoteIdent(ch.Column)
	switch ch.Kind {
	case probe.Rows:
		return "true", ""
	case probe.Nulls:
		return col + " IS NULL", ""
	case probe.NonNull:
		return col + " IS NOT NULL", ""
	case probe.CheckFails:
		// A CHECK passes on NULL, so only a false result counts. Columns the
		// plan retypes are read as their new type (the catalog's spelling).
		// Columns the plan gives a new collation compare under it ('A' <>
		// 'a' is false under a case-insensitive one), as ADD CHECK after
		// the change does.
		expr := ch.Expr
		for _, col := range ch.ChangedColumns() {
			v := quoteIdent(col)
			if t, ok := ch.Retyped[col]; ok && t.Kind != schema.KindEnum && t.Raw != "" {
				v = "CAST(" + v + " AS " + t.Raw + ")"
			}
			if coll := ch.Recollated[col]; coll != "" {
				v = "(" + v + " COLLATE " + quoteIdent(coll) + ")"
			}
			if v != quoteIdent(col) {
				expr = diff.ReplaceIdent(expr, col, v, diff.CaseFoldUnquoted)
			}
		}
		return "NOT (" + expr + ")", ""
	case probe.NotInValues:
		return col + " IS NOT NULL AND " + asBytes(col) + " NOT IN (" + literals(ch.Values) + ")", ""
	case probe.Fit:
		var parts []string
		for _, cd := range ch.Conds {
			s, note := fitCond(col, ch.From, cd)
			if note != "" {
				return "", note
			}
			parts = append(parts, "("+s+")")
		}
		if len(parts) == 0 {
			return "false", ""
		}
		either := strings.Join(parts, " OR ")
		if plain := plainDigits(col, ch); plain != "" {
			return col + " IS NOT NULL AND CASE WHEN " + plain + " THEN false ELSE " + either + " END", ""
		}
		return col + " IS NOT NULL AND (" + either + ")", ""
	}
	return "", fmt.Sprintf("PostgreSQL cannot count %s checks", ch.Kind)
}

// plainDigits is, for a text-to-integer Fit check, a test that settles
// most rows without a regular expression: a value of 1 to d ASCII digits,
// where d is one less than the digits of the target's maximum, converts,
// fits the range and loses nothing, so none of the check's conditions
// can hold for it. The regular expressions and numeric casts then run only
// on the other values; on 10,000,000 rows that cuts the check from about
// 16 to about 3 times a plain scan. It returns "" when the check is not
// of that shape.
func plainDigits(col string, ch probe.Check) string {
	if !ch.From.Kind.IsString() {
		return ""
	}
	digits := 0
	for _, cd := range ch.Conds {
		switch {
		case cd.Kind == probe.Unparsable && cd.Target.IsInteger(), cd.Kind == probe.Rounds:
		case cd.Kind == probe.OutOfRange:
			if strings.Trim(cd.Max, "0123456789") != "" || !(strings.HasPrefix(cd.Min, "-") || cd.Min == "0") {
				return ""
			}
			digits = len(cd.Max) - 1
		default:
			return ""
		}
	}
	if digits < 1 {
		return ""
	}
	text := col + "::text"
	// octet_length, not a comparison with '': under a nondeterministic
	// collation a non-empty string can equal ''.
	return fmt.Sprintf("octet_length(%s) BETWEEN 1 AND %d AND octet_length(ltrim(%s, '0123456789')) = 0", text, digits, text)
}

// asBytes is the column as text under the "C" collation. A cast to text
// keeps a text column's collation, and the conversions compare bytes:
// under a nondeterministic one 'Open' equals 'open', which an enum of
// 'open' refuses, and regular expressions fail outright (SQLSTATE 0A000).
func asBytes(col string) string {
	return "(" + col + `::text COLLATE "C")`
}

// fitCond renders one way a value of type from can fail to fit. Text
// sources are matched against the input syntax before any cast, inside a
// CASE, so that the query itself never fails on bad data.
func fitCond(col string, from schema.Type, cd probe.Cond) (string, string) {
	text := asBytes(col)
	numeric := from.Kind.IsNumeric()
	if from.Kind.IsTemporal() && (cd.Kind == probe.OutOfRange || cd.Kind == probe.Overflow || cd.Kind == probe.Rounds) {
		// Only a number is compared with a range or a scale, and no date
		// or time casts to one.
		return "", noCast(from)
	}
	switch cd.Kind {
	case probe.TooLong:
		// A value has no more characters than bytes; octet_length reads the
		// stored size where char_length decodes every byte.
		return fmt.Sprintf("octet_length(%[1]s) > %[2]d AND char_length(%[1]s) > %[2]d", text, cd.Length), ""
	case probe.OutOfRange:
		switch {
		case from.Kind.IsInteger():
			return fmt.Sprintf("%s NOT BETWEEN %s AND %s", col, cd.Min, cd.Max), ""
		case numeric:
			// The cast to an integer rounds first; NaN and infinity never fit.
			return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN true ELSE round(%s::numeric) NOT BETWEEN %s AND %s END",
				col, quoteLiteral(specialRE), col, cd.Min, cd.Max), ""
		default:
			return fmt.Sprintf("CASE WHEN %s ~ %s THEN %s::numeric NOT BETWEEN %s AND %s END",
				text, quoteLiteral(intRE), text, cd.Min, cd.Max), ""
		}
	case probe.Overflow:
		// A scale above the precision (numeric(3,5)) leaves no integer
		// digits at all: the limit is a fraction.
		limit := "1" + strings.Repeat("0", max(cd.Digits, 0))
		if cd.Digits < 0 {
			limit = "0." + strings.Repeat("0", -cd.Digits-1) + "1"
		}
		// NaN fits a numeric(p,s); infinity does not ("numeric field overflow").
		if numeric {
			return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN %s::text ~* %s ELSE abs(%s::numeric) >= %s END", col, quoteLiteral(specialRE), col, quoteLiteral(infRE), col, limit), ""
		}
		return fmt.Sprintf("CASE WHEN %s ~ %s THEN abs(%s::numeric) >= %s WHEN %s ~* %s THEN true END", text, quoteLiteral(numericRE), text, limit, text, quoteLiteral(infRE)), ""
	case probe.Rounds:
		if numeric {
			return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN false ELSE %s::numeric <> round(%s::numeric, %d) END", col, quoteLiteral(specialRE), col, col, cd.Scale), ""
		}
		return fmt.Sprintf("CASE WHEN %s ~ %s THEN %s::numeric <> round(%s::numeric, %d) END", text, quoteLiteral(numericRE), text, text, cd.Scale), ""
	case probe.Unparsable:
		return unparsable(col, text, from, cd.Target)
	case probe.NotIn:
		return text + " NOT IN (" + literals(cd.Values) + ")", ""
	case probe.TimeLost:
		return col + "::time <> '00:00'", ""
	case probe.DateLost:
		if from.Kind == schema.KindDate {
			return "", noCast(from)
		}
		return "true", ""
	case probe.DateGiven:
		return "", noCast(from)
	case probe.Negative:
		if numeric {
			return col + " < 0", ""
		}
	case probe.FractionLost:
		// The cast rounds to the new precision, as the ALTER does.
		if cd.Type == "" {
			break
		}
		return fmt.Sprintf("%s <> CAST(%s AS %s)", col, col, cd.Type), ""
	case probe.TooLongBytes:
		return fmt.Sprintf("octet_length(%s) > %d", text, cd.Length), ""
	case probe.TrailingSpaces:
		// character(n) keeps no trailing space as data: 'ab ' reads back
		// as 'ab' through text. Only U+0020 counts, as for bpchar's own
		// rtrim; rtrim and octet_length work under any collation, where
		// LIKE and regular expressions refuse a nondeterministic one.
		return fmt.Sprintf("octet_length(rtrim(%[1]s, ' ')) < octet_length(%[1]s)", text), ""
	case probe.TimestampRange:
		return "false", "" // PostgreSQL's timestamps hold every date
	case probe.ZoneRange:
		// timestamp -> timestamptz reads the value as local time in the
		// session's zone (the ALTER's): the instant is the value minus the
		// offset, beyond the last instant when the zone is west of UTC.
		// timestamptz -> timestamp adds it: beyond the last local time
		// east of UTC. The offsets are those the zone has at the ends of
		// the range (its last rule; its local mean time in 4714 BC).
		// Distances from the ends are compared as intervals, and only for
		// values within two days of an end: no arithmetic leaves the range
		// and fails the probe itself, and no distance across the whole
		// range overflows the interval (measured on PostgreSQL 15 under
		// UTC, America/New_York and Europe/Berlin).
		hiOff := "make_interval(secs => extract(timezone from timestamptz '294276-12-31 00:00:00+00'))"
		loOff := "make_interval(secs => extract(timezone from timestamptz '4714-11-25 00:00:00+00 BC'))"
		if strings.Contains(strings.ToLower(cd.Type), "without") {
			// timestamptz -> timestamp: the local time is the value plus the offset.
			return fmt.Sprintf("isfinite(%[1]s) AND CASE WHEN %[1]s > timestamptz '294276-12-30 00:00:00+00' THEN (%[1]s - timestamptz '294276-12-31 23:59:59.999999+00') + %[2]s > interval '0' WHEN %[1]s < timestamptz '4714-11-26 00:00:00+00 BC' THEN (%[1]s - timestamptz '4714-11-24 00:00:00+00 BC') + %[3]s < interval '0' ELSE false END", col, hiOff, loOff), ""
		}
		return fmt.Sprintf("isfinite(%[1]s) AND CASE WHEN %[1]s > timestamp '294276-12-30 00:00:00' THEN %[1]s - timestamp '294276-12-31 23:59:59.999999' > %[2]s WHEN %[1]s < timestamp '4714-11-26 00:00:00 BC' THEN %[1]s - timestamp '4714-11-24 00:00:00 BC' < %[3]s ELSE false END", col, hiOff, loOff), ""
	case probe.DateRange:
		// date 'infinity' becomes timestamp 'infinity'; a finite date after
		// 294276-12-31 fails ("date out of range for timestamp", measured
		// on PostgreSQL 15). A timestamptz takes the date at midnight in
		// the session's time zone, the one the ALTER runs in: where that
		// zone's offset in 4714 BC (its local mean time, read at a later
		// instant of the same era) is east of UTC, the first date,
		// 4714-11-24 BC, falls before the type's first instant and fails
		// too (measured under UTC, Europe/Berlin, America/New_York,
		// Asia/Kolkata, Etc/GMT-1 and Etc/GMT+1).
		s := fmt.Sprintf("isfinite(%[1]s) AND %[1]s > date '294276-12-31'", col)
		if !strings.Contains(strings.ToLower(cd.Type), "without") {
			s = fmt.Sprintf("isfinite(%[1]s) AND (%[1]s > date '294276-12-31' OR (%[1]s < date '4714-11-25 BC' AND extract(timezone from timestamptz '4714-11-25 12:00:00 BC') > 0))", col)
		}
		return s, ""
	case probe.FloatRange:
		if numeric {
			// NaN and infinity convert as themselves; -0 is 0. A double
			// reads as numeric with DBL_DIG digits, which may put FLT_MAX
			// itself above the bound: counted, never missed.
			n := col + "::numeric"
			return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN false ELSE abs(%s) > %s OR (%s <> 0 AND abs(%s) < %s) END",
				col, quoteLiteral(specialRE), n, cd.Max, n, n, cd.Min), ""
		}
		// float4in and float8in refuse what would be infinity or 0.
		n := text + "::numeric"
		return fmt.Sprintf("CASE WHEN %s ~ %s THEN abs(%s) > %s OR (%s <> 0 AND abs(%s) < %s) END",
			text, quoteLiteral(numericRE), n, cd.Max, n, n, cd.Min), ""
	case probe.FloatDigits:
		// float8_numeric and float4_numeric print DBL_DIG (FLT_DIG)
		// significant digits and parse them back: the Inexact test below.
		return fitCond(col, from, probe.Cond{Kind: probe.Inexact, Digits: cd.Digits})
	case probe.Inexact:
		if !numeric {
			break
		}
		// The significant digits of the value's text (float8 prints its
		// shortest exact form): drop the exponent, sign and point, then the
		// leading and trailing zeros.
		digits := fmt.Sprintf("length(rtrim(ltrim(regexp_replace(%s::text, '[eE].*$|[-+.]', '', 'g'), '0'), '0'))", col)
		if cd.Digits == 6 && from.Kind != schema.KindFloat {
			// Into a real, a number below FLT_MIN becomes a subnormal,
			// which keeps fewer digits the smaller it is: 1.23457e-44
			// reads back as 1.3e-44, 1e-40 as 1e-40. There the value is
			// converted and compared; below the least subnormal the cast
			// fails, which FloatRange counts.
			n := col + "::numeric"
			digits = fmt.Sprintf("(%s > %d OR CASE WHEN abs(%s) < %s AND abs(%s) >= %s THEN %s::float4::text::numeric <> %s ELSE false END)",
				digits, cd.Digits, n, fltMin, n, fltTrueMin, col, n)
			return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN false ELSE %s END", col, quoteLiteral(specialRE), digits), ""
		}
		return fmt.Sprintf("CASE WHEN %s::text ~* %s THEN false ELSE %s > %d END", col, quoteLiteral(specialRE), digits, cd.Digits), ""
	}
	if cd.Kind == probe.Unclear {
		return "", fmt.Sprintf("schemaguard cannot tell what the cast from %s does to each value; review it on a copy of the data", from.Raw)
	}
	return "", fmt.Sprintf("PostgreSQL cannot check %s", cd.Kind)
}

func unparsable(col, text string, from schema.Type, target schema.Kind) (string, string) {
	switch {
	case from.Kind.IsTemporal():
		// A date or time casts only to another date or time kind, or text.
		return "", noCast(from)
	case target.IsInteger():
		if from.Kind == schema.KindBool {
			return "false", ""
		}
		return fmt.Sprintf("%s !~ %s", text, quoteLiteral(intRE)), ""
	case target == schema.KindDecimal, target == schema.KindFloat, target == schema.KindDouble:
		if from.Kind == schema.KindBool {
			// boolean casts to integer only: true::numeric fails.
			return "", noCast(from)
		}
		return fmt.Sprintf("%s !~ %s AND %s !~* %s", text, quoteLiteral(numericRE), text, quoteLiteral(specialRE)), ""
	case target == schema.KindBool:
		if from.Kind.IsNumeric() {
			// Numbers convert to true/false without error; any value but 0 and 1 changes meaning.
			return col + " NOT IN (0, 1)", ""
		}
		return fmt.Sprintf("%s !~* %s", text, quoteLiteral(boolRE)), ""
	case target == schema.KindUUID:
		return fmt.Sprintf("%s !~ %s", text, quoteLiteral(uuidRE)), ""
	}
	return "", fmt.Sprintf("PostgreSQL 15 has no pg_input_is_valid to test whether values convert to %s without failing; run the migration on a copy to find out", target)
}

// afterValue is the SQL of the value the parent column p (a reference
// such as p."code") holds once the plan's ALTER ... TYPE has converted
// it, when that conversion cannot fail in the probe: into text or an
// unbounded or bounded varchar, from an integer, a decimal, a string, a
// boolean or a uuid, whose text forms depend on no setting of the session
// (a date's does, on DateStyle; a float's on extra_float_digits). The
// ALTER converts with col::text (or, into varchar(n), by assignment,
// which cuts a value whose excess is only spaces and fails on any other
// that is too long, which the retype's own finding counts): the explicit
// cast to varchar(n) gives the value the ALTER keeps, and never fails. The
// collation the plan gives the column is named, as the key compares under
// it. ok is false for every other retype.
func afterValue(p string, r probe.Retype) (string, bool) {
	f, t := r.From.Kind, r.To.Kind
	from := f.IsInteger() || f == schema.KindDecimal || f.IsString() || f == schema.KindBool || f == schema.KindUUID
	if !from || !t.IsString() || r.To.Fixed || r.To.Padded {
		return "", false
	}
	v := p + "::text"
	if r.To.Length > 0 {
		v = "(" + v + ")::" + r.To.Raw
	}
	// ALTER ... TYPE without COLLATE gives the column its type's default
	// collation, not the one it had (a cast to text would keep that).
	coll := r.Collation
	if coll == "" {
		coll = "default"
	}
	return "(" + v + " COLLATE " + quoteIdent(coll) + ")", true
}

// noCast is the note of a type change that PostgreSQL has no cast for
// (time to date or timestamp, date to time, a date to a number, boolean,
// json or uuid, a boolean to a decimal or float): the ALTER fails with "cannot
// cast type" on every table, an empty one too, so no count of rows says
// anything about it.
func noCast(from schema.Type) string {
	return fmt.Sprintf("PostgreSQL has no cast from %s to the new type: the ALTER fails on every table, an empty one too, whatever its rows hold", from.Raw)
}

// conflicts answers a new exclusion constraint. It compares every pair
// of rows: finding the rows that conflict takes an index on the
// constraint's elements, which a read-only probe cannot build, and
// without one the self-join is quadratic. A table with fewer than two
// rows has no pair and the answer is exactly 0; any other is not
// checkable, and the change stays WARNING, which sync --force keeps back.
func (p *prober) conflicts(ctx context.Context, ch probe.Check) probe.Result {
	if ch.Column != "" {
		return p.rangeConflicts(ctx, ch)
	}
	var n int64
	q := "SELECT count(*) FROM (SELECT 1 FROM " + qualify(ch.Schema, ch.Table) + " LIMIT 2) s"
	if err := p.readOnly(ctx, func(tx *sql.Tx) error { return tx.QueryRowContext(ctx, q).Scan(&n) }); err != nil {
		return p.failure(ctx, err)
	}
	if n < 2 {
		return probe.Result{Status: probe.Exact}
	}
	return probe.Result{Status: probe.NotCheckable, Note: "an exclusion constraint compares every pair of rows, which no read-only scan counts without the constraint's index: ADD CONSTRAINT fails if any two rows conflict under " + ch.Expr + "; find them on a copy (SELECT ... FROM t a JOIN t b ON a.ctid < b.ctid AND <each element's operator>) before adding it"}
}

// rangeConflicts counts the rows that conflict under EXCLUDE USING gist
// (k1 WITH =, ..., r WITH &&) (ch.Columns the keys, ch.Column the range)
// in one sorted scan instead of a self-join. A row counts when it overlaps
// a row before it in the order of (keys, range, ctid): the ranges sort by
// lower bound (an inclusive one before an exclusive one, -infinity first),
// so the row overlaps an earlier one of the same keys exactly when its
// lower bound lies below the greatest upper bound before it (or at it,
// when both bounds are inclusive), or when an earlier range is unbounded
// above, or its own lower bound is -infinity. Deleting the rows counted
// leaves no two that overlap, so the constraint builds; it is not always
// the fewest rows to delete (of three ranges in a chain, the middle one
// alone would do, and the last is counted too). A NULL key or range, and
// an empty range, conflict with nothing, as in the constraint.
func (p *prober) rangeConflicts(ctx context.Context, ch probe.Check) probe.Result {
	r := quoteIdent(ch.Column)
	where := []string{r + " IS NOT NULL", "NOT isempty(" + r + ")"}
	var keys []string
	for _, k := range ch.Columns {
		keys = append(keys, quoteIdent(k))
		where = append(where, quoteIdent(k)+" IS NOT NULL")
	}
	window := "ORDER BY " + r + ", ctid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING"
	if len(keys) > 0 {
		window = "PARTITION BY " + strings.Join(keys, ", ") + " " + window
	}
	// scan marks each row that conflicts (sg_conflict), with the columns
	// named in cols besides.
	scan := func(cols string) string {
		return fmt.Sprintf(`(SELECT %[5]scount(*) OVER w > 0 AND (
  coalesce(bool_or(upper_inf(%[1]s)) OVER w, false) OR lower_inf(%[1]s)
  OR coalesce(max(upper(%[1]s)) OVER w > lower(%[1]s), false)
  OR (lower_inc(%[1]s) AND coalesce(max(upper(%[1]s)) FILTER (WHERE upper_inc(%[1]s)) OVER w = lower(%[1]s), false))
) AS sg_conflict
FROM %[2]s WHERE %[3]s
WINDOW w AS (%[4]s)) s`, r, qualify(ch.Schema, ch.Table), strings.Join(where, " AND "), window, cols)
	}
	var n int64
	if err := p.readOnly(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT count(*) FILTER (WHERE sg_conflict) FROM "+scan("")).Scan(&n)
	}); err != nil {
		return p.failure(ctx, err)
	}
	res := probe.Result{Status: probe.Exact, Affected: n}
	if n > 0 {
		// Samples as the other checks give them, the first rows counted
		// by the primary key (else by ctid), each with its keys and range:
		// one more scan, which carries every column to the sample query.
		samples, err := p.samples(ctx, ch, scan("*, ctid, "), "sg_conflict", joinedText(append(slices.Clone(keys), r)))
		if err != nil {
			return p.failure(ctx, err)
		}
		res.Samples = samples
		res.Note = fmt.Sprintf("counted are the rows whose %s overlaps that of a row before them (same %s, ordered by the range): deleting them lets %s build, though fewer deletions may do", ch.Column, strings.Join(ch.Columns, ", "), ch.Expr)
		if len(ch.Columns) == 0 {
			res.Note = fmt.Sprintf("counted are the rows whose %s overlaps that of a row before them (ordered by the range): deleting them lets %s build, though fewer deletions may do", ch.Column, ch.Expr)
		}
	}
	return res
}

// duplicates counts the groups and extra rows a new unique key would reject,
// and, for a primary key (NullKeys), the rows with a NULL key part.
func (p *prober) duplicates(ctx context.Context, ch probe.Check) probe.Result {
	if len(ch.Columns) == 0 {
		return probe.Result{Status: probe.NotCheckable, Note: "the unique key has no columns"}
	}
	// Each key part as SQL: a column, or the index's expression, which
	// GROUP BY compares with the same default operator class as the index.
	keys := make([]string, len(ch.Columns))
	for i, c := range ch.Columns {
		switch {
		case c != "":
			keys[i] = quoteIdent(c)
		case i < len(ch.Exprs) && ch.Exprs[i] != "":
			keys[i] = "(" + ch.Exprs[i] + ")"
		default:
			return probe.Result{Status: probe.NotCheckable, Note: "a key part is neither a column nor an expression schemaguard can group by (a collation change to the default)"}
		}
	}
	from := qualify(ch.Schema, ch.Table)
	var where, anyNull []string
	for _, k := range keys {
		// NULLs never collide in a unique index, unless NULLS NOT DISTINCT
		// makes them equal, as GROUP BY does.
		if !ch.NullsEqual {
			where = append(where, k+" IS NOT NULL")
		}
		anyNull = append(anyNull, k+" IS NULL")
	}
	if ch.Expr != "" {
		where = append(where, "("+ch.Expr+")")
	}
	if len(where) == 0 {
		where = append(where, "true")
	}
	cols := strings.Join(keys, ", ")
	// One GROUP BY gives the totals (window aggregates over every group,
	// computed before the LIMIT) and the largest groups as samples, so the
	// table is grouped once. The key parts are aliased so that ORDER BY
	// sorts by their values, not by their text.
	inner := make([]string, len(keys))
	texts := make([]string, 0, 2*len(keys))
	aliases := make([]string, len(keys))
	for i, k := range keys {
		aliases[i] = fmt.Sprintf("g%d", i)
		inner[i] = k + " AS " + aliases[i]
		texts = append(texts, aliases[i]+"::text", "pg_typeof("+aliases[i]+")::text")
	}
	query := fmt.Sprintf("SELECT count(*) OVER (), coalesce(sum(n - 1) OVER (), 0)::bigint, %s, n FROM (SELECT %s, count(*) AS n FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1) g ORDER BY n DESC, %s LIMIT %d",
		strings.Join(texts, ", "), strings.Join(inner, ", "), from, strings.Join(where, " AND "), cols, strings.Join(aliases, ", "), probe.MaxSamples)
	var r probe.Result
	// groups are the largest duplicate groups, as conditions that match
	// their rows (the values typed as the key parts are, so that equal
	// values match as they were grouped); the rows are sampled after.
	var groups []string
	err := p.readOnly(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			vals := make([]sql.NullString, 2*len(keys))
			var n int64
			dest := make([]any, 0, len(vals)+3)
			dest = append(dest, &r.Groups, &r.Affected)
			for i := range vals {
				dest = append(dest, &vals[i])
			}
			dest = append(dest, &n)
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			match := make([]string, len(keys))
			for i, k := range keys {
				if !vals[2*i].Valid {
					match[i] = k + " IS NULL" // a group of NULLS NOT DISTINCT
					continue
				}
				// pg_typeof's text is the catalog's own, quoted, type name.
				match[i] = fmt.Sprintf("%s = %s::%s", k, quoteLiteral(vals[2*i].String), vals[2*i+1].String)
			}
			groups = append(groups, "("+strings.Join(match, " AND ")+")")
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if !ch.NullKeys {
			return nil
		}
		// ADD PRIMARY KEY sets NOT NULL on every key column and fails on a NULL.
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" WHERE "+strings.Join(anyNull, " OR ")).Scan(&r.Nulls)
	})
	if err != nil {
		return p.failure(ctx, err)
	}
	r.Status = probe.Exact
	r.Affected += r.Nulls
	if len(groups) > 0 {
		// Samples as the other checks give them: the row's key and the
		// duplicated value, the rows of the largest groups first.
		samples, err := p.samples(ctx, ch, from, strings.Join(groups, " OR "), joinedText(keys))
		if err != nil {
			return p.failure(ctx, err)
		}
		r.Samples = samples
	}
	return r
}

// orphans counts rows whose complete foreign key matches no parent row.
func (p *prober) orphans(ctx context.Context, ch probe.Check) probe.Result {
	if len(ch.Columns) == 0 || len(ch.Columns) != len(ch.RefColumns) {
		return probe.Result{Status: probe.NotCheckable, Note: "the foreign key's columns do not pair with the referenced columns"}
	}
	// The key is checked after the ALTER ... TYPE, on the values it
	// converted: the child's '07' finds the integer 7 now and no '7' once
	// the column is text. Each parent column whose retype may change its
	// values is read as the ALTER leaves it, where that conversion never
	// fails (afterValue); otherwise the key is not checkable.
	after := map[string]string{}
	for col, r := range ch.RefRetyped {
		if r.KeepsValues() {
			continue
		}
		v, ok := afterValue("p."+quoteIdent(col), r)
		if !ok {
			return probe.Result{Status: probe.NotCheckable, Note: ch.RefValuesChange()}
		}
		after[col] = v
	}
	refNs := ch.RefSchema
	if refNs == "" {
		refNs = ch.Schema
	}
	from, ref := qualify(ch.Schema, ch.Table), qualify(refNs, ch.RefTable)
	var exists bool
	// The foreign key compares with the parent key's equality operator,
	// the child value converted to the parent's type (a char(4) child is
	// compared as the parent's varchar, trailing blanks and all): the
	// probe converts it the same way, to the type without its modifier.
	refTypes := map[string]string{}
	err := p.readOnly(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "SELECT to_regclass($1) IS NOT NULL", ref).Scan(&exists); err != nil || !exists {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped", ref)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var name, typ string
			if err := rows.Scan(&name, &typ); err != nil {
				return err
			}
			refTypes[name] = typ
		}
		return rows.Err()
	})
	if err != nil {
		return p.failure(ctx, err)
	}
	var notNull, isNull, match []string
	for i, c := range ch.Columns {
		notNull = append(notNull, "c."+quoteIdent(c)+" IS NOT NULL")
		isNull = append(isNull, "c."+quoteIdent(c)+" IS NULL")
		child := "c." + quoteIdent(c)
		if v, ok := after[ch.RefColumns[i]]; ok {
			// The parent column is text after the plan: the key compares
			// the child's text with it.
			match = append(match, v+" = "+child+"::text")
			continue
		}
		if typ := refTypes[ch.RefColumns[i]]; typ != "" {
			// format_type's text is the catalog's own, quoted where needed.
			child += "::" + typ
		}
		match = append(match, "p."+quoteIdent(ch.RefColumns[i])+" = "+child)
	}
	cond := strings.Join(notNull, " AND ")
	if exists {
		cond += fmt.Sprintf(" AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s)", ref, strings.Join(match, " AND "))
	}
	// else the parent table is created by the plan itself: it starts empty,
	// so every complete key is an orphan.
	if ch.MatchFull && len(ch.Columns) > 1 {
		// MATCH FULL also rejects a key that is NULL in some columns only.
		cond = fmt.Sprintf("(%s) OR ((%s) AND (%s))", cond, strings.Join(isNull, " OR "), strings.Join(notNull, " OR "))
	}
	r := probe.Result{Status: probe.Exact}
	if !exists {
		// Said as the SQLite and MySQL probes say it.
		r.Note = "the parent table " + ch.RefTable + " does not exist yet, so every non-NULL reference is an orphan"
	}
	err = p.readOnly(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+" c WHERE "+cond).Scan(&r.Affected)
	})
	if err != nil {
		return p.failure(ctx, err)
	}
	if r.Affected > 0 {
		cols := make([]string, len(ch.Columns))
		for i, col := range ch.Columns {
			cols[i] = "c." + quoteIdent(col)
		}
		samples, err := p.samples(ctx, probe.Check{Key: ch.Key}, from+" c", cond, joinedText(cols))
		if err == nil {
			r.Samples = samples
		}
	}
	return r
}

// joinedText is the sample value of a key: its one part as text, or its
// parts joined as every dialect shows a multi-column value ("1, /"; a
// NULL part left out).
func joinedText(parts []string) string {
	if len(parts) == 1 {
		return parts[0] + "::text"
	}
	q := make([]string, len(parts))
	for i, x := range parts {
		q[i] = x + "::text"
	}
	return "concat_ws(', ', " + strings.Join(q, ", ") + ")"
}
