package source

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
)

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, body := range files {
		m[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

func load(t *testing.T, files map[string]string) (*schema.Schema, error) {
	t.Helper()
	return LoadDocTypesFS(mapFS(files), ".", fakeDialect{})
}

const customer = `doctype: Customer
previously: [client]
fields:
  - name: email
    type: string
    max_length: 120
    required: true
    unique: true
    previously: mail
  - name: first_name
    type: string
    max_length: 50
  - name: last_name
    type: string
    max_length: 50
    index: true
  - name: balance
    type: decimal
    precision: 12
    scale: 2
    default: 0.00
  - name: active
    type: bool
    default: true
  - name: status
    type: select
    options: [lead, customer, lost]
    default: lead
  - name: created_at
    type: datetime
    default: {expr: CURRENT_TIMESTAMP}
  - name: visits
    type: int
    unsigned: true
    default: 0
  - name: notes
    type: text
    default: "it's"
indexes:
  - fields: [last_name, first_name]
  - fields: [email, status]
    unique: true
    name: customer_email_status
`

const salesOrder = `{
  "doctype": "SalesOrder",
  "fields": [
    {"name": "customer", "type": "link", "to": "Customer", "required": true, "on_delete": "cascade"},
    {"name": "referrer", "type": "link", "to": "Customer", "unique": true},
    {"name": "code", "type": "uuid", "primary_key": true}
  ]
}
`

func TestLoadDocTypesGood(t *testing.T) {
	t.Parallel()
	s, err := load(t, map[string]string{
		"customer.yaml":    customer,
		"sales_order.json": salesOrder,
		"README.md":        "not a doctype: [",
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.Dialect != "fake" || len(s.Tables) != 2 {
		t.Fatalf("got dialect %q, %d tables", s.Dialect, len(s.Tables))
	}
	c := s.Table("customer")
	if c == nil {
		t.Fatal("no table customer")
	}
	if c.Source != "customer.yaml:1" || strings.Join(c.Previously, ",") != "client" {
		t.Errorf("customer: source %q previously %v", c.Source, c.Previously)
	}
	wantCols := []struct {
		name, raw string
		kind      schema.Kind
		nullable  bool
		def       string
		source    string
	}{
		{"id", "bigint", schema.KindBigInt, false, "", "customer.yaml:1"},
		{"email", "string(120)", schema.KindString, false, "", "customer.yaml:4"},
		{"first_name", "string(50)", schema.KindString, true, "", "customer.yaml:10"},
		{"last_name", "string(50)", schema.KindString, true, "", "customer.yaml:13"},
		{"balance", "decimal(12,2)", schema.KindDecimal, true, "0.00", "customer.yaml:17"},
		{"active", "bool", schema.KindBool, true, "TRUE", "customer.yaml:22"},
		{"status", "string(8)", schema.KindString, true, "'lead'", "customer.yaml:25"},
		{"created_at", "datetime", schema.KindDateTime, true, "CURRENT_TIMESTAMP", "customer.yaml:29"},
		{"visits", "int unsigned", schema.KindInt, true, "0", "customer.yaml:32"},
		{"notes", "text", schema.KindText, true, "'it''s'", "customer.yaml:36"},
	}
	if len(c.Columns) != len(wantCols) {
		t.Fatalf("customer has %d columns, want %d", len(c.Columns), len(wantCols))
	}
	for i, w := range wantCols {
		got := c.Columns[i]
		def := ""
		if got.Default != nil {
			def = *got.Default
		}
		if got.Name != w.name || got.Type.Raw != w.raw || got.Type.Kind != w.kind || got.Nullable != w.nullable || def != w.def || got.Source != w.source {
			t.Errorf("column %d = %s %s %v nullable=%v default=%q source=%s; want %+v", i, got.Name, got.Type.Raw, got.Type.Kind, got.Nullable, def, got.Source, w)
		}
	}
	id := c.Column("id")
	if !id.AutoIncrement || c.PrimaryKey == nil || c.PrimaryKey.Name != "customer_pkey" || strings.Join(c.PrimaryKey.Columns(), ",") != "id" {
		t.Errorf("customer pk: %+v auto=%v", c.PrimaryKey, id.AutoIncrement)
	}
	if got := strings.Join(c.Column("email").Previously, ","); got != "mail" {
		t.Errorf("email previously = %q", got)
	}
	if c.Column("visits").Type.Unsigned != true {
		t.Error("visits not unsigned")
	}
	var ixs []string
	for _, ix := range c.Indexes {
		ixs = append(ixs, ix.Signature()+" "+ix.Name)
	}
	wantIx := "unique (email) customer_email_key|unique (email,status) customer_email_status|(last_name,first_name) customer_last_name_first_name_idx|(last_name) customer_last_name_idx"
	if got := strings.Join(ixs, "|"); got != wantIx {
		t.Errorf("indexes\n got %s\nwant %s", got, wantIx)
	}
	if len(c.Checks) != 1 || c.Checks[0].Name != "customer_status_check" || c.Checks[0].Expr != "status IN ('lead','customer','lost')" {
		t.Errorf("checks: %+v", c.Checks)
	}

	o := s.Table("sales_order")
	if o == nil {
		t.Fatal("no table sales_order")
	}
	if o.Source != "sales_order.json:2" {
		t.Errorf("sales_order source %q", o.Source)
	}
	if o.Column("id") != nil || o.PrimaryKey.Name != "sales_order_pkey" || strings.Join(o.PrimaryKey.Columns(), ",") != "code" {
		t.Errorf("sales_order pk %+v", o.PrimaryKey)
	}
	code := o.Column("code")
	if code.Nullable || code.AutoIncrement || code.Type.Raw != "uuid" {
		t.Errorf("code column %+v", code)
	}
	cust := o.Column("customer")
	if cust.Type.Kind != schema.KindBigInt || cust.Type.Raw != "bigint" || cust.Nullable {
		t.Errorf("customer link column %+v", cust)
	}
	if ref := o.Column("referrer"); !ref.Nullable {
		t.Error("referrer link should be nullable")
	}
	var fks []string
	for _, fk := range o.ForeignKeys {
		fks = append(fks, fk.Name+" "+fk.Signature()+" "+fk.OnDelete)
	}
	wantFK := "sales_order_customer_fkey customer->customer(id) CASCADE|sales_order_referrer_fkey referrer->customer(id) "
	if got := strings.Join(fks, "|"); got != wantFK {
		t.Errorf("fks\n got %s\nwant %s", got, wantFK)
	}
	ixs = nil
	for _, ix := range o.Indexes {
		ixs = append(ixs, ix.Signature()+" "+ix.Name)
	}
	wantIx = "(customer) sales_order_customer_idx|unique (referrer) sales_order_referrer_key"
	if got := strings.Join(ixs, "|"); got != wantIx {
		t.Errorf("order indexes\n got %s\nwant %s", got, wantIx)
	}
}

func TestSnakeCase(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"camel", "SalesOrder", "sales_order"},
		{"single", "Customer", "customer"},
		{"acronym", "HTTPRequest", "http_request"},
		{"spaces", "Sales Order Item", "sales_order_item"},
		{"digits", "Order2Item", "order2_item"},
		{"already", "sales_order", "sales_order"},
		{"dashes", "sales-order", "sales_order"},
		{"symbols only", "!!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := snakeCase(tt.in); got != tt.want {
				t.Errorf("snakeCase(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLoadDocTypesErrors(t *testing.T) {
	t.Parallel()
	const cust = "doctype: Customer\nfields:\n  - name: email\n    type: text\n"
	tests := []struct {
		name  string
		files map[string]string
		// want lists substrings of the message, starting with "file:line: field".
		want []string
	}{
		{"unknown type", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: strng\n"},
			[]string{"a.yaml:4: fields.x.type: unknown type \"strng\"", "did you mean \"string\"", "valid types: string, text"}},
		{"missing type", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n"},
			[]string{"a.yaml:3: fields.x.type: missing required key type", "valid types"}},
		{"string without max_length", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: string\n"},
			[]string{"a.yaml:4: fields.x.max_length: type string needs max_length"}},
		{"max_length zero", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: string\n    max_length: 0\n"},
			[]string{"a.yaml:5: fields.x.max_length: max_length must be greater than 0"}},
		{"max_length not a number", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: string\n    max_length: long\n"},
			[]string{"a.yaml:5: fields.x.max_length: expected a whole number"}},
		{"max_length on int", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    max_length: 3\n"},
			[]string{"a.yaml:5: fields.x.max_length: max_length applies to string and select only"}},
		{"decimal without precision", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: decimal\n"},
			[]string{"a.yaml:4: fields.x.precision: type decimal needs precision"}},
		{"decimal scale above precision", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: decimal\n    precision: 5\n    scale: 6\n"},
			[]string{"a.yaml:6: fields.x.scale: scale must be between 0 and precision 5, got 6"}},
		{"decimal zero precision", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: decimal\n    precision: 0\n"},
			[]string{"a.yaml:5: fields.x.precision: precision must be greater than 0"}},
		{"decimal negative scale", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: decimal\n    precision: 5\n    scale: -1\n"},
			[]string{"a.yaml:6: fields.x.scale: scale must be between 0"}},
		{"precision on string", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: text\n    precision: 3\n"},
			[]string{"a.yaml:5: fields.x.precision: precision applies to decimal only"}},
		{"link to missing doctype", map[string]string{"a.yaml": cust, "b.yaml": "doctype: B\nfields:\n  - name: c\n    type: link\n    to: Custmer\n"},
			[]string{"b.yaml:5: fields.c.to: link to unknown doctype \"Custmer\"", "did you mean \"Customer\"", "known doctypes: Customer, B"}},
		{"link without to", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: c\n    type: link\n"},
			[]string{"a.yaml:4: fields.c.to: a link field needs to:"}},
		{"to on non-link", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: c\n    type: int\n    to: A\n"},
			[]string{"a.yaml:5: fields.c.to: to applies to link only"}},
		{"on_delete unknown", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: c\n    type: link\n    to: A\n    on_delete: explode\n"},
			[]string{"a.yaml:6: fields.c.on_delete: unknown on_delete action \"explode\"", "cascade, set null, restrict"}},
		{"set null on required link", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: c\n    type: link\n    to: A\n    required: true\n    on_delete: set null\n"},
			[]string{"a.yaml:7: fields.c.on_delete: on_delete: set null conflicts with required"}},
		{"link to composite key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    primary_key: true\n  - name: y\n    type: int\n    primary_key: true\n", "b.yaml": "doctype: B\nfields:\n  - name: a\n    type: link\n    to: A\n"},
			[]string{"b.yaml:5: fields.a.to: doctype \"A\" has a 2-column primary key"}},
		{"duplicate field", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n  - name: x\n    type: text\n"},
			[]string{"a.yaml:5: fields.x: duplicate field name \"x\" (first on line 3)"}},
		{"field named id", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: id\n    type: int\n"},
			[]string{"a.yaml:3: fields.id: field \"id\" clashes with the default primary key"}},
		{"duplicate doctype", map[string]string{"a.yaml": cust, "b.yaml": "doctype: Customer\ntable: other\n"},
			[]string{"b.yaml:1: doctype: doctype \"Customer\" is already defined in a.yaml:1"}},
		{"duplicate table", map[string]string{"a.yaml": cust, "b.yaml": "doctype: Other\ntable: customer\n"},
			[]string{"b.yaml:2: table: table \"customer\" is already used by doctype \"Customer\" (a.yaml:1)"}},
		{"previously names a live table", map[string]string{"a.yaml": cust, "b.yaml": "doctype: Other\npreviously: [customer]\n"},
			[]string{"b.yaml:2: previously: former name \"customer\" is the current table of doctype \"Customer\""}},
		{"previously names a live column", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n  - name: y\n    type: int\n    previously: x\n"},
			[]string{"a.yaml:7: fields.y.previously: former name \"x\" is the name of field \"x\""}},
		{"select without options", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: select\n"},
			[]string{"a.yaml:4: fields.s.options: type select needs a non-empty options list"}},
		{"select empty options", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: select\n    options: []\n"},
			[]string{"a.yaml:4: fields.s.options: type select needs a non-empty options list"}},
		{"select duplicate option", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: select\n    options:\n      - a\n      - a\n"},
			[]string{"a.yaml:7: fields.s.options[1]: option \"a\" is listed twice"}},
		{"select max_length too short", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: select\n    options: [abc]\n    max_length: 2\n"},
			[]string{"a.yaml:6: fields.s.max_length: max_length 2 is shorter than the longest option (3 characters)"}},
		{"select default not an option", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: select\n    options: [a, b]\n    default: c\n"},
			[]string{"a.yaml:6: fields.s.default: default \"c\" is not one of the options: a, b"}},
		{"options on non-select", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: s\n    type: text\n    options: [a]\n"},
			[]string{"a.yaml:5: fields.s.options: options applies to select only"}},
		{"typo in field key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    requierd: true\n"},
			[]string{"a.yaml:5: fields.x.requierd: unknown key \"requierd\" (did you mean \"required\"?)", "valid keys: name, type, max_length"}},
		{"typo in top key", map[string]string{"a.yaml": "doctype: A\nfeilds: []\n"},
			[]string{"a.yaml:2: feilds: unknown key \"feilds\" (did you mean \"fields\"?)", "valid keys: doctype, table, previously, fields, indexes"}},
		{"typo in index key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\nindexes:\n  - fields: [x]\n    uniq: true\n"},
			[]string{"a.yaml:7: indexes[0].uniq: unknown key \"uniq\"", "valid keys: fields, unique, name"}},
		{"unknown default key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: datetime\n    default: {exp: now()}\n"},
			[]string{"a.yaml:5: fields.x.default.exp: unknown key \"exp\"", "valid keys: expr"}},
		{"yaml syntax error", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: [int\n"},
			[]string{"a.yaml:4: invalid YAML at 4:"}},
		{"json syntax error", map[string]string{"a.json": "{\"doctype\": \"A\",\n \"fields\": [}\n"},
			[]string{"a.json:2: invalid JSON at 2:13: invalid character '}'"}},
		{"duplicate yaml key", map[string]string{"a.yaml": "doctype: A\ndoctype: B\n"},
			[]string{"a.yaml:2: invalid YAML"}},
		{"empty file", map[string]string{"a.yaml": "# nothing\n"},
			[]string{"a.yaml: file is empty"}},
		{"top level list", map[string]string{"a.yaml": "- doctype: A\n"},
			[]string{"a.yaml:1: expected a mapping with doctype and fields, got list"}},
		{"missing doctype", map[string]string{"a.yaml": "table: a\n"},
			[]string{"a.yaml:1: doctype: missing required key doctype"}},
		{"doctype is a number", map[string]string{"a.yaml": "doctype: 12\n"},
			[]string{"a.yaml:1: doctype: expected text, got integer \"12\""}},
		{"empty doctype", map[string]string{"a.yaml": "doctype: \"\"\n"},
			[]string{"a.yaml:1: doctype: doctype is empty"}},
		{"no table name derivable", map[string]string{"a.yaml": "doctype: \"!!\"\n"},
			[]string{"a.yaml:1: doctype: cannot derive a table name"}},
		{"fields not a list", map[string]string{"a.yaml": "doctype: A\nfields: {x: int}\n"},
			[]string{"a.yaml:2: fields: expected a list of fields, got mapping"}},
		{"field not a mapping", map[string]string{"a.yaml": "doctype: A\nfields:\n  - x\n"},
			[]string{"a.yaml:3: fields[0]: expected a field mapping"}},
		{"field without name", map[string]string{"a.yaml": "doctype: A\nfields:\n  - type: int\n"},
			[]string{"a.yaml:3: fields[0].name: missing required key name"}},
		{"unsigned on text", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: text\n    unsigned: true\n"},
			[]string{"a.yaml:5: fields.x.unsigned: unsigned applies to int, bigint and smallint only"}},
		{"required not bool", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: text\n    required: maybe\n"},
			[]string{"a.yaml:5: fields.x.required: expected true or false"}},
		{"int default text", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    default: abc\n"},
			[]string{"a.yaml:5: fields.x.default: default for type int must be a number"}},
		{"int default fraction", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    default: 1.5\n"},
			[]string{"a.yaml:5: fields.x.default: default for type int must be a whole number"}},
		{"smallint default out of range", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: smallint\n    default: 70000\n"},
			[]string{"a.yaml:5: fields.x.default: default 70000 is out of range for smallint (-32768 to 32767)"}},
		{"unsigned int default out of range", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    unsigned: true\n    default: 4294967296\n"},
			[]string{"a.yaml:6: fields.x.default: default 4294967296 is out of range for int (0 to 4294967295)"}},
		{"decimal default overflows", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: decimal\n    precision: 3\n    scale: 1\n    default: 99.95\n"},
			[]string{"a.yaml:7: fields.x.default: default 99.95 does not fit decimal(3,1)"}},
		{"float default out of range", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: float\n    default: 1e39\n"},
			[]string{"a.yaml:5: fields.x.default: default 1e39 is out of range for float"}},
		{"bool default text", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: bool\n    default: \"yes\"\n"},
			[]string{"a.yaml:5: fields.x.default: default for type bool must be true or false"}},
		{"string default too long", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: string\n    max_length: 2\n    default: abc\n"},
			[]string{"a.yaml:6: fields.x.default: default is 3 characters, longer than max_length 2"}},
		{"default list", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: text\n    default: [a]\n"},
			[]string{"a.yaml:5: fields.x.default: expected a scalar default"}},
		{"dialect refuses type", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: bytes\n"},
			[]string{"a.yaml:4: fields.x.type: dialect fake cannot store type bytes: bytes are not supported by fake"}},
		{"index on unknown field", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\nindexes:\n  - fields: [x, y]\n"},
			[]string{"a.yaml:6: indexes[0].fields[1]: unknown field \"y\"; fields: id, x"}},
		{"index name clash", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    index: true\nindexes:\n  - fields: [x]\n"},
			[]string{"a.yaml:7: indexes[0]: index name \"a_x_idx\" is already used by field \"x\""}},
		{"index without fields", map[string]string{"a.yaml": "doctype: A\nindexes:\n  - unique: true\n"},
			[]string{"a.yaml:3: indexes[0].fields: missing required key fields"}},
		{"unique on primary key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    primary_key: true\n    unique: true\n"},
			[]string{"a.yaml:6: fields.x: a primary key field needs no extra index"}},
		{"link as primary key", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: link\n    to: A\n    primary_key: true\n"},
			[]string{"a.yaml:6: fields.x.primary_key: a link field cannot be the primary key"}},
		{"second document", map[string]string{"a.yaml": "doctype: A\n---\ndoctype: B\n"},
			[]string{"a.yaml:3: invalid YAML at 3:", "one document in each file"}},
		{"merge key", map[string]string{"a.yaml": "base: &b {type: int}\ndoctype: A\n"},
			[]string{"a.yaml:1: base: unknown key"}},
		{"JSON trailing comma", map[string]string{"a.json": "{\n  \"doctype\": \"A\",\n  \"fields\": [{\"name\": \"x\", \"type\": \"int\"},]\n}\n"},
			[]string{"a.json:3: invalid JSON at 3:43: invalid character ']'"}},
		{"JSON comment", map[string]string{"a.JSON": "{\"doctype\": \"A\"} # no\n"},
			[]string{"a.JSON:1: invalid JSON at 1:18: text after the JSON value"}},
		{"JSON cut short", map[string]string{"a.json": "{\"doctype\": \"A\",\n"},
			[]string{"a.json:2: invalid JSON at 2:1: the file ends before the JSON value does"}},
		{"not UTF-8", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: caf\xe9\n    type: int\n"},
			[]string{"a.yaml:3: invalid UTF-8 at 3:14: DocType files must be UTF-8 text"}},
		{"previously own field name", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    previously: [w, x]\n"},
			[]string{"a.yaml:5: fields.x.previously: field \"x\" lists its own name as a former name"}},
		{"previously shared by two fields", map[string]string{"a.yaml": "doctype: A\nfields:\n  - name: x\n    type: int\n    previously: z\n  - name: y\n    type: int\n    previously: [w, z]\n"},
			[]string{"a.yaml:8: fields.y.previously: former column name \"z\" is also declared by field \"x\" (line 5)"}},
		{"previously shared by two doctypes", map[string]string{"a.yaml": "doctype: A\npreviously: old\n", "b.yaml": "doctype: B\npreviously: [old]\n"},
			[]string{"b.yaml:2: previously: former table name \"old\" is also declared by doctype \"A\" (a.yaml:2)"}},
		{"empty folder", map[string]string{"README.md": "hi"},
			[]string{"no DocType files in .; add one *.yaml per DocType"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := load(t, tt.files)
			if err == nil {
				t.Fatal("no error")
			}
			var se *Error
			if !errors.As(err, &se) {
				t.Fatalf("error %T is not *source.Error: %v", err, err)
			}
			if !errors.Is(err, dialect.ErrBadInput) {
				t.Errorf("error does not wrap dialect.ErrBadInput: %v", err)
			}
			if se.Hint == "" {
				t.Errorf("error has no hint: %v", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.want[0]) {
				t.Errorf("error\n got %s\nwant prefix %s", msg, tt.want[0])
			}
			for _, w := range tt.want[1:] {
				if !strings.Contains(msg, w) {
					t.Errorf("error\n got %s\nwant it to contain %s", msg, w)
				}
			}
		})
	}
}

func TestLoadDocTypesKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		table string
		// pk is the key columns; col/raw/nullable describe one link column.
		pk       string
		col, raw string
		nullable bool
		fk       string
	}{
		{name: "link takes a string key's type",
			files: map[string]string{
				"country.yaml": "doctype: Country\nfields:\n  - name: code\n    type: string\n    max_length: 2\n    primary_key: true\n",
				"city.yaml":    "doctype: City\nfields:\n  - name: country\n    type: link\n    to: Country\n    on_delete: restrict\n",
			},
			table: "city", pk: "id", col: "country", raw: "string(2)", nullable: true, fk: "city_country_fkey country->country(code) RESTRICT"},
		{name: "self link",
			files: map[string]string{"node.yaml": "doctype: Tree Node\nfields:\n  - name: parent\n    type: link\n    to: Tree Node\n    on_delete: set null\n"},
			table: "tree_node", pk: "id", col: "parent", raw: "bigint", nullable: true, fk: "tree_node_parent_fkey parent->tree_node(id) SET NULL"},
		{name: "composite key",
			files: map[string]string{"m.yaml": "doctype: Membership\ntable: members\nfields:\n  - name: org\n    type: int\n    primary_key: true\n  - name: user\n    type: int\n    primary_key: true\n"},
			table: "members", pk: "org,user", col: "user", raw: "int"},
		{name: "unsigned key is copied to links",
			files: map[string]string{
				"a.yaml": "doctype: A\nfields:\n  - name: k\n    type: int\n    unsigned: true\n    primary_key: true\n",
				"b.yaml": "doctype: B\nfields:\n  - name: a\n    type: link\n    to: A\n    required: true\n",
			},
			table: "b", pk: "id", col: "a", raw: "int unsigned", fk: "b_a_fkey a->a(k) "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := load(t, tt.files)
			if err != nil {
				t.Fatal(err)
			}
			tb := s.Table(tt.table)
			if tb == nil {
				t.Fatalf("no table %s", tt.table)
			}
			if got := strings.Join(tb.PrimaryKey.Columns(), ","); got != tt.pk || tb.PrimaryKey.Name != tt.table+"_pkey" {
				t.Errorf("pk %s %s, want %s", tb.PrimaryKey.Name, got, tt.pk)
			}
			for _, name := range tb.PrimaryKey.Columns() {
				if c := tb.Column(name); c == nil || c.Nullable {
					t.Errorf("key column %s missing or nullable", name)
				}
			}
			c := tb.Column(tt.col)
			if c == nil || c.Type.Raw != tt.raw || c.Nullable != tt.nullable || c.AutoIncrement {
				t.Fatalf("column %s = %+v, want raw %s nullable %v", tt.col, c, tt.raw, tt.nullable)
			}
			var fks []string
			for _, fk := range tb.ForeignKeys {
				fks = append(fks, fk.Name+" "+fk.Signature()+" "+fk.OnDelete)
			}
			if got := strings.Join(fks, "|"); got != tt.fk {
				t.Errorf("fks %q, want %q", got, tt.fk)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"full", &Error{File: "a.yaml", Line: 3, Field: "fields.x.type", Msg: "bad"}, "a.yaml:3: fields.x.type: bad"},
		{"no line", &Error{File: "a.yaml", Msg: "bad"}, "a.yaml: bad"},
		{"no file", &Error{Field: "t.c", Msg: "bad"}, "t.c: bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if !errors.Is(tt.err, dialect.ErrBadInput) {
				t.Error("does not wrap ErrBadInput")
			}
		})
	}
}

