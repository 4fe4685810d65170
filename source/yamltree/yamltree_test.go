package yamltree

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		// path is a list of keys / list indexes ("0") to walk.
		path  []string
		kind  Kind
		typ   ScalarType
		value string
		line  int
	}{
		{name: "string", in: "a: b\n", path: []string{"a"}, kind: Scalar, typ: String, value: "b", line: 1},
		{name: "int", in: "a: 0x10\n", path: []string{"a"}, kind: Scalar, typ: Int, value: "16", line: 1},
		{name: "float keeps spelling", in: "a: 1.50\n", path: []string{"a"}, kind: Scalar, typ: Float, value: "1.50", line: 1},
		{name: "bool", in: "a: true\n", path: []string{"a"}, kind: Scalar, typ: Bool, value: "true", line: 1},
		{name: "exponent without a dot is a number", in: "a: 1e10\n", path: []string{"a"}, kind: Scalar, typ: Float, value: "1e10", line: 1},
		{name: "JSON exponent", in: "{\"a\": 1E-2}", path: []string{"a"}, kind: Scalar, typ: Float, value: "1E-2", line: 1},
		{name: "quoted exponent stays a string", in: "a: \"1e10\"\n", path: []string{"a"}, kind: Scalar, typ: String, value: "1e10", line: 1},
		{name: "forced string", in: "a: !!str 12\n", path: []string{"a"}, kind: Scalar, typ: String, value: "12", line: 1},
		{name: "null", in: "a:\nb: 1\n", path: []string{"a"}, kind: Null},
		{name: "literal", in: "a: |\n  x\n  y\n", path: []string{"a"}, kind: Scalar, typ: String, value: "x\ny\n", line: 1},
		{name: "list item line", in: "a:\n  - 1\n  - x\n", path: []string{"a", "1"}, kind: Scalar, typ: String, value: "x", line: 3},
		{name: "alias", in: "a: &x {k: v}\nb: *x\n", path: []string{"b", "k"}, kind: Scalar, typ: String, value: "v"},
		{name: "json", in: "{\"a\": [1, {\"b\": \"c\"}]}", path: []string{"a", "1", "b"}, kind: Scalar, typ: String, value: "c", line: 1},
		{name: "empty", in: "# only a comment\n", kind: Null},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.path {
				switch n.Kind {
				case Map:
					e := n.Get(p)
					if e == nil {
						t.Fatalf("no key %q", p)
					}
					n = e.Value
				case Seq:
					i := int(p[0] - '0')
					n = n.Items[i]
				default:
					t.Fatalf("cannot walk %q into %s", p, n.Kind)
				}
			}
			if n.Kind != tt.kind || (n.Kind == Scalar && (n.Type != tt.typ || n.Value != tt.value)) {
				t.Errorf("got %s %s %q, want %s %s %q", n.Kind, n.Type, n.Value, tt.kind, tt.typ, tt.value)
			}
			if tt.line != 0 && n.Line != tt.line {
				t.Errorf("line = %d, want %d", n.Line, tt.line)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	laughs := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g"} {
		laughs += n + ": &" + n + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n"
		prev = n
	}
	tests := []struct {
		name, in, want string
	}{
		{"syntax", "a: [1\n", "1:"},
		{"duplicate key", "a: 1\na: 2\n", "2:"},
		{"two documents", "a: 1\n---\nb: 2\n", "3:"},
		{"merge key", "x: &x {a: 1}\ny:\n  <<: *x\n", "merge keys"},
		{"unknown alias", "a: *nope\n", ""},
		{"alias bomb", laughs, "more than"},
		{"complex key", "? [a]\n: b\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse([]byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %T is not *Error", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestClosest(t *testing.T) {
	t.Parallel()
	keys := []string{"name", "type", "required", "unique"}
	tests := []struct{ name, in, want string }{
		{"swap", "requierd", "required"},
		{"missing letter", "typ", "type"},
		{"far", "colour", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Closest(tt.in, keys); got != tt.want {
				t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
