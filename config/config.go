package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/source/yamltree"
)

// Config is the content of a schemaguard.yaml file. A key absent from the
// file leaves its field at the zero value; IsSet tells the two apart.
type Config struct {
	// Path is the file the config was read from.
	Path string
	// DB is the URL of the database to inspect.
	DB string
	// Desired is the path of the desired state (a DocType folder or a
	// .sql file), joined to the config file's folder when relative.
	Desired string
	// Ignore lists path.Match globs of table names to leave out.
	Ignore []string
	// FailOn is the lowest risk level that fails a check: risk.None
	// (never fail), risk.Warning or risk.Dangerous.
	FailOn risk.Level
	// ProbeTimeout bounds each data probe.
	ProbeTimeout time.Duration
	// BigTableRows is the row count from which a table counts as big.
	BigTableRows int64
	// Schemas restricts inspection to these schema names or patterns.
	Schemas []string
	// DevURL names a scratch database for loading SQL desired state.
	DevURL string

	set map[string]bool
}

// IsSet reports whether the file set key (as spelled in the file, "fail_on").
func (c *Config) IsSet(key string) bool { return c.set[key] }

// Keys are the keys a config file may use, in documentation order.
var Keys = []string{"db", "desired", "ignore", "fail_on", "probe_timeout", "big_table_rows", "schemas", "dev_url"}

// Error is a problem in a config file. It wraps dialect.ErrBadInput, so
// the CLI exits with status 2.
type Error struct {
	File string
	// Line is 1-based; 0 when the problem concerns the whole file.
	Line int
	// Field is the offending key, "ignore[2]" for list items.
	Field string
	Msg   string
	// Hint says what to do next.
	Hint string
}

// Error formats the problem as "file:line: field: msg".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns dialect.ErrBadInput.
func (e *Error) Unwrap() error { return dialect.ErrBadInput }

// Load reads the config file at path. ${VAR} in any string is replaced by
// getenv("VAR") ($$ writes a literal $); a variable that getenv returns
// empty for is an error. A missing file is returned as the os error
// (errors.Is(err, fs.ErrNotExist)) so the CLI can run without one; every
// problem in the file is an *Error.
func Load(path string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config file: %w", err)
	}
	return parse(path, data, getenv)
}

