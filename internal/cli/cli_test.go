package cli

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/schemaguard/schemaguard/dialect"
)

// fixture builds a SQLite database from SQL and returns its path.
func fixture(t *testing.T, dir, ddl string) string {
	t.Helper()
	path := filepath.Join(dir, "app.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(ddl); err != nil {
		t.Fatal(err)
	}
	return path
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, dir string, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, wd: dir,
		getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), e, args)
	return result{code, out.String(), errb.String()}
}

const before = `
CREATE TABLE customer (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL, email VARCHAR(100));
INSERT INTO customer (name, email) VALUES ('a', 'a@x'), ('b', NULL), ('c', 'a-very-long-address@example.org');
`

const customerDoc = `doctype: Customer
fields:
  - name: name
    type: string
    max_length: 50
    required: true
  - name: email
    type: string
    max_length: %d
  - name: phone
    type: string
    max_length: 20
`

func setup(t *testing.T, emailLen int) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = "sqlite:" + fixture(t, dir, before)
	write(t, filepath.Join(dir, "doctypes", "customer.yaml"), strings.Replace(customerDoc, "%d", itoa(emailLen), 1))
	return dir, db
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestExitCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		emailLen int
		args     []string
		vars     map[string]string
		code     int
		want     string // in stdout or stderr
	}{
		{name: "safe change passes", emailLen: 100, args: []string{"verify"}, code: 0, want: "1 safe"},
		{name: "shrink with long rows is dangerous", emailLen: 10, args: []string{"verify"}, code: 1, want: "blocked: highest risk is DANGEROUS"},
		{name: "fail-on none never blocks", emailLen: 10, args: []string{"verify", "--fail-on", "none"}, code: 0, want: "DANGEROUS"},
		{name: "shrink that fits is a warning", emailLen: 40, args: []string{"verify", "--fail-on-warning"}, code: 1, want: "WARNING"},
		{name: "warning passes the default gate", emailLen: 40, args: []string{"verify"}, code: 0, want: "shrink-length"},
		{name: "no-data keeps the static class", emailLen: 10, args: []string{"verify", "--no-data", "--fail-on", "dangerous"}, code: 0, want: "data not checked"},
		{name: "unknown flag", emailLen: 100, args: []string{"verify", "--bogus"}, code: 2, want: "unknown flag"},
		{name: "bad fail-on", emailLen: 100, args: []string{"verify", "--fail-on", "sometimes"}, code: 2, want: "--fail-on none, warning or dangerous"},
		{name: "bad format", emailLen: 100, args: []string{"verify", "--format", "xml"}, code: 2, want: "unknown format"},
		{name: "probe timeout under a second", emailLen: 100, args: []string{"verify", "--probe-timeout", "500ms"}, code: 2, want: "--probe-timeout of 1s or more"},
		{name: "zero probe timeout", emailLen: 100, args: []string{"verify", "--probe-timeout", "0s"}, code: 2, want: "--probe-timeout of 1s or more"},
		{name: "negative probe timeout", emailLen: 100, args: []string{"verify", "--probe-timeout=-1s"}, code: 2, want: "--probe-timeout of 1s or more"},
		{name: "conflicting fail-on flags", emailLen: 100, args: []string{"verify", "--fail-on-warning", "--fail-on", "none"}, code: 2, want: "not both"},
		{name: "force with no-data", emailLen: 100, args: []string{"sync", "--force", "--no-data"}, code: 2, want: "--force needs the data checks"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir, db := setup(t, tc.emailLen)
			args := append(tc.args, "--db", db, "--desired", filepath.Join(dir, "doctypes"))
			r := runCLI(t, dir, tc.vars, args...)
			if r.code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tc.want) {
				t.Fatalf("output lacks %q\nstdout:\n%s\nstderr:\n%s", tc.want, r.stdout, r.stderr)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		vars  map[string]string
		want  []string
	}{
		{
			name: "missing database file",
			args: []string{"verify", "--db", "sqlite:nope.db", "--desired", "doctypes"},
			want: []string{"nope.db does not exist", "hint:"},
		},
		{
			name:  "unknown DocType type",
			files: map[string]string{"doctypes/a.yaml": "doctype: A\nfields:\n  - name: x\n    type: strng\n"},
			args:  []string{"verify", "--db", "DB", "--desired", "doctypes"},
			want:  []string{"a.yaml:4", "strng"},
		},
		{
			name:  "the loader's hint for a DocType problem",
			files: map[string]string{"doctypes/b.yaml": "doctype: B\ntable: customer\nfields:\n  - name: y\n    type: int\n"},
			args:  []string{"verify", "--db", "DB", "--desired", "doctypes"},
			want:  []string{"customer.yaml:1: table: table \"customer\" is already used by doctype \"B\" (doctypes/b.yaml:2)", "hint: set a different table: in one of the two files (the format is in docs/doctypes.md)"},
		},
		{
			name:  "JSON DocType with a trailing comma",
			files: map[string]string{"doctypes/b.json": "{\"doctype\": \"B\", \"fields\": [{\"name\": \"y\", \"type\": \"int\"},]}\n"},
			args:  []string{"verify", "--db", "DB", "--desired", "doctypes"},
			want:  []string{"b.json:1: invalid JSON at 1:58", "hint: fix the JSON syntax"},
		},
		{
			name:  "invalid SQL desired file",
			files: map[string]string{"schema.sql": "CREATE TABLE a (id INTEGER);\n\nCREATE TABLE b (id INTEGR PRIMARY KEY,, x);\n"},
			args:  []string{"verify", "--db", "DB", "--desired", "schema.sql"},
			want:  []string{"schema.sql:3", "syntax error"},
		},
		{
			name:  "unset variable in config",
			files: map[string]string{"schemaguard.yaml": "db: ${APP_DB}\ndesired: doctypes\n"},
			args:  []string{"verify"},
			want:  []string{"APP_DB", "schemaguard.yaml:1"},
		},
		{
			name: "no database anywhere",
			args: []string{"verify", "--desired", "doctypes"},
			want: []string{"no database given", "SCHEMAGUARD_DB"},
		},
		{
			name: "unknown scheme",
			args: []string{"verify", "--db", "oracle://x", "--desired", "doctypes"},
			want: []string{"unknown scheme", "hint:"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir, db := setup(t, 100)
			for name, text := range tc.files {
				write(t, filepath.Join(dir, name), text)
			}
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				switch a {
				case "DB":
					a = db
				case "doctypes", "schema.sql":
					a = filepath.Join(dir, a)
				}
				args[i] = a
			}
			r := runCLI(t, dir, tc.vars, args...)
			if r.code != ExitUsage {
				t.Fatalf("exit %d, want 2\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

func TestConfigAndEnvironment(t *testing.T) {
	t.Parallel()
	dir, db := setup(t, 10)
	write(t, filepath.Join(dir, "schemaguard.yaml"), "db: ${APP_DB}\ndesired: doctypes\nfail_on: none\n")
	r := runCLI(t, dir, map[string]string{"APP_DB": db}, "verify", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var doc struct {
		Summary struct{ Highest string }
		Changes []struct {
			Column       *string
			Kind, Code   string
			AffectedRows *int64 `json:"affected_rows"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, r.stdout)
	}
	if doc.Summary.Highest != "dangerous" {
		t.Errorf("highest = %q, want dangerous", doc.Summary.Highest)
	}
	found := false
	for _, c := range doc.Changes {
		if c.Code == "shrink-length" && c.Column != nil && *c.Column == "email" {
			found = true
			if c.AffectedRows == nil || *c.AffectedRows != 1 {
				t.Errorf("affected rows = %v, want 1 (one email longer than 10)", c.AffectedRows)
			}
		}
	}
	if !found {
		t.Errorf("no shrink-length finding for email in %s", r.stdout)
	}
	// A flag wins over the file.
	if r := runCLI(t, dir, map[string]string{"APP_DB": db}, "verify", "--fail-on", "dangerous"); r.code != 1 {
		t.Errorf("--fail-on dangerous over fail_on: none: exit %d, want 1", r.code)
	}
	// SCHEMAGUARD_DB is read when neither flag nor file names a database.
	dir2, db2 := setup(t, 100)
	if r := runCLI(t, dir2, map[string]string{"SCHEMAGUARD_DB": db2}, "verify", "--desired", filepath.Join(dir2, "doctypes")); r.code != 0 {
		t.Errorf("SCHEMAGUARD_DB: exit %d: %s", r.code, r.stderr)
	}
}

func TestSyncThenVerify(t *testing.T) {
	t.Parallel()
	dir, db := setup(t, 40) // shrink that fits: WARNING; phone: SAFE
	desired := filepath.Join(dir, "doctypes")
	r := runCLI(t, dir, nil, "sync", "--db", db, "--desired", desired, "--dry-run")
	if r.code != 0 || !strings.Contains(r.stdout, `ALTER TABLE "customer" ADD COLUMN "phone"`) {
		t.Fatalf("dry run: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, dir, nil, "verify", "--db", db, "--desired", desired)
	if !strings.Contains(r.stdout, "2 change(s)") {
		t.Fatalf("dry run changed the database:\n%s", r.stdout)
	}
	r = runCLI(t, dir, nil, "sync", "--db", db, "--desired", desired)
	if r.code != 0 {
		t.Fatalf("sync: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, dir, nil, "verify", "--db", db, "--desired", desired, "--format", "json")
	if !strings.Contains(r.stdout, `"shrink-length"`) || strings.Contains(r.stdout, `"add_column"`) {
		t.Fatalf("after sync only the WARNING should remain:\n%s", r.stdout)
	}
	r = runCLI(t, dir, nil, "sync", "--db", db, "--desired", desired, "--force")
	if r.code != 0 {
		t.Fatalf("sync --force: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	r = runCLI(t, dir, nil, "verify", "--db", db, "--desired", desired)
	if r.code != 0 || !strings.Contains(r.stdout, "No changes") {
		t.Fatalf("after sync --force: exit %d\n%s", r.code, r.stdout)
	}
}

func TestPasswordNeverShown(t *testing.T) {
	t.Parallel()
	dir, _ := setup(t, 100)
	r := runCLI(t, dir, nil, "verify", "--db", "postgres://app:s3cret-pw@127.0.0.1:1/shop?connect_timeout=1", "--desired", filepath.Join(dir, "doctypes"))
	if r.code != ExitDB {
		t.Errorf("exit %d, want 3 (cannot connect)\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, "s3cret-pw") {
		t.Fatalf("password leaked:\n%s", r.stderr)
	}
}

// TestUncomparedStatementsAreNamed: what a desired SQL file declares that
// schemaguard does not compare (a view, rows) gets a note with its line on
// stderr, and the JSON on stdout stays clean.
func TestUncomparedStatementsAreNamed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := "sqlite:" + fixture(t, dir, before)
	write(t, filepath.Join(dir, "schema.sql"), `CREATE TABLE customer (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL, email VARCHAR(100));

CREATE VIEW named AS SELECT name FROM customer;
INSERT INTO customer (name) VALUES ('seed');
`)
	r := runCLI(t, dir, nil, "verify", "--db", db, "--desired", filepath.Join(dir, "schema.sql"), "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"note: schema.sql:3: CREATE VIEW is not compared", "note: schema.sql:4: INSERT is not compared"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Errorf("stdout is not JSON: %v\n%s", err, r.stdout)
	}
}

// TestAmbiguousPreviously: former names that match two live tables, or
// two live columns, are refused with the file and what to change: which
// one holds the data is not guessed.
func TestAmbiguousPreviously(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, live, doc, want string }{
		{"tables", "CREATE TABLE stock_v0 (id INTEGER PRIMARY KEY AUTOINCREMENT, a INTEGER); CREATE TABLE stock_v1 (id INTEGER PRIMARY KEY AUTOINCREMENT, a INTEGER);",
			"doctype: Stock\npreviously: [stock_v0, stock_v1]\nfields:\n  - name: a\n    type: int\n",
			"table stock: previously names stock_v0 and stock_v1, which all exist"},
		{"columns", "CREATE TABLE stock (id INTEGER PRIMARY KEY AUTOINCREMENT, qty INTEGER, quantity INTEGER);",
			"doctype: Stock\nfields:\n  - name: amount\n    type: int\n    previously: [qty, quantity]\n",
			"column stock.amount: previously names qty and quantity, which all exist"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			db := "sqlite:" + fixture(t, dir, tc.live)
			write(t, filepath.Join(dir, "doctypes", "stock.yaml"), tc.doc)
			r := runCLI(t, dir, nil, "verify", "--db", db, "--desired", filepath.Join(dir, "doctypes"))
			if r.code != 2 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "stock.yaml:") {
				t.Fatalf("exit %d, want 2 with %q and the file\nstdout:\n%s\nstderr:\n%s", r.code, tc.want, r.stdout, r.stderr)
			}
		})
	}
}

// TestSelectShrinkSamples: verify --format json names the options a
// select loses and shows each failing row's value of the select's column,
// with its integer key as a number (docs/json-output.md, samples).
func TestSelectShrinkSamples(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := "sqlite:" + fixture(t, dir, `
CREATE TABLE post (id INTEGER PRIMARY KEY AUTOINCREMENT, status VARCHAR(9),
  CONSTRAINT post_status_check CHECK (status IN ('draft','published','archived')));
INSERT INTO post (status) VALUES ('draft'), ('archived'), (NULL);
`)
	write(t, filepath.Join(dir, "doctypes", "post.yaml"), "doctype: Post\nfields:\n  - name: status\n    type: select\n    options: [draft, published]\n")
	r := runCLI(t, dir, nil, "verify", "--db", db, "--desired", filepath.Join(dir, "doctypes"), "--format", "json", "--fail-on", "none")
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	var doc struct {
		Changes []struct {
			Code    string            `json:"code"`
			Message string            `json:"message"`
			Samples []json.RawMessage `json:"samples"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, r.stdout)
	}
	var found bool
	for _, c := range doc.Changes {
		if c.Code != "alter-check" {
			continue
		}
		found = true
		if want := "remove option 'archived' from status (allowed: 'draft', 'published')"; !strings.Contains(c.Message, want) {
			t.Errorf("message %q lacks %q", c.Message, want)
		}
		var got bytes.Buffer
		if len(c.Samples) == 1 {
			_ = json.Compact(&got, c.Samples[0])
		}
		if got.String() != `{"key":{"id":2},"value":"archived"}` {
			t.Errorf("samples = %s, want the one row id 2 with value archived", c.Samples)
		}
	}
	if !found {
		t.Fatalf("no alter-check finding:\n%s", r.stdout)
	}
}

// TestSampleForms: verify --format json gives a decimal sample as text, a
// boolean as a JSON boolean and a date-time as SQL spells it, as the
// PostgreSQL and MySQL probes do (docs/json-output.md, samples), though
// SQLite's driver reads them as a float64, an int64 and a time.Time.
func TestSampleForms(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, before, desired, code, want string
	}{
		{
			name:    "decimal",
			before:  "CREATE TABLE product (id INTEGER PRIMARY KEY, price DECIMAL(10,3));\nINSERT INTO product VALUES (1, 1.5), (2, 2.125), (3, 3.001), (4, NULL);",
			desired: "CREATE TABLE product (id INTEGER PRIMARY KEY, price DECIMAL(10,2));",
			code:    "shrink-decimal",
			want:    `[{"key":{"id":2},"value":"2.125"},{"key":{"id":3},"value":"3.001"}]`,
		},
		{
			name:    "date-time",
			before:  "CREATE TABLE visit (id INTEGER PRIMARY KEY, at DATETIME);\nINSERT INTO visit VALUES (1, '2024-01-05 00:00:00'), (2, '2024-01-05 13:45:00'), (3, NULL);",
			desired: "CREATE TABLE visit (id INTEGER PRIMARY KEY, at DATE);",
			code:    "convert-type",
			want:    `[{"key":{"id":2},"value":"2024-01-05 13:45:00"}]`,
		},
		{
			name:    "boolean",
			before:  "CREATE TABLE flag (id INTEGER PRIMARY KEY, on_off BOOLEAN);\nINSERT INTO flag VALUES (1, TRUE), (2, FALSE), (3, NULL);",
			desired: "CREATE TABLE flag (id INTEGER PRIMARY KEY);",
			code:    "drop-column",
			want:    `[{"key":{"id":1},"value":true},{"key":{"id":2},"value":false}]`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			db := "sqlite:" + fixture(t, dir, tt.before)
			write(t, filepath.Join(dir, "schema.sql"), tt.desired)
			r := runCLI(t, dir, nil, "verify", "--db", db, "--desired", filepath.Join(dir, "schema.sql"), "--format", "json", "--fail-on", "none")
			if r.code != 0 {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
			var doc struct {
				Changes []struct {
					Code    string          `json:"code"`
					Samples json.RawMessage `json:"samples"`
				} `json:"changes"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
				t.Fatalf("stdout is not JSON: %v\n%s", err, r.stdout)
			}
			for _, c := range doc.Changes {
				if c.Code != tt.code {
					continue
				}
				var got bytes.Buffer
				_ = json.Compact(&got, c.Samples)
				if got.String() != tt.want {
					t.Errorf("samples = %s, want %s", got.String(), tt.want)
				}
				return
			}
			t.Fatalf("no %s finding:\n%s", tt.code, r.stdout)
		})
	}
}

// TestHelpNamesEverySchemeAccepted keeps --db's help true to the dialect
// registry: every URL scheme a registered dialect opens is named.
func TestHelpNamesEverySchemeAccepted(t *testing.T) {
	t.Parallel()
	for _, cmd := range []string{"verify", "sync"} {
		r := runCLI(t, t.TempDir(), nil, cmd, "--help")
		if r.code != 0 {
			t.Fatalf("%s --help: exit %d: %s", cmd, r.code, r.stderr)
		}
		usage := ""
		for _, line := range strings.Split(r.stdout, "\n") {
			if strings.Contains(line, "--db string") {
				usage = line
			}
		}
		for _, name := range dialect.Names() {
			d, _ := dialect.Lookup(name)
			for _, s := range d.Schemes() {
				if !strings.Contains(usage, " "+s+":") {
					t.Errorf("%s --help: --db usage %q does not name scheme %s:", cmd, usage, s)
				}
			}
		}
	}
}
