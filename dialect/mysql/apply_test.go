package mysql

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// TestConvergence creates "before", diffs it against "after" loaded as SQL,
// renders and applies the changes, and requires that a second diff is
// empty and that the result equals the predicted target.
func TestConvergence(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, before, data, after string
		// kinds are change kinds the diff must contain.
		kinds []diff.Kind
		// wantAlg is a substring the script must contain.
		wantAlg string
	}{
		{name: "add table with fk",
			before: "CREATE TABLE p (id int PRIMARY KEY)",
			after: "CREATE TABLE p (id int PRIMARY KEY);" +
				"CREATE TABLE c (id int PRIMARY KEY, p_id int, CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE SET NULL)",
			kinds: []diff.Kind{diff.KindAddTable}},
		{name: "drop tables referencing each other",
			before: "CREATE TABLE keep (id int PRIMARY KEY); CREATE TABLE a (id int PRIMARY KEY);" +
				"CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id))",
			after: "CREATE TABLE keep (id int PRIMARY KEY)",
			kinds: []diff.Kind{diff.KindDropTable}},
		{name: "add nullable column instant",
			before: "CREATE TABLE t (id int PRIMARY KEY)", data: "INSERT INTO t VALUES (1)",
			after: "CREATE TABLE t (id int PRIMARY KEY, `Select` varchar(10) NULL)",
			kinds: []diff.Kind{diff.KindAddColumn}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "add not null column with default",
			before: "CREATE TABLE t (id int PRIMARY KEY)", data: "INSERT INTO t VALUES (1)",
			after: "CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 7, doc json, st enum('a','b') NOT NULL DEFAULT 'a')",
			kinds: []diff.Kind{diff.KindAddColumn}},
		{name: "add stored generated column",
			before: "CREATE TABLE t (id int PRIMARY KEY)",
			after:  "CREATE TABLE t (id int PRIMARY KEY, g int AS (id * 2) STORED)",
			kinds:  []diff.Kind{diff.KindAddColumn}, wantAlg: "ALGORITHM=COPY"},
		{name: "drop column",
			before: "CREATE TABLE t (id int PRIMARY KEY, gone int, ix int, KEY k (ix))", data: "INSERT INTO t VALUES (1, 2, 3)",
			after: "CREATE TABLE t (id int PRIMARY KEY, ix int, KEY k (ix))",
			kinds: []diff.Kind{diff.KindDropColumn}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "drop indexed column",
			before: "CREATE TABLE t (id int PRIMARY KEY, ix int, KEY k (ix))",
			after:  "CREATE TABLE t (id int PRIMARY KEY)",
			kinds:  []diff.Kind{diff.KindDropColumn, diff.KindDropIndex}},
		{name: "rename table",
			before: "CREATE TABLE old_t (id int PRIMARY KEY, v int); CREATE TABLE r (id int PRIMARY KEY, t_id int, FOREIGN KEY (t_id) REFERENCES old_t (id))",
			data:   "INSERT INTO old_t VALUES (1, 1)",
			after:  "CREATE TABLE new_t (id int PRIMARY KEY, v bigint); CREATE TABLE r (id int PRIMARY KEY, t_id int, FOREIGN KEY (t_id) REFERENCES new_t (id))",
			kinds:  []diff.Kind{diff.KindRenameTable, diff.KindAlterType}},
		{name: "rename column",
			before: "CREATE TABLE t (id int PRIMARY KEY, old_c varchar(10), KEY k (old_c))", data: "INSERT INTO t VALUES (1, 'x')",
			after: "CREATE TABLE t (id int PRIMARY KEY, new_c varchar(20) NOT NULL, KEY k (new_c))",
			kinds: []diff.Kind{diff.KindRenameColumn, diff.KindAlterType, diff.KindSetNotNull}},
		{name: "varchar growth within 255 bytes",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10))", data: "INSERT INTO t VALUES (1, 'abc')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s varchar(60))",
			kinds: []diff.Kind{diff.KindAlterType}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "varchar growth crossing 255 bytes",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(60))", data: "INSERT INTO t VALUES (1, 'abc')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s varchar(100))",
			kinds: []diff.Kind{diff.KindAlterType}, wantAlg: "ALGORITHM=COPY"},
		{name: "shrink and change type",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(100), n bigint, d decimal(10,2), u int unsigned)",
			data:   "INSERT INTO t VALUES (1, 'abc', 5, 1.5, 3)",
			after:  "CREATE TABLE t (id int PRIMARY KEY, s varchar(10), n smallint, d decimal(12,4), u bigint)",
			kinds:  []diff.Kind{diff.KindAlterType}, wantAlg: "ALGORITHM=COPY"},
		{name: "enum append is instant",
			before: "CREATE TABLE t (id int PRIMARY KEY, e enum('a','b'))", data: "INSERT INTO t VALUES (1, 'b')",
			after: "CREATE TABLE t (id int PRIMARY KEY, e enum('a','b','c'))",
			kinds: []diff.Kind{diff.KindAlterEnum}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "varbinary growth within 255 bytes is instant",
			before: "CREATE TABLE t (id int PRIMARY KEY, b varbinary(10))", data: "INSERT INTO t VALUES (1, 'abc')",
			after: "CREATE TABLE t (id int PRIMARY KEY, b varbinary(255))",
			kinds: []diff.Kind{diff.KindAlterType}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "varbinary growth crossing 255 bytes copies",
			before: "CREATE TABLE t (id int PRIMARY KEY, b varbinary(255))", data: "INSERT INTO t VALUES (1, 'abc')",
			after: "CREATE TABLE t (id int PRIMARY KEY, b varbinary(256))",
			kinds: []diff.Kind{diff.KindAlterType}, wantAlg: "ALGORITHM=COPY"},
		{name: "set members appended in the same bytes are instant",
			before: "CREATE TABLE t (id int PRIMARY KEY, s set('a','b'))", data: "INSERT INTO t VALUES (1, 'a,b')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s set('a','b','c'))",
			kinds: []diff.Kind{diff.KindAlterEnum}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "a ninth set member copies",
			before: "CREATE TABLE t (id int PRIMARY KEY, s set('a','b','c','d','e','f','g','h'))", data: "INSERT INTO t VALUES (1, 'a,h')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s set('a','b','c','d','e','f','g','h','i'))",
			kinds: []diff.Kind{diff.KindAlterEnum}, wantAlg: "ALGORITHM=COPY"},
		{name: "enum reorder copies",
			before: "CREATE TABLE t (id int PRIMARY KEY, e enum('a','b','c'))", data: "INSERT INTO t VALUES (1, 'b')",
			after: "CREATE TABLE t (id int PRIMARY KEY, e enum('c','b'))",
			kinds: []diff.Kind{diff.KindAlterEnum}, wantAlg: "ALGORITHM=COPY"},
		{name: "add column with a per-row default copies",
			before: "CREATE TABLE t (id int PRIMARY KEY)", data: "INSERT INTO t VALUES (1), (2)",
			after: "CREATE TABLE t (id int PRIMARY KEY, u varchar(36) DEFAULT (uuid()))",
			kinds: []diff.Kind{diff.KindAddColumn}, wantAlg: "ALGORITHM=COPY"},
		{name: "collation within the charset of an unindexed column is instant",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) COLLATE utf8mb4_general_ci)", data: "INSERT INTO t VALUES (1, 'a')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) COLLATE utf8mb4_bin)",
			kinds: []diff.Kind{diff.KindOther}, wantAlg: "ALGORITHM=INSTANT"},
		{name: "collation within the charset of an indexed column is in place",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) COLLATE utf8mb4_general_ci, UNIQUE KEY u (s))", data: "INSERT INTO t VALUES (1, 'a')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) COLLATE utf8mb4_bin, UNIQUE KEY u (s))",
			kinds: []diff.Kind{diff.KindOther}, wantAlg: "ALGORITHM=INPLACE"},
		{name: "collation of a primary key column copies",
			before: "CREATE TABLE t (id varchar(10) COLLATE utf8mb4_general_ci PRIMARY KEY)", data: "INSERT INTO t VALUES ('a')",
			after: "CREATE TABLE t (id varchar(10) COLLATE utf8mb4_bin PRIMARY KEY)",
			kinds: []diff.Kind{diff.KindOther}, wantAlg: "ALGORITHM=COPY"},
		{name: "collation in another charset copies",
			before: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) COLLATE utf8mb4_general_ci)", data: "INSERT INTO t VALUES (1, 'a')",
			after: "CREATE TABLE t (id int PRIMARY KEY, s varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci)",
			kinds: []diff.Kind{diff.KindOther}, wantAlg: "ALGORITHM=COPY"},
		{name: "nullability",
			before: "CREATE TABLE t (id int PRIMARY KEY, a int NULL, b int NOT NULL)", data: "INSERT INTO t VALUES (1, 1, 1)",
			after: "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NULL)",
			kinds: []diff.Kind{diff.KindSetNotNull, diff.KindDropNotNull}, wantAlg: "ALGORITHM=INPLACE"},
		{name: "defaults",
			before: "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(5) DEFAULT 'x', c int DEFAULT 1, d datetime)",
			after:  "CREATE TABLE t (id int PRIMARY KEY, a int DEFAULT 3, b varchar(5) DEFAULT 'y''z', c int, d datetime DEFAULT current_timestamp() ON UPDATE current_timestamp())",
			kinds:  []diff.Kind{diff.KindSetDefault, diff.KindChangeDefault, diff.KindDropDefault}},
		{name: "collation and auto increment",
			before: "CREATE TABLE t (id int NOT NULL, s varchar(10), PRIMARY KEY (id))",
			after:  "CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, s varchar(10) COLLATE utf8mb4_bin, PRIMARY KEY (id))",
			kinds:  []diff.Kind{diff.KindOther}},
		{name: "add auto-increment column with the primary key it leads",
			before: "CREATE TABLE t (code varchar(5) NOT NULL, PRIMARY KEY (code))", data: "INSERT INTO t VALUES ('a'), ('b')",
			after: "CREATE TABLE t (code varchar(5) NOT NULL, id int NOT NULL AUTO_INCREMENT, PRIMARY KEY (id), UNIQUE KEY (code))",
			kinds: []diff.Kind{diff.KindAddColumn, diff.KindAlterPK, diff.KindAddUnique}, wantAlg: "AUTO_INCREMENT, DROP PRIMARY KEY, ADD PRIMARY KEY (`id`), ALGORITHM=COPY"},
		{name: "add auto-increment column to a table without keys",
			before: "CREATE TABLE t (v int)", data: "INSERT INTO t VALUES (5), (6)",
			after: "CREATE TABLE t (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, v int)",
			kinds: []diff.Kind{diff.KindAddColumn, diff.KindAlterPK}, wantAlg: "AUTO_INCREMENT FIRST, ADD PRIMARY KEY (`id`)"},
		{name: "add auto-increment column with a unique key",
			before: "CREATE TABLE t (code varchar(5) NOT NULL PRIMARY KEY)", data: "INSERT INTO t VALUES ('a'), ('b')",
			after: "CREATE TABLE t (code varchar(5) NOT NULL PRIMARY KEY, seq int NOT NULL AUTO_INCREMENT, UNIQUE KEY by_seq (seq, code), KEY other (seq))",
			kinds: []diff.Kind{diff.KindAddColumn, diff.KindAddUnique, diff.KindAddIndex}, wantAlg: "AUTO_INCREMENT, ADD UNIQUE INDEX `by_seq`"},
		{name: "make a column auto-increment with a new primary key",
			before: "CREATE TABLE t (id int NOT NULL, v int)", data: "INSERT INTO t VALUES (1, 1), (2, 2)",
			after: "CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, v int)",
			kinds: []diff.Kind{diff.KindOther, diff.KindAlterPK}, wantAlg: "AUTO_INCREMENT, ADD PRIMARY KEY (`id`)"},
		{name: "indexes",
			before: "CREATE TABLE t (id int PRIMARY KEY, a varchar(50), b int, c int, KEY old_ix (b), UNIQUE KEY u (c))",
			data:   "INSERT INTO t VALUES (1, 'x', 1, 1), (2, 'y', 1, 2)",
			after:  "CREATE TABLE t (id int PRIMARY KEY, a varchar(50), b int, c int, KEY pre (a(10), b DESC), UNIQUE KEY u2 (b, c), KEY inv (c) IGNORED)",
			kinds:  []diff.Kind{diff.KindAddIndex, diff.KindDropIndex, diff.KindAddUnique, diff.KindDropUnique}, wantAlg: "LOCK=NONE"},
		{name: "foreign keys",
			before: "CREATE TABLE p (id int PRIMARY KEY, code int UNIQUE); CREATE TABLE c (id int PRIMARY KEY, p_id int, code int, " +
				"CONSTRAINT f1 FOREIGN KEY (p_id) REFERENCES p (id), CONSTRAINT f2 FOREIGN KEY (code) REFERENCES p (code))",
			after: "CREATE TABLE p (id int PRIMARY KEY, code int UNIQUE); CREATE TABLE c (id int PRIMARY KEY, p_id int, code int, KEY f2 (code), " +
				"CONSTRAINT f1 FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE)",
			kinds: []diff.Kind{diff.KindDropForeignKey, diff.KindOther}},
		{name: "add foreign key",
			before: "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int)",
			data:   "INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)",
			after:  "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int, CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id))",
			kinds:  []diff.Kind{diff.KindAddForeignKey}},
		{name: "checks",
			before: "CREATE TABLE t (id int PRIMARY KEY, a int, CONSTRAINT c1 CHECK (a > 0), CONSTRAINT c2 CHECK (a < 100))",
			after:  "CREATE TABLE t (id int PRIMARY KEY, a int, CONSTRAINT c1 CHECK (a > 1), CONSTRAINT c3 CHECK (a <> 50))",
			kinds:  []diff.Kind{diff.KindAlterCheck, diff.KindDropCheck, diff.KindAddCheck}},
		{name: "primary key",
			before: "CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a)); CREATE TABLE n (a int NOT NULL)",
			data:   "INSERT INTO t VALUES (1, 1), (2, 2)",
			after:  "CREATE TABLE t (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)); CREATE TABLE n (a int NOT NULL PRIMARY KEY)",
			kinds:  []diff.Kind{diff.KindAlterPK}},
		{name: "reserved and mixed case names",
			before: "CREATE TABLE `Group` (`Key` int PRIMARY KEY, `order` int)",
			after:  "CREATE TABLE `Group` (`Key` int PRIMARY KEY, `order` bigint, `Weird``Name` int, KEY `Index` (`order`))",
			kinds:  []diff.Kind{diff.KindAlterType, diff.KindAddColumn, diff.KindAddIndex}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db := newTestDB(t, tc.before)
			if tc.data != "" {
				db.exec(t, tc.data)
			}
			actual := db.inspect(t)
			desired, err := db.conn.LoadSQL(ctx, "after.sql", tc.after)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "rename table" {
				desired.Table("new_t").Previously = []string{"old_t"}
			}
			if tc.name == "rename column" {
				desired.Table("t").Column("new_c").Previously = []string{"old_c"}
			}
			changes := diff.Compute(actual, desired)
			got := map[diff.Kind]bool{}
			for _, c := range changes {
				got[c.Kind()] = true
			}
			for _, k := range tc.kinds {
				if !got[k] {
					t.Errorf("diff lacks %s:\n%s", k, strings.Join(describe(changes), "\n"))
				}
			}
			target := diff.Apply(actual, changes)
			script, err := db.conn.Render(actual, target, changes)
			if err != nil {
				t.Fatal(err)
			}
			var sqls []string
			for _, st := range script.Statements {
				if !st.NoTx {
					t.Errorf("statement is not NoTx: %s", st.SQL)
				}
				sqls = append(sqls, st.SQL)
			}
			for i := range changes {
				if len(script.ByChange[i]) == 0 {
					t.Errorf("change %s has no statement", changes[i])
				}
			}
			all := strings.Join(sqls, ";\n")
			if tc.wantAlg != "" && !strings.Contains(all, tc.wantAlg) {
				t.Errorf("script lacks %s:\n%s", tc.wantAlg, all)
			}
			if err := db.conn.Apply(ctx, script); err != nil {
				t.Fatalf("apply: %v\nscript:\n%s", err, all)
			}
			after := db.inspect(t)
			// Once applied, a declared rename describes nothing: compare
			// without it (diff keeps renaming index columns otherwise).
			for _, tb := range desired.Tables {
				tb.Previously = nil
				for _, col := range tb.Columns {
					col.Previously = nil
				}
			}
			if cs := diff.Compute(after, desired); len(cs) > 0 {
				t.Errorf("not converged:\n%s\nscript:\n%s", strings.Join(describe(cs), "\n"), all)
			}
			if cs := diff.Compute(after, target); len(cs) > 0 {
				t.Errorf("result differs from diff.Apply's target:\n%s", strings.Join(describe(cs), "\n"))
			}
		})
	}
}

