package acceptance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source"
)

var update = flag.Bool("update", false, "rewrite testdata/*/expected.json from the current plans (review the diff)")

// finding is the part of a plan finding a scenario pins down.
type finding struct {
	Table        string `json:"table"`
	Column       string `json:"column"`
	Kind         string `json:"kind"`
	Code         string `json:"code"`
	Risk         string `json:"risk"`
	Checked      string `json:"checked"`
	AffectedRows *int64 `json:"affected_rows"`
	// Groups is the number of duplicate groups of a unique check.
	Groups int64 `json:"groups,omitempty"`
	// RenameHint is the added column an undeclared rename may be.
	RenameHint string `json:"rename_hint,omitempty"`
}

func summarize(p *plan.Plan) []finding {
	out := []finding{}
	for _, f := range p.Findings {
		g := finding{
			Table: f.Change.TableName(), Column: f.Change.ColumnName(), Kind: string(f.Change.Kind()),
			Code: f.Code, Risk: f.Risk.String(), Checked: probe.NotApplicable.String(),
		}
		if f.Check != nil {
			g.Checked = f.Result.Status.String()
			if f.Result.Status.Counted() {
				n := f.Result.Affected
				g.AffectedRows = &n
				g.Groups = f.Result.Groups
			}
		}
		if d, ok := f.Change.(diff.DropColumn); ok {
			g.RenameHint = d.RenameHint
		}
		out = append(out, g)
	}
	return out
}

func marshal(fs []finding) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, f := range fs {
		line, _ := json.Marshal(f)
		b.WriteString("  ")
		b.Write(line)
		if i < len(fs)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	return b.Bytes()
}

// scenario is one folder of testdata.
type scenario struct {
	name, dir string
}

func (s scenario) file(name string) (string, bool) {
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		return "", false
	}
	return string(b), true
}

// forDialect is the name of the scenario's file for dialect d: name.<d>.ext
// (before.postgres.sql) when the scenario has one, because the engines
// spell some types and literals differently, else name itself.
func (s scenario) forDialect(name, d string) string {
	ext := filepath.Ext(name)
	own := strings.TrimSuffix(name, ext) + "." + d + ext
	if _, err := os.Stat(filepath.Join(s.dir, own)); err == nil {
		return own
	}
	return name
}

// options reads options.txt: one "key: value" a line, with the keys
// ignore (a glob of live tables to leave out, repeatable), sample (a
// percentage of rows to probe) and no-data (true: skip the probes; the
// scenario then stops after checking that sync --force refuses). They are the plan options of every plan
// and sync of the scenario. The keys session and schema are read by
// sessionParams and schemas.
func (s scenario) options(t *testing.T) plan.Options {
	t.Helper()
	var o plan.Options
	txt, ok := s.file("options.txt")
	if !ok {
		return o
	}
	for _, line := range strings.Split(txt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "ignore":
			o.Ignore = append(o.Ignore, v)
		case "no-data":
			o.NoData = v == "true"
		case "session", "schema":
			// Connection options: see sessionParams and schemas.
		case "sample":
			pct, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("options.txt: sample %q: %v", v, err)
			}
			o.Probe.SamplePercent = pct
		default:
			t.Fatalf("options.txt: unknown option %q", k)
		}
	}
	return o
}

// sessionParams reads the session lines of options.txt (for example
// "session: sql_mode=NO_ENGINE_SUBSTITUTION"): parameters added to the URL schemaguard connects with,
// which the MySQL dialect sends as session variables. A scenario can so
// plan and sync under, say, a non-strict sql_mode without changing the
// server's.
func (s scenario) sessionParams() url.Values {
	out := url.Values{}
	txt, _ := s.file("options.txt")
	for _, line := range strings.Split(txt, "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
		if strings.TrimSpace(k) != "session" {
			continue
		}
		name, value, _ := strings.Cut(strings.TrimSpace(v), "=")
		out.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	return out
}

// schemas reads the schema lines of options.txt ("schema: sales", one a
// line, patterns allowed): the --schema list schemaguard connects with.
func (s scenario) schemas() []string {
	var out []string
	txt, _ := s.file("options.txt")
	for _, line := range strings.Split(txt, "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
		if strings.TrimSpace(k) == "schema" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}

// runsOn reports whether the scenario applies to a dialect (dialects.txt).
func (s scenario) runsOn(d string) bool {
	txt, ok := s.file("dialects.txt")
	if !ok {
		return true
	}
	return slices.Contains(strings.Fields(txt), d)
}

func scenarios(t *testing.T) []scenario {
	t.Helper()
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var out []scenario
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, scenario{name: e.Name(), dir: filepath.Join("testdata", e.Name())})
		}
	}
	if len(out) == 0 {
		t.Fatal("no scenarios in testdata")
	}
	return out
}

