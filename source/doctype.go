package source

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/schemaguard/schemaguard/source/yamltree"
)

// The keys a DocType file may use, in documentation order.
var (
	docKeys   = []string{"doctype", "table", "previously", "fields", "indexes"}
	fieldKeys = []string{"name", "type", "max_length", "precision", "scale", "required", "default", "unique", "index", "previously", "unsigned", "primary_key", "options", "to", "on_delete"}
	indexKeys = []string{"fields", "unique", "name"}
)

// fieldTypes are the DocType field types, in documentation order.
var fieldTypes = []string{"string", "text", "int", "bigint", "smallint", "float", "double", "decimal", "bool", "date", "datetime", "time", "json", "uuid", "bytes", "select", "link"}

// onDeleteActions maps the on_delete spellings to schema.ForeignKey actions.
var onDeleteActions = map[string]string{
	"none":      "",
	"no action": "",
	"cascade":   "CASCADE",
	"set null":  "SET NULL",
	"restrict":  "RESTRICT",
}

// docSpec is one DocType file as written, with positions.
type docSpec struct {
	file       string
	line       int
	name       string
	table      string
	tableLine  int
	previously []string
	prevLine   int
	fields     []*fieldSpec
	indexes    []*indexSpec
}

type fieldSpec struct {
	path       string
	line       int
	name       string
	typ        string
	typLine    int
	maxLength  int
	hasMaxLen  bool
	maxLenLine int
	precision  int
	hasPrec    bool
	scale      int
	hasScale   bool
	precLine   int
	required   bool
	unique     bool
	uniqueLine int
	index      bool
	indexLine  int
	unsigned   bool
	pk         bool
	pkLine     int
	options    []string
	optLine    int
	to         string
	toLine     int
	onDelete   string
	hasOnDel   bool
	onDelLine  int
	def        *defaultSpec
	previously []string
	prevLine   int
	// lines of keys, to point at keys that do not fit the type.
	keyLines map[string]int
}

type defaultSpec struct {
	line  int
	expr  string // set for {expr: ...}
	value *yamltree.Node
}

type indexSpec struct {
	path       string
	line       int
	name       string
	unique     bool
	fields     []string
	fieldsLine int
}

// reader turns a parsed file into a docSpec, failing on the first problem.
type reader struct {
	file string
}

func (r *reader) errf(line int, field, hint, format string, args ...any) *Error {
	return &Error{File: r.file, Line: line, Field: field, Msg: fmt.Sprintf(format, args...), Hint: hint}
}

func lineOf(e *yamltree.Entry) int {
	if e.Value != nil && e.Value.Line > 0 {
		return e.Value.Line
	}
	return e.Line
}

// checkKeys rejects keys outside valid, suggesting the nearest valid key.
func (r *reader) checkKeys(n *yamltree.Node, path string, valid []string) error {
	for _, e := range n.Entries {
		if contains(valid, e.Key) {
			continue
		}
		field := joinPath(path, e.Key)
		msg := fmt.Sprintf("unknown key %q", e.Key)
		if c := yamltree.Closest(e.Key, valid); c != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", c)
		}
		msg += "; valid keys: " + strings.Join(valid, ", ")
		return r.errf(e.Line, field, "fix or remove the key; see docs/doctypes.md", "%s", msg)
	}
	return nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// str reads a scalar string value. Numbers and booleans are refused so that
// `name: yes` or `to: 1` do not silently become text.
func (r *reader) str(e *yamltree.Entry, field string) (string, error) {
	v := e.Value
	if v == nil || v.Kind != yamltree.Scalar || v.Type != yamltree.String {
		hint := "write a text value"
		if v != nil && v.Kind == yamltree.Scalar {
			hint = "quote the value to make it text"
		}
		return "", r.errf(lineOf(e), field, hint, "expected text, got %s", v.Describe())
	}
	return v.Value, nil
}

