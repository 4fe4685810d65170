package dialect

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// Dialect describes one database engine. Implementations are stateless and
// safe for concurrent use.
type Dialect interface {
	// Name is the dialect's short name ("sqlite", "postgres", "mysql"), used in reports.
	Name() string
	// Schemes are the URL schemes the dialect opens ("sqlite", "postgres", "postgresql").
	Schemes() []string
	// Open connects to the database named by rawURL. It returns an error
	// wrapping ErrBadURL when the URL itself is invalid (exit 2), and any other
	// error when the database cannot be reached (exit 3). Errors never contain
	// the password.
	Open(ctx context.Context, rawURL string, opts OpenOptions) (Conn, error)
	// MapType turns a DocType logical type (Kind, Length, Precision, Scale,
	// Unsigned, Values) into the dialect's native type, filling Raw. It
	// returns an error when the dialect cannot store the type as asked.
	MapType(t schema.Type) (schema.Type, error)
}

// OpenOptions carry the settings a connection needs beyond its URL.
type OpenOptions struct {
	// Schemas restricts inspection to these schema names or patterns (dialects with schemas).
	Schemas []string
	// DevURL names a scratch database for loading SQL desired state.
	DevURL string
	// ReadOnly opens the database without the right to change it (verify).
	ReadOnly bool
	// BigTableRows and BigTableBytes, when above 0, replace the dialect's
	// default size from which a table rewrite or validation scan under a
	// blocking lock is at least WARNING.
	BigTableRows, BigTableBytes int64
}

// Conn is one session with a live database. A Conn is used by one goroutine
// at a time. Methods return errors wrapping the driver's error; the engine
// treats them as database errors (exit 3) unless they wrap ErrBadInput.
type Conn interface {
	// Dialect returns the dialect that opened the connection.
	Dialect() Dialect
	// Inspect reads the live schema. Tables whose names match ignore
	// (path.Match globs) and the engine's own internal tables are left out.
	Inspect(ctx context.Context, ignore []string) (*schema.Schema, error)
	// Normalize turns a desired schema built from model files (types already
	// mapped by MapType) into exactly the form Inspect would return after the
	// schema was created, keeping Previously and Source annotations.
	Normalize(ctx context.Context, desired *schema.Schema) (*schema.Schema, error)
	// LoadSQL executes DDL in a scratch database of the same dialect and
	// inspects the result. Errors in the DDL wrap ErrBadInput and carry the
	// engine's message and, where known, the line.
	LoadSQL(ctx context.Context, name string, ddl string) (*schema.Schema, error)
	// Render returns the statements that carry out changes, which turn actual
	// into target (the schema after exactly these changes). Statements[i]
	// belong to changes[i]; statements that serve several changes (a table
	// rebuild) are listed under each and run once by Script.
	Render(actual, target *schema.Schema, changes []diff.Change) (*Script, error)
	// Probe counts, for each check, the rows the change would lose or break.
	// It never modifies the user's data or schema. Results are in check
	// order; a check that could not run has Status Failed, TimedOut or
	// NotCheckable rather than an error. The error is for a broken connection.
	Probe(ctx context.Context, checks []probe.Check, opts probe.Options) ([]probe.Result, error)
	// Lock takes the dialect's migration lock and holds it until unlock is
	// called. While it is held, Inspect sees the state Apply will change. It
	// returns an error wrapping ErrLocked when another process holds it.
	Lock(ctx context.Context) (unlock func() error, err error)
	// Apply runs a script. Transactional statements run in one transaction;
	// the others run after it, one by one. On failure it returns an
	// *ApplyError that says what was applied and what was not.
	Apply(ctx context.Context, s *Script) error
	// Close releases the connection.
	Close() error
}

// Statement is one SQL statement of a script.
type Statement struct {
	SQL string
	// NoTx marks a statement that cannot run inside a transaction
	// (CREATE INDEX CONCURRENTLY) or is not transactional in the engine.
	NoTx bool
	// Undo lists the statements that reverse this one, computed from the
	// schema before it; empty when it cannot be undone (the data is gone).
	// Dialects with transactional DDL leave it empty: a rollback undoes.
	// It travels with the statement, so a script applied later, or by
	// another connection, can still be undone.
	Undo []string
	// UndoGuard, when set, is a query that counts the rows the Undo would
	// lose (values written into an added column or table since it ran): the
	// Undo runs only when it counts 0, else the statement stays applied.
	UndoGuard string
}