// TestApplyUndo makes the second statement of a script fail and requires
// that the first one is undone.
func TestApplyUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := newTestDB(t, "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(10)); INSERT INTO t VALUES (1, 1, 'x'), (2, 1, 'y')")
	actual := db.inspect(t)
	script := db.script(t, actual, "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(20), c int, KEY kb (b), UNIQUE KEY ua (a))")
	err := db.conn.Apply(ctx, script)
	var ae *dialect.ApplyError
	if !errors.As(err, &ae) {
		t.Fatalf("err = %v, want *dialect.ApplyError", err)
	}
	if !ae.RolledBack || !strings.Contains(ae.Failed.SQL, "UNIQUE") || len(ae.Applied) == 0 {
		t.Fatalf("apply error = %+v", ae)
	}
	if cs := diff.Compute(db.inspect(t), actual); len(cs) > 0 {
		t.Errorf("not rolled back:\n%s", strings.Join(describe(cs), "\n"))
	}

	// A dropped column cannot come back: nothing is undone and the lists
	// say exactly what ran.
	script = db.script(t, actual, "CREATE TABLE t (id int PRIMARY KEY, a int, UNIQUE KEY ua (a))")
	err = db.conn.Apply(ctx, script)
	if !errors.As(err, &ae) {
		t.Fatalf("err = %v, want *dialect.ApplyError", err)
	}
	if ae.RolledBack || len(ae.Applied) != 1 || !strings.Contains(ae.Applied[0].SQL, "DROP COLUMN") {
		t.Fatalf("apply error = %+v", ae)
	}
}