// name reads an identifier: non-empty text without control characters.
func (r *reader) name(e *yamltree.Entry, field, what string) (string, error) {
	s, err := r.str(e, field)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(s) == "" {
		return "", r.errf(lineOf(e), field, "give the "+what+" a name", "%s is empty", what)
	}
	for _, c := range s {
		if unicode.IsControl(c) {
			return "", r.errf(lineOf(e), field, "use letters, digits and underscores", "%s %q contains a control character", what, s)
		}
	}
	return s, nil
}

// names reads one name or a list of names (previously: a or previously: [a, b]).
func (r *reader) names(e *yamltree.Entry, field, what string) ([]string, error) {
	if e.Value != nil && e.Value.Kind == yamltree.Seq {
		var out []string
		for i, it := range e.Value.Items {
			sub := yamltree.Entry{Key: e.Key, Line: it.Line, Value: it}
			s, err := r.name(&sub, fmt.Sprintf("%s[%d]", field, i), what)
			if err != nil {
				return nil, err
			}
			if contains(out, s) {
				return nil, r.errf(lineOf(&sub), field, "list each name once", "%q is listed twice", s)
			}
			out = append(out, s)
		}
		if len(out) == 0 {
			return nil, r.errf(lineOf(e), field, "list at least one name or remove the key", "empty list")
		}
		return out, nil
	}
	s, err := r.name(e, field, what)
	if err != nil {
		return nil, err
	}
	return []string{s}, nil
}

func (r *reader) boolean(e *yamltree.Entry, field string) (bool, error) {
	v := e.Value
	if v == nil || v.Kind != yamltree.Scalar || v.Type != yamltree.Bool {
		return false, r.errf(lineOf(e), field, "write true or false", "expected true or false, got %s", v.Describe())
	}
	return v.Value == "true", nil
}

func (r *reader) integer(e *yamltree.Entry, field string) (int, error) {
	v := e.Value
	if v == nil || v.Kind != yamltree.Scalar || v.Type != yamltree.Int {
		return 0, r.errf(lineOf(e), field, "write a whole number", "expected a whole number, got %s", v.Describe())
	}
	n, err := strconv.Atoi(v.Value)
	if err != nil || n > 1<<30 || n < -(1<<30) {
		return 0, r.errf(lineOf(e), field, "write a smaller number", "number %s is out of range", v.Value)
	}
	return n, nil
}

