package yamltree

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// MaxNodes bounds the size of a document after aliases are expanded.
const MaxNodes = 100_000

// maxDepth bounds nesting, so that walking the tree cannot exhaust the stack.
const maxDepth = 200

// Kind is the shape of a node.
type Kind int

// The node kinds.
const (
	Null Kind = iota
	Scalar
	Map
	Seq
)

var kindNames = [...]string{"null", "scalar", "mapping", "list"}

// String names the kind as a user would, for messages.
func (k Kind) String() string {
	if int(k) >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ScalarType is the YAML type a scalar resolved to.
type ScalarType int

// The scalar types.
const (
	String ScalarType = iota
	Int
	Float
	Bool
)

var scalarNames = [...]string{"string", "integer", "number", "boolean"}

// String names the scalar type for messages.
func (t ScalarType) String() string {
	if int(t) >= 0 && int(t) < len(scalarNames) {
		return scalarNames[t]
	}
	return "scalar(" + strconv.Itoa(int(t)) + ")"
}

// Node is one YAML value with its position.
type Node struct {
	Kind Kind
	// Line and Col are 1-based; 0 when unknown.
	Line, Col int
	// Type and Value describe a scalar. Value is the decoded text for
	// strings, the decimal form for integers, the source text for plain
	// decimal numbers, and "true"/"false" for booleans.
	Type  ScalarType
	Value string
	// Entries are a mapping's keys and values in document order.
	Entries []Entry
	// Items are a list's elements in order.
	Items []*Node

	size int
}

// Entry is one key of a mapping.
type Entry struct {
	Key       string
	Line, Col int
	Value     *Node
}

// Get returns the entry for key, or nil.
func (n *Node) Get(key string) *Entry {
	if n == nil {
		return nil
	}
	for i := range n.Entries {
		if n.Entries[i].Key == key {
			return &n.Entries[i]
		}
	}
	return nil
}

// Describe names what the node is, for "expected X, got Y" messages.
func (n *Node) Describe() string {
	if n == nil {
		return "nothing"
	}
	if n.Kind == Scalar {
		return n.Type.String() + " " + strconv.Quote(n.Value)
	}
	return n.Kind.String()
}

// Error is a YAML syntax error, or a construct this package refuses.
type Error struct {
	Line, Col int
	Msg       string
}

// Error implements error.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
	}
	return e.Msg
}

// Parse reads one YAML document. An empty document (or one holding only
// comments) gives a Null node. Several documents are an error.
func Parse(data []byte) (root *Node, err error) {
	// goccy/go-yaml is third-party code fed with user input; a panic in it
	// must become an error the user can act on, not a crash.
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, &Error{Msg: fmt.Sprintf("the YAML parser failed on this input (%v); simplify the file or report it", r)}
		}
	}()
	f, perr := parser.ParseBytes(data, 0)
	if perr != nil {
		return nil, syntaxError(perr)
	}
	var docs []*ast.DocumentNode
	for _, d := range f.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	switch len(docs) {
	case 0:
		return &Node{Kind: Null, Line: 1, Col: 1}, nil
	case 1:
	default:
		l, c := pos(docs[1].Body)
		return nil, &Error{Line: l, Col: c, Msg: "a second YAML document starts here; put one document in each file"}
	}
	cv := &converter{anchors: map[string]*Node{}}
	return cv.node(docs[0].Body, 0)
}

