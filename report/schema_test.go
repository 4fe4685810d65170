package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/sqlite"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/report"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/source"
)

const schemaPath = "../docs/report.schema.json"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("parsing %s: %v", schemaPath, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("report.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("report.schema.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", schemaPath, err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, d *report.Document) error {
	t.Helper()
	var b bytes.Buffer
	if err := report.JSON(&b, d); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	return sch.Validate(inst)
}

// TestReportsMatchSchema validates the reports of real plans against
// docs/report.schema.json.
func TestReportsMatchSchema(t *testing.T) {
	t.Parallel()
	sch := compileSchema(t)
	kinds := map[diff.Kind]bool{}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			d := build(t, sc)
			for _, c := range d.Changes {
				kinds[c.Kind] = true
			}
			if err := validate(t, sch, d); err != nil {
				t.Errorf("the report does not match the schema:\n%v", err)
			}
		})
	}
	t.Run("sync", func(t *testing.T) {
		d := syncReport(t, scenarios[0])
		if err := validate(t, sch, d); err != nil {
			t.Errorf("the sync report does not match the schema:\n%v", err)
		}
	})
	t.Run("failed sync", func(t *testing.T) {
		d := syncReport(t, scenarios[0])
		d.Sync.Error = "running X: boom"
		d.Sync.SetFailure(&dialect.ApplyError{
			Applied: []dialect.Statement{{SQL: "ALTER TABLE a ADD COLUMN b int"}}, Failed: dialect.Statement{SQL: "X"},
			NotApplied: []dialect.Statement{{SQL: "Y"}}, Err: errors.New("boom")})
		if err := validate(t, sch, d); err != nil {
			t.Errorf("the failed sync report does not match the schema:\n%v", err)
		}
		if d.Sync.FailedStatement != "X" || len(d.Sync.AppliedStatements) != 1 || len(d.Sync.NotAppliedStatement) != 1 || *d.Sync.RolledBack {
			t.Errorf("sync failure fields = %+v", d.Sync)
		}
	})
	// The scenarios are meant to cover most kinds; say which ones they miss
	// so that a new kind gets a scenario.
	var missing []string
	for _, k := range diff.Kinds {
		if !kinds[k] {
			missing = append(missing, string(k))
		}
	}
	if len(kinds) < 21 {
		t.Errorf("the scenarios cover only %d kinds; missing: %s", len(kinds), strings.Join(missing, ", "))
	}
}

// syncReport runs sync on a scenario and builds its report the way the CLI does.
func syncReport(t *testing.T, sc scenario) *report.Document {
	t.Helper()
	ctx := context.Background()
	conn, err := sqlite.OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	for _, st := range sc.before {
		if err := conn.Exec(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	desired, err := conn.LoadSQL(ctx, "desired.sql", sc.desired)
	if err != nil {
		t.Fatal(err)
	}
	if err := source.ApplySQLRenames(desired, "desired.sql", sc.desired); err != nil {
		t.Fatal(err)
	}
	p, res, err := plan.Sync(ctx, conn, desired, plan.SyncOptions{})
	if p == nil {
		t.Fatal(err)
	}
	d := report.Build("sync", p)
	d.Sync = &report.Sync{Statements: []string{}}
	if res != nil && res.Script != nil {
		d.Sync.Applied = res.Applied
		for _, s := range res.Script.Statements {
			d.Sync.Statements = append(d.Sync.Statements, s.SQL)
		}
	}
	var ae *dialect.ApplyError
	if err != nil && !errors.As(err, &ae) {
		t.Fatal(err)
	} else if err != nil {
		d.Sync.Error = err.Error()
		d.Sync.SetFailure(ae)
	}
	return d
}

// TestSchemaRejects makes sure the schema is strict enough to catch drift.
func TestSchemaRejects(t *testing.T) {
	t.Parallel()
	sch := compileSchema(t)
	base := func() *report.Document { return build(t, scenarios[2]) } // no-data: every change skipped
	n := int64(3)
	tests := []struct {
		name   string
		mutate func(*report.Document)
	}{
		{name: "unknown kind", mutate: func(d *report.Document) { d.Changes[0].Kind = "rename_index" }},
		{name: "unknown code", mutate: func(d *report.Document) { d.Changes[0].Code = "drop-everything" }},
		{name: "unknown risk", mutate: func(d *report.Document) { d.Changes[0].Risk = "critical" }},
		{name: "unknown checked", mutate: func(d *report.Document) { d.Changes[0].Checked = "failed" }},
		{name: "count while skipped", mutate: func(d *report.Document) { d.Changes[0].AffectedRows = &n }},
		{name: "bad highest", mutate: func(d *report.Document) { d.Summary.Highest = "DANGEROUS" }},
		{name: "bad version", mutate: func(d *report.Document) { d.FormatVersion = 2 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base()
			tt.mutate(d)
			if err := validate(t, sch, d); err == nil {
				t.Error("the schema accepts the broken report")
			}
		})
	}
}

// TestSchemaEnums keeps the schema's enums equal to the engine's lists.
func TestSchemaEnums(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, k := range diff.Kinds {
		kinds = append(kinds, string(k))
	}
	var statuses []string
	for st := probe.NotApplicable; st <= probe.NotCheckable; st++ {
		statuses = append(statuses, st.String())
	}
	tests := []struct {
		name string
		def  string
		want []string
	}{
		{name: "kind equals diff.Kinds", def: "kind", want: kinds},
		{name: "code equals risk.Codes", def: "code", want: risk.Codes()},
		{name: "level", def: "level", want: []string{risk.Safe.String(), risk.Warning.String(), risk.Dangerous.String()}},
		{name: "checked", def: "checked", want: statuses},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(s.Defs[tt.def].Enum)
			want := slices.Clone(tt.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("$defs.%s.enum = %v\nwant %v", tt.def, got, want)
			}
		})
	}
	if !slices.Equal(s.Defs["kind"].Enum, kinds) {
		t.Error("$defs.kind.enum is not in diff.Kinds order")
	}
}