// readDoc reads the top level of a DocType file.
func (r *reader) readDoc(root *yamltree.Node) (*docSpec, error) {
	if root.Kind == yamltree.Null {
		return nil, r.errf(0, "", "start the file with doctype: Name and fields:, or delete it", "file is empty; a DocType file needs at least a doctype key")
	}
	if root.Kind != yamltree.Map {
		return nil, r.errf(root.Line, "", "start the file with doctype: Name", "expected a mapping with doctype and fields, got %s", root.Describe())
	}
	if err := r.checkKeys(root, "", docKeys); err != nil {
		return nil, err
	}
	ds := &docSpec{file: r.file, line: root.Line}
	e := root.Get("doctype")
	if e == nil {
		return nil, r.errf(root.Line, "doctype", "add doctype: Name at the top of the file", "missing required key doctype")
	}
	var err error
	if ds.name, err = r.name(e, "doctype", "doctype"); err != nil {
		return nil, err
	}
	ds.line = e.Line
	if e := root.Get("table"); e != nil {
		if ds.table, err = r.name(e, "table", "table"); err != nil {
			return nil, err
		}
		ds.tableLine = lineOf(e)
	} else {
		ds.table = snakeCase(ds.name)
		ds.tableLine = ds.line
		if ds.table == "" {
			return nil, r.errf(ds.line, "doctype", "set table: to the table name", "cannot derive a table name from doctype %q", ds.name)
		}
	}
	if e := root.Get("previously"); e != nil {
		if ds.previously, err = r.names(e, "previously", "former table name"); err != nil {
			return nil, err
		}
		ds.prevLine = lineOf(e)
		if contains(ds.previously, ds.table) {
			return nil, r.errf(ds.prevLine, "previously", "remove the current name from previously", "table %q lists its own name as a former name", ds.table)
		}
	}
	if e := root.Get("fields"); e != nil {
		if err := r.readFields(e, ds); err != nil {
			return nil, err
		}
	}
	if e := root.Get("indexes"); e != nil {
		if err := r.readIndexes(e, ds); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

func (r *reader) readFields(e *yamltree.Entry, ds *docSpec) error {
	if e.Value.Kind == yamltree.Null {
		return nil
	}
	if e.Value.Kind != yamltree.Seq {
		return r.errf(lineOf(e), "fields", "write fields as a list: `- name: x` items", "expected a list of fields, got %s", e.Value.Describe())
	}
	seen := map[string]int{}
	for i, it := range e.Value.Items {
		path := fmt.Sprintf("fields[%d]", i)
		if it.Kind != yamltree.Map {
			return r.errf(it.Line, path, "write each field as a mapping with name and type", "expected a field mapping, got %s", it.Describe())
		}
		ne := it.Get("name")
		if ne == nil {
			return r.errf(it.Line, path+".name", "add name: to the field", "missing required key name")
		}
		name, err := r.name(ne, path+".name", "field name")
		if err != nil {
			return err
		}
		path = "fields." + name
		if first, dup := seen[name]; dup {
			return r.errf(ne.Line, path, "rename or remove one of the two fields", "duplicate field name %q (first on line %d)", name, first)
		}
		seen[name] = ne.Line
		f, err := r.readField(it, path, name)
		if err != nil {
			return err
		}
		ds.fields = append(ds.fields, f)
	}
	return nil
}

func (r *reader) readField(n *yamltree.Node, path, name string) (*fieldSpec, error) {
	if err := r.checkKeys(n, path, fieldKeys); err != nil {
		return nil, err
	}
	f := &fieldSpec{path: path, line: n.Line, name: name, keyLines: map[string]int{}}
	for _, e := range n.Entries {
		f.keyLines[e.Key] = e.Line
	}
	var err error
	te := n.Get("type")
	if te == nil {
		return nil, r.errf(n.Line, path+".type", "add type: to the field", "missing required key type; valid types: %s", strings.Join(fieldTypes, ", "))
	}
	if f.typ, err = r.str(te, path+".type"); err != nil {
		return nil, err
	}
	f.typLine = lineOf(te)
	if !contains(fieldTypes, f.typ) {
		msg := fmt.Sprintf("unknown type %q", f.typ)
		if c := yamltree.Closest(f.typ, fieldTypes); c != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", c)
		}
		return nil, r.errf(f.typLine, path+".type", "use one of the valid types", "%s; valid types: %s", msg, strings.Join(fieldTypes, ", "))
	}
	for _, e := range n.Entries {
		fp := path + "." + e.Key
		switch e.Key {
		case "max_length":
			f.maxLength, err = r.integer(&e, fp)
			f.hasMaxLen, f.maxLenLine = true, lineOf(&e)
		case "precision":
			f.precision, err = r.integer(&e, fp)
			f.hasPrec = true
			f.precLine = lineOf(&e)
		case "scale":
			f.scale, err = r.integer(&e, fp)
			f.hasScale = true
			if f.precLine == 0 {
				f.precLine = lineOf(&e)
			}
		case "required":
			f.required, err = r.boolean(&e, fp)
		case "unique":
			f.unique, err = r.boolean(&e, fp)
			f.uniqueLine = e.Line
		case "index":
			f.index, err = r.boolean(&e, fp)
			f.indexLine = e.Line
		case "unsigned":
			f.unsigned, err = r.boolean(&e, fp)
		case "primary_key":
			f.pk, err = r.boolean(&e, fp)
			f.pkLine = e.Line
		case "previously":
			f.previously, err = r.names(&e, fp, "former column name")
			f.prevLine = lineOf(&e)
		case "options":
			f.options, err = r.options(&e, fp)
			f.optLine = lineOf(&e)
		case "to":
			f.to, err = r.name(&e, fp, "linked doctype")
			f.toLine = lineOf(&e)
		case "on_delete":
			var s string
			s, err = r.str(&e, fp)
			if err == nil {
				if _, ok := onDeleteActions[strings.ToLower(s)]; !ok {
					err = r.errf(lineOf(&e), fp, "use one of the valid actions", "unknown on_delete action %q; valid: none, cascade, set null, restrict", s)
				}
			}
			f.onDelete, f.hasOnDel, f.onDelLine = strings.ToLower(s), true, lineOf(&e)
		case "default":
			f.def, err = r.defaultValue(&e, fp)
		}
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func (r *reader) options(e *yamltree.Entry, field string) ([]string, error) {
	v := e.Value
	if v == nil || v.Kind != yamltree.Seq {
		return nil, r.errf(lineOf(e), field, "write options: [a, b]", "expected a list of options, got %s", v.Describe())
	}
	var out []string
	for i, it := range v.Items {
		// Options are values, not names: numbers are accepted as their text.
		if it.Kind != yamltree.Scalar {
			return nil, r.errf(it.Line, fmt.Sprintf("%s[%d]", field, i), "write each option as a plain value", "expected an option value, got %s", it.Describe())
		}
		if contains(out, it.Value) {
			return nil, r.errf(it.Line, fmt.Sprintf("%s[%d]", field, i), "list each option once", "option %q is listed twice", it.Value)
		}
		out = append(out, it.Value)
	}
	return out, nil
}

func (r *reader) defaultValue(e *yamltree.Entry, field string) (*defaultSpec, error) {
	v := e.Value
	d := &defaultSpec{line: lineOf(e)}
	switch v.Kind {
	case yamltree.Null:
		// default: null (or an empty value) means no default.
		return nil, nil
	case yamltree.Scalar:
		d.value = v
		return d, nil
	case yamltree.Map:
		if err := r.checkKeys(v, field, []string{"expr"}); err != nil {
			return nil, err
		}
		x := v.Get("expr")
		if x == nil {
			return nil, r.errf(v.Line, field+".expr", "write {expr: CURRENT_TIMESTAMP}", "a default mapping needs the key expr")
		}
		s, err := r.str(x, field+".expr")
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(s) == "" {
			return nil, r.errf(lineOf(x), field+".expr", "write an SQL expression or remove the default", "empty expression")
		}
		d.expr = strings.TrimSpace(s)
		return d, nil
	}
	return nil, r.errf(d.line, field, "write a scalar or {expr: ...}", "expected a scalar default or {expr: ...}, got %s", v.Describe())
}

func (r *reader) readIndexes(e *yamltree.Entry, ds *docSpec) error {
	if e.Value.Kind == yamltree.Null {
		return nil
	}
	if e.Value.Kind != yamltree.Seq {
		return r.errf(lineOf(e), "indexes", "write indexes as a list of `- fields: [a, b]` items", "expected a list of indexes, got %s", e.Value.Describe())
	}
	for i, it := range e.Value.Items {
		path := fmt.Sprintf("indexes[%d]", i)
		if it.Kind != yamltree.Map {
			return r.errf(it.Line, path, "write each index as a mapping with fields", "expected an index mapping, got %s", it.Describe())
		}
		if err := r.checkKeys(it, path, indexKeys); err != nil {
			return err
		}
		ix := &indexSpec{path: path, line: it.Line}
		fe := it.Get("fields")
		if fe == nil {
			return r.errf(it.Line, path+".fields", "add fields: [a, b]", "missing required key fields")
		}
		if fe.Value.Kind != yamltree.Seq {
			return r.errf(lineOf(fe), path+".fields", "write fields: [a, b]", "expected a list of field names, got %s", fe.Value.Describe())
		}
		names, err := r.names(fe, path+".fields", "field name")
		if err != nil {
			return err
		}
		ix.fields, ix.fieldsLine = names, lineOf(fe)
		if ue := it.Get("unique"); ue != nil {
			if ix.unique, err = r.boolean(ue, path+".unique"); err != nil {
				return err
			}
		}
		if ne := it.Get("name"); ne != nil {
			if ix.name, err = r.name(ne, path+".name", "index name"); err != nil {
				return err
			}
		}
		ds.indexes = append(ds.indexes, ix)
	}
	return nil
}
