package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source"
)

// docTypeSet writes a random folder of DocType files: every field type,
// literal and expression defaults, required, unique and index flags,
// links (to earlier, later and the same DocType, every on_delete), selects,
// custom primary keys and composite indexes. Names include mixed case,
// spaces and reserved words (outside select fields, whose check names the
// column bare).
func docTypeSet(seed uint64) fstest.MapFS {
	r := rand.New(rand.NewPCG(seed, 0xd0c))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	ndoc := 2 + r.IntN(6)
	names := make([]string, ndoc)
	for i := range names {
		names[i] = fmt.Sprintf("%s%d", pick("Item", "SalesOrder", "Customer", "HTTPLog", "Note"), i)
	}
	pkKind := make([]string, ndoc) // "" for the default id
	for i := range pkKind {
		if r.IntN(5) == 0 {
			pkKind[i] = pick("string", "int", "uuid", "bigint")
		}
	}
	colNames := []string{"title", "qty", "amount", "Full Name", "order", "user", "status", "kind", "created_at", "x", "y", "flag", "note", "ref", "CamelCase", "d", "t", "j", "u", "b", "big", "small", "f", "g"}
	fs := fstest.MapFS{}
	for i, name := range names {
		var b strings.Builder
		fmt.Fprintf(&b, "doctype: %s\n", name)
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "table: %q\n", fmt.Sprintf("Tab %d", i))
		}
		b.WriteString("fields:\n")
		used := map[string]bool{}
		var fields []string
		if pkKind[i] != "" {
			fmt.Fprintf(&b, "  - name: key_%d\n    type: %s\n    primary_key: true\n", i, pkKind[i])
			if pkKind[i] == "string" {
				b.WriteString("    max_length: 40\n")
			}
			fields = append(fields, fmt.Sprintf("key_%d", i))
		}
		nf := 3 + r.IntN(12)
		for range nf {
			col := pick(colNames...)
			if used[col] {
				continue
			}
			used[col] = true
			typ := pick("string", "text", "int", "bigint", "smallint", "float", "double", "decimal", "bool", "date", "datetime", "time", "json", "uuid", "bytes", "select", "select", "link", "link")
			if typ == "select" && (col != strings.ToLower(col) || strings.ContainsAny(col, " ") || keywords[col]) {
				typ = "text"
			}
			fmt.Fprintf(&b, "  - name: %q\n    type: %s\n", col, typ)
			intDigits := 0
			fields = append(fields, col)
			switch typ {
			case "string":
				fmt.Fprintf(&b, "    max_length: %d\n", 1+r.IntN(300))
			case "decimal":
				p := 1 + r.IntN(38)
				sc := r.IntN(p + 1)
				fmt.Fprintf(&b, "    precision: %d\n    scale: %d\n", p, sc)
				intDigits = p - sc
			case "select":
				opts := []string{"draft", "it's", "é", "日本", "5", "", "x y", "DONE"}
				r.Shuffle(len(opts), func(a, b int) { opts[a], opts[b] = opts[b], opts[a] })
				opts = opts[:1+r.IntN(len(opts))]
				q := make([]string, len(opts))
				for k, o := range opts {
					q[k] = fmt.Sprintf("%q", o)
				}
				fmt.Fprintf(&b, "    options: [%s]\n", strings.Join(q, ", "))
				if r.IntN(3) == 0 {
					fmt.Fprintf(&b, "    max_length: %d\n", 20+r.IntN(10))
				}
				if r.IntN(2) == 0 {
					fmt.Fprintf(&b, "    default: %q\n", opts[r.IntN(len(opts))])
				}
			case "link":
				to := r.IntN(ndoc)
				fmt.Fprintf(&b, "    to: %s\n", names[to])
				act := pick("none", "cascade", "set null", "restrict", "")
				if act != "" {
					fmt.Fprintf(&b, "    on_delete: %s\n", act)
				}
				if act == "set null" {
					typ = "link-nullable"
				}
			}
			if r.IntN(3) == 0 {
				if d := defaultFor(r, typ); d != "" {
					// A default must fit its decimal (the loader refuses it).
					if typ == "decimal" && map[string]int{"12": 2, "1.50": 1, "-1.5": 1, "-3": 1}[d] > intDigits {
						d = "0"
					}
					fmt.Fprintf(&b, "    default: %s\n", d)
				}
			}
			if r.IntN(3) == 0 && typ != "link-nullable" {
				b.WriteString("    required: true\n")
			}
			switch r.IntN(6) {
			case 0:
				b.WriteString("    unique: true\n")
			case 1:
				b.WriteString("    index: true\n")
			}
		}
		if len(fields) >= 2 && r.IntN(2) == 0 {
			b.WriteString("indexes:\n")
			for k := range 1 + r.IntN(2) {
				r.Shuffle(len(fields), func(a, b int) { fields[a], fields[b] = fields[b], fields[a] })
				n := min(len(fields), 2+r.IntN(2))
				q := make([]string, n)
				for j := range n {
					q[j] = fmt.Sprintf("%q", fields[j])
				}
				fmt.Fprintf(&b, "  - fields: [%s]\n", strings.Join(q, ", "))
				if r.IntN(2) == 0 {
					b.WriteString("    unique: true\n")
				}
				if r.IntN(2) == 0 {
					fmt.Fprintf(&b, "    name: ix_%d_%d_%d\n", seed, i, k)
				}
			}
		}
		fs[fmt.Sprintf("%02d.yaml", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fs
}

// defaultFor is a DocType default for a field type, or "" for none. The
// literals cover what get_const_expr prints differently: negative and
// large integers, trailing zeros, numbers without an integer part, quotes.
func defaultFor(r *rand.Rand, typ string) string {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	switch typ {
	case "smallint":
		return pick("0", "7", "-5", "32767", "-32768", "0x10")
	case "int":
		return pick("0", "7", "-5", "2147483647", "-2147483648", "0x10")
	case "bigint":
		return pick("0", "7", "-5", "2147483647", "-2147483648", "3000000000", "-9000000000", "0x10")
	case "decimal":
		return pick("0", "1.50", "-1.5", "0.5", "12", "-0.0", "0.125", "-3")
	case "float", "double":
		return pick("1.5", "0", "-2.25", "3", "1.50", "-1")
	case "bool":
		return pick("true", "false")
	case "string", "text":
		return pick(`"abc"`, `"it's"`, `""`, `"é日本"`, `"5"`, `"TRUE"`, `"a  b"`)
	case "datetime":
		return pick("{expr: CURRENT_TIMESTAMP}", "{expr: now()}", "{expr: current_timestamp}")
	case "date":
		return "{expr: CURRENT_DATE}"
	}
	return ""
}

// TestNormalizeDirectMatchesScratch holds normalizeDirect to the server:
// for many DocType folders, the schema it spells without a database must
// equal the one the scratch database reads back, field for field.
func TestNormalizeDirectMatchesScratch(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	c := open(t, u, dialect.OpenOptions{})
	var mu sync.Mutex
	seen := map[string]bool{}
	t.Run("seeds", func(t *testing.T) {
		for seed := uint64(1); seed <= 60; seed++ {
			t.Run(fmt.Sprint(seed), func(t *testing.T) {
				t.Parallel()
				desired, err := source.LoadDocTypesFS(docTypeSet(seed), ".", &Dialect{})
				if err != nil {
					t.Fatalf("generated DocTypes do not load: %v", err)
				}
				fast, ok := normalizeDirect(desired, c.opts.Schemas)
				if !ok {
					t.Fatalf("normalizeDirect fell back on a DocType schema")
				}
				mu.Lock()
				features(fast, seen)
				mu.Unlock()
				slow, err := c.normalizeScratch(context.Background(), desired)
				if err != nil {
					t.Fatal(err)
				}
				if d := diff.Compute(slow, fast); len(d) != 0 {
					t.Errorf("scratch -> direct: %v", d)
				}
				if d := diff.Compute(fast, slow); len(d) != 0 {
					t.Errorf("direct -> scratch: %v", d)
				}
				if fast.Hash() != slow.Hash() {
					t.Errorf("Hash differs")
				}
				fj, sj := annotated(fast), annotated(slow)
				if fj != sj {
					t.Errorf("schemas differ:\ndirect:  %s\nscratch: %s", fj, sj)
				}
			})
		}
	})
	// Shapes SQL-like schemas have and DocTypes do not: checks on text
	// columns, unique constraints, descending parts, ON UPDATE actions,
	// an unnamed primary key, comments, another schema.
	t.Run("hand-written", func(t *testing.T) {
		str := func(s string) *string { return &s }
		bigint := schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}
		text := schema.Type{Kind: schema.KindText, Raw: "text"}
		desired := &schema.Schema{Dialect: Name, Tables: []*schema.Table{{
			Name: "a", Comment: "it's a table",
			Columns: []*schema.Column{
				{Name: "id", Type: bigint, AutoIncrement: true, Comment: `back\slash`},
				{Name: "t", Type: text, Nullable: true, Default: str("'x'")},
				{Name: "one", Type: text, Nullable: true},
				{Name: "v", Type: schema.Type{Kind: schema.KindString, Raw: "character varying"}, Nullable: true},
				{Name: "n", Type: schema.Type{Kind: schema.KindDecimal, Raw: "numeric"}, Nullable: true, Default: str("-0.50")},
			},
			PrimaryKey: &schema.Index{Parts: []schema.IndexPart{{Column: "id"}}},
			Indexes: []*schema.Index{
				{Name: "a_t_key", Unique: true, Constraint: true, Parts: []schema.IndexPart{{Column: "t"}, {Column: "v"}}},
				{Name: "a_desc", Parts: []schema.IndexPart{{Column: "n", Desc: true}, {Column: "t"}}},
			},
			Checks: []*schema.Check{
				{Name: "a_t_check", Expr: "t IN ('x', 'y')"},
				{Name: "a_one_check", Expr: "one in ('only')"},
				{Name: "a_v_check", Expr: "v IN ('p','q')"},
			},
		}, {
			Name: "b",
			Columns: []*schema.Column{
				{Name: "id", Type: bigint},
				{Name: "a_t", Type: text, Nullable: true},
				{Name: "a_v", Type: schema.Type{Kind: schema.KindString, Raw: "character varying"}, Nullable: true},
			},
			PrimaryKey:  &schema.Index{Name: "b_pk", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}},
			ForeignKeys: []*schema.ForeignKey{{Name: "b_a", Columns: []string{"a_t", "a_v"}, RefTable: "a", RefColumns: []string{"t", "v"}, OnUpdate: "CASCADE", OnDelete: "SET DEFAULT"}},
		}}}
		fast, ok := normalizeDirect(desired, c.opts.Schemas)
		if !ok {
			t.Fatal("normalizeDirect fell back")
		}
		slow, err := c.normalizeScratch(context.Background(), desired)
		if err != nil {
			t.Fatal(err)
		}
		if fj, sj := annotated(fast), annotated(slow); fj != sj {
			t.Errorf("schemas differ:\ndirect:  %s\nscratch: %s", fj, sj)
		}
	})
	// The comparison proves something only if the schemas held every case
	// (unless -run left the seeds out).
	if len(seen) == 0 {
		return
	}
	var want []string
	for k := schema.KindString; k <= schema.KindBytes; k++ {
		want = append(want, "type "+k.String())
	}
	want = append(want, "default bare", "default quoted", "default string", "default CURRENT_TIMESTAMP", "default CURRENT_DATE",
		"default bool", "check one value", "check many values", "fk CASCADE", "fk SET NULL", "fk RESTRICT", "fk NO ACTION",
		"unique index", "composite index", "custom primary key", "quoted column name")
	for _, f := range want {
		if !seen[f] {
			t.Errorf("no generated schema has %s; widen docTypeSet", f)
		}
	}
}

