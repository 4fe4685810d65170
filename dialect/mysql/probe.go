package mysql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	driver "github.com/go-sql-driver/mysql"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// DefaultProbeTimeout bounds each probe query, in seconds, when
// probe.Options.TimeoutSeconds is 0.
var DefaultProbeTimeout = 60

// Text patterns of values MariaDB converts without error in strict mode
// (measured on MariaDB 10.11: surrounding blanks are accepted; an integer
// column takes no fraction and no exponent).
const (
	intPattern = `^[[:space:]]*[-+]?[0-9]+[[:space:]]*$`
	numPattern = `^[[:space:]]*[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?[[:space:]]*$`
	// Canonical temporal spellings; others convert leniently (20200105,
	// 2020-1-5) and are reported as not checkable rather than guessed
	// (a date target accepts more: lenientDatePattern).
	datePattern     = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	dateTimePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?)?$`
	timePattern     = `^-?[0-9]{1,3}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?$`
	// Spellings of a date (and a time the date drops) that MariaDB 10.11
	// converts in strict mode exactly when CAST(x AS DATE) is not NULL, to
	// the value CAST gives: one- or two-digit fields, T or a blank before
	// the time, blanks around. Measured value by value against ALTER TABLE
	// ... MODIFY DATE: 2024-1-5 and 2024-1-05T1:02:03.1 convert, 2023-02-29
	// and 2024-01-05 24:00:00 fail, and so does 2024-01-05x, which CAST
	// truncates with a warning, which is why the pattern is anchored.
	lenientDatePattern = `^ *[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9]{1,2}(:[0-9]{1,2}(:[0-9]{1,2}(\\.[0-9]{1,6})?)?)?)? *$`
)

// rowExpr is a row-level check rendered as SQL.
type rowExpr struct {
	// affected is true for an affected row (NULL counts as not affected).
	affected string
	// uncertain, when set, is true for a row whose fate cannot be told
	// exactly; any such row makes the check NotCheckable.
	uncertain string
	// why explains NotCheckable when the check cannot be rendered at all.
	why string
	// value is the expression shown in samples.
	value string
}

// Probe implements dialect.Conn. The row-level checks of one table are
// counted in one aggregate scan; Duplicates and Orphans take a query each.
// Everything runs in one READ ONLY transaction, every query bounded by the
// server's statement time limit. opts.SamplePercent is ignored: MySQL has
// no TABLESAMPLE, so counts are always exact.
func (c *Conn) Probe(ctx context.Context, checks []probe.Check, opts probe.Options) ([]probe.Result, error) {
	results := make([]probe.Result, len(checks))
	if len(checks) == 0 {
		return results, nil
	}
	sess, release, err := c.session(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	timeout := opts.TimeoutSeconds
	if timeout <= 0 {
		timeout = DefaultProbeTimeout
	}
	p := &prober{c: c, q: sess, timeout: timeout}
	if _, err := sess.ExecContext(ctx, "START TRANSACTION READ ONLY"); err != nil {
		return nil, fmt.Errorf("starting read-only transaction: %w", err)
	}
	// Some counts depend on the sql_mode of the session: sync applies the
	// changes on a session opened as this one, with the same mode.
	if err := sess.QueryRowContext(ctx, "SELECT @@SESSION.sql_mode").Scan(&p.mode); err != nil {
		return nil, fmt.Errorf("reading sql_mode: %w", err)
	}
	defer sess.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")

	var tables []string
	byTable := map[string][]int{}
	for i, ch := range checks {
		if !ch.Kind.RowLevel() {
			continue
		}
		if _, ok := byTable[ch.Table]; !ok {
			tables = append(tables, ch.Table)
		}
		byTable[ch.Table] = append(byTable[ch.Table], i)
	}
	for _, t := range tables {
		if err := p.rowLevel(ctx, t, checks, byTable[t], results); err != nil {
			return nil, err
		}
	}
	for i, ch := range checks {
		var err error
		switch ch.Kind {
		case probe.Duplicates:
			results[i], err = p.duplicates(ctx, ch)
		case probe.Orphans:
			results[i], err = p.orphans(ctx, ch)
		case probe.Conflicts:
			// PostgreSQL's exclusion constraints only: none here to count.
			results[i] = probe.Result{Status: probe.NotCheckable, Note: "exclusion constraints are PostgreSQL's; MySQL has none to count"}
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

type prober struct {
	c       *Conn
	q       execer
	timeout int
	// mode is the session's sql_mode, read once per Probe.
	mode string
	// tables caches tableExists.
	tables map[[2]string]bool
}

// bounded wraps a SELECT in the server's statement time limit: SET
// STATEMENT on MariaDB, the MAX_EXECUTION_TIME hint on MySQL (untested).
// On MariaDB it also turns the subquery cache off: the cache keys a
// correlated subquery on the outer column under the column's own
// collation, so in an orphan probe that compares under a new one
// ('FR' against 'fr' under utf8mb4_bin, the column being _general_ci)
// 'FR' reused the answer cached for 'fr' and no orphan was counted
// (MariaDB 10.11).
func (p *prober) bounded(query string) string {
	if p.c.fl.maria {
		return fmt.Sprintf("SET STATEMENT max_statement_time=%d, optimizer_switch='subquery_cache=off' FOR %s", p.timeout, query)
	}
	return strings.Replace(query, "SELECT ", fmt.Sprintf("SELECT /*+ MAX_EXECUTION_TIME(%d) */ ", p.timeout*1000), 1)
}

// classify turns a query error into a result, or returns it when the
// session itself is broken.
func (p *prober) classify(ctx context.Context, err error) (probe.Result, error) {
	var me *driver.MySQLError
	switch {
	case errors.As(err, &me) && (me.Number == 1969 || me.Number == 3024 || me.Number == 1317):
		return probe.Result{Status: probe.TimedOut, Note: fmt.Sprintf("the query ran longer than %ds", p.timeout)}, nil
	case ctx.Err() != nil:
		return probe.Result{}, fmt.Errorf("probing: %w", ctx.Err())
	case errors.Is(err, driver.ErrInvalidConn), errors.Is(err, sql.ErrConnDone):
		return probe.Result{}, fmt.Errorf("probing: %w", err)
	}
	return probe.Result{Status: probe.Failed, Err: err}, nil
}

func (p *prober) rowLevel(ctx context.Context, table string, checks []probe.Check, idx []int, results []probe.Result) error {
	exprs := make([]rowExpr, len(idx))
	var sums []string
	var slots [][2]int // per check: position of affected and uncertain sums (-1 if none)
	for k, i := range idx {
		e := rowCheck(checks[i], p.mode)
		exprs[k] = e
		slot := [2]int{-1, -1}
		if e.why == "" {
			slot[0] = len(sums)
			sums = append(sums, countIf(e.affected))
			if e.uncertain != "" {
				slot[1] = len(sums)
				sums = append(sums, countIf(e.uncertain))
			}
		}
		slots = append(slots, slot)
	}
	if len(sums) > 0 {
		// Rows that break no check are the bulk of the table: the WHERE
		// drops them before the counters, which then run on few rows. A row
		// for which every condition is false or NULL is counted by none.
		var broken []string
		for _, e := range exprs {
			if e.why == "" {
				broken = append(broken, "("+e.affected+")")
				if e.uncertain != "" {
					broken = append(broken, "("+e.uncertain+")")
				}
			}
		}
		query := p.bounded("SELECT " + strings.Join(sums, ", ") + " FROM " + quote(table) + " WHERE " + strings.Join(broken, " OR "))
		vals := make([]int64, len(sums))
		ptrs := make([]any, len(sums))
		for k := range vals {
			ptrs[k] = &vals[k]
		}
		if err := p.q.QueryRowContext(ctx, query).Scan(ptrs...); err != nil {
			res, err := p.classify(ctx, err)
			if err != nil {
				return err
			}
			if res.Status == probe.Failed && len(idx) > 1 {
				// One condition that cannot be evaluated (a generated
				// column over a column the plan adds: error 1054) fails the
				// shared scan: count each check on its own, so only that
				// one stays unchecked, as the PostgreSQL probe does.
				for _, i := range idx {
					if err := p.rowLevel(ctx, table, checks, []int{i}, results); err != nil {
						return err
					}
				}
				return nil
			}
			for k, i := range idx {
				if slots[k][0] >= 0 {
					results[i] = res
				}
			}
		} else {
			for k, i := range idx {
				if slots[k][0] < 0 {
					continue
				}
				results[i] = probe.Result{Status: probe.Exact, Affected: vals[slots[k][0]], Note: modeNote(checks[i], p.mode)}
				if slots[k][1] >= 0 && vals[slots[k][1]] > 0 {
					results[i] = probe.Result{Status: probe.NotCheckable,
						Note: fmt.Sprintf("%d value(s) convert or fail by how leniently MySQL reads them (a spelling it takes only with a warning, a zero date that sql_mode's NO_ZERO_DATE or NO_ZERO_IN_DATE refuses); %d certainly do not fit",
							vals[slots[k][1]], vals[slots[k][0]])}
				}
			}
		}
	}
	for k, i := range idx {
		e := exprs[k]
		if e.why != "" {
			results[i] = probe.Result{Status: probe.NotCheckable, Note: e.why}
			continue
		}
		if checks[i].Kind == probe.CheckFails && results[i].Status == probe.Exact && mayWarn.MatchString(checks[i].Expr) {
			if note, err := p.strictFailures(ctx, table, retypedExpr(checks[i])); err != nil {
				return err
			} else if note != "" {
				results[i] = probe.Result{Status: probe.NotCheckable, Note: note}
				continue
			}
		}
		if results[i].Status != probe.Exact || results[i].Affected == 0 || checks[i].Kind == probe.Rows {
			continue
		}
		s, err := p.samples(ctx, checks[i], "SELECT %s FROM "+quote(table)+" WHERE "+e.affected, e.value)
		if err != nil {
			return err
		}
		results[i].Samples = s
	}
	return nil
}

// mayWarn matches check expressions whose evaluation can warn rather than
// fail in a SELECT: a division by zero gives NULL, a CAST of 'x' gives 0.
var mayWarn = regexp.MustCompile(`(?i)/|%|\bDIV\b|\bMOD\b|\bCAST\b|\bCONVERT\b`)

// strictFailures evaluates a check over every row and says, when that
// raised warnings under a strict sql_mode, that the ALTER would fail on
// some rows: in strict mode the warnings a SELECT shows ("Division by 0",
// "Truncated incorrect INTEGER value") are errors when the constraint is
// added, so the rows that fail cannot be counted with a SELECT.
func (p *prober) strictFailures(ctx context.Context, table, expr string) (string, error) {
	if !isStrict(p.mode) {
		return "", nil
	}
	var n int64
	if err := p.q.QueryRowContext(ctx, p.bounded("SELECT COUNT(IF(("+expr+"), 1, NULL)) FROM "+quote(table))).Scan(&n); err != nil {
		res, cerr := p.classify(ctx, err)
		if cerr != nil {
			return "", cerr
		}
		return fmt.Sprintf("the check could not be evaluated (%v)", res.Err), nil
	}
	var warnings int64
	if err := p.q.QueryRowContext(ctx, "SELECT @@warning_count").Scan(&warnings); err != nil || warnings == 0 {
		return "", nil
	}
	return fmt.Sprintf("evaluating the check raised %d warning(s) (a division by zero or a value that does not convert): in strict mode they are errors when the constraint is added, so the change fails on those rows; find them with the expression on a copy", warnings), nil
}

// countIf counts the rows for which cond is true. COUNT of IF(cond, 1,
// NULL) adds to an integer; SUM(cond) would add every row's 0 or 1 as a
// DECIMAL, which on MariaDB 10.11 costs about as much per column as
// reading the row (measured on 5,000,000 rows, docs/benchmarks-mysql.md).
func countIf(cond string) string { return "COUNT(IF(" + cond + ", 1, NULL))" }

// samples reads up to probe.MaxSamples offending rows. query has a %s for
// the select list.
func (p *prober) samples(ctx context.Context, ch probe.Check, query, value string) ([]probe.Sample, error) {
	keys := make([]string, len(ch.Key))
	for i, k := range ch.Key {
		keys[i] = quote(k)
	}
	if value == "" {
		value = "NULL"
	}
	return p.samplesAliased(ctx, ch, keys, query, value)
}

func rawValue(b sql.RawBytes) any {
	if b == nil {
		return nil
	}
	return string(b)
}

// modeNote says, for a count that depends on the session's sql_mode, which
// mode it was taken under; it is empty for other checks.
func modeNote(ch probe.Check, mode string) string {
	if ch.Kind != probe.Fit {
		return ""
	}
	for _, cd := range ch.Conds {
		if cd.Kind != probe.TimestampRange {
			continue
		}
		if zeroDateFails(mode) {
			return fmt.Sprintf("counted for this session's sql_mode %q, which sync applies the change with: strict mode with NO_ZERO_DATE refuses the zero date 0000-00-00 00:00:00 in a TIMESTAMP, so rows holding it count", mode)
		}
		return fmt.Sprintf("counted for this session's sql_mode %q, which sync applies the change with: without both strict mode and NO_ZERO_DATE a TIMESTAMP keeps the zero date 0000-00-00 00:00:00, so rows holding it do not count; a session with both would fail on them", mode)
	}
	return ""
}

// zeroDateFails reports whether an ALTER under sql_mode refuses to store
// the zero date in a TIMESTAMP: it takes NO_ZERO_DATE and strict mode
// together (NO_ZERO_DATE alone keeps it with a warning; measured on
// MariaDB 10.11 with ALTER TABLE ... MODIFY TIMESTAMP, ALGORITHM=COPY).
func zeroDateFails(mode string) bool {
	return isStrict(mode) && hasMode(mode, "NO_ZERO_DATE")
}

// hasMode reports whether sql_mode lists flag.
func hasMode(mode, flag string) bool {
	for _, m := range strings.Split(mode, ",") {
		if strings.EqualFold(strings.TrimSpace(m), flag) {
			return true
		}
	}
	return false
}

// rowCheck renders one row-level check under the session's sql_mode.
func rowCheck(ch probe.Check, mode string) rowExpr {
	x := quote(ch.Column)
	switch ch.Kind {
	case probe.Rows:
		return rowExpr{affected: "1"}
	case probe.Nulls:
		return rowExpr{affected: x + " IS NULL", value: x}
	case probe.NonNull:
		return rowExpr{affected: x + " IS NOT NULL", value: x}
	case probe.CheckFails:
		// NOT of NULL is NULL: rows for which the check is unknown pass, as
		// they do in MySQL.
		if ch.Column != "" {
			// A check over one column: its value is what fails.
			return rowExpr{affected: "NOT (" + retypedExpr(ch) + ")", value: x}
		}
		return rowExpr{affected: "NOT (" + retypedExpr(ch) + ")"}
	case probe.NotInValues:
		if isSet(ch.From) {
			// A SET value is a bitmask of members: count rows holding a
			// member that goes away.
			var mask uint64
			for i, v := range ch.From.Values {
				if !contains(ch.Values, v) && i < 64 {
					mask |= 1 << uint(i)
				}
			}
			if mask == 0 {
				return rowExpr{affected: "0", value: x}
			}
			return rowExpr{affected: fmt.Sprintf("(%s + 0) & %d <> 0", x, mask), value: x}
		}
		return rowExpr{affected: notIn(x, ch.Values), value: x}
	case probe.Fit:
		var parts, unsure []string
		for _, cd := range ch.Conds {
			sqlc, u, why := fitCond(x, ch.From, ch.To, cd, mode)
			if why != "" {
				return rowExpr{why: why}
			}
			parts = append(parts, "("+sqlc+")")
			if u != "" {
				unsure = append(unsure, "("+u+")")
			}
		}
		if len(parts) == 0 {
			return rowExpr{affected: "0", value: x}
		}
		e := rowExpr{affected: x + " IS NOT NULL AND (" + strings.Join(parts, " OR ") + ")", value: x}
		if fits, fast, ok := canonicalInt(x, ch); ok {
			canon := "CONCAT(CAST(" + x + " AS SIGNED)) = CAST(" + x + " AS BINARY)"
			if fits != "" {
				// Within fits' few bytes no value overflows the CAST, so
				// comparing lengths is enough (see canonicalInt) and costs
				// less than building the spelling and comparing bytes.
				short := "LENGTH(CAST(" + x + " AS SIGNED)) = LENGTH(" + x + ") AND (LENGTH(" + x + ") > 1 OR CAST(" + x + " AS SIGNED) <> 0 OR CAST(" + x + " AS BINARY) = '0')"
				e.affected = x + " IS NOT NULL AND IF(" + fits + " AND " + short + ", FALSE, " + strings.Join(parts, " OR ") + ")"
			} else {
				e.affected = x + " IS NOT NULL AND IF(" + canon + ", " + fast + ", " + strings.Join(parts, " OR ") + ")"
			}
		}
		if len(unsure) > 0 {
			e.uncertain = x + " IS NOT NULL AND (" + strings.Join(unsure, " OR ") + ")"
		}
		return e
	}
	return rowExpr{why: "the mysql dialect has no query for a " + ch.Kind.String() + " check"}
}

// canonicalInt is a shortcut for text to integer: a value that is, byte for
// byte, its own integer spelling (CONCAT(CAST(x AS SIGNED)) = CAST(x AS
// BINARY): digits, an optional minus, no blanks, no leading zeros, within
// bigint; compared as bytes, so no collation makes '12 ' or '１２' equal
// to it) parses and has no fraction: only the range needs checking. The
// regular expressions and DECIMAL(65,30) casts of the full conditions then
// run only on the other values; the count is the same.
//
// fits, when not empty, is a length test under which every canonical
// value is in range (at most 9 bytes for an int: 999999999 and -99999999
// fit), so most values need one CAST and no range check; it is empty when
// the range is too narrow for that (an unsigned target, where "-1" is
// canonical and short). Under fits, the length of CAST(x AS SIGNED) equals
// the byte length of x only for a canonical value: the CAST reads a prefix
// (blanks, a sign, zeros, digits) and spells the number in no more bytes
// than that prefix has digits and minus, so any other byte (a blank, a
// plus, a leading zero, a point, a letter, a multibyte digit) makes the
// spelling shorter. The one exception is a prefix without digits, read
// as 0, whose spelling "0" is one byte: a one-byte value ('-', 'x') must
// also be '0' or read as a number other than 0. With at most 18 bytes the
// CAST cannot saturate.
// fast is the range condition for canonical values.
// ok is false when the check has conditions the shortcut does not answer.
func canonicalInt(x string, ch probe.Check) (fits, fast string, ok bool) {
	if !ch.From.Kind.IsString() || !ch.To.Kind.IsInteger() {
		return "", "", false
	}
	fast = "FALSE"
	for _, cd := range ch.Conds {
		switch cd.Kind {
		case probe.Unparsable, probe.Rounds:
		case probe.OutOfRange:
			// BETWEEN converts the value once.
			fast = fmt.Sprintf("NOT (CAST(%s AS SIGNED) BETWEEN %s AND %s)", x, cd.Min, cd.Max)
			if d := canonicalDigits(cd.Min, cd.Max); d >= 2 {
				fits = fmt.Sprintf("LENGTH(%s) <= %d", x, d)
			}
		default:
			return "", "", false
		}
	}
	return fits, fast, true
}

// canonicalDigits is the largest d such that every canonical integer
// spelled in at most d bytes lies in [min, max]: 10^d - 1 <= max and, as
// a minus takes a byte, -(10^(d-1) - 1) >= min. It is 0 when the bounds
// do not parse.
func canonicalDigits(min, max string) int {
	lo, ok1 := new(big.Int).SetString(min, 10)
	hi, ok2 := new(big.Int).SetString(max, 10)
	if !ok1 || !ok2 {
		return 0
	}
	d := 0
	for next := d + 1; next <= 19; next++ {
		top := new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(next)), nil), big.NewInt(1))
		neg := new(big.Int).Neg(new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(next-1)), nil), big.NewInt(1)))
		if top.Cmp(hi) > 0 || neg.Cmp(lo) < 0 {
			break
		}
		d = next
	}
	return d
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

func notIn(x string, values []string) string {
	if len(values) == 0 {
		return x + " IS NOT NULL"
	}
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = quoteString(v)
	}
	return x + " NOT IN (" + strings.Join(q, ", ") + ")"
}

// binaryNotIn is notIn comparing bytes, both sides in utf8mb4: no
// collation folds case, accents or trailing spaces.
func binaryNotIn(x string, values []string) string {
	if len(values) == 0 {
		return x + " IS NOT NULL"
	}
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = "CAST(CONVERT(" + quoteString(v) + " USING utf8mb4) AS BINARY)"
	}
	return "CAST(CONVERT(" + x + " USING utf8mb4) AS BINARY) NOT IN (" + strings.Join(q, ", ") + ")"
}

func textual(k schema.Kind) bool {
	return k.IsString() || k == schema.KindJSON || k == schema.KindUUID || k == schema.KindEnum
}

// fitCond renders one way a value fails to fit: the condition, a condition
// for values whose fate is uncertain, or why it cannot be checked.
func fitCond(x string, from, to schema.Type, cd probe.Cond, mode string) (cond, unsure, why string) {
	fk := from.Kind
	if fk == schema.KindBool {
		fk = schema.KindTinyInt // MySQL's bool is a TINYINT(1): -128..127
	}
	asNum := "CAST(" + x + " AS DECIMAL(65,30))"
	numOK := x + " REGEXP '" + numPattern + "'"
	if (to.Kind == schema.KindFloat || to.Kind == schema.KindDouble) && to.Precision > 0 &&
		(cd.Kind == probe.Rounds || cd.Kind == probe.Overflow) && !fk.IsInteger() {
		// FLOAT(M,D) and DOUBLE(M,D) round the binary value's fraction
		// half to even (rint), which ROUND, half away from zero on a
		// decimal, does not reproduce: 0.125 becomes 0.12, not 0.13. An
		// integer has no fraction, and its bound is exact.
		return "", "", fmt.Sprintf("cannot tell exactly which %s values %s rounds to %d places or refuses in MySQL", fk, to, to.Scale)
	}
	switch cd.Kind {
	case probe.TooLong:
		if fk == schema.KindBytes {
			return fmt.Sprintf("LENGTH(%s) > %d", x, cd.Length), "", ""
		}
		// A value never has more characters than bytes, and LENGTH reads
		// the stored byte count where CHAR_LENGTH decodes every byte: most
		// values are settled by the first test.
		return fmt.Sprintf("LENGTH(%[1]s) > %[2]d AND CHAR_LENGTH(%[1]s) > %[2]d", x, cd.Length), "", ""
	case probe.OutOfRange:
		switch {
		case fk.IsInteger() || fk == schema.KindYear:
			return fmt.Sprintf("%s < %s OR %s > %s", x, cd.Min, x, cd.Max), "", ""
		case fk.IsNumeric():
			// Conversion rounds first: 127.5 does not fit a tinyint.
			return fmt.Sprintf("ROUND(%s) < %s OR ROUND(%s) > %s", x, cd.Min, x, cd.Max), "", ""
		case fk.IsString():
			return fmt.Sprintf("%s AND (ROUND(%s) < %s OR ROUND(%s) > %s)", numOK, asNum, cd.Min, asNum, cd.Max), "", ""
		}
	case probe.Overflow:
		limit := "1" + strings.Repeat("0", cd.Digits)
		switch {
		case fk.IsNumeric():
			return fmt.Sprintf("ABS(ROUND(%s, %d)) >= %s", x, to.Scale, limit), "", ""
		case fk.IsString():
			return fmt.Sprintf("%s AND ABS(ROUND(%s, %d)) >= %s", numOK, asNum, to.Scale, limit), "", ""
		}
	case probe.Rounds:
		switch {
		case fk.IsNumeric():
			return fmt.Sprintf("%s <> ROUND(%s, %d)", x, x, cd.Scale), "", ""
		case fk.IsString():
			if to.Kind.IsInteger() {
				// Text with a fraction does not convert to an integer at
				// all; Unparsable counts it.
				return "FALSE", "", ""
			}
			return fmt.Sprintf("%s AND %s <> ROUND(%s, %d)", numOK, asNum, asNum, cd.Scale), "", ""
		}
	case probe.Unparsable:
		return unparsable(x, from, to, cd.Target)
	case probe.NotIn:
		if fk.IsString() && to.Kind == schema.KindEnum && to.EnumName != "set" {
			// MySQL stores a string in an ENUM as the value it equals under
			// the column's collation: 'SMALL' and 'small ' become 'small'.
			// Those values are changed, not kept: compare as bytes.
			return binaryNotIn(x, cd.Values), "", ""
		}
		if fk == schema.KindUUID || fk == schema.KindOther {
			// A UUID (MariaDB's uuid type reads as another kind) compared
			// with a string that is not one is neither equal nor unequal
			// (MariaDB 10.11): compare its text.
			return notIn("CAST("+x+" AS CHAR)", cd.Values), "", ""
		}
		return notIn(x, cd.Values), "", ""
	case probe.TimeLost:
		if fk == schema.KindDateTime {
			return "TIME(" + x + ") <> '00:00:00'", "", ""
		}
		if fk.IsString() {
			// The ALTER keeps the day CAST(x AS DATE) gives (Unparsable
			// counts the text it cannot read) and drops any time of day
			// with only a note, in strict mode too: '2024-01-02 03:04:05'
			// becomes 2024-01-02 (measured on MariaDB 10.11).
			return fmt.Sprintf("CAST(%[1]s AS DATE) IS NOT NULL AND TIME(CAST(%[1]s AS DATETIME(6))) <> '00:00:00'", x), "", ""
		}
	case probe.Inexact:
		return inexact(x, from, to)
	case probe.DateLost:
		return "TRUE", "", ""
	case probe.DateRange, probe.ZoneRange:
		// DATETIME holds every DATE (1000-01-01 to 9999-12-31 both), and
		// no MySQL type is PostgreSQL's timestamptz: never given these.
		return "FALSE", "", ""
	case probe.DateGiven:
		// A TIME becomes that time on the day the ALTER runs (CURRENT_DATE
		// plus the time, a DATE that day's date: '-01:00:00' is yesterday,
		// '30:00:00' tomorrow; measured with ALTER TABLE ... MODIFY on
		// MariaDB 10.11): every value changes.
		return "TRUE", "", ""
	case probe.FloatDigits:
		// MariaDB converts a double to DECIMAL from its exact value.
		return "FALSE", "", ""
	case probe.Negative:
		if fk.IsNumeric() {
			return x + " < 0", "", ""
		}
		return fmt.Sprintf("%s AND CAST(%s AS DECIMAL(65,30)) < 0", numOK, x), "", ""
	case probe.FractionLost:
		if fk == schema.KindDateTime || fk == schema.KindTime {
			// MariaDB cuts the digits the new type does not keep.
			return fmt.Sprintf("MICROSECOND(%s) MOD %d <> 0", x, pow10(6-cd.Scale)), "", ""
		}
		if fk.IsString() {
			// Read as the new kind with every digit (Unparsable counts the
			// text that is not one); TIME(6) also reads a time of day.
			cast := "DATETIME(6)"
			if to.Kind == schema.KindTime {
				cast = "TIME(6)"
			}
			return fmt.Sprintf("MICROSECOND(CAST(%s AS %s)) MOD %d <> 0", x, cast, pow10(6-cd.Scale)), "", ""
		}
	case probe.TooLongBytes:
		if cd.Charset != "" && charsetName.MatchString(cd.Charset) {
			// Measured in the character set the change moves the column to.
			return fmt.Sprintf("LENGTH(CONVERT(%s USING %s)) > %d", x, cd.Charset, cd.Length), "", ""
		}
		return fmt.Sprintf("LENGTH(%s) > %d", x, cd.Length), "", ""
	case probe.TimestampRange:
		// TIMESTAMP holds the instants after the epoch, 1970-01-01
		// 00:00:00.000001, up to 2038-01-19 03:14:07.999999 UTC, as the
		// value is once cut to the column's digits; FROM_UNIXTIME gives
		// those bounds in the session's time zone, the one the ALTER
		// converts in. Into TIMESTAMP(6) '1970-01-01 00:00:00.5' and
		// '2038-01-19 03:14:07.5' fit; into TIMESTAMP(0) the first is cut
		// to the epoch and refused, the second cut to 03:14:07, and both
		// count as FractionLost, whatever the bound. A local time that the
		// zone skips (Europe/Berlin's 2024-03-31 02:30, in the change to
		// summer time) is refused in strict mode and moved to the end of
		// the gap otherwise: the round trip through a Unix time changes
		// it. All measured with ALTER TABLE ... MODIFY on MariaDB 10.11.
		// A zero month or day fails it too (strict mode; non-strict stores
		// the zero date instead), except the zero date itself, which
		// TIMESTAMP keeps unless sql_mode is strict and has NO_ZERO_DATE:
		// counted for the mode of this session, which sync applies with
		// (modeNote says which).
		if fk == schema.KindTime {
			// A TIME becomes that time on the day the ALTER runs (the
			// session's CURRENT_DATE: '30:00:00' is tomorrow at 06:00,
			// '-01:00:00' yesterday at 23:00; measured on MariaDB 10.11):
			// every value changes, and which leave the range depends on
			// that day, not on the data.
			return "", "", "a TIME becomes a TIMESTAMP on the day the ALTER runs (that day's date plus the time), so every value changes and the count depends on the day; review it on a copy of the data"
		}
		d := "CAST(" + x + " AS DATETIME(6))"
		if fk == schema.KindDate || fk == schema.KindDateTime {
			// Read the column itself: under NO_ZERO_DATE or NO_ZERO_IN_DATE
			// the CAST of a date with zeros is NULL, which no test counts
			// (MONTH and the comparisons read the stored value whatever the
			// mode, measured on MariaDB 10.11).
			d = x
		}
		bad := fmt.Sprintf("%[1]s <= FROM_UNIXTIME(0) OR %[1]s > FROM_UNIXTIME(2147483647.999999) OR MONTH(%[1]s) = 0 OR DAYOFMONTH(%[1]s) = 0 OR FROM_UNIXTIME(UNIX_TIMESTAMP(%[1]s)) <> %[1]s", d)
		if zeroDateFails(mode) {
			return bad, "", ""
		}
		zero := fmt.Sprintf("YEAR(%[1]s) = 0 AND MONTH(%[1]s) = 0 AND DAYOFMONTH(%[1]s) = 0 AND TIME_TO_SEC(%[1]s) = 0 AND MICROSECOND(%[1]s) = 0", d)
		return fmt.Sprintf("NOT (%s) AND (%s)", zero, bad), "", ""
	case probe.YearRange:
		switch {
		case fk.IsInteger():
			// 0 stays 0000; 1..99 become 2001..2069 and 1970..1999, the
			// rest fail (strict mode) or become 0000: measured on MariaDB
			// 10.11 with ALTER TABLE ... MODIFY YEAR.
			return fmt.Sprintf("%[1]s <> 0 AND NOT (%[1]s BETWEEN 1901 AND 2155)", x), "", ""
		case fk.IsString():
			// MariaDB reads the text as a number rounded to an integer
			// (Field_year::store: '1999.6' is 2000, '1.999e3' is 1999,
			// 'abc' and '1999x' fail), and a zero is the year 0000 only
			// when the text has four bytes ('0000', '0.00'; '0' and ' 0000'
			// are 2000). Anything else fails, or becomes another year.
			d := "CAST(" + x + " AS DECIMAL(65,30))"
			return fmt.Sprintf("NOT (%[1]s REGEXP '%[2]s' AND %[3]s = ROUND(%[3]s) AND (%[3]s BETWEEN 1901 AND 2155 OR %[3]s = 0 AND LENGTH(%[1]s) = 4))", x, numPattern, d), "", ""
		}
	case probe.TrailingSpaces:
		return fmt.Sprintf("CHAR_LENGTH(%s) > CHAR_LENGTH(RTRIM(%s))", x, x), "", ""
	case probe.ZeroPadded:
		// BINARY(n) pads a shorter value with zero bytes: it changes.
		return fmt.Sprintf("LENGTH(%s) < %d", x, cd.Length), "", ""
	case probe.FloatRange:
		if fk == schema.KindDecimal || fk == schema.KindDouble || fk == schema.KindFloat {
			// A DECIMAL beyond a FLOAT's range fails the ALTER (1264); a
			// DOUBLE below the least subnormal is stored as 0.
			return fmt.Sprintf("%[1]s <> 0 AND (ABS(%[1]s) > %[2]s OR ABS(%[1]s) < %[3]s)", x, cd.Max, cd.Min), "", ""
		}
		if !fk.IsString() {
			break
		}
		// MariaDB turns text beyond a DOUBLE's range into the largest
		// double (the ALTER refuses it in strict mode) and text below its
		// least subnormal into 0 (silently): both are caught by the
		// conversion, the 0 by digits other than 0 before any exponent.
		d := "CAST(" + x + " AS DOUBLE)"
		over := fmt.Sprintf("ABS(%s) > %s", d, cd.Max)
		if to.Kind == schema.KindDouble {
			over = fmt.Sprintf("ABS(%s) >= %s", d, cd.Max)
		}
		return fmt.Sprintf("%s AND (%s OR (%s = 0 AND %s REGEXP '^[^eE]*[1-9]') OR (%s <> 0 AND ABS(%s) < %s))", numOK, over, d, x, d, d, cd.Min), "", ""
	case probe.Unrepresentable:
		if !fk.IsString() || !charsetName.MatchString(cd.Charset) {
			break
		}
		// CONVERT puts '?' in place of a character the character set
		// lacks, where the ALTER fails in strict mode (or stores the '?'):
		// the value is lost exactly when the round trip through the new
		// character set changes its bytes. Both sides pass through utf8mb4,
		// which holds the characters of every other set.
		return fmt.Sprintf("CAST(CONVERT(CONVERT(%s USING %s) USING utf8mb4) AS BINARY) <> CAST(CONVERT(%s USING utf8mb4) AS BINARY)", x, cd.Charset, x), "", ""
	}
	if cd.Kind == probe.Unclear {
		return "", "", fmt.Sprintf("schemaguard cannot tell what converting %s does to each value in MySQL; review it on a copy of the data", fk)
	}
	return "", "", fmt.Sprintf("cannot tell exactly which %s values are %s in MySQL", fk, cd.Describe())
}

// charsetName is the form of a character set name that may be put into SQL.
var charsetName = regexp.MustCompile(`^[A-Za-z0-9]+$`)

// inexact renders the Inexact condition: the value the column shows after
// the change differs from the one it holds now. MariaDB 10.11 prints a
// DOUBLE in its shortest round-trip form and a FLOAT with 6 significant
// digits, so the test is the same conversion and print, compared as a
// number with the original (measured against the ALTER on 10.11: decimal
// to double, decimal to float, double to float). A FLOAT conversion of a
// value beyond its range gives the largest float, which differs too.
func inexact(x string, from, to schema.Type) (cond, unsure, why string) {
	fk := from.Kind
	if fk != schema.KindDecimal && fk != schema.KindDouble && fk != schema.KindFloat {
		return "", "", fmt.Sprintf("cannot tell exactly which %s values are stored inexactly in MySQL", fk)
	}
	if to.Precision > 0 || to.Scale > 0 {
		// FLOAT(M,D) and DOUBLE(M,D) round to D places as well.
		return "", "", fmt.Sprintf("cannot tell exactly which %s values are stored inexactly as %s in MySQL", fk, to)
	}
	// The original compared as the number it is: a DECIMAL as a DECIMAL
	// wide enough for any of its values, a DOUBLE as a DOUBLE.
	back := "DOUBLE"
	if fk == schema.KindDecimal {
		back = fmt.Sprintf("DECIMAL(65,%d)", max(30, from.Scale))
	}
	switch to.Kind {
	case schema.KindDouble:
		return fmt.Sprintf("CAST(CAST(%s AS DOUBLE) AS %s) <> %s", x, back, x), "", ""
	case schema.KindFloat:
		return fmt.Sprintf("CAST(CAST(CAST(%s AS FLOAT) AS CHAR) AS %s) <> %s", x, back, x), "", ""
	}
	return "", "", fmt.Sprintf("cannot tell exactly which %s values are stored inexactly as %s in MySQL", fk, to)
}

func unparsable(x string, from, to schema.Type, target schema.Kind) (cond, unsure, why string) {
	fk := from.Kind
	tstr := func(pattern string) string { return "NOT (" + x + " REGEXP '" + pattern + "')" }
	switch {
	case fk.IsString() && (target.IsInteger() || target == schema.KindBool):
		return tstr(intPattern), "", ""
	case fk.IsString() && (target == schema.KindDecimal || target == schema.KindFloat || target == schema.KindDouble):
		return tstr(numPattern), "", ""
	case target == schema.KindBool && fk.IsNumeric():
		// bool is tinyint(1): it holds -128..127 without a fraction.
		return fmt.Sprintf("%s < -128 OR %s > 127 OR %s <> ROUND(%s)", x, x, x, x), "", ""
	case fk.IsString() && target.IsTemporal():
		cast, pattern := "DATE", datePattern
		switch target {
		case schema.KindDateTime:
			cast, pattern = "DATETIME(6)", dateTimePattern
		case schema.KindTime:
			cast, pattern = "TIME(6)", timePattern
		}
		bad := fmt.Sprintf("CAST(%s AS %s) IS NULL", x, cast)
		if target == schema.KindTime {
			// CAST clamps a time beyond TIME's range (838:59:59) to
			// 838:59:59.999999 where the ALTER refuses it.
			bad = fmt.Sprintf("(%s OR ABS(TIME_TO_SEC(CAST(%s AS TIME(6)))) > 3020399)", bad, x)
		}
		if target == schema.KindDate {
			// A zero month or day converts or fails by NO_ZERO_IN_DATE and
			// NO_ZERO_DATE, which the session applying the change may set
			// differently from this one.
			d := "CAST(" + x + " AS DATE)"
			lenient := fmt.Sprintf("%s IS NOT NULL AND (NOT (%s REGEXP '%s') OR MONTH(%s) = 0 OR DAYOFMONTH(%s) = 0)", d, x, lenientDatePattern, d, d)
			return bad, lenient, ""
		}
		lenient := fmt.Sprintf("CAST(%s AS %s) IS NOT NULL AND NOT (%s REGEXP '%s') OR %s LIKE '0000-00-00%%'", x, cast, x, pattern, x)
		return bad, lenient, ""
	case fk.IsString() && target == schema.KindJSON:
		return "NOT JSON_VALID(" + x + ")", "", ""
	case fk.IsNumeric() && target == schema.KindJSON:
		return "FALSE", "", ""
	case fk.IsString() && target == schema.KindBytes:
		return "FALSE", "", "" // every string has a byte form; TooLong covers the size
	case fk == schema.KindBytes && target.IsString():
		// Bytes that utf8mb4 cannot read come back changed ('?') from the
		// round trip; the ALTER refuses them (error 1366).
		return fmt.Sprintf("CAST(CONVERT(%s USING utf8mb4) AS BINARY) <> %s", x, x), "", ""
	}
	return "", "", "cannot tell exactly which " + fk.String() + " values convert to " + target.String() + " (" + to.String() + ") in MySQL"
}

// Key parts as the other packages spell them, rewritten into MySQL: a
// column under a new collation is "col" COLLATE "coll" in standard SQL
// (double quotes are string literals to MySQL), and the constant a new
// column holds in every row is CAST((value) AS TEXT), a type MySQL has no
// CAST to.
var (
	stdCollate = regexp.MustCompile(`^"((?:[^"]|"")+)" COLLATE "([A-Za-z0-9_]+)"$`)
	castText   = regexp.MustCompile(`(?is)^CAST\((.*) AS TEXT\)$`)
)

