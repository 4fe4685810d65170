package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
)

// Apply implements dialect.Conn. MySQL commits every DDL statement on its
// own, so statements run one by one on one session. When one fails, the
// statements that ran are undone in reverse order with their Undo, which
// Render computed from the actual schema; RolledBack says whether that
// worked. A script from elsewhere is undone the same way, as far as its
// statements carry Undo.
// Statements without NoTx (data changes) run first, in one transaction.
func (c *Conn) Apply(ctx context.Context, s *dialect.Script) error {
	sess, release, err := c.session(ctx)
	if err != nil {
		return err
	}
	defer release()
	// An ALTER waits for the table's metadata lock, and every query on the
	// table queues behind it: wait briefly, then fail (and undo) rather than
	// stall the application (the server's default is a day).
	if _, err := sess.ExecContext(ctx, fmt.Sprintf("SET SESSION lock_wait_timeout = %d", LockWaitSeconds)); err != nil {
		return fmt.Errorf("setting lock_wait_timeout: %w", err)
	}
	defer sess.ExecContext(context.WithoutCancel(ctx), "SET SESSION lock_wait_timeout = DEFAULT")

	var txs, rest []dialect.Statement
	for _, st := range s.Statements {
		if st.NoTx {
			rest = append(rest, st)
		} else {
			txs = append(txs, st)
		}
	}
	if len(txs) > 0 {
		if err := runTx(ctx, sess, txs); err != nil {
			return err
		}
	}
	for i, st := range rest {
		if _, err := sess.ExecContext(ctx, st.SQL); err != nil {
			ae := &dialect.ApplyError{
				Applied:    append(append([]dialect.Statement(nil), txs...), rest[:i]...),
				Failed:     st,
				NotApplied: append([]dialect.Statement(nil), rest[i+1:]...),
				Err:        err,
			}
			if ctx.Err() != nil {
				// The client gave up, not the server: an ALTER goes on
				// running and may still commit. Nothing is undone under it.
				ae.Err = fmt.Errorf("interrupted (%w); the server may still finish this statement: run verify to see whether it did", err)
				return ae
			}
			if len(txs) == 0 {
				kept := c.revert(context.WithoutCancel(ctx), sess, rest[:i])
				// When everything was undone, Applied still lists what ran.
				ae.RolledBack = kept == 0
				if kept > 0 && kept < i {
					// Part was undone: what is still applied is a prefix;
					// the undone statements must run again.
					ae.Applied = append([]dialect.Statement(nil), rest[:kept]...)
					ae.NotApplied = append(append([]dialect.Statement(nil), rest[kept:i]...), rest[i+1:]...)
				}
			}
			return ae
		}
	}
	return nil
}

// LockWaitSeconds bounds how long each statement of Apply waits for a
// table's metadata lock (lock_wait_timeout), like PostgreSQL's lock_timeout.
var LockWaitSeconds = 5

// revert undoes applied statements in reverse order and returns how many
// remain applied (0 when everything was undone). It undoes nothing unless
// every statement carries its Undo, and it never loses data written since
// the statements ran: an undo whose guard counts rows is not run, and the
// undos run in strict mode, so that narrowing a column back over a longer
// value fails instead of truncating it. Either way the statements from
// there on stay applied and are reported so.
func (c *Conn) revert(ctx context.Context, sess execer, applied []dialect.Statement) int {
	for _, st := range applied {
		if len(st.Undo) == 0 {
			return len(applied)
		}
	}
	var mode string
	if err := sess.QueryRowContext(ctx, "SELECT @@SESSION.sql_mode").Scan(&mode); err != nil {
		return len(applied)
	}
	if _, err := sess.ExecContext(ctx, "SET SESSION sql_mode = CONCAT_WS(',', @@SESSION.sql_mode, 'STRICT_ALL_TABLES')"); err != nil {
		return len(applied)
	}
	defer sess.ExecContext(ctx, "SET SESSION sql_mode = ?", mode)
	for i := len(applied) - 1; i >= 0; i-- {
		if g := applied[i].UndoGuard; g != "" {
			var n int64
			if err := sess.QueryRowContext(ctx, g).Scan(&n); err != nil || n > 0 {
				return i + 1
			}
		}
		for _, q := range applied[i].Undo {
			if _, err := sess.ExecContext(ctx, q); err != nil {
				return i + 1
			}
		}
	}
	return 0
}

