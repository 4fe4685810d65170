package risk_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

func TestTypeChange(t *testing.T) {
	t.Parallel()
	str := func(n int) schema.Type { return schema.Type{Kind: schema.KindString, Length: n} }
	dec := func(p, s int) schema.Type { return schema.Type{Kind: schema.KindDecimal, Precision: p, Scale: s} }
	k := func(kind schema.Kind) schema.Type { return schema.Type{Kind: kind} }
	pgChar := func(n int) schema.Type {
		return schema.Type{Kind: schema.KindString, Length: n, Fixed: true, Padded: true}
	}
	tests := []struct {
		name     string
		from, to schema.Type
		code     string
		// probed says whether a fit probe runs.
		probed bool
	}{
		{name: "longer varchar", from: str(20), to: str(40), code: "widen-length"},
		{name: "MySQL bool to double", from: schema.Type{Kind: schema.KindBool, Raw: "tinyint(1)"}, to: schema.Type{Kind: schema.KindDouble, Raw: "double"}, code: "widen-type"},
		{name: "MySQL bool to decimal(5,2)", from: schema.Type{Kind: schema.KindBool, Raw: "tinyint(1)"}, to: schema.Type{Kind: schema.KindDecimal, Raw: "decimal(5,2)", Precision: 5, Scale: 2}, code: "widen-type"},
		{name: "MySQL bool to decimal(2,0)", from: schema.Type{Kind: schema.KindBool, Raw: "tinyint(1)"}, to: schema.Type{Kind: schema.KindDecimal, Raw: "decimal(2,0)", Precision: 2}, code: "narrow-integer", probed: true},
		{name: "PostgreSQL boolean to double has no cast", from: schema.Type{Kind: schema.KindBool, Raw: "boolean"}, to: schema.Type{Kind: schema.KindDouble, Raw: "double precision"}, code: "incompatible-type", probed: true},
		{name: "varchar to text", from: str(20), to: k(schema.KindText), code: "widen-length"},
		{name: "shorter varchar", from: str(200), to: str(40), code: "shrink-length", probed: true},
		{name: "text to varchar", from: k(schema.KindText), to: str(40), code: "shrink-length", probed: true},
		{name: "decimal to unsigned decimal", from: dec(6, 2), to: schema.Type{Kind: schema.KindDecimal, Precision: 6, Scale: 2, Unsigned: true}, code: "shrink-decimal", probed: true},
		{name: "double to unsigned double", from: k(schema.KindDouble), to: schema.Type{Kind: schema.KindDouble, Unsigned: true}, code: "convert-type", probed: true},
		{name: "varchar(200) to tinytext", from: str(200), to: schema.Type{Kind: schema.KindText, Raw: "tinytext", MaxBytes: 255}, code: "shrink-length", probed: true},
		{name: "varchar(50) to tinytext", from: str(50), to: schema.Type{Kind: schema.KindText, Raw: "tinytext", MaxBytes: 255}, code: "widen-length"},
		{name: "datetime(6) to datetime", from: schema.Type{Kind: schema.KindDateTime, Raw: "datetime(6)"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "datetime"}, code: "convert-type", probed: true},
		{name: "timestamp(6) to timestamp(0) on PostgreSQL", from: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp without time zone"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp(0) without time zone"}, code: "convert-type", probed: true},
		{name: "datetime to MySQL timestamp", from: schema.Type{Kind: schema.KindDateTime, Raw: "datetime"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp"}, code: "convert-type", probed: true},
		{name: "varchar to char of the same length", from: str(5), to: schema.Type{Kind: schema.KindString, Length: 5, Fixed: true}, code: "convert-type", probed: true},
		{name: "char to longer varchar", from: schema.Type{Kind: schema.KindString, Length: 5, Fixed: true}, to: str(9), code: "widen-length"},
		// PostgreSQL's character(n) is read padded: dropping or growing
		// the padding keeps every value but changes what readers get.
		{name: "PostgreSQL char to text", from: pgChar(5), to: k(schema.KindText), code: "convert-type"},
		{name: "PostgreSQL char to varchar of the same length", from: pgChar(5), to: str(5), code: "convert-type"},
		{name: "PostgreSQL char to shorter varchar", from: pgChar(5), to: str(3), code: "shrink-length", probed: true},
		{name: "PostgreSQL char to longer char", from: pgChar(3), to: pgChar(6), code: "convert-type"},
		{name: "PostgreSQL char to shorter char", from: pgChar(6), to: pgChar(3), code: "shrink-length", probed: true},
		{name: "PostgreSQL char to bpchar", from: pgChar(6), to: pgChar(0), code: "widen-length"},
		{name: "PostgreSQL bpchar to char", from: pgChar(0), to: pgChar(3), code: "shrink-length", probed: true},
		{name: "PostgreSQL bpchar to text", from: pgChar(0), to: k(schema.KindText), code: "convert-type"},
		{name: "text to PostgreSQL char", from: k(schema.KindText), to: pgChar(4), code: "convert-type", probed: true},
		{name: "varchar to PostgreSQL bpchar", from: str(4), to: pgChar(0), code: "convert-type", probed: true},
		{name: "int to bigint", from: k(schema.KindInt), to: k(schema.KindBigInt), code: "widen-type"},
		{name: "year to tinyint", from: k(schema.KindYear), to: k(schema.KindTinyInt), code: "narrow-integer", probed: true},
		{name: "year to unsigned tinyint", from: k(schema.KindYear), to: schema.Type{Kind: schema.KindTinyInt, Unsigned: true}, code: "narrow-integer", probed: true},
		{name: "year to smallint", from: k(schema.KindYear), to: k(schema.KindSmallInt), code: "widen-type"},
		{name: "year to unsigned smallint", from: k(schema.KindYear), to: schema.Type{Kind: schema.KindSmallInt, Unsigned: true}, code: "widen-type"},
		{name: "year to varchar(3)", from: k(schema.KindYear), to: str(3), code: "convert-type", probed: true},
		{name: "int to year", from: k(schema.KindInt), to: k(schema.KindYear), code: "convert-type", probed: true},
		{name: "varchar to year", from: str(20), to: k(schema.KindYear), code: "incompatible-type", probed: true},
		{name: "year to date", from: k(schema.KindYear), to: k(schema.KindDate), code: "change-type-unclear", probed: true},
		{name: "decimal to year", from: dec(6, 2), to: k(schema.KindYear), code: "change-type-unclear", probed: true},
		{name: "display width only", from: schema.Type{Kind: schema.KindInt, Raw: "int(11)"}, to: schema.Type{Kind: schema.KindInt, Raw: "int(5)"}, code: "change-display-width"},
		{name: "unsigned display width only", from: schema.Type{Kind: schema.KindBigInt, Raw: "bigint(20) unsigned", Unsigned: true}, to: schema.Type{Kind: schema.KindBigInt, Raw: "bigint(3) unsigned", Unsigned: true}, code: "change-display-width"},
		{name: "zerofill width", from: schema.Type{Kind: schema.KindInt, Raw: "int(6) unsigned zerofill", Unsigned: true}, to: schema.Type{Kind: schema.KindInt, Raw: "int(4) unsigned zerofill", Unsigned: true}, code: "widen-type"},
		{name: "zerofill dropped", from: schema.Type{Kind: schema.KindInt, Raw: "int(8) unsigned zerofill", Unsigned: true}, to: schema.Type{Kind: schema.KindInt, Raw: "int(8) unsigned", Unsigned: true}, code: "widen-type"},
		{name: "zerofill added to signed", from: schema.Type{Kind: schema.KindInt, Raw: "int(11)"}, to: schema.Type{Kind: schema.KindInt, Raw: "int(6) unsigned zerofill", Unsigned: true}, code: "narrow-integer", probed: true},
		{name: "int to smallint", from: k(schema.KindInt), to: k(schema.KindSmallInt), code: "narrow-integer", probed: true},
		{name: "signed to unsigned", from: k(schema.KindInt), to: schema.Type{Kind: schema.KindInt, Unsigned: true}, code: "narrow-integer", probed: true},
		{name: "unsigned smallint to int", from: schema.Type{Kind: schema.KindSmallInt, Unsigned: true}, to: k(schema.KindInt), code: "widen-type"},
		{name: "more precision", from: dec(10, 2), to: dec(12, 2), code: "widen-precision"},
		{name: "smaller scale", from: dec(10, 3), to: dec(10, 2), code: "shrink-decimal", probed: true},
		{name: "fewer digits", from: dec(10, 2), to: dec(6, 2), code: "shrink-decimal", probed: true},
		{name: "int to wide decimal", from: k(schema.KindInt), to: dec(12, 0), code: "widen-type"},
		{name: "int to narrow decimal", from: k(schema.KindInt), to: dec(5, 0), code: "narrow-integer", probed: true},
		{name: "float to double", from: k(schema.KindFloat), to: k(schema.KindDouble), code: "widen-type"},
		{name: "int to double", from: k(schema.KindInt), to: k(schema.KindDouble), code: "widen-type"},
		{name: "mediumint to float", from: k(schema.KindMediumInt), to: k(schema.KindFloat), code: "widen-type"},
		{name: "int to float", from: k(schema.KindInt), to: k(schema.KindFloat), code: "convert-type", probed: true},
		{name: "bigint to double", from: k(schema.KindBigInt), to: k(schema.KindDouble), code: "convert-type", probed: true},
		{name: "double to MySQL double(10,2)", from: k(schema.KindDouble), to: schema.Type{Kind: schema.KindDouble, Raw: "double(10,2)", Precision: 10, Scale: 2}, code: "convert-type", probed: true},
		{name: "MySQL float(7,4) to float", from: schema.Type{Kind: schema.KindFloat, Raw: "float(7,4)", Precision: 7, Scale: 4}, to: k(schema.KindFloat), code: "widen-type"},
		{name: "int to MySQL double(5,2)", from: k(schema.KindInt), to: schema.Type{Kind: schema.KindDouble, Raw: "double(5,2)", Precision: 5, Scale: 2}, code: "convert-type", probed: true},
		{name: "smallint to MySQL double(10,2)", from: k(schema.KindSmallInt), to: schema.Type{Kind: schema.KindDouble, Raw: "double(10,2)", Precision: 10, Scale: 2}, code: "widen-type"},
		{name: "double spelled another way", from: schema.Type{Kind: schema.KindDouble, Raw: "FLOAT"}, to: schema.Type{Kind: schema.KindDouble, Raw: "DOUBLE"}, code: "widen-type"},
		{name: "decimal with fraction to int", from: dec(10, 2), to: k(schema.KindInt), code: "convert-type", probed: true},
		{name: "unbounded decimal to bigint", from: dec(0, 0), to: k(schema.KindBigInt), code: "convert-type", probed: true},
		{name: "whole decimal to narrow int", from: dec(12, 0), to: k(schema.KindInt), code: "narrow-integer", probed: true},
		{name: "decimal more scale and digits", from: dec(10, 2), to: dec(12, 4), code: "widen-type"},
		{name: "short decimal to double", from: dec(15, 2), to: k(schema.KindDouble), code: "convert-type"},
		{name: "long decimal to double", from: dec(20, 4), to: k(schema.KindDouble), code: "convert-type", probed: true},
		{name: "decimal to float", from: dec(7, 2), to: k(schema.KindFloat), code: "convert-type", probed: true},
		{name: "double to float", from: k(schema.KindDouble), to: k(schema.KindFloat), code: "convert-type", probed: true},
		{name: "date to datetime", from: k(schema.KindDate), to: k(schema.KindDateTime), code: "widen-type"},
		{name: "datetime to date", from: k(schema.KindDateTime), to: k(schema.KindDate), code: "convert-type", probed: true},
		{name: "double to int", from: k(schema.KindDouble), to: k(schema.KindInt), code: "convert-type", probed: true},
		{name: "int to varchar", from: k(schema.KindInt), to: str(5), code: "convert-type", probed: true},
		{name: "string to enum", from: str(10), to: schema.Type{Kind: schema.KindEnum, Values: []string{"a", "b"}}, code: "convert-type", probed: true},
		{name: "bytes to text", from: k(schema.KindBytes), to: k(schema.KindText), code: "incompatible-type", probed: true},
		{name: "varchar to int", from: str(20), to: k(schema.KindInt), code: "incompatible-type", probed: true},
		{name: "other", from: schema.Type{Kind: schema.KindOther, Raw: "int[]"}, to: schema.Type{Kind: schema.KindOther, Raw: "text[]"}, code: "change-type-unclear", probed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := risk.TypeChange(tt.from, tt.to)
			if got != tt.code {
				t.Errorf("TypeChange(%v, %v) = %s, want %s", tt.from, tt.to, got, tt.code)
			}
			if _, ok := risk.RuleFor(got); !ok {
				t.Errorf("code %s is not in the policy table", got)
			}
			if probed := len(probe.FitConds(tt.from, tt.to)) > 0; probed != tt.probed {
				t.Errorf("FitConds(%v, %v) probes = %v, want %v", tt.from, tt.to, probed, tt.probed)
			}
		})
	}
}

