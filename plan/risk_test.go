package plan_test

// The risk package's rules are tested here, in the stage that runs them:
// Classify picks the rule and probe of every change kind, Settle moves the
// level with the probe's evidence, TypeChange grades type changes.

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

func str(s string) *string { return &s }

func ty(k schema.Kind, raw string) schema.Type { return schema.Type{Kind: k, Raw: raw} }

func vc(n int) schema.Type {
	return schema.Type{Kind: schema.KindString, Raw: "VARCHAR(" + itoa(n) + ")", Length: n}
}

func dec(p, s int) schema.Type {
	return schema.Type{Kind: schema.KindDecimal, Raw: "DECIMAL(" + itoa(p) + "," + itoa(s) + ")", Precision: p, Scale: s}
}

func enum(values ...string) schema.Type {
	return schema.Type{Kind: schema.KindEnum, Raw: "mood", EnumName: "mood", Values: values}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

var (
	tInt    = ty(schema.KindInt, "INTEGER")
	tBig    = ty(schema.KindBigInt, "BIGINT")
	tSmall  = ty(schema.KindSmallInt, "SMALLINT")
	tText   = ty(schema.KindText, "TEXT")
	tFloat  = ty(schema.KindFloat, "REAL")
	tDouble = ty(schema.KindDouble, "DOUBLE")
	tBool   = ty(schema.KindBool, "BOOLEAN")
	tDate   = ty(schema.KindDate, "DATE")
	tDT     = ty(schema.KindDateTime, "DATETIME")
	tBytes  = ty(schema.KindBytes, "BLOB")
	tJSON   = ty(schema.KindJSON, "JSON")
	tOther  = ty(schema.KindOther, "GEOMETRY")
)

// fixture is the actual schema the classified changes belong to.
func fixture() (*schema.Schema, *schema.Table) {
	t := &schema.Table{
		Name: "person",
		Columns: []*schema.Column{
			{Name: "id", Type: tInt}, {Name: "name", Type: vc(50), Nullable: true},
		},
		PrimaryKey: &schema.Index{Name: "PRIMARY", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}},
	}
	return &schema.Schema{Tables: []*schema.Table{t}}, t
}

func modify(t *schema.Table, aspect diff.Kind, from, to *schema.Column, detail string) diff.ModifyColumn {
	return diff.ModifyColumn{Table: t, From: from, To: to, Aspect: aspect, Detail: detail}
}

