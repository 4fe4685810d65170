package plan

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// Options tune how a plan is built.
type Options struct {
	// NoData skips the data probes: the static classes stand.
	NoData bool
	// Probe tunes the probes (sampling, timeout).
	Probe probe.Options
	// Ignore lists globs of tables to leave out of the comparison, on both
	// the live and the desired side.
	Ignore []string
}

// Plan is the result of comparing a live database with a desired schema.
type Plan struct {
	// Dialect names the database engine.
	Dialect string
	// ActualHash is the hash of the live schema the plan was computed from.
	ActualHash string
	// DataChecked is false when the probes were skipped.
	DataChecked bool
	// Findings are the graded changes, in report order.
	Findings []*risk.Finding
	// Actual and Desired are the two schemas compared.
	Actual, Desired *schema.Schema
}

// Summary counts findings per level.
type Summary struct {
	Safe, Warning, Dangerous int
	Highest                  risk.Level
}

// Summary counts the plan's findings per level.
func (p *Plan) Summary() Summary {
	var s Summary
	for _, f := range p.Findings {
		switch f.Risk {
		case risk.Safe:
			s.Safe++
		case risk.Warning:
			s.Warning++
		case risk.Dangerous:
			s.Dangerous++
		}
		if f.Risk > s.Highest {
			s.Highest = f.Risk
		}
	}
	return s
}

// Changes returns the plan's changes in order.
func (p *Plan) Changes() []diff.Change {
	out := make([]diff.Change, len(p.Findings))
	for i, f := range p.Findings {
		out[i] = f.Change
	}
	return out
}

// Build compares the live database behind conn with desired (already
// normalized by the same dialect) and grades every change.
func Build(ctx context.Context, conn dialect.Conn, desired *schema.Schema, opts Options) (*Plan, error) {
	actual, err := conn.Inspect(ctx, opts.Ignore)
	if err != nil {
		return nil, fmt.Errorf("inspecting the database: %w", err)
	}
	desired = withoutIgnored(desired, opts.Ignore)
	resolvePreviously(actual, desired)
	if err := ambiguousRenames(actual, desired); err != nil {
		return nil, err
	}
	declareCaseRenames(actual, desired, conn.Dialect())
	return build(ctx, conn, actual, desired, opts)
}

// ambiguousRenames refuses a declared rename whose former names match two
// or more live tables (or columns of the live table) that nothing else in
// the desired state keeps: which of them holds the data is for the user to
// say. Renaming the first and dropping the others would be a guess.
func ambiguousRenames(actual, desired *schema.Schema) error {
	where := func(t *schema.Table) string {
		if t.Source != "" {
			return t.Source + ": "
		}
		return ""
	}
	for _, t := range desired.Tables {
		live := actual.Table(t.Name)
		if live == nil {
			var found []string
			for _, old := range t.Previously {
				if actual.Table(old) != nil && desired.Table(old) == nil && !slices.Contains(found, old) {
					found = append(found, old)
				}
			}
			if len(found) > 1 {
				return fmt.Errorf("%w: %stable %s: previously names %s, which all exist; keep in previously only the table whose rows %s continues",
					dialect.ErrBadInput, where(t), t.Name, strings.Join(found, " and "), t.Name)
			}
			if len(found) == 1 {
				live = actual.Table(found[0])
			}
		}
		if live == nil {
			continue
		}
		for _, c := range t.Columns {
			if live.Column(c.Name) != nil {
				continue
			}
			var found []string
			for _, old := range c.Previously {
				if live.Column(old) != nil && t.Column(old) == nil && !slices.Contains(found, old) {
					found = append(found, old)
				}
			}
			if len(found) > 1 {
				src := where(t)
				if c.Source != "" {
					src = c.Source + ": "
				}
				return fmt.Errorf("%w: %scolumn %s.%s: previously names %s, which all exist; keep in previously only the column whose values %s continues",
					dialect.ErrBadInput, src, t.Name, c.Name, strings.Join(found, " and "), c.Name)
			}
		}
	}
	return nil
}