// TestPaddingNote checks that a type change into or out of PostgreSQL's
// character(n) says what readers get, which no count shows.
func TestPaddingNote(t *testing.T) {
	t.Parallel()
	pgChar := func(n int) schema.Type {
		return schema.Type{Kind: schema.KindString, Raw: fmt.Sprintf("character(%d)", n), Length: n, Fixed: true, Padded: true}
	}
	text := schema.Type{Kind: schema.KindText, Raw: "text"}
	tests := []struct {
		name     string
		from, to schema.Type
		want     string // "" for no padding note
	}{
		{"text to char", text, pgChar(4), "character(4) pads every value with spaces to 4 characters, which readers get ('ab' reads as 'ab  ')"},
		{"char to text", pgChar(4), text, "text gets each value without them ('ab  ' becomes 'ab')"},
		{"char to longer char", pgChar(4), pgChar(6), "padded to 6 instead ('ab' reads as 'ab    ', not 'ab  ')"},
		{"char to shorter char", pgChar(4), pgChar(2), "the rows counted are those longer than 2 characters without it"},
		{"char to the same char", pgChar(4), pgChar(4), ""},
		{"varchar to text", schema.Type{Kind: schema.KindString, Raw: "character varying(4)", Length: 4}, text, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tbl := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "c", Type: tt.from, Nullable: true}}}
			actual := &schema.Schema{Dialect: "postgres", Tables: []*schema.Table{tbl}}
			to := &schema.Column{Name: "c", Type: tt.to, Nullable: true}
			f := risk.Classify(diff.ModifyColumn{Table: tbl, From: tbl.Columns[0], To: to, Aspect: diff.KindAlterType}, actual)
			notes := strings.Join(f.Notes, "\n")
			if tt.want == "" && strings.Contains(notes, "pad") || !strings.Contains(notes, tt.want) {
				t.Errorf("notes = %q, want %q", notes, tt.want)
			}
		})
	}
}

