package acceptance

import (
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/dialect/dialecttest"
)

// TestConformance runs the dialect conformance suite on every target, so a
// dialect whose own package does not run it yet is still held to it here.
func TestConformance(t *testing.T) {
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			t.Parallel()
			raw := map[dialect.Conn]*database{}
			open := func(t *testing.T) dialect.Conn {
				db := tg.fresh(t)
				c := db.connect(t)
				raw[c] = db
				return c
			}
			exec := func(t *testing.T, c dialect.Conn, sql string) {
				t.Helper()
				if _, err := raw[c].raw.Exec(sql); err != nil {
					t.Fatalf("%s: %v", sql, err)
				}
			}
			reconnect := func(t *testing.T, c dialect.Conn) dialect.Conn { return raw[c].connect(t) }
			dialecttest.Run(t, open, exec, dialecttest.Options{Reconnect: reconnect})
		})
	}
}