// keyPart renders part i of a Duplicates key as MySQL SQL, or says why it
// cannot.
func keyPart(ch probe.Check, i int) (string, string) {
	if c := ch.Columns[i]; c != "" {
		return quote(c), ""
	}
	e := ""
	if i < len(ch.Exprs) {
		e = ch.Exprs[i]
	}
	if m := stdCollate.FindStringSubmatch(e); m != nil {
		// Converted to the collation's character set first: COLLATE alone
		// is an error on a column of another character set. The collation
		// name starts with its character set (utf8mb4_general_ci). GROUP BY
		// then compares as the rebuilt unique key will, padding included.
		col := strings.ReplaceAll(m[1], `""`, `"`)
		cs, _, _ := strings.Cut(m[2], "_")
		return "CONVERT(" + quote(col) + " USING " + cs + ") COLLATE " + m[2], ""
	}
	if m := castText.FindStringSubmatch(e); m != nil {
		e = "CAST(" + m[1] + " AS CHAR)"
	}
	switch {
	case e == "":
		return "", "a key part is neither a column nor an expression schemaguard can group by (a collation change to the default)"
	case strings.Contains(e, `"`):
		// Standard SQL quoting MySQL would read as a string: grouping by it
		// would count the wrong thing.
		return "", "the key expression " + e + " is not in MySQL's SQL"
	}
	// A prefix part is LEFT(col, n), already MySQL's: it compares the first
	// n characters (bytes for a binary column) under the column's
	// collation, as the prefix index does.
	return "(" + e + ")", ""
}

