package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/bench"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
)

// tableDDL is the CREATE TABLE of the i-th generated table: an
// auto-increment key, 9 to 16 columns of mixed types and defaults, two or
// three indexes (one unique), a foreign key to an earlier table and, on
// every third table, a CHECK. drift changes every tenth table the way a
// desired schema differs from the live one: a column more, a wider
// varchar, an index more, an ON DELETE changed.
func tableDDL(i int, r *rand.Rand, drift bool) string {
	name := fmt.Sprintf("t%04d", i)
	code := "varchar(40)"
	cols := []string{
		"id int NOT NULL AUTO_INCREMENT",
		"name varchar(80) NOT NULL",
		"code " + code + " NULL",
		"qty text NULL",
		"amount decimal(10,2) NOT NULL DEFAULT 0",
		"active tinyint(1) NOT NULL DEFAULT 1",
		"created_at datetime NOT NULL DEFAULT current_timestamp()",
		"note text NULL",
		"owner_id int NULL",
	}
	if i > 0 {
		cols = append(cols, "parent_id int NULL")
	}
	extra := []string{"bigint", "double", "text", "varchar(120)", "tinyint(1)", "datetime"}
	for k := range r.IntN(7) {
		cols = append(cols, fmt.Sprintf("x%d %s NULL", k, extra[r.IntN(len(extra))]))
	}
	drifted := drift && i%10 == 5
	if drifted {
		cols[2] = "code varchar(60) NULL"
		cols = append(cols, "added int NULL")
	}
	defs := append(cols, "PRIMARY KEY (id)",
		"UNIQUE KEY "+name+"_code (code)",
		"KEY "+name+"_created (created_at DESC, active)")
	if r.IntN(2) == 0 || drifted {
		defs = append(defs, "KEY "+name+"_owner (owner_id)")
	}
	if i%3 == 0 {
		defs = append(defs, "CONSTRAINT "+name+"_amount CHECK (amount >= 0)")
	}
	if i > 0 {
		onDelete := "CASCADE"
		if drifted {
			onDelete = "SET NULL"
		}
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s_parent FOREIGN KEY (parent_id) REFERENCES t%04d (id) ON DELETE %s", name, r.IntN(i), onDelete))
	}
	return "CREATE TABLE " + name + " (\n  " + strings.Join(defs, ",\n  ") + "\n)"
}

// schemaDDL is the DDL of n generated tables; the same n and drift give
// the same DDL.
func schemaDDL(n int, drift bool) []string {
	r := rand.New(rand.NewPCG(uint64(n), 0x5eed))
	out := make([]string, n)
	for i := range n {
		out[i] = tableDDL(i, r, drift)
	}
	return out
}

func buildSchema(n int) func(ctx context.Context, db *sql.DB) error {
	return func(ctx context.Context, db *sql.DB) error {
		return execAll(ctx, db, schemaDDL(n, false)...)
	}
}

// The information_schema queries of dialect/mysql/inspect.go (MariaDB
// branch), copied: the least any inspection must ask the server. Keep them
// in step with inspect.go.
var catalogQueries = []string{
	`SELECT TABLE_NAME, COALESCE(TABLE_COLLATION, ''), COALESCE(ENGINE, ''), COALESCE(TABLE_COMMENT, ''), COALESCE(ROW_FORMAT, '')
FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`,
	`SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME`,
	`SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,
COALESCE(CHARACTER_MAXIMUM_LENGTH, 0), COALESCE(COLLATION_NAME, ''), EXTRA, COLUMN_COMMENT, COALESCE(GENERATION_EXPRESSION, '')
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
	`SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE = 1, COLUMN_NAME, SUB_PART, COALESCE(COLLATION, 'A'), INDEX_TYPE, IGNORED = 'YES', ''
FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
	`SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?`,
	`SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`,
}

// BenchmarkInspectDiff times, on generated databases of 100, 500 and 2,000
// tables (SCHEMAGUARD_BENCH_MYSQL_TABLES overrides), Inspect followed by
// the diff and risk classification against a drifted desired schema,
// next to the raw information_schema queries Inspect runs. The desired
// schema is loaded once, outside the timing.
func BenchmarkInspectDiff(b *testing.B) {
	ctx := context.Background()
	for _, n := range envList(b, "SCHEMAGUARD_BENCH_MYSQL_TABLES", []int{100, 500, 2000}) {
		u := fixtureDB(b, fmt.Sprintf("sgbench_tables_%d_v1", n), buildSchema(n))
		conn, err := dialect.Open(ctx, u, dialect.OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		desired, err := conn.LoadSQL(ctx, "desired.sql", strings.Join(schemaDDL(n, true), ";\n"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("tables=%d/inspect+diff", n), func(b *testing.B) {
			changes := 0
			for b.Loop() {
				actual, err := conn.Inspect(ctx, ignore)
				if err != nil {
					b.Fatal(err)
				}
				cs := diff.Compute(actual, desired)
				for _, c := range cs {
					_ = risk.Classify(c, actual)
				}
				changes = len(cs)
			}
			if want := n / 10 * 3; changes < want {
				b.Fatalf("%d changes, want at least %d", changes, want)
			}
			b.ReportMetric(float64(changes), "changes")
		})
		b.Run(fmt.Sprintf("tables=%d/baseline-catalog-queries", n), func(b *testing.B) {
			db := rawDB(b, u)
			defer db.Close()
			c, err := db.Conn(ctx)
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			name := fmt.Sprintf("sgbench_tables_%d_v1", n)
			for b.Loop() {
				for _, q := range catalogQueries {
					if _, err := bench.Drain(ctx, c, strings.ReplaceAll(q, "?", "'"+name+"'")); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		conn.Close()
	}
}
