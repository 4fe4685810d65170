package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/internal/sqltext"
	"github.com/schemaguard/schemaguard/schema"
)

// scratchPrefix names the throwaway databases LoadSQL and Normalize create;
// the creation time follows it so leftovers can be recognized and dropped.
const scratchPrefix = "schemaguard_tmp_"

// scratchMaxAge is how old a leftover scratch database must be before a
// later run drops it (an older one belongs to a run that crashed).
const scratchMaxAge = time.Hour

// LoadSQL implements dialect.Conn. The DDL runs in a scratch database on the
// same server (or in OpenOptions.DevURL), which is inspected and dropped.
func (c *Conn) LoadSQL(ctx context.Context, name string, ddl string) (*schema.Schema, error) {
	if err := screenDDL(name, ddl); err != nil {
		return nil, err
	}
	var out *schema.Schema
	var outside []string
	err := c.withScratch(ctx, func(conn *sql.Conn) error {
		if err := c.enterHome(ctx, conn, ddl); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, ddl); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) && pe.Position == 0 {
				// The server did not say where: find the statement.
				return c.locateDDLError(ctx, conn, name, ddl, err)
			}
			return ddlError(name, ddl, err)
		}
		// Read back under the search_path the live database is read with:
		// format_type and pg_get_expr qualify what is not on it, and with
		// --schema's schema still on it sales."Status" would come back as
		// "Status" and differ from the live column.
		if c.homeSchema() != "public" {
			if _, err := conn.ExecContext(ctx, "RESET search_path"); err != nil {
				return fmt.Errorf("resetting search_path in the scratch database: %w", err)
			}
		}
		s, err := inspect(ctx, conn, c.opts.Schemas, nil)
		if err != nil {
			return err
		}
		// SQL says whether a table is partitioned: one it does not
		// partition says so with an empty key, which the diff compares
		// (a DocType, which cannot say, leaves the key out).
		for _, t := range s.Tables {
			if _, ok := t.Options[diff.OptionPartitionBy]; !ok {
				if t.Options == nil {
					t.Options = map[string]string{}
				}
				t.Options[diff.OptionPartitionBy] = ""
			}
		}
		out = s
		outside, err = tablesOutside(ctx, conn, c.opts.Schemas)
		return err
	})
	if err != nil {
		return nil, err
	}
	out.Notes = sqltext.Notes(name, splitStatements(ddl))
	for _, t := range outside {
		out.Notes = append(out.Notes, fmt.Sprintf("%s: table %s is in a schema that --schema (%s) leaves out: it is not compared with the database, and its changes are not reported; pass --schema with its schema to compare it",
			name, t, strings.Join(c.opts.Schemas, ",")))
	}
	return out, nil
}

// enterHome points the scratch connection's search_path at the one schema
// --schema names, so that unqualified tables go where the live ones are
// looked for. It creates that schema first, unless the DDL creates it
// itself: a plain CREATE SCHEMA of it would then fail as a duplicate
// (--schema sales with a file that starts CREATE SCHEMA sales). A
// search_path may name a schema that does not exist yet.
func (c *Conn) enterHome(ctx context.Context, conn *sql.Conn, ddl string) error {
	home := c.homeSchema()
	if home == "public" {
		return nil
	}
	q := "SET search_path TO " + quoteIdent(home)
	if !createsSchema(ddl, home) {
		q = "CREATE SCHEMA IF NOT EXISTS " + quoteIdent(home) + "; " + q
	}
	if _, err := conn.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("creating schema %s in the scratch database: %w", home, err)
	}
	return nil
}

// createsSchema reports whether the DDL has a CREATE SCHEMA statement of
// the named schema without IF NOT EXISTS (quoted names exactly, bare ones
// folded to lower case).
func createsSchema(ddl, name string) bool {
	for _, st := range splitStatements(ddl) {
		_, rest := sqltext.Skip(st.SQL)
		words := strings.Fields(rest)
		if len(words) < 3 || !strings.EqualFold(words[0], "CREATE") || !strings.EqualFold(words[1], "SCHEMA") {
			continue
		}
		rest = strings.TrimSpace(rest[strings.Index(strings.ToUpper(rest), "SCHEMA")+len("SCHEMA"):])
		// CREATE SCHEMA IF NOT EXISTS does not collide with the one made here.
		if leadingIdent(rest) == name && !strings.EqualFold(words[2], "IF") {
			return true
		}
	}
	return false
}