// duplicates counts the groups and extra rows a new unique key would
// reject and, for a primary key (NullKeys), the rows with a NULL key part,
// which ADD PRIMARY KEY rejects as it makes every key column NOT NULL.
func (p *prober) duplicates(ctx context.Context, ch probe.Check) (probe.Result, error) {
	if len(ch.Columns) == 0 {
		return probe.Result{Status: probe.NotCheckable, Note: "the key has no plain columns"}, nil
	}
	keys := make([]string, len(ch.Columns))
	var notNull, anyNull []string
	for i := range ch.Columns {
		k, why := keyPart(ch, i)
		if why != "" {
			return probe.Result{Status: probe.NotCheckable, Note: why}, nil
		}
		keys[i] = k
		notNull = append(notNull, k+" IS NOT NULL")
		anyNull = append(anyNull, k+" IS NULL")
	}
	cols := strings.Join(keys, ", ")
	where := strings.Join(notNull, " AND ")
	failing, notes := "", ""
	if len(ch.Conds) > 0 {
		// Rows whose value the change cannot store at all fail it each
		// (a character latin1 lacks); only the others are grouped.
		var conds []string
		for _, cd := range ch.Conds {
			cond, unsure, why := fitCond(quote(ch.Column), ch.From, ch.To, cd, p.mode)
			if why != "" || unsure != "" {
				return probe.Result{Status: probe.NotCheckable, Note: firstNonEmpty(why, "cannot tell exactly which values are "+cd.Describe())}, nil
			}
			conds = append(conds, "("+cond+")")
		}
		failing = "COALESCE(" + strings.Join(conds, " OR ") + ", FALSE)"
	}
	if len(ch.FKColumns) > 0 {
		if note := ch.RefValuesChange(); note != "" {
			// A key added back compares the parent's values after the
			// plan, which its retype may change.
			return probe.Result{Status: probe.NotCheckable, Note: note}, nil
		}
		// The foreign keys over the column are added back after the change
		// and checked under the new collations: their orphans fail it.
		fks := append([]probe.ForeignKey{{Columns: ch.FKColumns, RefSchema: ch.RefSchema, RefTable: ch.RefTable, RefColumns: ch.RefColumns}}, ch.MoreFKs...)
		for _, fk := range fks {
			orphan, note, why, err := p.orphanCond(ctx, ch, fk, quote(ch.Table)+".")
			if err != nil {
				return p.classify(ctx, err)
			}
			if why != "" {
				return probe.Result{Status: probe.NotCheckable, Note: why}, nil
			}
			failing = strings.TrimPrefix(failing+" OR "+orphan, " OR ")
			// A parent that does not exist yet makes every complete key
			// fail: say so, as the orphan probe does.
			notes = addNote(notes, note)
		}
	}
	if failing != "" {
		where += " AND NOT (" + failing + ")"
	}
	// GROUP BY compares under each column's collation, as the unique index
	// will: 'A' and 'a' collide under a _ci collation.
	groups := "SELECT " + cols + " FROM " + quote(ch.Table) + " WHERE " + where + " GROUP BY " + cols + " HAVING COUNT(*) > 1"
	// With a one-column key, the grouping pass also returns the smallest
	// key of the first groups (in key order): the sample rows are then
	// found without grouping the table a second time.
	firsts, inner := "NULL", ""
	if len(ch.Key) == 1 {
		k := quote(ch.Key[0])
		inner, firsts = ", MIN("+k+") AS k", p.firstKeys("k")
	}
	q := p.bounded("SELECT COUNT(*), COALESCE(SUM(n - 1), 0), " + firsts + " FROM (SELECT COUNT(*) AS n" + inner + " FROM " + quote(ch.Table) +
		" WHERE " + where + " GROUP BY " + cols + " HAVING COUNT(*) > 1) d")
	var res probe.Result
	var keysFirst sql.NullString
	if err := p.q.QueryRowContext(ctx, q).Scan(&res.Groups, &res.Affected, &keysFirst); err != nil {
		return p.classify(ctx, err)
	}
	if ch.NullKeys {
		q := p.bounded("SELECT COUNT(*) FROM " + quote(ch.Table) + " WHERE " + strings.Join(anyNull, " OR "))
		if err := p.q.QueryRowContext(ctx, q).Scan(&res.Nulls); err != nil {
			return p.classify(ctx, err)
		}
	}
	var failed int64
	if failing != "" {
		q := p.bounded("SELECT COUNT(*) FROM " + quote(ch.Table) + " WHERE " + failing)
		if err := p.q.QueryRowContext(ctx, q).Scan(&failed); err != nil {
			return p.classify(ctx, err)
		}
	}
	res.Status, res.Note = probe.Exact, notes
	if res.Affected > 0 {
		value := cols
		if len(ch.Columns) > 1 {
			value = "CONCAT_WS(', ', " + cols + ")"
		}
		query := "SELECT %s FROM " + quote(ch.Table) + " WHERE (" + cols + ") IN (" + groups + ")"
		if first := strings.Split(keysFirst.String, keySep); keysFirst.Valid && len(first) == int(min(res.Groups, probe.MaxSamples)) {
			// The first MaxSamples rows of duplicate groups, in key order,
			// belong to the groups with the smallest first keys. When there
			// are MaxSamples groups or more, they also lie at or below the
			// largest of those first keys (the first keys themselves are
			// that many rows): the scan of the key stops there.
			k := quote(ch.Key[0])
			lits := make([]string, len(first))
			for i, f := range first {
				lits[i] = quoteString(f)
			}
			bound := ""
			if res.Groups >= probe.MaxSamples {
				bound = " AND " + k + " <= " + lits[len(lits)-1]
			}
			query = "SELECT %s FROM " + quote(ch.Table) + " WHERE " + where + bound +
				" AND (" + cols + ") IN (SELECT " + cols + " FROM " + quote(ch.Table) + " WHERE " + k + " IN (" + strings.Join(lits, ", ") + "))"
		}
		s, err := p.samples(ctx, ch, query, value)
		if err != nil {
			return probe.Result{}, err
		}
		res.Samples = s
	}
	res.Failing = failed
	res.Affected += res.Nulls + failed
	return res, nil
}

