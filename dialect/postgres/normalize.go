package postgres

import (
	"math"
	"math/big"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/schemaguard/schemaguard/schema"
)

// normalizeDirect computes, without a database, what Inspect would read
// back after the scratch path of Normalize created desired. It covers what
// DocType files produce (the types MapType spells, literal defaults, named
// keys, indexes on plain columns, foreign keys, select checks) and reports
// ok=false for anything whose catalog spelling it cannot be certain of
// (other check or default expressions, enums, expression or partial
// indexes, names PostgreSQL would truncate or choose itself, anything the
// server would refuse), so that the caller falls back to the scratch
// database. The rules below mirror PostgreSQL 15's format_type,
// pg_get_expr (ruleutils.c get_const_expr) and makeObjectName; the test
// TestNormalizeDirectMatchesScratch holds them to the real server.
func normalizeDirect(desired *schema.Schema, patterns []string) (*schema.Schema, bool) {
	n := &direct{
		tables:    map[string]*schema.Table{},
		relations: map[string]bool{},
	}
	out := &schema.Schema{Dialect: Name}
	// First pass: tables and columns, so that keys can look up any table.
	for _, dt := range desired.Tables {
		t, ok := n.table(dt, patterns)
		if !ok {
			return nil, false
		}
		out.Tables = append(out.Tables, t)
	}
	// Then keys and indexes, so that foreign keys can find their target's
	// unique key whatever the table order; then foreign keys and checks.
	cons := make([]map[string]bool, len(desired.Tables))
	for i, dt := range desired.Tables {
		cons[i] = map[string]bool{}
		if !n.indexes(dt, out.Tables[i], cons[i]) {
			return nil, false
		}
	}
	for i, dt := range desired.Tables {
		if !n.constraints(dt, out.Tables[i], cons[i]) {
			return nil, false
		}
	}
	// Sequences of identity columns are relations too; PostgreSQL picks
	// another name when one is taken, but an explicit name created after
	// them would then fail.
	for _, seq := range n.sequences {
		if n.relations[tkey(seq.ns, seq.name)] {
			return nil, false
		}
	}
	out.Normalize()
	return out, true
}

type direct struct {
	// tables maps schema\x00name to the normalized table.
	tables map[string]*schema.Table
	// relations holds schema\x00name of every table and index.
	relations map[string]bool
	sequences []struct{ ns, name string }
}

// maxIdent is the longest identifier PostgreSQL keeps (NAMEDATALEN - 1);
// longer names are truncated, which the scratch path shows but this one
// does not try to.
const maxIdent = 63

func validName(s string) bool {
	return s != "" && len(s) <= maxIdent && utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// systemColumns are names a user column may not take.
var systemColumns = map[string]bool{"tableoid": true, "xmin": true, "cmin": true, "xmax": true, "cmax": true, "ctid": true}

func (n *direct) relation(ns, name string) bool {
	if !validName(name) || n.relations[tkey(ns, name)] {
		return false
	}
	n.relations[tkey(ns, name)] = true
	return true
}

func (n *direct) table(dt *schema.Table, patterns []string) (*schema.Table, bool) {
	ns := dt.Schema
	if ns == "" {
		// An empty scratch database has only public on the search path.
		ns = "public"
	}
	if !matchAny(patterns, ns) || strings.HasPrefix(dt.Name, "schemaguard_") || !n.relation(ns, dt.Name) {
		return nil, false
	}
	t := &schema.Table{Schema: ns, Name: dt.Name, Comment: dt.Comment, Previously: dt.Previously, Source: dt.Source}
	seen := map[string]bool{}
	pk := map[string]bool{}
	if dt.PrimaryKey != nil {
		for _, p := range dt.PrimaryKey.Parts {
			pk[p.Column] = true
		}
	}
	for _, dc := range dt.Columns {
		if !validName(dc.Name) || seen[dc.Name] || systemColumns[dc.Name] {
			return nil, false
		}
		seen[dc.Name] = true
		col, ok := n.column(dc)
		if !ok {
			return nil, false
		}
		if pk[dc.Name] {
			// A primary key makes its columns NOT NULL.
			col.Nullable = false
		}
		if col.AutoIncrement {
			n.sequences = append(n.sequences, struct{ ns, name string }{ns, makeObjectName(dt.Name, dc.Name, "seq")})
		}
		t.Columns = append(t.Columns, col)
	}
	n.tables[tkey(ns, dt.Name)] = t
	return t, true
}

func matchAny(patterns []string, ns string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, ns); ok {
			return true
		}
	}
	return false
}

