package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// TestAssess is not parallel: it lowers the package's big-table threshold.
func TestAssess(t *testing.T) {
	ctx := context.Background()
	u := newDB(t)
	run(t, u, "CREATE TYPE mood AS ENUM ('a', 'b', 'c')",
		"CREATE TABLE t (id int PRIMARY KEY, s varchar(10), n int, x text, m mood, ch char(5))", "CREATE INDEX t_x ON t (x)",
		"INSERT INTO t SELECT g, 'v', g, 'x', 'a' FROM generate_series(1, 2000) g", "ANALYZE t")
	c := open(t, u, dialect.OpenOptions{})
	actual, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tb := actual.Table("t")
	col := func(name string, typ schema.Type) *schema.Column {
		cc := *tb.Column(name)
		cc.Type = typ
		return &cc
	}
	vol := "gen_random_uuid()"
	stable := "CURRENT_TIMESTAMP"
	tests := []struct {
		name    string
		change  diff.Change
		mode    string
		rewrite bool
		scan    bool
	}{
		{"varchar grow", diff.ModifyColumn{Table: tb, From: tb.Column("s"), To: col("s", schema.Type{Kind: schema.KindString, Raw: "character varying(20)", Length: 20}), Aspect: diff.KindAlterType}, accessExclusive, false, false},
		{"varchar to text", diff.ModifyColumn{Table: tb, From: tb.Column("s"), To: col("s", schema.Type{Kind: schema.KindText, Raw: "text"}), Aspect: diff.KindAlterType}, accessExclusive, false, false},
		// Measured on PostgreSQL 15 (relfilenode): a cast to character(n)
		// is a length coercion and one from it an rtrim, both rewrite;
		// bpchar without a length is a relabel.
		{"char grow", diff.ModifyColumn{Table: tb, From: tb.Column("ch"), To: col("ch", pgChar(8)), Aspect: diff.KindAlterType}, accessExclusive, true, false},
		{"char to text", diff.ModifyColumn{Table: tb, From: tb.Column("ch"), To: col("ch", schema.Type{Kind: schema.KindText, Raw: "text"}), Aspect: diff.KindAlterType}, accessExclusive, true, false},
		{"char to bpchar", diff.ModifyColumn{Table: tb, From: tb.Column("ch"), To: col("ch", pgChar(0)), Aspect: diff.KindAlterType}, accessExclusive, false, false},
		{"varchar to char of the same length", diff.ModifyColumn{Table: tb, From: tb.Column("s"), To: col("s", pgChar(10)), Aspect: diff.KindAlterType}, accessExclusive, true, false},
		{"text to bpchar", diff.ModifyColumn{Table: tb, From: tb.Column("x"), To: col("x", pgChar(0)), Aspect: diff.KindAlterType}, accessExclusive, false, false},
		{"int to bigint", diff.ModifyColumn{Table: tb, From: tb.Column("n"), To: col("n", schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}), Aspect: diff.KindAlterType}, accessExclusive, true, false},
		{"volatile default", diff.AddColumn{Table: tb, Column: &schema.Column{Name: "u", Type: schema.Type{Kind: schema.KindUUID, Raw: "uuid"}, Default: &vol}}, accessExclusive, true, false},
		{"stable default", diff.AddColumn{Table: tb, Column: &schema.Column{Name: "c", Type: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp with time zone"}, Default: &stable}}, accessExclusive, false, false},
		{"set not null", diff.ModifyColumn{Table: tb, From: tb.Column("n"), To: tb.Column("n"), Aspect: diff.KindSetNotNull}, shareUpdateExcl, false, true},
		// Measured on PostgreSQL 15: a new order of the kept values is a
		// rebuilt type and a rewritten table (relfilenode changes).
		{"enum reorder", diff.ModifyColumn{Table: tb, From: tb.Column("m"), To: col("m", schema.Type{Kind: schema.KindEnum, Raw: tb.Column("m").Type.Raw, Values: []string{"c", "b", "a"}}), Aspect: diff.KindAlterEnum}, accessExclusive, true, false},
		{"enum insert", diff.ModifyColumn{Table: tb, From: tb.Column("m"), To: col("m", schema.Type{Kind: schema.KindEnum, Raw: tb.Column("m").Type.Raw, Values: []string{"a", "x", "b", "c"}}), Aspect: diff.KindAlterEnum}, "", false, false},
		// A collation change reads the table only to rebuild indexes.
		{"collation unindexed", diff.ModifyColumn{Table: tb, From: tb.Column("s"), To: withCollation(tb.Column("s"), "C"), Aspect: diff.KindOther, Detail: "collation"}, accessExclusive, false, false},
		{"collation indexed", diff.ModifyColumn{Table: tb, From: tb.Column("x"), To: withCollation(tb.Column("x"), "C"), Aspect: diff.KindOther, Detail: "collation"}, accessExclusive, false, true},
		{"add index", diff.AddIndex{Table: tb, Index: &schema.Index{Parts: []schema.IndexPart{{Column: "n"}}}}, shareUpdateExcl, false, true},
	}
	as := make([]dialect.Assessment, len(tests))
	for i, tc := range tests {
		as[i] = dialect.Assessment{Change: tc.change, Affected: -1}
	}
	if err := c.Assess(ctx, actual, as); err != nil {
		t.Fatal(err)
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := as[i].Lock
			if l == nil {
				t.Fatal("no lock")
			}
			if l.Mode != tc.mode || l.Rewrite != tc.rewrite || l.ValidationScan != tc.scan {
				t.Errorf("lock = %s", describe(*l))
			}
			if l.TableRows != 2000 || l.TableBytes <= 0 {
				t.Errorf("size = %d rows, %d bytes", l.TableRows, l.TableBytes)
			}
			if as[i].Raise != 0 {
				t.Errorf("raised on a small table: %s", as[i].Reason)
			}
		})
	}

	old := BigTableRows
	BigTableRows = 1000
	defer func() { BigTableRows = old }()
	big := []dialect.Assessment{{Change: tests[7].change, Affected: -1}, {Change: tests[10].change, Affected: -1}, {Change: tests[11].change, Affected: -1}}
	if err := c.Assess(ctx, actual, big); err != nil {
		t.Fatal(err)
	}
	if big[0].Raise != 1 || big[0].Reason == "" {
		t.Errorf("rewrite of a big table: raise %d, reason %q", big[0].Raise, big[0].Reason)
	}
	if big[1].Raise != 0 {
		t.Errorf("validated NOT NULL raised: %s", big[1].Reason)
	}
	if big[2].Raise != 1 {
		t.Errorf("enum reorder rewrites a big table: raise %d, reason %q", big[2].Raise, big[2].Reason)
	}
}

