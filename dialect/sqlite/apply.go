package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/internal/sqltext"
	"github.com/schemaguard/schemaguard/schema"
)

// Lock implements dialect.Conn with an immediate transaction: SQLite's write
// lock. Foreign-key enforcement is switched off for this connection first
// (SQLite ignores the pragma inside a transaction), as the table rebuild
// requires; Apply checks the keys before it commits.
func (c *Conn) Lock(ctx context.Context) (func() error, error) {
	if c.inTx {
		return nil, fmt.Errorf("%w: lock already held by this connection", dialect.ErrLocked)
	}
	var fk int
	if err := c.conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		return nil, fmt.Errorf("reading foreign_keys: %w", err)
	}
	c.fkWasOn = fk == 1
	if _, err := c.conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return nil, fmt.Errorf("turning off foreign keys: %w", err)
	}
	if _, err := c.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		c.restoreFK()
		if strings.Contains(err.Error(), "locked") || strings.Contains(err.Error(), "busy") {
			return nil, fmt.Errorf("%w: %v", dialect.ErrLocked, err)
		}
		return nil, fmt.Errorf("beginning the write transaction: %w", err)
	}
	c.inTx = true
	return func() error {
		var err error
		if c.inTx {
			_, err = c.conn.ExecContext(context.Background(), "ROLLBACK")
			c.inTx = false
		}
		c.restoreFK()
		return err
	}, nil
}

func (c *Conn) restoreFK() {
	if c.fkWasOn {
		_, _ = c.conn.ExecContext(context.Background(), "PRAGMA foreign_keys = ON")
	}
}

// Apply implements dialect.Conn. SQLite's DDL is transactional: the whole
// script runs in one transaction (the lock's, when held) and either commits
// or leaves the database as it was.
func (c *Conn) Apply(ctx context.Context, s *dialect.Script) error {
	own := !c.inTx
	if own {
		if _, err := c.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
			return fmt.Errorf("beginning the write transaction: %w", err)
		}
	}
	fail := func(i int, err error) error {
		_, rbErr := c.conn.ExecContext(context.Background(), "ROLLBACK")
		c.inTx = false
		ae := &dialect.ApplyError{Failed: s.Statements[i], NotApplied: s.Statements[i+1:], RolledBack: rbErr == nil, Err: err}
		if rbErr != nil {
			ae.Applied = s.Statements[:i]
			ae.Err = errors.Join(err, fmt.Errorf("rolling back: %w", rbErr))
		}
		return ae
	}
	baseline, err := c.fkBaseline(ctx, s.Statements)
	if err != nil {
		return fail(0, err)
	}
	for i, st := range s.Statements {
		if strings.HasPrefix(st.SQL, "PRAGMA foreign_key_check") {
			n, err := c.newViolations(ctx, st.SQL, baseline)
			if err == nil && n > 0 {
				err = fmt.Errorf("%d row(s) would violate a foreign key", n)
			}
			if err != nil {
				return fail(i, err)
			}
			continue
		}
		if _, err := c.conn.ExecContext(ctx, st.SQL); err != nil {
			return fail(i, err)
		}
	}
	if _, err := c.conn.ExecContext(ctx, "COMMIT"); err != nil {
		return fail(len(s.Statements)-1, fmt.Errorf("committing: %w", err))
	}
	c.inTx = false
	return nil
}

var (
	checkRE  = regexp.MustCompile(`^PRAGMA foreign_key_check\(("(?:[^"]|"")*")\)$`)
	renameRE = regexp.MustCompile(`^ALTER TABLE ("(?:[^"]|"")*") RENAME TO ("(?:[^"]|"")*")$`)
)

