package diff

import (
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// Apply returns a copy of actual with changes carried out: the schema a
// database has after running exactly these changes. Sync uses it to build the
// target of a partial plan (DANGEROUS changes left out); convergence tests
// use it to predict the result. The inputs are not modified.
func Apply(actual *schema.Schema, changes []Change) *schema.Schema {
	out := &schema.Schema{Dialect: actual.Dialect}
	for _, t := range actual.Tables {
		out.Tables = append(out.Tables, CloneTable(t))
	}
	// Changes name objects as they are before the plan: apply what refers to
	// old names first, then column renames, then additions, then table renames.
	for phase := 0; phase < 4; phase++ {
		for _, c := range changes {
			if applyPhase(c) == phase {
				applyOne(out, c)
			}
		}
	}
	// A column at its table's default collation has none of its own, as
	// MySQL's are inspected (only MySQL tables name a default).
	for _, t := range out.Tables {
		if d := t.Options["collation"]; d != "" {
			for _, col := range t.Columns {
				if strings.EqualFold(col.Collation, d) {
					col.Collation = ""
				}
			}
		}
	}
	out.Normalize()
	return out
}

// CloneTable deep-copies a table.
func CloneTable(t *schema.Table) *schema.Table {
	c := *t
	c.Columns = make([]*schema.Column, len(t.Columns))
	for i, col := range t.Columns {
		cc := *col
		c.Columns[i] = &cc
	}
	if t.PrimaryKey != nil {
		pk := cloneIndex(t.PrimaryKey)
		c.PrimaryKey = pk
	}
	c.Indexes = make([]*schema.Index, len(t.Indexes))
	for i, ix := range t.Indexes {
		c.Indexes[i] = cloneIndex(ix)
	}
	c.ForeignKeys = make([]*schema.ForeignKey, len(t.ForeignKeys))
	for i, fk := range t.ForeignKeys {
		f := *fk
		f.Columns = append([]string(nil), fk.Columns...)
		f.RefColumns = append([]string(nil), fk.RefColumns...)
		c.ForeignKeys[i] = &f
	}
	c.Checks = make([]*schema.Check, len(t.Checks))
	for i, ch := range t.Checks {
		c.Checks[i] = copied(ch)
	}
	if t.Exclusions != nil {
		c.Exclusions = make([]*schema.Exclusion, len(t.Exclusions))
		for i, x := range t.Exclusions {
			c.Exclusions[i] = copied(x)
		}
	}
	return &c
}

func cloneIndex(ix *schema.Index) *schema.Index {
	c := *ix
	c.Parts = append([]schema.IndexPart(nil), ix.Parts...)
	c.Include = append([]string(nil), ix.Include...)
	return &c
}

func applyPhase(c Change) int {
	switch c.(type) {
	case RenameColumn:
		return 1
	case AddColumn, AddIndex, AddForeignKey, AddCheck, AddExclusion, AlterPrimaryKey, AddTable:
		return 2
	case RenameTable:
		return 3
	}
	return 0
}

func applyOne(s *schema.Schema, c Change) {
	switch c := c.(type) {
	case AddTable:
		s.Tables = append(s.Tables, CloneTable(c.Table))
	case DropTable:
		s.Tables = withoutFirst(s.Tables, func(t *schema.Table) bool { return t.Schema == c.Table.Schema && t.Name == c.Table.Name })
	case RenameTable:
		if t := s.TableIn(c.From.Schema, c.From.Name); t != nil {
			t.Name = c.To.Name
			for _, o := range s.Tables {
				for _, fk := range o.ForeignKeys {
					if fk.RefTable == c.From.Name {
						fk.RefTable = c.To.Name
					}
				}
			}
		}
	default:
		t := s.TableIn(TableSchema(c), c.TableName())
		if t == nil {
			return
		}
		applyToTable(s, t, c)
	}
}

func applyToTable(s *schema.Schema, t *schema.Table, c Change) {
	switch c := c.(type) {
	case AlterTableOption:
		// A copy: the clone may share the map with the schema it came from.
		opts := map[string]string{}
		for k, v := range t.Options {
			opts[k] = v
		}
		t.Options = opts
		if c.Option == "collation" {
			// A new default collation leaves the columns at the old one.
			for _, col := range t.Columns {
				if col.Collation == "" && hasCollation(col) {
					col.Collation = c.From
				}
			}
		}
		if c.To == "" {
			delete(t.Options, c.Option)
		} else {
			t.Options[c.Option] = c.To
		}
	case AddColumn:
		col := *c.Column
		t.Columns = append(t.Columns, &col)
	case DropColumn:
		for i, col := range t.Columns {
			if col.Name == c.Column.Name {
				t.Columns = append(t.Columns[:i], t.Columns[i+1:]...)
				break
			}
		}
	case RenameColumn:
		renameColumn(s, t, c.From.Name, c.To.Name)
	case ModifyColumn:
		col := t.Column(c.From.Name)
		if col == nil {
			return
		}
		switch c.Aspect {
		case KindAlterType, KindAlterEnum:
			col.Type = c.To.Type
		case KindSetNotNull, KindDropNotNull:
			col.Nullable = c.To.Nullable
		case KindSetDefault, KindChangeDefault, KindDropDefault:
			col.Default = c.To.Default
		default:
			switch c.Detail {
			case "autoincrement":
				col.AutoIncrement = c.To.AutoIncrement
				if !col.AutoIncrement || c.To.Identity != "" {
					col.Identity = c.To.Identity
				}
			case "collation":
				col.Collation = c.To.Collation
			case "generated expression":
				col.Generated, col.GeneratedStored = c.To.Generated, c.To.GeneratedStored
			case "on update":
				col.OnUpdate = c.To.OnUpdate
			case "invisible":
				col.Invisible = c.To.Invisible
			case DetailDomainConstraints, DetailDomainBase, DetailDomainDefault:
				col.Type.Domain = c.To.Type.Domain
			}
		}
	case AddIndex:
		t.Indexes = append(t.Indexes, cloneIndex(c.Index))
	case DropIndex:
		t.Indexes = withoutFirst(t.Indexes, func(ix *schema.Index) bool {
			return ix.Signature() == c.Index.Signature() && ix.Name == c.Index.Name
		})
	case AddForeignKey:
		t.ForeignKeys = append(t.ForeignKeys, copied(c.FK))
	case DropForeignKey:
		t.ForeignKeys = withoutFirst(t.ForeignKeys, func(fk *schema.ForeignKey) bool { return fk.Signature() == c.FK.Signature() })
	case AlterForeignKey:
		for _, fk := range t.ForeignKeys {
			if fk.Signature() == c.From.Signature() {
				fk.OnDelete, fk.OnUpdate = c.To.OnDelete, c.To.OnUpdate
				fk.MatchFull, fk.Deferrable = c.To.MatchFull, c.To.Deferrable
			}
		}
	case AddCheck:
		t.Checks = append(t.Checks, copied(c.Check))
	case DropCheck:
		t.Checks = withoutFirst(t.Checks, func(ch *schema.Check) bool { return ch.Name == c.Check.Name && ch.Expr == c.Check.Expr })
	case AlterCheck:
		for _, ch := range t.Checks {
			if ch.Name == c.From.Name && ch.Expr == c.From.Expr {
				ch.Expr = c.To.Expr
			}
		}
	case AddExclusion:
		t.Exclusions = append(t.Exclusions, copied(c.Exclusion))
	case DropExclusion:
		t.Exclusions = withoutFirst(t.Exclusions, func(x *schema.Exclusion) bool { return x.Name == c.Exclusion.Name && x.Def == c.Exclusion.Def })
	case AlterExclusion:
		for _, x := range t.Exclusions {
			if x.Name == c.From.Name && x.Def == c.From.Def {
				x.Name, x.Def = c.To.Name, c.To.Def
			}
		}
	case AlterPrimaryKey:
		if c.To == nil {
			t.PrimaryKey = nil
		} else {
			t.PrimaryKey = cloneIndex(c.To)
		}
	}
}

// copied is a pointer to a shallow copy of *p: what the table gets of a
// check, exclusion or foreign key a change carries, so that applying
// never aliases the desired schema.
func copied[T any](p *T) *T {
	c := *p
	return &c
}

// withoutFirst is list without its first element that match accepts, or
// list itself when none does. Like append it reuses list's array, which
// belongs to the table Apply works on (CloneTable made it).
func withoutFirst[T any](list []*T, match func(*T) bool) []*T {
	if i := slices.IndexFunc(list, match); i >= 0 {
		return append(list[:i], list[i+1:]...)
	}
	return list
}

func renameColumn(s *schema.Schema, t *schema.Table, from, to string) {
	if col := t.Column(from); col != nil {
		col.Name = to
	}
	fix := func(ix *schema.Index) {
		if ix == nil {
			return
		}
		for i := range ix.Parts {
			if ix.Parts[i].Column == from {
				ix.Parts[i].Column = to
			}
		}
	}
	fix(t.PrimaryKey)
	for _, ix := range t.Indexes {
		fix(ix)
	}
	for _, fk := range t.ForeignKeys {
		for i := range fk.Columns {
			if fk.Columns[i] == from {
				fk.Columns[i] = to
			}
		}
	}
	for _, ch := range t.Checks {
		ch.Expr = replaceIdent(ch.Expr, from, to)
	}
	for _, x := range t.Exclusions {
		x.Def = replaceIdent(x.Def, from, to)
	}
	for _, o := range s.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.RefTable == t.Name {
				for i := range fk.RefColumns {
					if fk.RefColumns[i] == from {
						fk.RefColumns[i] = to
					}
				}
			}
		}
	}
}

// TableSchema is the schema (namespace) of the table a change is about.
func TableSchema(c Change) string {
	switch c := c.(type) {
	case AlterTableOption:
		return c.Table.Schema
	case AddTable:
		return c.Table.Schema
	case DropTable:
		return c.Table.Schema
	case RenameTable:
		return c.From.Schema
	case AddColumn:
		return c.Table.Schema
	case DropColumn:
		return c.Table.Schema
	case RenameColumn:
		return c.Table.Schema
	case ModifyColumn:
		return c.Table.Schema
	case AddIndex:
		return c.Table.Schema
	case DropIndex:
		return c.Table.Schema
	case AddForeignKey:
		return c.Table.Schema
	case DropForeignKey:
		return c.Table.Schema
	case AlterForeignKey:
		return c.Table.Schema
	case AddCheck:
		return c.Table.Schema
	case DropCheck:
		return c.Table.Schema
	case AlterCheck:
		return c.Table.Schema
	case AddExclusion:
		return c.Table.Schema
	case DropExclusion:
		return c.Table.Schema
	case AlterExclusion:
		return c.Table.Schema
	case AlterPrimaryKey:
		return c.Table.Schema
	}
	return ""
}