// indexNames lists "table.index" for every secondary index, sorted.
func indexNames(s *schema.Schema) []string {
	var out []string
	for _, t := range s.Tables {
		for _, ix := range t.Indexes {
			out = append(out, t.Name+"."+ix.Name)
		}
	}
	sort.Strings(out)
	return out
}

// TestForeignKeyKeepsIndexNames re-creates foreign keys (a changed ON
// DELETE) and requires the table's indexes to keep the names they have when
// "after" is created directly: the diff matches indexes by what they do, so
// TestConvergence would not see a renamed index, but the schema hash does.
// It also makes the script fail after the re-creation and requires the undo
// to keep the names too.
func TestForeignKeyKeepsIndexNames(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, before, after string }{
		{name: "index the server made for an inline reference",
			before: "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id))",
			after:  "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id) ON DELETE CASCADE)"},
		{name: "index the server made for a named key",
			before: "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT fk FOREIGN KEY (a_id) REFERENCES a (id))",
			after:  "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int, CONSTRAINT fk FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE SET NULL)"},
		{name: "explicit index",
			before: "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int, KEY by_a (a_id), FOREIGN KEY (a_id) REFERENCES a (id))",
			after:  "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int, KEY by_a (a_id), FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE)"},
		{name: "composite key and a wider index",
			before: "CREATE TABLE a (x int, y int, PRIMARY KEY (x, y)); CREATE TABLE b (id int PRIMARY KEY, x int, y int, z int, KEY wide (x, y, z), FOREIGN KEY (x, y) REFERENCES a (x, y))",
			after:  "CREATE TABLE a (x int, y int, PRIMARY KEY (x, y)); CREATE TABLE b (id int PRIMARY KEY, x int, y int, z int, KEY wide (x, y, z), FOREIGN KEY (x, y) REFERENCES a (x, y) ON UPDATE CASCADE)"},
		// MariaDB refuses a new type on either side of a foreign key: the
		// key is dropped around the change and added back.
		{name: "both sides widened",
			before: "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id)); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1)",
			after:  "CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id bigint REFERENCES a (id))"},
		{name: "both sides of a text key grown and recollated",
			before: "CREATE TABLE a (code varchar(10) PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, code varchar(10) REFERENCES a (code))",
			after:  "CREATE TABLE a (code varchar(20) COLLATE utf8mb4_bin PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, code varchar(20) COLLATE utf8mb4_bin REFERENCES a (code))"},
		{name: "both sides of a named composite key widened",
			before: "CREATE TABLE a (x int, y int, PRIMARY KEY (x, y)); CREATE TABLE b (id int PRIMARY KEY, x int, y int, KEY by_xy (x, y), CONSTRAINT fk FOREIGN KEY (x, y) REFERENCES a (x, y) ON DELETE CASCADE)",
			after:  "CREATE TABLE a (x bigint, y int, PRIMARY KEY (x, y)); CREATE TABLE b (id int PRIMARY KEY, x bigint, y int, KEY by_xy (x, y), CONSTRAINT fk FOREIGN KEY (x, y) REFERENCES a (x, y) ON DELETE CASCADE)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			direct := newTestDB(t, tc.after)
			want := indexNames(direct.inspect(t))

			for _, fail := range []bool{false, true} {
				db := newTestDB(t, tc.before+"; CREATE TABLE dup (id int PRIMARY KEY, v int); INSERT INTO dup VALUES (1, 1), (2, 1)")
				actual := db.inspect(t)
				before := indexNames(actual)
				desiredSQL := tc.after + "; CREATE TABLE dup (id int PRIMARY KEY, v int)"
				if fail {
					// The unique index on dup fails after the keys were re-created.
					desiredSQL = tc.after + "; CREATE TABLE dup (id int PRIMARY KEY, v int, UNIQUE KEY uv (v))"
				}
				script := db.script(t, actual, desiredSQL)
				err := db.conn.Apply(ctx, script)
				got := indexNames(db.inspect(t))
				if !fail {
					if err != nil {
						t.Fatalf("apply: %v", err)
					}
					if !slices.Equal(got, want) {
						t.Errorf("indexes after sync %v, created directly %v", got, want)
					}
					continue
				}
				var ae *dialect.ApplyError
				if !errors.As(err, &ae) || !ae.RolledBack {
					t.Fatalf("apply of a failing script: %v, want a rolled back *dialect.ApplyError", err)
				}
				if !slices.Equal(got, before) {
					t.Errorf("indexes after undo %v, before %v", got, before)
				}
				if cs := diff.Compute(db.inspect(t), actual); len(cs) > 0 {
					t.Errorf("not rolled back:\n%s", strings.Join(describe(cs), "\n"))
				}
			}
		})
	}
}

