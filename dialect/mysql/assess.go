package mysql

import (
	"context"
	"fmt"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// BigTableRows and BigTableBytes are the sizes from which a table copy
// (ALGORITHM=COPY) raises a finding to WARNING: writes wait for the copy.
var (
	BigTableRows  int64 = 1_000_000
	BigTableBytes int64 = 1 << 30
)

// Assess implements dialect.Assessor. It fills each assessment's Lock with
// the algorithm and lock level Render chose and the table's size, and
// raises findings where MySQL changes data silently: outside strict
// sql_mode values that do not fit are truncated or zero-filled, and a NOT
// NULL column added without a default is zero-filled even in strict mode.
func (c *Conn) Assess(ctx context.Context, actual *schema.Schema, a []dialect.Assessment) error {
	q := c.q()
	var session, global string
	if err := q.QueryRowContext(ctx, "SELECT @@SESSION.sql_mode, @@GLOBAL.sql_mode").Scan(&session, &global); err != nil {
		return fmt.Errorf("reading sql_mode: %w", err)
	}
	strict := isStrict(session) && isStrict(global)

	type size struct{ rows, bytes int64 }
	sizes := map[string]size{}
	rows, err := q.QueryContext(ctx, `SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0), COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)
FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?`, c.name)
	if err != nil {
		return fmt.Errorf("reading table sizes: %w", err)
	}
	err = scanAll(rows, func() error {
		var n string
		var s size
		if err := rows.Scan(&n, &s.rows, &s.bytes); err != nil {
			return err
		}
		sizes[n] = s
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading table sizes: %w", err)
	}

	changes := make([]diff.Change, len(a))
	for i := range a {
		changes[i] = a[i].Change
	}
	r := newRenderer(c.fl, actual, diff.Apply(actual, changes), changes)
	keyAdds, err := dialect.RefusedKeys(r.target, a, &Dialect{}, c.keyParent(ctx))
	if err != nil {
		return err
	}

	for i := range a {
		as := &a[i]
		if why := keyAdds[i]; why != "" {
			as.Escalate(2, why)
			as.Refused = true
			as.Advice = "give the column the type, sign, character set and collation of the column it references, then add the key"
		}
		sz := sizes[as.Change.TableName()]
		steps, err := r.change(as.Change, changes)
		if err != nil {
			continue // Render reports it
		}
		lk := &dialect.Lock{TableRows: sz.rows, TableBytes: sz.bytes}
		var alg Algorithm
		rebuild := false
		for _, s := range steps {
			rebuild = rebuild || s.rebuild && algOf(s.sql, s.alg) >= Inplace
			// The statement's own ALGORITHM=: the table's engine or row
			// format may have made it other than the step planned.
			if a := algOf(s.sql, s.alg); a > alg {
				alg = a
				lk.Mode = lockOf(s.sql)
			}
		}
		if _, ok := as.Change.(diff.AddTable); !ok {
			lk.Algorithm = alg.String()
			lk.Rewrite = alg == Copy || rebuild
			// An INSTANT change touches only metadata: no row is read.
			lk.ValidationScan = alg > Instant && validates(as.Change)
			lk.Note = "TABLE_ROWS is InnoDB's estimate"
			as.Lock = lk
		}
		if alg == Copy && lk.Rewrite && c.big(sz.rows, sz.bytes) {
			as.Escalate(1, fmt.Sprintf("ALGORITHM=COPY rebuilds %s (about %d rows, %s) and blocks writes while it runs; run it in a quiet window or use an online schema change tool",
				as.Change.TableName(), sz.rows, humanBytes(sz.bytes)))
		}

		if !strict && truncates(as.Change) {
			level := 1
			what := "no row is known to be affected today"
			if as.Affected > 0 {
				level = 2
				what = fmt.Sprintf("%d row(s) would be changed silently", as.Affected)
			}
			as.Escalate(level, fmt.Sprintf("sql_mode is not strict (session %q, global %q): MySQL truncates or zero-fills values that do not fit instead of failing; %s. Add STRICT_TRANS_TABLES to sql_mode",
				session, global, what))
		}
		if m, ok := as.Change.(diff.ModifyColumn); ok && m.To.AutoIncrement && !m.From.AutoIncrement && m.From != nil {
			// The ALTER numbers the rows whose key is 0 or NULL anew
			// (unless sql_mode has NO_AUTO_VALUE_ON_ZERO, for 0).
			var zero, null int64
			q := fmt.Sprintf("SELECT COUNT(IF(%s = 0, 1, NULL)), COUNT(IF(%s IS NULL, 1, NULL)) FROM %s", quote(m.From.Name), quote(m.From.Name), quote(m.Table.Name))
			if err := q0(ctx, c, q, &zero, &null); err != nil {
				return fmt.Errorf("counting keys AUTO_INCREMENT would renumber: %w", err)
			}
			if strings.Contains(strings.ToUpper(session), "NO_AUTO_VALUE_ON_ZERO") {
				zero = 0
			}
			if zero+null > 0 {
				as.Escalate(2, fmt.Sprintf("making %s AUTO_INCREMENT gives the %d row(s) holding 0 and the %d holding NULL new numbers: their keys change silently", m.From.Name, zero, null))
			}
		}
		if ac, ok := as.Change.(diff.AddColumn); ok && zeroFilled(ac.Column) {
			n := as.Affected
			if n < 0 {
				n = sz.rows
			}
			if n > 0 {
				as.Escalate(2, fmt.Sprintf("MySQL/MariaDB does not reject a NOT NULL column without a default on a non-empty table, even in strict mode: it fills %s on the %d existing row(s) with %s; give the column a DEFAULT or make it nullable and backfill it",
					ac.Column.Name, n, zeroValue(ac.Column.Type)))
			}
		}
	}
	return nil
}

func isStrict(mode string) bool {
	m := strings.ToUpper(mode)
	return strings.Contains(m, "STRICT_TRANS_TABLES") || strings.Contains(m, "STRICT_ALL_TABLES")
}

// truncates reports whether a change makes the server rewrite values that
// do not fit, which only strict mode turns into an error.
func truncates(ch diff.Change) bool {
	m, ok := ch.(diff.ModifyColumn)
	if !ok {
		return false
	}
	if m.Detail == "collation" {
		// A new character set re-encodes every value: outside strict mode
		// a character it lacks is stored as '?', and a TEXT value past the
		// type's byte limit is cut.
		from := firstNonEmpty(m.From.Collation, m.Table.Options["collation"])
		to := firstNonEmpty(m.To.Collation, m.Table.Options["collation"])
		fcs, _, _ := strings.Cut(strings.ToLower(from), "_")
		tcs, _, _ := strings.Cut(strings.ToLower(to), "_")
		return fcs != tcs
	}
	switch m.Aspect {
	case diff.KindSetNotNull:
		return true
	case diff.KindAlterType:
		return len(probe.FitConds(m.From.Type, m.To.Type)) > 0
	case diff.KindAlterEnum:
		from, to := m.From.Type.Values, m.To.Type.Values
		return !(len(to) >= len(from) && equalPrefix(to, from))
	}
	return false
}

func zeroFilled(col *schema.Column) bool {
	return !col.Nullable && col.Default == nil && !col.AutoIncrement && col.Generated == ""
}

func zeroValue(t schema.Type) string {
	switch {
	case t.Kind.IsNumeric() || t.Kind == schema.KindBool:
		return "0"
	case t.Kind == schema.KindDate || t.Kind == schema.KindDateTime:
		return "0000-00-00"
	case t.Kind == schema.KindTime:
		return "00:00:00"
	case t.Kind == schema.KindEnum:
		return "its first value"
	}
	return "''"
}

func validates(ch diff.Change) bool {
	switch c := ch.(type) {
	case diff.AddForeignKey, diff.AddCheck, diff.AlterCheck, diff.AlterForeignKey:
		return true
	case diff.AddIndex:
		return c.Index.Unique
	case diff.ModifyColumn:
		if c.Aspect == diff.KindAlterType && displayOnly(c.From.Type, c.To.Type) {
			return false // metadata only: no row is read
		}
		return c.Aspect == diff.KindSetNotNull || c.Aspect == diff.KindAlterType || c.Aspect == diff.KindAlterEnum
	}
	return false
}

// lockOf reads the LOCK= clause of a rendered statement; statements without
// one (CREATE, DROP and RENAME TABLE) take a metadata lock.
// algOf reads the ALGORITHM= clause of an ALTER, else returns def.
func algOf(stmt string, def Algorithm) Algorithm {
	i := strings.LastIndex(stmt, "ALGORITHM=")
	if i < 0 {
		return def
	}
	rest := stmt[i+len("ALGORITHM="):]
	for _, a := range []Algorithm{Instant, Inplace, Copy} {
		if strings.HasPrefix(rest, a.String()) {
			return a
		}
	}
	return def
}

func lockOf(stmt string) string {
	if i := strings.LastIndex(stmt, "LOCK="); i >= 0 {
		return stmt[i+len("LOCK="):]
	}
	return "EXCLUSIVE"
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// big reports whether a table reaches the big-table threshold: the
// connection's OpenOptions when set, else the package defaults.
func (c *Conn) big(rows, bytes int64) bool {
	rowsLimit, bytesLimit := BigTableRows, BigTableBytes
	if c.opts.BigTableRows > 0 {
		rowsLimit = c.opts.BigTableRows
	}
	if c.opts.BigTableBytes > 0 {
		bytesLimit = c.opts.BigTableBytes
	}
	return rows >= rowsLimit || bytes >= bytesLimit
}

// q0 runs a one-row query on the connection schemaguard inspects with.
func q0(ctx context.Context, c *Conn, query string, dest ...any) error {
	return c.q().QueryRowContext(ctx, query).Scan(dest...)
}
