package mysql

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	driver "github.com/go-sql-driver/mysql"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/internal/sqltext"
	"github.com/schemaguard/schemaguard/schema"
)

// scratchPrefix names the throwaway databases of LoadSQL and Normalize;
// leftovers older than scratchMaxAge (a crashed run) are dropped.
const (
	scratchPrefix = "schemaguard_tmp_"
	scratchMaxAge = time.Hour
)

// scratch is a throwaway database on the server.
type scratch struct {
	name string
	db   *sql.DB
	// drop removes what the scratch database holds; it runs even when the
	// caller's context is cancelled.
	drop func()
}

// openScratch creates the scratch database: OpenOptions.DevURL's database
// (which must be empty) or a new schemaguard_tmp_<unixtime>_<rand> database
// with the live database's character set and collation, so that column
// collations compare the same way.
func (c *Conn) openScratch(ctx context.Context) (*scratch, error) {
	if c.opts.DevURL != "" {
		return c.openDevScratch(ctx)
	}
	c.dropStaleScratch(ctx)
	var cs, coll string
	if err := c.db.QueryRowContext(ctx, `SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME
FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`, c.name).Scan(&cs, &coll); err != nil {
		return nil, fmt.Errorf("reading the character set of %s: %w", c.name, err)
	}
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	name := fmt.Sprintf("%s%d_%s", scratchPrefix, time.Now().Unix(), hex.EncodeToString(rnd[:]))
	if _, err := c.db.ExecContext(ctx, "CREATE DATABASE "+quote(name)+" CHARACTER SET "+cs+" COLLATE "+coll); err != nil {
		return nil, fmt.Errorf("creating scratch database %s (the user needs CREATE and DROP, or pass a dev database URL): %w", name, err)
	}
	dropDB := func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		_, _ = c.db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+quote(name))
	}
	cfg := c.cfg.Clone()
	cfg.DBName = name
	cfg.MultiStatements = true
	db, err := openDB(ctx, cfg)
	if err != nil {
		dropDB()
		return nil, fmt.Errorf("connecting to scratch database %s: %w", name, redactErr(err, cfg.Passwd))
	}
	// One session: DDL files may set session variables.
	db.SetMaxOpenConns(1)
	return &scratch{name: name, db: db, drop: func() { db.Close(); dropDB() }}, nil
}

// dropStaleScratch removes scratch databases a crashed run left behind.
// Failures are ignored: they do not stop this run.
func (c *Conn) dropStaleScratch(ctx context.Context) {
	rows, err := c.db.QueryContext(ctx, `SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'schemaguard\_tmp\_%'`)
	if err != nil {
		return
	}
	var stale []string
	_ = scanAll(rows, func() error {
		var n string
		if err := rows.Scan(&n); err != nil {
			return err
		}
		ts, _, _ := strings.Cut(strings.TrimPrefix(n, scratchPrefix), "_")
		if sec, err := strconv.ParseInt(ts, 10, 64); err == nil && time.Since(time.Unix(sec, 0)) > scratchMaxAge {
			stale = append(stale, n)
		}
		return nil
	})
	for _, n := range stale {
		_, _ = c.db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+quote(n))
	}
}

func (c *Conn) openDevScratch(ctx context.Context) (*scratch, error) {
	cfg, err := ParseURL(c.opts.DevURL)
	if err != nil {
		return nil, fmt.Errorf("dev database: %w", err)
	}
	if c.cfg != nil && cfg.DBName == c.cfg.DBName && cfg.Addr == c.cfg.Addr {
		return nil, fmt.Errorf("%w: --dev-url names the database being checked (%s); pass a separate, empty database schemaguard may fill and clear", dialect.ErrBadInput, dialect.Redact(c.opts.DevURL))
	}
	cfg.MultiStatements = true
	db, err := openDB(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connecting to dev database %s: %w", dialect.Redact(c.opts.DevURL), redactErr(err, cfg.Passwd))
	}
	db.SetMaxOpenConns(1)
	var n int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?", cfg.DBName).Scan(&n); err != nil {
		db.Close()
		return nil, fmt.Errorf("reading dev database %s: %w", cfg.DBName, err)
	}
	if n > 0 {
		db.Close()
		return nil, fmt.Errorf("%w: dev database %s holds %d table(s); schemaguard needs an empty one it may fill and clear",
			dialect.ErrBadInput, cfg.DBName, n)
	}
	clear := func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		defer db.Close()
		rows, err := db.QueryContext(ctx, "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?", cfg.DBName)
		if err != nil {
			return
		}
		var drops []string
		_ = scanAll(rows, func() error {
			var name, typ string
			if err := rows.Scan(&name, &typ); err != nil {
				return err
			}
			if typ == "VIEW" {
				drops = append(drops, "DROP VIEW IF EXISTS "+quote(name))
			} else {
				drops = append(drops, "DROP TABLE IF EXISTS "+quote(name))
			}
			return nil
		})
		if len(drops) > 0 {
			_, _ = db.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0; "+strings.Join(drops, "; ")+"; SET FOREIGN_KEY_CHECKS = 1")
		}
	}
	return &scratch{name: cfg.DBName, db: db, drop: clear}, nil
}

