package mysql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	driver "github.com/go-sql-driver/mysql"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
)

// Dialect is the MySQL / MariaDB dialect. It is stateless and safe for
// concurrent use.
type Dialect struct{}

var (
	_ dialect.Dialect  = (*Dialect)(nil)
	_ dialect.Conn     = (*Conn)(nil)
	_ dialect.Assessor = (*Conn)(nil)

	_ dialect.IdentMatcher = (*Dialect)(nil)
	_ dialect.NameFolder   = (*Dialect)(nil)
)

func init() { dialect.Register(&Dialect{}) }

// Name implements dialect.Dialect.
func (*Dialect) Name() string { return "mysql" }

// Schemes implements dialect.Dialect.
// mariadb:// is the same URL for users who name the server they run.
func (*Dialect) Schemes() []string { return []string{"mysql", "mariadb"} }

// IdentCase implements dialect.IdentMatcher: MySQL and MariaDB column
// names are not case-sensitive, quoted or not.
func (*Dialect) IdentCase() diff.IdentCase { return diff.CaseFold }

// FoldsNames implements dialect.NameFolder: column names are not
// case-sensitive ("Duplicate column name" for Email beside email); table
// names are, where lower_case_table_names is 0 (the default on Linux).
func (*Dialect) FoldsNames() (tables, columns bool) { return false, true }

// Conn is one session with a MySQL or MariaDB database. It is used by one
// goroutine at a time, as the port requires.
type Conn struct {
	d    *Dialect
	db   *sql.DB
	cfg  *driver.Config
	opts dialect.OpenOptions
	// name is the database the URL names.
	name string
	fl   flavor
	// locked is the dedicated session that holds the migration lock; while it
	// is set every statement runs on it so the lock covers them.
	locked *sql.Conn
}

// flavor is what differs between MariaDB and MySQL, kept as data.
type flavor struct {
	maria        bool
	major, minor int
	patch        int
	version      string
}

// instantLock is the LOCK clause that goes with ALGORITHM=INSTANT: MariaDB
// accepts LOCK=NONE, MySQL 8 only LOCK=DEFAULT.
func (f flavor) instantLock() string {
	if f.maria {
		return "NONE"
	}
	return "DEFAULT"
}

// execer is what *sql.DB and *sql.Conn have in common.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// q is the session to run statements on: the locked connection while the
// migration lock is held, the pool otherwise.
func (c *Conn) q() execer {
	if c.locked != nil {
		return c.locked
	}
	return c.db
}

// Dialect implements dialect.Conn.
func (c *Conn) Dialect() dialect.Dialect { return c.d }

// Close implements dialect.Conn.
func (c *Conn) Close() error {
	if c.locked != nil {
		_ = c.locked.Close()
		c.locked = nil
	}
	return c.db.Close()
}

// Open implements dialect.Dialect. rawURL has the form
// mysql://user:pass@host:port/db?param=value; parameters are passed to the
// driver. Errors never contain the password.
func (d *Dialect) Open(ctx context.Context, rawURL string, opts dialect.OpenOptions) (dialect.Conn, error) {
	cfg, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if cfg.DBName == "" {
		return nil, fmt.Errorf("%w: %s names no database; add /DBNAME to the URL", dialect.ErrBadURL, dialect.Redact(rawURL))
	}
	db, err := openDB(ctx, cfg)
	if err != nil {
		var me *driver.MySQLError
		if errors.As(err, &me) && me.Number == 1049 {
			return nil, fmt.Errorf("%w: %s: %s", dialect.ErrNotFound, dialect.Redact(rawURL), me.Message)
		}
		return nil, fmt.Errorf("connecting to %s: %w", dialect.Redact(rawURL), redactErr(err, cfg.Passwd))
	}
	c := &Conn{d: d, db: db, cfg: cfg, opts: opts, name: cfg.DBName}
	if err := c.detect(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return c, nil
}

func openDB(ctx context.Context, cfg *driver.Config) (*sql.DB, error) {
	connector, err := driver.NewConnector(cfg)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(connector)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

var versionRE = regexp.MustCompile(`^(\d+)\.(\d+)(?:\.(\d+))?`)

func (c *Conn) detect(ctx context.Context) error {
	var v string
	if err := c.db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&v); err != nil {
		return fmt.Errorf("reading server version: %w", err)
	}
	c.fl.version = v
	c.fl.maria = strings.Contains(strings.ToLower(v), "mariadb")
	if m := versionRE.FindStringSubmatch(v); m != nil {
		c.fl.major, _ = strconv.Atoi(m[1])
		c.fl.minor, _ = strconv.Atoi(m[2])
		c.fl.patch, _ = strconv.Atoi(m[3])
	}
	return nil
}

// ParseURL turns mysql://user:pass@host:port/db?params into a driver
// configuration. Errors wrap dialect.ErrBadURL and never show the password.
func ParseURL(rawURL string) (*driver.Config, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the URL, password included: say less.
		return nil, fmt.Errorf("%w: cannot parse the MySQL URL; use mysql://user:pass@host:port/db", dialect.ErrBadURL)
	}
	if u.Scheme != "mysql" && u.Scheme != "mariadb" {
		return nil, fmt.Errorf("%w: %s: scheme must be mysql or mariadb", dialect.ErrBadURL, dialect.Redact(rawURL))
	}
	cfg := driver.NewConfig()
	if u.User != nil {
		cfg.User = u.User.Username()
		cfg.Passwd, _ = u.User.Password()
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = "3306"
	}
	cfg.Net = "tcp"
	cfg.Addr = net.JoinHostPort(host, port)
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	if strings.Contains(cfg.DBName, "/") {
		return nil, fmt.Errorf("%w: %s: the path must be a single database name", dialect.ErrBadURL, dialect.Redact(rawURL))
	}
	q := u.Query()
	for k := range q {
		v := q.Get(k)
		switch k {
		case "socket":
			cfg.Net, cfg.Addr = "unix", v
		case "tls":
			// The driver resolves true, false, skip-verify, preferred and
			// registered names when the connector is built.
			cfg.TLSConfig = v
		case "timeout":
			d, err := time.ParseDuration(v)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: timeout: %v", dialect.ErrBadURL, dialect.Redact(rawURL), err)
			}
			cfg.Timeout = d
		default:
			if cfg.Params == nil {
				cfg.Params = map[string]string{}
			}
			cfg.Params[k] = v
		}
	}
	// Values come back as text: the model keeps defaults and samples as the
	// server spells them.
	cfg.ParseTime = false
	return cfg, nil
}

// redactErr removes the password from an error's text, should a driver
// ever repeat it. A password of one to three characters is replaced only
// where a URL would hold it (":p@"): replacing every "p" would garble the
// message ("dial tcp" became "dial tcxxxxx") to hide almost nothing.
func redactErr(err error, pass string) error {
	if err == nil || pass == "" {
		return err
	}
	old, repl := pass, "xxxxx"
	if len(pass) < 4 {
		old, repl = ":"+pass+"@", ":xxxxx@"
	}
	if !strings.Contains(err.Error(), old) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), old, repl))
}

// QuoteIdent implements dialect.IdentQuoter: MySQL quotes with backticks.
func (*Dialect) QuoteIdent(name string) string { return quote(name) }

// quote quotes an identifier with backticks.
func quote(name string) string { return "`" + strings.ReplaceAll(name, "`", "``") + "`" }

// quoteString quotes a string literal.
func quoteString(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