// keySep separates the keys firstKeys returns. A key holding it makes the
// list too long, and the samples are then found the slow way.
const keySep = "\x1f"

// firstKeys aggregates the MaxSamples smallest values of col, in order,
// separated by keySep: GROUP_CONCAT ... LIMIT on MariaDB; MySQL has no
// LIMIT there, so the ordered list is cut (untested branch).
func (p *prober) firstKeys(col string) string {
	if p.c.fl.maria {
		return fmt.Sprintf("GROUP_CONCAT(%s ORDER BY %s SEPARATOR x'1f' LIMIT %d)", col, col, probe.MaxSamples)
	}
	return fmt.Sprintf("SUBSTRING_INDEX(GROUP_CONCAT(%s ORDER BY %s SEPARATOR x'1f'), x'1f', %d)", col, col, probe.MaxSamples)
}

func (p *prober) orphans(ctx context.Context, ch probe.Check) (probe.Result, error) {
	if note := ch.RefValuesChange(); note != "" {
		// The key is added after the MODIFY converted the parent's
		// values, and it compares them as the new type: the child's '07'
		// equals the number 7 now, and not the string '7' afterwards.
		// So are the other keys lifted around the change (MoreFKs): a
		// parent VARCHAR 'a ' that becomes CHAR reads 'a', which a child
		// 'a ' under a NO PAD collation no longer equals.
		return probe.Result{Status: probe.NotCheckable, Note: note}, nil
	}
	failing := ""
	if len(ch.Conds) > 0 {
		// Rows whose value the change cannot store fail the MODIFY before
		// the key is checked again: each counts once, orphan or not.
		var conds []string
		for _, cd := range ch.Conds {
			cond, unsure, why := fitCond("c."+quote(ch.Column), ch.From, ch.To, cd, p.mode)
			if why != "" || unsure != "" {
				return probe.Result{Status: probe.NotCheckable, Note: firstNonEmpty(why, "cannot tell exactly which values are "+cd.Describe())}, nil
			}
			conds = append(conds, "("+cond+")")
		}
		failing = "COALESCE(" + strings.Join(conds, " OR ") + ", FALSE)"
	}
	fks := ch.MoreFKs
	if len(ch.Columns) > 0 || len(fks) == 0 {
		fks = append([]probe.ForeignKey{{Columns: ch.Columns, RefSchema: ch.RefSchema, RefTable: ch.RefTable, RefColumns: ch.RefColumns}}, fks...)
	}
	var res probe.Result
	var orphan []string
	var others int64
	for _, fk := range fks {
		if fk.Table != "" && fk.Table != ch.Table {
			// A key of another table: its orphans are other rows.
			n, note, why, err := p.otherOrphans(ctx, ch, fk)
			if err != nil {
				return p.classify(ctx, err)
			}
			if why != "" {
				return probe.Result{Status: probe.NotCheckable, Note: why}, nil
			}
			others += n
			res.Note = addNote(res.Note, note)
			continue
		}
		cond, note, why, err := p.orphanCond(ctx, ch, fk, "c.")
		if err != nil || why != "" {
			if err != nil {
				return p.classify(ctx, err)
			}
			return probe.Result{Status: probe.NotCheckable, Note: why}, nil
		}
		orphan = append(orphan, cond)
		res.Note = addNote(res.Note, note)
	}
	// A row fails once, whichever keys it breaks.
	where := strings.Join(orphan, " OR ")
	switch {
	case failing != "" && where != "":
		where = failing + " OR " + where
	case failing != "":
		where = failing
	case where == "":
		where = "FALSE" // only other tables' keys
	}
	from := " FROM " + quote(ch.Table) + " c WHERE " + where
	if err := p.q.QueryRowContext(ctx, p.bounded("SELECT COUNT(*)"+from)).Scan(&res.Affected); err != nil {
		return p.classify(ctx, err)
	}
	res.Status = probe.Exact
	if res.Affected > 0 {
		ck := ch
		keys := make([]string, len(ch.Key))
		for i, k := range ch.Key {
			keys[i] = "c." + quote(k)
		}
		value := "c." + quote(firstNonEmpty(ch.Column, first(ch.Columns)))
		if len(ch.Columns) > 1 {
			parts := make([]string, len(ch.Columns))
			for i, c := range ch.Columns {
				parts[i] = "c." + quote(c)
			}
			value = "CONCAT_WS(', ', " + strings.Join(parts, ", ") + ")"
		}
		s, err := p.samplesAliased(ctx, ck, keys, "SELECT %s"+from, value)
		if err != nil {
			return probe.Result{}, err
		}
		res.Samples = s
	}
	res.Affected += others
	return res, nil
}

