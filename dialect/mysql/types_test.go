package mysql

import (
	"testing"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// TestParseTypeBytes pins what the model carries for binary types: the
// probes size them from Length, Fixed and MaxBytes, never from the
// spelling.
func TestParseTypeBytes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, raw string
		length    int
		fixed     bool
		maxBytes  int
		capacity  int
		padTo     int
	}{
		{name: "binary", raw: "binary(16)", length: 16, fixed: true, capacity: 16, padTo: 16},
		{name: "varbinary", raw: "varbinary(300)", length: 300, capacity: 300},
		{name: "tinyblob", raw: "tinyblob", maxBytes: 255, capacity: 255},
		{name: "blob", raw: "blob", maxBytes: 65535, capacity: 65535},
		{name: "mediumblob", raw: "mediumblob", maxBytes: 16777215, capacity: 16777215},
		{name: "longblob", raw: "longblob", capacity: int(^uint(0) >> 1)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := parseType(tc.raw, 0)
			if got.Kind != schema.KindBytes || got.Length != tc.length || got.Fixed != tc.fixed || got.MaxBytes != tc.maxBytes {
				t.Errorf("parseType(%q) = %+v, want bytes with length %d, fixed %v, max bytes %d", tc.raw, got, tc.length, tc.fixed, tc.maxBytes)
			}
			if c := probe.ByteCapacity(got); c != tc.capacity {
				t.Errorf("ByteCapacity(%q) = %d, want %d", tc.raw, c, tc.capacity)
			}
			n, ok := probe.FixedBinary(got)
			if ok != (tc.padTo > 0) || n != tc.padTo {
				t.Errorf("FixedBinary(%q) = %d, %v, want %d", tc.raw, n, ok, tc.padTo)
			}
		})
	}
	if m, _ := (&Dialect{}).MapType(schema.Type{Kind: schema.KindBytes}); m.MaxBytes != parseType(m.Raw, 0).MaxBytes {
		t.Errorf("MapType(bytes) = %+v, which parseType reads with another byte limit", m)
	}
}
