package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/schemaguard/schemaguard/dialect"
)

// lockKey is the advisory lock schemaguard takes; advisory locks are per
// database, so one key serves every database on a server.
const lockKey int64 = 0x5C4E_6A11_0D1F

// LockWait is how long Lock waits for another process when ctx has no deadline.
var LockWait = 30 * time.Second

// Lock implements dialect.Conn with a session advisory lock on the Conn's
// own connection, so Inspect and Apply run inside it.
func (c *Conn) Lock(ctx context.Context) (func() error, error) {
	wctx := ctx
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		wctx, cancel = context.WithTimeout(ctx, LockWait)
		defer cancel()
	}
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		var got bool
		// The try itself runs without the caller's deadline: a deadline that
		// fires mid-query would break the session instead of saying "locked".
		qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		err := c.conn.QueryRowContext(qctx, "SELECT pg_try_advisory_lock($1)", lockKey).Scan(&got)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("taking the migration lock: %w", err)
		}
		if got {
			break
		}
		select {
		case <-wctx.Done():
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: gave up waiting for pg_advisory_lock(%d); wait for the other run to finish, or find its session in pg_locks", dialect.ErrLocked, lockKey)
		case <-tick.C:
		}
	}
	return func() error {
		// Unlock even when the caller's context was cancelled.
		var ok bool
		err := c.conn.QueryRowContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey).Scan(&ok)
		if err != nil {
			return fmt.Errorf("releasing the migration lock: %w", err)
		}
		return nil
	}, nil
}

// Apply implements dialect.Conn. The non-transactional statements that
// come before every transactional one in the script run first, one by one
// (enum values the transaction may use); then the transactional statements
// in one transaction (PostgreSQL's DDL is transactional); then the other
// non-transactional ones, one by one.
func (c *Conn) Apply(ctx context.Context, s *dialect.Script) error {
	var pre, tx, notx []dialect.Statement
	for _, st := range s.Statements {
		switch {
		case st.NoTx && len(tx) == 0:
			pre = append(pre, st)
		case st.NoTx:
			notx = append(notx, st)
		default:
			tx = append(tx, st)
		}
	}
	if len(tx) == 0 {
		pre, notx = nil, append(pre, notx...)
	}
	defer func() {
		// The script's lock_timeout is for the script, not for later inspection.
		_, _ = c.conn.ExecContext(context.WithoutCancel(ctx), "RESET lock_timeout")
	}()
	var applied []dialect.Statement
	for i, st := range pre {
		if _, err := c.conn.ExecContext(ctx, st.SQL); err != nil {
			rest := append(append(append([]dialect.Statement(nil), pre[i+1:]...), tx...), notx...)
			return &dialect.ApplyError{Applied: ddlOnly(applied), Failed: st, NotApplied: ddlOnly(rest), RolledBack: len(ddlOnly(applied)) == 0, Err: err}
		}
		applied = append(applied, st)
	}
	if len(tx) > 0 {
		t, err := c.conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("starting the migration transaction: %w", err)
		}
		for i, st := range tx {
			if _, err := t.ExecContext(ctx, st.SQL); err != nil {
				_ = t.Rollback()
				return &dialect.ApplyError{Applied: ddlOnly(applied), Failed: st, NotApplied: ddlOnly(append(append([]dialect.Statement(nil), tx[i+1:]...), notx...)), RolledBack: len(ddlOnly(applied)) == 0, Err: err}
			}
		}
		if err := t.Commit(); err != nil {
			return &dialect.ApplyError{Applied: ddlOnly(applied), Failed: dialect.Statement{SQL: "COMMIT"}, NotApplied: ddlOnly(notx), RolledBack: len(ddlOnly(applied)) == 0, Err: err}
		}
		applied = append(applied, tx...)
	}
	for i, st := range notx {
		// A failed run may have left this index INVALID under the same
		// name: CREATE would fail on it, so it goes first.
		if err := c.dropInvalidIndex(ctx, st.SQL); err != nil {
			return &dialect.ApplyError{Applied: ddlOnly(applied), Failed: st, NotApplied: ddlOnly(notx[i+1:]), RolledBack: len(ddlOnly(applied)) == 0, Err: err}
		}
		if _, err := c.conn.ExecContext(ctx, st.SQL); err != nil {
			if derr := c.dropInvalidIndex(ctx, st.SQL); derr != nil {
				err = fmt.Errorf("%w; and %v", err, derr)
			}
			return &dialect.ApplyError{Applied: ddlOnly(applied), Failed: st, NotApplied: ddlOnly(notx[i+1:]),
				RolledBack: len(ddlOnly(applied)) == 0, Err: err}
		}
		applied = append(applied, st)
	}
	return nil
}

// ddlOnly leaves out the SET statements a script carries (lock_timeout):
// they change no schema, so they are neither "applied" nor "not applied".
func ddlOnly(stmts []dialect.Statement) []dialect.Statement {
	var out []dialect.Statement
	for _, st := range stmts {
		if !strings.HasPrefix(st.SQL, "SET ") {
			out = append(out, st)
		}
	}
	return out
}

var concurrentRE = regexp.MustCompile(`^CREATE (?:UNIQUE )?INDEX CONCURRENTLY ("(?:[^"]|"")+") ON ("(?:[^"]|"")+")\.`)

// CleanupWait bounds how long dropping a failed build's INVALID index may
// wait for the transactions that block it.
var CleanupWait = 30 * time.Second

// dropInvalidIndex removes the INVALID index a failed CREATE INDEX
// CONCURRENTLY leaves behind (a unique one already rejects writes), so the
// next run can build it again. It runs on a fresh session of the pool,
// without the script's lock_timeout and whatever the caller's context
// says (a Ctrl-C must not leave the index behind); when the drop cannot
// be done, the error names the index and the statement that removes it.
func (c *Conn) dropInvalidIndex(ctx context.Context, stmt string) error {
	m := concurrentRE.FindStringSubmatch(stmt)
	if m == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), CleanupWait+5*time.Second)
	defer cancel()
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("could not check for an INVALID index %s.%s left by the build (%v): drop it with DROP INDEX CONCURRENTLY if it is there", m[2], m[1], err)
	}
	defer conn.Close()
	var invalid bool
	err = conn.QueryRowContext(ctx, `SELECT NOT i.indisvalid FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = $1 AND n.nspname = $2`, unquote(m[1]), unquote(m[2])).Scan(&invalid)
	if errors.Is(err, sql.ErrNoRows) || err == nil && !invalid {
		return nil
	}
	drop := "DROP INDEX CONCURRENTLY IF EXISTS " + m[2] + "." + m[1]
	if err == nil {
		_, err = conn.ExecContext(ctx, fmt.Sprintf("SET lock_timeout = '%dms'", CleanupWait.Milliseconds()))
	}
	if err == nil {
		_, err = conn.ExecContext(ctx, drop)
	}
	if err != nil {
		return fmt.Errorf("the INVALID index %s.%s left by the failed build could not be dropped (%v); run %s", m[2], m[1], err, drop)
	}
	return nil
}

func unquote(q string) string {
	if len(q) >= 2 && q[0] == '"' {
		q = q[1 : len(q)-1]
	}
	out := []byte{}
	for i := 0; i < len(q); i++ {
		out = append(out, q[i])
		if q[i] == '"' && i+1 < len(q) && q[i+1] == '"' {
			i++
		}
	}
	return string(out)
}
