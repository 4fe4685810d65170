package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// Name is the dialect's name in reports.
const Name = "postgres"

// Dialect is the PostgreSQL dialect. It is stateless.
type Dialect struct{}

var (
	_ dialect.Dialect  = (*Dialect)(nil)
	_ dialect.Conn     = (*Conn)(nil)
	_ dialect.Assessor = (*Conn)(nil)

	_ dialect.IdentMatcher  = (*Dialect)(nil)
	_ dialect.OnceEvaluator = (*Dialect)(nil)
)

func init() { dialect.Register(&Dialect{}) }

// Name implements dialect.Dialect.
func (*Dialect) Name() string { return Name }

// Schemes implements dialect.Dialect.
func (*Dialect) Schemes() []string { return []string{"postgres", "postgresql"} }

// IdentCase implements dialect.IdentMatcher: PostgreSQL folds a bare name
// to lower case and takes a quoted one as written (QTY is qty, "QTY" is
// not).
func (*Dialect) IdentCase() diff.IdentCase { return diff.CaseFoldUnquoted }

// EvaluatesDefaultsOnce implements dialect.OnceEvaluator: ADD COLUMN with
// a non-volatile default computes it once and stores that value in every
// existing row; a volatile one is computed per row.
func (*Dialect) EvaluatesDefaultsOnce() bool { return true }

// Conn is one session with a PostgreSQL database. Everything it does on the
// user's database (inspect, probe, lock, apply) goes through one dedicated
// connection, so a session advisory lock covers what Apply changes.
type Conn struct {
	d    *Dialect
	url  string
	opts dialect.OpenOptions
	db   *sql.DB
	conn *sql.Conn
	// cfg is the parsed URL, kept to reach other databases on the same server.
	cfg *pgx.ConnConfig
}

// Open implements dialect.Dialect. It connects, checks the server answers,
// and, with ReadOnly, makes every transaction of the session read-only.
func (d *Dialect) Open(ctx context.Context, rawURL string, opts dialect.OpenOptions) (dialect.Conn, error) {
	cfg, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if len(opts.Schemas) == 0 {
		opts.Schemas = []string{"public"}
	}
	db := stdlib.OpenDB(*cfg)
	conn, err := db.Conn(ctx)
	if err == nil {
		err = conn.PingContext(ctx)
	}
	if err != nil {
		if conn != nil {
			_ = conn.Close()
		}
		_ = db.Close()
		return nil, connectError(rawURL, err)
	}
	if opts.ReadOnly {
		if _, err := conn.ExecContext(ctx, "SET default_transaction_read_only = on"); err != nil {
			_ = conn.Close()
			_ = db.Close()
			return nil, fmt.Errorf("making the session read-only: %w", err)
		}
	}
	return &Conn{d: d, url: rawURL, opts: opts, db: db, conn: conn, cfg: cfg}, nil
}

// parseURL checks the URL and parses it for pgx; the error never shows the password.
func parseURL(rawURL string) (*pgx.ConnConfig, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, fmt.Errorf("%w: %s is not a postgres://user:pass@host:port/dbname URL", dialect.ErrBadURL, dialect.Redact(rawURL))
	}
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: parsing %s: %s", dialect.ErrBadURL, dialect.Redact(rawURL), redactErr(rawURL, err))
	}
	return cfg, nil
}

func redactErr(rawURL string, err error) string {
	msg := err.Error()
	for _, pw := range dialect.Passwords(rawURL) {
		msg = strings.ReplaceAll(msg, pw, "xxxxx")
	}
	return msg
}

func connectError(rawURL string, err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "3D000" {
		return fmt.Errorf("%w: connecting to %s: %s", dialect.ErrNotFound, dialect.Redact(rawURL), pe.Message)
	}
	return fmt.Errorf("connecting to %s: %s", dialect.Redact(rawURL), redactErr(rawURL, err))
}

// Dialect implements dialect.Conn.
func (c *Conn) Dialect() dialect.Dialect { return c.d }

