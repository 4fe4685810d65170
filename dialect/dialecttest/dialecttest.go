// Package dialecttest is the conformance suite every dialect passes: it sits
// beside the dialect port (package dialect) and checks, against a real
// database, the contract the rest of the flow relies on: inspection reads
// back what was created (quoted, mixed-case and reserved names included),
// rendered DDL converges, probes count exactly, and the lock excludes.
//
// A dialect runs it from its tests:
//
//	func TestConformance(t *testing.T) { dialecttest.Run(t, openFresh, execSQL) }
package dialecttest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// Run runs the suite. open returns a connection to a new, empty database
// on every call (and arranges its cleanup); exec runs one SQL statement on
// the database behind a connection, failing the test on error. The suite's
// SQL uses only VARCHAR(n), INTEGER, PRIMARY KEY, REFERENCES, CHECK and
// CREATE [UNIQUE] INDEX, with identifiers quoted the dialect's way.
//
// Options are optional; give at most one.
func Run(t *testing.T, open func(t *testing.T) dialect.Conn, exec func(t *testing.T, c dialect.Conn, sql string), opts ...Options) {
	s := suite{open: open, exec: exec}
	if len(opts) > 0 {
		s.opts = opts[0]
	}
	t.Run("InspectQuotedNames", s.inspectQuotedNames)
	t.Run("RenderConverges", s.renderConverges)
	t.Run("SyncAdditive", s.syncAdditive)
	t.Run("ProbeCounts", s.probeCounts)
	t.Run("LockExcludes", s.lockExcludes)
}

// Options extend the suite.
type Options struct {
	// Reconnect opens a second connection to the database behind c. With it
	// the suite checks that the lock excludes another session, as the
	// port's contract requires; without it only the holder's side is checked.
	Reconnect func(t *testing.T, c dialect.Conn) dialect.Conn
}

type suite struct {
	open func(t *testing.T) dialect.Conn
	exec func(t *testing.T, c dialect.Conn, sql string)
	opts Options
}