// leadingIdent reads the identifier at the start of s: a quoted one
// exactly (with "" as a quote), a bare one folded to lower case.
func leadingIdent(s string) string {
	if strings.HasPrefix(s, `"`) {
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			if s[i] == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				return b.String()
			}
			b.WriteByte(s[i])
		}
		return ""
	}
	end := strings.IndexFunc(s, func(r rune) bool {
		return r == ';' || r == '(' || r == ' ' || r == '\t' || r == '\n' || r == '\r'
	})
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// tablesOutside lists, as schema.table, the tables of the scratch database
// in schemas the patterns do not match: the desired file declares them,
// yet the comparison leaves them out.
func tablesOutside(ctx context.Context, conn *sql.Conn, patterns []string) ([]string, error) {
	var out []string
	err := each(ctx, conn, `SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
ORDER BY 1, 2`, nil, func(r *sql.Rows) error {
		var ns, name string
		if err := r.Scan(&ns, &name); err != nil {
			return err
		}
		if !matchAny(patterns, ns) {
			out = append(out, quoteIdent(ns)+"."+quoteIdent(name))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing the desired tables outside --schema: %w", err)
	}
	return out, nil
}

// locateDDLError runs the statements of a failed load one by one (after
// rolling back the failed batch, in a savepoint-free new transaction) and
// reports the first that fails at its line. The original error stands
// when the split does not reproduce it.
func (c *Conn) locateDDLError(ctx context.Context, conn *sql.Conn, name, ddl string, orig error) error {
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		return ddlError(name, ddl, orig)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return ddlError(name, ddl, orig)
	}
	_ = c.enterHome(ctx, conn, ddl)
	for _, st := range splitStatements(ddl) {
		if _, err := conn.ExecContext(ctx, st.SQL); err != nil {
			var pe *pgconn.PgError
			if !errors.As(err, &pe) {
				return ddlError(name, ddl, orig)
			}
			line := st.Line
			if pe.Position > 0 {
				line += lineOf(st.SQL, int(pe.Position)) - 1
			}
			return fmt.Errorf("%w: %s:%d: %s (SQLSTATE %s)", dialect.ErrBadInput, name, line, pgMessage(pe), pe.Code)
		}
	}
	return ddlError(name, ddl, orig)
}

// screenDDL refuses what a desired file must not do while it is loaded:
// the load runs in a transaction that is rolled back, so that nothing it
// does outlives it (roles, database settings). Transaction control would
// end that transaction early; COPY, DO, CALL and top-level SELECT or DML
// run code whose effects no rollback undoes (files, programs, other
// sessions, replication slots), and the dblink-like extensions reach
// other databases. pg_dump's own SELECT pg_catalog.set_config(...) passes.
func screenDDL(name, ddl string) error {
	for _, st := range splitStatements(ddl) {
		_, rest := sqltext.Skip(st.SQL)
		words := strings.Fields(strings.ToUpper(rest) + " ;")
		first := strings.TrimRight(words[0], ";(")
		why := ""
		switch first {
		case "BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT", "START", "PREPARE", "SAVEPOINT", "RELEASE":
			why = first + " (transaction control) is not allowed: the file is loaded in one transaction that schemaguard rolls back"
		case "COPY", "DO", "CALL", "INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "VACUUM", "CHECKPOINT", "LOAD", "LISTEN", "NOTIFY", "LOCK", "DISCARD", "REINDEX", "CLUSTER", "REFRESH":
			why = first + " statements are not allowed: a desired schema file declares objects, it does not run code or change rows"
		case "SELECT", "WITH", "VALUES", "TABLE":
			if !strings.HasPrefix(strings.Join(words, " "), "SELECT PG_CATALOG.SET_CONFIG(") {
				why = first + " statements are not allowed: a desired schema file declares objects, it does not run code"
			}
		case "CREATE":
			if len(words) > 2 && words[1] == "EXTENSION" {
				for _, w := range words[2:] {
					switch strings.Trim(w, `";`) {
					case "DBLINK", "POSTGRES_FDW", "ADMINPACK", "FILE_FDW":
						why = "CREATE EXTENSION " + strings.ToLower(strings.Trim(w, `";`)) + " is not allowed: it reaches beyond the scratch database"
					}
				}
			}
		}
		if why != "" {
			return fmt.Errorf("%w: %s:%d: %s", dialect.ErrBadInput, name, st.Line, why)
		}
	}
	return nil
}

// splitStatements splits PostgreSQL DDL into statements with their lines.
func splitStatements(ddl string) []sqltext.Statement {
	return sqltext.Split(ddl, sqltext.Syntax{Dollar: true})
}

// ddlError turns a server error into ErrBadInput with the line of the DDL it points at.
func ddlError(name, ddl string, err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return fmt.Errorf("running %s: %w", name, err)
	}
	msg := pgMessage(pe)
	if pe.Position > 0 {
		return fmt.Errorf("%w: %s:%d: %s (SQLSTATE %s)", dialect.ErrBadInput, name, lineOf(ddl, int(pe.Position)), msg, pe.Code)
	}
	return fmt.Errorf("%w: %s: %s (SQLSTATE %s)", dialect.ErrBadInput, name, msg, pe.Code)
}

