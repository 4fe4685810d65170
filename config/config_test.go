package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/risk"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadGood(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "schemaguard.yaml")
	body := `# project settings
db: postgres://app:${DB_PASSWORD}@localhost/app
desired: doctypes
ignore: [tmp_*, "audit_${SUFFIX}"]
fail_on: warning
probe_timeout: 90s
big_table_rows: 1_000_000
schemas:
  - public
dev_url: "sqlite:file:dev?mode=memory&cost=$$5 and $ sign"
`
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path, env(map[string]string{"DB_PASSWORD": "s3cret", "SUFFIX": "log"}))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:         path,
		DB:           "postgres://app:s3cret@localhost/app",
		Desired:      filepath.Join(dir, "doctypes"),
		Ignore:       []string{"tmp_*", "audit_log"},
		FailOn:       risk.Warning,
		ProbeTimeout: 90 * time.Second,
		BigTableRows: 1000000,
		Schemas:      []string{"public"},
		DevURL:       "sqlite:file:dev?mode=memory&cost=$5 and $ sign",
		set:          c.set,
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
	for _, k := range Keys {
		if !c.IsSet(k) {
			t.Errorf("IsSet(%q) = false", k)
		}
	}
}

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body string
		env  map[string]string
		// check inspects a good config; nil when an error is expected.
		check func(t *testing.T, c *Config)
		// wantErr lists substrings; the first is the message's prefix.
		wantErr []string
	}{
		{name: "empty file", body: "# nothing\n", check: func(t *testing.T, c *Config) {
			if c.IsSet("db") || c.FailOn != risk.None || c.ProbeTimeout != 0 {
				t.Errorf("empty config not zero: %+v", c)
			}
		}},
		{name: "absolute desired kept", body: "desired: /abs/schema.sql\n", check: func(t *testing.T, c *Config) {
			if c.Desired != "/abs/schema.sql" {
				t.Errorf("desired = %q", c.Desired)
			}
		}},
		{name: "relative desired joined", body: "desired: ../x.sql\n", check: func(t *testing.T, c *Config) {
			if c.Desired != filepath.Join("/proj/conf", "../x.sql") {
				t.Errorf("desired = %q", c.Desired)
			}
		}},
		{name: "fail_on none", body: "fail_on: none\n", check: func(t *testing.T, c *Config) {
			if !c.IsSet("fail_on") || c.FailOn != risk.None {
				t.Errorf("fail_on = %v set=%v", c.FailOn, c.IsSet("fail_on"))
			}
		}},
		{name: "variable in number", body: "big_table_rows: ${ROWS}\n", env: map[string]string{"ROWS": "42"}, check: func(t *testing.T, c *Config) {
			if c.BigTableRows != 42 {
				t.Errorf("rows = %d", c.BigTableRows)
			}
		}},
		{name: "single ignore string", body: "ignore: tmp_*\n", check: func(t *testing.T, c *Config) {
			if !reflect.DeepEqual(c.Ignore, []string{"tmp_*"}) {
				t.Errorf("ignore = %v", c.Ignore)
			}
		}},
		{name: "unset variable", body: "db: sqlite:x\ndev_url: ${DEV_URL}\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:2: dev_url: environment variable DEV_URL is not set"}},
		{name: "unset variable in list", body: "ignore:\n  - a\n  - ${X}_b\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:3: ignore[1]: environment variable X is not set"}},
		{name: "unterminated variable", body: "db: ${DB\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: db: unterminated ${"}},
		{name: "bad variable name", body: "db: ${1X}\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: db: invalid variable name \"1X\""}},
		{name: "unknown key", body: "db: x\nfail_onn: warning\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:2: fail_onn: unknown key \"fail_onn\" (did you mean \"fail_on\"?)", "valid keys: db, desired, ignore"}},
		{name: "bad fail_on", body: "fail_on: safe\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: fail_on: unknown level \"safe\"; valid: none, warning, dangerous"}},
		{name: "bad duration", body: "probe_timeout: 60\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: probe_timeout: invalid duration \"60\""}},
		{name: "negative duration", body: "probe_timeout: -5s\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: probe_timeout: invalid duration"}},
		{name: "bad rows", body: "big_table_rows: many\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: big_table_rows: invalid row count \"many\""}},
		{name: "list for scalar", body: "db: [a, b]\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: db: expected a single value, got list"}},
		{name: "mapping for list", body: "schemas: {a: b}\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: schemas: expected a list, got mapping"}},
		{name: "bad glob", body: "ignore: [\"a[\"]\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: ignore[0]: invalid glob \"a[\""}},
		{name: "empty desired", body: "desired: \"\"\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: desired: desired is empty"}},
		{name: "syntax error", body: "db: x\nignore: [a\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:", "invalid YAML at "}},
		{name: "not a mapping", body: "- db\n",
			wantErr: []string{"/proj/conf/schemaguard.yaml:1: expected a mapping of settings, got list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := parse("/proj/conf/schemaguard.yaml", []byte(tt.body), env(tt.env))
			if tt.check != nil {
				if err != nil {
					t.Fatal(err)
				}
				tt.check(t, c)
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			var ce *Error
			if !errors.As(err, &ce) || !errors.Is(err, dialect.ErrBadInput) {
				t.Fatalf("error %T does not wrap *Error and ErrBadInput: %v", err, err)
			}
			if ce.Hint == "" {
				t.Errorf("no hint: %v", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.wantErr[0]) {
				t.Errorf("error\n got %s\nwant prefix %s", msg, tt.wantErr[0])
			}
			for _, w := range tt.wantErr[1:] {
				if !strings.Contains(msg, w) {
					t.Errorf("error\n got %s\nwant it to contain %s", msg, w)
				}
			}
		})
	}
}

func TestLoadMissing(t *testing.T) {
	t.Parallel()
	_, err := Load(filepath.Join(t.TempDir(), "schemaguard.yaml"), env(nil))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("err = %v, want fs.ErrNotExist", err)
	}
}