// features notes which cases a normalized schema holds.
func features(s *schema.Schema, seen map[string]bool) {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			seen["type "+c.Type.Kind.String()] = true
			if !isPlainIdent(c.Name) {
				seen["quoted column name"] = true
			}
			if c.Default == nil {
				continue
			}
			d := *c.Default
			switch {
			case strings.HasPrefix(d, "CURRENT"):
				seen["default "+d] = true
			case d == "true" || d == "false":
				seen["default bool"] = true
			case strings.HasSuffix(d, "::character varying") || strings.HasSuffix(d, "::text"):
				seen["default string"] = true
			case strings.HasPrefix(d, "'"):
				seen["default quoted"] = true
			default:
				seen["default bare"] = true
			}
		}
		if len(t.PrimaryKey.Parts) == 1 && t.PrimaryKey.Parts[0].Column != "id" {
			seen["custom primary key"] = true
		}
		for _, ix := range t.Indexes {
			if ix.Unique {
				seen["unique index"] = true
			}
			if len(ix.Parts) > 1 {
				seen["composite index"] = true
			}
		}
		for _, fk := range t.ForeignKeys {
			a := fk.OnDelete
			if a == "" {
				a = "NO ACTION"
			}
			seen["fk "+a] = true
		}
		for _, ck := range t.Checks {
			if strings.Contains(ck.Expr, "ANY") {
				seen["check many values"] = true
			} else {
				seen["check one value"] = true
			}
		}
	}
}