// pgMessage is a server error's message with its detail and hint.
func pgMessage(pe *pgconn.PgError) string {
	msg := pe.Message
	if pe.Detail != "" {
		msg += " (" + pe.Detail + ")"
	}
	if pe.Hint != "" {
		msg += "; hint: " + pe.Hint
	}
	return msg
}

// lineOf converts PostgreSQL's 1-based character position into a line number.
func lineOf(text string, pos int) int {
	line, n := 1, 0
	for _, r := range text {
		n++
		if n >= pos {
			break
		}
		if r == '\n' {
			line++
		}
	}
	return line
}

// Normalize implements dialect.Conn. What DocType files produce is spelled
// in the catalog's own form without a database (normalizeDirect); anything
// else is created in a scratch database and inspected, so that defaults,
// checks and types come back as PostgreSQL prints them. Either way the
// annotations (Previously, Source) are kept.
func (c *Conn) Normalize(ctx context.Context, desired *schema.Schema) (*schema.Schema, error) {
	if home := c.homeSchema(); home != "public" {
		// DocType tables name no schema: they belong in --schema's one.
		placed := *desired
		placed.Tables = make([]*schema.Table, len(desired.Tables))
		for i, t := range desired.Tables {
			if t.Schema == "" {
				ct := *t
				ct.Schema = home
				t = &ct
			}
			placed.Tables[i] = t
		}
		desired = &placed
	}
	if s, ok := normalizeDirect(desired, c.opts.Schemas); ok {
		return s, nil
	}
	return c.normalizeScratch(ctx, desired)
}