func (n *direct) column(dc *schema.Column) (*schema.Column, bool) {
	if dc.Generated != "" || dc.Collation != "" || dc.OnUpdate != "" {
		return nil, false
	}
	typ, ok := catalogType(dc.Type)
	if !ok {
		return nil, false
	}
	col := &schema.Column{Name: dc.Name, Type: typ, Nullable: dc.Nullable, Comment: dc.Comment, Previously: dc.Previously, Source: dc.Source}
	if dc.AutoIncrement {
		if !typ.Kind.IsInteger() {
			return nil, false
		}
		// An identity column is NOT NULL and has no default.
		col.AutoIncrement, col.Nullable = true, false
		return col, true
	}
	if dc.Default != nil {
		d, ok := defaultExpr(*dc.Default, typ)
		if !ok {
			return nil, false
		}
		col.Default = &d
	}
	return col, true
}

var (
	varcharTypeRE = regexp.MustCompile(`^character varying\(([1-9][0-9]*)\)$`)
	numericTypeRE = regexp.MustCompile(`^numeric\(([1-9][0-9]*),([0-9]+)\)$`)
)

// plainTypes are the format_type spellings MapType produces without a modifier.
var plainTypes = map[string]schema.Kind{
	"character varying":           schema.KindString,
	"text":                        schema.KindText,
	"smallint":                    schema.KindSmallInt,
	"integer":                     schema.KindInt,
	"bigint":                      schema.KindBigInt,
	"real":                        schema.KindFloat,
	"double precision":            schema.KindDouble,
	"numeric":                     schema.KindDecimal,
	"boolean":                     schema.KindBool,
	"date":                        schema.KindDate,
	"timestamp without time zone": schema.KindDateTime,
	"time without time zone":      schema.KindTime,
	"jsonb":                       schema.KindJSON,
	"uuid":                        schema.KindUUID,
	"bytea":                       schema.KindBytes,
}

// catalogType is the type Inspect reports for a column declared with t.Raw,
// for the spellings MapType produces (enums excepted).
func catalogType(t schema.Type) (schema.Type, bool) {
	if k, ok := plainTypes[t.Raw]; ok {
		return schema.Type{Kind: k, Raw: t.Raw}, true
	}
	if m := varcharTypeRE.FindStringSubmatch(t.Raw); m != nil {
		l, err := strconv.Atoi(m[1])
		if err != nil || l > 10485760 {
			return schema.Type{}, false
		}
		return schema.Type{Kind: schema.KindString, Raw: t.Raw, Length: l}, true
	}
	if m := numericTypeRE.FindStringSubmatch(t.Raw); m != nil {
		p, err1 := strconv.Atoi(m[1])
		s, err2 := strconv.Atoi(m[2])
		if err1 != nil || err2 != nil || p > 1000 || s > p || (len(m[2]) > 1 && m[2][0] == '0') {
			return schema.Type{}, false
		}
		return schema.Type{Kind: schema.KindDecimal, Raw: t.Raw, Precision: p, Scale: s}, true
	}
	return schema.Type{}, false
}

var (
	intLitRE = regexp.MustCompile(`^-?[0-9]+$`)
	decLitRE = regexp.MustCompile(`^(-?)([0-9]*)\.([0-9]*)$`)
)

