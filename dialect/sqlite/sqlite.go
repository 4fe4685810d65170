// Package sqlite is schemaguard's embedded default dialect: SQLite through
// the pure-Go modernc.org/sqlite driver. Import it for its side effect of
// registering the "sqlite" URL scheme.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Dialect is the SQLite dialect.
type Dialect struct{}

var (
	_ dialect.Dialect    = (*Dialect)(nil)
	_ dialect.Conn       = (*Conn)(nil)
	_ dialect.Assessor   = (*Conn)(nil)
	_ dialect.FileURL    = (*Dialect)(nil)
	_ dialect.NameFolder = (*Dialect)(nil)

	_ dialect.AddedKeyReader = (*Dialect)(nil)
	_ dialect.IdentMatcher   = (*Dialect)(nil)
)

func init() { dialect.Register(&Dialect{}) }

// Name implements dialect.Dialect.
func (*Dialect) Name() string { return "sqlite" }

// Schemes implements dialect.Dialect.
func (*Dialect) Schemes() []string { return []string{"sqlite", "sqlite3"} }

// FoldsNames implements dialect.NameFolder: SQLite compares table and
// column names without regard to (ASCII) case, quoted or not.
func (*Dialect) FoldsNames() (tables, columns bool) { return true, true }

// ReadsAddedKeys implements dialect.AddedKeyReader: the orphan probe reads
// a key column the plan adds as its stored default.
func (*Dialect) ReadsAddedKeys() bool { return true }

// IdentCase implements dialect.IdentMatcher: SQLite matches column names
// in any ASCII case, quoted or not.
func (*Dialect) IdentCase() diff.IdentCase { return diff.CaseFoldASCII }

// Path extracts the file path from sqlite:PATH, sqlite://PATH or sqlite:///abs/PATH.
func Path(rawURL string) (string, error) {
	_, rest, ok := strings.Cut(rawURL, ":")
	if !ok {
		return "", fmt.Errorf("%w: %q is not sqlite:PATH", dialect.ErrBadURL, rawURL)
	}
	rest = strings.TrimPrefix(rest, "//")
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		rest = rest[:i]
	}
	p, err := url.PathUnescape(rest)
	if err != nil || p == "" {
		return "", fmt.Errorf("%w: %q has no file path; use sqlite:./app.db", dialect.ErrBadURL, rawURL)
	}
	return p, nil
}

// Open implements dialect.Dialect. A missing file is ErrNotFound: verify
// never creates a database by accident.
func (d *Dialect) Open(ctx context.Context, rawURL string, opts dialect.OpenOptions) (dialect.Conn, error) {
	path, err := Path(rawURL)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: SQLite file %s does not exist", dialect.ErrNotFound, path)
		}
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%w: %s is a directory, not a SQLite file", dialect.ErrBadURL, path)
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"
	if opts.ReadOnly {
		dsn += "&mode=ro"
	}
	return openDSN(ctx, d, dsn)
}

func openDSN(ctx context.Context, d *Dialect, dsn string) (*Conn, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening SQLite: %w", err)
	}
	db.SetMaxOpenConns(1)
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to SQLite: %w", err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		conn.Close()
		db.Close()
		return nil, fmt.Errorf("reading SQLite schema (is it a SQLite database?): %w", err)
	}
	return &Conn{d: d, db: db, conn: conn}, nil
}

// OpenMemory opens a private in-memory database, used as the scratch
// database for SQL desired state and in tests.
func OpenMemory(ctx context.Context) (*Conn, error) {
	return openDSN(ctx, &Dialect{}, "file::memory:?_pragma=foreign_keys(1)")
}

// Conn is a session with one SQLite database. All work runs on one
// connection so that the lock, inspection and apply share a transaction.
type Conn struct {
	d    *Dialect
	db   *sql.DB
	conn *sql.Conn
	// inTx is true while Lock holds the write transaction.
	inTx bool
	// fkWasOn remembers foreign_keys to restore after the lock.
	fkWasOn bool
	// deps are the triggers and views read by the last Inspect, by table.
	deps map[string][]string
	// views are CREATE VIEW statements read by the last Inspect.
	views []viewDef
	// tableSQL are the CREATE TABLE statements read by the last Inspect,
	// ignored tables included: the schema in which renamedDeps lets SQLite
	// rewrite triggers and views.
	tableSQL []string
}

type viewDef struct{ name, sql string }

// Dialect implements dialect.Conn.
func (c *Conn) Dialect() dialect.Dialect { return c.d }

// Close implements dialect.Conn.
func (c *Conn) Close() error {
	if c.inTx {
		_, _ = c.conn.ExecContext(context.Background(), "ROLLBACK")
		c.inTx = false
	}
	err := c.conn.Close()
	if e := c.db.Close(); err == nil {
		err = e
	}
	return err
}

// Exec runs SQL on the connection; tests use it to build fixtures.
func (c *Conn) Exec(ctx context.Context, query string, args ...any) error {
	_, err := c.conn.ExecContext(ctx, query, args...)
	return err
}

// typeMap is the DocType → SQLite type table (docs/doctypes.md).
var typeMap = map[schema.Kind]string{
	schema.KindText: "TEXT", schema.KindTinyInt: "TINYINT", schema.KindSmallInt: "SMALLINT",
	schema.KindMediumInt: "MEDIUMINT", schema.KindInt: "INTEGER", schema.KindBigInt: "BIGINT",
	schema.KindFloat: "REAL", schema.KindDouble: "DOUBLE", schema.KindBool: "BOOLEAN",
	schema.KindDate: "DATE", schema.KindDateTime: "DATETIME", schema.KindTime: "TIME",
	schema.KindJSON: "JSON", schema.KindUUID: "UUID", schema.KindBytes: "BLOB",
}

// MapType implements dialect.Dialect.
func (*Dialect) MapType(t schema.Type) (schema.Type, error) {
	switch t.Kind {
	case schema.KindString:
		if t.Length <= 0 {
			return t, fmt.Errorf("%w: string needs a positive max_length", dialect.ErrBadInput)
		}
		t.Raw = fmt.Sprintf("VARCHAR(%d)", t.Length)
	case schema.KindDecimal:
		if t.Precision > 0 {
			t.Raw = fmt.Sprintf("DECIMAL(%d,%d)", t.Precision, t.Scale)
		} else {
			t.Raw = "DECIMAL"
		}
	case schema.KindEnum:
		return t, fmt.Errorf("%w: SQLite has no enum type; store a select as a string with a CHECK", dialect.ErrBadInput)
	case schema.KindOther:
		if t.Raw == "" {
			return t, fmt.Errorf("%w: no type given", dialect.ErrBadInput)
		}
	default:
		raw, ok := typeMap[t.Kind]
		if !ok {
			return t, fmt.Errorf("%w: SQLite cannot store %s", dialect.ErrBadInput, t.Kind)
		}
		t.Raw = raw
	}
	// SQLite has no unsigned integers: keep the flag so probes check the
	// range, and the declared type says it.
	if t.Unsigned && t.Kind.IsInteger() {
		t.Raw += " UNSIGNED"
	}
	return parseType(t.Raw), nil
}

// quote quotes an identifier for SQLite.
func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// Rebase implements dialect.FileURL: a relative file path is joined to dir.
func (*Dialect) Rebase(rawURL, dir string) string {
	p, err := Path(rawURL)
	if err != nil || filepath.IsAbs(p) || p == ":memory:" {
		return rawURL
	}
	return "sqlite:" + filepath.Join(dir, p)
}