// A table another session holds under ACCESS EXCLUSIVE does not make the
// plan wait for it: the sizes fall back to the catalog's page counts.
func TestAssessLockedTable(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	run(t, u, "CREATE TABLE t (id int PRIMARY KEY, s varchar(10))", "INSERT INTO t SELECT g, 'v' FROM generate_series(1, 100) g", "VACUUM ANALYZE t")
	c := open(t, u, dialect.OpenOptions{})
	actual, err := c.Inspect(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	locker, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer locker.Close()
	tx, err := locker.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("LOCK TABLE t IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	tb := actual.Table("t")
	to := *tb.Column("s")
	to.Type = schema.Type{Kind: schema.KindText, Raw: "text"}
	as := []dialect.Assessment{{Change: diff.ModifyColumn{Table: tb, From: tb.Column("s"), To: &to, Aspect: diff.KindAlterType}, Affected: -1}}
	// The deadline only keeps a regression from hanging the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Assess(ctx, actual, as); err != nil {
		t.Fatalf("Assess with the table locked: %v", err)
	}
	if as[0].Lock == nil || as[0].Lock.TableRows != 100 || as[0].Lock.TableBytes <= 0 {
		t.Errorf("lock = %+v, want the table's 100 rows and a size from the page counts", as[0].Lock)
	}
}

func withCollation(c *schema.Column, coll string) *schema.Column {
	cc := *c
	cc.Collation = coll
	return &cc
}

// A table never analyzed has reltuples = -1 on PostgreSQL 14+: its rows are
// estimated from its pages, not read as 0 (which hid a big table).
func TestAssessUnanalyzedTable(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	run(t, u, "CREATE TABLE t (id int PRIMARY KEY, n int) WITH (autovacuum_enabled = false)",
		"INSERT INTO t SELECT g, g FROM generate_series(1, 20000) g")
	assessBigRetype(t, u, "t")
}

// assessBigRetype assesses retyping column n of table to bigint with a
// big-table threshold of 10,000 rows: the lock must see about 20,000 rows
// and the rewrite must raise the finding.
func assessBigRetype(t *testing.T, u, table string) {
	t.Helper()
	c := open(t, u, dialect.OpenOptions{BigTableRows: 10000})
	ctx := context.Background()
	actual, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tb := actual.Table(table)
	to := *tb.Column("n")
	to.Type = schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}
	as := []dialect.Assessment{{Change: diff.ModifyColumn{Table: tb, From: tb.Column("n"), To: &to, Aspect: diff.KindAlterType}, Affected: -1}}
	if err := c.Assess(ctx, actual, as); err != nil {
		t.Fatal(err)
	}
	if l := as[0].Lock; l == nil || l.TableRows < 15000 || l.TableRows > 25000 {
		t.Errorf("lock = %+v, want about 20000 rows", as[0].Lock)
	}
	if as[0].Raise != 1 {
		t.Errorf("rewrite of a big table: raise %d, reason %q", as[0].Raise, as[0].Reason)
	}
}