// loadDesired builds the desired schema the way the CLI does
// (internal/cli/options.go): DocTypes are mapped and normalized by the
// dialect; SQL is loaded into a scratch database and annotated with the
// declared renames.
func loadDesired(t *testing.T, ctx context.Context, conn dialect.Conn, s scenario) *schema.Schema {
	t.Helper()
	if st, err := os.Stat(filepath.Join(s.dir, "doctypes")); err == nil && st.IsDir() {
		m, err := source.LoadDocTypes(filepath.Join(s.dir, "doctypes"), conn.Dialect())
		if err != nil {
			t.Fatalf("loading DocTypes: %v", err)
		}
		n, err := conn.Normalize(ctx, m)
		if err != nil {
			t.Fatalf("normalizing DocTypes: %v", err)
		}
		return n
	}
	path := filepath.Join(s.dir, s.forDialect("desired.sql", conn.Dialect().Name()))
	ddl, err := source.LoadSQLFile(path)
	if err != nil {
		t.Fatalf("scenario has neither doctypes/ nor desired.sql: %v", err)
	}
	d, err := conn.LoadSQL(ctx, path, ddl)
	if err != nil {
		t.Fatalf("loading desired.sql: %v", err)
	}
	if err := source.ApplySQLRenames(d, "desired.sql", ddl); err != nil {
		t.Fatalf("applying declared renames: %v", err)
	}
	return d
}

// setup creates a database of the target holding the scenario's "before" and rows.
func setup(t *testing.T, tg target, s scenario) (*database, dialect.Conn) {
	t.Helper()
	db := tg.fresh(t)
	db.schemas = s.schemas()
	name := s.forDialect("before.sql", tg.name)
	before, ok := s.file(name)
	if !ok {
		t.Fatal("scenario has no before.sql")
	}
	db.exec(t, name, before)
	name = s.forDialect("data.sql", tg.name)
	if data, ok := s.file(name); ok {
		db.exec(t, name, data)
	}
	if params := s.sessionParams(); len(params) > 0 {
		u, err := url.Parse(db.url)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		for k, vs := range params {
			q[k] = vs
		}
		u.RawQuery = q.Encode()
		db.url = u.String()
	}
	return db, db.connect(t)
}

// expectedFile is the expectation for a dialect: expected.<dialect>.json
// where the dialect differs, else expected.json.
func expectedFile(s scenario, d string) string {
	own := filepath.Join(s.dir, "expected."+d+".json")
	if _, err := os.Stat(own); err == nil {
		return own
	}
	return filepath.Join(s.dir, "expected.json")
}

func writeExpected(t *testing.T, s scenario, d string, got []byte) {
	t.Helper()
	base := filepath.Join(s.dir, "expected.json")
	path := base
	own := filepath.Join(s.dir, "expected."+d+".json")
	if _, err := os.Stat(own); err == nil {
		// The dialect has its own file already: never rewrite the shared one.
		path = own
	} else if d != "sqlite" {
		path = filepath.Join(s.dir, "expected."+d+".json")
		if b, err := os.ReadFile(base); err == nil && bytes.Equal(b, got) {
			_ = os.Remove(path)
			return
		}
	}
	if err := os.WriteFile(path, got, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScenarios(t *testing.T) {
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			for _, s := range scenarios(t) {
				if !s.runsOn(tg.name) {
					continue
				}
				t.Run(s.name, func(t *testing.T) {
					t.Parallel()
					runScenario(t, tg, s)
				})
			}
		})
	}
}