// LoadSQL implements dialect.Conn. The DDL runs as one multi-statement
// batch in a scratch database, which is then inspected and dropped.
func (c *Conn) LoadSQL(ctx context.Context, name string, ddl string) (*schema.Schema, error) {
	if err := screenDDL(name, ddl); err != nil {
		return nil, err
	}
	sc, err := c.openScratch(ctx)
	if err != nil {
		return nil, err
	}
	defer sc.drop()
	if strings.TrimSpace(ddl) != "" {
		if _, err := sc.db.ExecContext(ctx, ddl); err != nil {
			return nil, c.locateDDLError(ctx, name, ddl, err)
		}
	}
	s, err := c.inspect(ctx, sc.db, sc.name, nil)
	if err != nil {
		return nil, fmt.Errorf("inspecting %s after loading it: %w", name, err)
	}
	s.Notes = sqltext.Notes(name, splitStatements(ddl))
	return s, nil
}

// locateDDLError finds the line of the statement a multi-statement load
// failed on (the server counts lines from the statement's start, so its
// "at line 1" says little): it runs the statements one by one in a fresh
// scratch database until one fails. The original error stands when that
// does not reproduce it.
func (c *Conn) locateDDLError(ctx context.Context, name, ddl string, orig error) error {
	var me *driver.MySQLError
	if !errors.As(orig, &me) {
		return badInput(name, orig)
	}
	sc, err := c.openScratch(ctx)
	if err != nil {
		return badInput(name, orig)
	}
	defer sc.drop()
	for _, st := range splitStatements(ddl) {
		if _, err := sc.db.ExecContext(ctx, st.SQL); err != nil {
			var me *driver.MySQLError
			if n := errorLineIn(err); n > 1 && errors.As(err, &me) {
				// The server's "at line N" counts from the statement's
				// start, blanks and comments before it included; the file's line
				// replaces it.
				msg := atLine.ReplaceAllString(me.Message, "")
				return fmt.Errorf("%w: %s:%d: MySQL error %d: %s", dialect.ErrBadInput, name, st.Line-sqltext.LeadingLines(st.SQL)+n-1, me.Number, msg)
			}
			return badInput(fmt.Sprintf("%s:%d", name, st.Line), err)
		}
	}
	return badInput(name, orig)
}

// atLine is the end of a MySQL syntax error: "... near 'x' at line 4",
// where the line counts from the start of the statement.
var atLine = regexp.MustCompile(` at line (\d+)$`)

// errorLineIn is the line, counted from 1 at the start of the statement,
// that a syntax error (1064) names; 1 when it names none. A file:line
// pointing at the statement's first line while the server speaks of its
// fourth would send the reader to the wrong line.
func errorLineIn(err error) int {
	var me *driver.MySQLError
	if !errors.As(err, &me) || me.Number != 1064 {
		return 1
	}
	m := atLine.FindStringSubmatch(me.Message)
	if m == nil {
		return 1
	}
	n, convErr := strconv.Atoi(m[1])
	if convErr != nil || n < 1 {
		return 1
	}
	return n
}

// splitStatements splits MySQL DDL into statements with their lines.
func splitStatements(ddl string) []sqltext.Statement {
	return sqltext.Split(ddl, sqltext.Syntax{Backslash: true, Hash: true, Conditional: true})
}

// badInput wraps a server error about the user's DDL in dialect.ErrBadInput.
func badInput(what string, err error) error {
	var me *driver.MySQLError
	if errors.As(err, &me) {
		return fmt.Errorf("%w: %s: MySQL error %d: %s", dialect.ErrBadInput, what, me.Number, me.Message)
	}
	return fmt.Errorf("loading %s: %w", what, err)
}