// A partitioned table holds no rows itself: its size is the sum of its
// partitions', counted once (ANALYZE of the parent also gives it a
// reltuples that already counts them; autovacuum never runs that one).
func TestAssessPartitionedTableSize(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	run(t, u, "CREATE TABLE m (id int NOT NULL, at date NOT NULL, n int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
		"CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
		"CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
		"INSERT INTO m SELECT g, '2024-06-01'::date + (g % 400), g FROM generate_series(1, 20000) g",
		// Autovacuum analyzes the partitions, never the partitioned table.
		"ANALYZE m_2024", "ANALYZE m_2025")
	assessBigRetype(t, u, "m")
	// ANALYZE of the parent gives it a reltuples of 20000 too, which must
	// not be added to its partitions'.
	run(t, u, "ANALYZE m")
	assessBigRetype(t, u, "m")
}

// TestTypmodChangeRewrites follows what PostgreSQL 15 did to relfilenode
// for a change of modifier alone.
func TestTypmodChangeRewrites(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, from, to string
		rewrite, ok    bool
	}{
		{"timestamp precision grows", "timestamp(3) without time zone", "timestamp(6) without time zone", false, true},
		{"timestamp precision dropped", "timestamp(3) without time zone", "timestamp without time zone", false, true},
		{"timestamptz precision shrinks", "timestamp(6) with time zone", "timestamp(3) with time zone", true, true},
		{"timestamp gains a precision", "timestamp without time zone", "timestamp(3) without time zone", true, true},
		{"timestamp gains the maximum precision", "timestamp without time zone", "timestamp(6) without time zone", false, true},
		{"time precision grows", "time(0) without time zone", "time(3) without time zone", false, true},
		{"varbit grows", "bit varying(5)", "bit varying(10)", false, true},
		{"varbit shrinks", "bit varying(10)", "bit varying(5)", true, true},
		{"time zone added is not a modifier", "timestamp without time zone", "timestamp with time zone", false, false},
		{"other types", "integer", "bigint", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rw, ok := typmodChangeRewrites(tc.from, tc.to)
			if rw != tc.rewrite || ok != tc.ok {
				t.Errorf("typmodChangeRewrites(%q, %q) = %v, %v; want %v, %v", tc.from, tc.to, rw, ok, tc.rewrite, tc.ok)
			}
		})
	}
}

// pgChar is PostgreSQL's character(n) as Inspect reads it; 0 is bpchar
// without a length.
func pgChar(n int) schema.Type {
	raw := "bpchar"
	if n > 0 {
		raw = fmt.Sprintf("character(%d)", n)
	}
	return schema.Type{Kind: schema.KindString, Raw: raw, Length: n, Fixed: true, Padded: true}
}