// normalizeScratch creates the desired schema in a scratch database and
// inspects it, then copies the annotations back.
func (c *Conn) normalizeScratch(ctx context.Context, desired *schema.Schema) (*schema.Schema, error) {
	changes := make([]diff.Change, 0, len(desired.Tables))
	schemas := map[string]bool{}
	for _, t := range desired.Tables {
		changes = append(changes, diff.AddTable{Table: t})
		if t.Schema != "" {
			schemas[t.Schema] = true
		}
	}
	script, err := render(&schema.Schema{Dialect: Name}, desired, changes)
	if err != nil {
		return nil, err
	}
	var out *schema.Schema
	err = c.withScratch(ctx, func(conn *sql.Conn) error {
		for ns := range schemas {
			if _, err := conn.ExecContext(ctx, "CREATE SCHEMA IF NOT EXISTS "+quoteIdent(ns)); err != nil {
				return fmt.Errorf("creating schema %s: %w", ns, err)
			}
		}
		for _, st := range script.Statements {
			if _, err := conn.ExecContext(ctx, st.SQL); err != nil {
				var pe *pgconn.PgError
				if errors.As(err, &pe) {
					return fmt.Errorf("%w: the desired schema does not load in PostgreSQL: %s (SQLSTATE %s) in %q", dialect.ErrBadInput, pe.Message, pe.Code, st.SQL)
				}
				return fmt.Errorf("loading the desired schema: %w", err)
			}
		}
		s, err := inspect(ctx, conn, c.opts.Schemas, nil)
		out = s
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, t := range out.Tables {
		src := desiredTable(desired, t)
		if src == nil {
			continue
		}
		t.Previously, t.Source = src.Previously, src.Source
		for _, col := range t.Columns {
			if sc := src.Column(col.Name); sc != nil {
				// A DocType does not say ALWAYS or BY DEFAULT: leave it open.
				col.Previously, col.Source, col.Identity = sc.Previously, sc.Source, sc.Identity
			}
		}
	}
	return out, nil
}

func desiredTable(desired *schema.Schema, t *schema.Table) *schema.Table {
	for _, d := range desired.Tables {
		if d.Name == t.Name && (d.Schema == t.Schema || d.Schema == "") {
			return d
		}
	}
	return nil
}

// withScratch gives fn a connection to an empty database: the dev database
// (cleaned) when OpenOptions.DevURL is set, else a fresh database it drops after.
func (c *Conn) withScratch(ctx context.Context, fn func(*sql.Conn) error) error {
	if c.opts.DevURL != "" {
		return c.withDevDB(ctx, fn)
	}
	c.dropStaleScratch(ctx)
	name := fmt.Sprintf("%s%d_%s", scratchPrefix, time.Now().Unix(), randHex(4))
	if _, err := c.db.ExecContext(ctx, "CREATE DATABASE "+quoteIdent(name)+" TEMPLATE template0"); err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "42501" {
			return fmt.Errorf("creating scratch database %s: %s: the user may not create databases; pass --dev-url postgres://... naming an empty database schemaguard may clear", name, pe.Message)
		}
		return fmt.Errorf("creating scratch database %s: %w", name, err)
	}
	cleanup := context.WithoutCancel(ctx)
	defer func() {
		// WITH (FORCE) ends any session still in the database (PostgreSQL 13+).
		_, _ = c.db.ExecContext(cleanup, "DROP DATABASE IF EXISTS "+quoteIdent(name)+" WITH (FORCE)")
	}()
	cfg := c.cfg.Copy()
	cfg.Database = name
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connecting to scratch database %s: %w", name, err)
	}
	defer conn.Close()
	// Roles, database settings and the like are the server's, not the
	// scratch database's: the load runs in a transaction that is rolled
	// back, so that CREATE ROLE or ALTER DATABASE in a desired file changes
	// nothing (and what cannot run in a transaction fails instead).
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("scratch database %s: %w", name, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
	return fn(conn)
}

func (c *Conn) withDevDB(ctx context.Context, fn func(*sql.Conn) error) error {
	cfg, err := parseURL(c.opts.DevURL)
	if err != nil {
		return fmt.Errorf("dev database: %w", err)
	}
	if sameDatabase(cfg, c.cfg) {
		return fmt.Errorf("%w: --dev-url names the database being checked (%s); pass a separate, empty database schemaguard may fill and clear", dialect.ErrBadInput, dialect.Redact(c.opts.DevURL))
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connecting to the dev database %s: %s", dialect.Redact(c.opts.DevURL), redactErr(c.opts.DevURL, err))
	}
	defer conn.Close()
	// Two runs sharing a dev database would see each other's tables.
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKey+1); err != nil {
		return fmt.Errorf("locking the dev database: %w", err)
	}
	defer func() {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey+1)
	}()
	// Never clear a database that holds something: it may be the wrong one.
	n, example, err := devObjects(ctx, conn)
	if err != nil {
		return fmt.Errorf("reading the dev database %s: %w", cfg.Database, err)
	}
	if n > 0 {
		return fmt.Errorf("%w: dev database %s holds %d object(s), %s among them; schemaguard needs an empty database it may fill and clear (createdb a new one for --dev-url)", dialect.ErrBadInput, cfg.Database, n, example)
	}
	// The desired schema is loaded in a transaction that is rolled back,
	// so the dev database is left as empty as it was found. DDL that
	// commits by itself leaves objects behind: those are cleared.
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("dev database: %w", err)
	}
	ferr := fn(conn)
	cleanup := context.WithoutCancel(ctx)
	_, _ = conn.ExecContext(cleanup, "ROLLBACK")
	if n, _, err := devObjects(cleanup, conn); err == nil && n > 0 {
		if err := cleanDevDB(cleanup, conn); err != nil && ferr == nil {
			ferr = err
		}
	}
	return ferr
}