func TestSelectCheckQuotesColumn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, field, want string
	}{
		{name: "plain", field: "status", want: "status IN ('a','b')"},
		{name: "keyword", field: "order", want: `"order" IN ('a','b')`},
		{name: "mixed case", field: "Mixed Case", want: `"Mixed Case" IN ('a','b')`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := load(t, map[string]string{"t.yaml": "doctype: T\nfields:\n  - name: \"" + tt.field + "\"\n    type: select\n    options: [a, b]\n"})
			if err != nil {
				t.Fatal(err)
			}
			if cs := s.Table("t").Checks; len(cs) != 1 || cs[0].Expr != tt.want {
				t.Errorf("checks = %+v, want %s", cs, tt.want)
			}
		})
	}
}

func TestLoadDocTypesByteOrderMark(t *testing.T) {
	t.Parallel()
	s, err := load(t, map[string]string{
		"a.yaml": "\xef\xbb\xbfdoctype: A\nfields:\n  - name: x\n    type: int\n",
		"b.json": "\xef\xbb\xbf{\"doctype\": \"B\", \"fields\": [{\"name\": \"y\", \"type\": \"int\"}]}\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	if s.Table("a") == nil || s.Table("b") == nil {
		t.Fatalf("tables %v", s.Tables)
	}
}