func runScenario(t *testing.T, tg target, s scenario) {
	ctx := context.Background()
	db, conn := setup(t, tg, s)
	desired := loadDesired(t, ctx, conn, s)

	// 1. Plan and check every finding and count.
	opts := s.options(t)
	p, err := plan.Build(ctx, conn, desired, opts)
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	got := marshal(summarize(p))
	if *update {
		writeExpected(t, s, tg.name, got)
	} else {
		want, err := os.ReadFile(expectedFile(s, tg.name))
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("findings differ from %s\n got:\n%s\nwant:\n%s", expectedFile(s, tg.name), got, want)
		}
	}
	dangerous := 0
	keptBack := keptSet(p)
	for _, f := range p.Findings {
		if d, ok := f.Change.(diff.DropColumn); ok && d.RenameHint != "" && !strings.Contains(strings.Join(f.Notes, "\n"), "previously: "+d.Column.Name) {
			t.Errorf("%s: drop with rename hint %s, but no note tells to declare previously: %s (notes %q)", f.Object, d.RenameHint, d.Column.Name, f.Notes)
		}
		if f.Code == "add-foreign-key" && f.Result.Status == probe.NotApplicable && strings.Contains(f.Recommendation, "orphans") {
			// A key the engine refuses whatever the rows is not mended by
			// fixing rows: the dialect's advice must replace the rule's.
			t.Errorf("%s: refused key advises %q", f.Object, f.Recommendation)
		}
		if keptBack[f] {
			dangerous++
		}
		if f.Risk < f.Static && f.Code != "add-required-column" {
			t.Errorf("%s: data lowered %s from %s to %s; only add-required-column may be lowered", f.Object, f.Code, f.Static, f.Risk)
		}
	}

	if opts.NoData {
		if _, _, err := plan.Sync(ctx, conn, desired, plan.SyncOptions{Options: opts, Force: true}); !errors.Is(err, plan.ErrForceNoData) {
			t.Errorf("sync --force --no-data: err = %v, want ErrForceNoData", err)
		}
		for _, f := range p.Findings {
			if f.Risk != f.Static {
				t.Errorf("%s: --no-data moved %s from %s to %s", f.Object, f.Code, f.Static, f.Risk)
			}
		}
		return
	}

	// 2. Sync with --force: everything but DANGEROUS changes, and WARNING
	// changes whose data could not be checked, is applied.
	sp, res, err := plan.Sync(ctx, conn, desired, plan.SyncOptions{Options: opts, Force: true})
	if err != nil {
		t.Fatalf("sync --force: %v", err)
	}
	if sp.ActualHash != p.ActualHash {
		t.Errorf("sync planned against another schema than the plan (%s vs %s)", sp.ActualHash, p.ActualHash)
	}
	for _, f := range sp.Findings {
		if f.Applied == nil {
			t.Errorf("%s: sync left Applied unset", f.Object)
			continue
		}
		if want := !keptSet(sp)[f]; *f.Applied != want {
			t.Errorf("%s (%s, %s): applied = %v, want %v", f.Object, f.Code, f.Risk, *f.Applied, want)
		}
	}
	if len(sp.Findings) > dangerous && !res.Applied {
		t.Error("sync had changes to apply but reports none applied")
	}

	// 3. Plan again: only the changes sync keeps back remain.
	after, err := plan.Build(ctx, conn, desired, opts)
	if err != nil {
		t.Fatalf("plan after sync: %v", err)
	}
	keptAfter := keptSet(after)
	// A check that read a new column as a per-row (volatile) default was
	// not checkable and kept back while the column was added: now the
	// column holds real values and the next plan counts them.
	perRow := map[string]bool{}
	for _, f := range p.Findings {
		if keptBack[f] && f.Check != nil && len(f.Check.Evaluated) > 0 && f.Result.Status == probe.NotCheckable {
			perRow[f.Code+" "+f.Change.String()] = true
		}
	}
	for _, f := range after.Findings {
		if !keptAfter[f] && perRow[f.Code+" "+f.Change.String()] && f.Result.Status == probe.Exact {
			continue
		}
		if !keptAfter[f] {
			t.Errorf("after sync: %s %s is %s (%s); only DANGEROUS or unchecked changes may remain", f.Code, f.Object, f.Risk, f.Result.Status)
		}
	}
	if len(after.Findings) > dangerous {
		t.Errorf("after sync %d changes remain, more than the %d DANGEROUS or unchecked ones planned:\n%s", len(after.Findings), dangerous, marshal(summarize(after)))
	}

	// 4. Without DANGEROUS changes the result equals "after" created directly.
	if dangerous == 0 {
		name := s.forDialect("desired.sql", tg.name)
		if ddl, ok := s.file(name); ok {
			direct := tg.fresh(t)
			direct.schemas = db.schemas
			direct.exec(t, name, ddl)
			want, err := direct.connect(t).Inspect(ctx, opts.Ignore)
			if err != nil {
				t.Fatal(err)
			}
			if rest := diff.Compute(after.Actual, want); len(rest) != 0 {
				t.Errorf("synced schema differs from desired.sql created directly: %v", rest)
			}
			if rest := diff.Compute(want, after.Actual); len(rest) != 0 {
				t.Errorf("desired.sql created directly differs from the synced schema: %v", rest)
			}
			// Primary key names follow the table's first name (PostgreSQL keeps
			// customer_pkey through a rename); the diff ignores them, so does this.
			if hashWithoutKeyNames(want) != hashWithoutKeyNames(after.Actual) {
				a, _ := json.MarshalIndent(after.Actual, "", " ")
				b, _ := json.MarshalIndent(want, "", " ")
				t.Errorf("synced schema hash differs from desired.sql created directly\nsynced:\n%s\ndirect:\n%s", a, b)
			}
		}
	}

	// 5. The scenario's own checks on the data after sync.
	if txt, ok := s.file(s.forDialect("checks.txt", tg.name)); ok {
		for _, line := range strings.Split(txt, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			q, want, ok := strings.Cut(line, "=>")
			if !ok {
				t.Fatalf("checks.txt: %q has no =>", line)
			}
			if got := db.query(t, strings.TrimSpace(q)); got != strings.TrimSpace(want) {
				t.Errorf("after sync, %s = %s, want %s", strings.TrimSpace(q), got, strings.TrimSpace(want))
			}
		}
	}
}

