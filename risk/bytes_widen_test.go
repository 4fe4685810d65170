package risk

import (
	"testing"

	"github.com/schemaguard/schemaguard/schema"
)

// TestBinaryWidening pins which binary type changes keep every byte
// string as it is: a longer VARBINARY or a larger BLOB, never a fixed
// BINARY(n) (it pads with zero bytes) or a smaller limit.
func TestBinaryWidening(t *testing.T) {
	ty := func(raw string) schema.Type { return schema.Type{Kind: schema.KindBytes, Raw: raw} }
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