// resolvePreviously spells each declared former name as the live table or
// column spells it when they differ only in case and the match is unique:
// engines fold unquoted names (PostgreSQL to lower case), so
// "-- previously: Bill" means the live bill. An exact match always wins.
func resolvePreviously(actual, desired *schema.Schema) {
	fold := func(names []string, have func(string) bool, all []string) {
		for i, old := range names {
			if have(old) {
				continue
			}
			var found []string
			for _, n := range all {
				if strings.EqualFold(n, old) {
					found = append(found, n)
				}
			}
			if len(found) == 1 {
				names[i] = found[0]
			}
		}
	}
	var tables []string
	for _, t := range actual.Tables {
		tables = append(tables, t.Name)
	}
	for _, t := range desired.Tables {
		fold(t.Previously, func(n string) bool { return actual.Table(n) != nil }, tables)
		live := actual.Table(t.Name)
		for _, old := range t.Previously {
			if live == nil {
				live = actual.Table(old)
			}
		}
		if live == nil {
			continue
		}
		var cols []string
		for _, c := range live.Columns {
			cols = append(cols, c.Name)
		}
		for _, c := range t.Columns {
			fold(c.Previously, func(n string) bool { return live.Column(n) != nil }, cols)
		}
	}
}

// withoutIgnored leaves the ignored tables out of the desired side too: an
// ignored table the desired state also declares is neither created (it
// exists) nor compared.
func withoutIgnored(desired *schema.Schema, globs []string) *schema.Schema {
	if len(globs) == 0 || desired == nil {
		return desired
	}
	out := *desired
	out.Tables = nil
	for _, t := range desired.Tables {
		if !ignored(t, globs) {
			out.Tables = append(out.Tables, t)
		}
	}
	return &out
}

// ignored matches a table's name, or its schema-qualified name, against
// the globs as the dialects do when they inspect.
func ignored(t *schema.Table, globs []string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, t.Name); ok {
			return true
		}
		if t.Schema != "" {
			if ok, _ := path.Match(g, t.Schema+"."+t.Name); ok {
				return true
			}
		}
	}
	return false
}

func build(ctx context.Context, conn dialect.Conn, actual, desired *schema.Schema, opts Options) (*Plan, error) {
	p := &Plan{
		Dialect:     conn.Dialect().Name(),
		ActualHash:  actual.Hash(),
		DataChecked: !opts.NoData,
		Actual:      actual,
		Desired:     desired,
	}
	changes := diff.Compute(actual, desired)
	for _, c := range changes {
		p.Findings = append(p.Findings, risk.Classify(c, actual))
	}
	if len(changes) == 0 {
		return p, nil
	}
	script, err := conn.Render(actual, desired, changes)
	if err != nil {
		return nil, fmt.Errorf("rendering DDL: %w", err)
	}
	for i, f := range p.Findings {
		if i < len(script.ByChange) {
			f.Statements = script.ByChange[i]
		}
		if i < len(script.Ties) {
			f.Ties = script.Ties[i]
		}
		if i < len(script.Rebuilds) {
			f.Rebuilds = script.Rebuilds[i]
		}
	}
	if !opts.NoData {
		unliftDroppedKeys(actual, p.Findings)
		settleNewKeys(p.Findings)
		retargetRenamedParents(p.Findings)
		retypedParents(p.Findings)
		refs := checkDefaultReferences(p.Findings, conn.Dialect())
		if err := runProbes(ctx, conn, p.Findings, opts.Probe); err != nil {
			return nil, err
		}
		restoreDefaultReferences(refs)
		alikeSamples(actual, p.Findings)
	}
	// Settle only appends notes: notes[i] is how many finding i had
	// before, for a change the dialect says the engine refuses anyway.
	notes := make([]int, len(p.Findings))
	for i, f := range p.Findings {
		notes[i] = len(f.Notes)
		f.Settle()
	}
	if as, ok := conn.(dialect.Assessor); ok {
		if err := assess(ctx, as, actual, p.Findings, notes); err != nil {
			return nil, fmt.Errorf("assessing locks: %w", err)
		}
	}
	tieDefaults(p.Findings)
	return p, nil
}

// family groups the kinds whose literals are spelled alike: numbers,
// strings, and every other kind on its own.
func family(k schema.Kind) string {
	switch {
	case k.IsNumeric():
		return "number"
	case k.IsString():
		return "string"
	}
	return k.String()
}

