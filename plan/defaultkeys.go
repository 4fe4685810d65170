package plan

import (
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
)

// defaultReference is an orphan check over columns the plan adds with a
// constant default, asked as a check the database can answer now.
type defaultReference struct {
	f    *risk.Finding
	orig *probe.Check
	// value is what every row's key becomes: the defaults, as written.
	value string
}

// checkDefaultReferences prepares the orphan checks of foreign keys over
// columns this plan adds with a constant default (a link field with
// default: 1). The columns do not exist yet, so the orphan probe cannot
// read them; but every existing row will hold the defaults. A dialect that
// reads probe.Check.Added gets the check with the defaults in it, and
// counts the rows whose key, the defaults and the other columns as they
// are, matches no parent row. For another dialect, a key made only of such
// columns is asked instead as the rows for which EXISTS (parent row with
// the defaults) is false: every row, or none. Where the dialect computes a
// non-constant default once for every row (dialect.OnceEvaluator), such a
// default counts the same way, and the probe reports a volatile one not
// checkable. restoreDefaultReferences
// puts the orphan check back once it is answered, so the finding still
// speaks of orphans. A key that mixes them with existing columns is not
// checkable there.
func checkDefaultReferences(fs []*risk.Finding, d dialect.Dialect) []defaultReference {
	defaults := map[[3]string]probe.AddedColumn{}
	// once marks the non-constant defaults the dialect computes once for
	// every existing row (PostgreSQL's now()): the probe vets them.
	once := map[[3]string]bool{}
	added := map[[2]string]bool{}
	for _, f := range fs {
		if a, ok := f.Change.(diff.AddTable); ok {
			added[[2]string{a.Table.Schema, a.Table.Name}] = true
		}
		a, ok := f.Change.(diff.AddColumn)
		if !ok || a.Column.Default == nil || a.Column.Generated != "" || a.Column.AutoIncrement {
			continue
		}
		k := [3]string{a.Table.Schema, a.Table.Name, a.Column.Name}
		switch {
		case risk.IsConstantDefault(*a.Column.Default):
		case dialect.EvaluatesDefaultsOnce(d):
			once[k] = true
		default:
			continue
		}
		defaults[k] = probe.AddedColumn{Default: *a.Column.Default, Type: a.Column.Type}
	}
	if len(defaults) == 0 {
		return nil
	}
	reads := false
	if r, ok := d.(dialect.AddedKeyReader); ok {
		reads = r.ReadsAddedKeys()
	}
	q := func(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }
	if iq, ok := d.(dialect.IdentQuoter); ok {
		q = iq.QuoteIdent
	}
	var out []defaultReference
	for _, f := range fs {
		ch := f.Check
		if ch == nil || ch.Kind != probe.Orphans || f.Result.Status != probe.Skipped || len(ch.Columns) == 0 || len(ch.Columns) != len(ch.RefColumns) {
			continue
		}
		var match, evaluated, vals []string
		var with map[string]probe.AddedColumn
		for i, col := range ch.Columns {
			k := [3]string{ch.Schema, ch.Table, col}
			v, ok := defaults[k]
			if !ok {
				continue
			}
			if with == nil {
				with = map[string]probe.AddedColumn{}
			}
			with[col] = v
			match = append(match, q(ch.RefColumns[i])+" = ("+v.Default+")")
			vals = append(vals, v.Default)
			if once[k] {
				evaluated = append(evaluated, v.Default)
			}
		}
		switch {
		case with == nil:
			continue
		case reads:
			// The dialect matches every key column as the parent compares
			// it, the new ones at the value their default is stored as.
			ch.Added = with
			continue
		case len(with) < len(ch.Columns):
			// The key mixes existing columns with new ones: the probe
			// would ask for a column the table lacks.
			f.Result = probe.Result{Status: probe.NotCheckable, Note: "the key mixes existing columns with ones this plan adds with a default; schemaguard cannot count its orphans on " + d.Name()}
			continue
		}
		ns := ch.RefSchema
		if ns == "" {
			ns = ch.Schema
		}
		out = append(out, defaultReference{f: f, orig: ch, value: strings.Join(vals, ", ")})
		if added[[2]string{ns, ch.RefTable}] {
			// The parent is created by this plan and starts empty.
			f.Check = &probe.Check{Kind: probe.Rows, Schema: ch.Schema, Table: ch.Table, Evaluated: evaluated, Key: ch.Key}
			continue
		}
		ref := q(ch.RefTable)
		if ns != "" {
			ref = q(ns) + "." + ref
		}
		f.Check = &probe.Check{Kind: probe.CheckFails, Schema: ch.Schema, Table: ch.Table,
			Expr: "EXISTS (SELECT 1 FROM " + ref + " WHERE " + strings.Join(match, " AND ") + ")", Evaluated: evaluated, Key: ch.Key}
	}
	return out
}

// restoreDefaultReferences puts back the orphan checks that
// checkDefaultReferences replaced, keeping their answers.
func restoreDefaultReferences(refs []defaultReference) {
	for _, r := range refs {
		// The answer read the new columns as their defaults: say which.
		r.orig.Evaluated = r.f.Check.Evaluated
		r.f.Check = r.orig
		for i := range r.f.Result.Samples {
			// The sample rows have no value yet: each will hold the defaults.
			r.f.Result.Samples[i].Value = r.value
		}
		if r.f.Result.Status.Counted() {
			note := "every existing row gets the new column's default, which " + r.orig.RefTable + " holds"
			if r.f.Result.Affected > 0 {
				note = "every existing row gets the new column's default, which " + r.orig.RefTable + " does not hold"
			}
			if r.f.Result.Note != "" {
				note += "; " + r.f.Result.Note
			}
			r.f.Result.Note = note
		}
	}
}