// fkBaseline reads, before the script runs, the foreign key violations
// that the tables it checks already hold. SQLite does not enforce foreign
// keys unless a connection turns them on, so a live database may hold
// orphans under a key the plan leaves alone; the rebuild keeps them as
// they are, and only a violation the script adds fails it. The result is
// keyed by the names the script gives the tables; each entry counts the
// violations of a row (its rowid, NULL in a WITHOUT ROWID table) by
// referenced table.
func (c *Conn) fkBaseline(ctx context.Context, stmts []dialect.Statement) (map[string]map[string]int, error) {
	forward := map[string]string{} // a table's name before the script → after it
	for _, st := range stmts {
		m := renameRE.FindStringSubmatch(st.SQL)
		if m == nil || strings.HasPrefix(unquote(m[1]), "schemaguard_new_") {
			continue
		}
		from, to := unquote(m[1]), unquote(m[2])
		found := false
		for k, v := range forward {
			if v == from {
				forward[k], found = to, true
			}
		}
		if !found {
			forward[from] = to
		}
	}
	renamed := func(name string) string {
		if to, ok := forward[name]; ok {
			return to
		}
		return name
	}
	out := map[string]map[string]int{}
	for _, st := range stmts {
		m := checkRE.FindStringSubmatch(st.SQL)
		if m == nil {
			continue
		}
		table := unquote(m[1])
		orig := table
		for k, v := range forward {
			if v == table {
				orig = k
			}
		}
		if _, ok := out[table]; ok {
			continue
		}
		seen := map[string]int{}
		out[table] = seen
		var exists int
		if err := c.conn.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", orig).Scan(&exists); err != nil {
			return nil, fmt.Errorf("looking up table %s: %w", orig, err)
		}
		if exists == 0 {
			continue // created by the script: nothing held before
		}
		err := c.eachViolation(ctx, "PRAGMA foreign_key_check("+quote(orig)+")", func(rowid, parent string) {
			seen[rowid+"\x00"+renamed(parent)]++
		})
		if err != nil {
			return nil, fmt.Errorf("reading the foreign key violations %s holds before the change: %w", orig, err)
		}
	}
	return out, nil
}

// newViolations runs a foreign key check and counts the violations that
// were not in the baseline.
func (c *Conn) newViolations(ctx context.Context, q string, baseline map[string]map[string]int) (int, error) {
	var before map[string]int
	if m := checkRE.FindStringSubmatch(q); m != nil {
		before = baseline[unquote(m[1])]
	}
	n := 0
	err := c.eachViolation(ctx, q, func(rowid, parent string) {
		if k := rowid + "\x00" + parent; before[k] > 0 {
			before[k]--
			return
		}
		n++
	})
	return n, err
}

func (c *Conn) eachViolation(ctx context.Context, q string, f func(rowid, parent string)) error {
	rows, err := c.conn.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		id := "NULL"
		if rowid.Valid {
			id = strconv.FormatInt(rowid.Int64, 10)
		}
		f(id, parent)
	}
	return rows.Err()
}

// LoadSQL implements dialect.Conn: the DDL runs statement by statement in a
// private in-memory database, so SQLite itself reads it.
func (c *Conn) LoadSQL(ctx context.Context, name, ddl string) (*schema.Schema, error) {
	mem, err := OpenMemory(ctx)
	if err != nil {
		return nil, err
	}
	defer mem.Close()
	for _, st := range SplitStatements(ddl) {
		// The file runs in a private in-memory database; these reach files.
		if _, rest := sqltext.Skip(st.SQL); len(strings.Fields(rest)) > 0 {
			switch w := strings.ToUpper(strings.Fields(rest)[0]); w {
			case "ATTACH", "DETACH", "VACUUM":
				return nil, fmt.Errorf("%w: %s:%d: %s is not allowed in a desired schema file (it would reach other database files); remove it", dialect.ErrBadInput, name, st.Line, w)
			}
		}
		if _, err := mem.conn.ExecContext(ctx, st.SQL); err != nil {
			if at := nearLine(st.SQL, err); at > 1 {
				return nil, fmt.Errorf("%w: %s:%d: %v (in the statement starting at line %d, which is not valid SQLite)", dialect.ErrBadInput, name, st.Line+at-1, err, st.Line)
			}
			return nil, fmt.Errorf("%w: %s:%d: %v (the statement starting there is not valid SQLite)", dialect.ErrBadInput, name, st.Line, err)
		}
	}
	if err := mem.keysResolve(ctx); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", dialect.ErrBadInput, name, err)
	}
	s, err := mem.Inspect(ctx, nil)
	if err != nil {
		return nil, err
	}
	s.Notes = sqltext.Notes(name, SplitStatements(ddl))
	return s, nil
}

// keysResolve asks SQLite whether every foreign key of the (empty) schema
// points at a primary key or unique key of an existing table: SQLite
// accepts the DDL either way, but then fails every write to the child
// table with "foreign key mismatch".
func (c *Conn) keysResolve(ctx context.Context) error {
	rows, err := c.conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err == nil {
		err = rows.Close()
	}
	if err != nil && strings.Contains(err.Error(), "foreign key mismatch") {
		return fmt.Errorf("%v: a foreign key must reference its parent table's primary key or columns with a UNIQUE constraint", err)
	}
	return nil
}