// TestAutoIncrementUndo adds an auto-increment column with the primary key
// it needs, then fails: the undo must put the old primary key back.
func TestAutoIncrementUndo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := newTestDB(t, "CREATE TABLE t (code varchar(5) NOT NULL PRIMARY KEY); INSERT INTO t VALUES ('a'), ('b');"+
		"CREATE TABLE dup (id int PRIMARY KEY, v int); INSERT INTO dup VALUES (1, 1), (2, 1)")
	actual := db.inspect(t)
	script := db.script(t, actual, "CREATE TABLE t (code varchar(5) NOT NULL, id int NOT NULL AUTO_INCREMENT PRIMARY KEY);"+
		"CREATE TABLE dup (id int PRIMARY KEY, v int, UNIQUE KEY uv (v))")
	err := db.conn.Apply(ctx, script)
	var ae *dialect.ApplyError
	if !errors.As(err, &ae) || !ae.RolledBack || len(ae.Applied) == 0 {
		t.Fatalf("apply error = %v, want a rolled back *dialect.ApplyError after the column was added", err)
	}
	now := db.inspect(t)
	if now.Hash() != actual.Hash() {
		t.Errorf("not rolled back:\n%s", strings.Join(describe(diff.Compute(actual, now)), "\n"))
	}
}

