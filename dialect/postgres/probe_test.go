package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

const probeData = `
CREATE TABLE parent (id int PRIMARY KEY);
INSERT INTO parent VALUES (1), (2);
CREATE TABLE "Data" (
  id int PRIMARY KEY,
  name varchar(30),
  code text,
  amount numeric(12,4),
  big bigint,
  flag text,
  ref text,
  ts timestamp,
  parent_id int,
  email text
);
INSERT INTO "Data" VALUES
  (1, 'short',                  '42',          1.5,    1,           'yes',   '6f9619ff-8b86-d011-b42d-00cf4fc964ff', '2024-01-01 00:00', 1,    'a@x'),
  (2, 'a much longer name here', '99999999999', 2.25,   3000000000,  'maybe', 'not-a-uuid',                           '2024-01-01 10:30', 3,    'a@x'),
  (3, NULL,                     'abc',         3.125,  -5,          'OFF',   NULL,                                   NULL,               NULL, 'a@x'),
  (4, 'exactly ten',            ' -7 ',        100.0,  40000,       't',     '{6f9619ff8b86d011b42d00cf4fc964ff}',   '2024-02-02 00:00', 4,    'b@x'),
  (5, 'x',                      NULL,          NULL,   NULL,        NULL,    NULL,                                   NULL,               2,    NULL),
  (6, 'y',                      '12.5',        -0.5,   7,           'of',    NULL,                                   NULL,               NULL, 'b@x');
`