func TestClassify(t *testing.T) {
	t.Parallel()
	actual, tbl := fixture()
	name := tbl.Column("name")
	with := func(f func(c *schema.Column)) *schema.Column {
		c := *name
		f(&c)
		return &c
	}
	typed := func(from, to schema.Type) diff.ModifyColumn {
		return modify(tbl, diff.KindAlterType, with(func(c *schema.Column) { c.Type = from }), with(func(c *schema.Column) { c.Type = to }), "")
	}
	ix := &schema.Index{Name: "person_name_idx", Parts: []schema.IndexPart{{Column: "name"}}}
	uq := &schema.Index{Name: "person_name_key", Unique: true, Parts: []schema.IndexPart{{Column: "name"}}}
	fk := &schema.ForeignKey{Columns: []string{"name"}, RefTable: "other", RefColumns: []string{"code"}}
	fkCascade := *fk
	fkCascade.OnDelete = "CASCADE"
	check := &schema.Check{Name: "c", Expr: "length(name) > 1"}
	excl := &schema.Exclusion{Name: "person_excl", Def: "EXCLUDE USING gist (room WITH =, during WITH &&)"}
	check2 := &schema.Check{Name: "c", Expr: "length(name) > 2"}
	newTable := &schema.Table{Name: "pet"}
	domain := func(notNull bool, checks ...string) *schema.Column {
		return with(func(c *schema.Column) {
			c.Type = schema.Type{Kind: schema.KindOther, Raw: "qty", Domain: &schema.Domain{Base: "integer", NotNull: notNull, Checks: checks}}
		})
	}

	tests := []struct {
		name   string
		change diff.Change
		code   string
		level  risk.Level
		probe  probe.Kind // 0: the finding depends on no data
		note   string     // a substring of a note, when one is expected
	}{
		{name: "add table", change: diff.AddTable{Table: newTable}, code: "add-table", level: risk.Safe},
		{name: "drop table", change: diff.DropTable{Table: tbl}, code: "drop-table", level: risk.Dangerous, probe: probe.Rows},
		{name: "rename table", change: diff.RenameTable{From: tbl, To: newTable}, code: "rename-table-declared", level: risk.Warning},
		{name: "rename column", change: diff.RenameColumn{Table: tbl, From: name, To: with(func(c *schema.Column) { c.Name = "full" })}, code: "rename-column-declared", level: risk.Warning},
		{name: "drop column", change: diff.DropColumn{Table: tbl, Column: name}, code: "drop-column", level: risk.Dangerous, probe: probe.NonNull},
		{name: "drop column with hint", change: diff.DropColumn{Table: tbl, Column: name, RenameHint: "full"}, code: "drop-column", level: risk.Dangerous, probe: probe.NonNull, note: "previously: name"},
		{name: "drop column with hint from a SQL file", change: diff.DropColumn{Table: tbl, Column: name, RenameHint: "full", RenameHintSource: "schema.sql:4"}, code: "drop-column", level: risk.Dangerous, probe: probe.NonNull, note: "(schema.sql:4) with the comment `-- previously: name`"},
		{name: "add nullable column", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tInt, Nullable: true}}, code: "add-nullable-column", level: risk.Safe},
		{name: "add column with constant default", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tInt, Default: str("0")}}, code: "add-column-with-default", level: risk.Safe},
		{name: "add column with expression default", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tDT, Default: str("CURRENT_TIMESTAMP")}}, code: "add-column-expression-default", level: risk.Warning},
		{name: "add required column", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tInt}}, code: "add-required-column", level: risk.Warning, probe: probe.Rows},
		{name: "add generated column", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tInt, Generated: "id * 2"}}, code: "add-generated-column", level: risk.Warning, probe: probe.CheckFails},
		{name: "add autoincrement column", change: diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "x", Type: tInt, AutoIncrement: true}}, code: "add-generated-column", level: risk.Warning},
		{name: "add index", change: diff.AddIndex{Table: tbl, Index: ix}, code: "add-index", level: risk.Safe},
		{name: "drop index", change: diff.DropIndex{Table: tbl, Index: ix}, code: "drop-index", level: risk.Safe},
		{name: "add unique", change: diff.AddIndex{Table: tbl, Index: uq}, code: "add-unique", level: risk.Warning, probe: probe.Duplicates},
		{name: "drop unique", change: diff.DropIndex{Table: tbl, Index: uq}, code: "drop-unique", level: risk.Warning},
		{name: "add foreign key", change: diff.AddForeignKey{Table: tbl, FK: fk}, code: "add-foreign-key", level: risk.Warning, probe: probe.Orphans},
		{name: "drop foreign key", change: diff.DropForeignKey{Table: tbl, FK: fk}, code: "drop-foreign-key", level: risk.Safe},
		{name: "alter foreign key", change: diff.AlterForeignKey{Table: tbl, From: fk, To: &fkCascade}, code: "alter-foreign-key", level: risk.Warning},
		{name: "add check", change: diff.AddCheck{Table: tbl, Check: check}, code: "add-check", level: risk.Warning, probe: probe.CheckFails},
		{name: "alter check", change: diff.AlterCheck{Table: tbl, From: check, To: check2}, code: "alter-check", level: risk.Warning, probe: probe.CheckFails},
		{name: "table becomes STRICT", change: diff.AlterTableOption{Table: tbl, Want: tbl, Option: "strict", To: "true"}, code: "change-table-option", level: risk.Warning},
		{name: "table becomes partitioned", change: diff.AlterTableOption{Table: tbl, Want: tbl, Option: diff.OptionPartitionBy, To: "RANGE (id)"}, code: "change-partitioning", level: risk.Dangerous, note: "cannot change how an existing table is partitioned"},
		{name: "table default collation", change: diff.AlterTableOption{Table: tbl, Want: tbl, Option: "collation", From: "latin1_swedish_ci", To: "utf8mb4_general_ci"}, code: "change-table-collation", level: risk.Safe},
		{name: "drop check", change: diff.DropCheck{Table: tbl, Check: check}, code: "drop-check", level: risk.Safe},
		{name: "add exclusion", change: diff.AddExclusion{Table: tbl, Exclusion: excl}, code: "add-exclusion", level: risk.Warning, probe: probe.Conflicts},
		{name: "change exclusion", change: diff.AlterExclusion{Table: tbl, From: excl, To: &schema.Exclusion{Name: "person_excl", Def: "EXCLUDE USING gist (during WITH &&)"}}, code: "alter-exclusion", level: risk.Warning, probe: probe.Conflicts},
		{name: "drop exclusion says integrity is lost", change: diff.DropExclusion{Table: tbl, Exclusion: excl}, code: "drop-exclusion", level: risk.Safe, note: "no longer enforced"},
		{name: "alter primary key", change: diff.AlterPrimaryKey{Table: tbl, From: tbl.PrimaryKey, To: uq}, code: "alter-primary-key", level: risk.Warning, probe: probe.Duplicates},
		{name: "drop primary key", change: diff.AlterPrimaryKey{Table: tbl, From: tbl.PrimaryKey}, code: "alter-primary-key", level: risk.Warning, note: "loses its primary key"},
		{name: "set not null", change: modify(tbl, diff.KindSetNotNull, name, with(func(c *schema.Column) { c.Nullable = false }), ""), code: "set-not-null", level: risk.Warning, probe: probe.Nulls},
		{name: "drop not null", change: modify(tbl, diff.KindDropNotNull, name, name, ""), code: "drop-not-null", level: risk.Safe},
		{name: "set default", change: modify(tbl, diff.KindSetDefault, name, name, ""), code: "set-default", level: risk.Safe},
		{name: "change default", change: modify(tbl, diff.KindChangeDefault, name, name, ""), code: "change-default", level: risk.Safe},
		{name: "drop default", change: modify(tbl, diff.KindDropDefault, name, name, ""), code: "drop-default", level: risk.Safe},
		{name: "append enum value", change: modify(tbl, diff.KindAlterEnum, with(func(c *schema.Column) { c.Type = enum("a", "b") }), with(func(c *schema.Column) { c.Type = enum("a", "b", "c") }), ""), code: "add-enum-value", level: risk.Safe},
		{name: "remove enum value", change: modify(tbl, diff.KindAlterEnum, with(func(c *schema.Column) { c.Type = enum("a", "b") }), with(func(c *schema.Column) { c.Type = enum("a") }), ""), code: "remove-enum-value", level: risk.Warning, probe: probe.NotInValues},
		{name: "reorder enum values", change: modify(tbl, diff.KindAlterEnum, with(func(c *schema.Column) { c.Type = enum("a", "b") }), with(func(c *schema.Column) { c.Type = enum("b", "a") }), ""), code: "remove-enum-value", level: risk.Warning, probe: probe.NotInValues},
		{name: "autoincrement", change: modify(tbl, diff.KindOther, name, name, "autoincrement"), code: "change-autoincrement", level: risk.Warning},
		{name: "collation", change: modify(tbl, diff.KindOther, name, name, "collation"), code: "change-collation", level: risk.Warning},
		{name: "generated expression", change: modify(tbl, diff.KindOther, name, name, "generated expression"), code: "change-generated", level: risk.Warning},
		{name: "domain gains a check", change: modify(tbl, diff.KindOther, domain(false, "(VALUE >= 0)"), domain(false, "(VALUE >= 0)", "(VALUE <= 100)"), diff.DetailDomainConstraints), code: "add-domain-constraint", level: risk.Warning, probe: probe.CheckFails},
		{name: "domain gains NOT NULL", change: modify(tbl, diff.KindOther, domain(false), domain(true), diff.DetailDomainConstraints), code: "add-domain-constraint", level: risk.Warning, probe: probe.CheckFails},
		{name: "domain check replaced", change: modify(tbl, diff.KindOther, domain(true, "(VALUE >= 0)"), domain(false, "(VALUE > 0)"), diff.DetailDomainConstraints), code: "add-domain-constraint", level: risk.Warning, probe: probe.CheckFails},
		{name: "type becomes a domain over it", change: typed(tInt, schema.Type{Kind: schema.KindOther, Raw: "qty", Domain: &schema.Domain{Base: "INTEGER", Checks: []string{"(VALUE >= 0)"}}}), code: "convert-type", level: risk.Warning, probe: probe.CheckFails},
		{name: "domain loses constraints", change: modify(tbl, diff.KindOther, domain(true, "(VALUE >= 0)"), domain(false), diff.DetailDomainConstraints), code: "drop-domain-constraint", level: risk.Safe},
		{name: "domain base type", change: modify(tbl, diff.KindOther, domain(false), with(func(c *schema.Column) {
			c.Type = schema.Type{Kind: schema.KindOther, Raw: "qty", Domain: &schema.Domain{Base: "bigint"}}
		}), diff.DetailDomainBase), code: "change-other", level: risk.Warning, note: "base type of domain qty"},
		{name: "on update", change: modify(tbl, diff.KindOther, name, name, "on update"), code: "change-other", level: risk.Warning, note: "on update changes"},
		{name: "shrink varchar", change: typed(vc(50), vc(10)), code: "shrink-length", level: risk.Warning, probe: probe.Fit},
		{name: "grow varchar", change: typed(vc(10), vc(50)), code: "widen-length", level: risk.Safe},
		{name: "grow decimal", change: typed(dec(8, 2), dec(10, 2)), code: "widen-precision", level: risk.Safe},
		{name: "grow timestamp precision", change: typed(schema.Type{Kind: schema.KindDateTime, Raw: "timestamp(3) without time zone"}, schema.Type{Kind: schema.KindDateTime, Raw: "timestamp(6) without time zone"}), code: "widen-fraction", level: risk.Safe},
		{name: "shrink decimal", change: typed(dec(10, 3), dec(10, 2)), code: "shrink-decimal", level: risk.Warning, probe: probe.Fit},
		{name: "narrow integer", change: typed(tBig, tInt), code: "narrow-integer", level: risk.Warning, probe: probe.Fit},
		{name: "widen integer", change: typed(tInt, tBig), code: "widen-type", level: risk.Warning},
		{name: "integer display width", change: typed(schema.Type{Kind: schema.KindInt, Raw: "int(11)"}, schema.Type{Kind: schema.KindInt, Raw: "int(5)"}), code: "change-display-width", level: risk.Safe},
		{name: "int to text", change: typed(tInt, tText), code: "convert-type", level: risk.Warning},
		{name: "unknown type", change: typed(tOther, tInt), code: "change-type-unclear", level: risk.Warning, probe: probe.Fit},
		{name: "text to integer", change: typed(tText, tInt), code: "incompatible-type", level: risk.Dangerous, probe: probe.Fit},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.code] = true
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := risk.Classify(tt.change, actual)
			if f.Code != tt.code || f.Static != tt.level || f.Risk != tt.level {
				t.Errorf("Classify = %s static %s risk %s, want %s %s", f.Code, f.Static, f.Risk, tt.code, tt.level)
			}
			switch {
			case tt.probe == 0 && f.Check != nil:
				t.Errorf("probe %s, want none", f.Check.Kind)
			case tt.probe != 0 && f.Check == nil:
				t.Errorf("no probe, want %s", tt.probe)
			case tt.probe != 0:
				if f.Check.Kind != tt.probe {
					t.Errorf("probe %s, want %s", f.Check.Kind, tt.probe)
				}
				if f.Check.Table != tt.change.TableName() {
					t.Errorf("probe table %q, want %q", f.Check.Table, tt.change.TableName())
				}
				if f.Result.Status != probe.Skipped {
					t.Errorf("unprobed status %s, want skipped", f.Result.Status)
				}
				if f.Check.Table == "person" && !slices.Equal(f.Check.Key, []string{"id"}) {
					t.Errorf("sample key %v, want [id]", f.Check.Key)
				}
			}
			if tt.note != "" && !strings.Contains(strings.Join(f.Notes, "\n"), tt.note) {
				t.Errorf("notes %q lack %q", f.Notes, tt.note)
			}
			if f.Message == "" || f.Recommendation == "" || !strings.HasPrefix(f.DocsURL, risk.DocsBase) {
				t.Errorf("incomplete finding: message %q, recommendation %q, docs %q", f.Message, f.Recommendation, f.DocsURL)
			}
		})
	}
	for _, code := range risk.Codes() {
		if !covered[code] {
			t.Errorf("no case reaches rule %s", code)
		}
	}
}