func runTx(ctx context.Context, sess execer, stmts []dialect.Statement) error {
	if _, err := sess.ExecContext(ctx, "START TRANSACTION"); err != nil {
		return fmt.Errorf("starting transaction: %w", err)
	}
	for i, st := range stmts {
		if _, err := sess.ExecContext(ctx, st.SQL); err != nil {
			_, rbErr := sess.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			ae := &dialect.ApplyError{Failed: st, NotApplied: stmts[i+1:], RolledBack: rbErr == nil, Err: err}
			// DDL commits implicitly in MySQL and the session is in
			// autocommit after it: ROLLBACK undoes nothing that ran, so say
			// exactly what stays applied.
			if lastDDL(stmts[:i]) >= 0 {
				ae.RolledBack = false
				ae.Applied = stmts[:i]
			}
			return ae
		}
	}
	if _, err := sess.ExecContext(ctx, "COMMIT"); err != nil {
		return &dialect.ApplyError{Failed: dialect.Statement{SQL: "COMMIT"}, NotApplied: stmts, RolledBack: true, Err: err}
	}
	return nil
}

// session returns one server session: the locked one while the migration
// lock is held, otherwise a connection taken from the pool.
func (c *Conn) session(ctx context.Context) (execer, func(), error) {
	if c.locked != nil {
		return c.locked, func() {}, nil
	}
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("opening a session: %w", err)
	}
	return conn, func() { conn.Close() }, nil
}

// LockName is the advisory lock Lock takes. GET_LOCK names are global to
// the server, so the database name is part of it: migrations of two
// databases on one server do not block each other.
func (c *Conn) LockName() string {
	n := "schemaguard:" + c.name
	if len(n) > 64 {
		n = n[:64]
	}
	return n
}

// LockWait is how long Lock waits for another process to release the lock
// before it returns dialect.ErrLocked, in whole seconds.
var LockWait = 1

// Lock implements dialect.Conn with GET_LOCK on a dedicated session, which
// every method of the Conn then uses until unlock.
func (c *Conn) Lock(ctx context.Context) (func() error, error) {
	if c.locked != nil {
		return nil, fmt.Errorf("taking lock %s: already held by this connection", c.LockName())
	}
	conn, err := c.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("opening a session for the lock: %w", err)
	}
	var got sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK(?, ?)", c.LockName(), LockWait).Scan(&got); err != nil {
		conn.Close()
		return nil, fmt.Errorf("taking lock %s: %w", c.LockName(), err)
	}
	if !got.Valid || got.Int64 != 1 {
		conn.Close()
		return nil, fmt.Errorf("%w: GET_LOCK(%q) is held by another session; wait for the other schemaguard run or check SELECT IS_USED_LOCK(%q)",
			dialect.ErrLocked, c.LockName(), c.LockName())
	}
	c.locked = conn
	return func() error {
		if c.locked != conn {
			return nil
		}
		c.locked = nil
		defer conn.Close()
		var released sql.NullInt64
		if err := conn.QueryRowContext(context.Background(), "SELECT RELEASE_LOCK(?)", c.LockName()).Scan(&released); err != nil {
			return fmt.Errorf("releasing lock %s: %w", c.LockName(), err)
		}
		return nil
	}, nil
}

// lastDDL returns the index of the last statement that commits implicitly
// (data definition), or -1.
func lastDDL(stmts []dialect.Statement) int {
	for i := len(stmts) - 1; i >= 0; i-- {
		f := strings.Fields(strings.ToUpper(stmts[i].SQL))
		if len(f) > 0 {
			switch f[0] {
			case "CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE":
				return i
			}
		}
	}
	return -1
}
