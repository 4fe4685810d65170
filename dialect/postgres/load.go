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

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
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
	var out *schema.Schema
	err := c.withScratch(ctx, func(conn *sql.Conn) error {
		if _, err := conn.ExecContext(ctx, ddl); err != nil {
			return ddlError(name, ddl, err)
		}
		s, err := inspect(ctx, conn, c.opts.Schemas, nil)
		out = s
		return err
	})
	return out, err
}

// ddlError turns a server error into ErrBadInput with the line of the DDL it points at.
func ddlError(name, ddl string, err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return fmt.Errorf("running %s: %w", name, err)
	}
	msg := pe.Message
	if pe.Detail != "" {
		msg += " (" + pe.Detail + ")"
	}
	if pe.Hint != "" {
		msg += "; hint: " + pe.Hint
	}
	if pe.Position > 0 {
		return fmt.Errorf("%w: %s:%d: %s (SQLSTATE %s)", dialect.ErrBadInput, name, lineOf(ddl, int(pe.Position)), msg, pe.Code)
	}
	return fmt.Errorf("%w: %s: %s (SQLSTATE %s)", dialect.ErrBadInput, name, msg, pe.Code)
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
				col.Previously, col.Source = sc.Previously, sc.Source
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
	return fn(conn)
}

func (c *Conn) withDevDB(ctx context.Context, fn func(*sql.Conn) error) error {
	cfg, err := parseURL(c.opts.DevURL)
	if err != nil {
		return fmt.Errorf("dev database: %w", err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connecting to the dev database %s: %s", dialect.Redact(c.opts.DevURL), redactErr(c.opts.DevURL, err))
	}
	defer conn.Close()
	// Two runs sharing a dev database would clear each other's schema.
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKey+1); err != nil {
		return fmt.Errorf("locking the dev database: %w", err)
	}
	defer func() {
		_, _ = conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey+1)
	}()
	if err := cleanDevDB(ctx, conn); err != nil {
		return err
	}
	return fn(conn)
}

// cleanDevDB drops every user schema of the dev database and recreates public.
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
	if _, err := conn.ExecContext(ctx, "CREATE SCHEMA public"); err != nil {
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