func TestSettle(t *testing.T) {
	t.Parallel()
	actual, tbl := fixture()
	name := tbl.Column("name")
	shrink := diff.ModifyColumn{Table: tbl, From: name, To: &schema.Column{Name: "name", Type: vc(5)}, Aspect: diff.KindAlterType}
	required := diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "code", Type: tInt}}
	drop := diff.DropTable{Table: tbl}
	dropCol := diff.DropColumn{Table: tbl, Column: name}
	tests := []struct {
		name   string
		change diff.Change
		result probe.Result
		want   risk.Level
		note   string
	}{
		{name: "affected rows raise a warning", change: shrink, result: probe.Result{Status: probe.Exact, Affected: 2}, want: risk.Dangerous},
		{name: "an estimate raises too", change: shrink, result: probe.Result{Status: probe.Estimate, Affected: 1}, want: risk.Dangerous},
		{name: "no affected rows keep the warning", change: shrink, result: probe.Result{Status: probe.Exact}, want: risk.Warning},
		{name: "required column on empty table is safe", change: required, result: probe.Result{Status: probe.Exact}, want: risk.Safe},
		{name: "required column on rows is dangerous", change: required, result: probe.Result{Status: probe.Exact, Affected: 3}, want: risk.Dangerous},
		{name: "empty table never lowers a drop", change: drop, result: probe.Result{Status: probe.Exact}, want: risk.Dangerous},
		{name: "no values never lower a column drop", change: dropCol, result: probe.Result{Status: probe.Exact}, want: risk.Dangerous},
		{name: "skipped keeps the static class", change: shrink, result: probe.Result{Status: probe.Skipped}, want: risk.Warning, note: "--no-data"},
		{name: "skipped keeps a required column a warning", change: required, result: probe.Result{Status: probe.Skipped}, want: risk.Warning, note: "--no-data"},
		{name: "timed out keeps the static class", change: required, result: probe.Result{Status: probe.TimedOut}, want: risk.Warning, note: "timed out"},
		{name: "not checkable keeps the static class", change: shrink, result: probe.Result{Status: probe.NotCheckable, Note: "no SQL for it"}, want: risk.Warning, note: "no SQL for it"},
		{name: "failed keeps the static class", change: shrink, result: probe.Result{Status: probe.Failed, Err: errors.New("boom")}, want: risk.Warning, note: "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := risk.Classify(tt.change, actual)
			impact := f.Impact
			f.Result = tt.result
			f.Settle()
			if f.Risk != tt.want {
				t.Errorf("Risk = %s, want %s", f.Risk, tt.want)
			}
			if tt.note != "" && !strings.Contains(strings.Join(f.Notes, "\n"), tt.note) {
				t.Errorf("notes %q lack %q", f.Notes, tt.note)
			}
			if tt.result.Status.Counted() && !strings.Contains(f.Impact, itoa(int(tt.result.Affected))) {
				t.Errorf("Impact %q does not state the count %d", f.Impact, tt.result.Affected)
			}
			if !tt.result.Status.Counted() && f.Impact != impact {
				t.Errorf("Impact changed without a count: %q", f.Impact)
			}
			// Settling twice gives the same level: it starts from the static class.
			f.Settle()
			if f.Risk != tt.want {
				t.Errorf("second Settle: Risk = %s, want %s", f.Risk, tt.want)
			}
		})
	}
}