// tieDefaults raises a new default of a column to the risk of the same
// column's change to another family of types: the default is written for the new type (false for
// a bool that is an integer today), so applied alone, as sync would apply
// a SAFE default while it keeps a DANGEROUS type change back, it fails or
// means something else.
func tieDefaults(fs []*risk.Finding) {
	typeRisk := map[[3]string]risk.Level{}
	for _, f := range fs {
		// A new length, size or precision keeps the default's meaning;
		// only another family of values makes it depend on the type.
		// A default of one enum type is no default of another (PostgreSQL
		// spells it 'happy'::mood) either.
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && (family(m.From.Type.Kind) != family(m.To.Type.Kind) ||
			m.From.Type.Kind == schema.KindEnum && m.To.Type.Kind == schema.KindEnum && m.From.Type.EnumName != m.To.Type.EnumName) {
			typeRisk[[3]string{m.Table.Schema, m.Table.Name, m.From.Name}] = f.Risk
		}
	}
	for _, f := range fs {
		m, ok := f.Change.(diff.ModifyColumn)
		if !ok || (m.Aspect != diff.KindSetDefault && m.Aspect != diff.KindChangeDefault) {
			continue
		}
		if l, ok := typeRisk[[3]string{m.Table.Schema, m.Table.Name, m.From.Name}]; ok && l > f.Risk {
			f.Raise(l, "the new default is of the column's new type: it goes in with the type change ("+l.Upper()+")")
		}
	}
}

func runProbes(ctx context.Context, conn dialect.Conn, fs []*risk.Finding, opts probe.Options) error {
	var checks []probe.Check
	var owners []*risk.Finding
	// A check over several unique keys is one check per key to the
	// dialect; spans says which of checks are each owner's.
	var spans []int
	for _, f := range fs {
		if f.Check != nil && f.Result.Status == probe.Skipped {
			split := f.Check.Split()
			checks = append(checks, split...)
			owners = append(owners, f)
			spans = append(spans, len(split))
		}
	}
	if len(checks) == 0 {
		return nil
	}
	results, err := conn.Probe(ctx, checks, opts)
	if err != nil {
		return fmt.Errorf("probing the data: %w", err)
	}
	at := 0
	for i, f := range owners {
		if at+spans[i] <= len(results) {
			f.Result = probe.Merge(results[at : at+spans[i]])
		}
		at += spans[i]
	}
	return nil
}

// settleNewKeys answers, without a query, the key checks on columns this
// plan adds without a default: every existing row holds NULL there, and
// NULLs neither collide nor point anywhere. The probe could not ask the
// database anyway (the column does not exist yet), and a failed probe would
// keep --force from adding the key of every new link or unique field.
// retargetRenamedParents points an orphan check whose parent table the
// plan renames (previously:) at the parent's current name and column
// names, and its key columns at their current names: the rows are all
// there, under the old names, until the plan runs. Without it every child
// row would count as an orphan of a missing table, or the probe would ask
// for a column that does not exist yet.
func retargetRenamedParents(fs []*risk.Finding) {
	tables := map[[2]string]*schema.Table{}
	columns := map[[3]string]string{}
	for _, f := range fs {
		switch c := f.Change.(type) {
		case diff.RenameTable:
			tables[[2]string{c.To.Schema, c.To.Name}] = c.From
		case diff.RenameColumn:
			columns[[3]string{c.Table.Schema, c.Table.Name, c.To.Name}] = c.From.Name
		}
	}
	if len(tables) == 0 && len(columns) == 0 {
		return
	}
	for _, f := range fs {
		ch := f.Check
		if ch == nil || ch.Kind != probe.Orphans {
			continue
		}
		ns := ch.RefSchema
		if ns == "" {
			ns = ch.Schema
		}
		parent := [2]string{ns, ch.RefTable}
		if old, ok := tables[parent]; ok {
			parent = [2]string{old.Schema, old.Name}
			ch.RefTable = old.Name
		}
		ch.RefColumns = liveNames(columns, parent[0], parent[1], ch.RefColumns)
		// The child's key columns may be renamed by the plan too.
		ch.Columns = liveNames(columns, ch.Schema, ch.Table, ch.Columns)
	}
}