func parse(path string, data []byte, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	c := &Config{Path: path, set: map[string]bool{}}
	errf := func(line int, field, hint, format string, args ...any) error {
		return &Error{File: path, Line: line, Field: field, Msg: fmt.Sprintf(format, args...), Hint: hint}
	}
	root, err := yamltree.Parse(data)
	if err != nil {
		if ye, ok := err.(*yamltree.Error); ok {
			msg := "invalid YAML: " + ye.Msg
			if ye.Line > 0 {
				msg = fmt.Sprintf("invalid YAML at %d:%d: %s", ye.Line, ye.Col, ye.Msg)
			}
			return nil, errf(ye.Line, "", "fix the syntax of the config file", "%s", msg)
		}
		return nil, errf(0, "", "fix the syntax of the config file", "invalid YAML: %v", err)
	}
	switch root.Kind {
	case yamltree.Null:
		return c, nil
	case yamltree.Map:
	default:
		return nil, errf(root.Line, "", "write the config as key: value lines", "expected a mapping of settings, got %s", root.Describe())
	}
	for _, e := range root.Entries {
		line := e.Line
		if e.Value != nil && e.Value.Line > 0 {
			line = e.Value.Line
		}
		if !contains(Keys, e.Key) {
			msg := fmt.Sprintf("unknown key %q", e.Key)
			if s := yamltree.Closest(e.Key, Keys); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, errf(e.Line, e.Key, "fix or remove the key", "%s; valid keys: %s", msg, strings.Join(Keys, ", "))
		}
		c.set[e.Key] = true
		scalar := func() (string, error) {
			v := e.Value
			if v == nil || v.Kind != yamltree.Scalar {
				return "", errf(line, e.Key, "write a single value", "expected a single value, got %s", v.Describe())
			}
			if v.Type != yamltree.String {
				return v.Value, nil
			}
			return expand(v.Value, getenv, func(format string, args ...any) error {
				return errf(line, e.Key, "", format, args...)
			})
		}
		list := func() ([]string, error) {
			v := e.Value
			if v.Kind == yamltree.Null {
				return nil, nil
			}
			if v.Kind == yamltree.Scalar {
				s, err := scalar()
				if err != nil {
					return nil, err
				}
				return []string{s}, nil
			}
			if v.Kind != yamltree.Seq {
				return nil, errf(line, e.Key, "write a list: [a, b]", "expected a list, got %s", v.Describe())
			}
			var out []string
			for i, it := range v.Items {
				field := fmt.Sprintf("%s[%d]", e.Key, i)
				if it.Kind != yamltree.Scalar {
					return nil, errf(it.Line, field, "write each item as a single value", "expected a single value, got %s", it.Describe())
				}
				s, err := expand(it.Value, getenv, func(format string, args ...any) error {
					return errf(it.Line, field, "", format, args...)
				})
				if err != nil {
					return nil, err
				}
				out = append(out, s)
			}
			return out, nil
		}
		var s string
		switch e.Key {
		case "db", "desired", "dev_url", "fail_on", "probe_timeout", "big_table_rows":
			if s, err = scalar(); err != nil {
				return nil, err
			}
		}
		switch e.Key {
		case "db":
			c.DB = s
		case "dev_url":
			c.DevURL = s
		case "desired":
			if s == "" {
				return nil, errf(line, e.Key, "name a DocType folder or a .sql file", "desired is empty")
			}
			if !filepath.IsAbs(s) {
				s = filepath.Join(filepath.Dir(path), s)
			}
			c.Desired = s
		case "fail_on":
			switch strings.ToLower(s) {
			case "none":
				c.FailOn = risk.None
			case "warning":
				c.FailOn = risk.Warning
			case "dangerous":
				c.FailOn = risk.Dangerous
			default:
				return nil, errf(line, e.Key, "use none, warning or dangerous", "unknown level %q; valid: none, warning, dangerous", s)
			}
		case "probe_timeout":
			d, perr := time.ParseDuration(s)
			if perr != nil || d < time.Second {
				return nil, errf(line, e.Key, "write a duration of 1s or more such as 60s or 2m", "invalid duration %q; write a duration of 1s or more such as 60s or 2m", s)
			}
			c.ProbeTimeout = d
		case "big_table_rows":
			n, perr := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 64)
			if perr != nil || n < 0 {
				return nil, errf(line, e.Key, "write a whole number of rows such as 1000000", "invalid row count %q; write a whole number of 0 or more", s)
			}
			c.BigTableRows = n
		case "ignore":
			if c.Ignore, err = list(); err != nil {
				return nil, err
			}
			for i, g := range c.Ignore {
				if _, merr := filepathMatch(g); merr != nil {
					return nil, errf(line, fmt.Sprintf("ignore[%d]", i), "fix the glob: * ? and [a-z] are allowed", "invalid glob %q: %v", g, merr)
				}
			}
		case "schemas":
			if c.Schemas, err = list(); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// expand replaces ${VAR} with getenv("VAR") and $$ with $. A lone $ not
// followed by { or $ is kept, so URLs and passwords holding $ survive.
func expand(s string, getenv func(string) string, errf func(format string, args ...any) error) (string, error) {
	if !strings.Contains(s, "$") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '$':
			b.WriteByte('$')
			i++
		case '{':
			end := strings.IndexByte(s[i+2:], '}')
			if end < 0 {
				return "", withHint(errf("unterminated ${ in %q", s), "close it with } or write $$ for a literal $")
			}
			name := s[i+2 : i+2+end]
			if !validVar(name) {
				return "", withHint(errf("invalid variable name %q in ${...}", name), "use letters, digits and underscores, not starting with a digit")
			}
			v := getenv(name)
			if v == "" {
				return "", withHint(errf("environment variable %s is not set", name), "set "+name+" or remove it")
			}
			b.WriteString(v)
			i += 2 + end
		default:
			b.WriteByte('$')
		}
	}
	return b.String(), nil
}

func withHint(err error, hint string) error {
	if e, ok := err.(*Error); ok {
		e.Hint = hint
	}
	return err
}

func validVar(name string) bool {
	if name == "" {
		return false
	}
	for i, c := range name {
		switch {
		case c == '_', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