// TestAutoIncrementWithoutKey renders an auto-increment column without the
// key it needs (sync chose the column but not the key): Render says so
// instead of handing the server a statement it refuses.
func TestAutoIncrementWithoutKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := newTestDB(t, "CREATE TABLE t (code varchar(5) NOT NULL PRIMARY KEY, n int NOT NULL)")
	actual := db.inspect(t)
	for _, after := range []string{
		"CREATE TABLE t (code varchar(5) NOT NULL, id int NOT NULL AUTO_INCREMENT PRIMARY KEY, n int NOT NULL)",
		"CREATE TABLE t (code varchar(5) NOT NULL PRIMARY KEY, n int NOT NULL AUTO_INCREMENT, UNIQUE KEY (n))",
	} {
		desired, err := db.conn.LoadSQL(ctx, "after.sql", after)
		if err != nil {
			t.Fatal(err)
		}
		var chosen []diff.Change
		for _, c := range diff.Compute(actual, desired) {
			switch c.(type) {
			case diff.AlterPrimaryKey, diff.AddIndex:
			default:
				chosen = append(chosen, c)
			}
		}
		_, err = db.conn.Render(actual, diff.Apply(actual, chosen), chosen)
		if err == nil || !strings.Contains(err.Error(), "AUTO_INCREMENT") {
			t.Errorf("%s without its key: Render err = %v, want one naming AUTO_INCREMENT", after, err)
		}
	}
}

