package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemaguard/schemaguard/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run `go test ./report -update` to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run `go test ./report -update` and review the diff\n--- got ---\n%s", path, got)
	}
}

func TestGolden(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			d := build(t, sc)
			tests := []struct {
				name   string
				file   string
				render func(*bytes.Buffer) error
			}{
				{name: "text", file: sc.name + ".text.golden", render: func(b *bytes.Buffer) error { return report.Text(b, d, report.TextOptions{}) }},
				{name: "verbose", file: sc.name + ".verbose.golden", render: func(b *bytes.Buffer) error { return report.Text(b, d, report.TextOptions{Verbose: true}) }},
				{name: "json", file: sc.name + ".json.golden", render: func(b *bytes.Buffer) error { return report.JSON(b, d) }},
				{name: "sarif", file: sc.name + ".sarif.golden", render: func(b *bytes.Buffer) error { return report.SARIF(b, d) }},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					var b bytes.Buffer
					if err := tt.render(&b); err != nil {
						t.Fatal(err)
					}
					if bytes.Contains(b.Bytes(), []byte("\x1b[")) {
						t.Error("output contains ANSI colour codes")
					}
					golden(t, tt.file, b.Bytes())
				})
			}
		})
	}
}

// TestDeterministic renders each scenario twice from fresh databases and
// requires byte-identical JSON.
func TestDeterministic(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			var a, b bytes.Buffer
			if err := report.JSON(&a, build(t, sc)); err != nil {
				t.Fatal(err)
			}
			if err := report.JSON(&b, build(t, sc)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two runs of the same scenario give different JSON")
			}
		})
	}
}