// Normalize implements dialect.Conn: the desired tables are created in a
// private in-memory database and read back, so both sides of the diff are
// spelled by SQLite.
func (c *Conn) Normalize(ctx context.Context, desired *schema.Schema) (*schema.Schema, error) {
	mem, err := OpenMemory(ctx)
	if err != nil {
		return nil, err
	}
	defer mem.Close()
	for _, t := range desired.Tables {
		if t.Options == nil {
			t.Options = map[string]string{}
		}
		for _, col := range t.Columns {
			if col.Default != nil && nowRE.MatchString(*col.Default) {
				// SQLite has no now(): the DocType means the current time,
				// which SQLite spells CURRENT_TIMESTAMP.
				d := "CURRENT_TIMESTAMP"
				col.Default = &d
			}
		}
		if col := inlinePK(t); col != "" && t.Column(col).AutoIncrement {
			if _, set := t.Options["autoincrement"]; !set {
				t.Options["autoincrement"] = "true"
			}
		}
		stmts := []string{createTable(t, t.Name)}
		for _, ix := range t.Indexes {
			if inTable(ix) {
				continue
			}
			stmts = append(stmts, createIndex(t, ix))
		}
		for _, q := range stmts {
			if _, err := mem.conn.ExecContext(ctx, q); err != nil {
				where := t.Source
				if where == "" {
					where = "table " + t.Name
				}
				return nil, fmt.Errorf("%w: %s: SQLite rejects the table: %v", dialect.ErrBadInput, where, err)
			}
		}
	}
	if err := mem.keysResolve(ctx); err != nil {
		return nil, fmt.Errorf("%w: %v", dialect.ErrBadInput, err)
	}
	got, err := mem.Inspect(ctx, nil)
	if err != nil {
		return nil, err
	}
	Annotate(got, desired)
	return got, nil
}

// nowRE is now() and its PostgreSQL and MySQL synonyms, as a DocType may
// write them in a default.
var nowRE = regexp.MustCompile(`(?i)^\s*\(?\s*(now|transaction_timestamp|current_timestamp)\(\s*\)\s*\)?\s*$`)

// Annotate copies declared renames and source positions from the model
// schema onto the schema read back from the engine, by name.
func Annotate(got, from *schema.Schema) {
	for _, t := range got.Tables {
		src := from.Table(t.Name)
		if src == nil {
			continue
		}
		t.Previously, t.Source = src.Previously, src.Source
		for _, col := range t.Columns {
			if sc := src.Column(col.Name); sc != nil {
				col.Previously, col.Source = sc.Previously, sc.Source
				// Unsigned is a declared property SQLite keeps only in the type text.
				col.Type.Unsigned = col.Type.Unsigned || sc.Type.Unsigned
			}
		}
	}
}

// SplitStatements splits SQLite SQL text into statements with their lines:
// on semicolons outside quotes, [names], comments and trigger bodies
// (BEGIN ... END).
func SplitStatements(text string) []sqltext.Statement {
	return sqltext.Split(text, sqltext.Syntax{Brackets: true, Triggers: true})
}

// nearSyntax is SQLite's syntax error, which names the token it stopped at
// but not where it is.
var nearSyntax = regexp.MustCompile(`near "((?:[^"]|"")+)": syntax error`)

// nearLine is the line, counted from 1 at the start of stmt, of the token
// a syntax error names, when that token occurs exactly once in stmt (as a
// whole word when it is one); 1 otherwise, which points at the statement.
func nearLine(stmt string, err error) int {
	m := nearSyntax.FindStringSubmatch(err.Error())
	if m == nil {
		return 1
	}
	tok := strings.ReplaceAll(m[1], `""`, `"`)
	pat := regexp.QuoteMeta(tok)
	if isWordish(tok[0]) {
		pat = `\b` + pat
	}
	if isWordish(tok[len(tok)-1]) {
		pat += `\b`
	}
	// The statement's line is that of its first token, after the blanks
	// and comments before it.
	_, code := sqltext.Skip(stmt)
	locs := regexp.MustCompile(pat).FindAllStringIndex(code, 2)
	if len(locs) != 1 {
		return 1
	}
	return 1 + strings.Count(code[:locs[0][0]], "\n")
}

func isWordish(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
