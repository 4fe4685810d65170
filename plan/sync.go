package plan

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// SyncOptions tune Sync.
type SyncOptions struct {
	Options
	// Force also applies WARNING changes (never with NoData).
	Force bool
	// DryRun renders the statements without running them.
	DryRun bool
}

// ErrForceNoData is returned when --force is combined with --no-data: a
// forced change must have been checked against the data.
var ErrForceNoData = errors.New("--force needs the data checks: drop --no-data")

// SyncResult says what Sync did.
type SyncResult struct {
	// Script is what ran (or would run, on a dry run).
	Script *dialect.Script
	// Applied is true when the script ran to completion.
	Applied bool
}

// Sync takes the dialect's lock, re-reads the live schema inside it, builds
// the plan, and applies the SAFE changes (and the WARNING ones with Force).
// DANGEROUS changes are never applied; neither are drops of tables or
// columns, nor forced changes whose data could not be checked exactly. Each
// finding's Applied says what happened to it. On a failed apply the error is
// a *dialect.ApplyError and the plan is still returned.
func Sync(ctx context.Context, conn dialect.Conn, desired *schema.Schema, opts SyncOptions) (*Plan, *SyncResult, error) {
	if opts.Force && opts.NoData {
		return nil, nil, ErrForceNoData
	}
	unlock, err := conn.Lock(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("taking the migration lock: %w", err)
	}
	defer func() { _ = unlock() }()

	p, err := Build(ctx, conn, desired, opts.Options)
	if err != nil {
		return nil, nil, err
	}
	var chosen []diff.Change
	var owners []*risk.Finding
	deps := keptDependencies(p.Findings, opts.Force, conn.Dialect())
	for _, f := range p.Findings {
		ok, why := allowed(f, opts.Force)
		if ok && deps[f] != "" {
			ok, why = false, deps[f]
		}
		applied := false
		f.Applied = &applied
		if !ok {
			if why != "" {
				f.Notes = append(f.Notes, "not applied: "+why)
			}
			continue
		}
		chosen = append(chosen, f.Change)
		owners = append(owners, f)
	}
	res := &SyncResult{Script: &dialect.Script{}}
	if len(chosen) == 0 {
		return p, res, nil
	}
	target := diff.Apply(p.Actual, chosen)
	script, err := conn.Render(p.Actual, target, chosen)
	if err != nil {
		return p, nil, fmt.Errorf("rendering DDL: %w", err)
	}
	res.Script = script
	if opts.DryRun {
		return p, res, nil
	}
	if err := conn.Apply(ctx, script); err != nil {
		var ae *dialect.ApplyError
		if errors.As(err, &ae) && !ae.RolledBack {
			markApplied(owners, script, ae)
		}
		return p, res, err
	}
	res.Applied = true
	for _, f := range owners {
		t := true
		f.Applied = &t
	}
	return p, res, nil
}

