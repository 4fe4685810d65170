package report

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// FormatVersion is the version of the JSON report. It changes only when a
// field is removed or changes meaning; new fields do not bump it.
const FormatVersion = 1

// Document is the JSON report (docs/json-output.md, docs/report.schema.json).
type Document struct {
	FormatVersion int      `json:"format_version"`
	Command       string   `json:"command"`
	Dialect       string   `json:"dialect"`
	DataChecked   bool     `json:"data_checked"`
	SchemaHash    string   `json:"schema_hash"`
	Summary       Summary  `json:"summary"`
	Changes       []Change `json:"changes"`
	// Sync is present for the sync command.
	Sync *Sync `json:"sync,omitempty"`
}

// Summary counts the changes per level.
type Summary struct {
	Safe      int    `json:"safe"`
	Warning   int    `json:"warning"`
	Dangerous int    `json:"dangerous"`
	Highest   string `json:"highest"`
}

// Change is one entry of the report.
type Change struct {
	Schema         string         `json:"schema,omitempty"`
	Table          string         `json:"table"`
	Column         *string        `json:"column"`
	Columns        []string       `json:"columns,omitempty"`
	RenamedTo      string         `json:"renamed_to,omitempty"`
	Kind           diff.Kind      `json:"kind"`
	Code           string         `json:"code"`
	Risk           string         `json:"risk"`
	StaticRisk     string         `json:"static_risk"`
	Message        string         `json:"message"`
	Impact         string         `json:"impact"`
	Recommendation string         `json:"recommendation"`
	DocsURL        string         `json:"docs_url"`
	Checked        string         `json:"checked"`
	AffectedRows   *int64         `json:"affected_rows"`
	DuplicateGroup *int64         `json:"duplicate_groups,omitempty"`
	Samples        []probe.Sample `json:"samples"`
	Notes          []string       `json:"notes,omitempty"`
	Statements     []string       `json:"statements"`
	Lock           *dialect.Lock  `json:"lock,omitempty"`
	Applied        *bool          `json:"applied,omitempty"`
	Source         string         `json:"source,omitempty"`
	// Rebuilds names the table the statements rebuild, "" for none
	// (dialect.Script.Rebuilds); the text report says so. It is not part
	// of the JSON format.
	Rebuilds string `json:"-"`
}

// Sync says what sync did.
type Sync struct {
	DryRun     bool     `json:"dry_run"`
	Applied    bool     `json:"applied"`
	Statements []string `json:"statements"`
	Error      string   `json:"error,omitempty"`
	// With Error: what stays applied, what failed and what did not run.
	RolledBack          *bool    `json:"rolled_back,omitempty"`
	AppliedStatements   []string `json:"applied_statements,omitempty"`
	FailedStatement     string   `json:"failed_statement,omitempty"`
	NotAppliedStatement []string `json:"not_applied_statements,omitempty"`
}

// SetFailure fills the failure fields from an apply error.
func (s *Sync) SetFailure(ae *dialect.ApplyError) {
	rb := ae.RolledBack
	s.RolledBack = &rb
	s.FailedStatement = ae.Failed.SQL
	s.AppliedStatements = []string{}
	if !ae.RolledBack {
		for _, st := range ae.Applied {
			s.AppliedStatements = append(s.AppliedStatements, st.SQL)
		}
	}
	for _, st := range ae.NotApplied {
		s.NotAppliedStatement = append(s.NotAppliedStatement, st.SQL)
	}
}

// Build turns a plan into the JSON document.
func Build(command string, p *plan.Plan) *Document {
	s := p.Summary()
	d := &Document{
		FormatVersion: FormatVersion,
		Command:       command,
		Dialect:       p.Dialect,
		DataChecked:   p.DataChecked,
		SchemaHash:    p.ActualHash,
		Summary:       Summary{Safe: s.Safe, Warning: s.Warning, Dangerous: s.Dangerous, Highest: s.Highest.String()},
		Changes:       []Change{},
	}
	for _, f := range p.Findings {
		e := entry(f)
		if e.Source == "" {
			e.Source = desiredSource(p.Desired, e)
		}
		d.Changes = append(d.Changes, e)
	}
	return d
}

// desiredSource is where the desired state declares what a change is
// about, when the change itself does not carry it (a key, a link, a check):
// the line of its column, else of its table. Drops have none.
func desiredSource(desired *schema.Schema, e Change) string {
	if desired == nil || e.Kind == diff.KindDropTable || e.Kind == diff.KindDropColumn {
		return ""
	}
	var t *schema.Table
	for _, dt := range desired.Tables {
		if dt.Schema == e.Schema || e.Schema == "" || dt.Schema == "" {
			if dt.Name == e.Table || slices.Contains(dt.Previously, e.Table) {
				t = dt
				break
			}
		}
	}
	if t == nil {
		return ""
	}
	col := ""
	switch {
	case e.Column != nil:
		col = *e.Column
	case len(e.Columns) > 0:
		col = e.Columns[0]
	}
	if c := t.Column(col); col != "" && c != nil && c.Source != "" {
		return c.Source
	}
	return t.Source
}

func entry(f *risk.Finding) Change {
	c := f.Change
	e := Change{
		Schema:         diff.TableSchema(c),
		Table:          c.TableName(),
		Kind:           c.Kind(),
		Code:           f.Code,
		Risk:           f.Risk.String(),
		StaticRisk:     f.Static.String(),
		Message:        f.Message,
		Impact:         f.Impact,
		Recommendation: f.Recommendation,
		DocsURL:        f.DocsURL,
		Checked:        probe.NotApplicable.String(),
		Samples:        []probe.Sample{},
		Notes:          f.Notes,
		Statements:     f.Statements,
		Rebuilds:       f.Rebuilds,
		Lock:           f.Lock,
		Applied:        f.Applied,
	}
	if col := c.ColumnName(); col != "" {
		e.Column = &col
	} else if cols := diff.Columns(c); len(cols) > 1 {
		e.Columns = cols
	}
	switch c := c.(type) {
	case diff.RenameTable:
		e.RenamedTo = c.To.Name
		e.Source = c.To.Source
	case diff.RenameColumn:
		e.RenamedTo = c.To.Name
		e.Source = c.To.Source
	case diff.AddColumn:
		e.Source = c.Column.Source
	case diff.ModifyColumn:
		e.Source = c.To.Source
	case diff.AddTable:
		e.Source = c.Table.Source
	}
	if e.Statements == nil {
		e.Statements = []string{}
	}
	if f.Check != nil {
		e.Checked = f.Result.Status.String()
		if f.Result.Status == probe.Failed {
			e.Checked = probe.NotCheckable.String()
		}
		if f.Result.Status.Counted() {
			n := f.Result.Affected
			e.AffectedRows = &n
			if f.Check.Kind == probe.Duplicates {
				g := f.Result.Groups
				e.DuplicateGroup = &g
			}
		}
		if f.Result.Samples != nil {
			e.Samples = f.Result.Samples
		}
	}
	return e
}

// JSON writes the plan as an indented JSON document.
func JSON(w io.Writer, d *Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}
