package risk_test

import (
	"slices"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// TestExclusionCheck checks which exclusion constraints the probe is asked
// to count in one scan (Column, the range, and Columns, the = keys) and
// which it is not (both empty: not_checkable with two rows or more).
func TestExclusionCheck(t *testing.T) {
	t.Parallel()
	ts := schema.Type{Kind: schema.KindOther, Raw: "tsrange"}
	table := func(cols ...*schema.Column) *schema.Table { return &schema.Table{Name: "booking", Columns: cols} }
	col := func(name string, typ schema.Type) *schema.Column { return &schema.Column{Name: name, Type: typ} }
	room := col("room", schema.Type{Kind: schema.KindInt, Raw: "integer"})
	have := table(room, col("during", ts))
	renamed := col("slot", ts)
	renamed.Previously = []string{"during"}
	coll := col("room", schema.Type{Kind: schema.KindText, Raw: "text"})
	coll.Collation = "und-ci"
	tests := []struct {
		name       string
		have, want *schema.Table
		def        string
		rng        string
		keys       []string
	}{
		{name: "range alone", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&)", rng: "during"},
		{name: "key and range", have: have, want: have, def: "EXCLUDE USING gist (room WITH =, during WITH &&)", rng: "during", keys: []string{"room"}},
		{name: "range first", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&, room WITH =)", rng: "during", keys: []string{"room"}},
		{name: "renamed range", have: have, want: table(room, renamed), def: "EXCLUDE USING gist (slot WITH &&)", rng: "during"},
		{name: "quoted names", have: table(col("Room", room.Type), col("the span", ts)), want: table(col("Room", room.Type), col("the span", ts)),
			def: `EXCLUDE USING gist ("Room" WITH =, "the span" WITH &&)`, rng: "the span", keys: []string{"Room"}},
		{name: "partial", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&) WHERE ((room > 0))"},
		{name: "deferrable", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&) DEFERRABLE"},
		{name: "include", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&) INCLUDE (room)"},
		{name: "expression", have: have, want: have, def: "EXCLUDE USING gist (tsrange(lower(during), upper(during)) WITH &&)"},
		{name: "two ranges", have: have, want: have, def: "EXCLUDE USING gist (during WITH &&, during WITH &&)"},
		{name: "no range", have: have, want: have, def: "EXCLUDE USING gist (room WITH =)"},
		{name: "other operator", have: have, want: have, def: "EXCLUDE USING gist (room WITH <>, during WITH &&)"},
		{name: "range retyped by the plan", have: have, want: table(room, col("during", schema.Type{Kind: schema.KindOther, Raw: "tstzrange"})), def: "EXCLUDE USING gist (during WITH &&)"},
		{name: "not a range", have: table(room, col("during", schema.Type{Kind: schema.KindOther, Raw: "tsmultirange"})), want: table(room, col("during", schema.Type{Kind: schema.KindOther, Raw: "tsmultirange"})), def: "EXCLUDE USING gist (during WITH &&)"},
		{name: "key with a collation", have: table(coll, col("during", ts)), want: table(coll, col("during", ts)), def: "EXCLUDE USING gist (room WITH =, during WITH &&)"},
		{name: "column added by the plan", have: table(room), want: have, def: "EXCLUDE USING gist (during WITH &&)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			x := &schema.Exclusion{Name: "booking_no_overlap", Def: tt.def}
			f := risk.Classify(diff.AddExclusion{Table: tt.have, Exclusion: x, Want: tt.want}, &schema.Schema{Dialect: "postgres", Tables: []*schema.Table{tt.have}})
			if f.Check == nil {
				t.Fatal("no check")
			}
			if f.Check.Column != tt.rng || !slices.Equal(f.Check.Columns, tt.keys) {
				t.Errorf("range %q keys %q, want %q %q", f.Check.Column, f.Check.Columns, tt.rng, tt.keys)
			}
		})
	}
}