// defaultExpr spells a default the way pg_get_expr prints it, followed by
// Inspect's own normalization; ok is false for anything but literals of the
// column's own family and the current date and time.
func defaultExpr(d string, t schema.Type) (string, bool) {
	switch {
	case t.Kind.IsNumeric():
		return numericLiteral(d)
	case t.Kind == schema.KindBool:
		switch strings.ToLower(d) {
		case "true":
			return "true", true
		case "false":
			return "false", true
		}
	case t.Kind.IsString():
		v, ok := stringLiteral(d)
		if !ok {
			return "", false
		}
		label := "text"
		if t.Kind == schema.KindString {
			label = "character varying"
		}
		return quoteLiteral(v) + "::" + label, true
	case t.Kind == schema.KindDateTime:
		switch strings.ToLower(d) {
		case "current_timestamp", "now()", "transaction_timestamp()":
			return "CURRENT_TIMESTAMP", true
		}
	case t.Kind == schema.KindDate:
		if strings.EqualFold(d, "current_date") {
			return "CURRENT_DATE", true
		}
	}
	return "", false
}

// numericLiteral prints a number literal as get_const_expr does: the
// parser makes an integer an int4 constant when the value fits, else int8,
// else numeric, and a number with a point numeric; a non-negative int4 and
// a numeric whose text has a point print bare, anything else quoted with
// its type. The column's implicit cast is not printed.
func numericLiteral(d string) (string, bool) {
	if intLitRE.MatchString(d) {
		v, ok := new(big.Int).SetString(d, 10)
		if !ok {
			return "", false
		}
		text := v.String()
		switch {
		case v.IsInt64() && v.Int64() >= math.MinInt32 && v.Int64() <= math.MaxInt32:
			if v.Sign() >= 0 {
				return text, true
			}
			return "'" + text + "'::integer", true
		case v.IsInt64():
			return "'" + text + "'::bigint", true
		}
		return "'" + text + "'::numeric", true
	}
	m := decLitRE.FindStringSubmatch(d)
	if m == nil || m[2]+m[3] == "" {
		return "", false
	}
	intPart := strings.TrimLeft(m[2], "0")
	if intPart == "" {
		intPart = "0"
	}
	text := intPart
	if m[3] != "" {
		text += "." + m[3]
	}
	// numeric has no negative zero.
	if m[1] == "-" && strings.Trim(m[2]+m[3], "0") != "" {
		text = "-" + text
	}
	if text[0] != '-' && strings.Contains(text, ".") {
		return text, true
	}
	return "'" + text + "'::numeric", true
}

// stringLiteral reads a standard string literal ('it”s'). Backslashes are
// refused: their meaning depends on standard_conforming_strings.
func stringLiteral(d string) (string, bool) {
	if len(d) < 2 || d[0] != '\'' || d[len(d)-1] != '\'' || strings.ContainsAny(d, "\\\x00") {
		return "", false
	}
	inner := d[1 : len(d)-1]
	v := strings.ReplaceAll(inner, "''", "'")
	if strings.Contains(strings.ReplaceAll(inner, "''", ""), "'") || !utf8.ValidString(v) {
		return "", false
	}
	return v, true
}

// constraint records a constraint name of one table; names must be unique per table.
func constraint(names map[string]bool, name string) bool {
	if !validName(name) || names[name] {
		return false
	}
	names[name] = true
	return true
}

// indexes fills in the primary key and indexes of t.
func (n *direct) indexes(dt, t *schema.Table, names map[string]bool) bool {
	if dt.PrimaryKey != nil {
		name := dt.PrimaryKey.Name
		if name == "" {
			// What ChooseRelationName picks when nothing else holds the name.
			name = makeObjectName(t.Name, "", "pkey")
		}
		pk, ok := n.index(t, dt.PrimaryKey, name)
		if !ok || hasDesc(pk) || !constraint(names, name) {
			return false
		}
		pk.Unique, pk.Constraint = true, false
		t.PrimaryKey = pk
	}
	for _, di := range dt.Indexes {
		if di.Constraint && (!di.Unique || hasDesc(di)) {
			// The scratch path would create a plain unique index or a
			// unique constraint the desired index does not describe.
			return false
		}
		ix, ok := n.index(t, di, di.Name)
		if !ok || (ix.Constraint && !constraint(names, ix.Name)) {
			return false
		}
		t.Indexes = append(t.Indexes, ix)
	}
	return true
}