func first(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}

// otherOrphans counts the orphans of fk, a key of another table than ch's,
// with orphanCond's note and why.
func (p *prober) otherOrphans(ctx context.Context, ch probe.Check, fk probe.ForeignKey) (n int64, note, why string, err error) {
	cond, note, why, err := p.orphanCond(ctx, ch, fk, "c.")
	if err != nil || why != "" {
		return 0, "", why, err
	}
	err = p.q.QueryRowContext(ctx, p.bounded("SELECT COUNT(*) FROM "+quote(fk.Table)+" c WHERE "+cond)).Scan(&n)
	return n, note, "", err
}

// addNote appends note to notes, "; " between them, once.
func addNote(notes, note string) string {
	if note == "" || strings.Contains(notes, note) {
		return notes
	}
	return strings.TrimPrefix(notes+"; "+note, "; ")
}

// orphanCond is the condition that a row of ch's table (its columns
// written with prefix) is an orphan of fk: its key is complete and no row
// of the parent matches it, under the new collations of ch.Recollated.
// When the parent does not exist yet (the plan creates it, empty), every
// complete key is an orphan and note says so. why is set when the key
// cannot be checked.
func (p *prober) orphanCond(ctx context.Context, ch probe.Check, fk probe.ForeignKey, prefix string) (cond, note, why string, err error) {
	if len(fk.Columns) == 0 || len(fk.Columns) != len(fk.RefColumns) {
		return "", "", "the foreign key's columns do not pair up", nil
	}
	notNull, match, why := orphanParts(ch, fk, prefix)
	if why != "" {
		return "", "", why, nil
	}
	exists, err := p.tableExists(ctx, fk.RefSchema, fk.RefTable)
	if err != nil {
		return "", "", "", err
	}
	if !exists {
		return "(" + strings.Join(notNull, " AND ") + ")", "the parent table " + fk.RefTable + " does not exist yet, so every non-NULL reference is an orphan", "", nil
	}
	ref := quote(fk.RefTable)
	if fk.RefSchema != "" {
		ref = quote(fk.RefSchema) + "." + ref
	}
	return "(" + strings.Join(notNull, " AND ") + " AND NOT EXISTS (SELECT 1 FROM " + ref + " r WHERE " + strings.Join(match, " AND ") + "))", "", "", nil
}