// keptDependencies says which changes cannot run because a change they
// build on is kept back:
//   - an index, key or check (an exclusion constraint too) over a column
//     whose addition or type change is kept back, or over a generated
//     column computed from one, and the drop of an index it replaces;
//   - a foreign key to a parent column whose addition or type change is
//     kept back;
//   - a generated column added over a column whose addition is kept back;
//   - a new default or collation of a column whose type change is kept
//     back;
//   - SQLite's AUTOINCREMENT and STRICT with the key or type changes they
//     go with;
//   - foreign keys, collation and statement partners, SET NULL keys and
//     PostgreSQL domain constraints kept back with their partner (the
//     kept* functions below).
func keptDependencies(fs []*risk.Finding, force bool, d dialect.Dialect) map[*risk.Finding]string {
	type col = [3]string
	const retypeKept = "whose type change is kept back"
	type reason struct {
		retyped bool   // the column's type change is kept back, else its addition
		text    string // "whose addition is kept back", ...
	}
	ic := dialect.IdentCase(d)
	why := map[col]reason{}
	var order []col // the keys of why, in the order they were found
	mark := func(k col, r reason) {
		if _, ok := why[k]; !ok {
			order = append(order, k)
		}
		why[k] = r
	}
	for _, f := range fs {
		if yes, _ := allowed(f, force); yes {
			continue
		}
		switch c := f.Change.(type) {
		case diff.AddColumn:
			mark(col{c.Table.Schema, c.Table.Name, c.Column.Name}, reason{false, "whose addition is kept back"})
		case diff.ModifyColumn:
			if c.Aspect == diff.KindAlterType {
				r := reason{true, retypeKept}
				mark(col{c.Table.Schema, c.Table.Name, c.From.Name}, r)
				// Desired checks and keys name a renamed column by its new name.
				mark(col{c.Table.Schema, c.Table.Name, c.To.Name}, r)
			}
		}
	}
	// source returns the first kept-back column of table t that expr
	// names, if any.
	source := func(t *schema.Table, self, expr string) (col, bool) {
		for _, k := range order {
			if k[0] == t.Schema && k[1] == t.Name && k[2] != self && diff.Mentions(expr, k[2], ic) {
				return k, true
			}
		}
		return col{}, false
	}
	out := map[*risk.Finding]string{}
	// A generated column computed from a kept-back column: added over a
	// column whose addition is kept back, it would name a column that
	// does not exist, and it waits too; over a column whose type change
	// is kept back it keeps (or gets) the values of the old type, while a
	// key or check over it was counted on the new ones. Chains of
	// generated columns are followed to the end.
	for grew := true; grew; {
		grew = false
		for _, f := range fs {
			var t *schema.Table
			var gens []*schema.Column
			switch c := f.Change.(type) {
			case diff.AddColumn:
				t, gens = c.Table, []*schema.Column{c.Column}
			case diff.ModifyColumn:
				t, gens = c.Table, c.Table.Columns
			default:
				continue
			}
			for _, g := range gens {
				k := col{t.Schema, t.Name, g.Name}
				if g.Generated == "" {
					continue
				}
				if _, ok := why[k]; ok {
					continue
				}
				src, ok := source(t, g.Name, g.Generated)
				if !ok {
					continue
				}
				_, added := f.Change.(diff.AddColumn)
				switch r := why[src]; {
				case r.retyped:
					mark(k, reason{true, "computed from " + src[2] + ", " + r.text})
					grew = true
				case added:
					mark(k, r)
					out[f] = "it is computed from column " + src[2] + ", " + r.text
					grew = true
				}
			}
		}
	}
	keptIndexes := map[col]bool{}
	for _, f := range fs {
		// An index kept back for any reason keeps back the drop of the
		// index it replaces: dropping alone would leave neither.
		if a, ok := f.Change.(diff.AddIndex); ok {
			if yes, _ := allowed(f, force); !yes {
				keptIndexes[col{a.Table.Schema, a.Table.Name, a.Index.Name}] = true
			}
		}
	}
	// A check over a column whose addition is kept back names a column
	// that does not exist (MariaDB error 1054, SQLSTATE 42703). One over a
	// column whose type change is kept back was counted under the new type
	// and written for it: on the old type it may mean something else
	// (MariaDB compares a BIGINT c <> '' as c <> 0) or fail, and the next
	// plan reports it again.
	for _, f := range fs {
		var t *schema.Table
		var expr string
		switch a := f.Change.(type) {
		case diff.AddCheck:
			if a.Check == nil {
				continue
			}
			t, expr = a.Table, a.Check.Expr
		case diff.AlterCheck:
			if a.To == nil {
				continue
			}
			t, expr = a.Table, a.To.Expr
		case diff.AddExclusion:
			// An exclusion constraint reads its columns as a check does.
			if a.Exclusion == nil {
				continue
			}
			t, expr = a.Table, a.Exclusion.Def
		case diff.AlterExclusion:
			if a.To == nil {
				continue
			}
			t, expr = a.Table, a.To.Def
		default:
			continue
		}
		if k, ok := source(t, "", expr); ok {
			out[f] = "it needs column " + k[2] + ", " + why[k].text
		}
	}
	for _, f := range fs {
		switch f.Change.(type) {
		case diff.AddIndex, diff.AddForeignKey, diff.AlterPrimaryKey:
		default:
			continue
		}
		for _, c := range diff.Columns(f.Change) {
			if r, ok := why[col{diff.TableSchema(f.Change), f.Change.TableName(), c}]; ok {
				out[f] = "it needs column " + c + ", " + r.text
				if a, ok := f.Change.(diff.AddIndex); ok {
					keptIndexes[col{a.Table.Schema, a.Table.Name, a.Index.Name}] = true
				}
				break
			}
		}
		// A new foreign key was counted (and is rendered) against the
		// parent's columns as the plan leaves them: added while the
		// parent's type change waits, PostgreSQL refuses it when it cannot
		// compare the two types (42804: integer and text), and any engine
		// would check it against values the count did not read.
		if a, ok := f.Change.(diff.AddForeignKey); ok && out[f] == "" {
			ns := a.FK.RefSchema
			if ns == "" {
				ns = a.Table.Schema
			}
			for _, c := range a.FK.RefColumns {
				if r, ok := why[col{ns, a.FK.RefTable, c}]; ok {
					out[f] = "it references column " + a.FK.RefTable + "." + c + ", " + r.text
					break
				}
			}
		}
	}
	// A new default is written for the column's new type: set on the old
	// type it may not be valid (DEFAULT 'n/a' on an INTEGER fails) or be
	// converted into another value (MySQL stores -7.9 on a BIGINT as -8),
	// which the next plan reports again. A new collation goes with the new
	// type too: applied alone it is refused on a type without one (COLLATE
	// on a timestamp fails in PostgreSQL) or reported again. Both wait for
	// the type change.
	for _, f := range fs {
		m, ok := f.Change.(diff.ModifyColumn)
		if !ok || why[col{m.Table.Schema, m.Table.Name, m.From.Name}].text != retypeKept {
			continue
		}
		switch {
		case m.Aspect == diff.KindSetDefault || m.Aspect == diff.KindChangeDefault:
			out[f] = "its default is written for the new type of " + m.From.Name + ", whose type change is kept back"
		case m.Aspect == diff.KindOther && m.Detail == "collation":
			out[f] = "its collation goes with the new type of " + m.From.Name + ", whose type change is kept back"
		}
	}
	for _, f := range fs {
		if d, ok := f.Change.(diff.DropIndex); ok && keptIndexes[col{d.Table.Schema, d.Table.Name, d.Index.Name}] {
			out[f] = "the index that replaces it is kept back"
		}
	}
	// An auto-increment change that comes with a primary key change kept
	// back (SQLite's rowid follows the key) cannot happen without it.
	keptKeys := map[[2]string]bool{}
	for _, f := range fs {
		if pk, ok := f.Change.(diff.AlterPrimaryKey); ok {
			if yes, _ := allowed(f, force); !yes {
				keptKeys[[2]string{pk.Table.Schema, pk.Table.Name}] = true
			}
		}
	}
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Detail == "autoincrement" && keptKeys[[2]string{m.Table.Schema, m.Table.Name}] {
			out[f] = "it comes with the primary key change, which is kept back"
		}
	}
	// SQLite's AUTOINCREMENT keyword belongs to the rowid key: when the
	// key, or its column's numbering, changes and that change is kept
	// back, the keyword alone would be rendered on the old key, where it
	// does not belong (an INT key that is no rowid) or it was not asked.
	for _, f := range fs {
		if m, ok := f.Change.(diff.ModifyColumn); ok && m.Detail == "autoincrement" {
			if yes, _ := allowed(f, force); !yes || out[f] != "" {
				keptKeys[[2]string{m.Table.Schema, m.Table.Name}] = true
			}
		}
	}
	for _, f := range fs {
		if o, ok := f.Change.(diff.AlterTableOption); ok && o.Option == "autoincrement" && keptKeys[[2]string{o.Table.Schema, o.Table.Name}] {
			out[f] = "it comes with the change of the table's key or its numbering, which is kept back"
		}
	}
	keptForeignKeys(fs, force, out)
	keptCollationPartners(fs, force, out)
	keptStatementPartners(fs, force, out)
	keptSetNullKeys(fs, force, out)
	// SQLite's STRICT was checked against the columns' new types, and
	// refuses most old ones (VARCHAR(10) is no STRICT type): it goes only
	// with every type change of its table.
	retyped := map[[2]string]string{}
	for _, k := range order {
		t := [2]string{k[0], k[1]}
		if why[k].text == retypeKept && retyped[t] == "" {
			retyped[t] = k[2]
		}
	}
	for _, f := range fs {
		if o, ok := f.Change.(diff.AlterTableOption); ok && o.Option == "strict" && o.To == "true" {
			if c := retyped[[2]string{o.Table.Schema, o.Table.Name}]; c != "" {
				out[f] = "the type change of column " + c + " is kept back, and STRICT was checked against the new type"
			}
		}
	}
	keptDomainPartners(fs, force, out)
	return out
}