// constraints fills in the foreign keys and checks of t.
func (n *direct) constraints(dt, t *schema.Table, names map[string]bool) bool {
	for _, dfk := range dt.ForeignKeys {
		fk, ok := n.foreignKey(t, dfk)
		if !ok || !constraint(names, fk.Name) {
			return false
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
	for _, dc := range dt.Checks {
		expr, ok := selectCheck(t, dc.Expr)
		if !ok || !constraint(names, dc.Name) {
			return false
		}
		t.Checks = append(t.Checks, &schema.Check{Name: dc.Name, Expr: expr})
	}
	return true
}

func hasDesc(ix *schema.Index) bool {
	for _, p := range ix.Parts {
		if p.Desc {
			return true
		}
	}
	return false
}

// index is a btree index on plain columns of t, as Inspect reads it.
func (n *direct) index(t *schema.Table, di *schema.Index, name string) (*schema.Index, bool) {
	// An explicit method, even btree, turns a unique constraint into a bare
	// unique index in the scratch path; leave it to that path.
	if di.Where != "" || di.Method != "" || len(di.Include) > 0 || di.Invisible || len(di.Parts) == 0 || !n.relation(t.Schema, name) {
		return nil, false
	}
	ix := &schema.Index{Name: name, Unique: di.Unique, Constraint: di.Constraint}
	for _, p := range di.Parts {
		if p.Column == "" || p.Expr != "" || p.Prefix != 0 || t.Column(p.Column) == nil {
			return nil, false
		}
		ix.Parts = append(ix.Parts, schema.IndexPart{Column: p.Column, Desc: p.Desc})
	}
	return ix, true
}

var fkActions = map[string]string{"": "", "NO ACTION": "", "CASCADE": "CASCADE", "SET NULL": "SET NULL", "RESTRICT": "RESTRICT", "SET DEFAULT": "SET DEFAULT"}

// foreignKey is a named foreign key whose target is a unique key of a
// desired table with the same column types.
func (n *direct) foreignKey(t *schema.Table, dfk *schema.ForeignKey) (*schema.ForeignKey, bool) {
	del, ok1 := fkActions[dfk.OnDelete]
	upd, ok2 := fkActions[dfk.OnUpdate]
	if !ok1 || !ok2 || len(dfk.Columns) == 0 || len(dfk.Columns) != len(dfk.RefColumns) {
		return nil, false
	}
	refNs := dfk.RefSchema
	if refNs == "" {
		refNs = t.Schema
	}
	ref := n.tables[tkey(refNs, dfk.RefTable)]
	if ref == nil {
		return nil, false
	}
	for i, c := range dfk.Columns {
		col, rc := t.Column(c), ref.Column(dfk.RefColumns[i])
		if col == nil || rc == nil || col.Type.Raw != rc.Type.Raw {
			return nil, false
		}
	}
	if !uniqueOn(ref, dfk.RefColumns) {
		return nil, false
	}
	return &schema.ForeignKey{Name: dfk.Name, Columns: append([]string(nil), dfk.Columns...), RefSchema: refNs,
		RefTable: dfk.RefTable, RefColumns: append([]string(nil), dfk.RefColumns...), OnDelete: del, OnUpdate: upd}, true
}

// uniqueOn reports whether the primary key or a unique index of t has
// exactly cols, in order, as a foreign key's target needs (a stricter rule
// than PostgreSQL's, which accepts any order).
func uniqueOn(t *schema.Table, cols []string) bool {
	same := func(ix *schema.Index) bool {
		if ix == nil || !ix.Unique || len(ix.Parts) != len(cols) {
			return false
		}
		for i, p := range ix.Parts {
			if p.Column != cols[i] || p.Desc {
				return false
			}
		}
		return true
	}
	if same(t.PrimaryKey) {
		return true
	}
	for _, ix := range t.Indexes {
		if same(ix) {
			return true
		}
	}
	return false
}

var inListRE = regexp.MustCompile(`^\s*([a-z_][a-z0-9_$]*)\s+(?i:in)\s*\((.*)\)\s*$`)

// selectCheck spells a DocType select check, `col IN ('a','b')` on a
// string column, the way Inspect reads it back: pg_get_expr's
// `(col)::text = ANY ((ARRAY['a'::character varying, ...])::text[])`
// (or `col = 'a'::text` for one value) through stripParens and
// canonicalExpr. Any other expression is left to the scratch path.
func selectCheck(t *schema.Table, expr string) (string, bool) {
	m := inListRE.FindStringSubmatch(expr)
	if m == nil || keywords[m[1]] {
		return "", false
	}
	col := t.Column(m[1])
	if col == nil || !col.Type.Kind.IsString() {
		return "", false
	}
	vals, ok := literalList(m[2])
	if !ok {
		return "", false
	}
	ref, label := m[1], "text"
	if col.Type.Kind == schema.KindString {
		ref, label = "("+m[1]+")::text", "character varying"
	}
	var e string
	if len(vals) == 1 {
		e = "(" + ref + " = " + quoteLiteral(vals[0]) + "::text)"
	} else {
		elems := make([]string, len(vals))
		for i, v := range vals {
			elems[i] = quoteLiteral(v) + "::" + label
		}
		arr := "ARRAY[" + strings.Join(elems, ", ") + "]"
		if label != "text" {
			arr = "(" + arr + ")::text[]"
		}
		e = "(" + ref + " = ANY (" + arr + "))"
	}
	return canonicalExpr(stripParens(e)), true
}

// literalList splits `'a', 'b”c'` into its values.
func literalList(s string) ([]string, bool) {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] != '\'' {
			return nil, false
		}
		end := -1
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					i++
					continue
				}
				end = i
				break
			}
		}
		if end < 0 {
			return nil, false
		}
		v, ok := stringLiteral(s[:end+1])
		if !ok {
			return nil, false
		}
		out = append(out, v)
		s = strings.TrimSpace(s[end+1:])
		if s == "" {
			break
		}
		if s[0] != ',' {
			return nil, false
		}
		s = strings.TrimSpace(s[1:])
		if s == "" {
			return nil, false
		}
	}
	return out, len(out) > 0
}