// kept reports whether sync --force keeps a finding back by design
// (docs/risk-policy.md): it is DANGEROUS, or a WARNING whose data could
// not be checked.
// keptSet lists the findings sync --force keeps back: kept ones; the
// keys over a column whose addition or type change is kept back, and the
// foreign keys to one; and the drop of an index whose replacement is kept back.
// Expressions name columns as the plan's dialect matches them
// (dialect.IdentMatcher), as sync's keptDependencies reads them.
func keptSet(p *plan.Plan) map[*risk.Finding]bool {
	fs := p.Findings
	d, _ := dialect.Lookup(p.Dialect)
	ic := dialect.IdentCase(d)
	out := map[*risk.Finding]bool{}
	cols := map[string]bool{}
	for _, f := range fs {
		if kept(f) {
			out[f] = true
			switch c := f.Change.(type) {
			case diff.AddColumn:
				cols[c.Table.Name+"."+c.Column.Name] = true
			case diff.ModifyColumn:
				if c.Aspect == diff.KindAlterType {
					cols[c.Table.Name+"."+c.From.Name] = true
					// Desired keys and checks name a renamed column by its new name.
					cols[c.Table.Name+"."+c.To.Name] = true
				}
			}
		}
	}
	// A generated column added over a kept-back new column waits with it.
	for grew := true; grew; {
		grew = false
		for _, f := range fs {
			a, ok := f.Change.(diff.AddColumn)
			if !ok || out[f] || a.Column.Generated == "" {
				continue
			}
			for _, g := range fs {
				if c, ok := g.Change.(diff.AddColumn); ok && out[g] && c.Table.Name == a.Table.Name && c.Column.Name != a.Column.Name &&
					diff.Mentions(a.Column.Generated, c.Column.Name, ic) {
					out[f], grew = true, true
					cols[a.Table.Name+"."+a.Column.Name] = true
					break
				}
			}
		}
	}
	// A generated column computed from a column whose type change is kept
	// back keeps its old values: keys and checks over it wait too.
	for grew := true; grew; {
		grew = false
		for _, f := range fs {
			m, ok := f.Change.(diff.ModifyColumn)
			if !ok {
				continue
			}
			for _, g := range m.Table.Columns {
				if g.Generated == "" || cols[m.Table.Name+"."+g.Name] {
					continue
				}
				for k := range cols {
					t, c, _ := strings.Cut(k, ".")
					if t == m.Table.Name && c != g.Name && diff.Mentions(g.Generated, c, ic) {
						cols[m.Table.Name+"."+g.Name], grew = true, true
						break
					}
				}
			}
		}
	}
	// A new or changed check waits for a kept-back new column it names,
	// and for a kept-back type change of a column it names.
	for _, f := range fs {
		var table, expr string
		switch a := f.Change.(type) {
		case diff.AddCheck:
			if a.Check != nil {
				table, expr = a.Table.Name, a.Check.Expr
			}
		case diff.AlterCheck:
			if a.To != nil {
				table, expr = a.Table.Name, a.To.Expr
			}
		case diff.AddExclusion:
			if a.Exclusion != nil {
				table, expr = a.Table.Name, a.Exclusion.Def
			}
		case diff.AlterExclusion:
			if a.To != nil {
				table, expr = a.Table.Name, a.To.Def
			}
		}
		if expr == "" {
			continue
		}
		for _, g := range fs {
			if !out[g] {
				continue
			}
			var names []string
			switch c := g.Change.(type) {
			case diff.AddColumn:
				if c.Table.Name == table {
					names = []string{c.Column.Name}
				}
			case diff.ModifyColumn:
				if c.Aspect == diff.KindAlterType && c.Table.Name == table {
					names = []string{c.From.Name, c.To.Name}
					for k := range cols {
						if t, n, _ := strings.Cut(k, "."); t == table {
							names = append(names, n)
						}
					}
				}
			}
			for _, n := range names {
				if diff.Mentions(expr, n, ic) {
					out[f] = true
				}
			}
		}
	}
	// A new default or collation waits for its column's kept type change.
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && (m.Aspect == diff.KindSetDefault || m.Aspect == diff.KindChangeDefault || m.Detail == "collation") && cols[m.Table.Name+"."+m.From.Name] {
			out[f] = true
		}
	}
	indexes := map[string]bool{}
	for _, f := range fs {
		if a, ok := f.Change.(diff.AddIndex); ok && out[f] {
			indexes[a.Table.Name+"."+a.Index.Name] = true
		}
	}
	for _, f := range fs {
		switch f.Change.(type) {
		case diff.AddIndex, diff.AddForeignKey, diff.AlterPrimaryKey:
		default:
			continue
		}
		for _, c := range diff.Columns(f.Change) {
			if cols[f.Change.TableName()+"."+c] {
				out[f] = true
				if a, ok := f.Change.(diff.AddIndex); ok {
					indexes[a.Table.Name+"."+a.Index.Name] = true
				}
			}
		}
		// A new foreign key waits for its parent column's kept change.
		if a, ok := f.Change.(diff.AddForeignKey); ok {
			for _, c := range a.FK.RefColumns {
				if cols[a.FK.RefTable+"."+c] {
					out[f] = true
				}
			}
		}
	}
	for _, f := range fs {
		if d, ok := f.Change.(diff.DropIndex); ok && indexes[d.Table.Name+"."+d.Index.Name] {
			out[f] = true
		}
	}
	keys := map[string]bool{}
	for _, f := range fs {
		if pk, ok := f.Change.(diff.AlterPrimaryKey); ok && out[f] {
			keys[pk.Table.Name] = true
		}
	}
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Detail == "autoincrement" && keys[m.Table.Name] {
			out[f] = true
		}
	}
	// SQLite's AUTOINCREMENT goes with its key's change or numbering.
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Detail == "autoincrement" && out[f] {
			keys[m.Table.Name] = true
		}
	}
	for _, f := range fs {
		if o, ok := f.Change.(diff.AlterTableOption); ok && o.Option == "autoincrement" && keys[o.Table.Name] {
			out[f] = true
		}
	}
	// SQLite's STRICT goes only with every type change of its table.
	retyped := map[string]bool{}
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && kept(f) {
			retyped[m.Table.Name] = true
		}
	}
	for _, f := range fs {
		if o, ok := f.Change.(diff.AlterTableOption); ok && o.Option == "strict" && o.To == "true" && retyped[o.Table.Name] {
			out[f] = true
		}
	}
	// A foreign key needs the unique key it references: one to a key or a
	// table the plan adds but keeps back is kept back, with its new table.
	for changed := true; changed; {
		changed = false
		refs := map[string]bool{}
		for _, f := range fs {
			if !out[f] {
				continue
			}
			switch c := f.Change.(type) {
			case diff.AddIndex:
				if c.Index.Unique {
					refs[c.Table.Name+"("+strings.Join(c.Index.Columns(), ",")+")"] = true
				}
			case diff.AlterPrimaryKey:
				if c.To != nil {
					refs[c.Table.Name+"("+strings.Join(c.To.Columns(), ",")+")"] = true
				}
			case diff.AddTable:
				refs[c.Table.Name] = true
			}
		}
		for _, f := range fs {
			var fks []*schema.ForeignKey
			switch c := f.Change.(type) {
			case diff.AddForeignKey:
				fks = []*schema.ForeignKey{c.FK}
			case diff.AddTable:
				fks = c.Table.ForeignKeys
			}
			for _, fk := range fks {
				if !out[f] && (refs[fk.RefTable] || refs[fk.RefTable+"("+strings.Join(fk.RefColumns, ",")+")"]) {
					out[f], changed = true, true
				}
			}
		}
	}
	keptCollationPartners(fs, out)
	// A column change that shares a DROP FOREIGN KEY with a kept one (the
	// two sides of a key MySQL lifts around them) is kept with it.
	for changed := true; changed; {
		changed = false
		lifts := map[string]bool{}
		for _, f := range fs {
			if _, ok := f.Change.(diff.ModifyColumn); ok && out[f] {
				for _, st := range f.Statements {
					if strings.Contains(st, "DROP FOREIGN KEY") {
						lifts[st] = true
					}
				}
			}
		}
		for _, f := range fs {
			if _, ok := f.Change.(diff.ModifyColumn); !ok || out[f] {
				continue
			}
			for _, st := range f.Statements {
				if lifts[st] {
					out[f], changed = true, true
					break
				}
			}
		}
	}
	// MySQL refuses NOT NULL under a key with SET NULL: it waits for the
	// kept change of that key.
	setNull := map[string]bool{}
	for _, f := range fs {
		if c, ok := f.Change.(diff.AlterForeignKey); ok && out[f] {
			setNull[c.Table.Name+"."+c.From.Name] = true
		}
	}
	for _, f := range fs {
		c, ok := f.Change.(diff.ModifyColumn)
		if !ok || c.Aspect != diff.KindSetNotNull {
			continue
		}
		for _, fk := range c.Table.ForeignKeys {
			if (fk.OnDelete == "SET NULL" || fk.OnUpdate == "SET NULL") && setNull[c.Table.Name+"."+fk.Name] && slices.Contains(fk.Columns, c.From.Name) {
				out[f] = true
			}
		}
	}
	return out
}

