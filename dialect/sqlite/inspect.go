package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// ownTablePrefix marks schemaguard's own tables, never part of a diff.
const ownTablePrefix = "schemaguard_"

// Inspect implements dialect.Conn. It reads the whole schema in five
// queries, joining sqlite_master with the table-valued pragma functions.
func (c *Conn) Inspect(ctx context.Context, ignore []string) (*schema.Schema, error) {
	s := &schema.Schema{Dialect: "sqlite"}
	tables := map[string]*schema.Table{}
	skip := func(name string) bool {
		if strings.HasPrefix(name, "sqlite_") || strings.HasPrefix(name, ownTablePrefix) {
			return true
		}
		for _, g := range ignore {
			if ok, _ := path.Match(g, name); ok {
				return true
			}
		}
		return false
	}
	c.deps = map[string][]string{}
	c.views = nil
	c.tableSQL = nil
	parsed := map[string]tableSQL{}

	rows, err := c.conn.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('table','view','trigger') ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("reading sqlite_master: %w", err)
	}
	for rows.Next() {
		var typ, name, tbl, text string
		if err := rows.Scan(&typ, &name, &tbl, &text); err != nil {
			rows.Close()
			return nil, err
		}
		switch typ {
		case "table":
			if text != "" && !strings.HasPrefix(name, "sqlite_") {
				c.tableSQL = append(c.tableSQL, text)
			}
			if skip(name) || strings.HasPrefix(strings.ToUpper(text), "CREATE VIRTUAL") {
				continue
			}
			// A column without COLLATE compares with BINARY: naming the
			// table's default lets a key over a column that drops its
			// collation be probed under the one it gets.
			t := &schema.Table{Name: name, Options: map[string]string{"collation": "BINARY"}}
			p := parseCreateTable(text)
			parsed[name] = p
			t.Checks = p.checks
			if p.autoincrement {
				t.Options["autoincrement"] = "true"
			}
			if p.withoutRowid {
				t.Options["without_rowid"] = "true"
			}
			if p.strict {
				t.Options["strict"] = "true"
			}
			tables[name] = t
			s.Tables = append(s.Tables, t)
		case "trigger":
			c.deps[tbl] = append(c.deps[tbl], text)
		case "view":
			c.views = append(c.views, viewDef{name: name, sql: text})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := c.inspectColumns(ctx, tables, parsed); err != nil {
		return nil, err
	}
	if err := c.inspectIndexes(ctx, tables); err != nil {
		return nil, err
	}
	if err := c.inspectForeignKeys(ctx, tables, parsed); err != nil {
		return nil, err
	}
	s.Normalize()
	return s, nil
}

func (c *Conn) inspectColumns(ctx context.Context, tables map[string]*schema.Table, parsed map[string]tableSQL) error {
	rows, err := c.conn.QueryContext(ctx, `SELECT m.name, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
		FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
		WHERE m.type = 'table' ORDER BY m.name, p.cid`)
	if err != nil {
		return fmt.Errorf("reading columns: %w", err)
	}
	defer rows.Close()
	pks := map[string][][2]any{}
	for rows.Next() {
		var tbl, name, typ string
		var cid, notnull, pk, hidden int
		var dflt sql.NullString
		if err := rows.Scan(&tbl, &cid, &name, &typ, &notnull, &dflt, &pk, &hidden); err != nil {
			return fmt.Errorf("reading columns: %w", err)
		}
		t := tables[tbl]
		if t == nil {
			continue
		}
		col := &schema.Column{Name: name, Type: parseType(typ), Nullable: notnull == 0}
		if dflt.Valid {
			d := defaultKeyword(dflt.String)
			if col.Type.Kind == schema.KindBool {
				d = boolDefault(d)
			}
			col.Default = &d
		}
		if coll, ok := parsed[tbl].collations[name]; ok && coll != "BINARY" {
			col.Collation = coll
		}
		if hidden == 2 || hidden == 3 {
			col.Generated = parsed[tbl].generated[name]
			if col.Generated == "" {
				col.Generated = "?"
			}
			col.GeneratedStored = hidden == 3
		}
		if pk > 0 {
			pks[tbl] = append(pks[tbl], [2]any{pk, name})
		}
		t.Columns = append(t.Columns, col)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for tbl, cols := range pks {
		t := tables[tbl]
		sort.Slice(cols, func(i, j int) bool { return cols[i][0].(int) < cols[j][0].(int) })
		ix := &schema.Index{Name: "PRIMARY", Unique: true}
		for _, pc := range cols {
			ix.Parts = append(ix.Parts, schema.IndexPart{Column: pc[1].(string)})
		}
		t.PrimaryKey = ix
		// INTEGER PRIMARY KEY is the rowid: it generates its own values and
		// cannot hold NULL, whatever the declaration says.
		if len(cols) == 1 && t.Options["without_rowid"] == "" {
			col := t.Column(cols[0][1].(string))
			if strings.EqualFold(col.Type.Raw, "INTEGER") {
				col.AutoIncrement = true
				col.Nullable = false
			}
		}
	}
	// INT and INTEGER store alike, except that only INTEGER PRIMARY KEY is
	// the rowid: a sole INT key keeps its spelling, so that turning it into
	// the rowid (or back) is a change; every other INT reads as INTEGER.
	for _, t := range tables {
		for _, col := range t.Columns {
			name, rest, _ := strings.Cut(col.Type.Raw, " ")
			if !strings.EqualFold(name, "INT") {
				continue
			}
			if pk := t.PrimaryKey; pk != nil && len(pk.Parts) == 1 && pk.Parts[0].Column == col.Name && t.Options["without_rowid"] == "" {
				continue
			}
			col.Type.Raw = strings.TrimSpace("INTEGER " + rest)
		}
	}
	return nil
}

func (c *Conn) inspectIndexes(ctx context.Context, tables map[string]*schema.Table) error {
	rows, err := c.conn.QueryContext(ctx, `SELECT m.name, il.name, il."unique", il.origin, il.partial, coalesce(im.sql, ''),
			ix.seqno, ix.cid, coalesce(ix.name, ''), ix."desc", ix.key, coalesce(ix.coll, 'BINARY')
		FROM sqlite_master m
		JOIN pragma_index_list(m.name) il
		JOIN pragma_index_xinfo(il.name) ix
		LEFT JOIN sqlite_master im ON im.type = 'index' AND im.name = il.name
		WHERE m.type = 'table' AND ix.key = 1
		ORDER BY m.name, il.name, ix.seqno`)
	if err != nil {
		return fmt.Errorf("reading indexes: %w", err)
	}
	defer rows.Close()
	byName := map[string]*schema.Index{}
	exprs := map[string][]string{}
	for rows.Next() {
		var tbl, name, origin, text, col, coll string
		var unique, partial, seq, cid, desc, key int
		if err := rows.Scan(&tbl, &name, &unique, &origin, &partial, &text, &seq, &cid, &col, &desc, &key, &coll); err != nil {
			return fmt.Errorf("reading indexes: %w", err)
		}
		t := tables[tbl]
		if t == nil || origin == "pk" {
			continue
		}
		ix := byName[tbl+"\x00"+name]
		if ix == nil {
			ix = &schema.Index{Name: name, Unique: unique == 1, Constraint: origin == "u"}
			if text != "" {
				ix.Where, exprs[tbl+"\x00"+name] = parseCreateIndex(text)
			}
			byName[tbl+"\x00"+name] = ix
			t.Indexes = append(t.Indexes, ix)
		}
		part := schema.IndexPart{Column: col, Desc: desc == 1}
		if cid == -2 {
			if e := exprs[tbl+"\x00"+name]; seq < len(e) {
				part.Expr = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(e[seq]), " DESC"), " ASC"))
			}
			part.Column = ""
		}
		if c := t.Column(col); cid >= 0 && c != nil && !strings.EqualFold(coll, first(c.Collation, "BINARY")) {
			// The index compares the column under another collation than
			// the column's own (email COLLATE NOCASE): that is its key.
			part = schema.IndexPart{Expr: quote(col) + " COLLATE " + strings.ToUpper(coll), Desc: part.Desc}
		}
		ix.Parts = append(ix.Parts, part)
	}
	return rows.Err()
}