// sameDatabase reports whether two connection settings reach one database.
func sameDatabase(a, b *pgx.ConnConfig) bool {
	return a != nil && b != nil && a.Database == b.Database && a.Port == b.Port &&
		(a.Host == b.Host || isLocal(a.Host) && isLocal(b.Host))
}

func isLocal(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || host == "::1" || strings.HasPrefix(host, "/")
}

// devObjectsSQL counts what users put in a database: relations, types
// and functions outside the system schemas that no extension owns.
const devObjectsSQL = `WITH o AS (
  SELECT format('%s %I.%I', CASE c.relkind WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' ELSE 'table' END, n.nspname, c.relname) AS what, c.oid, 'pg_class'::regclass AS cls
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT format('type %I.%I', n.nspname, t.typname), t.oid, 'pg_type'::regclass
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('e', 'd', 'r', 'm') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT format('function %I.%I', n.nspname, p.proname), p.oid, 'pg_proc'::regclass
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
)
SELECT count(*), coalesce(min(what), '') FROM o
WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype = 'e')`

func devObjects(ctx context.Context, conn *sql.Conn) (int64, string, error) {
	var n int64
	var example string
	err := conn.QueryRowContext(ctx, devObjectsSQL).Scan(&n, &example)
	return n, example, err
}

// cleanDevDB drops every user schema of the dev database and recreates
// public. It runs only on a dev database that was empty before this run.
func cleanDevDB(ctx context.Context, conn *sql.Conn) error {
	var nss []string
	err := each(ctx, conn, namespacesSQL, nil, func(r *sql.Rows) error {
		var ns string
		if err := r.Scan(&ns); err != nil {
			return err
		}
		nss = append(nss, ns)
		return nil
	})
	if err != nil {
		return fmt.Errorf("listing schemas of the dev database: %w", err)
	}
	for _, ns := range nss {
		if _, err := conn.ExecContext(ctx, "DROP SCHEMA "+quoteIdent(ns)+" CASCADE"); err != nil {
			return fmt.Errorf("clearing schema %s of the dev database: %w", ns, err)
		}
	}
	if _, err := conn.ExecContext(ctx, "CREATE SCHEMA IF NOT EXISTS public"); err != nil {
		return fmt.Errorf("recreating schema public in the dev database: %w", err)
	}
	return nil
}

// dropStaleScratch drops scratch databases that crashed runs left behind.
// It is best effort: a failure here must not stop the current run.
func (c *Conn) dropStaleScratch(ctx context.Context) {
	var stale []string
	_ = each(ctx, c.db, `SELECT datname FROM pg_database WHERE datname LIKE 'schemaguard\_tmp\_%'`, nil, func(r *sql.Rows) error {
		var name string
		if err := r.Scan(&name); err != nil {
			return err
		}
		created, _, _ := strings.Cut(strings.TrimPrefix(name, scratchPrefix), "_")
		if sec, err := strconv.ParseInt(created, 10, 64); err == nil && time.Since(time.Unix(sec, 0)) > scratchMaxAge {
			stale = append(stale, name)
		}
		return nil
	})
	for _, name := range stale {
		_, _ = c.db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+quoteIdent(name)+" WITH (FORCE)")
	}
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