// keptDomainPartners keeps back every change of a PostgreSQL domain's
// constraints while one of them is kept back: they all render the same
// ALTER DOMAIN, which validates every column of the domain, so applying
// one applies them all.
func keptDomainPartners(fs []*risk.Finding, force bool, out map[*risk.Finding]string) {
	kept := map[string]string{}
	for _, f := range fs {
		m, ok := f.Change.(diff.ModifyColumn)
		if !ok || m.Detail != diff.DetailDomainConstraints {
			continue
		}
		if yes, _ := allowed(f, force); !yes || out[f] != "" {
			kept[m.From.Type.Raw] = m.Table.Name + "." + m.From.Name
		}
	}
	for _, f := range fs {
		m, ok := f.Change.(diff.ModifyColumn)
		if !ok || m.Detail != diff.DetailDomainConstraints || out[f] != "" {
			continue
		}
		if c := kept[m.From.Type.Raw]; c != "" && c != m.Table.Name+"."+m.From.Name {
			if yes, _ := allowed(f, force); yes {
				out[f] = "the change of domain " + m.From.Type.Raw + " for column " + c + " is kept back, and ALTER DOMAIN changes every column of the domain at once"
			}
		}
	}
}

// keptForeignKeys adds to out the foreign keys that reference a unique key
// or primary key the plan adds but keeps back, or a table it creates but
// keeps back: without it the database refuses the key ("no unique
// constraint matching given keys"). A new table holding such a key is
// kept back whole, and so, in turn, are the keys that reference it.
// keptCollationPartners keeps back a collation change of a column paired
// with another by a foreign key while the other's is kept back: MySQL
// wants both sides of a key in one character set and collation, and
// refuses to rebuild the key over a mismatch.
func keptCollationPartners(fs []*risk.Finding, force bool, out map[*risk.Finding]string) {
	type col = [3]string
	changes := map[col]*risk.Finding{}
	var pairs [][2]col
	for _, f := range fs {
		c, ok := f.Change.(diff.ModifyColumn)
		if !ok || c.Detail != "collation" {
			continue
		}
		changes[col{c.Table.Schema, c.Table.Name, c.From.Name}] = f
		for _, fk := range c.Table.ForeignKeys {
			ns := fk.RefSchema
			if ns == "" {
				ns = c.Table.Schema
			}
			for i, child := range fk.Columns {
				if i < len(fk.RefColumns) {
					pairs = append(pairs, [2]col{{c.Table.Schema, c.Table.Name, child}, {ns, fk.RefTable, fk.RefColumns[i]}})
				}
			}
		}
	}
	kept := func(f *risk.Finding) bool {
		yes, _ := allowed(f, force)
		return !yes || out[f] != ""
	}
	for changed := true; changed; {
		changed = false
		for _, p := range pairs {
			for i := range 2 {
				a, b := changes[p[i]], changes[p[1-i]]
				if a != nil && b != nil && kept(a) && !kept(b) {
					out[b] = "the collation change of " + p[i][1] + "." + p[i][2] + ", which a foreign key pairs it with, is kept back"
					changed = true
				}
			}
		}
	}
}