// Close implements dialect.Conn.
func (c *Conn) Close() error {
	err := c.conn.Close()
	if cerr := c.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// WidenUnsigned implements dialect.UnsignedWidener: PostgreSQL has no
// unsigned integers, so an unsigned field becomes the next wider signed type
// with a CHECK of MySQL's unsigned range; unsigned bigint stays bigint and
// its CHECK stops at bigint's maximum, 2^63-1 (docs/doctypes.md).
func (*Dialect) WidenUnsigned(k schema.Kind) (schema.Kind, string) {
	switch k {
	case schema.KindTinyInt:
		return schema.KindSmallInt, "255"
	case schema.KindSmallInt:
		return schema.KindInt, "65535"
	case schema.KindMediumInt:
		return schema.KindInt, "16777215"
	case schema.KindInt:
		return schema.KindBigInt, "4294967295"
	}
	return schema.KindBigInt, "9223372036854775807"
}

// MapType implements dialect.Dialect: it maps DocType logical types to the
// PostgreSQL types whose format_type spelling Inspect reports.
func (*Dialect) MapType(t schema.Type) (schema.Type, error) {
	if t.Unsigned {
		return t, fmt.Errorf("%w: PostgreSQL has no unsigned %s; the DocType loader stores unsigned fields as a wider signed type with a CHECK (WidenUnsigned)", dialect.ErrBadInput, t.Kind)
	}
	out := t
	switch t.Kind {
	case schema.KindString:
		out.Raw = "character varying"
		if t.Length > 0 {
			out.Raw = fmt.Sprintf("character varying(%d)", t.Length)
		}
	case schema.KindText:
		out.Raw, out.Length = "text", 0
	case schema.KindTinyInt, schema.KindSmallInt:
		out.Kind, out.Raw = schema.KindSmallInt, "smallint"
	case schema.KindMediumInt, schema.KindInt:
		out.Kind, out.Raw = schema.KindInt, "integer"
	case schema.KindBigInt:
		out.Raw = "bigint"
	case schema.KindFloat:
		out.Raw = "real"
	case schema.KindDouble:
		out.Raw = "double precision"
	case schema.KindDecimal:
		switch {
		case t.Precision > 0:
			out.Raw = fmt.Sprintf("numeric(%d,%d)", t.Precision, t.Scale)
		case t.Scale > 0:
			return t, fmt.Errorf("%w: decimal with scale %d needs a precision", dialect.ErrBadInput, t.Scale)
		default:
			out.Raw = "numeric"
		}
	case schema.KindBool:
		out.Raw = "boolean"
	case schema.KindDate:
		out.Raw = "date"
	case schema.KindDateTime:
		out.Raw = "timestamp without time zone"
	case schema.KindTime:
		out.Raw = "time without time zone"
	case schema.KindJSON:
		out.Raw = "jsonb"
	case schema.KindUUID:
		out.Raw = "uuid"
	case schema.KindBytes:
		out.Raw = "bytea"
	case schema.KindEnum:
		if t.EnumName == "" {
			return t, fmt.Errorf("%w: an enum needs a type name in PostgreSQL; use select (varchar with a check) or name the enum", dialect.ErrBadInput)
		}
		out.Raw = typeName(t.EnumName)
	default:
		if t.Raw == "" {
			return t, fmt.Errorf("%w: type %s has no PostgreSQL spelling", dialect.ErrBadInput, t.Kind)
		}
	}
	return out, nil
}

// typeName spells a type name the way format_type does: quoted only when needed.
func typeName(name string) string {
	if isPlainIdent(name) {
		return name
	}
	return quoteIdent(name)
}

func isPlainIdent(s string) bool {
	if s == "" || reserved[strings.ToLower(s)] {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '_':
		case (r >= '0' && r <= '9') || r == '$':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// reserved lists the keywords format_type would quote; a superset is harmless.
var reserved = map[string]bool{
	"all": true, "analyse": true, "analyze": true, "and": true, "any": true, "array": true, "as": true,
	"asc": true, "asymmetric": true, "both": true, "case": true, "cast": true, "check": true,
	"collate": true, "column": true, "constraint": true, "create": true, "current_date": true,
	"current_role": true, "current_time": true, "current_timestamp": true, "current_user": true,
	"default": true, "deferrable": true, "desc": true, "distinct": true, "do": true, "else": true,
	"end": true, "except": true, "false": true, "fetch": true, "for": true, "foreign": true,
	"from": true, "grant": true, "group": true, "having": true, "in": true, "initially": true,
	"intersect": true, "into": true, "lateral": true, "leading": true, "limit": true,
	"localtime": true, "localtimestamp": true, "not": true, "null": true, "offset": true, "on": true,
	"only": true, "or": true, "order": true, "placing": true, "primary": true, "references": true,
	"returning": true, "select": true, "session_user": true, "some": true, "symmetric": true,
	"table": true, "then": true, "to": true, "trailing": true, "true": true, "union": true,
	"unique": true, "user": true, "using": true, "variadic": true, "when": true, "where": true,
	"window": true, "with": true,
}

// quoteIdent quotes an identifier for PostgreSQL: always double quotes, inner quotes doubled.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// quoteLiteral quotes a string literal (standard_conforming_strings is on since 9.1).
func quoteLiteral(s string) string {
	if strings.Contains(s, `\`) {
		return "E'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", "''") + "'"
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// qualify is the quoted schema.table name of a table.
func qualify(ns, name string) string {
	if ns == "" {
		return quoteIdent(name)
	}
	return quoteIdent(ns) + "." + quoteIdent(name)
}

func quoteIdents(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quoteIdent(n)
	}
	return strings.Join(q, ", ")
}