func TestUnmatchedPreviouslyNote(t *testing.T) {
	t.Parallel()
	tbl := &schema.Table{Name: "post", Columns: []*schema.Column{{Name: "id"}, {Name: "title"}}}
	actual := &schema.Schema{Tables: []*schema.Table{tbl}}
	add := diff.AddColumn{Table: tbl, Column: &schema.Column{Name: "headline", Previously: []string{"titel"}, Nullable: true}}
	f := risk.Classify(add, actual)
	if !strings.Contains(strings.Join(f.Notes, "\n"), "previously: titel names no column of post") {
		t.Errorf("notes = %q, want the unmatched former name", f.Notes)
	}
	tableAdd := diff.AddTable{Table: &schema.Table{Name: "article", Previously: []string{"posts"}}}
	if f := risk.Classify(tableAdd, actual); !strings.Contains(strings.Join(f.Notes, "\n"), "previously: posts names no table") {
		t.Errorf("notes = %q, want the unmatched former table", f.Notes)
	}
}

// TestCollationChangeProbes checks the fit conditions of a MySQL
// character set change: a collation the column leaves or gets by being at
// the table's default counts as well, and byte-sized text is measured in
// the new character set.
func TestCollationChangeProbes(t *testing.T) {
	t.Parallel()
	text := func(maxBytes int) schema.Type { return schema.Type{Kind: schema.KindText, MaxBytes: maxBytes} }
	str := schema.Type{Kind: schema.KindString, Length: 20}
	tests := []struct {
		name      string
		tableColl string
		from, to  schema.Column
		want      []probe.Cond
		// unique puts the column in a unique key: the check groups it, with
		// the conditions for the rows that fail before any key compares.
		unique bool
	}{
		{
			name: "narrowed under a unique key", tableColl: "utf8mb4_general_ci", unique: true,
			from: schema.Column{Name: "c", Type: str}, to: schema.Column{Name: "c", Type: str, Collation: "latin1_general_ci"},
			want: []probe.Cond{{Kind: probe.Unrepresentable, Charset: "latin1"}},
		},
		{
			name: "narrowed to the table's default", tableColl: "latin1_swedish_ci",
			from: schema.Column{Name: "c", Type: str, Collation: "utf8mb4_general_ci"}, to: schema.Column{Name: "c", Type: str},
			want: []probe.Cond{{Kind: probe.Unrepresentable, Charset: "latin1"}},
		},
		{
			name: "tinytext widened from the table's default", tableColl: "latin1_swedish_ci",
			from: schema.Column{Name: "c", Type: text(255)}, to: schema.Column{Name: "c", Type: text(255), Collation: "utf8mb4_bin"},
			want: []probe.Cond{{Kind: probe.TooLongBytes, Length: 255, Charset: "utf8mb4"}},
		},
		{
			name: "longtext has no byte limit to check", tableColl: "latin1_swedish_ci",
			from: schema.Column{Name: "c", Type: text(0)}, to: schema.Column{Name: "c", Type: text(0), Collation: "utf8mb4_bin"},
		},
		{
			name: "same character set", tableColl: "utf8mb4_general_ci",
			from: schema.Column{Name: "c", Type: text(255)}, to: schema.Column{Name: "c", Type: text(255), Collation: "utf8mb4_bin"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tbl := &schema.Table{Name: "t", Columns: []*schema.Column{&tt.from}, Options: map[string]string{"collation": tt.tableColl}}
			wantKind := probe.Fit
			if tt.unique {
				tbl.Indexes = []*schema.Index{{Name: "u", Unique: true, Parts: []schema.IndexPart{{Column: "c"}}}}
				wantKind = probe.Duplicates
			}
			f := risk.Classify(diff.ModifyColumn{Table: tbl, From: &tt.from, To: &tt.to, Aspect: diff.KindOther, Detail: "collation"},
				&schema.Schema{Tables: []*schema.Table{tbl}})
			if f.Code != "change-collation" {
				t.Fatalf("code = %s, want change-collation", f.Code)
			}
			var got []probe.Cond
			if f.Check != nil && f.Check.Kind == wantKind {
				got = f.Check.Conds
			}
			if len(got) != len(tt.want) {
				t.Fatalf("conds = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i].Kind != tt.want[i].Kind || got[i].Charset != tt.want[i].Charset || got[i].Length != tt.want[i].Length {
					t.Errorf("cond %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestCollationChangeOfForeignKeyColumn checks that a MySQL collation
// change of a foreign key's column asks for the orphans under the new
// collation: the server checks the key again when it rebuilds it.
func TestCollationChangeOfForeignKeyColumn(t *testing.T) {
	t.Parallel()
	str := schema.Type{Kind: schema.KindString, Length: 3}
	from := &schema.Column{Name: "country", Type: str}
	to := &schema.Column{Name: "country", Type: str, Collation: "utf8mb4_bin"}
	tbl := &schema.Table{Name: "city", Columns: []*schema.Column{from}, Options: map[string]string{"collation": "utf8mb4_general_ci"},
		ForeignKeys: []*schema.ForeignKey{{Name: "fk", Columns: []string{"country"}, RefTable: "country", RefColumns: []string{"code"}}}}
	f := risk.Classify(diff.ModifyColumn{Table: tbl, From: from, To: to, Aspect: diff.KindOther, Detail: "collation"},
		&schema.Schema{Dialect: "mysql", Tables: []*schema.Table{tbl}})
	if f.Check == nil || f.Check.Kind != probe.Orphans {
		t.Fatalf("check = %+v, want orphans", f.Check)
	}
	if f.Check.RefTable != "country" || f.Check.Recollated["country"] != "utf8mb4_bin" {
		t.Errorf("check = %+v, want orphans of country under utf8mb4_bin", f.Check)
	}
}

// TestCollationChangeKeys checks that a collation change counts every
// unique key over the column, not only the first, and that a MySQL
// functional key part over it is left for the probe to call not
// checkable rather than skipped.
func TestCollationChangeKeys(t *testing.T) {
	t.Parallel()
	str := schema.Type{Kind: schema.KindString, Length: 20}
	tests := []struct {
		name    string
		dialect string
		to      string
		// want lists each key of the check, its parts joined by commas:
		// a column, its collated expression, or "?" for a blank part.
		want []string
	}{
		{name: "mysql", dialect: "mysql", to: "utf8mb4_general_ci",
			want: []string{`a,"name" COLLATE "utf8mb4_general_ci"`, `b,"name" COLLATE "utf8mb4_general_ci"`, `?`, "LEFT(CONVERT(`name` USING "}},
		{name: "sqlite", dialect: "sqlite", to: "NOCASE",
			want: []string{`a,"name" COLLATE "NOCASE"`, `b,"name" COLLATE "NOCASE"`, "LEFT(CONVERT(`name` USING "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			from := &schema.Column{Name: "name", Type: str, Collation: "utf8mb4_bin"}
			to := &schema.Column{Name: "name", Type: str, Collation: tt.to}
			tbl := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "a"}, {Name: "b"}, from}, Indexes: []*schema.Index{
				{Name: "ua", Unique: true, Parts: []schema.IndexPart{{Column: "a"}, {Column: "name"}}},
				{Name: "plain", Parts: []schema.IndexPart{{Column: "name"}}},
				{Name: "ub", Unique: true, Parts: []schema.IndexPart{{Column: "b"}, {Column: "name"}}},
				{Name: "ufn", Unique: true, Parts: []schema.IndexPart{{Expr: "lower(`name`)"}}},
				{Name: "uother", Unique: true, Parts: []schema.IndexPart{{Expr: "lower(`a`)"}}},
				{Name: "uprefix", Unique: true, Parts: []schema.IndexPart{{Column: "name", Prefix: 4}}},
			}}
			f := risk.Classify(diff.ModifyColumn{Table: tbl, From: from, To: to, Aspect: diff.KindOther, Detail: "collation"},
				&schema.Schema{Dialect: tt.dialect, Tables: []*schema.Table{tbl}})
			if f.Check == nil || f.Check.Kind != probe.Duplicates {
				t.Fatalf("check = %+v, want duplicates", f.Check)
			}
			var got []string
			for _, ck := range f.Check.Split() {
				var parts []string
				for i, col := range ck.Columns {
					switch {
					case col != "":
						parts = append(parts, col)
					case i < len(ck.Exprs) && ck.Exprs[i] != "":
						parts = append(parts, ck.Exprs[i])
					default:
						parts = append(parts, "?")
					}
				}
				got = append(got, strings.Join(parts, ","))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("keys = %q, want %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("key %d = %q, want %q…", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestFractionWidening pins that more fractional second digits, and
// nothing else, is widen-fraction.
func TestFractionWidening(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		kind schema.Kind
		from string
		to   string
		code string
	}{
		{"pg timestamp grows", schema.KindDateTime, "timestamp(3) without time zone", "timestamp(6) without time zone", "widen-fraction"},
		{"pg timestamp precision dropped", schema.KindDateTime, "timestamp(3) without time zone", "timestamp without time zone", "widen-fraction"},
		{"pg time grows", schema.KindTime, "time(0) without time zone", "time(3) without time zone", "widen-fraction"},
		{"mysql datetime grows", schema.KindDateTime, "datetime(3)", "datetime(6)", "widen-fraction"},
		{"mysql datetime gains digits", schema.KindDateTime, "datetime", "datetime(3)", "widen-fraction"},
		{"mysql datetime shrinks", schema.KindDateTime, "datetime(6)", "datetime(3)", "convert-type"},
		{"pg timestamp gets a time zone", schema.KindDateTime, "timestamp(3) without time zone", "timestamp(6) with time zone", "convert-type"},
		{"mysql datetime to timestamp", schema.KindDateTime, "datetime(3)", "timestamp(6)", "convert-type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := risk.TypeChange(schema.Type{Kind: tc.kind, Raw: tc.from}, schema.Type{Kind: tc.kind, Raw: tc.to})
			if got != tc.code {
				t.Errorf("TypeChange(%s, %s) = %s, want %s", tc.from, tc.to, got, tc.code)
			}
		})
	}
}

// TestFloatScaleDropped checks that dropping MySQL's (M,D) from a FLOAT or
// DOUBLE stays a widen with no probe (the stored bits do not change) and
// that the finding says how readers see the values printed instead.
func TestFloatScaleDropped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		from, to schema.Type
		want     string
	}{
		{name: "float(7,4) to float", from: schema.Type{Kind: schema.KindFloat, Raw: "float(7,4)", Precision: 7, Scale: 4}, to: schema.Type{Kind: schema.KindFloat, Raw: "float"}, want: "999.9999 in FLOAT(7,4) reads as 1000"},
		{name: "double(10,3) to double", from: schema.Type{Kind: schema.KindDouble, Raw: "double(10,3)", Precision: 10, Scale: 3}, to: schema.Type{Kind: schema.KindDouble, Raw: "double"}, want: "-0.0010000000000000009"},
		{name: "float(7,4) to double", from: schema.Type{Kind: schema.KindFloat, Raw: "float(7,4)", Precision: 7, Scale: 4}, to: schema.Type{Kind: schema.KindDouble, Raw: "double"}, want: "12.345600128173828"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			from, to := &schema.Column{Name: "v", Type: tt.from}, &schema.Column{Name: "v", Type: tt.to}
			tbl := &schema.Table{Name: "measure", Columns: []*schema.Column{from}}
			f := risk.Classify(diff.ModifyColumn{Table: tbl, From: from, To: to, Aspect: diff.KindAlterType},
				&schema.Schema{Dialect: "mysql", Tables: []*schema.Table{tbl}})
			if f.Code != "widen-type" || f.Check != nil {
				t.Fatalf("code %s, check %+v; want widen-type without a probe", f.Code, f.Check)
			}
			if notes := strings.Join(f.Notes, "\n"); !strings.Contains(notes, "bit for bit") || !strings.Contains(notes, tt.want) {
				t.Errorf("notes %q do not say the values are kept and that %s", notes, tt.want)
			}
		})
	}
}

// A type change schemaguard cannot grade and has no condition for is not
// checkable on PostgreSQL and MySQL (so sync --force keeps it back), and
// left to the dialect's re-checks on SQLite, whose rebuild keeps values.
func TestUnclearTypeChangeIsNotCheckable(t *testing.T) {
	t.Parallel()
	money := schema.Type{Kind: schema.KindOther, Raw: "money"}
	text := schema.Type{Kind: schema.KindText, Raw: "text"}
	for _, d := range []string{"postgres", "mysql", "sqlite"} {
		tbl := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "c", Type: money, Nullable: true}}}
		actual := &schema.Schema{Dialect: d, Tables: []*schema.Table{tbl}}
		f := risk.Classify(diff.ModifyColumn{Table: tbl, From: tbl.Columns[0], To: &schema.Column{Name: "c", Type: text, Nullable: true}, Aspect: diff.KindAlterType}, actual)
		if f.Code != "change-type-unclear" {
			t.Fatalf("%s: code %s, want change-type-unclear", d, f.Code)
		}
		unclear := f.Check != nil && len(f.Check.Conds) == 1 && f.Check.Conds[0].Kind == probe.Unclear
		if unclear != (d != "sqlite") {
			t.Errorf("%s: check %+v, want an Unclear condition only off SQLite", d, f.Check)
		}
	}
}
