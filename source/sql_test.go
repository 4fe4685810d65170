package source

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
)

func TestSQLRenames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		ddl     string
		tables  map[string][]string
		columns map[string]map[string][]string
	}{
		{
			name: "table and columns",
			ddl: `CREATE TABLE customer ( -- previously: client, clients
  id bigint PRIMARY KEY,
  email varchar(120) NOT NULL, -- previously: mail
  "Full Name" text, -- Previously: "name"
  price numeric(10,2) DEFAULT 0, -- previously: cost
  CONSTRAINT x CHECK (price > 0) -- previously: nope
);
CREATE TABLE other (id int); -- previously: old_other
`,
			tables:  map[string][]string{"customer": {"client", "clients"}, "other": {"old_other"}},
			columns: map[string]map[string][]string{"customer": {"email": {"mail"}, "Full Name": {"name"}, "price": {"cost"}}},
		},
		{
			name:    "quoted qualified names, paren on next line, last column on closing line",
			ddl:     "create table if not exists `shop`.`order`\n(\n  `total` int -- previously: sum\n  , note text) -- previously: remark\n;\nCREATE TABLE [t2] ( -- previously: t1\n  [a b] int -- previously: ab\n)\n",
			tables:  map[string][]string{"t2": {"t1"}},
			columns: map[string]map[string][]string{"shop.order": {"total": {"sum"}, "note": {"remark"}}, "t2": {"a b": {"ab"}}},
		},
		{
			name:    "comments and strings do not confuse the scanner",
			ddl:     "/* CREATE TABLE fake ( -- previously: no */\nCREATE TABLE t (\n  s text DEFAULT '-- previously: no (',\n  n int -- previously: m\n);\n-- previously: stray\n",
			tables:  map[string][]string{},
			columns: map[string]map[string][]string{"t": {"n": {"m"}}},
		},
		{
			name:    "no comments",
			ddl:     "CREATE TABLE t (id int);\n",
			tables:  map[string][]string{},
			columns: map[string]map[string][]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tables, columns := SQLRenames(tt.ddl)
			if !reflect.DeepEqual(tables, tt.tables) {
				t.Errorf("tables = %v, want %v", tables, tt.tables)
			}
			if !reflect.DeepEqual(columns, tt.columns) {
				t.Errorf("columns = %v, want %v", columns, tt.columns)
			}
		})
	}
}

func testSchema() *schema.Schema {
	return &schema.Schema{Tables: []*schema.Table{
		{Name: "customer", Columns: []*schema.Column{{Name: "email"}, {Name: "price", Previously: []string{"cost"}}}},
		{Schema: "shop", Name: "order", Columns: []*schema.Column{{Name: "total"}}},
	}}
}

