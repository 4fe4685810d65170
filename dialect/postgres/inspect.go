package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// queryer is what inspection needs: a *sql.Conn, *sql.DB or *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Inspect implements dialect.Conn. It reads the whole schema in a fixed
// number of catalog queries, whatever the number of tables.
func (c *Conn) Inspect(ctx context.Context, ignore []string) (*schema.Schema, error) {
	// A --schema that matches nothing would compare nothing with nothing
	// and report "no changes": say so instead.
	nss, err := matchSchemas(ctx, c.conn, c.opts.Schemas)
	if err != nil {
		return nil, err
	}
	if len(nss) == 0 {
		return nil, fmt.Errorf("%w: no schema of the database matches --schema %s; create it first (CREATE SCHEMA ...) or pass an existing one", dialect.ErrBadInput, strings.Join(c.opts.Schemas, ","))
	}
	return inspect(ctx, c.conn, c.opts.Schemas, ignore)
}

// homeSchema is where tables that name no schema go: the one schema of
// --schema when it is a plain name, else public.
func (c *Conn) homeSchema() string {
	if len(c.opts.Schemas) == 1 && !strings.ContainsAny(c.opts.Schemas[0], "*?[\\") {
		return c.opts.Schemas[0]
	}
	return "public"
}

// CatalogQueries returns the catalog queries Inspect runs, in order (the
// first takes no argument, the others the text[] of schema names), so that
// benchmarks time exactly what inspection asks the server.
func CatalogQueries() []string {
	return []string{namespacesSQL, tablesSQL, columnsSQL, indexesSQL, constraintsSQL}
}

