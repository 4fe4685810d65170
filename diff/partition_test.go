package diff

import (
	"testing"

	"github.com/schemaguard/schemaguard/schema"
)

// TestPartitionByComparedWhenSaid checks that partitioning is compared
// only when the desired table says it (SQL DDL), never from a DocType.
func TestPartitionByComparedWhenSaid(t *testing.T) {
	t.Parallel()
	table := func(opts map[string]string, col string) *schema.Schema {
		return &schema.Schema{Dialect: "postgres", Tables: []*schema.Table{{Schema: "public", Name: "measure", Options: opts,
			Columns: []*schema.Column{{Name: col, Type: schema.Type{Kind: schema.KindDate, Raw: "date"}}}}}}
	}
	live := table(map[string]string{OptionPartitionBy: "RANGE (at)"}, "at")
	tests := []struct {
		name    string
		actual  *schema.Schema
		desired *schema.Schema
		want    string // the change, "" for none
	}{
		{name: "DocType says nothing", actual: live, desired: table(nil, "at")},
		{name: "same key", actual: live, desired: table(map[string]string{OptionPartitionBy: "RANGE (at)"}, "at")},
		{name: "SQL table not partitioned", actual: live, desired: table(map[string]string{OptionPartitionBy: ""}, "at"),
			want: "stop partitioning table measure (now by RANGE (at))"},
		{name: "SQL partitions a plain table", actual: table(nil, "at"), desired: table(map[string]string{OptionPartitionBy: "LIST (at)"}, "at"),
			want: "partition table measure by LIST (at)"},
		{name: "other key", actual: live, desired: table(map[string]string{OptionPartitionBy: "HASH (at)"}, "at"),
			want: "partition table measure by HASH (at) instead of RANGE (at)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got string
			for _, c := range Compute(tc.actual, tc.desired) {
				if o, ok := c.(AlterTableOption); ok && o.Option == OptionPartitionBy {
					got = c.String()
				}
			}
			if got != tc.want {
				t.Errorf("change = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPartitionKeyRenamedColumn checks that a key column the plan renames
// does not read as a new partition key.
func TestPartitionKeyRenamedColumn(t *testing.T) {
	t.Parallel()
	actual := &schema.Schema{Dialect: "postgres", Tables: []*schema.Table{{Schema: "public", Name: "measure",
		Options: map[string]string{OptionPartitionBy: "RANGE (at)"},
		Columns: []*schema.Column{{Name: "at", Type: schema.Type{Kind: schema.KindDate, Raw: "date"}}}}}}
	desired := &schema.Schema{Dialect: "postgres", Tables: []*schema.Table{{Schema: "public", Name: "measure",
		Options: map[string]string{OptionPartitionBy: "RANGE (taken_at)"},
		Columns: []*schema.Column{{Name: "taken_at", Previously: []string{"at"}, Type: schema.Type{Kind: schema.KindDate, Raw: "date"}}}}}}
	for _, c := range Compute(actual, desired) {
		if _, ok := c.(AlterTableOption); ok {
			t.Errorf("unexpected change %s", c)
		}
	}
}