// keptCollationPartners adds to out the collation changes of columns a
// foreign key pairs with a column whose collation change out holds: MySQL
// refuses a key over two collations.
func keptCollationPartners(fs []*risk.Finding, out map[*risk.Finding]bool) {
	changes := map[string]*risk.Finding{}
	var pairs [][2]string
	for _, f := range fs {
		c, ok := f.Change.(diff.ModifyColumn)
		if !ok || c.Detail != "collation" {
			continue
		}
		changes[c.Table.Name+"."+c.From.Name] = f
		for _, fk := range c.Table.ForeignKeys {
			for i, child := range fk.Columns {
				pairs = append(pairs, [2]string{c.Table.Name + "." + child, fk.RefTable + "." + fk.RefColumns[i]})
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, p := range pairs {
			for i := range 2 {
				if a, b := changes[p[i]], changes[p[1-i]]; a != nil && b != nil && out[a] && !out[b] {
					out[b], changed = true, true
				}
			}
		}
	}
}

func kept(f *risk.Finding) bool {
	if f.Risk == risk.Dangerous {
		return true
	}
	// --force applies a WARNING only on an exact count: not on a sample.
	return f.Risk == risk.Warning && f.Check != nil && f.Result.Status != probe.Exact
}

func hashWithoutKeyNames(s *schema.Schema) string {
	c := *s
	c.Tables = nil
	for _, t := range s.Tables {
		tc := diff.CloneTable(t)
		if tc.PrimaryKey != nil {
			tc.PrimaryKey.Name = ""
		}
		// MySQL names an unnamed foreign key <table>_ibfk_<n> by creation
		// order; the diff matches keys by what they do, so does this.
		for _, fk := range tc.ForeignKeys {
			fk.Name = ""
		}
		// The index MySQL makes for a foreign key is named after it.
		for i, ix := range tc.Indexes {
			if ix.Implicit {
				c := *ix
				c.Name = ""
				tc.Indexes[i] = &c
			}
		}
		// SQLite writes "quantity" into a check when it renames the column;
		// the diff compares checks normalized, so does this.
		for _, ck := range tc.Checks {
			ck.Expr = diff.NormalizeExpr(ck.Expr)
		}
		c.Tables = append(c.Tables, tc)
	}
	return c.Hash()
}

// TestNoData plans a scenario with --no-data: the static classes stand and
// every probe is reported as skipped; sync refuses --force with --no-data.
func TestNoData(t *testing.T) {
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			t.Parallel()
			s := scenario{name: "shrink_varchar", dir: filepath.Join("testdata", "shrink_varchar")}
			ctx := context.Background()
			_, conn := setup(t, tg, s)
			desired := loadDesired(t, ctx, conn, s)
			p, err := plan.Build(ctx, conn, desired, plan.Options{NoData: true})
			if err != nil {
				t.Fatal(err)
			}
			if p.DataChecked {
				t.Error("DataChecked = true with NoData")
			}
			checked := 0
			for _, f := range p.Findings {
				if f.Check == nil {
					continue
				}
				checked++
				if f.Result.Status != probe.Skipped {
					t.Errorf("%s: checked = %s, want skipped", f.Object, f.Result.Status)
				}
				if f.Risk != f.Static {
					t.Errorf("%s: risk %s, want the static %s", f.Object, f.Risk, f.Static)
				}
			}
			if checked == 0 {
				t.Fatal("scenario has no finding that depends on data")
			}
			_, _, err = plan.Sync(ctx, conn, desired, plan.SyncOptions{Options: plan.Options{NoData: true}, Force: true})
			if !errors.Is(err, plan.ErrForceNoData) {
				t.Errorf("sync --force --no-data: err = %v, want ErrForceNoData", err)
			}
		})
	}
}