// tableExists reports whether the table exists, asking the server once
// per table and Probe: every foreign key to one parent asks the same.
func (p *prober) tableExists(ctx context.Context, schemaName, table string) (bool, error) {
	k := [2]string{schemaName, table}
	if v, ok := p.tables[k]; ok {
		return v, nil
	}
	var exists bool
	q := "SELECT COUNT(*) > 0 FROM information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ?"
	if err := p.q.QueryRowContext(ctx, q, schemaName, table).Scan(&exists); err != nil {
		return false, err
	}
	if p.tables == nil {
		p.tables = map[[2]string]bool{}
	}
	p.tables[k] = exists
	return exists, nil
}

// orphanParts are, for the foreign key fk of ch's table (its columns
// written with the prefix, "c." or the quoted table and a dot), the
// conditions that the key is complete and that a row of fk.RefTable
// (aliased r) matches it.
func orphanParts(ch probe.Check, fk probe.ForeignKey, prefix string) (notNull, match []string, why string) {
	for i, c := range fk.Columns {
		notNull = append(notNull, prefix+quote(c)+" IS NOT NULL")
		child, parent := prefix+quote(c), "r."+quote(fk.RefColumns[i])
		if coll := ch.Recollated[c]; coll != "" {
			// The key is added back once both sides hold the new collation
			// (MariaDB refuses a key whose sides' collations differ): both
			// are converted to its character set ('日本' reads '??' in
			// latin1, as a non-strict MODIFY stores it) and compared under
			// it.
			if !collationName.MatchString(coll) {
				return nil, nil, "the collation " + coll + " is not a name MySQL takes"
			}
			cs, _, _ := strings.Cut(coll, "_")
			child = "CONVERT(" + child + " USING " + cs + ") COLLATE " + coll
			parent = "CONVERT(" + parent + " USING " + cs + ") COLLATE " + coll
		}
		match = append(match, parent+" = "+child)
	}
	return notNull, match, ""
}