// TestUndoTravels renders a script on one connection, sends it through
// JSON (as a migration file would) and applies it on another: the
// statements carry their inverses, so the failed run is still undone.
func TestUndoTravels(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := newTestDB(t, "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(10), gone int); INSERT INTO t VALUES (1, 1, 'x', 1), (2, 1, 'y', 2)")
	actual := db.inspect(t)
	script := db.script(t, actual, "CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(20), c int, KEY kb (b), UNIQUE KEY ua (a))")
	var kept []dialect.Statement
	for _, st := range script.Statements {
		if strings.Contains(st.SQL, "DROP COLUMN `gone`") {
			if len(st.Undo) != 0 {
				t.Errorf("%s: Undo = %q, want none (the values are gone)", st.SQL, st.Undo)
			}
			continue // keep the run undoable
		}
		if len(st.Undo) == 0 {
			t.Errorf("%s has no Undo", st.SQL)
		}
		kept = append(kept, st)
	}
	script.Statements = kept
	b, err := json.Marshal(script)
	if err != nil {
		t.Fatal(err)
	}
	var travelled dialect.Script
	if err := json.Unmarshal(b, &travelled); err != nil {
		t.Fatal(err)
	}
	other, err := (&Dialect{}).Open(ctx, db.url, dialect.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	err = other.Apply(ctx, &travelled)
	var ae *dialect.ApplyError
	if !errors.As(err, &ae) || !ae.RolledBack || len(ae.Applied) == 0 {
		t.Fatalf("apply on another connection = %v, want a rolled back *dialect.ApplyError after some statements ran", err)
	}
	if cs := diff.Compute(actual, db.inspect(t)); len(cs) > 0 {
		t.Errorf("not rolled back:\n%s", strings.Join(describe(cs), "\n"))
	}
}

// An undo never loses what was written since the statement ran: a column
// that now holds values is not dropped again, and a widened column is not
// narrowed back over a longer value (strict mode makes that undo fail).
func TestRevertKeepsNewData(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "CREATE TABLE u (id int PRIMARY KEY, name varchar(5)); INSERT INTO u VALUES (1, 'ab')", "sql_mode", "'NO_ENGINE_SUBSTITUTION'")
	ctx := context.Background()
	actual := db.inspect(t)
	tbl := diff.CloneTable(actual.Table("u"))
	tbl.Column("name").Type = schema.Type{Kind: schema.KindString, Raw: "varchar(20)", Length: 20}
	tbl.Columns = append(tbl.Columns, &schema.Column{Name: "note", Type: schema.Type{Kind: schema.KindString, Raw: "varchar(20)", Length: 20}, Nullable: true})
	desired := &schema.Schema{Dialect: actual.Dialect, Tables: []*schema.Table{tbl}}
	script := db.apply(t, actual, desired)
	// Written after the change, before a later statement would fail.
	db.exec(t, "UPDATE u SET name = 'a longer name', note = 'keep me'")
	sess, release, err := db.conn.session(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if kept := db.conn.revert(ctx, sess, script.Statements); kept == 0 {
		t.Fatalf("revert undid everything over new data")
	}
	var name, note string
	if err := db.raw.QueryRow("SELECT name, note FROM u").Scan(&name, &note); err != nil {
		t.Fatal(err)
	}
	if name != "a longer name" || note != "keep me" {
		t.Errorf("after revert: name %q, note %q; want the values written since", name, note)
	}
}

// Tables outside InnoDB's online DDL get the algorithm they accept: MyISAM
// and Aria refuse INPLACE and INSTANT, a compressed InnoDB table INSTANT.
func TestAlgorithmFollowsEngine(t *testing.T) {
	t.Parallel()
	db := newTestDB(t, "CREATE TABLE m (id int PRIMARY KEY, a int) ENGINE=MyISAM; CREATE TABLE z (id int PRIMARY KEY, a int) ENGINE=InnoDB ROW_FORMAT=COMPRESSED; INSERT INTO m VALUES (1, 1); INSERT INTO z VALUES (1, 1)")
	actual := db.inspect(t)
	var tables []*schema.Table
	for _, name := range []string{"m", "z"} {
		tb := diff.CloneTable(actual.Table(name))
		tb.Columns = append(tb.Columns, &schema.Column{Name: "b", Type: schema.Type{Kind: schema.KindInt, Raw: "int(11)"}, Nullable: true})
		tb.Indexes = append(tb.Indexes, &schema.Index{Name: name + "_a_idx", Parts: []schema.IndexPart{{Column: "a"}}})
		tables = append(tables, tb)
	}
	desired := &schema.Schema{Dialect: actual.Dialect, Tables: tables}
	db.apply(t, actual, desired)
	if rest := diff.Compute(db.inspect(t), desired); len(rest) != 0 {
		t.Errorf("still differs: %v", rest)
	}
}
