package risk

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/schemaguard/schemaguard/probe"
	"testing"

	"github.com/schemaguard/schemaguard/schema"
)

// TestBinaryWidening pins which binary type changes keep every byte
// string as it is: a longer VARBINARY or a larger BLOB, never a fixed
// BINARY(n) (it pads with zero bytes) or a smaller limit.
func TestBinaryWidening(t *testing.T) {
	ty := bytesType
	for _, c := range []struct {
		from, to string
		widen    bool
	}{
		{"varbinary(16)", "varbinary(32)", true},
		{"varbinary(32)", "varbinary(16)", false},
		{"varbinary(300)", "blob", true},
		{"varbinary(300)", "tinyblob", false},
		{"blob", "tinyblob", false},
		{"blob", "mediumblob", true},
		{"longblob", "blob", false},
		{"bytea", "bytea", true},
		{"binary(4)", "varbinary(8)", true},
		{"varbinary(8)", "binary(8)", false},
		{"binary(4)", "binary(8)", false},
	} {
		got := TypeChange(ty(c.from), ty(c.to)) == "widen-length"
		if got != c.widen {
			t.Errorf("%s -> %s: widen-length %v, want %v (%s)", c.from, c.to, got, c.widen, TypeChange(ty(c.from), ty(c.to)))
		}
	}
}

// TestBinaryShrinkAndPad pins the grade and the probe conditions of the
// binary changes that can lose or change a value: a smaller limit counts
// the values beyond it, a fixed BINARY(n) the shorter values it pads.
func TestBinaryShrinkAndPad(t *testing.T) {
	t.Parallel()
	ty := bytesType
	cases := []struct {
		name, from, to, code string
		conds                []probe.Cond
	}{
		{"shorter varbinary", "varbinary(32)", "varbinary(16)", "shrink-length", []probe.Cond{{Kind: probe.TooLongBytes, Length: 16}}},
		{"blob to tinyblob", "blob", "tinyblob", "shrink-length", []probe.Cond{{Kind: probe.TooLongBytes, Length: 255}}},
		{"varbinary beyond tinyblob", "varbinary(300)", "tinyblob", "shrink-length", []probe.Cond{{Kind: probe.TooLongBytes, Length: 255}}},
		{"binary grows and pads", "binary(4)", "binary(8)", "convert-type", []probe.Cond{{Kind: probe.ZeroPadded, Length: 8}}},
		{"varbinary to binary pads", "varbinary(8)", "binary(8)", "convert-type", []probe.Cond{{Kind: probe.ZeroPadded, Length: 8}}},
		{"varbinary to shorter binary", "varbinary(8)", "binary(4)", "shrink-length", []probe.Cond{{Kind: probe.TooLongBytes, Length: 4}, {Kind: probe.ZeroPadded, Length: 4}}},
		{"longer varbinary", "varbinary(16)", "varbinary(32)", "widen-length", nil},
	}
	// Text going to bytes keeps the bytes of its character set: too many
	// of them fail the change, too few are padded by BINARY(n).
	str := schema.Type{Kind: schema.KindString, Raw: "varchar(4)", Length: 4}
	for _, tc := range []struct {
		to    string
		conds []probe.Cond
	}{
		{"varbinary(4)", []probe.Cond{{Kind: probe.Unparsable, Target: schema.KindBytes}, {Kind: probe.TooLongBytes, Length: 4}}},
		{"binary(4)", []probe.Cond{{Kind: probe.Unparsable, Target: schema.KindBytes}, {Kind: probe.TooLongBytes, Length: 4}, {Kind: probe.ZeroPadded, Length: 4}}},
		{"tinyblob", []probe.Cond{{Kind: probe.Unparsable, Target: schema.KindBytes}, {Kind: probe.TooLongBytes, Length: 255}}},
		{"longblob", []probe.Cond{{Kind: probe.Unparsable, Target: schema.KindBytes}}},
	} {
		if got := probe.FitConds(str, ty(tc.to)); !reflect.DeepEqual(got, tc.conds) {
			t.Errorf("FitConds(varchar(4), %s) = %+v, want %+v", tc.to, got, tc.conds)
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			from, to := ty(tc.from), ty(tc.to)
			if got := TypeChange(from, to); got != tc.code {
				t.Errorf("TypeChange(%s, %s) = %s, want %s", tc.from, tc.to, got, tc.code)
			}
			if got := probe.FitConds(from, to); !reflect.DeepEqual(got, tc.conds) {
				t.Errorf("FitConds(%s, %s) = %+v, want %+v", tc.from, tc.to, got, tc.conds)
			}
		})
	}
}

// bytesType is a binary type as MySQL's parser models it: BINARY(n) and
// VARBINARY(n) carry their length in bytes (BINARY is Fixed), the BLOBs
// their byte limit.
func bytesType(raw string) schema.Type {
	t := schema.Type{Kind: schema.KindBytes, Raw: raw}
	var n int
	switch {
	case strings.HasPrefix(raw, "binary("):
		fmt.Sscanf(raw, "binary(%d)", &n)
		t.Length, t.Fixed = n, true
	case strings.HasPrefix(raw, "varbinary("):
		fmt.Sscanf(raw, "varbinary(%d)", &n)
		t.Length = n
	default:
		t.MaxBytes = map[string]int{"tinyblob": 255, "blob": 65535, "mediumblob": 16777215}[raw]
	}
	return t
}