// q quotes an identifier for the connection's dialect.
func q(c dialect.Conn, name string) string {
	if c.Dialect().Name() == "mysql" {
		return "`" + strings.ReplaceAll(name, "`", "``") + "`"
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// quoted is the fixture of reserved and mixed-case names: tables "order"
// and "user", columns "user", "Mixed Case" and "order".
func quoted(c dialect.Conn) []string {
	return []string{
		"CREATE TABLE " + q(c, "order") + " (id INTEGER PRIMARY KEY, " + q(c, "user") + " VARCHAR(20) NOT NULL, " + q(c, "Mixed Case") + " INTEGER)",
		"CREATE TABLE " + q(c, "user") + " (id INTEGER PRIMARY KEY, " + q(c, "order") + " INTEGER REFERENCES " + q(c, "order") + " (id))",
		"CREATE UNIQUE INDEX " + q(c, "order_user_key") + " ON " + q(c, "order") + " (" + q(c, "user") + ")",
	}
}

func inspect(t *testing.T, c dialect.Conn) *schema.Schema {
	t.Helper()
	s, err := c.Inspect(context.Background(), nil)
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}
	return s
}

func (s suite) inspectQuotedNames(t *testing.T) {
	c := s.open(t)
	for _, st := range quoted(c) {
		s.exec(t, c, st)
	}
	got := inspect(t, c)
	order, user := got.Table("order"), got.Table("user")
	if order == nil || user == nil {
		t.Fatalf("Inspect lost a table named by a reserved word: %v", names(got))
	}
	for _, col := range []string{"id", "user", "Mixed Case"} {
		if order.Column(col) == nil {
			t.Errorf(`table "order" has no column %q after Inspect`, col)
		}
	}
	if col := order.Column("user"); col != nil && (col.Nullable || col.Type.Kind != schema.KindString || col.Type.Length != 20) {
		t.Errorf(`"order"."user" = %+v, want NOT NULL string(20)`, col)
	}
	if order.PrimaryKey == nil || !equal(order.PrimaryKey.Columns(), []string{"id"}) {
		t.Errorf(`"order" primary key = %+v, want (id)`, order.PrimaryKey)
	}
	found := false
	for _, ix := range order.Indexes {
		if ix.Unique && equal(ix.Columns(), []string{"user"}) {
			found = true
		}
	}
	if !found {
		t.Errorf(`"order" has no unique index on "user": %+v`, order.Indexes)
	}
	if len(user.ForeignKeys) != 1 || user.ForeignKeys[0].RefTable != "order" || !equal(user.ForeignKeys[0].Columns, []string{"order"}) {
		t.Errorf(`"user" foreign keys = %+v, want ("order") -> "order"(id)`, user.ForeignKeys)
	}
	// The same DDL loaded as desired state reads back the same.
	loaded, err := c.LoadSQL(context.Background(), "quoted.sql", strings.Join(quoted(c), ";\n")+";\n")
	if err != nil {
		t.Fatalf("LoadSQL: %v", err)
	}
	if d := diff.Compute(got, loaded); len(d) != 0 {
		t.Errorf("LoadSQL of the DDL differs from Inspect: %v", d)
	}
	// Inspecting twice gives the same hash.
	if again := inspect(t, c); again.Hash() != got.Hash() {
		t.Error("two inspections of an unchanged database hash differently")
	}
}

// renderConverges renders the quoted fixture as new tables into an empty
// database and requires that it reads back as the same schema.
func (s suite) renderConverges(t *testing.T) {
	ctx := context.Background()
	src := s.open(t)
	for _, st := range quoted(src) {
		s.exec(t, src, st)
	}
	want := inspect(t, src)
	dst := s.open(t)
	empty := inspect(t, dst)
	changes := diff.Compute(empty, want)
	if len(changes) != 2 {
		t.Fatalf("changes from an empty database = %v, want two add_table", changes)
	}
	script, err := dst.Render(empty, want, changes)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if len(script.ByChange) != len(changes) {
		t.Fatalf("Render: %d ByChange entries for %d changes", len(script.ByChange), len(changes))
	}
	if script.Rebuilds != nil && len(script.Rebuilds) != len(changes) {
		t.Fatalf("Render: %d Rebuilds entries for %d changes", len(script.Rebuilds), len(changes))
	}
	for i, sqls := range script.ByChange {
		if len(sqls) == 0 {
			t.Errorf("change %v has no statements", changes[i])
		}
	}
	if err := dst.Apply(ctx, script); err != nil {
		t.Fatalf("Apply: %v", err)
	}
	got := inspect(t, dst)
	if d := diff.Compute(got, want); len(d) != 0 {
		t.Errorf("after Apply the database differs from the target: %v", d)
	}
}

// syncAdditive syncs SAFE additive changes and requires an empty plan after.
func (s suite) syncAdditive(t *testing.T) {
	ctx := context.Background()
	c := s.open(t)
	s.exec(t, c, "CREATE TABLE "+q(c, "item")+" (id INTEGER PRIMARY KEY, "+q(c, "Name")+" VARCHAR(20))")
	s.exec(t, c, "INSERT INTO "+q(c, "item")+" (id, "+q(c, "Name")+") VALUES (1, 'a'), (2, 'b')")
	ddl := "CREATE TABLE " + q(c, "item") + " (id INTEGER PRIMARY KEY, " + q(c, "Name") + " VARCHAR(40), " +
		q(c, "note") + " VARCHAR(10), " + q(c, "qty") + " INTEGER NOT NULL DEFAULT 0);\n" +
		"CREATE INDEX " + q(c, "item_Name_idx") + " ON " + q(c, "item") + " (" + q(c, "Name") + ");\n" +
		"CREATE TABLE " + q(c, "group") + " (id INTEGER PRIMARY KEY);\n"
	desired, err := c.LoadSQL(ctx, "desired.sql", ddl)
	if err != nil {
		t.Fatalf("LoadSQL: %v", err)
	}
	p, err := plan.Build(ctx, c, desired, plan.Options{})
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	if len(p.Findings) < 5 {
		t.Errorf("plan has %d findings, want at least 5 (widen, 2 columns, index, table)", len(p.Findings))
	}
	for _, f := range p.Findings {
		if f.Risk != risk.Safe {
			t.Errorf("%s %s is %s, want SAFE", f.Code, f.Object, f.Risk)
		}
	}
	if _, _, err := plan.Sync(ctx, c, desired, plan.SyncOptions{}); err != nil {
		t.Fatalf("sync: %v", err)
	}
	after, err := plan.Build(ctx, c, desired, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Findings) != 0 {
		t.Errorf("after sync the plan is not empty: %v", after.Changes())
	}
	// The rows survived: a Rows probe counts them.
	res, err := c.Probe(ctx, []probe.Check{{Kind: probe.Rows, Table: "item", Schema: tableSchema(after.Actual, "item")}}, probe.Options{})
	if err != nil || len(res) != 1 || res[0].Affected != 2 {
		t.Errorf("rows of item after sync = %+v (err %v), want 2", res, err)
	}
}

func tableSchema(s *schema.Schema, name string) string {
	if t := s.Table(name); t != nil {
		return t.Schema
	}
	return ""
}

// probeCounts puts every probe kind to a small fixture with known answers.
func (s suite) probeCounts(t *testing.T) {
	ctx := context.Background()
	c := s.open(t)
	s.exec(t, c, "CREATE TABLE "+q(c, "parent")+" (id INTEGER PRIMARY KEY)")
	s.exec(t, c, "CREATE TABLE "+q(c, "Kid")+" (id INTEGER PRIMARY KEY, "+q(c, "name")+" VARCHAR(20), "+q(c, "parent_id")+" INTEGER, "+q(c, "qty")+" INTEGER)")
	s.exec(t, c, "INSERT INTO "+q(c, "parent")+" (id) VALUES (1), (2)")
	// names: 2 longer than 5; 1 NULL; duplicates: 'same' x3 (1 group, 2 extra).
	// parent_id: 7 and 8 are orphans, NULL is not. qty: -1 and -5 fail qty >= 0, NULL passes.
	s.exec(t, c, "INSERT INTO "+q(c, "Kid")+" (id, "+q(c, "name")+", "+q(c, "parent_id")+", "+q(c, "qty")+") VALUES "+
		"(1, 'same', 1, 1), (2, 'same', 2, -1), (3, 'same', 7, NULL), (4, 'a long name', 8, -5), (5, 'longer still', NULL, 0), (6, NULL, 1, 3)")
	actual := inspect(t, c)
	kid := actual.Table("Kid")
	if kid == nil {
		t.Fatalf("no table Kid: %v", names(actual))
	}
	ns := kid.Schema
	name := kid.Column("name")
	to := name.Type
	to.Length, to.Raw = 5, strings.Replace(to.Raw, "20", "5", 1)
	qty := q(c, "qty")
	checks := []probe.Check{
		{Kind: probe.Rows, Schema: ns, Table: "Kid"},
		{Kind: probe.Nulls, Schema: ns, Table: "Kid", Column: "name"},
		{Kind: probe.NonNull, Schema: ns, Table: "Kid", Column: "parent_id"},
		{Kind: probe.Fit, Schema: ns, Table: "Kid", Column: "name", From: name.Type, To: to, Conds: probe.FitConds(name.Type, to)},
		{Kind: probe.Duplicates, Schema: ns, Table: "Kid", Columns: []string{"name"}},
		{Kind: probe.Orphans, Schema: ns, Table: "Kid", Columns: []string{"parent_id"}, RefSchema: ns, RefTable: "parent", RefColumns: []string{"id"}},
		{Kind: probe.CheckFails, Schema: ns, Table: "Kid", Expr: qty + " >= 0"},
		{Kind: probe.NotInValues, Schema: ns, Table: "Kid", Column: "name", Values: []string{"same"}},
	}
	for i := range checks {
		checks[i].Key = []string{"id"}
	}
	want := []struct {
		affected, groups int64
	}{{6, 0}, {1, 0}, {5, 0}, {2, 0}, {2, 1}, {2, 0}, {2, 0}, {2, 0}}
	res, err := c.Probe(ctx, checks, probe.Options{})
	if err != nil {
		t.Fatalf("Probe: %v", err)
	}
	if len(res) != len(checks) {
		t.Fatalf("Probe returned %d results for %d checks", len(res), len(checks))
	}
	for i, r := range res {
		if r.Status != probe.Exact {
			t.Errorf("%s: status %s (%v %s), want exact", checks[i].Kind, r.Status, r.Err, r.Note)
			continue
		}
		if r.Affected != want[i].affected || r.Groups != want[i].groups {
			t.Errorf("%s: affected %d groups %d, want %d and %d", checks[i].Kind, r.Affected, r.Groups, want[i].affected, want[i].groups)
		}
		// Duplicate samples may show every member of a group, the first included.
		if checks[i].Kind != probe.Rows && (len(r.Samples) == 0 || len(r.Samples) > probe.MaxSamples) {
			t.Errorf("%s: %d samples for %d affected rows, want 1..%d", checks[i].Kind, len(r.Samples), r.Affected, probe.MaxSamples)
		}
	}
	// Probes never change the database.
	if inspect(t, c).Hash() != actual.Hash() {
		t.Error("Probe changed the schema")
	}
}

// lockExcludes takes the lock and, given a second session, requires its Lock
// to fail with ErrLocked while the lock is held and to succeed after unlock.
func (s suite) lockExcludes(t *testing.T) {
	ctx := context.Background()
	c := s.open(t)
	s.exec(t, c, "CREATE TABLE "+q(c, "t")+" (id INTEGER PRIMARY KEY)")
	var other dialect.Conn
	if s.opts.Reconnect != nil {
		other = s.opts.Reconnect(t, c)
	}
	unlock, err := c.Lock(ctx)
	if err != nil {
		t.Fatalf("Lock: %v", err)
	}
	if other != nil {
		lctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		u2, err := other.Lock(lctx)
		cancel()
		if !errors.Is(err, dialect.ErrLocked) {
			if err == nil {
				_ = u2()
			}
			t.Errorf("Lock from a second session while held: err = %v, want ErrLocked", err)
		}
	}
	// The holder still sees the database.
	if got := inspect(t, c); got.Table("t") == nil {
		t.Error("Inspect under the lock lost table t")
	}
	if err := unlock(); err != nil {
		t.Fatalf("unlock: %v", err)
	}
	next := c
	if other != nil {
		next = other
	}
	unlock2, err := next.Lock(ctx)
	if err != nil {
		t.Fatalf("Lock after unlock: %v", err)
	}
	if err := unlock2(); err != nil {
		t.Errorf("unlock: %v", err)
	}
}

func names(s *schema.Schema) []string {
	var out []string
	for _, t := range s.Tables {
		out = append(out, t.QualifiedName())
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