func TestRaiseNeverLowers(t *testing.T) {
	t.Parallel()
	actual, tbl := fixture()
	f := risk.Classify(diff.DropTable{Table: tbl}, actual)
	f.Raise(risk.Warning, "why")
	if f.Risk != risk.Dangerous {
		t.Errorf("Raise(Warning) lowered DANGEROUS to %s", f.Risk)
	}
	g := risk.Classify(diff.AddTable{Table: &schema.Table{Name: "x"}}, actual)
	g.Raise(risk.Warning, "locks")
	if g.Risk != risk.Warning || !slices.Contains(g.Notes, "locks") {
		t.Errorf("Raise(Warning) on SAFE: risk %s notes %q", g.Risk, g.Notes)
	}
}

func TestTypeChange(t *testing.T) {
	t.Parallel()
	unsigned := tInt
	unsigned.Raw, unsigned.Unsigned = "INTEGER UNSIGNED", true
	tests := []struct {
		from, to schema.Type
		want     string
	}{
		{vc(10), vc(20), "widen-length"},
		{vc(20), vc(20), "widen-length"},
		{vc(20), vc(10), "shrink-length"},
		{vc(20), tText, "widen-length"},
		{tText, vc(20), "shrink-length"},
		{tSmall, tInt, "widen-type"},
		{tInt, tBig, "widen-type"},
		{tBig, tInt, "narrow-integer"},
		{tInt, tSmall, "narrow-integer"},
		{unsigned, tInt, "narrow-integer"},
		{tInt, unsigned, "narrow-integer"},
		{unsigned, tBig, "widen-type"},
		{dec(8, 2), dec(10, 2), "widen-precision"},
		{dec(8, 2), dec(8, 2), "widen-precision"},
		{dec(10, 2), dec(8, 2), "shrink-decimal"},
		{dec(10, 3), dec(10, 2), "shrink-decimal"},
		{dec(8, 2), dec(12, 4), "widen-type"},
		{tInt, dec(12, 2), "widen-type"},
		{tInt, dec(5, 2), "narrow-integer"},
		{dec(10, 2), tInt, "convert-type"}, // the fraction is rounded away, not rejected
		{tFloat, tDouble, "widen-type"},
		{tInt, tDouble, "widen-type"},
		{tDouble, tInt, "convert-type"},
		{dec(10, 2), tFloat, "convert-type"},
		{tDate, tDT, "widen-type"},
		{tDT, tDate, "convert-type"},
		{tBool, tInt, "convert-type"},
		{tInt, tText, "convert-type"},
		{tDate, vc(10), "convert-type"},
		{tBytes, tText, "incompatible-type"},
		{tText, tInt, "incompatible-type"},
		{tText, tDate, "incompatible-type"},
		{tText, tJSON, "incompatible-type"},
		{tInt, tBool, "incompatible-type"},
		{tJSON, tInt, "incompatible-type"},
		{tOther, tText, "change-type-unclear"},
		{tText, tOther, "change-type-unclear"},
		{enum("a"), enum("a", "b"), "remove-enum-value"},
		{vc(5), enum("a"), "convert-type"},
	}
	for _, tt := range tests {
		t.Run(tt.from.String()+" to "+tt.to.String(), func(t *testing.T) {
			t.Parallel()
			if got := risk.TypeChange(tt.from, tt.to); got != tt.want {
				t.Errorf("TypeChange(%s, %s) = %s, want %s", tt.from, tt.to, got, tt.want)
			}
			if _, ok := risk.RuleFor(risk.TypeChange(tt.from, tt.to)); !ok {
				t.Errorf("TypeChange returned an unregistered code")
			}
		})
	}
}
