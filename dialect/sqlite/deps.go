package sqlite

import (
	"context"
	"fmt"
	"sort"

	"github.com/schemaguard/schemaguard/diff"
)

// renamedDeps are the triggers (by table) and views read by Inspect, as
// they read once the plan's column renames have run. A rename runs first
// and SQLite rewrites every trigger and view that names the column; a
// rebuild later in the script drops the table, which drops its triggers,
// and recreates them (and the views around it) from their text. The text
// read before the rename would recreate them naming a column that no
// longer exists, and every write that fires such a trigger would fail.
// The rewrite is SQLite's own: the schema is loaded into a private
// in-memory database and the renames run there. When that fails (a
// schema the scratch database cannot hold), the text read stands, as does
// the live RENAME, which fails the script on the same problem.
func (c *Conn) renamedDeps(changes []diff.Change) (map[string][]string, []viewDef) {
	var renames []string
	for _, ch := range changes {
		if r, ok := ch.(diff.RenameColumn); ok {
			renames = append(renames, fmt.Sprintf("ALTER TABLE %s RENAME COLUMN %s TO %s", quote(r.Table.Name), quote(r.From.Name), quote(r.To.Name)))
		}
	}
	if len(renames) == 0 || (len(c.deps) == 0 && len(c.views) == 0) {
		return c.deps, c.views
	}
	deps, views, err := c.rewriteDeps(context.Background(), renames)
	if err != nil {
		return c.deps, c.views
	}
	return deps, views
}

func (c *Conn) rewriteDeps(ctx context.Context, renames []string) (map[string][]string, []viewDef, error) {
	mem, err := OpenMemory(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer mem.Close()
	if _, err := mem.conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return nil, nil, err
	}
	for _, q := range c.tableSQL {
		// A virtual table's shadow tables come with it; whichever is
		// created second fails, and the schema is complete either way.
		_, _ = mem.conn.ExecContext(ctx, q)
	}
	// A view may name another view: create them until no more succeed.
	pending := append([]viewDef(nil), c.views...)
	for len(pending) > 0 {
		var rest []viewDef
		for _, v := range pending {
			if _, err := mem.conn.ExecContext(ctx, v.sql); err != nil {
				rest = append(rest, v)
			}
		}
		if len(rest) == len(pending) {
			return nil, nil, fmt.Errorf("creating view %s in the scratch database", rest[0].name)
		}
		pending = rest
	}
	tables := make([]string, 0, len(c.deps))
	for t := range c.deps {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	for _, t := range tables {
		for _, q := range c.deps[t] {
			if _, err := mem.conn.ExecContext(ctx, q); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, q := range renames {
		if _, err := mem.conn.ExecContext(ctx, q); err != nil {
			return nil, nil, err
		}
	}
	rows, err := mem.conn.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view','trigger') ORDER BY name`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	deps := map[string][]string{}
	var views []viewDef
	for rows.Next() {
		var typ, name, tbl, text string
		if err := rows.Scan(&typ, &name, &tbl, &text); err != nil {
			return nil, nil, err
		}
		if typ == "trigger" {
			deps[tbl] = append(deps[tbl], text)
		} else {
			views = append(views, viewDef{name: name, sql: text})
		}
	}
	return deps, views, rows.Err()
}