func TestApplyRenames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		tables  map[string][]string
		columns map[string]map[string][]string
		wantErr string
	}{
		{name: "applies", tables: map[string][]string{"customer": {"client"}, "shop.order": {"orders"}},
			columns: map[string]map[string][]string{"CUSTOMER": {"Email": {"mail"}, "price": {"cost", "amount"}}, "order": {"total": {"sum"}}}},
		{name: "unknown table", tables: map[string][]string{"nope": {"x"}}, wantErr: `nope: a -- previously: comment names table "nope"`},
		{name: "unknown column", columns: map[string]map[string][]string{"customer": {"nope": {"x"}}}, wantErr: `customer.nope: a -- previously: comment names column "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := testSchema()
			err := ApplyRenames(s, tt.tables, tt.columns)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || !errors.Is(err, dialect.ErrBadInput) {
					t.Fatalf("err = %v, want prefix %q wrapping ErrBadInput", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := s.Table("customer")
			if got := strings.Join(c.Previously, ","); got != "client" {
				t.Errorf("customer previously %q", got)
			}
			if got := strings.Join(c.Column("email").Previously, ","); got != "mail" {
				t.Errorf("email previously %q", got)
			}
			if got := strings.Join(c.Column("price").Previously, ","); got != "cost,amount" {
				t.Errorf("price previously %q", got)
			}
			o := s.Table("order")
			if got := strings.Join(o.Previously, ","); got != "orders" {
				t.Errorf("order previously %q", got)
			}
			if got := strings.Join(o.Column("total").Previously, ","); got != "sum" {
				t.Errorf("total previously %q", got)
			}
		})
	}
}

func TestLoadSQLFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := filepath.Join(dir, "schema.sql")
	empty := filepath.Join(dir, "empty.sql")
	if err := os.WriteFile(good, []byte("CREATE TABLE t (id int);\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte("\n  \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want, wantErr string
	}{
		{name: "reads", path: good, want: "CREATE TABLE t (id int);\n"},
		{name: "missing", path: filepath.Join(dir, "nope.sql"), wantErr: "desired SQL file does not exist"},
		{name: "empty", path: empty, wantErr: "desired SQL file holds no statement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := LoadSQLFile(tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.path+": "+tt.wantErr) || !errors.Is(err, dialect.ErrBadInput) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v", got, err)
			}
		})
	}
}

func TestLoadDocTypesDir(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.yml"), []byte("doctype: A\nfields:\n  - name: x\n    type: int\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := LoadDocTypes(dir, fakeDialect{})
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Table("a").Source; got != filepath.Join(dir, "a.yml")+":1" {
		t.Errorf("source = %q", got)
	}
	for _, tc := range []struct{ name, dir, want string }{
		{"missing", filepath.Join(dir, "nope"), "DocType folder does not exist"},
		{"file", filepath.Join(dir, "a.yml"), "not a folder"},
		{"empty", t.TempDir(), "no DocType files in "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadDocTypes(tc.dir, fakeDialect{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, dialect.ErrBadInput) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestApplySources(t *testing.T) {
	t.Parallel()
	ddl := "-- shop\nCREATE TABLE \"Order\" (\n  id integer PRIMARY KEY,\n  total numeric(10,2)\n    DEFAULT 0,\n  CONSTRAINT pos CHECK (total >= 0)\n);\n\nCREATE TABLE item (id integer);\n"
	s := &schema.Schema{Tables: []*schema.Table{
		{Name: "Order", Columns: []*schema.Column{{Name: "id"}, {Name: "total"}}},
		{Name: "item", Columns: []*schema.Column{{Name: "id"}}},
	}}
	ApplySources(s, "db/schema.sql", ddl)
	got := []string{s.Tables[0].Source, s.Tables[0].Columns[0].Source, s.Tables[0].Columns[1].Source, s.Tables[1].Source, s.Tables[1].Columns[0].Source}
	want := []string{"db/schema.sql:2", "db/schema.sql:3", "db/schema.sql:4", "db/schema.sql:9", ""}
	if !slices.Equal(got, want) {
		t.Errorf("sources = %q, want %q", got, want)
	}
}

func TestLoadSQLFileNeedsAStatement(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, text := range map[string]string{"blank.sql": "  \n", "comments.sql": "-- nothing yet\n/* later */\n"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadSQLFile(p); err == nil || !strings.Contains(err.Error(), "no statement") {
			t.Errorf("%s: err = %v, want a file holding no statement", name, err)
		}
	}
	p := filepath.Join(dir, "bom.sql")
	if err := os.WriteFile(p, []byte("\uFEFFCREATE TABLE t (id int); -- previously: old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ddl, err := LoadSQLFile(p)
	if err != nil || strings.HasPrefix(ddl, "\uFEFF") {
		t.Fatalf("bom.sql: %q, %v", ddl, err)
	}
	if tables, _ := SQLRenames(ddl); len(tables["t"]) != 1 {
		t.Errorf("the rename on the first line after a BOM was lost: %v", tables)
	}
}

func TestApplySQLRenames(t *testing.T) {
	t.Parallel()
	table := func() *schema.Schema {
		return &schema.Schema{Tables: []*schema.Table{{Schema: "billing", Name: "t", Columns: []*schema.Column{
			{Name: "key"}, {Name: "n\"q"}, {Name: "amount"}, {Name: "g"}, {Name: "b"},
		}}}}
	}
	ddl := "CREATE TABLE billing.t ( -- previously: billing.old_t\n" +
		"  key TEXT, -- previously: k\n" +
		"  \"n\"\"q\" TEXT, -- previously: \"o\"\"q\"\n" +
		"  amount INT -- Previously : amt\n" +
		");\n"
	s := table()
	if err := ApplySQLRenames(s, "s.sql", ddl); err != nil {
		t.Fatal(err)
	}
	tb := s.Tables[0]
	got := []string{strings.Join(tb.Previously, ","), strings.Join(tb.Column("key").Previously, ","), strings.Join(tb.Column("n\"q").Previously, ","), strings.Join(tb.Column("amount").Previously, ",")}
	if want := []string{"old_t", "k", "o\"q", "amt"}; !slices.Equal(got, want) {
		t.Errorf("previously = %q, want %q", got, want)
	}
	for ddl, want := range map[string]string{
		"CREATE TABLE billing.t (\n  g TEXT, b TEXT -- previously: old_b\n);\n":                 "s.sql:2: billing.t.g: a -- previously: comment is on a line that defines more than one column",
		"CREATE TABLE billing.t (\n  nope TEXT -- previously: x\n);\n":                          "s.sql:2:",
		"CREATE TABLE other (\n  id int\n); -- previously: x\n":                                 "",
		"CREATE TABLE nosuch ( -- previously: x\n  id int\n);\n":                                "s.sql:1:",
		"CREATE TABLE billing.t (\n  g TEXT, -- previously: b\n  b TEXT -- previously: g\n);\n": "s.sql:2: billing.t.g: former name \"b\" is the name of another column",
	} {
		err := ApplySQLRenames(table(), "s.sql", ddl)
		if want == "" {
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", ddl, err, want)
		}
	}
}
