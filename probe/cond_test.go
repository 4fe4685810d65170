package probe_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

func ty(k schema.Kind) schema.Type { return schema.Type{Kind: k, Raw: k.String()} }

func vc(n int) schema.Type { return schema.Type{Kind: schema.KindString, Raw: "varchar", Length: n} }

func pgChar(n int) schema.Type {
	return schema.Type{Kind: schema.KindString, Raw: fmt.Sprintf("character(%d)", n), Length: n, Fixed: true, Padded: true}
}

func dec(p, s int) schema.Type {
	return schema.Type{Kind: schema.KindDecimal, Raw: "decimal", Precision: p, Scale: s}
}

func kinds(cs []probe.Cond) []probe.CondKind {
	out := []probe.CondKind{}
	for _, c := range cs {
		out = append(out, c.Kind)
	}
	return out
}

func TestFitConds(t *testing.T) {
	t.Parallel()
	var (
		text    = ty(schema.KindText)
		small   = ty(schema.KindSmallInt)
		integer = ty(schema.KindInt)
		big     = ty(schema.KindBigInt)
		double  = ty(schema.KindDouble)
		boolean = ty(schema.KindBool)
		date    = ty(schema.KindDate)
		dt      = ty(schema.KindDateTime)
		uuid    = ty(schema.KindUUID)
		json    = ty(schema.KindJSON)
		other   = ty(schema.KindOther)
	)
	uint32 := integer
	uint32.Unsigned = true
	enum := schema.Type{Kind: schema.KindEnum, Raw: "mood", Values: []string{"a", "b"}}
	tests := []struct {
		name     string
		from, to schema.Type
		want     []probe.CondKind
		// check looks at the parameters of the conditions.
		check func(t *testing.T, cs []probe.Cond)
	}{
		{name: "grow varchar", from: vc(10), to: vc(20), want: []probe.CondKind{}},
		{name: "same varchar", from: vc(10), to: vc(10), want: []probe.CondKind{}},
		{name: "varchar to text", from: vc(10), to: text, want: []probe.CondKind{}},
		{name: "shrink varchar", from: vc(20), to: vc(10), want: []probe.CondKind{probe.TooLong},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[0].Length != 10 {
					t.Errorf("Length = %d, want 10", cs[0].Length)
				}
			}},
		{name: "text to varchar", from: text, to: vc(10), want: []probe.CondKind{probe.TooLong}},
		{name: "integer to short varchar", from: integer, to: vc(3), want: []probe.CondKind{probe.TooLong}},
		// PostgreSQL's character(n): its padding is not data, so only a
		// value longer than the new length without it fails.
		{name: "text to PostgreSQL char", from: text, to: pgChar(4), want: []probe.CondKind{probe.TooLong, probe.TrailingSpaces}},
		{name: "varchar to longer PostgreSQL char", from: vc(4), to: pgChar(6), want: []probe.CondKind{probe.TrailingSpaces}},
		{name: "PostgreSQL char to shorter char", from: pgChar(6), to: pgChar(3), want: []probe.CondKind{probe.TooLong}},
		{name: "PostgreSQL char to longer char", from: pgChar(3), to: pgChar(6), want: []probe.CondKind{}},
		{name: "PostgreSQL char to text", from: pgChar(3), to: text, want: []probe.CondKind{}},
		{name: "PostgreSQL char to shorter varchar", from: pgChar(6), to: vc(3), want: []probe.CondKind{probe.TooLong}},
		{name: "widen integer", from: small, to: big, want: []probe.CondKind{}},
		{name: "narrow integer", from: big, to: small, want: []probe.CondKind{probe.OutOfRange},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[0].Min != "-32768" || cs[0].Max != "32767" {
					t.Errorf("range %s..%s, want -32768..32767", cs[0].Min, cs[0].Max)
				}
			}},
		{name: "signed to unsigned", from: integer, to: uint32, want: []probe.CondKind{probe.OutOfRange}},
		{name: "unsigned to same-width signed", from: uint32, to: integer, want: []probe.CondKind{probe.OutOfRange}},
		{name: "unsigned to wider signed", from: uint32, to: big, want: []probe.CondKind{}},
		{name: "text to integer", from: text, to: integer, want: []probe.CondKind{probe.Unparsable, probe.OutOfRange, probe.Rounds},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[0].Target != schema.KindInt || cs[2].Scale != 0 {
					t.Errorf("conds %+v", cs)
				}
			}},
		{name: "double to integer", from: double, to: integer, want: []probe.CondKind{probe.OutOfRange, probe.Rounds}},
		{name: "decimal with scale to integer", from: dec(10, 2), to: big, want: []probe.CondKind{probe.OutOfRange, probe.Rounds}},
		{name: "bool to integer", from: boolean, to: integer, want: []probe.CondKind{}},
		{name: "decimal scale shrink", from: dec(10, 3), to: dec(10, 2), want: []probe.CondKind{probe.Rounds},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[0].Scale != 2 {
					t.Errorf("Scale = %d, want 2", cs[0].Scale)
				}
			}},
		{name: "decimal precision shrink", from: dec(8, 2), to: dec(5, 2), want: []probe.CondKind{probe.Overflow},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[0].Digits != 3 {
					t.Errorf("Digits = %d, want 3", cs[0].Digits)
				}
			}},
		{name: "decimal grow", from: dec(8, 2), to: dec(10, 2), want: []probe.CondKind{}},
		{name: "unbounded decimal to bounded", from: dec(0, 0), to: dec(10, 2), want: []probe.CondKind{probe.Overflow, probe.Rounds}},
		{name: "smallint into decimal(5,0)", from: small, to: dec(5, 0), want: []probe.CondKind{}},
		{name: "integer into decimal(5,2)", from: integer, to: dec(5, 2), want: []probe.CondKind{probe.Overflow}},
		{name: "integer into decimal(12,-2) rounds to hundreds", from: integer, to: dec(12, -2), want: []probe.CondKind{probe.Rounds}},
		{name: "integer into decimal(6,-2)", from: integer, to: dec(6, -2), want: []probe.CondKind{probe.Overflow, probe.Rounds}},
		{name: "text to decimal", from: text, to: dec(10, 2), want: []probe.CondKind{probe.Unparsable, probe.Overflow, probe.Rounds}},
		{name: "text to double", from: text, to: double, want: []probe.CondKind{probe.Unparsable, probe.FloatRange},
			check: func(t *testing.T, cs []probe.Cond) {
				if cs[1].Max != "1.7976931348623157e308" || cs[1].Min != "4.9406564584124654e-324" {
					t.Errorf("double range = %s..%s", cs[1].Min, cs[1].Max)
				}
			}},
		{name: "datetime to time", from: dt, to: schema.Type{Kind: schema.KindTime, Raw: "time"}, want: []probe.CondKind{probe.DateLost}},
		{name: "date to postgres timestamp", from: date, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp without time zone"}, want: []probe.CondKind{probe.DateRange}},
		{name: "date to postgres timestamptz", from: date, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp with time zone"}, want: []probe.CondKind{probe.DateRange}},
		{name: "date to mysql datetime", from: date, to: schema.Type{Kind: schema.KindDateTime, Raw: "datetime"}, want: []probe.CondKind{}},
		{name: "postgres timestamp to timestamptz", from: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp without time zone"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp with time zone"}, want: []probe.CondKind{probe.ZoneRange}},
		{name: "postgres timestamptz to timestamp(0)", from: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp with time zone"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp(0) without time zone"}, want: []probe.CondKind{probe.FractionLost, probe.ZoneRange}},
		{name: "date to time", from: date, to: schema.Type{Kind: schema.KindTime, Raw: "time"}, want: []probe.CondKind{probe.DateLost}},
		{name: "time to datetime", from: schema.Type{Kind: schema.KindTime, Raw: "time"}, to: dt, want: []probe.CondKind{probe.DateGiven}},
		{name: "time to date", from: schema.Type{Kind: schema.KindTime, Raw: "time"}, to: date, want: []probe.CondKind{probe.DateGiven}},
		{name: "time to timestamp", from: schema.Type{Kind: schema.KindTime, Raw: "time"}, to: schema.Type{Kind: schema.KindDateTime, Raw: "timestamp"}, want: []probe.CondKind{probe.DateGiven, probe.TimestampRange}},
		{name: "date to double", from: date, to: double, want: []probe.CondKind{probe.Unparsable}},
		{name: "date to bool", from: date, to: boolean, want: []probe.CondKind{probe.Unparsable}},
		{name: "date to json", from: date, to: json, want: []probe.CondKind{probe.Unparsable}},
		{name: "json to tinytext", from: json, to: schema.Type{Kind: schema.KindText, Raw: "tinytext", MaxBytes: 255}, want: []probe.CondKind{probe.TooLongBytes}},
		{name: "enum to tinytext", from: enum, to: schema.Type{Kind: schema.KindText, Raw: "tinytext", MaxBytes: 255}, want: []probe.CondKind{probe.TooLongBytes}},
		{name: "integer to double", from: integer, to: double, want: []probe.CondKind{}},
		{name: "double to unbounded decimal", from: double, to: dec(0, 0), want: []probe.CondKind{probe.FloatDigits}},
		{name: "double to decimal", from: double, to: dec(30, 17), want: []probe.CondKind{probe.FloatDigits, probe.Overflow, probe.Rounds}},
		{name: "text to bool", from: text, to: boolean, want: []probe.CondKind{probe.Unparsable}},
		{name: "integer to bool", from: integer, to: boolean, want: []probe.CondKind{probe.Unparsable}},
		{name: "text to date", from: text, to: date, want: []probe.CondKind{probe.Unparsable, probe.TimeLost}},
		{name: "datetime to date", from: dt, to: date, want: []probe.CondKind{probe.TimeLost}},
		{name: "date to datetime", from: date, to: dt, want: []probe.CondKind{}},
		{name: "text to datetime", from: text, to: dt, want: []probe.CondKind{probe.FractionLost, probe.Unparsable}},
		{name: "text to datetime(6)", from: text, to: schema.Type{Kind: schema.KindDateTime, Raw: "datetime(6)"}, want: []probe.CondKind{probe.Unparsable}},
		{name: "text to uuid", from: text, to: uuid, want: []probe.CondKind{probe.Unparsable}},
		{name: "text to json", from: text, to: json, want: []probe.CondKind{probe.Unparsable}},
		{name: "text to enum", from: text, to: enum, want: []probe.CondKind{probe.NotIn},
			check: func(t *testing.T, cs []probe.Cond) {
				if !slices.Equal(cs[0].Values, []string{"a", "b"}) {
					t.Errorf("Values = %v", cs[0].Values)
				}
			}},
		{name: "unknown to unknown of another spelling", from: other, to: schema.Type{Kind: schema.KindOther, Raw: "geometry"}, want: []probe.CondKind{probe.Unparsable}},
		{name: "unknown to same unknown", from: other, to: other, want: []probe.CondKind{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := probe.FitConds(tt.from, tt.to)
			if !slices.Equal(kinds(got), tt.want) {
				t.Fatalf("FitConds(%s, %s) = %v, want %v", tt.from, tt.to, kinds(got), tt.want)
			}
			if tt.check != nil {
				tt.check(t, got)
			}
			for _, c := range got {
				if c.Describe() == "" || c.Kind.String() == "" {
					t.Errorf("%v has no description", c.Kind)
				}
			}
		})
	}
}

func TestStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status  probe.Status
		json    string
		counted bool
	}{
		{probe.NotApplicable, "not_applicable", false},
		{probe.Exact, "exact", true},
		{probe.Estimate, "estimate", true},
		{probe.Skipped, "skipped", false},
		{probe.TimedOut, "timed_out", false},
		{probe.NotCheckable, "not_checkable", false},
		{probe.Failed, "failed", false},
	}
	for _, tt := range tests {
		t.Run(tt.json, func(t *testing.T) {
			t.Parallel()
			if tt.status.String() != tt.json || tt.status.Counted() != tt.counted {
				t.Errorf("%d: String %q Counted %v, want %q %v", tt.status, tt.status.String(), tt.status.Counted(), tt.json, tt.counted)
			}
		})
	}
}

func TestSplitMerge(t *testing.T) {
	t.Parallel()
	c := probe.Check{Kind: probe.Duplicates, Table: "tag", Columns: []string{"a", ""}, Exprs: []string{"", "name COLLATE ci"},
		NullKeys: true, Conds: []probe.Cond{{Kind: probe.Unrepresentable, Charset: "latin1"}}, Key: []string{"id"},
		MoreKeys: []probe.UniqueKey{{Columns: []string{"b", ""}, Exprs: []string{"", "name COLLATE ci"}, Where: "b > 0", NullsEqual: true}}}
	wantSplit := []probe.Check{
		{Kind: probe.Duplicates, Table: "tag", Columns: []string{"a", ""}, Exprs: []string{"", "name COLLATE ci"},
			NullKeys: true, Conds: []probe.Cond{{Kind: probe.Unrepresentable, Charset: "latin1"}}, Key: []string{"id"}},
		{Kind: probe.Duplicates, Table: "tag", Columns: []string{"b", ""}, Exprs: []string{"", "name COLLATE ci"}, Expr: "b > 0", NullsEqual: true,
			Conds: []probe.Cond{{Kind: probe.Unrepresentable, Charset: "latin1"}}, Key: []string{"id"}},
	}
	if split := c.Split(); !reflect.DeepEqual(split, wantSplit) {
		t.Fatalf("split =\n%+v\nwant\n%+v", split, wantSplit)
	}
	sample := func(id int, v any) probe.Sample { return probe.Sample{Key: map[string]any{"id": id}, Value: v} }
	tests := []struct {
		name string
		in   []probe.Result
		want probe.Result
	}{
		{"sums the keys, the failing rows once",
			[]probe.Result{{Status: probe.Exact, Affected: 5, Groups: 2, Failing: 1, Nulls: 1, Samples: []probe.Sample{sample(1, "a")}},
				{Status: probe.Exact, Affected: 4, Groups: 3, Failing: 1, Samples: []probe.Sample{sample(2, "b")}}},
			probe.Result{Status: probe.Exact, Affected: 8, Groups: 5, Failing: 1, Nulls: 1, Samples: []probe.Sample{sample(1, "a"), sample(2, "b")}}},
		{"samples keep their order up to MaxSamples",
			[]probe.Result{{Status: probe.Exact, Affected: 4, Groups: 2, Samples: []probe.Sample{sample(1, "a"), sample(2, "a"), sample(3, "b"), sample(4, "b")}},
				{Status: probe.Exact, Affected: 3, Groups: 1, Samples: []probe.Sample{sample(7, nil), sample(8, nil), sample(9, nil)}}},
			probe.Result{Status: probe.Exact, Affected: 7, Groups: 3, Samples: []probe.Sample{sample(1, "a"), sample(2, "a"), sample(3, "b"), sample(4, "b"), sample(7, nil)}}},
		{"an estimate makes an estimate",
			[]probe.Result{{Status: probe.Exact, Affected: 1, Groups: 1}, {Status: probe.Estimate, Affected: 2, Groups: 1, Note: "sampled"}},
			probe.Result{Status: probe.Estimate, Affected: 3, Groups: 2, Note: "sampled"}},
		{"notes of both keys are joined",
			[]probe.Result{{Status: probe.Estimate, Affected: 1, Groups: 1, Note: "sampled"}, {Status: probe.Exact, Affected: 2, Groups: 1, Note: "padded"}},
			probe.Result{Status: probe.Estimate, Affected: 3, Groups: 2, Note: "sampled; padded"}},
		{"a key not counted makes no count",
			[]probe.Result{{Status: probe.Exact, Affected: 1, Groups: 1, Samples: []probe.Sample{sample(1, "a")}}, {Status: probe.NotCheckable, Note: "expression key"}},
			probe.Result{Status: probe.NotCheckable, Note: "expression key"}},
		{"the first key not counted makes no count",
			[]probe.Result{{Status: probe.TimedOut, Note: "timed out"}, {Status: probe.Exact, Affected: 2, Samples: []probe.Sample{sample(1, "a")}}},
			probe.Result{Status: probe.TimedOut, Note: "timed out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			first := slices.Clone(tt.in[0].Samples)
			got := probe.Merge(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Merge =\n%+v\nwant\n%+v", got, tt.want)
			}
			if !reflect.DeepEqual(tt.in[0].Samples, first) {
				t.Errorf("Merge changed its first answer's samples to %+v", tt.in[0].Samples)
			}
		})
	}
}