// keptStatementPartners keeps back a column change that shares a tie
// (risk.Finding.Ties) with another column change kept back. MySQL retypes
// a column a foreign key uses by dropping the key and adding it back around the
// changes of both its sides, and renders those statements once for the
// pair: run alone, the parent's new BIGINT meets the child's INT, the key
// cannot be added back (error 1005), and the table is left without it.
func keptStatementPartners(fs []*risk.Finding, force bool, out map[*risk.Finding]string) {
	by := map[string][]*risk.Finding{}
	var ties []string // the keys of by, in the order the findings name them
	for _, f := range fs {
		c, ok := f.Change.(diff.ModifyColumn)
		if !ok || c.Aspect != diff.KindAlterType && c.Detail != "collation" {
			continue
		}
		for _, tie := range f.Ties {
			if by[tie] == nil {
				ties = append(ties, tie)
			}
			by[tie] = append(by[tie], f)
		}
	}
	kept := func(f *risk.Finding) bool {
		yes, _ := allowed(f, force)
		return !yes || out[f] != ""
	}
	for changed := true; changed; {
		changed = false
		for _, tie := range ties {
			group := by[tie]
			for _, a := range group {
				if !kept(a) {
					continue
				}
				for _, b := range group {
					if b != a && !kept(b) {
						m := a.Change.(diff.ModifyColumn)
						out[b] = "the change of " + m.Table.Name + "." + m.From.Name + ", whose foreign key is dropped and added back with it, is kept back"
						changed = true
					}
				}
			}
		}
	}
}

