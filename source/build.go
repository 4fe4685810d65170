package source

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source/yamltree"
)

// kindOf maps the plain field types to schema kinds. select and link are
// handled apart: select is a string, link takes its target's key type.
var kindOf = map[string]schema.Kind{
	"string":   schema.KindString,
	"text":     schema.KindText,
	"int":      schema.KindInt,
	"bigint":   schema.KindBigInt,
	"smallint": schema.KindSmallInt,
	"float":    schema.KindFloat,
	"double":   schema.KindDouble,
	"decimal":  schema.KindDecimal,
	"bool":     schema.KindBool,
	"date":     schema.KindDate,
	"datetime": schema.KindDateTime,
	"time":     schema.KindTime,
	"json":     schema.KindJSON,
	"uuid":     schema.KindUUID,
	"bytes":    schema.KindBytes,
	"select":   schema.KindString,
}

// defaultPK is the column every DocType gets unless a field is its key.
const defaultPK = "id"

// builder turns the specs of all files into one schema.
type builder struct {
	d      dialect.Dialect
	specs  []*docSpec
	byName map[string]*docSpec
	// pk holds each doctype's primary key columns, built before the links
	// that point at them.
	pk map[*docSpec][]*schema.Column
}

func (b *builder) errf(ds *docSpec, line int, field, hint, format string, args ...any) *Error {
	return &Error{File: ds.file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...), Hint: hint}
}

func (b *builder) build() (*schema.Schema, error) {
	b.byName = map[string]*docSpec{}
	tables := map[string]*docSpec{}
	for _, ds := range b.specs {
		if first, dup := b.byName[ds.name]; dup {
			return nil, b.errf(ds, ds.line, "doctype", "rename one of the two DocTypes", "doctype %q is already defined in %s:%d", ds.name, first.file, first.line)
		}
		b.byName[ds.name] = ds
		if first, dup := tables[ds.table]; dup {
			return nil, b.errf(ds, ds.tableLine, "table", "set a different table: in one of the two files", "table %q is already used by doctype %q (%s:%d)", ds.table, first.name, first.file, first.tableLine)
		}
		tables[ds.table] = ds
	}
	if err := b.caseClashes(); err != nil {
		return nil, err
	}
	formerTables := map[string]*docSpec{}
	for _, ds := range b.specs {
		for _, p := range ds.previously {
			if other, clash := tables[p]; clash {
				return nil, b.errf(ds, ds.prevLine, "previously", "a table cannot be renamed to a name another table keeps; remove it from previously", "former name %q is the current table of doctype %q (%s:%d)", p, other.name, other.file, other.tableLine)
			}
			// Two DocTypes continuing one table would leave the plan to
			// guess which of them gets its rows.
			if other, dup := formerTables[b.foldTable(p)]; dup && other != ds {
				return nil, b.errf(ds, ds.prevLine, "previously", "keep the former name only in the DocType that continues that table", "former table name %q is also declared by doctype %q (%s:%d)", p, other.name, other.file, other.prevLine)
			}
			formerTables[b.foldTable(p)] = ds
		}
	}
	b.pk = map[*docSpec][]*schema.Column{}
	for _, ds := range b.specs {
		cols, err := b.primaryKey(ds)
		if err != nil {
			return nil, err
		}
		b.pk[ds] = cols
	}
	s := &schema.Schema{Dialect: b.d.Name()}
	for _, ds := range b.specs {
		t, err := b.table(ds)
		if err != nil {
			return nil, err
		}
		s.Tables = append(s.Tables, t)
	}
	s.Normalize()
	return s, nil
}

func source(file string, line int) string {
	return file + ":" + strconv.Itoa(line)
}