// Normalize implements dialect.Conn: it creates the desired tables in a
// scratch database and returns what Inspect reads back, with the desired
// schema's Previously and Source annotations copied by name.
func (c *Conn) Normalize(ctx context.Context, desired *schema.Schema) (*schema.Schema, error) {
	sc, err := c.openScratch(ctx)
	if err != nil {
		return nil, err
	}
	defer sc.drop()
	for _, t := range desired.Tables {
		if _, err := sc.db.ExecContext(ctx, c.fl.createTableSQL(t)); err != nil {
			return nil, badInput("table "+t.Name+sourceSuffix(t.Source), err)
		}
	}
	for _, t := range desired.Tables {
		for _, fk := range t.ForeignKeys {
			if _, err := sc.db.ExecContext(ctx, "ALTER TABLE "+quote(t.Name)+" ADD "+fkSQL(fk)); err != nil {
				return nil, badInput("foreign key "+fk.Name+" of table "+t.Name+sourceSuffix(t.Source), err)
			}
		}
	}
	out, err := c.inspect(ctx, sc.db, sc.name, nil)
	if err != nil {
		return nil, fmt.Errorf("inspecting the normalized schema: %w", err)
	}
	for _, want := range desired.Tables {
		got := out.Table(want.Name)
		if got == nil {
			continue
		}
		got.Previously = append([]string(nil), want.Previously...)
		got.Source = want.Source
		for _, wc := range want.Columns {
			if gc := got.Column(wc.Name); gc != nil {
				gc.Previously = append([]string(nil), wc.Previously...)
				gc.Source = wc.Source
			}
		}
	}
	return out, nil
}

func sourceSuffix(src string) string {
	if src == "" {
		return ""
	}
	return " (" + src + ")"
}

// screenDDL refuses a desired schema file whose statements would reach
// beyond the scratch database it is loaded into: MySQL's DDL is not
// transactional and the scratch database lives on the checked server, so
// a USE, a name qualified with another database, or a statement about
// users, privileges or server settings would change the live server
// during verify (a mysqldump --databases file starts with USE, then
// DROP TABLE). Only statements about tables, indexes and views of the
// current database, session settings and rows are let through.
func screenDDL(name, ddl string) error {
	for _, st := range splitStatements(ddl) {
		words := leadingWords(st.SQL, 12)
		if len(words) == 0 {
			continue
		}
		code := strings.ToUpper(stripLiterals(st.SQL))
		bad := func(why string) error {
			return fmt.Errorf("%w: %s:%d: %s; a desired schema file is loaded into a scratch database and may only create tables, indexes and views in it", dialect.ErrBadInput, name, st.Line, why)
		}
		first := words[0]
		switch first {
		case "CREATE", "ALTER", "DROP":
			// Skip the modifiers that may stand before the object's kind
			// (a view's ALGORITHM=, DEFINER=, SQL SECURITY ...); the kind
			// must then be a table, an index or a view.
			rest := words[1:]
			for len(rest) > 0 && isModifier(rest[0]) {
				rest = rest[1:]
			}
			if len(rest) == 0 || (rest[0] != "TABLE" && rest[0] != "INDEX" && rest[0] != "VIEW") {
				return bad(first + " " + strings.Join(rest[:min(1, len(rest))], "") + " is not allowed")
			}
		case "SET":
			// Session settings only: no SET STATEMENT ... FOR <anything>, no
			// GLOBAL anywhere in a list, and no sql_mode that makes quotes
			// or backslashes mean something else than this screen reads.
			for _, bad1 := range []string{"STATEMENT", "GLOBAL", "PERSIST", "PASSWORD", "ROLE", "DEFAULT ROLE", "@@GLOBAL", "@@PERSIST", "ANSI", "ANSI_QUOTES", "NO_BACKSLASH_ESCAPES", "TRANSACTION"} {
				// The raw text: a sql_mode value is a string literal.
				if containsWord(strings.ToUpper(st.SQL), bad1) {
					return bad("SET " + bad1 + " is not allowed")
				}
			}
		case "INSERT", "REPLACE", "LOCK", "UNLOCK", "COMMENT":
		default:
			return bad(first + " statements are not allowed")
		}
		if q := qualifiedName(st.SQL); q != "" {
			return bad("the name " + q + " names another database")
		}
		if (first == "DROP" || first == "ALTER") && dottedName.MatchString(code) {
			return bad("a qualified name in " + first + " may name another database")
		}
		if containsWord(code, "OUTFILE") || containsWord(code, "DUMPFILE") || containsWord(code, "INFILE") {
			return bad("reading or writing server files is not allowed")
		}
	}
	return nil
}