func (c *Conn) inspectForeignKeys(ctx context.Context, tables map[string]*schema.Table, parsed map[string]tableSQL) error {
	rows, err := c.conn.QueryContext(ctx, `SELECT m.name, f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete
		FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
		WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq`)
	if err != nil {
		return fmt.Errorf("reading foreign keys: %w", err)
	}
	defer rows.Close()
	byID := map[string]*schema.ForeignKey{}
	for rows.Next() {
		var tbl, ref, from, onUpd, onDel string
		var to sql.NullString
		var id, seq int
		if err := rows.Scan(&tbl, &id, &seq, &ref, &from, &to, &onUpd, &onDel); err != nil {
			return fmt.Errorf("reading foreign keys: %w", err)
		}
		t := tables[tbl]
		if t == nil {
			continue
		}
		k := fmt.Sprintf("%s\x00%d", tbl, id)
		fk := byID[k]
		if fk == nil {
			fk = &schema.ForeignKey{RefTable: ref, OnDelete: action(onDel), OnUpdate: action(onUpd)}
			byID[k] = fk
			t.ForeignKeys = append(t.ForeignKeys, fk)
		}
		fk.Columns = append(fk.Columns, from)
		fk.RefColumns = append(fk.RefColumns, to.String)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for k, fk := range byID {
		tbl, _, _ := strings.Cut(k, "\x00")
		if parsed[tbl].deferredFKs[fkColumnsKey(fk.Columns)] {
			fk.Deferrable = "DEFERRABLE INITIALLY DEFERRED"
		}
	}
	// REFERENCES parent without columns means the parent's primary key.
	for _, fk := range byID {
		if p := tables[fk.RefTable]; p != nil && p.PrimaryKey != nil {
			for i, rc := range fk.RefColumns {
				if rc == "" && i < len(p.PrimaryKey.Parts) {
					fk.RefColumns[i] = p.PrimaryKey.Parts[i].Column
				}
			}
		}
	}
	return nil
}

func action(a string) string {
	a = strings.ToUpper(a)
	if a == "NO ACTION" {
		return ""
	}
	return a
}

// defaultKeywords are the default spellings SQLite reads without regard to
// case; the table's SQL keeps them as typed.
var defaultKeywords = []string{"NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP"}

// defaultKeyword spells a keyword default in upper case, the way DocType
// files and the renderer write it, so that "default false" typed by hand
// is not a change from FALSE.
func defaultKeyword(d string) string {
	for _, k := range defaultKeywords {
		if strings.EqualFold(strings.TrimSpace(d), k) {
			return k
		}
	}
	return d
}

// boolDefault spells a BOOLEAN column's 0 or 1 default as FALSE or TRUE.
// SQLite reads TRUE and FALSE as the integers 1 and 0, and the column's
// NUMERIC affinity stores '0' and '1' as those integers too: all of them
// put the same value in new rows.
func boolDefault(d string) string {
	switch strings.TrimSpace(d) {
	case "0", "'0'":
		return "FALSE"
	case "1", "'1'":
		return "TRUE"
	}
	return d
}

// first returns a, or b when a is empty.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