// keywords are PostgreSQL 15's non-unreserved keywords
// (pg_get_keywords() WHERE catcode <> 'U'): as a bare column name in a
// check they mean something else or are quoted by pg_get_expr.
var keywords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`all analyse analyze and any array as asc asymmetric authorization between
bigint binary bit boolean both case cast char character check coalesce collate collation column concurrently
constraint create cross current_catalog current_date current_role current_schema current_time current_timestamp
current_user dec decimal default deferrable desc distinct do else end except exists extract false fetch float for
foreign freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect
interval into is isnull join lateral leading least left like limit localtime localtimestamp national natural nchar
none normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay placing position
precision primary real references returning right row select session_user setof similar smallint some substring
symmetric table tablesample then time timestamp to trailing treat trim true union unique user using values varchar
variadic verbose when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces
xmlparse xmlpi xmlroot xmlserialize xmltable`) {
		m[w] = true
	}
	return m
}()

// makeObjectName is PostgreSQL's makeObjectName (indexcmds.c): name1,
// name2 and label joined by underscores, the longer of the two names cut
// first so that the result fits in 63 bytes, never inside a character.
func makeObjectName(name1, name2, label string) string {
	overhead := 0
	n1, n2 := len(name1), len(name2)
	if name2 != "" {
		overhead++
	}
	if label != "" {
		overhead += len(label) + 1
	}
	avail := maxIdent - overhead
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	n1, n2 = clip(name1, n1), clip(name2, n2)
	out := name1[:n1]
	if name2 != "" {
		out += "_" + name2[:n2]
	}
	if label != "" {
		out += "_" + label
	}
	return out
}

// clip is pg_mbcliplen for UTF-8: the longest prefix of at most n bytes
// that ends on a character boundary.
func clip(s string, n int) int {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