// retypedParents tells an orphan check which of the referenced columns
// the plan gives a new type: the key is checked once the plan has run, on
// the values the parent then holds, not on those it holds now. It runs
// after retargetRenamedParents, when the check names the parent and its
// columns as they are now, as the type changes do.
func retypedParents(fs []*risk.Finding) {
	types := map[[3]string]probe.Retype{}
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType {
			types[[3]string{m.Table.Schema, m.Table.Name, m.From.Name}] = probe.Retype{From: m.From.Type, To: m.To.Type, Collation: m.To.Collation}
		}
	}
	if len(types) == 0 {
		return
	}
	// The parent columns of one key that the plan retypes, or nil.
	of := func(ch *probe.Check, refSchema, refTable string, refCols []string) map[string]probe.Retype {
		ns := refSchema
		if ns == "" {
			ns = ch.Schema
		}
		var out map[string]probe.Retype
		for _, col := range refCols {
			if r, ok := types[[3]string{ns, refTable, col}]; ok {
				if out == nil {
					out = map[string]probe.Retype{}
				}
				out[col] = r
			}
		}
		return out
	}
	for _, f := range fs {
		ch := f.Check
		if ch == nil || ch.Kind != probe.Orphans && !(ch.Kind == probe.Duplicates && len(ch.FKColumns) > 0) {
			continue
		}
		if rr := of(ch, ch.RefSchema, ch.RefTable, ch.RefColumns); rr != nil {
			ch.RefRetyped = rr
		}
		// MySQL adds back every key it lifted around the change, each
		// checked on the values its parent holds after the plan (the
		// changed column itself, when other tables reference it).
		for i := range ch.MoreFKs {
			fk := &ch.MoreFKs[i]
			fk.RefRetyped = of(ch, fk.RefSchema, fk.RefTable, fk.RefColumns)
			if m, ok := f.Change.(diff.ModifyColumn); ok && fk.Table != "" && fk.RefTable == m.Table.Name && (fk.RefSchema == "" || fk.RefSchema == m.Table.Schema) {
				// Another table's key to the changed column itself: the
				// check counts the values the new type does not hold
				// (its Conds) as failing, and compares the others, which
				// a retype that keeps what it accepts leaves as they are.
				if r, ok := fk.RefRetyped[m.From.Name]; ok && r.KeepsAccepted() && (ch.Column == m.From.Name || len(probe.FitConds(r.From, r.To)) == 0) {
					delete(fk.RefRetyped, m.From.Name)
				}
			}
		}
	}
}

// liveNames maps column names of a table as the plan leaves them to the
// names they have now.
func liveNames(renamed map[[3]string]string, ns, table string, cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c
		if old, ok := renamed[[3]string{ns, table, c}]; ok {
			out[i] = old
		}
	}
	return out
}

func settleNewKeys(fs []*risk.Finding) {
	null := map[[3]string]bool{}
	numbered := map[[3]string]bool{}
	for _, f := range fs {
		a, ok := f.Change.(diff.AddColumn)
		if !ok {
			continue
		}
		k := [3]string{a.Table.Schema, a.Table.Name, a.Column.Name}
		switch {
		case a.Column.AutoIncrement:
			numbered[k] = true
		case a.Column.Default == nil && a.Column.Generated == "":
			null[k] = true
		}
	}
	for _, f := range fs {
		if f.Check == nil || (f.Check.Kind != probe.Orphans && f.Check.Kind != probe.Duplicates) {
			continue
		}
		if f.Check.Kind == probe.Duplicates {
			for _, col := range f.Check.Columns {
				if numbered[[3]string{f.Check.Schema, f.Check.Table, col}] {
					// The engine numbers the existing rows 1..n as it adds
					// the column: a key that includes it has no duplicates.
					f.Result = probe.Result{Status: probe.Exact, Note: "column " + col + " is added by this plan and numbered by the engine: every existing row gets its own value"}
					break
				}
			}
			if f.Result.Status == probe.Exact {
				continue
			}
		}
		for _, col := range f.Check.Columns {
			if null[[3]string{f.Check.Schema, f.Check.Table, col}] {
				f.Result = probe.Result{Status: probe.Exact, Note: "column " + col + " is added by this plan: every existing row holds NULL in it"}
				break
			}
		}
	}
}

// assess hands the findings to the dialect and applies what it adds.
// notes[i] is how many notes finding i had before Settle added its own,
// for a change the dialect says the engine refuses whatever the rows.
func assess(ctx context.Context, as dialect.Assessor, actual *schema.Schema, fs []*risk.Finding, notes []int) error {
	a := make([]dialect.Assessment, len(fs))
	for i, f := range fs {
		a[i] = dialect.Assessment{Change: f.Change, Affected: -1}
		if f.Result.Status.Counted() {
			a[i].Affected = f.Result.Affected
		}
	}
	if err := as.Assess(ctx, actual, a); err != nil {
		return err
	}
	for i, f := range fs {
		f.Lock = a[i].Lock
		if a[i].Refused && a[i].Raise >= 2 {
			// The engine refuses the statement before it reads a row: a
			// count of rows would read as the reason, and it is none. The
			// finding settles again as if it had no probe.
			f.Check, f.Result = nil, probe.Result{}
			f.Notes = f.Notes[:notes[i]]
			f.Settle()
			f.Impact = "The engine refuses the change whatever the rows hold, so it fails and no row changes."
		}
		if a[i].Raise > 0 || a[i].Reason != "" {
			f.Raise(risk.Level(a[i].Raise+1), a[i].Reason)
		}
		if a[i].Advice != "" {
			f.Recommendation = a[i].Advice
		}
	}
	return nil
}