// TestFailedApplyChangesNothing runs a script whose last statement fails:
// the database must be left exactly as it was.
func TestFailedApplyChangesNothing(t *testing.T) {
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			t.Parallel()
			s := scenario{name: "set_not_null_with_nulls", dir: filepath.Join("testdata", "set_not_null_with_nulls")}
			ctx := context.Background()
			db, conn := setup(t, tg, s)
			before, err := conn.Inspect(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			rows := db.query(t, "SELECT count(*) FROM person")
			script := &dialect.Script{Statements: []dialect.Statement{
				{SQL: "CREATE TABLE extra (id INTEGER PRIMARY KEY)"},
				{SQL: "INSERT INTO person (id, name) VALUES (100, 'new')"},
				{SQL: "INSERT INTO no_such_table (id) VALUES (1)"},
			}}
			err = conn.Apply(ctx, script)
			var ae *dialect.ApplyError
			if !errors.As(err, &ae) {
				t.Fatalf("Apply of a failing script: err = %v, want *dialect.ApplyError", err)
			}
			if !strings.Contains(ae.Failed.SQL, "no_such_table") {
				t.Errorf("failed statement = %q, want the INSERT INTO no_such_table", ae.Failed.SQL)
			}
			now, err := conn.Inspect(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if ae.RolledBack {
				if now.Hash() != before.Hash() {
					t.Errorf("rolled back, yet the schema changed: %v", diff.Compute(before, now))
				}
				if got := db.query(t, "SELECT count(*) FROM person"); got != rows {
					t.Errorf("rolled back, yet person has %s rows, had %s", got, rows)
				}
			} else if len(ae.Applied) != 2 {
				t.Errorf("not rolled back: %d statements reported applied, want 2", len(ae.Applied))
			}
			if tg.name == "sqlite" && !ae.RolledBack {
				t.Error("SQLite DDL is transactional: the failed script must roll back")
			}
		})
	}
}
