package config

import (
	"errors"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
)

// FuzzConfig feeds arbitrary bytes as a config file. Parsing must never
// panic, and every failure must be an *Error wrapping dialect.ErrBadInput.
func FuzzConfig(f *testing.F) {
	f.Add([]byte("db: postgres://u:${PW}@h/db\ndesired: doctypes\nignore: [tmp_*]\nfail_on: warning\nprobe_timeout: 60s\nbig_table_rows: 1000000\nschemas: [public]\ndev_url: sqlite::memory:\n"))
	f.Add([]byte("db: $${X} ${X} $ ${\n"))
	f.Add([]byte("ignore: \"[\"\n"))
	f.Add([]byte("probe_timeout: 9999999999999999h\n"))
	f.Add([]byte("big_table_rows: 99999999999999999999\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add([]byte("- x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := parse("schemaguard.yaml", data, func(k string) string {
			if k == "X" || k == "PW" {
				return "v"
			}
			return ""
		})
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || !errors.Is(err, dialect.ErrBadInput) {
				t.Fatalf("error %T is not a *config.Error wrapping ErrBadInput: %v", err, err)
			}
		}
	})
}