// samplesAliased runs a sample query whose first %s is replaced by the key
// columns (as written in keys) and the value. A sample query that times out
// leaves the count without samples.
func (p *prober) samplesAliased(ctx context.Context, ch probe.Check, keys []string, query, value string) ([]probe.Sample, error) {
	sel := append(append([]string(nil), keys...), value)
	order := ""
	if len(keys) > 0 {
		order = " ORDER BY " + strings.Join(keys, ", ")
	}
	q := strings.Replace(query, "%s", strings.Join(sel, ", "), 1) + order + " LIMIT " + strconv.Itoa(probe.MaxSamples)
	rows, err := p.q.QueryContext(ctx, p.bounded(q))
	if err != nil {
		if _, err := p.classify(ctx, err); err != nil {
			return nil, err
		}
		return nil, nil
	}
	defer rows.Close()
	var out []probe.Sample
	for rows.Next() {
		vals := make([]sql.RawBytes, len(sel))
		ptrs := make([]any, len(sel))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("reading samples: %w", err)
		}
		s := probe.Sample{Key: map[string]any{}}
		for i, k := range ch.Key {
			s.Key[k] = rawValue(vals[i])
		}
		s.Value = rawValue(vals[len(vals)-1])
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		if _, err := p.classify(ctx, err); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func quoteCols(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quote(c)
	}
	return strings.Join(q, ", ")
}

