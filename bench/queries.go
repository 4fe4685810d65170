package bench

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
)

// Query is a named SQL statement timed next to the probe.
type Query struct {
	Name string
	SQL  string
	// Checks, for row-level queries, maps each leading count column to
	// the index in RowChecks of the check it counts.
	Checks []int
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

// qtyNum is the TEXT -> INTEGER value of qty.
const qtyNum = `CAST("qty" AS NUMERIC)`

// engineConds are the row-level conditions of RowChecks as dialect/sqlite
// renders them now (condition, fitCondition and fitsAsInteger in
// probe.go), in check order. The qty check tests first whether the value
// is an integer in range, and only for other values runs one numeric test
// (isNum) and the range and rounding conditions.
var engineConds = []string{
	`"code" IS NOT NULL AND (octet_length("code") > 20 AND length("code") > 20)`,
	`"qty" IS NOT NULL AND NOT (CAST("qty" AS INTEGER) BETWEEN -2147483648 AND 2147483647 AND "qty" = CAST("qty" AS INTEGER))` +
		` AND (NOT ` + isNum(`"qty"`) + ` OR ` + qtyNum + ` NOT BETWEEN -2147483648 AND 2147483647 OR ` + qtyNum + ` <> round(` + qtyNum + `, 0))`,
	`"note" IS NULL`,
	`(price > 0) IS FALSE`,
}

// beforeConds are the same conditions as the engine rendered them before
// the changes in docs/benchmarks.md: each numeric condition of the qty
// check with its own isNum test, and the range as two comparisons.
var beforeConds = []string{
	engineConds[0],
	`"qty" IS NOT NULL AND (NOT ` + isNum(`"qty"`) +
		` OR (` + isNum(`"qty"`) + ` AND (` + qtyNum + ` < -2147483648 OR ` + qtyNum + ` > 2147483647))` +
		` OR (` + isNum(`"qty"`) + ` AND ` + qtyNum + ` <> round(` + qtyNum + `, 0)))`,
	engineConds[2],
	engineConds[3],
}

// dedupConds are beforeConds with the numeric test written once
// (proposal 1), without the integer shortcut.
var dedupConds = []string{
	engineConds[0],
	`"qty" IS NOT NULL AND (NOT ` + isNum(`"qty"`) +
		` OR ` + qtyNum + ` < -2147483648 OR ` + qtyNum + ` > 2147483647` +
		` OR ` + qtyNum + ` <> round(` + qtyNum + `, 0))`,
	engineConds[2],
	engineConds[3],
}

// aggregate counts each condition over the whole table.
func aggregate(conds []string) string {
	sel := make([]string, len(conds))
	for i, c := range conds {
		sel[i] = "count(*) FILTER (WHERE " + c + ")"
	}
	return "SELECT " + strings.Join(sel, ", ") + ` FROM "t"`
}

// engineAggregate is the engine's row-level query: only failing rows pass
// the WHERE clause, and the least failing key bounds the sample pass.
func engineAggregate(conds []string) string {
	sel := make([]string, len(conds))
	where := make([]string, len(conds))
	for i, c := range conds {
		sel[i] = "count(*) FILTER (WHERE " + c + ")"
		where[i] = "(" + c + ")"
	}
	return "SELECT " + strings.Join(sel, ", ") + `, count(*), count("id"), quote(min("id")) FROM "t" WHERE ` + strings.Join(where, " OR ")
}

// RowLevelQueries are the engine's aggregate scan without its samples, the
// query it ran before, and the parts of it. Checks lists, per leading
// count column, the RowChecks index it counts.
var RowLevelQueries = []Query{
	{"engine-aggregate", engineAggregate(engineConds), []int{0, 1, 2, 3}},
	{"before-aggregate", aggregate(beforeConds), []int{0, 1, 2, 3}},
	{"dedup-isnum", aggregate(dedupConds), []int{0, 1, 2, 3}},
	{"only-code", engineAggregate(engineConds[:1]), []int{0}},
	{"only-qty", engineAggregate(engineConds[1:2]), []int{1}},
	{"only-qty-before", aggregate(beforeConds[1:2]), []int{1}},
	{"only-note+check", engineAggregate(engineConds[2:]), []int{2, 3}},
}

// The engine's duplicate queries for DuplicateCheck (duplicates in probe.go):
// one grouping that returns the totals and the five groups whose first row
// comes first, then the samples by value from that row on.
const (
	engineDupGroups = `SELECT count(*) OVER (), sum(sg_n - 1) OVER (), sum(sg_n - sg_keyed) OVER (), quote(sg_first), quote(sg_v0)
FROM (SELECT "email" AS sg_v0, count(*) AS sg_n, count("id") AS sg_keyed, min("id") AS sg_first FROM "t" WHERE "email" IS NOT NULL GROUP BY "email" HAVING count(*) > 1)
ORDER BY sg_first LIMIT 5`
	// beforeDupSamples is the sample query before: a second grouping.
	beforeDupSamples = `SELECT "id", "email" FROM "t" WHERE ("email") IN (SELECT "email" FROM "t" WHERE "email" IS NOT NULL GROUP BY "email" HAVING count(*) > 1) ORDER BY "id" LIMIT 5`
)

// DuplicateQueries are the engine's grouping query and the sample query
// it replaced, timed alone.
var DuplicateQueries = []Query{
	{"engine-groups", engineDupGroups, nil},
	{"before-samples", beforeDupSamples, nil},
}

// The engine's orphan count for OrphanCheck (orphans in probe.go), which
// also returns the least orphan key, where its sample query starts; and
// the sample query before, which ran the anti-join from the first row.
const (
	engineOrphanCount   = `SELECT count(*), count(c."id"), quote(min(c."id")) FROM "t" AS c WHERE c."parent_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "p" AS p WHERE p."id" = c."parent_id")`
	beforeOrphanSamples = `SELECT c."id", c."parent_id" FROM "t" AS c WHERE c."parent_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "p" AS p WHERE p."id" = c."parent_id") ORDER BY c."id" LIMIT 5`
)

// OrphanQueries are the engine's orphan count and the sample query it
// replaced, timed alone.
var OrphanQueries = []Query{
	{"engine-count", engineOrphanCount, nil},
	{"before-samples", beforeOrphanSamples, nil},
}

// refSampleQueries are plain per-check sample queries for the checks
// RowChecks, DuplicateCheck and OrphanCheck, in that order: the first
// five failing rows by id. The engine must return the same ids.
var refSampleQueries = []string{
	`SELECT "id" FROM "t" WHERE ` + beforeConds[0] + ` ORDER BY "id" LIMIT 5`,
	`SELECT "id" FROM "t" WHERE ` + beforeConds[1] + ` ORDER BY "id" LIMIT 5`,
	`SELECT "id" FROM "t" WHERE ` + beforeConds[2] + ` ORDER BY "id" LIMIT 5`,
	`SELECT "id" FROM "t" WHERE ` + beforeConds[3] + ` ORDER BY "id" LIMIT 5`,
	`SELECT "id" FROM (` + beforeDupSamples + `)`,
	`SELECT "id" FROM (` + beforeOrphanSamples + `)`,
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

// Drain runs a query and reads every row, as a caller would, and returns
// how many rows it read. Every benchmark baseline goes through it so that
// plain queries and probes pay the same cost for reading results.
func Drain(ctx context.Context, c *sql.Conn, q string, args ...any) (int, error) {
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

// WithDB is the database URL base with its database replaced by name.
func WithDB(base, name string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}
