package bench

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Query is a named SQL statement timed next to the probe.
type Query struct {
	Name string
	SQL  string
}

// The baselines of the probe benchmark: what the database needs at the
// least to read the same columns or answer the same question.
const (
	// ScanSameColumns reads every column the row-level checks read.
	ScanSameColumns = `SELECT count(code), count(qty), count(note), count(price) FROM t`
	// PlainDuplicates counts duplicate groups of the unique key.
	PlainDuplicates = `SELECT count(*) FROM (SELECT email FROM t GROUP BY email HAVING count(*) > 1)`
	// PlainOrphans counts rows whose parent is missing.
	PlainOrphans = `SELECT count(*) FROM t WHERE parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM p WHERE p.id = t.parent_id)`
)

// isNum is the dialect's numeric-affinity test, copied from dialect/sqlite.
func isNum(col string) string { return "(" + col + " < CAST(9e999 AS REAL))" }

// The row-level conditions of RowChecks as dialect/sqlite renders them
// (condition and fitCond in probe.go), in check order.
var engineConds = []string{
	`"code" IS NOT NULL AND (length("code") > 20)`,
	`"qty" IS NOT NULL AND (NOT ` + isNum(`"qty"`) +
		` OR (` + isNum(`"qty"`) + ` AND (CAST("qty" AS NUMERIC) < -2147483648 OR CAST("qty" AS NUMERIC) > 2147483647))` +
		` OR (` + isNum(`"qty"`) + ` AND CAST("qty" AS NUMERIC) <> round(CAST("qty" AS NUMERIC), 0)))`,
	`"note" IS NULL`,
	`(price > 0) IS FALSE`,
}

// dedupConds differ from engineConds only in the Fit check of qty: the
// numeric test is written once for the whole check instead of once per
// condition. For a non-NULL value isNum is never NULL, so
// NOT a OR (a AND b) OR (a AND c) equals NOT a OR b OR c row by row.
var dedupConds = []string{
	engineConds[0],
	`"qty" IS NOT NULL AND (NOT ` + isNum(`"qty"`) +
		` OR CAST("qty" AS NUMERIC) < -2147483648 OR CAST("qty" AS NUMERIC) > 2147483647` +
		` OR CAST("qty" AS NUMERIC) <> round(CAST("qty" AS NUMERIC), 0))`,
	engineConds[2],
	engineConds[3],
}

func aggregate(conds []string, wrap func(string) string) string {
	sel := make([]string, len(conds))
	for i, c := range conds {
		sel[i] = wrap(c)
	}
	return "SELECT " + strings.Join(sel, ", ") + ` FROM "t"`
}

func caseWhen(c string) string { return "coalesce(sum(CASE WHEN " + c + " THEN 1 ELSE 0 END), 0)" }
func filter(c string) string   { return "count(*) FILTER (WHERE " + c + ")" }
func sumBool(c string) string  { return "coalesce(sum(" + c + "), 0)" }

// RowLevelQueries are the engine's aggregate scan without its samples and
// rewrites of it that count the same rows. Each returns one count per check.
var RowLevelQueries = []Query{
	{"engine-aggregate", aggregate(engineConds, caseWhen)},
	{"filter", aggregate(engineConds, filter)},
	{"sum-bool", aggregate(engineConds, sumBool)},
	{"dedup-isnum", aggregate(dedupConds, caseWhen)},
	{"dedup-isnum+filter", aggregate(dedupConds, filter)},
	{"only-code", aggregate(engineConds[:1], caseWhen)},
	{"only-qty", aggregate(engineConds[1:2], caseWhen)},
	{"only-qty-dedup", aggregate(dedupConds[1:2], caseWhen)},
	{"only-note+check", aggregate(engineConds[2:], caseWhen)},
}

// The engine's duplicate queries for DuplicateCheck (duplicates in probe.go).
const (
	engineDupCount  = `SELECT count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "t" WHERE "email" IS NOT NULL GROUP BY "email" HAVING count(*) > 1)`
	engineDupSample = `SELECT "id", "email" FROM "t" WHERE ("email") IN (SELECT "email" FROM "t" WHERE "email" IS NOT NULL GROUP BY "email" HAVING count(*) > 1) ORDER BY "id" LIMIT 5`
)

// DuplicateQueries are the engine's two duplicate queries, timed alone.
var DuplicateQueries = []Query{
	{"engine-count", engineDupCount},
	{"engine-samples", engineDupSample},
}

// The engine's orphan queries for OrphanCheck (orphans in probe.go).
const (
	engineOrphanCount  = `SELECT count(*) FROM "t" AS c WHERE c."parent_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "p" AS p WHERE p."id" = c."parent_id")`
	engineOrphanSample = `SELECT c."id", c."parent_id" FROM "t" AS c WHERE c."parent_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "p" AS p WHERE p."id" = c."parent_id") ORDER BY c."id" LIMIT 5`
)

// OrphanQueries are the engine's two orphan queries, timed alone.
var OrphanQueries = []Query{
	{"engine-count", engineOrphanCount},
	{"engine-samples", engineOrphanSample},
}

// protoDupGroups groups once: it returns the totals on every row and the
// five groups whose first row comes first. The first five offending rows by
// key all lie in those groups: a row in any later group has at least five
// offending rows (the groups' first rows) before it.
const protoDupGroups = `SELECT count(*) OVER (), coalesce(sum(n - 1) OVER (), 0), "email"
FROM (SELECT "email", count(*) AS n, min(rowid) AS first FROM "t" WHERE "email" IS NOT NULL GROUP BY "email" HAVING count(*) > 1)
ORDER BY first LIMIT 5`

// ProtoDuplicates counts duplicates with one GROUP BY and fetches the same
// samples as the engine by value: a scan in key order that stops at the
// fifth offending row. It returns groups, affected rows and sample ids.
func ProtoDuplicates(ctx context.Context, c *sql.Conn) (groups, affected int64, ids []int64, err error) {
	rows, err := c.QueryContext(ctx, protoDupGroups)
	if err != nil {
		return 0, 0, nil, err
	}
	var vals []any
	for rows.Next() {
		var v string
		if err := rows.Scan(&groups, &affected, &v); err != nil {
			rows.Close()
			return 0, 0, nil, err
		}
		vals = append(vals, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(vals) == 0 {
		return groups, affected, nil, err
	}
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(vals)), ", ")
	q := fmt.Sprintf(`SELECT "id" FROM "t" WHERE "email" IN (%s) ORDER BY "id" LIMIT 5`, ph)
	got, err := scanColumn(ctx, c, q, vals...)
	return groups, affected, got, err
}

// scanInts runs a one-row query and returns its integer columns.
func scanInts(ctx context.Context, c *sql.Conn, q string, args ...any) ([]int64, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(cols))
	ptrs := make([]any, len(cols))
	for i := range out {
		ptrs[i] = &out[i]
	}
	if !rows.Next() {
		return nil, fmt.Errorf("%s: no row", q)
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, err
	}
	return out, rows.Err()
}

// scanColumn returns the first column of every row as integers.
func scanColumn(ctx context.Context, c *sql.Conn, q string, args ...any) ([]int64, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// drain runs a query and reads every row, as a caller would.
func drain(ctx context.Context, c *sql.Conn, q string, args ...any) (int, error) {
	rows, err := c.QueryContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}