// retypedExpr is a check's expression over the values as the plan's type
// changes leave them: each retyped column read through a CAST to its new
// type, so that comparisons take the new type's rules (a number that
// becomes a string compares as a string).
func retypedExpr(ch probe.Check) string {
	expr := toMySQLLiterals(ch.Expr)
	for _, col := range ch.ChangedColumns() {
		t, retyped := ch.Retyped[col]
		value := quote(col)
		if coll := ch.Recollated[col]; coll != "" && charsetName.MatchString(strings.ReplaceAll(coll, "_", "")) {
			// The new character set and collation: LENGTH counts its bytes,
			// comparisons follow its rules.
			cs, _, _ := strings.Cut(coll, "_")
			value = fmt.Sprintf("CONVERT(%s USING %s) COLLATE %s", value, cs, coll)
			if !retyped {
				expr = diff.ReplaceIdent(expr, col, "("+value+")", diff.CaseFold)
				continue
			}
		}
		var as string
		switch {
		case t.Kind.IsString():
			as = "CHAR"
		case t.Kind.IsInteger() && t.Unsigned:
			as = "UNSIGNED"
		case t.Kind.IsInteger():
			as = "SIGNED"
		case t.Kind == schema.KindDecimal && t.Precision > 0:
			as = fmt.Sprintf("DECIMAL(%d,%d)", t.Precision, t.Scale)
		case t.Kind == schema.KindFloat || t.Kind == schema.KindDouble:
			as = "DOUBLE"
		case t.Kind == schema.KindDate:
			as = "DATE"
		case t.Kind == schema.KindDateTime:
			as = "DATETIME(6)"
		case t.Kind == schema.KindTime:
			as = "TIME(6)"
		default:
			continue
		}
		expr = diff.ReplaceIdent(expr, col, "CAST("+value+" AS "+as+")", diff.CaseFold)
	}
	return expr
}

// pow10 is 10 to the n (n small and non-negative).
func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}