// annotated is the JSON of a schema with the annotations Hash leaves out.
func annotated(s *schema.Schema) string {
	type note struct {
		Table, Column, Source string
		Previously            []string
	}
	var notes []note
	for _, t := range s.Tables {
		notes = append(notes, note{t.Name, "", t.Source, t.Previously})
		for _, c := range t.Columns {
			notes = append(notes, note{t.Name, c.Name, c.Source, c.Previously})
		}
	}
	b, _ := json.Marshal(struct {
		S     *schema.Schema
		Notes []note
	}{s, notes})
	return string(b)
}

// TestNormalizeFallsBack lists desired schemas normalizeDirect cannot spell
// with certainty; Normalize must take the scratch path for them and still
// give what the server reads back.
func TestNormalizeFallsBack(t *testing.T) {
	t.Parallel()
	str := func(s string) *string { return &s }
	base := func() *schema.Table {
		return &schema.Table{Name: "t", Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}, AutoIncrement: true},
			{Name: "name", Type: schema.Type{Kind: schema.KindString, Raw: "character varying(20)", Length: 20}, Nullable: true},
			{Name: "day", Type: schema.Type{Kind: schema.KindDate, Raw: "date"}, Nullable: true},
		}, PrimaryKey: &schema.Index{Name: "t_pkey", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}}}
	}
	tests := []struct {
		name string
		edit func(t *schema.Table)
	}{
		{"arbitrary check", func(t *schema.Table) {
			t.Checks = []*schema.Check{{Name: "t_len", Expr: "length(name) > 3"}}
		}},
		{"unnamed check", func(t *schema.Table) { t.Checks = []*schema.Check{{Expr: "name IN ('a','b')"}} }},
		{"check on a keyword column", func(t *schema.Table) {
			t.Columns[1].Name = "user"
			t.Checks = []*schema.Check{{Name: "c", Expr: "user IN ('a','b')"}}
		}},
		{"expression default", func(t *schema.Table) { t.Columns[1].Default = str("lower('X')") }},
		{"backslash default", func(t *schema.Table) { t.Columns[1].Default = str(`'a\b'`) }},
		{"date literal default", func(t *schema.Table) { t.Columns[2].Default = str("'2020-1-1'") }},
		{"exponent default", func(t *schema.Table) {
			t.Columns = append(t.Columns, &schema.Column{Name: "n", Type: schema.Type{Kind: schema.KindDecimal, Raw: "numeric"}, Nullable: true, Default: str("1e3")})
		}},
		{"expression index", func(t *schema.Table) {
			t.Indexes = []*schema.Index{{Name: "t_lower", Parts: []schema.IndexPart{{Expr: "lower((name)::text)"}}}}
		}},
		{"partial index", func(t *schema.Table) {
			t.Indexes = []*schema.Index{{Name: "t_part", Parts: []schema.IndexPart{{Column: "name"}}, Where: "(day IS NOT NULL)"}}
		}},
		{"long index name", func(t *schema.Table) {
			t.Indexes = []*schema.Index{{Name: strings.Repeat("i", 70), Parts: []schema.IndexPart{{Column: "name"}}}}
		}},
		{"enum", func(t *schema.Table) {
			t.Columns[1].Type = schema.Type{Kind: schema.KindEnum, Raw: "mood", EnumName: "mood", Values: []string{"a", "b"}}
		}},
		{"collation", func(t *schema.Table) { t.Columns[1].Collation = "C" }},
		{"array type", func(t *schema.Table) { t.Columns[1].Type = schema.Type{Kind: schema.KindOther, Raw: "text[]"} }},
		{"unnamed foreign key", func(t *schema.Table) {
			t.Columns = append(t.Columns, &schema.Column{Name: "parent", Type: schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}, Nullable: true})
			t.ForeignKeys = []*schema.ForeignKey{{Columns: []string{"parent"}, RefTable: "t", RefColumns: []string{"id"}}}
		}},
		{"index named like a sequence", func(t *schema.Table) {
			t.Indexes = []*schema.Index{{Name: "t_id_seq", Parts: []schema.IndexPart{{Column: "name"}}}}
		}},
	}
	u := newDB(t)
	c := open(t, u, dialect.OpenOptions{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tb := base()
			tc.edit(tb)
			desired := &schema.Schema{Dialect: Name, Tables: []*schema.Table{tb}}
			if _, ok := normalizeDirect(desired, c.opts.Schemas); ok {
				t.Fatalf("normalizeDirect spelled it; it should leave it to the scratch database")
			}
			got, err := c.Normalize(context.Background(), desired)
			want, werr := c.normalizeScratch(context.Background(), desired)
			if (err == nil) != (werr == nil) {
				t.Fatalf("Normalize: %v; scratch path: %v", err, werr)
			}
			if err != nil {
				// The server refuses it (a name taken twice): both say so.
				return
			}
			if got.Hash() != want.Hash() {
				t.Errorf("Normalize differs from the scratch path")
			}
		})
	}
}