func TestProbe(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	run(t, u, probeData)
	c := open(t, u, dialect.OpenOptions{})
	text := schema.Type{Kind: schema.KindText, Raw: "text"}
	vc := func(n int) schema.Type {
		return schema.Type{Kind: schema.KindString, Raw: "character varying", Length: n}
	}
	dec := func(p, s int) schema.Type {
		return schema.Type{Kind: schema.KindDecimal, Raw: "numeric", Precision: p, Scale: s}
	}
	intT := schema.Type{Kind: schema.KindInt, Raw: "integer"}
	bigT := schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}
	fit := func(col string, from, to schema.Type) probe.Check {
		return probe.Check{Kind: probe.Fit, Column: col, From: from, To: to, Conds: probe.FitConds(from, to)}
	}
	tests := []struct {
		name   string
		check  probe.Check
		status probe.Status
		want   int64
		groups int64
		sample string // the first sample's value, when set
	}{
		{"too long", fit("name", vc(30), vc(10)), probe.Exact, 2, 0, "a much longer name here"},
		{"text to int: unparsable and out of range", fit("code", text, intT), probe.Exact, 3, 0, "99999999999"},
		{"bigint to int out of range", fit("big", bigT, intT), probe.Exact, 1, 0, "3000000000"},
		{"bigint to smallint", fit("big", bigT, schema.Type{Kind: schema.KindSmallInt, Raw: "smallint"}), probe.Exact, 2, 0, ""},
		{"decimal scale rounding", fit("amount", dec(12, 4), dec(12, 1)), probe.Exact, 2, 0, "2.2500"},
		{"decimal overflow or rounding", fit("amount", dec(12, 4), dec(4, 2)), probe.Exact, 2, 0, "3.1250"},
		{"decimal to int rounds", fit("amount", dec(12, 4), intT), probe.Exact, 4, 0, ""},
		{"text to decimal", fit("code", text, dec(5, 1)), probe.Exact, 2, 0, "99999999999"},
		{"text to bool", fit("flag", text, schema.Type{Kind: schema.KindBool, Raw: "boolean"}), probe.Exact, 1, 0, "maybe"}, // boolin reads "of" as off
		{"text to uuid", fit("ref", text, schema.Type{Kind: schema.KindUUID, Raw: "uuid"}), probe.Exact, 1, 0, "not-a-uuid"},
		{"datetime to date loses time", fit("ts", schema.Type{Kind: schema.KindDateTime, Raw: "timestamp without time zone"}, schema.Type{Kind: schema.KindDate, Raw: "date"}), probe.Exact, 1, 0, ""},
		{"text to date not checkable", fit("code", text, schema.Type{Kind: schema.KindDate, Raw: "date"}), probe.NotCheckable, 0, 0, ""},
		{"text to json not checkable", fit("code", text, schema.Type{Kind: schema.KindJSON, Raw: "jsonb"}), probe.NotCheckable, 0, 0, ""},
		{"nulls", probe.Check{Kind: probe.Nulls, Column: "name"}, probe.Exact, 1, 0, ""},
		{"non-null", probe.Check{Kind: probe.NonNull, Column: "ref"}, probe.Exact, 3, 0, ""},
		{"rows", probe.Check{Kind: probe.Rows}, probe.Exact, 6, 0, ""},
		{"check fails, NULL passes", probe.Check{Kind: probe.CheckFails, Expr: "amount > 0"}, probe.Exact, 1, 0, ""},
		{"check over one column shows its value", probe.Check{Kind: probe.CheckFails, Column: "amount", Expr: "amount > 0"}, probe.Exact, 1, 0, "-0.5000"},
		{"not in values", probe.Check{Kind: probe.NotInValues, Column: "flag", Values: []string{"yes", "t"}}, probe.Exact, 3, 0, ""},
		{"duplicates", probe.Check{Kind: probe.Duplicates, Columns: []string{"email"}}, probe.Exact, 3, 2, "a@x"},
		{"duplicates in partial index", probe.Check{Kind: probe.Duplicates, Columns: []string{"email"}, Expr: "id > 1"}, probe.Exact, 2, 2, ""},
		{"orphans", probe.Check{Kind: probe.Orphans, Columns: []string{"parent_id"}, RefTable: "parent", RefColumns: []string{"id"}}, probe.Exact, 2, 0, "3"},
		{"orphans of a table the plan creates", probe.Check{Kind: probe.Orphans, Columns: []string{"parent_id"}, RefTable: "new_parent", RefColumns: []string{"id"}}, probe.Exact, 4, 0, ""},
	}
	checks := make([]probe.Check, len(tests))
	for i, tc := range tests {
		tc.check.Schema, tc.check.Table, tc.check.Key = "public", "Data", []string{"id"}
		checks[i] = tc.check
	}
	res, err := c.Probe(context.Background(), checks, probe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := res[i]
			if r.Status != tc.status {
				t.Fatalf("status = %s (%s %v), want %s", r.Status, r.Note, r.Err, tc.status)
			}
			if r.Status == probe.NotCheckable && r.Note == "" {
				t.Errorf("not checkable without a note")
			}
			if tc.check.Kind == probe.Orphans && tc.check.RefTable == "new_parent" && !strings.Contains(r.Note, "does not exist yet") {
				t.Errorf("note = %q, want it to say that the parent does not exist yet", r.Note)
			}
			if r.Affected != tc.want || r.Groups != tc.groups {
				t.Errorf("affected, groups = %d, %d; want %d, %d", r.Affected, r.Groups, tc.want, tc.groups)
			}
			if r.Status == probe.Exact && tc.want > 0 && tc.check.Kind != probe.Rows && len(r.Samples) == 0 {
				t.Errorf("no samples")
			}
			if tc.sample != "" && (len(r.Samples) == 0 || r.Samples[0].Value != tc.sample) {
				t.Errorf("samples = %s, want first value %q", describe(r.Samples), tc.sample)
			}
			// Every sample names its row by the primary key, as documented.
			for _, s := range r.Samples {
				if _, ok := s.Key["id"]; !ok || len(s.Key) != 1 {
					t.Errorf("sample key %v, want the primary key id", s.Key)
				}
			}
		})
	}
}