// primaryKey builds the key columns of a DocType: the fields marked
// primary_key, in order, or the default id column.
func (b *builder) primaryKey(ds *docSpec) ([]*schema.Column, error) {
	var cols []*schema.Column
	for _, f := range ds.fields {
		if !f.pk {
			continue
		}
		if f.typ == "link" {
			return nil, b.errf(ds, f.pkLine, f.path+".primary_key", "add an id key and make the link unique instead", "a link field cannot be the primary key")
		}
		c, err := b.column(ds, f)
		if err != nil {
			return nil, err
		}
		c.Nullable = false
		cols = append(cols, c)
	}
	if len(cols) > 0 {
		return cols, nil
	}
	folds := false
	if nf, ok := b.d.(dialect.NameFolder); ok {
		_, folds = nf.FoldsNames()
	}
	for _, f := range ds.fields {
		if f.name == defaultPK || folds && strings.EqualFold(f.name, defaultPK) {
			return nil, b.errf(ds, f.line, f.path, "set primary_key: true on it to make it the key, or rename it", "field %q clashes with the default primary key column %q", f.name, defaultPK)
		}
	}
	t, err := b.d.MapType(schema.Type{Kind: schema.KindBigInt})
	if err != nil {
		return nil, b.errf(ds, ds.line, "doctype", "set primary_key: true on a field of a type the dialect supports", "dialect %s cannot store the default bigint key: %v", b.d.Name(), err)
	}
	return []*schema.Column{{Name: defaultPK, Type: t, AutoIncrement: true, Source: source(ds.file, ds.line)}}, nil
}