// TestNormalizeDocTypeNeedsNoScratch: with a dev URL that cannot be
// reached, DocType schemas still normalize, so no scratch database is used.
func TestNormalizeDocTypeNeedsNoScratch(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	c := open(t, u, dialect.OpenOptions{DevURL: "postgres://nobody@127.0.0.1:1/none?connect_timeout=1"})
	desired, err := source.LoadDocTypesFS(docTypeSet(7), ".", &Dialect{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Normalize(context.Background(), desired); err != nil {
		t.Fatalf("Normalize touched the scratch database: %v", err)
	}
	if _, err := c.LoadSQL(context.Background(), "x.sql", "CREATE TABLE x (id int)"); err == nil {
		t.Fatalf("LoadSQL reached the unreachable dev database")
	}
}

func TestNumericLiteral(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"zero", "0", "0"},
		{"int", "7", "7"},
		{"leading zeros", "007", "7"},
		{"negative int", "-5", "'-5'::integer"},
		{"int4 min", "-2147483648", "'-2147483648'::integer"},
		{"int8", "3000000000", "'3000000000'::bigint"},
		{"negative int8", "-9000000000", "'-9000000000'::bigint"},
		{"beyond int8", "12345678901234567890", "'12345678901234567890'::numeric"},
		{"decimal", "1.50", "1.50"},
		{"no integer part", ".5", "0.5"},
		{"negative decimal", "-1.5", "'-1.5'::numeric"},
		{"negative zero", "-0.0", "0.0"},
		{"point only", "1.", "'1'::numeric"},
		{"leading zeros decimal", "00.50", "0.50"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := numericLiteral(tc.in)
			if !ok || got != tc.want {
				t.Errorf("numericLiteral(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
	for _, bad := range []string{"1e3", "+1", "0x10", "", ".", "-", "1.2.3", "NaN"} {
		if got, ok := numericLiteral(bad); ok {
			t.Errorf("numericLiteral(%q) = %q; want a fallback", bad, got)
		}
	}
}

func TestMakeObjectName(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, n1, n2, label, want string }{
		{"short", "item", "", "pkey", "item_pkey"},
		{"sequence", "item", "id", "seq", "item_id_seq"},
		{"long table", strings.Repeat("a", 70), "", "pkey", strings.Repeat("a", 58) + "_pkey"},
		{"long both", strings.Repeat("a", 40), strings.Repeat("b", 40), "seq", strings.Repeat("a", 29) + "_" + strings.Repeat("b", 29) + "_seq"},
		{"multibyte cut", "a" + strings.Repeat("é", 40), "", "pkey", "a" + strings.Repeat("é", 28) + "_pkey"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := makeObjectName(tc.n1, tc.n2, tc.label); got != tc.want {
				t.Errorf("makeObjectName = %q, want %q", got, tc.want)
			}
		})
	}
}