// The catalog queries. Each one covers every table of the selected schemas;
// $1 is the text[] of schema names.
const (
	namespacesSQL = `SELECT nspname FROM pg_namespace
WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' ORDER BY nspname`

	// Comments and enum labels are joined rather than looked up per row
	// (obj_description, col_description and a subquery per column run once
	// per row: three times slower at 2,000 tables). pg_get_partkeydef is
	// only called for a partitioned table (relkind 'p').
	tablesSQL = `SELECT n.nspname, c.relname, coalesce(ds.description, ''),
  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) ELSE '' END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1)
ORDER BY 1, 2`

	// A domain over another domain (dchain walks down to the first base
	// that is not one) needs the constraints of each below it: a value
	// cast to it must pass them all.
	columnsSQL = `WITH RECURSIVE dchain(top, anc, depth) AS (
  SELECT t.oid, b.oid, 1 FROM pg_type t JOIN pg_type b ON b.oid = t.typbasetype AND b.typtype = 'd'
  WHERE t.typtype = 'd'
  UNION ALL
  SELECT c.top, b.oid, c.depth + 1 FROM dchain c JOIN pg_type a ON a.oid = c.anc
  JOIN pg_type b ON b.oid = a.typbasetype AND b.typtype = 'd'
), dcheck AS (
  SELECT contypid, json_agg(json_build_array(pg_get_expr(conbin, 0), conname)
    ORDER BY pg_get_expr(conbin, 0) COLLATE "C", conname) AS checks
  FROM pg_constraint WHERE contypid <> 0 AND contype = 'c' GROUP BY contypid
), danc AS (
  SELECT c.top, json_agg(json_build_array(format_type(a.typbasetype, a.typtypmod), a.typnotnull, dk.checks)
    ORDER BY c.depth)::text AS ancestors
  FROM dchain c JOIN pg_type a ON a.oid = c.anc LEFT JOIN dcheck dk ON dk.contypid = a.oid GROUP BY c.top
)
SELECT n.nspname, c.relname, a.attname,
  format_type(a.atttypid, a.atttypmod), a.atttypmod, t.typname, t.typtype::text,
  NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
  CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname ELSE '' END,
  coalesce(ds.description, ''), ev.labels, a.attrelid::int8, a.attnum,
  CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, t.typnotnull, dc.checks::text,
  CASE WHEN t.typtype = 'd' THEN t.typdefault END, da.ancestors
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
LEFT JOIN (SELECT enumtypid, json_agg(enumlabel ORDER BY enumsortorder)::text AS labels
  FROM pg_enum GROUP BY enumtypid) ev ON ev.enumtypid = t.oid
LEFT JOIN dcheck dc ON dc.contypid = t.oid
LEFT JOIN danc da ON da.top = t.oid
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1)
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum`

	// The key columns come as attribute numbers (indkey, 0 for an
	// expression) with their options (indoption, bit 0 is DESC), named from
	// the columns query in Go: a subquery per index costs more than the
	// rest of the query. pg_get_indexdef, the costliest call, is only asked
	// for indexes with an expression part.
	indexesSQL = `SELECT n.nspname, c.relname, ic.relname, i.indisunique, i.indisprimary, am.amname,
  coalesce(pg_get_expr(i.indpred, i.indrelid), ''), i.indnkeyatts, coalesce(con.contype::text, ''),
  i.indrelid::int8, array_to_json(i.indkey::int2[])::text, array_to_json(i.indoption::int2[])::text,
  CASE WHEN 0 = ANY (i.indkey::int2[]) THEN
    (SELECT json_agg(pg_get_indexdef(i.indexrelid, k, false) ORDER BY k) FROM generate_series(1, i.indnatts) k)::text END,
  -- indnullsnotdistinct is new in PostgreSQL 15: read through to_jsonb so
  -- that older servers, which lack the column, answer NULL.
  CASE WHEN i.indisunique THEN coalesce((to_jsonb(i)->>'indnullsnotdistinct')::boolean, false) ELSE false END,
  coalesce(con.condeferrable, false), coalesce(con.condeferred, false)
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1) AND i.indisvalid
ORDER BY 1, 2, 3`

	// pg_get_expr(conbin) is the expression pg_get_constraintdef prints
	// inside CHECK (...), without the NOT VALID / NO INHERIT decorations.
	// An exclusion constraint (contype 'x') is read whole with
	// pg_get_constraintdef: its elements, operators, method, INCLUDE,
	// WHERE and DEFERRABLE are all in that text.
	// Key columns come as attribute numbers, named in Go like index keys.
	constraintsSQL = `SELECT n.nspname, c.relname, con.conname, con.contype::text, con.convalidated,
  coalesce(pg_get_expr(con.conbin, con.conrelid), ''), con.confupdtype::text, con.confdeltype::text,
  coalesce(rn.nspname, ''), coalesce(rc.relname, ''),
  con.conrelid::int8, con.confrelid::int8, array_to_json(con.conkey)::text, array_to_json(con.confkey)::text,
  con.confmatchtype = 'f', con.condeferrable, con.condeferred,
  CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid) ELSE '' END
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('f', 'c', 'x') AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1)
ORDER BY 1, 2, 3`

	// attnamesSQL names the columns of tables outside the inspected schemas
	// that foreign keys point at; $1 is their int8[] of oids.
	attnamesSQL = `SELECT attrelid::int8, attnum, attname FROM pg_attribute
WHERE attrelid::int8 = ANY($1) AND attnum > 0 AND NOT attisdropped`
)

// attnames maps a table's oid to its column names by attribute number.
type attnames map[int64]map[int]string

func (a attnames) add(rel int64, num int, name string) {
	if a[rel] == nil {
		a[rel] = map[int]string{}
	}
	a[rel][num] = name
}

// names resolves the attribute numbers of a JSON array against a table.
func (a attnames) names(rel int64, nums []int) ([]string, bool) {
	out := make([]string, len(nums))
	for i, n := range nums {
		name, ok := a[rel][n]
		if !ok {
			return nil, false
		}
		out[i] = name
	}
	return out, true
}

// jsonInts reads a JSON array of integers; NULL (no array) is empty.
func jsonInts(s sql.NullString) ([]int, error) {
	if !s.Valid {
		return nil, nil
	}
	var out []int
	err := json.Unmarshal([]byte(s.String), &out)
	return out, err
}