func (b *builder) table(ds *docSpec) (*schema.Table, error) {
	t := &schema.Table{Name: ds.table, Previously: ds.previously, Source: source(ds.file, ds.line)}
	pkCols := b.pk[ds]
	pk := &schema.Index{Name: ds.table + "_pkey", Unique: true}
	for _, c := range pkCols {
		pk.Parts = append(pk.Parts, schema.IndexPart{Column: c.Name})
	}
	t.PrimaryKey = pk
	if pkCols[0].Name == defaultPK && len(pkCols) == 1 && pkCols[0].AutoIncrement {
		t.Columns = append(t.Columns, pkCols[0])
	}
	indexNames := map[string]string{pk.Name: "the primary key"}
	addIndex := func(ix *schema.Index, line int, field, what string) error {
		if first, dup := indexNames[ix.Name]; dup {
			return b.errf(ds, line, field, "set a different name: on the index", "index name %q is already used by %s", ix.Name, first)
		}
		indexNames[ix.Name] = what
		t.Indexes = append(t.Indexes, ix)
		return nil
	}
	formerCols := map[string]*fieldSpec{}
	for _, f := range ds.fields {
		var c *schema.Column
		if f.pk {
			for _, pc := range pkCols {
				if pc.Name == f.name {
					c = pc
				}
			}
		} else {
			var err error
			if c, err = b.column(ds, f); err != nil {
				return nil, err
			}
		}
		for _, p := range f.previously {
			if other := findField(ds, p); other == f {
				return nil, b.errf(ds, f.prevLine, f.path+".previously", "remove the current name from previously", "field %q lists its own name as a former name", f.name)
			} else if other != nil {
				return nil, b.errf(ds, f.prevLine, f.path+".previously", "remove it from previously: a column cannot take a name another column keeps", "former name %q is the name of field %q (line %d)", p, other.name, other.line)
			}
			// Two fields continuing one column would leave the plan to guess
			// which of them gets its values.
			if other, dup := formerCols[b.foldColumn(p)]; dup && other != f {
				return nil, b.errf(ds, f.prevLine, f.path+".previously", "keep the former name only on the field that continues that column", "former column name %q is also declared by field %q (line %d)", p, other.name, other.prevLine)
			}
			formerCols[b.foldColumn(p)] = f
		}
		t.Columns = append(t.Columns, c)
		col := []schema.IndexPart{{Column: f.name}}
		if f.pk && (f.unique || f.index) {
			line := f.uniqueLine
			if !f.unique {
				line = f.indexLine
			}
			return nil, b.errf(ds, line, f.path, "remove unique/index: the primary key is already indexed and unique", "a primary key field needs no extra index")
		}
		switch {
		case f.unique:
			if err := addIndex(&schema.Index{Name: ds.table + "_" + f.name + "_key", Unique: true, Parts: col}, f.uniqueLine, f.path+".unique", "field "+strconv.Quote(f.name)); err != nil {
				return nil, err
			}
		case f.index || f.typ == "link":
			// A link gets an index even without index: true: joins and
			// ON DELETE checks look rows up by it, and MySQL would create
			// one implicitly, which would then show up as drift.
			line := f.indexLine
			if line == 0 {
				line = f.line
			}
			if err := addIndex(&schema.Index{Name: ds.table + "_" + f.name + "_idx", Parts: col}, line, f.path, "field "+strconv.Quote(f.name)); err != nil {
				return nil, err
			}
		}
		if f.typ == "link" {
			target := b.byName[f.to]
			tpk := b.pk[target]
			act := onDeleteActions[f.onDelete]
			if act == "SET NULL" && f.required {
				return nil, b.errf(ds, f.onDelLine, f.path+".on_delete", "use cascade or restrict, or drop required", "on_delete: set null conflicts with required: true")
			}
			t.ForeignKeys = append(t.ForeignKeys, &schema.ForeignKey{
				Name:       ds.table + "_" + f.name + "_fkey",
				Columns:    []string{f.name},
				RefTable:   target.table,
				RefColumns: []string{tpk[0].Name},
				OnDelete:   act,
			})
		}
		if w, ok := b.d.(dialect.UnsignedWidener); ok && f.unsigned {
			_, max := w.WidenUnsigned(unsignedKind(f.typ))
			col := b.checkColumn(f.name)
			t.Checks = append(t.Checks, &schema.Check{
				Name: ds.table + "_" + f.name + "_unsigned",
				Expr: col + " >= 0 AND " + col + " <= " + max,
			})
		}
		if f.typ == "select" {
			t.Checks = append(t.Checks, &schema.Check{
				Name: ds.table + "_" + f.name + "_check",
				Expr: b.checkColumn(f.name) + " IN (" + quoteList(f.options) + ")",
			})
		}
	}
	for _, ix := range ds.indexes {
		si := &schema.Index{Name: ix.name, Unique: ix.unique}
		for i, name := range ix.fields {
			if findField(ds, name) == nil && !(name == defaultPK && pkCols[0].Name == defaultPK) {
				return nil, b.errf(ds, ix.fieldsLine, fmt.Sprintf("%s.fields[%d]", ix.path, i), "list fields declared in this DocType", "unknown field %q; fields: %s", name, strings.Join(fieldNames(ds), ", "))
			}
			si.Parts = append(si.Parts, schema.IndexPart{Column: name})
		}
		if si.Name == "" {
			suffix := "_idx"
			if ix.unique {
				suffix = "_key"
			}
			si.Name = ds.table + "_" + strings.Join(ix.fields, "_") + suffix
		}
		if err := addIndex(si, ix.line, ix.path, ix.path); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func findField(ds *docSpec, name string) *fieldSpec {
	for _, f := range ds.fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

func fieldNames(ds *docSpec) []string {
	var out []string
	if !anyPK(ds) {
		out = append(out, defaultPK)
	}
	for _, f := range ds.fields {
		out = append(out, f.name)
	}
	return out
}

func anyPK(ds *docSpec) bool {
	for _, f := range ds.fields {
		if f.pk {
			return true
		}
	}
	return false
}

var plainNameRE = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// checkColumn writes a column name into a check expression: bare when it
// is a plain lower-case word no engine reserves (so the check reads back
// the way the engines print it), else quoted the dialect's way, because a
// select field named order or "Mixed Case" would not parse bare.
func (b *builder) checkColumn(name string) string {
	if plainNameRE.MatchString(name) && !sqlKeywords[name] {
		return name
	}
	if q, ok := b.d.(dialect.IdentQuoter); ok {
		return q.QuoteIdent(name)
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// sqlKeywords are words PostgreSQL (its non-unreserved keywords), MySQL or
// SQLite reserve: as a bare column name in a check they mean something else.
var sqlKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`abort accessible action add after all alter analyse analyze and any array as asc
asymmetric authorization autoincrement before between bigint binary bit boolean both by call cascade case cast change char
character check coalesce collate collation column concurrently condition constraint continue convert create cross
cube cume_dist current current_catalog current_date current_role current_schema current_time current_timestamp
current_user cursor database databases day_hour day_microsecond day_minute day_second dec decimal declare default
deferrable deferred delayed delete dense_rank desc describe deterministic distinct distinctrow div do double drop
dual each else elseif empty enclosed end escape escaped except exclusive exists exit explain extract false fetch
first_value float float4 float8 for force foreign freeze from full fulltext function generated get glob grant group
grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore ilike immediate in index
infile initially inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into
io_after_gtids io_before_gtids is isnull iterate join json_table key keys kill lag last_value lateral lead leading
leave left like limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority
master_bind master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint
minute_microsecond minute_second mod modifies national natural nchar none normalize not notnull nothing
no_write_to_binlog nth_value ntile null nullif numeric of offset on only optimize optimizer_costs option optionally
or order out outer outfile over overlaps overlay partition percent_rank placing position precision primary
procedure purge raise range rank read reads read_write real recursive references regexp reindex release rename
repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema schemas
second_microsecond select sensitive separator session_user set setof show signal similar smallint some spatial
specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl starting
stored straight_join substring symmetric system table tablesample terminated then time timestamp tinyblob tinyint
tinytext to trailing treat trigger trim true undo union unique unlock unsigned update usage use user using
utc_date utc_time utc_timestamp values varbinary varchar varcharacter variadic varying verbose virtual when where
while window with write xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot
xmlserialize xmltable xor year_month zerofill`) {
		m[w] = true
	}
	return m
}()

// sqlString quotes s as an SQL string literal.
func sqlString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

func quoteList(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = sqlString(v)
	}
	return strings.Join(q, ",")
}

// column builds one column, its type mapped by the dialect.
func (b *builder) column(ds *docSpec, f *fieldSpec) (*schema.Column, error) {
	misplaced := func(key, applies string) error {
		return b.errf(ds, f.keyLines[key], f.path+"."+key, "remove "+key+" or change the type", "%s applies to %s only, not to type %s", key, applies, f.typ)
	}
	var t schema.Type
	switch f.typ {
	case "link":
		if f.to == "" {
			return nil, b.errf(ds, f.typLine, f.path+".to", "add to: OtherDocType", "a link field needs to: naming the linked DocType")
		}
		target, ok := b.byName[f.to]
		if !ok {
			msg := fmt.Sprintf("link to unknown doctype %q", f.to)
			if c := yamltree.Closest(f.to, b.doctypeNames()); c != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", c)
			}
			return nil, b.errf(ds, f.toLine, f.path+".to", "add a file for the DocType or fix the name", "%s; known doctypes: %s", msg, strings.Join(b.doctypeNames(), ", "))
		}
		tpk := b.pk[target]
		if len(tpk) != 1 {
			return nil, b.errf(ds, f.toLine, f.path+".to", "give the target a single-column key", "doctype %q has a %d-column primary key; a link needs a single-column key", f.to, len(tpk))
		}
		t = tpk[0].Type
		t.Values = append([]string(nil), t.Values...)
	default:
		if f.to != "" {
			return nil, misplaced("to", "link")
		}
		if f.hasOnDel {
			return nil, misplaced("on_delete", "link")
		}
		t = schema.Type{Kind: kindOf[f.typ]}
	}
	if f.options != nil && f.typ != "select" {
		return nil, misplaced("options", "select")
	}
	if f.hasMaxLen && f.typ != "string" && f.typ != "select" {
		return nil, misplaced("max_length", "string and select")
	}
	if (f.hasPrec || f.hasScale) && f.typ != "decimal" {
		key := "precision"
		if !f.hasPrec {
			key = "scale"
		}
		return nil, misplaced(key, "decimal")
	}
	if f.unsigned {
		if !t.Kind.IsInteger() || f.typ == "link" {
			return nil, misplaced("unsigned", "int, bigint and smallint")
		}
		if w, ok := b.d.(dialect.UnsignedWidener); ok {
			// No unsigned integers here: a wider signed type and a CHECK
			// keep the same values allowed (table() adds the check).
			t.Kind, _ = w.WidenUnsigned(t.Kind)
		} else {
			t.Unsigned = true
		}
	}
	switch f.typ {
	case "string":
		if !f.hasMaxLen {
			return nil, b.errf(ds, f.typLine, f.path+".max_length", "add max_length: N, or use type: text for unbounded text", "type string needs max_length")
		}
		if f.maxLength <= 0 {
			return nil, b.errf(ds, f.maxLenLine, f.path+".max_length", "use a positive number", "max_length must be greater than 0, got %d", f.maxLength)
		}
		t.Length = f.maxLength
	case "select":
		if len(f.options) == 0 {
			return nil, b.errf(ds, f.typLine, f.path+".options", "add options: [a, b]", "type select needs a non-empty options list")
		}
		longest := 0
		for _, o := range f.options {
			longest = max(longest, utf8.RuneCountInString(o))
		}
		longest = max(longest, 1)
		t.Length = longest
		if f.hasMaxLen {
			if f.maxLength < longest {
				return nil, b.errf(ds, f.maxLenLine, f.path+".max_length", "raise max_length or remove it (it defaults to the longest option)", "max_length %d is shorter than the longest option (%d characters)", f.maxLength, longest)
			}
			t.Length = f.maxLength
		}
	case "decimal":
		if !f.hasPrec {
			return nil, b.errf(ds, f.typLine, f.path+".precision", "add precision: P (total digits) and scale: S (digits after the point)", "type decimal needs precision")
		}
		if f.precision <= 0 {
			return nil, b.errf(ds, f.precLine, f.path+".precision", "use a positive number of digits", "precision must be greater than 0, got %d", f.precision)
		}
		if f.scale < 0 || f.scale > f.precision {
			return nil, b.errf(ds, f.keyLines["scale"], f.path+".scale", "use a scale between 0 and precision", "scale must be between 0 and precision %d, got %d", f.precision, f.scale)
		}
		t.Precision, t.Scale = f.precision, f.scale
	}
	if f.typ != "link" {
		mapped, err := b.d.MapType(t)
		if err != nil {
			return nil, b.errf(ds, f.typLine, f.path+".type", "choose a type the dialect supports", "dialect %s cannot store type %s: %v", b.d.Name(), f.typ, err)
		}
		t = mapped
	}
	c := &schema.Column{
		Name:       f.name,
		Type:       t,
		Nullable:   !f.required && !f.pk,
		Previously: f.previously,
		Source:     source(ds.file, f.line),
	}
	if f.def != nil {
		d, err := b.defaultExpr(ds, f)
		if err != nil {
			return nil, err
		}
		c.Default = &d
	}
	return c, nil
}

// caseClashes refuses two tables, or two fields of a DocType, whose names
// differ only in case where the dialect compares names without regard to
// case (dialect.NameFolder): there they are one table or column, and the
// engine would refuse the second one with a message about neither line.
func (b *builder) caseClashes() error {
	nf, ok := b.d.(dialect.NameFolder)
	if !ok {
		return nil
	}
	tables, columns := nf.FoldsNames()
	byTable := map[string]*docSpec{}
	for _, ds := range b.specs {
		if tables {
			if first, dup := byTable[strings.ToLower(ds.table)]; dup {
				return b.errf(ds, ds.tableLine, "table", "give the two DocTypes tables whose names differ in more than case", "table %q differs only in case from table %q of doctype %q (%s:%d), which %s treats as the same table", ds.table, first.table, first.name, first.file, first.tableLine, b.d.Name())
			}
			byTable[strings.ToLower(ds.table)] = ds
		}
		if !columns {
			continue
		}
		seen := map[string]*fieldSpec{}
		for _, f := range ds.fields {
			if first, dup := seen[strings.ToLower(f.name)]; dup {
				return b.errf(ds, f.line, f.path, "rename one of the two fields", "field name %q differs only in case from %q (line %d), which %s treats as the same column", f.name, first.name, first.line, b.d.Name())
			}
			seen[strings.ToLower(f.name)] = f
		}
	}
	return nil
}

// foldTable and foldColumn give the key under which the dialect compares a
// table or column name: lower case where it ignores case.
func (b *builder) foldTable(name string) string {
	if nf, ok := b.d.(dialect.NameFolder); ok {
		if tables, _ := nf.FoldsNames(); tables {
			return strings.ToLower(name)
		}
	}
	return name
}

func (b *builder) foldColumn(name string) string {
	if nf, ok := b.d.(dialect.NameFolder); ok {
		if _, columns := nf.FoldsNames(); columns {
			return strings.ToLower(name)
		}
	}
	return name
}

func (b *builder) doctypeNames() []string {
	out := make([]string, 0, len(b.specs))
	for _, ds := range b.specs {
		out = append(out, ds.name)
	}
	return out
}

// defaultExpr renders a default as SQL: strings become string literals,
// numbers and booleans literals, {expr: ...} is used as written.
func (b *builder) defaultExpr(ds *docSpec, f *fieldSpec) (string, error) {
	d := f.def
	if d.expr != "" {
		return d.expr, nil
	}
	v := d.value
	field := f.path + ".default"
	kind := kindOf[f.typ]
	if f.typ == "link" {
		kind = b.pk[b.byName[f.to]][0].Type.Kind
	}
	switch {
	case kind.IsNumeric():
		if v.Type != yamltree.Int && v.Type != yamltree.Float {
			return "", b.errf(ds, d.line, field, "write a number, or {expr: ...} for an expression", "default for type %s must be a number, got %s", f.typ, v.Describe())
		}
		if v.Type == yamltree.Float && (strings.Contains(v.Value, "Inf") || v.Value == "NaN") {
			return "", b.errf(ds, d.line, field, "write a finite number", "default %s is not a finite number", v.Value)
		}
		if kind.IsInteger() && v.Type != yamltree.Int {
			return "", b.errf(ds, d.line, field, "write a whole number", "default for type %s must be a whole number, got %s", f.typ, v.Value)
		}
		if f.unsigned && strings.HasPrefix(v.Value, "-") {
			return "", b.errf(ds, d.line, field, "use a value of 0 or more, or drop unsigned", "default %s is negative but the field is unsigned", v.Value)
		}
		// PostgreSQL takes a default its column cannot hold and fails
		// every insert that uses it; MySQL refuses the table. Say so here.
		t := schema.Type{Kind: kind, Unsigned: f.unsigned}
		if f.typ == "link" {
			t = b.pk[b.byName[f.to]][0].Type
		}
		if msg := defaultFits(t, f, v.Value); msg != "" {
			return "", b.errf(ds, d.line, field, "use a value the type holds, or a wider type", "default %s %s", v.Value, msg)
		}
		return v.Value, nil
	case kind == schema.KindBool:
		if v.Type != yamltree.Bool {
			return "", b.errf(ds, d.line, field, "write true or false", "default for type bool must be true or false, got %s", v.Describe())
		}
		return strings.ToUpper(v.Value), nil
	}
	if v.Type == yamltree.Bool && f.typ != "select" {
		return "", b.errf(ds, d.line, field, "quote the value to make it text", "default for type %s must be text, got %s", f.typ, v.Describe())
	}
	if f.typ == "select" && !contains(f.options, v.Value) {
		return "", b.errf(ds, d.line, field, "use one of the options or add it to options", "default %q is not one of the options: %s", v.Value, strings.Join(f.options, ", "))
	}
	if f.typ == "string" && utf8.RuneCountInString(v.Value) > f.maxLength {
		return "", b.errf(ds, d.line, field, "shorten the default or raise max_length", "default is %d characters, longer than max_length %d", utf8.RuneCountInString(v.Value), f.maxLength)
	}
	return sqlString(v.Value), nil
}

// defaultFits says why a numeric default does not fit its field's type,
// or "" when it does (or cannot be read as a number here).
func defaultFits(t schema.Type, f *fieldSpec, value string) string {
	if min, max, ok := t.IntRange(); ok {
		n, ok := new(big.Int).SetString(value, 0)
		lo, _ := new(big.Int).SetString(min, 10)
		hi, _ := new(big.Int).SetString(max, 10)
		if ok && (n.Cmp(lo) < 0 || n.Cmp(hi) > 0) {
			return fmt.Sprintf("is out of range for %s (%s to %s)", f.typ, min, max)
		}
		return ""
	}
	switch t.Kind {
	case schema.KindFloat:
		if x, err := strconv.ParseFloat(value, 64); err == nil && math.Abs(x) > math.MaxFloat32 {
			return "is out of range for float (a 4-byte float holds up to 3.4e38)"
		}
	case schema.KindDecimal:
		r, ok := new(big.Rat).SetString(value)
		if !ok || f.precision <= 0 {
			return ""
		}
		// The value as the column stores it, rounded to the scale, needs
		// fewer than precision-scale digits before the point.
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(f.scale)), nil)
		limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(f.precision)), nil)
		scaled := new(big.Rat).Mul(new(big.Rat).Abs(r), new(big.Rat).SetInt(scale))
		rounded := new(big.Int).Quo(new(big.Int).Add(new(big.Int).Mul(scaled.Num(), big.NewInt(2)), scaled.Denom()), new(big.Int).Mul(scaled.Denom(), big.NewInt(2)))
		if rounded.Cmp(limit) >= 0 {
			return fmt.Sprintf("does not fit decimal(%d,%d): it has more than %d digits before the point", f.precision, f.scale, f.precision-f.scale)
		}
	}
	return ""
}

// unsignedKind is the integer kind of a DocType integer type name.
func unsignedKind(typ string) schema.Kind {
	k, _ := schema.ParseKind(typ)
	return k
}