// Script is the rendered form of a set of changes.
type Script struct {
	// Statements are in execution order.
	Statements []Statement
	// ByChange[i] lists the SQL that carries out change i, for reports.
	ByChange [][]string
	// Ties[i] names the statements change i shares with other changes
	// that must run for all of them or for none: MySQL drops a foreign
	// key and adds it back around the changes of both its sides, once for
	// the pair. Changes that list the same name are applied together or
	// kept back together. Shared statements that are rendered again for
	// what is applied (SQLite's table rebuild) are no tie. Nil when the
	// dialect ties nothing.
	Ties [][]string
	// Rebuilds[i] names the table that change i's statements rebuild
	// (SQLite's copy into a new table, drop and rename), "" when they
	// rebuild none, so that a report can say so without reading the SQL.
	// Nil when the dialect rebuilds no table.
	Rebuilds []string
}

// ApplyError reports a failed Apply: which statements ran, which failed and
// which did not run, and whether the ones that ran were undone.
type ApplyError struct {
	Applied    []Statement
	Failed     Statement
	NotApplied []Statement
	// RolledBack is true when the database was left as it was before Apply.
	RolledBack bool
	Err        error
}

// Error implements error.
func (e *ApplyError) Error() string {
	state := "nothing was applied (rolled back)"
	if !e.RolledBack {
		state = fmt.Sprintf("%d statement(s) applied and kept, %d not applied", len(e.Applied), len(e.NotApplied)+1)
	}
	return fmt.Sprintf("running %q: %v; %s", e.Failed.SQL, e.Err, state)
}

// Unwrap returns the driver's error.
func (e *ApplyError) Unwrap() error { return e.Err }

// IdentQuoter is an optional Dialect capability for engines that quote
// identifiers otherwise than with SQL's double quotes (MySQL's backticks).
// The DocType loader calls it to write a column name into a check
// expression when the name is not a plain lower-case word; it may be called
// concurrently and never fails.
type IdentQuoter interface {
	QuoteIdent(name string) string
}

// AddedKeyReader is an optional Dialect capability: its orphan probe
// reads probe.Check.Added, matching the parent on the value every
// existing row gets in a key column the plan adds (the column's constant
// default, stored under its declared type) and on the other key columns
// as they are. The plan then hands it such checks as they are; for other
// dialects it asks a key made only of such columns as a plain EXISTS and
// reports a key that mixes them with existing columns not checkable.
type AddedKeyReader interface {
	ReadsAddedKeys() bool
}

// UnsignedWidener is an optional Dialect capability for engines without
// unsigned integers. Widen returns the signed kind that holds every value of
// the unsigned one (or the same kind when none is wider) and the largest
// value the unsigned type allows; the DocType loader then stores the field
// as that kind with a CHECK between 0 and max.
type UnsignedWidener interface {
	WidenUnsigned(k schema.Kind) (signed schema.Kind, max string)
}

// KeyTypeChecker is an optional Dialect capability for engines that refuse
// a foreign key whose child and parent column types they cannot compare,
// whatever the rows (PostgreSQL's 42804 "incompatible types", MariaDB's
// errno 150). A dialect's Assess asks it through RefusedKeys for each key
// a change adds or adds back, with each column pair as the plan leaves it;
// a change whose key it refuses is DANGEROUS and its orphans are not
// counted. KeyTypes returns ""
// when the engine accepts the pair or the dialect cannot tell, else the
// engine's rule in words, naming both types. It may be called concurrently
// and never fails.
type KeyTypeChecker interface {
	KeyTypes(child, parent KeyColumn) string
}

// KeyColumn is one column of a foreign key, with the table it belongs to
// (whose options may give it its collation).
type KeyColumn struct {
	Table  *schema.Table
	Column *schema.Column
}

// Assessor is an optional Conn capability: it adds dialect knowledge to
// findings (locks, table rewrites, table size, server modes). It may raise a
// finding's risk but never lower it. Called once per plan, after probes.
type Assessor interface {
	Assess(ctx context.Context, actual *schema.Schema, a []Assessment) error
}

// Assessment is the part of a finding a dialect may read and extend.
type Assessment struct {
	Change diff.Change
	// Affected is the probe's count, or -1 when not counted.
	Affected int64
	// Raise, when set above the current level, escalates the finding:
	// 1 means WARNING, 2 DANGEROUS.
	Raise int
	// Reason explains Raise.
	Reason string
	// Refused marks a change the engine refuses whatever the rows (a
	// foreign key between types it cannot compare): its probe's count is
	// no reason for the level, and the finding drops it (checked:
	// not_applicable). Set it with Raise 2.
	Refused bool
	// Advice, when set, replaces the finding's recommendation: what to do
	// instead when the rule's own advice does not fit the cause the
	// dialect found (a refused key is not mended by fixing orphans).
	Advice string
	// Lock describes the lock and rewrite the change's statements take.
	Lock *Lock
}