// keptSetNullKeys keeps back a new NOT NULL on a column that a foreign key
// with ON DELETE or ON UPDATE SET NULL uses while the change of that key
// (to another action, or its drop) is kept back: MySQL refuses the NOT
// NULL before it (error 1830), and the whole sync fails.
func keptSetNullKeys(fs []*risk.Finding, force bool, out map[*risk.Finding]string) {
	kept := map[[3]string]bool{}
	for _, f := range fs {
		if yes, _ := allowed(f, force); yes && out[f] == "" {
			continue
		}
		switch c := f.Change.(type) {
		case diff.AlterForeignKey:
			kept[[3]string{c.Table.Schema, c.Table.Name, c.From.Name}] = true
		case diff.DropForeignKey:
			kept[[3]string{c.Table.Schema, c.Table.Name, c.FK.Name}] = true
		}
	}
	for _, f := range fs {
		c, ok := f.Change.(diff.ModifyColumn)
		if !ok || c.Aspect != diff.KindSetNotNull || out[f] != "" {
			continue
		}
		for _, fk := range c.Table.ForeignKeys {
			setNull := fk.OnDelete == "SET NULL" || fk.OnUpdate == "SET NULL"
			if setNull && slices.Contains(fk.Columns, c.From.Name) && kept[[3]string{c.Table.Schema, c.Table.Name, fk.Name}] {
				out[f] = "the change of foreign key " + fk.Name + ", whose SET NULL forbids NOT NULL, is kept back"
				break
			}
		}
	}
}

