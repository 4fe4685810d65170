package source

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/schemaguard/schemaguard/dialect"
)

// FuzzLoadDocType feeds arbitrary bytes as one DocType file next to a valid
// one it may link to. Loading must never panic, and every failure must be
// a *Error wrapping dialect.ErrBadInput.
func FuzzLoadDocType(f *testing.F) {
	f.Add([]byte(customer))
	f.Add([]byte(salesOrder))
	f.Add([]byte("doctype: B\nfields:\n  - name: t\n    type: link\n    to: T\n    on_delete: set null\n"))
	f.Add([]byte("doctype: B\nfields:\n  - {name: s, type: select, options: [a, 'b''c'], default: a}\nindexes:\n  - fields: [s, id]\n"))
	f.Add([]byte("doctype: B\nfields:\n  - name: k\n    type: string\n    max_length: 3\n    primary_key: true\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("doctype: B\nfields: &f\n  - name: x\n    type: int\n    default: !!str 1\n"))
	f.Add([]byte("{\"doctype\": \"B\", \"fields\": [{\"name\": \"d\", \"type\": \"decimal\", \"precision\": 5, \"scale\": 6}]}"))
	f.Add([]byte("doctype: B\n---\n"))
	f.Add([]byte("\t- : -\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"b.yaml": &fstest.MapFile{Data: data},
			"t.yaml": &fstest.MapFile{Data: []byte("doctype: T\nfields:\n  - name: x\n    type: int\n")},
		}
		s, err := LoadDocTypesFS(fsys, ".", fakeDialect{})
		if err != nil {
			var se *Error
			if !errors.As(err, &se) || !errors.Is(err, dialect.ErrBadInput) {
				t.Fatalf("error %T is not a *source.Error wrapping ErrBadInput: %v", err, err)
			}
			return
		}
		for _, tb := range s.Tables {
			if tb.PrimaryKey == nil || len(tb.PrimaryKey.Parts) == 0 {
				t.Fatalf("table %s has no primary key", tb.Name)
			}
			for _, c := range tb.Columns {
				if c.Type.Raw == "" {
					t.Fatalf("column %s.%s has no mapped type", tb.Name, c.Name)
				}
			}
		}
		_ = s.Hash()
	})
}

// FuzzSQLRenames checks that the line scanner never panics.
func FuzzSQLRenames(f *testing.F) {
	f.Add("CREATE TABLE t ( -- previously: a\n  x int -- previously: y, z\n);\n")
	f.Add("create table `a`.`b`\n(\n [c d] int) -- previously: e\n")
	f.Add("/* -- */ CREATE TABLE \"x\" ('(' -- previously: q\n")
	f.Fuzz(func(t *testing.T, ddl string) {
		SQLRenames(ddl)
	})
}
