package source

import (
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect/mysql"
)

// foldingDialect compares names without regard to case, as SQLite does.
type foldingDialect struct{ fakeDialect }

func (foldingDialect) FoldsNames() (tables, columns bool) { return true, true }

// Names that differ only in case are one name where the dialect folds
// them: the second is an error at its own line, not the engine's later.
func TestCaseClashes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  string // "" for no error
	}{
		{name: "fields", files: map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n  - name: X\n    type: int\n"},
			want: `a.yaml:5: fields.X: field name "X" differs only in case from "x" (line 3)`},
		{name: "tables", files: map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n", "b.yaml": "doctype: B\ntable: A\nfields:\n  - name: y\n    type: int\n"},
			want: `b.yaml:2: table: table "A" differs only in case from table "a" of doctype "A"`},
		{name: "field ID beside the default key", files: map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: ID\n    type: int\n"},
			want: `a.yaml:3: fields.ID: field "ID" clashes with the default primary key column "id"`},
		{name: "distinct names", files: map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n  - name: y\n    type: int\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := LoadDocTypesFS(mapFS(tt.files), ".", foldingDialect{})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
			// A dialect that does not fold names takes both spellings.
			if tt.name == "fields" {
				if _, err := LoadDocTypesFS(mapFS(tt.files), ".", fakeDialect{}); err != nil {
					t.Errorf("without folding: %v", err)
				}
			}
		})
	}
}

// MySQL and MariaDB refuse a column beside one that differs only in case
// (ERROR 1060 "Duplicate column name 'email'" for Email and email, seen
// on MariaDB 10.11) but, with lower_case_table_names=0, keep tables T3
// and t3 apart: the loader refuses the fields and takes the tables.
func TestCaseClashesMySQL(t *testing.T) {
	t.Parallel()
	fields := map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: Email\n    type: string\n  - name: email\n    type: string\n"}
	want := `a.yaml:5: fields.email: field name "email" differs only in case from "Email" (line 3)`
	if _, err := LoadDocTypesFS(mapFS(fields), ".", &mysql.Dialect{}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("fields: error = %v, want it to contain %q", err, want)
	}
	tables := map[string]string{"a.yaml": "doctype: A\ntable: T3\nfields:\n  - name: x\n    type: int\n", "b.yaml": "doctype: B\ntable: t3\nfields:\n  - name: y\n    type: int\n"}
	if _, err := LoadDocTypesFS(mapFS(tables), ".", &mysql.Dialect{}); err != nil {
		t.Errorf("tables: %v", err)
	}
}
