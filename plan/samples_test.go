package plan

import (
	"reflect"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

func TestAlikeSamples(t *testing.T) {
	t.Parallel()
	actual := &schema.Schema{Tables: []*schema.Table{{
		Name: "item",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigInt}},
			{Name: "code", Type: schema.Type{Kind: schema.KindString}},
			{Name: "qty", Type: schema.Type{Kind: schema.KindInt}},
			{Name: "price", Type: schema.Type{Kind: schema.KindDecimal, Precision: 10, Scale: 3}},
			{Name: "on", Type: schema.Type{Kind: schema.KindBool}},
			{Name: "at", Type: schema.Type{Kind: schema.KindDateTime}},
			{Name: "day", Type: schema.Type{Kind: schema.KindDate}},
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
		{
			name:  "SQLite's decimal numbers become text padded to the scale, as the servers print them",
			check: probe.Check{Kind: probe.Fit, Table: "item", Column: "price"},
			in:    []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: 2.125}, {Key: map[string]any{"id": int64(2)}, Value: 1.5}, {Key: map[string]any{"id": int64(3)}, Value: int64(4)}, {Key: map[string]any{"id": int64(4)}, Value: 3.00125}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: "2.125"}, {Key: map[string]any{"id": int64(2)}, Value: "1.500"}, {Key: map[string]any{"id": int64(3)}, Value: "4.000"}, {Key: map[string]any{"id": int64(4)}, Value: "3.00125"}},
		},
		{
			name:  "a server's decimal text stays as spelled",
			check: probe.Check{Kind: probe.Fit, Table: "item", Column: "price"},
			in:    []probe.Sample{{Key: map[string]any{"id": "1"}, Value: "2.125"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: "2.125"}},
		},
		{
			name:  "booleans become JSON booleans whatever the engine spells them, other numbers numbers",
			check: probe.Check{Kind: probe.Fit, Table: "item", Column: "on"},
			in:    []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: "true"}, {Key: map[string]any{"id": int64(2)}, Value: "f"}, {Key: map[string]any{"id": int64(3)}, Value: int64(1)}, {Key: map[string]any{"id": int64(4)}, Value: int64(2)}, {Key: map[string]any{"id": int64(5)}, Value: "2"}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: true}, {Key: map[string]any{"id": int64(2)}, Value: false}, {Key: map[string]any{"id": int64(3)}, Value: true}, {Key: map[string]any{"id": int64(4)}, Value: int64(2)}, {Key: map[string]any{"id": int64(5)}, Value: int64(2)}},
		},
		{
			name:  "SQLite's parsed date-times are spelled as SQL does",
			check: probe.Check{Kind: probe.Fit, Table: "item", Column: "at"},
			in: []probe.Sample{
				{Key: map[string]any{"id": int64(1)}, Value: time.Date(2024, 1, 5, 13, 45, 0, 0, time.UTC)},
				{Key: map[string]any{"id": int64(2)}, Value: time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)},
				{Key: map[string]any{"id": int64(3)}, Value: time.Date(2024, 1, 5, 13, 45, 0, 500000000, time.UTC)},
				{Key: map[string]any{"id": int64(4)}, Value: time.Date(2024, 1, 5, 13, 45, 0, 0, time.FixedZone("", 2*3600))},
				{Key: map[string]any{"id": int64(5)}, Value: "2024-01-05 13:45:00"},
			},
			want: []probe.Sample{
				{Key: map[string]any{"id": int64(1)}, Value: "2024-01-05 13:45:00"},
				{Key: map[string]any{"id": int64(2)}, Value: "2024-01-05 00:00:00"},
				{Key: map[string]any{"id": int64(3)}, Value: "2024-01-05 13:45:00.5"},
				{Key: map[string]any{"id": int64(4)}, Value: "2024-01-05 13:45:00+02:00"},
				{Key: map[string]any{"id": int64(5)}, Value: "2024-01-05 13:45:00"},
			},
		},
		{
			name:  "a date column's midnight is the date alone",
			check: probe.Check{Kind: probe.Fit, Table: "item", Column: "day"},
			in:    []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)}},
			want:  []probe.Sample{{Key: map[string]any{"id": int64(1)}, Value: "2024-02-29"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ch := tt.check
			f := &risk.Finding{Check: &ch, Result: probe.Result{Status: probe.Exact, Samples: tt.in}}
			alikeSamples(actual, []*risk.Finding{f})
			if !reflect.DeepEqual(f.Result.Samples, tt.want) {
				t.Errorf("got %#v, want %#v", f.Result.Samples, tt.want)
			}
		})
	}
}
