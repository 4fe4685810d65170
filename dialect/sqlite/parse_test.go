package sqlite

import (
	"maps"
	"slices"
	"testing"
)

// TestParseCreateTableDeferredFKs checks which foreign keys SQLite defers
// to COMMIT: only DEFERRABLE INITIALLY DEFERRED does
// (https://www.sqlite.org/foreignkeys.html#fk_deferred).
func TestParseCreateTableDeferredFKs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		sql  string
		want []string
	}{
		{name: "none", sql: `CREATE TABLE b (id INTEGER PRIMARY KEY, a INTEGER REFERENCES a (id))`},
		{name: "column deferred", sql: `CREATE TABLE b (id INTEGER PRIMARY KEY, "A" INTEGER REFERENCES a (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)`, want: []string{"a"}},
		{name: "deferrable alone checks at once", sql: `CREATE TABLE b (id INTEGER PRIMARY KEY, a INTEGER REFERENCES a (id) DEFERRABLE)`},
		{name: "initially immediate", sql: `CREATE TABLE b (id INTEGER PRIMARY KEY, a INTEGER REFERENCES a (id) DEFERRABLE INITIALLY IMMEDIATE)`},
		{name: "not deferrable", sql: `CREATE TABLE b (id INTEGER PRIMARY KEY, a INTEGER REFERENCES a (id) NOT DEFERRABLE INITIALLY DEFERRED)`},
		{name: "table level composite", sql: "CREATE TABLE b (x INTEGER, y INTEGER, z INTEGER REFERENCES c (id),\n CONSTRAINT fk FOREIGN KEY (x, \"Y\") REFERENCES a (p, q) DEFERRABLE INITIALLY DEFERRED)", want: []string{"x\x00y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := slices.Sorted(maps.Keys(parseCreateTable(tt.sql).deferredFKs))
			if !slices.Equal(got, tt.want) {
				t.Errorf("deferred keys = %q, want %q", got, tt.want)
			}
		})
	}
}