func TestProbeSampleAndTimeout(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	run(t, u, "CREATE TABLE big (id int PRIMARY KEY, v int)",
		"INSERT INTO big SELECT g, CASE WHEN g % 2 = 0 THEN NULL ELSE g END FROM generate_series(1, 20000) g",
		"CREATE TABLE slow (id int)", "INSERT INTO slow VALUES (1), (2)")
	c := open(t, u, dialect.OpenOptions{})
	res, err := c.Probe(context.Background(), []probe.Check{
		{Kind: probe.Nulls, Schema: "public", Table: "big", Column: "v"},
		{Kind: probe.Duplicates, Schema: "public", Table: "big", Columns: []string{"v"}},
	}, probe.Options{SamplePercent: 50})
	if err != nil {
		t.Fatal(err)
	}
	if r := res[0]; r.Status != probe.Estimate || r.Affected < 5000 || r.Affected > 15000 || !strings.Contains(r.Note, "50%") {
		t.Errorf("sampled nulls = %s, want an estimate near 10000", describe(r))
	}
	if r := res[1]; r.Status != probe.Exact || r.Affected != 0 {
		t.Errorf("duplicates under sampling = %s, want exact 0", describe(r))
	}

	res, err = c.Probe(context.Background(), []probe.Check{
		{Kind: probe.CheckFails, Schema: "public", Table: "slow", Expr: "pg_sleep(2) IS NULL"},
		{Kind: probe.Rows, Schema: "public", Table: "slow"},
		{Kind: probe.Rows, Schema: "public", Table: "big"},
	}, probe.Options{TimeoutSeconds: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != probe.TimedOut || res[1].Status != probe.TimedOut || res[0].Note == "" {
		t.Errorf("slow table = %s / %s, want timed out", describe(res[0]), describe(res[1]))
	}
	if res[2].Status != probe.Exact || res[2].Affected != 20000 {
		t.Errorf("after a timeout = %s, want exact 20000", describe(res[2]))
	}
}

// TestProbeRangeConflictSamples checks that the rows a new exclusion
// constraint's probe counts come with samples, the first by primary key,
// each showing its keys and range; a table without a primary key names
// its rows by ctid. The data is that of the acceptance scenario
// pg_exclusion_added_room_overlaps_counted, whose rows 3, 11, 12, 20, 22,
// 23, 31 and 32 ADD CONSTRAINT refuses.
func TestProbeRangeConflictSamples(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	const rows = `(1, 1, '[10,12)'), (2, 1, '[12,14)'), (3, 1, '[13,15)'), (4, 1, 'empty'), (5, 1, 'empty'), (6, 1, NULL),
  (10, 2, '[10,12]'), (11, 2, '(12,14)'), (12, 2, '[12,13)'),
  (20, 3, '(,5)'), (21, 3, '(,3)'), (22, 3, '[1,)'), (23, 3, '[100,200)'),
  (30, 4, '[1,5)'), (31, 4, '[4,8)'), (32, 4, '[7,10)'),
  (40, NULL, '[10,12)'), (41, NULL, '[10,12)'), (50, 5, '[10,12)'), (51, 6, '[10,12)')`
	run(t, u, "CREATE TABLE slot (id int PRIMARY KEY, room int, span numrange)", "INSERT INTO slot VALUES "+rows,
		"CREATE TABLE nokey (id int, span numrange)", "INSERT INTO nokey VALUES (1, '[1,5)'), (2, '[4,8)'), (3, '[9,10)')")
	c := open(t, u, dialect.OpenOptions{})
	res, err := c.Probe(context.Background(), []probe.Check{
		{Kind: probe.Conflicts, Schema: "public", Table: "slot", Column: "span", Columns: []string{"room"}, Key: []string{"id"},
			Expr: "EXCLUDE USING gist (room WITH =, span WITH &&)"},
		{Kind: probe.Conflicts, Schema: "public", Table: "nokey", Column: "span", Expr: "EXCLUDE USING gist (span WITH &&)"},
	}, probe.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r := res[0]; r.Status != probe.Exact || r.Affected != 8 {
		t.Fatalf("slot: %s, want 8 exactly", describe(r))
	}
	var got []string
	for _, s := range res[0].Samples {
		got = append(got, fmt.Sprintf("%v: %v", s.Key["id"], s.Value))
	}
	want := []string{"3: 1, [13,15)", "11: 2, (12,14)", "12: 2, [12,13)", "20: 3, (,5)", "22: 3, [1,)"}
	if !slices.Equal(got, want) {
		t.Errorf("slot samples = %q, want %q", got, want)
	}
	if r := res[1]; r.Status != probe.Exact || r.Affected != 1 || len(r.Samples) != 1 || r.Samples[0].Value != "[4,8)" || r.Samples[0].Key["ctid"] == nil {
		t.Errorf("nokey: %s, want 1 with the sample [4,8) named by ctid", describe(r))
	}
}