func inspect(ctx context.Context, q queryer, patterns, ignore []string) (*schema.Schema, error) {
	nss, err := matchSchemas(ctx, q, patterns)
	if err != nil {
		return nil, err
	}
	s := &schema.Schema{Dialect: Name}
	byKey := map[string]*schema.Table{}
	key := func(ns, name string) string { return ns + "\x00" + name }
	look := func(ns, name string) *schema.Table { return byKey[key(ns, name)] }

	err = each(ctx, q, tablesSQL, nss, func(r *sql.Rows) error {
		t := &schema.Table{}
		var partBy string
		if err := r.Scan(&t.Schema, &t.Name, &t.Comment, &partBy); err != nil {
			return err
		}
		if partBy != "" {
			// A declaratively partitioned table: PostgreSQL 15 refuses
			// some of the recipes the renderer uses on other tables
			// (NOT VALID foreign keys, concurrent index builds).
			t.Options = map[string]string{diff.OptionPartitionBy: partBy}
		}
		if skipTable(t, ignore) {
			return nil
		}
		s.Tables = append(s.Tables, t)
		byKey[key(t.Schema, t.Name)] = t
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("inspecting tables: %w", err)
	}

	// cols names every column of the inspected schemas, ignored tables
	// included: keys are read as attribute numbers.
	cols := attnames{}
	err = each(ctx, q, columnsSQL, nss, func(r *sql.Rows) error {
		var ns, tab, typmodName, typtype, identity, generated string
		var typmod, attnum int
		var rel int64
		var def, enumVals, domainBase, domainChecks, domainDefault, domainAncestors sql.NullString
		var domainNotNull bool
		col := &schema.Column{}
		if err := r.Scan(&ns, &tab, &col.Name, &col.Type.Raw, &typmod, &typmodName, &typtype, &col.Nullable,
			&def, &identity, &generated, &col.Collation, &col.Comment, &enumVals, &rel, &attnum,
			&domainBase, &domainNotNull, &domainChecks, &domainDefault, &domainAncestors); err != nil {
			return err
		}
		cols.add(rel, attnum, col.Name)
		t := look(ns, tab)
		if t == nil {
			return nil
		}
		col.Type = columnType(col.Type.Raw, typmodName, typtype, typmod)
		if col.Type.Kind == schema.KindEnum && enumVals.Valid {
			if err := json.Unmarshal([]byte(enumVals.String), &col.Type.Values); err != nil {
				return fmt.Errorf("reading values of enum %s: %w", typmodName, err)
			}
		}
		if domainBase.Valid {
			d, err := readDomain(domainBase.String, domainNotNull, domainChecks)
			if err != nil {
				return fmt.Errorf("reading constraints of domain %s: %w", col.Type.Raw, err)
			}
			d.Default = domainDefault.String
			if d.Ancestors, err = readAncestors(domainAncestors); err != nil {
				return fmt.Errorf("reading the domains under domain %s: %w", col.Type.Raw, err)
			}
			col.Type.Domain = d
		}
		switch {
		case identity == "a":
			col.AutoIncrement, col.Identity = true, "always"
		case identity == "d":
			col.AutoIncrement, col.Identity = true, "by default"
		case generated == "s":
			col.Generated, col.GeneratedStored = def.String, true
		case def.Valid && serialRE.MatchString(def.String):
			// serial is a sequence default; it means the same as a BY
			// DEFAULT identity.
			col.AutoIncrement, col.Identity = true, "by default"
		case def.Valid:
			d := normalizeDefault(def.String)
			if col.Type.Kind == schema.KindString && !col.Type.Fixed {
				d = textCastRE.ReplaceAllString(d, "$1::character varying")
			}
			col.Default = &d
		}
		t.Columns = append(t.Columns, col)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("inspecting columns: %w", err)
	}

	err = each(ctx, q, indexesSQL, nss, func(r *sql.Rows) error {
		var ns, tab, method, contype string
		var primary bool
		var nkey int
		var rel int64
		var keys, opts, defs sql.NullString
		var deferrable, deferred bool
		ix := &schema.Index{}
		if err := r.Scan(&ns, &tab, &ix.Name, &ix.Unique, &primary, &method, &ix.Where, &nkey, &contype, &rel, &keys, &opts, &defs, &ix.NullsNotDistinct, &deferrable, &deferred); err != nil {
			return err
		}
		switch {
		case contype != "u":
			// A deferrable primary key is not modelled: only unique
			// constraints carry it.
		case deferred:
			ix.Deferrable = "DEFERRABLE INITIALLY DEFERRED"
		case deferrable:
			ix.Deferrable = "DEFERRABLE"
		}
		t := look(ns, tab)
		if t == nil || contype == "x" {
			// An exclusion constraint's index is read with the constraint
			// (constraintsSQL), not as an index.
			return nil
		}
		ix.Where = canonicalExpr(ix.Where)
		if method != "btree" {
			ix.Method = method
		}
		nums, err := jsonInts(keys)
		if err != nil {
			return fmt.Errorf("reading keys of index %s: %w", ix.Name, err)
		}
		options, err := jsonInts(opts)
		if err != nil {
			return fmt.Errorf("reading options of index %s: %w", ix.Name, err)
		}
		var exprs []string
		if defs.Valid {
			if err := json.Unmarshal([]byte(defs.String), &exprs); err != nil {
				return fmt.Errorf("reading expressions of index %s: %w", ix.Name, err)
			}
		}
		for i, num := range nums {
			var part schema.IndexPart
			switch {
			case num == 0 && i < len(exprs):
				part.Expr = exprs[i]
			case num == 0:
				return fmt.Errorf("index %s: expression part %d has no definition", ix.Name, i+1)
			default:
				name, ok := cols[rel][num]
				if !ok {
					return fmt.Errorf("index %s: column %d of %s.%s not found", ix.Name, num, ns, tab)
				}
				part.Column = name
			}
			if i >= nkey {
				ix.Include = append(ix.Include, part.Column)
				continue
			}
			part.Desc = i < len(options) && options[i]&1 == 1
			ix.Parts = append(ix.Parts, part)
		}
		switch {
		case primary:
			t.PrimaryKey = ix
		default:
			ix.Constraint = contype == "u"
			t.Indexes = append(t.Indexes, ix)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("inspecting indexes: %w", err)
	}

	// A foreign key to a table outside the inspected schemas waits for
	// one more query that names that table's columns.
	type pendingFK struct {
		fk   *schema.ForeignKey
		rel  int64
		nums []int
	}
	var pending []pendingFK
	var missing []int64
	err = each(ctx, q, constraintsSQL, nss, func(r *sql.Rows) error {
		var ns, tab, name, contype, expr, upd, del, refNs, refTab string
		var validated bool
		var rel, refRel int64
		var keys, refKeys sql.NullString
		var matchFull, deferrable, deferred bool
		var exclDef string
		if err := r.Scan(&ns, &tab, &name, &contype, &validated, &expr, &upd, &del, &refNs, &refTab, &rel, &refRel, &keys, &refKeys, &matchFull, &deferrable, &deferred, &exclDef); err != nil {
			return err
		}
		t := look(ns, tab)
		if t == nil {
			return nil
		}
		if contype == "x" {
			t.Exclusions = append(t.Exclusions, &schema.Exclusion{Name: name, Def: exclDef})
			return nil
		}
		if contype == "c" {
			t.Checks = append(t.Checks, &schema.Check{Name: name, Expr: canonicalExpr(stripParens(expr)), NotValid: !validated})
			return nil
		}
		fk := &schema.ForeignKey{Name: name, RefSchema: refNs, RefTable: refTab,
			OnUpdate: fkAction(upd), OnDelete: fkAction(del), NotValid: !validated, MatchFull: matchFull}
		switch {
		case deferred:
			fk.Deferrable = "DEFERRABLE INITIALLY DEFERRED"
		case deferrable:
			fk.Deferrable = "DEFERRABLE"
		}
		nums, err := jsonInts(keys)
		if err != nil {
			return fmt.Errorf("reading columns of %s: %w", name, err)
		}
		var ok bool
		if fk.Columns, ok = cols.names(rel, nums); !ok {
			return fmt.Errorf("columns of %s not found in %s.%s", name, ns, tab)
		}
		refNums, err := jsonInts(refKeys)
		if err != nil {
			return fmt.Errorf("reading referenced columns of %s: %w", name, err)
		}
		if fk.RefColumns, ok = cols.names(refRel, refNums); !ok {
			pending = append(pending, pendingFK{fk, refRel, refNums})
			missing = append(missing, refRel)
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("inspecting constraints: %w", err)
	}
	if len(pending) > 0 {
		rows, err := q.QueryContext(ctx, attnamesSQL, missing)
		if err != nil {
			return nil, fmt.Errorf("naming referenced columns: %w", err)
		}
		for rows.Next() {
			var rel int64
			var num int
			var name string
			if err := rows.Scan(&rel, &num, &name); err != nil {
				rows.Close()
				return nil, fmt.Errorf("naming referenced columns: %w", err)
			}
			cols.add(rel, num, name)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("naming referenced columns: %w", err)
		}
		for _, p := range pending {
			var ok bool
			if p.fk.RefColumns, ok = cols.names(p.rel, p.nums); !ok {
				return nil, fmt.Errorf("referenced columns of %s not found", p.fk.Name)
			}
		}
	}
	s.Normalize()
	return s, nil
}

// matchSchemas lists the schemas of the database that match the patterns.
func matchSchemas(ctx context.Context, q queryer, patterns []string) ([]string, error) {
	var out []string
	err := each(ctx, q, namespacesSQL, nil, func(r *sql.Rows) error {
		var ns string
		if err := r.Scan(&ns); err != nil {
			return err
		}
		for _, p := range patterns {
			if ok, _ := path.Match(p, ns); ok {
				out = append(out, ns)
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing schemas: %w", err)
	}
	if out == nil {
		out = []string{}
	}
	return out, nil
}

// each runs a query with the schema list as $1 (when not nil) and calls fn per row.
func each(ctx context.Context, q queryer, query string, nss []string, fn func(*sql.Rows) error) error {
	var args []any
	if nss != nil {
		args = append(args, nss)
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// skipTable reports whether a table is ignored or belongs to schemaguard itself.
func skipTable(t *schema.Table, ignore []string) bool {
	if strings.HasPrefix(t.Name, "schemaguard_") {
		return true
	}
	for _, g := range ignore {
		if ok, _ := path.Match(g, t.Name); ok {
			return true
		}
		if ok, _ := path.Match(g, t.Schema+"."+t.Name); ok {
			return true
		}
	}
	return false
}

var serialRE = regexp.MustCompile(`^nextval\('.*'::regclass\)$`)

// textCastRE is a string literal cast to text: on a varchar column the
// value is the same as with the character varying cast PostgreSQL prints
// for a plain 'x', which is how the DocType's default comes back.
var textCastRE = regexp.MustCompile(`^('(?:[^'\\]|'')*')::text$`)

// normalizeDefault spells equivalent defaults one way: now() and
// CURRENT_TIMESTAMP are the same function, but the catalog keeps the spelling.
func normalizeDefault(d string) string {
	switch strings.ToLower(d) {
	case "now()", "transaction_timestamp()":
		return "CURRENT_TIMESTAMP"
	}
	return d
}

// readDomain builds a domain's definition from its base type, NOT NULL
// and the JSON array of [expression, name] pairs of its checks (NULL
// without checks), which the query sorts by expression.
func readDomain(base string, notNull bool, checks sql.NullString) (*schema.Domain, error) {
	d := &schema.Domain{Base: base, NotNull: notNull}
	if !checks.Valid {
		return d, nil
	}
	var pairs [][2]string
	if err := json.Unmarshal([]byte(checks.String), &pairs); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		d.Checks = append(d.Checks, p[0])
		d.Names = append(d.Names, p[1])
	}
	return d, nil
}

// readAncestors reads the JSON array of [base, NOT NULL, checks] of the
// domains a domain is over, nearest first (NULL when its base is no
// domain); checks is an array of [expression, name] pairs or null.
func readAncestors(js sql.NullString) ([]schema.Domain, error) {
	if !js.Valid {
		return nil, nil
	}
	var rows [][3]json.RawMessage
	if err := json.Unmarshal([]byte(js.String), &rows); err != nil {
		return nil, err
	}
	out := make([]schema.Domain, 0, len(rows))
	for _, r := range rows {
		var base string
		var notNull bool
		if err := json.Unmarshal(r[0], &base); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(r[1], &notNull); err != nil {
			return nil, err
		}
		checks := sql.NullString{String: string(r[2]), Valid: string(r[2]) != "null"}
		d, err := readDomain(base, notNull, checks)
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	return out, nil
}

// columnType maps a catalog type to its logical kind; raw is format_type's output.
func columnType(raw, typname, typtype string, typmod int) schema.Type {
	t := schema.Type{Raw: raw}
	if typtype == "e" {
		t.Kind, t.EnumName = schema.KindEnum, typname
		return t
	}
	switch typname {
	case "varchar":
		t.Kind = schema.KindString
		if typmod > 4 {
			t.Length = typmod - 4
		}
	case "bpchar":
		// character(n), or bpchar without a length: a string whose trailing
		// spaces are padding, not data.
		t.Kind, t.Fixed, t.Padded = schema.KindString, true, true
		if typmod > 4 {
			t.Length = typmod - 4
		}
	case "text":
		t.Kind = schema.KindText
	case "int2":
		t.Kind = schema.KindSmallInt
	case "int4":
		t.Kind = schema.KindInt
	case "int8":
		t.Kind = schema.KindBigInt
	case "float4":
		t.Kind = schema.KindFloat
	case "float8":
		t.Kind = schema.KindDouble
	case "numeric":
		t.Kind = schema.KindDecimal
		if typmod >= 4 {
			// PostgreSQL 15 keeps the scale in 11 signed bits: numeric(5,-2)
			// rounds to hundreds, numeric(3,5) holds values below 0.001.
			t.Precision = ((typmod - 4) >> 16) & 0xffff
			t.Scale = (((typmod - 4) & 0x7ff) ^ 1024) - 1024
		}
	case "bool":
		t.Kind = schema.KindBool
	case "date":
		t.Kind = schema.KindDate
	case "timestamp", "timestamptz":
		t.Kind = schema.KindDateTime
	case "time":
		t.Kind = schema.KindTime
	case "json", "jsonb":
		t.Kind = schema.KindJSON
	case "uuid":
		t.Kind = schema.KindUUID
	case "bytea":
		t.Kind = schema.KindBytes
	}
	return t
}

func fkAction(a string) string {
	switch a {
	case "r":
		return "RESTRICT"
	case "c":
		return "CASCADE"
	case "n":
		return "SET NULL"
	case "d":
		return "SET DEFAULT"
	}
	return ""
}

// stripParens removes balanced outer parentheses: pg_get_expr wraps a whole
// check in one pair.
func stripParens(e string) string {
	e = strings.TrimSpace(e)
	for len(e) >= 2 && e[0] == '(' && e[len(e)-1] == ')' && balanced(e[1:len(e)-1]) {
		e = strings.TrimSpace(e[1 : len(e)-1])
	}
	return e
}

func balanced(s string) bool {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			continue
		}
		switch ch {
		case '\'', '"':
			quote = ch
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// canonicalExpr rewrites the one deparse PostgreSQL does not reproduce when
// its own output is parsed again: `x IN ('a', 'b')` on a varchar column
// comes back as `(ARRAY['a'::character varying, ...])::text[]`, and creating
// that text gives `ARRAY[('a'::character varying)::text, ...]`. Writing the
// second form directly makes an applied check inspect exactly as desired.
func canonicalExpr(e string) string {
	const open = "(ARRAY["
	var b strings.Builder
	for {
		i := strings.Index(e, open)
		if i < 0 {
			b.WriteString(e)
			return b.String()
		}
		end, elems := arrayElems(e[i+len(open):])
		rest := e[i+len(open)+end:]
		if end < 0 || !strings.HasPrefix(rest, "])::") {
			b.WriteString(e[:i+len(open)])
			e = e[i+len(open):]
			continue
		}
		typ := rest[len("])::"):]
		j := strings.Index(typ, "[]")
		if j <= 0 || strings.ContainsAny(typ[:j], "()'\",") {
			b.WriteString(e[:i+len(open)])
			e = e[i+len(open):]
			continue
		}
		elemType := typ[:j]
		for k, el := range elems {
			elems[k] = "(" + strings.TrimSpace(el) + ")::" + elemType
		}
		b.WriteString(e[:i] + "ARRAY[" + strings.Join(elems, ", ") + "]")
		e = typ[j+2:]
	}
}

// arrayElems splits s at top-level commas up to the "]" that closes the
// array, returning that bracket's offset (-1 if none) and the elements.
func arrayElems(s string) (int, []string) {
	depth, start := 0, 0
	var quote byte
	var out []string
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			continue
		}
		switch ch {
		case '\'', '"':
			quote = ch
		case '(', '[':
			depth++
		case ')':
			depth--
		case ']':
			if depth == 0 {
				return i, append(out, s[start:i])
			}
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return -1, nil
}