func syntaxError(err error) error {
	if ye, ok := err.(yaml.Error); ok {
		e := &Error{Msg: ye.GetMessage()}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Col = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return &Error{Msg: err.Error()}
}

func pos(n ast.Node) (int, int) {
	if n == nil {
		return 0, 0
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return 0, 0
	}
	return tk.Position.Line, tk.Position.Column
}

type converter struct {
	anchors map[string]*Node
	total   int
}

func (c *converter) errAt(n ast.Node, format string, args ...any) error {
	l, col := pos(n)
	return &Error{Line: l, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (c *converter) grow(n ast.Node, by int) error {
	c.total += by
	if c.total > MaxNodes {
		return c.errAt(n, "document expands to more than %d nodes (aliases included); make it smaller", MaxNodes)
	}
	return nil
}

func (c *converter) node(n ast.Node, depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, c.errAt(n, "document is nested deeper than %d levels", maxDepth)
	}
	if n == nil {
		return &Node{Kind: Null, size: 1}, nil
	}
	l, col := pos(n)
	out := &Node{Line: l, Col: col, size: 1}
	if err := c.grow(n, 1); err != nil {
		return nil, err
	}
	switch v := n.(type) {
	case *ast.NullNode:
		out.Kind = Null
	case *ast.StringNode:
		out.Kind, out.Type, out.Value = Scalar, String, v.Value
		if v.Token != nil && v.Token.Type == token.StringType && exponentNumber.MatchString(v.Value) {
			// YAML 1.1 wants a dot before an exponent; JSON and YAML 1.2
			// read an unquoted 1e10 or 1E-2 as a number, and so do we.
			out.Type = Float
		}
	case *ast.LiteralNode:
		out.Kind, out.Type = Scalar, String
		if v.Value != nil {
			out.Value = v.Value.Value
		}
	case *ast.BoolNode:
		out.Kind, out.Type, out.Value = Scalar, Bool, strconv.FormatBool(v.Value)
	case *ast.IntegerNode:
		out.Kind, out.Type = Scalar, Int
		switch x := v.Value.(type) {
		case int64:
			out.Value = strconv.FormatInt(x, 10)
		case uint64:
			out.Value = strconv.FormatUint(x, 10)
		default:
			out.Value = fmt.Sprint(x)
		}
	case *ast.FloatNode:
		out.Kind, out.Type = Scalar, Float
		out.Value = floatText(v.Token, v.Value)
	case *ast.InfinityNode:
		out.Kind, out.Type = Scalar, Float
		out.Value = floatText(v.Token, v.Value)
	case *ast.NanNode:
		out.Kind, out.Type, out.Value = Scalar, Float, "NaN"
	case *ast.TagNode:
		inner, err := c.node(v.Value, depth+1)
		if err != nil {
			return nil, err
		}
		if v.Start != nil && (v.Start.Value == "!!str" || v.Start.Value == "!str") && inner.Kind == Scalar {
			cp := *inner
			if cp.Type != String && v.Value != nil && v.Value.GetToken() != nil {
				cp.Value = v.Value.GetToken().Value
			}
			cp.Type = String
			return &cp, nil
		}
		return inner, nil
	case *ast.AnchorNode:
		inner, err := c.node(v.Value, depth+1)
		if err != nil {
			return nil, err
		}
		if v.Name != nil && v.Name.GetToken() != nil {
			c.anchors[v.Name.GetToken().Value] = inner
		}
		return inner, nil
	case *ast.AliasNode:
		name := ""
		if v.Value != nil && v.Value.GetToken() != nil {
			name = v.Value.GetToken().Value
		}
		target, ok := c.anchors[name]
		if !ok {
			return nil, c.errAt(n, "alias *%s names no anchor defined before it", name)
		}
		if err := c.grow(n, target.size); err != nil {
			return nil, err
		}
		return target, nil
	case *ast.MappingNode:
		out.Kind = Map
		for _, mv := range v.Values {
			if err := c.entry(out, mv, depth); err != nil {
				return nil, err
			}
		}
	case *ast.MappingValueNode:
		out.Kind = Map
		if err := c.entry(out, v, depth); err != nil {
			return nil, err
		}
	case *ast.SequenceNode:
		out.Kind = Seq
		for _, it := range v.Values {
			child, err := c.node(it, depth+1)
			if err != nil {
				return nil, err
			}
			out.Items = append(out.Items, child)
			out.size += child.size
		}
	case *ast.MappingKeyNode:
		return c.node(v.Value, depth+1)
	default:
		return nil, c.errAt(n, "unsupported YAML construct (%s)", n.Type())
	}
	return out, nil
}

func (c *converter) entry(m *Node, mv *ast.MappingValueNode, depth int) error {
	if mv == nil || mv.Key == nil {
		return c.errAt(mv, "mapping entry without a key")
	}
	if mv.Key.IsMergeKey() {
		return c.errAt(mv.Key, "merge keys (<<) are not supported; write the keys out")
	}
	key, err := c.node(mv.Key, depth+1)
	if err != nil {
		return err
	}
	if key.Kind != Scalar {
		return c.errAt(mv.Key, "a key must be a plain name, not a %s", key.Kind)
	}
	for _, e := range m.Entries {
		if e.Key == key.Value {
			return c.errAt(mv.Key, "key %q appears twice in the same mapping (first on line %d)", key.Value, e.Line)
		}
	}
	val, err := c.node(mv.Value, depth+1)
	if err != nil {
		return err
	}
	if val.Line == 0 {
		val.Line, val.Col = key.Line, key.Col
	}
	m.Entries = append(m.Entries, Entry{Key: key.Value, Line: key.Line, Col: key.Col, Value: val})
	m.size += val.size
	return nil
}

// floatText keeps the source spelling of plain decimals (so 1.50 stays
// 1.50) and falls back to a canonical form for the rest.
func floatText(tk *token.Token, v float64) string {
	if tk != nil && isPlainDecimal(tk.Value) {
		return tk.Value
	}
	if math.IsInf(v, 1) {
		return "Infinity"
	}
	if math.IsInf(v, -1) {
		return "-Infinity"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

func isPlainDecimal(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	if s == "" {
		return false
	}
	digits, dot, exp := 0, false, false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			digits++
		case ch == '.' && !dot && !exp:
			dot = true
		case (ch == 'e' || ch == 'E') && !exp && digits > 0:
			exp = true
			if i+1 < len(s) && (s[i+1] == '-' || s[i+1] == '+') {
				i++
			}
			digits = 0
		default:
			return false
		}
	}
	return digits > 0
}

// exponentNumber is a JSON number with an exponent and no dot before it,
// which YAML 1.1 reads as a string.
var exponentNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?[eE][-+]?[0-9]+$`)