// isModifier reports whether a word may stand between CREATE/ALTER/DROP
// and the kind of object.
func isModifier(w string) bool {
	switch w {
	case "OR", "REPLACE", "TEMPORARY", "UNIQUE", "FULLTEXT", "SPATIAL", "ONLINE", "OFFLINE", "IGNORE", "SQL", "SECURITY", "INVOKER", "DEFINER":
		return true
	}
	return strings.HasPrefix(w, "ALGORITHM=") || strings.HasPrefix(w, "DEFINER=") || strings.HasPrefix(w, "ALGORITHM") || w == "=" || w == "UNDEFINED" || w == "MERGE" || w == "TEMPTABLE"
}

// dottedName is a qualified name (a.b) outside literals.
var dottedName = regexp.MustCompile("(?:`[^`]+`|[A-Z0-9_$]+)\\s*\\.\\s*(?:`[^`]+`|[A-Z0-9_$]+)")

// containsWord reports whether upper-cased code holds w as a whole word.
func containsWord(code, w string) bool {
	for i := 0; ; {
		j := strings.Index(code[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(code[j-1])
		after := j+len(w) >= len(code) || !isWordByte(code[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b == '@' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
}

// leadingWords returns up to n upper-cased words a statement starts with,
// after comments (the body of a /*!version ... */ comment counts: MySQL
// runs it).
func leadingWords(stmt string, n int) []string {
	s := stmt
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "/*!"), strings.HasPrefix(s, "/*M!"):
			// Executable comments: MySQL's /*!NNNNN ... */, MariaDB's /*M!...
			s = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "/*M!"), "/*!"), "0123456789")
			continue
		case strings.HasPrefix(s, "/*"):
			end := strings.Index(s, "*/")
			if end < 0 {
				return nil
			}
			s = s[end+2:]
			continue
		case strings.HasPrefix(s, "--"), strings.HasPrefix(s, "#"):
			end := strings.IndexByte(s, '\n')
			if end < 0 {
				return nil
			}
			s = s[end:]
			continue
		}
		break
	}
	var out []string
	for _, f := range strings.Fields(s) {
		if len(out) == n {
			break
		}
		out = append(out, strings.ToUpper(strings.Trim(f, "`;(")))
	}
	return out
}

// qualifiedName finds a table name qualified with a database in the
// places a statement names tables (CREATE/ALTER/DROP TABLE, INSERT INTO,
// ON, REFERENCES, FROM, JOIN), outside literals and comments.
var qualifiedRE = regexp.MustCompile("(?i)\\b(?:TABLE|EXISTS|INTO|ON|REFERENCES|FROM|JOIN|VIEW|UPDATE|RENAME|TO|AS|INSERT|REPLACE|IGNORE|DELAYED|LOW_PRIORITY|HIGH_PRIORITY|LIKE)\\s+((?:`[^`]+`|[A-Za-z0-9_$]+)\\s*\\.\\s*(?:`[^`]+`|[A-Za-z0-9_$]+))")

func qualifiedName(stmt string) string {
	if m := qualifiedRE.FindStringSubmatch(stripLiterals(stmt)); m != nil {
		return m[1]
	}
	return ""
}

// stripLiterals blanks string literals and comments, keeping identifiers.
func stripLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '\'' || ch == '"':
			b.WriteString("''")
			for i++; i < len(s) && s[i] != ch; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		case ch == '-' && strings.HasPrefix(s[i:], "-- "), ch == '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			b.WriteByte(' ')
		case ch == '/' && (strings.HasPrefix(s[i:], "/*!") || strings.HasPrefix(s[i:], "/*M!")):
			// An executable comment's markers go; its code stays.
			i += 2
			if s[i] == 'M' {
				i++
			}
			for i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			}
			b.WriteByte(' ')
		case ch == '*' && strings.HasPrefix(s[i:], "*/"):
			i++
			b.WriteByte(' ')
		case ch == '/' && strings.HasPrefix(s[i:], "/*"):
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += end + 3
			b.WriteByte(' ')
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}