// Escalate raises the assessment to at least level (0 only notes) and
// adds why to its reason, so that one reason never hides another: a
// change kept from sync for one cause is not shown only with another.
func (a *Assessment) Escalate(level int, why string) {
	a.Raise = max(a.Raise, level)
	if a.Reason != "" {
		why = a.Reason + "; " + why
	}
	a.Reason = why
}

// Lock is the dialect's account of what a change's DDL does to the table
// while it runs. It is the JSON "lock" object.
type Lock struct {
	Mode           string `json:"mode,omitempty"`
	Rewrite        bool   `json:"rewrite"`
	ValidationScan bool   `json:"validation_scan"`
	Algorithm      string `json:"algorithm,omitempty"`
	TableRows      int64  `json:"table_rows"`
	TableBytes     int64  `json:"table_bytes"`
	Note           string `json:"note,omitempty"`
}

// Sentinel errors of the port.
var (
	// ErrBadURL: the database URL is malformed or names no registered dialect.
	ErrBadURL = errors.New("bad database URL")
	// ErrBadInput: the desired state is invalid (bad SQL, unknown type...).
	ErrBadInput = errors.New("bad input")
	// ErrNotFound: the database named by the URL does not exist.
	ErrNotFound = errors.New("database not found")
	// ErrLocked: another process holds the migration lock.
	ErrLocked = errors.New("schema is locked by another process")
)

var (
	mu       sync.RWMutex
	byName   = map[string]Dialect{}
	bySchema = map[string]Dialect{}
)

// Register makes a dialect available by name and URL scheme. It panics
// when the name or a scheme is already registered.
func Register(d Dialect) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := byName[d.Name()]; dup {
		panic("dialect: Register called twice for " + d.Name())
	}
	byName[d.Name()] = d
	for _, s := range d.Schemes() {
		if _, dup := bySchema[s]; dup {
			panic("dialect: URL scheme " + s + " registered twice")
		}
		bySchema[s] = d
	}
}

// Lookup returns the dialect registered under name.
func Lookup(name string) (Dialect, bool) {
	mu.RLock()
	defer mu.RUnlock()
	d, ok := byName[name]
	return d, ok
}

// Names lists the registered dialects, sorted.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for n := range byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Open finds the dialect for rawURL's scheme and opens it.
func Open(ctx context.Context, rawURL string, opts OpenOptions) (Conn, error) {
	scheme, _, ok := strings.Cut(rawURL, ":")
	if !ok || scheme == "" {
		return nil, fmt.Errorf("%w: %q has no scheme; use sqlite:PATH, postgres://..., mysql://... or mariadb://...", ErrBadURL, Redact(rawURL))
	}
	mu.RLock()
	d, found := bySchema[strings.ToLower(scheme)]
	mu.RUnlock()
	if !found {
		return nil, fmt.Errorf("%w: unknown scheme %q (registered: %s)", ErrBadURL, scheme, strings.Join(schemes(), ", "))
	}
	return d.Open(ctx, rawURL, opts)
}

func schemes() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for s := range bySchema {
		out = append(out, s+":")
	}
	sort.Strings(out)
	return out
}

// Redact replaces the password of a URL with "xxxxx" so it can be shown.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if passwordParam(k) {
				q.Set(k, "xxxxx")
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Passwords returns the secrets a database URL carries, in its user
// information or in a password query parameter, so that an error message
// that repeats them can be scrubbed.
func Passwords(rawURL string) []string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil
	}
	var out []string
	if u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" {
			out = append(out, pw)
		}
	}
	for k, vs := range u.Query() {
		if passwordParam(k) {
			for _, v := range vs {
				if v != "" {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// passwordParam reports whether a URL query parameter holds a password
// (pgx reads password=; other drivers spell it pass or pwd).
func passwordParam(k string) bool {
	switch strings.ToLower(k) {
	case "password", "pass", "passwd", "pwd":
		return true
	}
	return false
}

// FileURL is an optional Dialect capability for dialects whose URLs name a
// local file: Rebase makes a relative path in rawURL relative to dir, so that
// a path in a config file is read relative to that file.
type FileURL interface {
	Rebase(rawURL, dir string) string
}

// Rebase applies the dialect's FileURL rebasing to rawURL, if it has one.
func Rebase(rawURL, dir string) string {
	scheme, _, ok := strings.Cut(rawURL, ":")
	if !ok {
		return rawURL
	}
	mu.RLock()
	d := bySchema[strings.ToLower(scheme)]
	mu.RUnlock()
	if f, ok := d.(FileURL); ok {
		return f.Rebase(rawURL, dir)
	}
	return rawURL
}