func keptForeignKeys(fs []*risk.Finding, force bool, out map[*risk.Finding]string) {
	kept := func(f *risk.Finding) bool {
		yes, _ := allowed(f, force)
		return !yes || out[f] != ""
	}
	keys := map[string]bool{}
	for _, f := range fs {
		switch c := f.Change.(type) {
		case diff.AddIndex:
			if c.Index.Unique && kept(f) {
				keys[refKey(c.Table.Schema, c.Table.Name, c.Index.Columns())] = true
			}
		case diff.AlterPrimaryKey:
			if c.To != nil && kept(f) {
				keys[refKey(c.Table.Schema, c.Table.Name, c.To.Columns())] = true
			}
		}
	}
	tables := map[[2]string]bool{}
	needs := func(t *schema.Table, fk *schema.ForeignKey) string {
		ns := fk.RefSchema
		if ns == "" {
			ns = t.Schema
		}
		switch {
		case tables[[2]string{ns, fk.RefTable}]:
			return "the table " + fk.RefTable + " it references is kept back"
		case keys[refKey(ns, fk.RefTable, fk.RefColumns)]:
			return "the unique key of " + fk.RefTable + " it references is kept back"
		}
		return ""
	}
	for changed := true; changed; {
		changed = false
		for _, f := range fs {
			if out[f] != "" {
				continue
			}
			var why string
			switch c := f.Change.(type) {
			case diff.AddForeignKey:
				why = needs(c.Table, c.FK)
			case diff.AddTable:
				for _, fk := range c.Table.ForeignKeys {
					if why = needs(c.Table, fk); why != "" {
						break
					}
				}
			}
			if why != "" {
				out[f], changed = why, true
			}
		}
		for _, f := range fs {
			if c, ok := f.Change.(diff.AddTable); ok && kept(f) && !tables[[2]string{c.Table.Schema, c.Table.Name}] {
				tables[[2]string{c.Table.Schema, c.Table.Name}], changed = true, true
			}
		}
	}
}

func refKey(ns, table string, cols []string) string {
	return ns + "\x00" + table + "\x00" + strings.Join(cols, ",")
}

// markApplied marks the changes all of whose statements ran before a
// non-transactional failure.
func markApplied(owners []*risk.Finding, s *dialect.Script, ae *dialect.ApplyError) {
	ran := map[string]bool{}
	for _, st := range ae.Applied {
		ran[st.SQL] = true
	}
	for i, f := range owners {
		if i >= len(s.ByChange) || len(s.ByChange[i]) == 0 {
			continue
		}
		all := true
		for _, sql := range s.ByChange[i] {
			if !ran[sql] {
				all = false
			}
		}
		t := all
		f.Applied = &t
	}
}

// allowed says whether sync may carry out a finding, and why not.
func allowed(f *risk.Finding, force bool) (bool, string) {
	switch f.Change.(type) {
	case diff.DropTable, diff.DropColumn:
		return false, "sync never drops tables or columns; see " + f.DocsURL
	}
	switch f.Risk {
	case risk.Safe:
		if r, _ := risk.RuleFor(f.Code); r.Evidence == "raise" && f.Check != nil && !f.Result.Status.Counted() {
			// Rows could make it DANGEROUS (a key it adds back over rows
			// that point nowhere): unchecked, it is not known to be SAFE.
			return false, "its data could not be checked (" + f.Result.Status.String() + "), and rows could make it fail; " + uncheckedHint(f.Result.Status)
		}
		return true, ""
	case risk.Warning:
		if !force {
			return false, "WARNING changes need --force"
		}
		if f.Check != nil && !f.Result.Status.Counted() {
			return false, "its data could not be checked (" + f.Result.Status.String() + "), so --force does not apply it; " + uncheckedHint(f.Result.Status)
		}
		// A sample that found nothing proves nothing: the rows it missed
		// would be lost or would fail the statement.
		if f.Check != nil && f.Result.Status == probe.Estimate {
			return false, "its count is an estimate from --sample, so --force does not apply it; run sync without --sample to count exactly"
		}
		return true, ""
	}
	return false, "DANGEROUS changes are never applied automatically; see " + f.DocsURL
}

// uncheckedHint says what to do about a change whose data was not checked.
func uncheckedHint(s probe.Status) string {
	switch s {
	case probe.Skipped:
		return "run sync without --no-data"
	case probe.TimedOut:
		return "run sync again with a longer --probe-timeout"
	}
	return "check the rows by hand (the finding says why it could not be counted), then apply its SQL yourself"
}
