package plan

import (
	"reflect"
	"testing"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

func TestIntegerSamples(t *testing.T) {
	t.Parallel()
	actual := &schema.Schema{Tables: []*schema.Table{{
		Name: "item",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigInt}},
			{Name: "code", Type: schema.Type{Kind: schema.KindString}},
			{Name: "qty", Type: schema.Type{Kind: schema.KindInt}},
		},
	}}}
	tests := []struct {
		name  string
		check probe.Check
		in    []probe.Sample
		want  []probe.Sample
	}{
		{
			name:  "text keys and values of integer columns become numbers",
			check: probe.Check{Kind: probe.NonNull, Table: "item", Column: "qty"},
			in:    []probe.Sample{{Key: map[string]any{"id": "3"}, Value: "7"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(3)}, Value: int64(7)}},
		},
		{
			name:  "a string column's value stays text",
			check: probe.Check{Kind: probe.Nulls, Table: "item", Column: "code"},
			in:    []probe.Sample{{Key: map[string]any{"id": "3"}, Value: "42"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(3)}, Value: "42"}},
		},
		{
			name:  "a single key column of a duplicates check",
			check: probe.Check{Kind: probe.Duplicates, Table: "item", Columns: []string{"qty"}},
			in:    []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: "18446744073709551615"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: uint64(18446744073709551615)}},
		},
		{
			name:  "text SQLite let into an integer column stays as read",
			check: probe.Check{Kind: probe.NonNull, Table: "item", Column: "qty"},
			in:    []probe.Sample{{Key: map[string]any{"id": "x"}, Value: "abc"}},
			want:  []probe.Sample{{Key: map[string]any{"id": "x"}, Value: "abc"}},
		},
		{
			name:  "a composite key value stays text",
			check: probe.Check{Kind: probe.Duplicates, Table: "item", Columns: []string{"qty", "code"}},
			in:    []probe.Sample{{Key: map[string]any{"id": "2"}, Value: "1, /"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(2)}, Value: "1, /"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ch := tt.check
			f := &risk.Finding{Check: &ch, Result: probe.Result{Status: probe.Exact, Samples: tt.in}}
			integerSamples(actual, []*risk.Finding{f})
			if !reflect.DeepEqual(f.Result.Samples, tt.want) {
				t.Errorf("got %#v, want %#v", f.Result.Samples, tt.want)
			}
		})
	}
}
