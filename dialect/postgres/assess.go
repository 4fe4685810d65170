package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// A table is big when it reaches either threshold. These are the defaults;
// dialect.OpenOptions.BigTableRows / BigTableBytes replace them per connection.
var (
	// BigTableRows is the row estimate (pg_class.reltuples, else the
	// planner's page-count estimate for a table never analyzed) from which a
	// rewrite or scan under ACCESS EXCLUSIVE raises a finding to WARNING.
	BigTableRows int64 = 1_000_000
	// BigTableBytes is the size (pg_total_relation_size) with the same effect.
	BigTableBytes int64 = 1 << 30
)

// The lock modes of PostgreSQL's ALTER TABLE documentation.
const (
	accessExclusive   = "ACCESS EXCLUSIVE"
	shareUpdateExcl   = "SHARE UPDATE EXCLUSIVE"
	shareRowExclusive = "SHARE ROW EXCLUSIVE"
	// statsSQL: a table never vacuumed or analyzed has reltuples = -1
	// (PostgreSQL 14+), however many rows it holds. Like the planner, it
	// then estimates the rows from the table's real page count and a tuple
	// width from the column types (32 bytes for a variable-length one),
	// plus the tuple header and line pointer (28 bytes).
	statsSQL = `SELECT x.nspname, x.relname, sum(x.rows)::bigint, sum(x.bytes)::bigint FROM (SELECT rn.nspname, r.relname,
  CASE WHEN c.relkind = 'p' THEN 0 WHEN c.reltuples >= 0 THEN c.reltuples::bigint
  ELSE pg_relation_size(c.oid) / current_setting('block_size')::bigint * ((current_setting('block_size')::bigint - 24) /
    (28 + (SELECT coalesce(sum(CASE WHEN a.attlen > 0 THEN a.attlen ELSE 32 END), 0) FROM pg_attribute a
      WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)))
  END AS rows,
  pg_total_relation_size(c.oid) AS bytes
FROM pg_class c JOIN pg_class r ON r.oid = coalesce(pg_partition_root(c.oid), c.oid)
JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE c.relkind IN ('r', 'p') AND rn.nspname = ANY($1)) x
GROUP BY x.nspname, x.relname`
)

type tableSize struct{ rows, bytes int64 }

// statsNoLockSQL estimates sizes from the page counts VACUUM and ANALYZE
// keep in pg_class, which need no lock on the tables. Both queries give a
// partitioned table the sum of its partitions (pg_partition_root): the
// parent holds no rows, and the reltuples ANALYZE gives it already counts
// its partitions' rows. The schema filter sits beside
// pg_total_relation_size, which locks each table it sizes: only the
// inspected schemas' tables are read.
const statsNoLockSQL = `SELECT x.nspname, x.relname, sum(x.rows)::bigint, sum(x.bytes)::bigint FROM (SELECT rn.nspname, r.relname,
  CASE WHEN c.relkind = 'p' THEN 0 ELSE greatest(c.reltuples, 0)::bigint END AS rows,
  (c.relpages + coalesce(t.relpages, 0) + coalesce((SELECT sum(ic.relpages) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid), 0))::bigint
    * current_setting('block_size')::bigint AS bytes
FROM pg_class c JOIN pg_class r ON r.oid = coalesce(pg_partition_root(c.oid), c.oid)
JOIN pg_namespace rn ON rn.oid = r.relnamespace
LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
WHERE c.relkind IN ('r', 'p') AND rn.nspname = ANY($1)) x
GROUP BY x.nspname, x.relname`

// tableSizes reads each table's row estimate and total size.
// pg_total_relation_size takes a lock on every table: a table another
// session holds under ACCESS EXCLUSIVE would make the plan wait for it, so
// it waits a second at most and then falls back to the page counts.
func (c *Conn) tableSizes(ctx context.Context, nss []string) (map[string]tableSize, error) {
	read := func(q queryer, query string) (map[string]tableSize, error) {
		sizes := map[string]tableSize{}
		err := each(ctx, q, query, nss, func(r *sql.Rows) error {
			var ns, name string
			var sz tableSize
			if err := r.Scan(&ns, &name, &sz.rows, &sz.bytes); err != nil {
				return err
			}
			sizes[tkey(ns, name)] = sz
			return nil
		})
		return sizes, err
	}
	tx, err := c.conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SET LOCAL lock_timeout = '1s'"); err != nil {
		return nil, err
	}
	sizes, err := read(tx, statsSQL)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "55P03" {
		_ = tx.Rollback()
		return read(c.conn, statsNoLockSQL)
	}
	return sizes, err
}

// Assess implements dialect.Assessor: for each change it describes the lock
// the rendered statements take, whether they rewrite or scan the table, and
// raises the finding when that happens under ACCESS EXCLUSIVE on a big table.
func (c *Conn) Assess(ctx context.Context, actual *schema.Schema, as []dialect.Assessment) error {
	nsSet := map[string]bool{}
	// Not nil: with no live table (a first sync) the queries still take
	// their one argument, an empty list.
	nss := []string{}
	for _, t := range actual.Tables {
		if !nsSet[t.Schema] {
			nsSet[t.Schema] = true
			nss = append(nss, t.Schema)
		}
	}
	sizes, err := c.tableSizes(ctx, nss)
	if err != nil {
		return fmt.Errorf("reading table sizes: %w", err)
	}
	deps, err := c.columnDependents(ctx, nss)
	if err != nil {
		return fmt.Errorf("reading views and generated columns that depend on columns: %w", err)
	}
	// Columns whose enum type the plan rebuilds, by type.
	rebuilt := map[string]map[string]bool{}
	for i := range as {
		if m, ok := as[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterEnum && rebuildsEnum(m) {
			name := m.From.Type.Raw
			if rebuilt[name] == nil {
				rebuilt[name] = map[string]bool{}
			}
			rebuilt[name][tkey(m.Table.Schema, m.Table.Name)+"\x00"+m.From.Name] = true
		}
	}
	if err := c.assessDomains(ctx, as); err != nil {
		return err
	}
	var tz string // the session TimeZone, read for the first timestamp change
	// The schema as the plan leaves it, for the foreign keys' column
	// pairs; built only when a type or a foreign key changes.
	var keyPairs, keyAdds map[int]string
	changes := make([]diff.Change, len(as))
	keyed := false
	for i := range as {
		changes[i] = as[i].Change
		switch ch := as[i].Change.(type) {
		case diff.ModifyColumn:
			keyed = keyed || ch.Aspect == diff.KindAlterType
		case diff.AddForeignKey, diff.AlterForeignKey:
			keyed = true
		}
	}
	if keyed {
		target := diff.Apply(actual, changes)
		keyPairs = keyRetypes(actual, target, as)
		keyAdds, err = dialect.RefusedKeys(target, as, &Dialect{}, c.keyParent(ctx))
	}
	if err != nil {
		return err
	}
	for i := range as {
		a := &as[i]
		if why := keyPairs[i]; why != "" {
			// The statement cannot run as rendered: DANGEROUS keeps sync away.
			a.Escalate(2, why)
		}
		if why := keyAdds[i]; why != "" {
			a.Escalate(2, why)
			a.Refused = true
			a.Advice = "give the column a type PostgreSQL can compare with the column it references (the same type is surest), then add the key"
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterEnum && rebuildsEnum(m) {
			others, err := c.otherEnumUsers(ctx, m.From.Type.Raw, rebuilt[m.From.Type.Raw])
			if err != nil {
				return err
			}
			if len(others) > 0 {
				a.Escalate(2, fmt.Sprintf("removing values rebuilds the type %s, which %s also use(s) outside this plan (an ignored table or another schema): the old type could not be dropped, so sync will not run it; move those columns in the same change", m.From.Type.Raw, strings.Join(others, ", ")))
			}
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && (m.Aspect == diff.KindAlterType || m.Aspect == diff.KindAlterEnum) {
			if ds := deps[tkey(m.Table.Schema, m.Table.Name)+"\x00"+m.From.Name]; len(ds) > 0 {
				// The statement cannot run as rendered, so it must not be
				// applied automatically: DANGEROUS keeps sync away from it.
				a.Escalate(2, fmt.Sprintf("PostgreSQL refuses to change the type of a column that %s depend(s) on, so sync will not run it: drop them, change the type and recreate them in one transaction (schemaguard never drops them for you)",
					strings.Join(ds, ", ")))
			}
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && retypesPartitionKey(m) {
			a.Escalate(2, fmt.Sprintf("%s is in the partition key of %s (PARTITION BY %s), whose type and collation PostgreSQL refuses to change, so sync will not run it: use expand-contract with a new partitioned table",
				m.From.Name, m.Table.Name, m.Table.Options[diff.OptionPartitionBy]))
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && m.Detail == "autoincrement" && m.From.AutoIncrement && m.To.Identity == "always" {
			var identity string
			err := c.conn.QueryRowContext(ctx, `SELECT attidentity::text FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = $2`,
				qualify(m.Table.Schema, m.Table.Name), m.From.Name).Scan(&identity)
			if err != nil {
				return fmt.Errorf("reading the identity of %s.%s: %w", m.Table.Name, m.From.Name, err)
			}
			if identity == "" {
				a.Escalate(2, fmt.Sprintf("%s is a serial column (a sequence default), not an identity column, so SET GENERATED ALWAYS fails and sync will not run it: drop the default, add the identity and move its sequence past the existing values and the old sequence by hand", m.From.Name))
			}
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType {
			if dir := zoneShift(m.From.Type.Raw, m.To.Type.Raw); dir != "" {
				if tz == "" {
					if err := c.conn.QueryRowContext(ctx, "SELECT current_setting('TimeZone')").Scan(&tz); err != nil {
						return fmt.Errorf("reading the session TimeZone: %w", err)
					}
				}
				a.Escalate(0, zoneNote(dir, tz))
			}
		}
		if m, ok := a.Change.(diff.ModifyColumn); ok && m.Detail == "collation" {
			if err := c.assessRecheckedChecks(ctx, m, as, a); err != nil {
				return err
			}
		}
		if reason, err := c.typeProblem(ctx, a.Change); err != nil {
			return err
		} else if reason != "" {
			// The statement cannot run as rendered: DANGEROUS keeps sync away.
			a.Escalate(2, reason)
		}
		if ix, ok := a.Change.(diff.AddIndex); ok {
			if level, reason, err := c.oversizedKeys(ctx, ix); err != nil {
				return err
			} else if reason != "" {
				a.Escalate(level, reason)
			}
		}
		l, err := c.lockOf(ctx, a.Change)
		if err != nil {
			return err
		}
		if l == nil {
			continue
		}
		sz := sizes[tkey(diff.TableSchema(a.Change), a.Change.TableName())]
		l.TableRows, l.TableBytes = sz.rows, sz.bytes
		a.Lock = l
		rowsLimit, bytesLimit := BigTableRows, BigTableBytes
		if c.opts.BigTableRows > 0 {
			rowsLimit = c.opts.BigTableRows
		}
		if c.opts.BigTableBytes > 0 {
			bytesLimit = c.opts.BigTableBytes
		}
		big := sz.rows >= rowsLimit || sz.bytes >= bytesLimit
		if big && l.Mode == accessExclusive && (l.Rewrite || l.ValidationScan) {
			what := "scans"
			if l.Rewrite {
				what = "rewrites"
			}
			a.Escalate(1, fmt.Sprintf("%s table %s (about %s rows, %s) under an ACCESS EXCLUSIVE lock: reads and writes wait until it finishes",
				what, a.Change.TableName(), humanize.Comma(sz.rows), humanize.IBytes(uint64(sz.bytes))))
		}
	}
	return nil
}

// dependentsSQL lists, per column, the views (through their rewrite rules)
// and generated columns that depend on it: ALTER COLUMN TYPE fails on them.
const dependentsSQL = `SELECT n.nspname, c.relname, a.attname, 'view ' || quote_ident(vn.nspname) || '.' || quote_ident(v.relname)
FROM pg_depend d
JOIN pg_rewrite r ON r.oid = d.objid
JOIN pg_class v ON v.oid = r.ev_class
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_class c ON c.oid = d.refobjid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
  AND d.refobjsubid > 0 AND v.oid <> c.oid AND n.nspname = ANY($1)
UNION
SELECT n.nspname, c.relname, a.attname, 'generated column ' || quote_ident(g.attname)
FROM pg_depend d
JOIN pg_attrdef ad ON ad.oid = d.objid
JOIN pg_attribute g ON g.attrelid = ad.adrelid AND g.attnum = ad.adnum AND g.attgenerated <> ''
JOIN pg_class c ON c.oid = d.refobjid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE d.classid = 'pg_attrdef'::regclass AND d.refclassid = 'pg_class'::regclass
  AND d.refobjsubid > 0 AND g.attnum <> a.attnum AND n.nspname = ANY($1)
ORDER BY 1, 2, 3, 4`

// columnDependents maps schema, table and column to what depends on the column.
func (c *Conn) columnDependents(ctx context.Context, nss []string) (map[string][]string, error) {
	out := map[string][]string{}
	err := each(ctx, c.conn, dependentsSQL, nss, func(r *sql.Rows) error {
		var ns, tbl, col, what string
		if err := r.Scan(&ns, &tbl, &col, &what); err != nil {
			return err
		}
		k := tkey(ns, tbl) + "\x00" + col
		out[k] = append(out[k], what)
		return nil
	})
	return out, err
}

// lockOf describes what the statements Render produces for a change do.
func (c *Conn) lockOf(ctx context.Context, ch diff.Change) (*dialect.Lock, error) {
	brief := func(mode, note string) *dialect.Lock { return &dialect.Lock{Mode: mode, Note: note} }
	switch ch := ch.(type) {
	case diff.AddTable:
		return nil, nil
	case diff.DropTable, diff.RenameTable, diff.RenameColumn, diff.DropColumn, diff.DropCheck, diff.DropExclusion:
		return brief(accessExclusive, "catalog-only change; the lock is held for a moment"), nil
	case diff.DropIndex:
		return brief(accessExclusive, "DROP INDEX; the lock is held for a moment"), nil
	case diff.DropForeignKey:
		return brief(accessExclusive, "catalog-only change; the lock is held for a moment, on the referenced table too"), nil
	case diff.AddColumn:
		l := brief(accessExclusive, "")
		col := ch.Column
		switch {
		case col.Generated != "":
			l.Rewrite, l.Note = true, "a stored generated column is computed for every row"
		case col.AutoIncrement:
			l.Rewrite, l.Note = true, "an identity column is filled for every row"
		case col.Default != nil:
			vol, err := c.volatile(ctx, *col.Default)
			if err != nil {
				return nil, err
			}
			if vol {
				l.Rewrite, l.Note = true, "a volatile default is evaluated for every row"
			} else {
				l.Note = "the default is stored once in the catalog (no rewrite since PostgreSQL 11)"
			}
		default:
			l.Note = "catalog-only change; the lock is held for a moment"
		}
		return l, nil
	case diff.ModifyColumn:
		return c.modifyLock(ctx, ch)
	case diff.AddIndex:
		if partitioned(ch.Table) && ch.Index.Constraint {
			return &dialect.Lock{Mode: accessExclusive, ValidationScan: true,
				Note: "partitioned table: PostgreSQL 15 builds no index concurrently on it and takes no UNIQUE USING INDEX, so ADD CONSTRAINT ... UNIQUE builds the index on every partition holding ACCESS EXCLUSIVE on the table (and SHARE on each partition): reads and writes wait until it finishes"}, nil
		}
		if partitioned(ch.Table) {
			return &dialect.Lock{Mode: "SHARE", ValidationScan: true,
				Note: "partitioned table: PostgreSQL 15 builds no index concurrently on it, so CREATE INDEX builds it on every partition holding SHARE on the table and each partition: writes wait until it finishes, reads go on"}, nil
		}
		return &dialect.Lock{Mode: shareUpdateExcl, ValidationScan: true,
			Note: "CREATE INDEX CONCURRENTLY: reads and writes go on while the index is built"}, nil
	case diff.AddForeignKey:
		if partitioned(ch.Table) {
			return partitionedFKLock(), nil
		}
		return &dialect.Lock{Mode: shareRowExclusive, ValidationScan: true,
			Note: "added NOT VALID (brief SHARE ROW EXCLUSIVE on both tables), then VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE"}, nil
	case diff.AlterForeignKey:
		if partitioned(ch.Table) && !validateOnly(ch.From, ch.To) {
			// Measured on PostgreSQL 15: DROP CONSTRAINT takes ACCESS
			// EXCLUSIVE on the table, each partition and the referenced
			// table, held until the commit, after the ADD's scan.
			return &dialect.Lock{Mode: accessExclusive, ValidationScan: true,
				Note: "partitioned table: PostgreSQL 15 adds no NOT VALID foreign key to it, so the key is dropped and added back validating in one transaction (a failure keeps the old key), scanning every partition while the DROP's ACCESS EXCLUSIVE lock on the table, its partitions and the referenced table is held: reads and writes of them wait until it finishes"}, nil
		}
		return &dialect.Lock{Mode: shareRowExclusive, ValidationScan: true,
			Note: "added NOT VALID (brief SHARE ROW EXCLUSIVE on both tables), then VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE"}, nil
	case diff.AddCheck, diff.AlterCheck:
		return &dialect.Lock{Mode: shareUpdateExcl, ValidationScan: true,
			Note: "added NOT VALID (brief ACCESS EXCLUSIVE), then VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE"}, nil
	case diff.AddExclusion, diff.AlterExclusion:
		return &dialect.Lock{Mode: accessExclusive, ValidationScan: true,
			Note: "ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while holding the lock; it cannot be added NOT VALID or built concurrently"}, nil
	case diff.AlterPrimaryKey:
		if ch.To == nil {
			return brief(accessExclusive, "catalog-only change; the lock is held for a moment"), nil
		}
		return &dialect.Lock{Mode: accessExclusive, ValidationScan: true,
			Note: "ADD PRIMARY KEY builds a unique index and checks NOT NULL while holding the lock"}, nil
	}
	return nil, nil
}

// retypesPartitionKey reports whether a change runs ALTER COLUMN ... TYPE
// (a new type, collation or rebuilt enum) on a column the partition key
// of its table names, which PostgreSQL refuses ("cannot alter column ...
// because it is part of the partition key").
func retypesPartitionKey(m diff.ModifyColumn) bool {
	if !partitioned(m.Table) {
		return false
	}
	retype := m.Aspect == diff.KindAlterType || m.Detail == "collation" || m.Aspect == diff.KindAlterEnum && rebuildsEnum(m)
	// The key list after the strategy: a column named range is not RANGE.
	def := m.Table.Options[diff.OptionPartitionBy]
	if i := strings.Index(def, "("); i >= 0 {
		def = def[i:]
	}
	return retype && diff.Mentions(def, m.From.Name, diff.CaseFoldUnquoted)
}

// partitionedFKLock is what adding a foreign key to a partitioned table
// does: PostgreSQL 15 refuses NOT VALID there, so it is validated as it
// is added.
func partitionedFKLock() *dialect.Lock {
	return &dialect.Lock{Mode: shareRowExclusive, ValidationScan: true,
		Note: "partitioned table: PostgreSQL 15 adds no NOT VALID foreign key to it, so ADD CONSTRAINT validates it at once, scanning every partition while holding SHARE ROW EXCLUSIVE on the table, its partitions and the referenced table: writes to them wait until it finishes, reads go on"}
}

func (c *Conn) modifyLock(ctx context.Context, ch diff.ModifyColumn) (*dialect.Lock, error) {
	l := &dialect.Lock{Mode: accessExclusive}
	switch ch.Aspect {
	case diff.KindAlterType:
		rw, err := c.typeChangeRewrites(ctx, ch.From.Type, ch.To.Type)
		if err != nil {
			return nil, err
		}
		l.Rewrite = rw
		if rw {
			l.Note = "the table and its indexes are rewritten"
		} else {
			l.Note = "binary-coercible change: no rewrite, the lock is held for a moment"
		}
	case diff.KindAlterEnum:
		// Render rebuilds the type for a removed value and for a new order
		// of the kept ones alike (rebuildsEnum): only a pure insertion is
		// ALTER TYPE ... ADD VALUE.
		if rebuildsEnum(ch) {
			l.Rewrite, l.Note = true, "the enum type is replaced and the column rewritten"
			return l, nil
		}
		return &dialect.Lock{Note: "ALTER TYPE ... ADD VALUE changes only the catalog"}, nil
	case diff.KindSetNotNull:
		l.Mode, l.ValidationScan = shareUpdateExcl, true
		l.Note = "a NOT VALID check is validated under SHARE UPDATE EXCLUSIVE; SET NOT NULL then needs ACCESS EXCLUSIVE only for a moment"
	case diff.KindDropNotNull, diff.KindSetDefault, diff.KindChangeDefault, diff.KindDropDefault:
		l.Note = "catalog-only change; the lock is held for a moment"
	default:
		switch ch.Detail {
		case "generated expression":
			l.Rewrite, l.Note = true, "the generated column is dropped and computed again for every row"
		case "autoincrement":
			l.ValidationScan, l.Note = ch.To.AutoIncrement, "the identity's sequence is moved past max(column)"
		case "collation":
			// The column keeps its bytes; only the indexes that cover it
			// are built again, reading the table under the lock.
			l.Note = "catalog-only change; the lock is held for a moment"
			if indexed(ch.Table, ch.From.Name) {
				l.Note = "the indexes on the column are rebuilt while the lock is held"
				l.ValidationScan = true
			}
		case diff.DetailDomainConstraints:
			if !domainTightens(ch) {
				return &dialect.Lock{Note: "ALTER DOMAIN ... DROP changes only the catalog"}, nil
			}
			l.Mode, l.ValidationScan = "SHARE", true
			l.Note = "ALTER DOMAIN scans every column of the domain, holding a SHARE lock on each table: writes wait until it finishes"
		case diff.DetailDomainBase:
			return nil, nil
		case diff.DetailDomainDefault:
			return &dialect.Lock{Note: "ALTER DOMAIN ... SET DEFAULT changes only the catalog"}, nil
		}
	}
	return l, nil
}

// typmodRE splits a type spelled with a modifier: "timestamp(3) without
// time zone" is base "timestamp", n 3, rest " without time zone".
var typmodRE = regexp.MustCompile(`^([a-z ]+?)(?:\((\d+)\))?( with(?:out)? time zone)?$`)

// typmodChangeRewrites follows the support functions PostgreSQL consults
// for a change of modifier alone (timestamp_support, time_support,
// varbit_support): a larger or dropped precision or length is a relabel,
// and a precision at the type's maximum (6) is too. ok is false for other
// changes.
func typmodChangeRewrites(from, to string) (rewrite, ok bool) {
	f, t := typmodRE.FindStringSubmatch(from), typmodRE.FindStringSubmatch(to)
	if f == nil || t == nil || f[1] != t[1] || f[3] != t[3] {
		return false, false
	}
	max := -1
	switch f[1] {
	case "timestamp", "time":
		max = 6
	case "bit varying":
	default:
		return false, false
	}
	fn, tn := -1, -1
	if f[2] != "" {
		fn, _ = strconv.Atoi(f[2])
	}
	if t[2] != "" {
		tn, _ = strconv.Atoi(t[2])
	}
	if tn < 0 || max > 0 && tn >= max || fn >= 0 && fn <= tn {
		return false, true
	}
	return true, true
}

// indexed reports whether an index (the primary key included) covers
// the column, by name or in an expression.
func indexed(t *schema.Table, col string) bool {
	ixs := append([]*schema.Index{t.PrimaryKey}, t.Indexes...)
	for _, ix := range ixs {
		if ix == nil {
			continue
		}
		for _, p := range ix.Parts {
			// An expression is matched by name, erring towards a scan.
			if p.Column == col || p.Column == "" && diff.Mentions(p.Expr, col, diff.CaseFoldUnquoted) {
				return true
			}
		}
	}
	return false
}

// typeChangeRewrites follows ATColumnChangeRequiresRewrite: a change of
// typmod that only widens (varchar length, numeric precision at the same
// scale) or a binary-coercible cast (pg_cast.castmethod = 'b') keeps the
// table; anything else rewrites it.
func (c *Conn) typeChangeRewrites(ctx context.Context, from, to schema.Type) (bool, error) {
	switch {
	case from.Kind == schema.KindString && to.Kind == schema.KindString && (from.Fixed || to.Fixed):
		// A cast from character(n) to text or varchar is a function
		// (rtrim); one to character(n) is a length coercion (bpchar()),
		// which has no support function to skip it, so both rewrite.
		// Only the same length or bpchar without one is a relabel.
		if from.Fixed && !to.Fixed {
			return true, nil
		}
		return to.Length != 0 && !(from.Fixed && from.Length == to.Length), nil
	case from.Kind == schema.KindString && to.Kind == schema.KindString:
		return to.Length != 0 && (from.Length == 0 || to.Length < from.Length), nil
	case from.Kind == schema.KindDecimal && to.Kind == schema.KindDecimal:
		if to.Precision == 0 && to.Scale == 0 {
			return false, nil
		}
		return !(from.Precision > 0 && to.Scale == from.Scale && to.Precision >= from.Precision), nil
	}
	if rw, ok := typmodChangeRewrites(from.Raw, to.Raw); ok {
		return rw, nil
	}
	if boundedText(to) {
		return true, nil
	}
	var method sql.NullString
	err := c.conn.QueryRowContext(ctx, `SELECT castmethod::text FROM pg_cast
WHERE castsource = to_regtype($1) AND casttarget = to_regtype($2)`, from.Raw, to.Raw).Scan(&method)
	if err == sql.ErrNoRows {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("looking up the cast from %s to %s: %w", from.Raw, to.Raw, err)
	}
	return method.String != "b", nil
}

var funcRE = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_]*)\s*\(`)

// volatile reports whether a default calls a VOLATILE function, which
// PostgreSQL must evaluate for every existing row.
func (c *Conn) volatile(ctx context.Context, expr string) (bool, error) {
	var names []string
	for _, m := range funcRE.FindAllStringSubmatch(expr, -1) {
		names = append(names, strings.ToLower(m[1]))
	}
	if len(names) == 0 {
		return false, nil
	}
	var n int
	if err := c.conn.QueryRowContext(ctx, "SELECT count(*) FROM pg_proc WHERE provolatile = 'v' AND proname = ANY($1)", names).Scan(&n); err != nil {
		return false, fmt.Errorf("looking up the volatility of %s: %w", expr, err)
	}
	return n > 0, nil
}

// btreeMaxItem is the largest index entry a btree accepts with 8 kB pages
// (about a third of a page); CREATE INDEX fails on a longer key.
const btreeMaxItem = 2704

// oversizedKeys counts, for a new btree index over text-like columns whose
// values may exceed btreeMaxItem, the rows whose key is longer than that,
// and returns how far to raise the change and why (0 and "" when no row
// can make the build fail). It scans only tables that can hold such keys.
//
// PostgreSQL checks the size of the index entry as index_form_tuple builds
// it: an 8-byte header and each value as the table stores it, compressed
// or not (one stored out of line is fetched, with its 4-byte varlena
// header); a value stored uncompressed is compressed again only when it is
// longer than TOAST_INDEX_TARGET (512 bytes). A value stored uncompressed
// out of line was offered to the same compression when its row was
// written (the row exceeded TOAST_TUPLE_THRESHOLD, about 2 kB) and did not
// shrink enough, so the index cannot shrink it either; SQL tells it apart
// from one stored in line because pg_column_size leaves its header out
// (it equals octet_length). So an entry takes at least 8 bytes plus, per
// column: a compressed value's stored size, an uncompressed out-of-line
// text or bytea value's bytes plus 4, an in-line value of up to 512 bytes
// as stored, and nothing for a longer in-line one (the index may compress
// it). CREATE INDEX fails when that exceeds 2704 bytes: measured on
// PostgreSQL 15, incompressible text of 2692 bytes indexes and of 2693
// fails ("index row size 2712 exceeds btree version 4 maximum 2704"),
// while 10000 repeated letters, stored in 125 bytes, index fine. Those
// rows raise the change to DANGEROUS. Rows that only an upper bound puts
// over the limit (a compressed value may lack its header in
// pg_column_size; parts are aligned; the index may not compress an
// in-line one) raise it to DANGEROUS too, so that sync does not run what
// may fail and no count settles. Expression parts are not measured, and
// a partial index's rows are measured all (its predicate may name columns
// the plan has not made yet): the count may include rows it leaves out.
func (c *Conn) oversizedKeys(ctx context.Context, ch diff.AddIndex) (int, string, error) {
	if ch.Index.Method != "" && ch.Index.Method != "btree" {
		return 0, "", nil
	}
	var lo, hi []string
	long := false
	for _, p := range ch.Index.Parts {
		col := ch.Table.Column(p.Column)
		if p.Column == "" || col == nil {
			continue // an expression or a column the plan adds (all NULL)
		}
		k := col.Type.Kind
		bounded := k == schema.KindString && col.Type.Length > 0 && col.Type.Length*4 < btreeMaxItem
		if (k.IsString() || k == schema.KindJSON || k == schema.KindBytes || k == schema.KindOther) && !bounded {
			long = true
		}
		q := quoteIdent(p.Column)
		ps := "pg_column_size(" + q + ")"
		compressed := "pg_column_compression(" + q + ") IS NOT NULL"
		if (k.IsString() && !col.Type.Fixed) || k == schema.KindBytes {
			// octet_length is the value's own bytes (a character(n) would
			// lose its padding to it, so it takes the other branch).
			ol := "octet_length(" + q + ")"
			lo = append(lo, fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN 0 WHEN %[2]s THEN %[3]s WHEN %[3]s = %[4]s THEN %[4]s + 4 WHEN %[4]s <= 512 THEN %[3]s ELSE 0 END", q, compressed, ps, ol))
			hi = append(hi, fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN 0 WHEN %[2]s THEN %[3]s + 4 WHEN %[3]s = %[4]s THEN %[4]s + 4 ELSE %[3]s END", q, compressed, ps, ol))
			continue
		}
		lo = append(lo, fmt.Sprintf("CASE WHEN %[1]s IS NULL THEN 0 WHEN %[2]s OR %[3]s <= 512 THEN %[3]s ELSE 0 END", q, compressed, ps))
		hi = append(hi, fmt.Sprintf("coalesce(%s + 4, 0)", ps))
	}
	if !long {
		return 0, "", nil
	}
	maybe := fmt.Sprintf("8 + %s > %d", hi[0], btreeMaxItem)
	if len(ch.Index.Parts) > 1 {
		// Each part may be aligned (up to 4 bytes) and a NULL adds a
		// bitmap to the header.
		maybe = fmt.Sprintf("16 + %s + %d > %d", strings.Join(hi, " + "), 4*len(hi), btreeMaxItem)
	}
	definite := fmt.Sprintf("8 + %s > %d", strings.Join(lo, " + "), btreeMaxItem)
	q := fmt.Sprintf("SELECT count(*) FILTER (WHERE %s OR %s), count(*) FILTER (WHERE %s) FROM %s", maybe, definite, definite, qualify(ch.Table.Schema, ch.Table.Name))
	var n, fails int64
	if err := c.conn.QueryRowContext(ctx, q).Scan(&n, &fails); err != nil {
		return 0, "", fmt.Errorf("measuring index keys of %s: %w", ch.Table.Name, err)
	}
	switch {
	case fails > 0:
		return 2, fmt.Sprintf("%d row(s) hold a key whose index entry takes more than the %d bytes a btree allows, even as stored (compressed where PostgreSQL could): CREATE INDEX fails on them, so sync will not run it; index a hash or a prefix (left(col, n)) instead", fails, btreeMaxItem), nil
	case n > 0:
		// Whether the index compresses such a key below the limit is not
		// something read-only SQL can tell: kept back, not applied unchecked.
		return 2, fmt.Sprintf("%d row(s) hold a key that may take more than the %d bytes a btree index entry may hold: CREATE INDEX fails on them unless the index compresses them below the limit, which schemaguard cannot tell, so sync will not run it; build it on a copy first, or index a hash or a prefix (left(col, n)) instead", n, btreeMaxItem), nil
	}
	return 0, "", nil
}

// rebuildsEnum reports whether an enum change needs a new type (values
// removed or reordered) rather than ADD VALUE.
func rebuildsEnum(m diff.ModifyColumn) bool {
	want := map[string]bool{}
	for _, v := range m.To.Type.Values {
		want[v] = true
	}
	for _, v := range m.From.Type.Values {
		if !want[v] {
			return true
		}
	}
	return !keepsOrder(m.From.Type.Values, m.To.Type.Values)
}

// otherEnumUsers lists the columns of any table or view that use the enum
// type (as format_type spells it) and are not among the plan's.
func (c *Conn) otherEnumUsers(ctx context.Context, typ string, planned map[string]bool) ([]string, error) {
	rows, err := c.conn.QueryContext(ctx, `SELECT n.nspname, cl.relname, a.attname FROM pg_attribute a
JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
WHERE a.atttypid = to_regtype($1) AND a.attnum > 0 AND NOT a.attisdropped AND cl.relkind IN ('r', 'p', 'v', 'm', 'f')
ORDER BY 1, 2, 3`, typ)
	if err != nil {
		return nil, fmt.Errorf("listing the columns of type %s: %w", typ, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ns, tbl, col string
		if err := rows.Scan(&ns, &tbl, &col); err != nil {
			return nil, err
		}
		if !planned[tkey(ns, tbl)+"\x00"+col] {
			out = append(out, quoteIdent(ns)+"."+quoteIdent(tbl)+"."+quoteIdent(col))
		}
	}
	return out, rows.Err()
}

// assessDomains grades the changes a domain's new definition makes, one
// per column of the domain in the plan. ALTER DOMAIN changes them all at
// once and validates a new constraint against every column of the domain
// in the database, so each change is as risky as the riskiest: rows of any
// column that fail, or a column whose rows were not counted, make all of
// them DANGEROUS, and so does a column outside the plan (an ignored table,
// another schema, an array, range or composite of the domain), whose rows
// no probe counted. A new base type cannot be given in place at all.
func (c *Conn) assessDomains(ctx context.Context, as []dialect.Assessment) error {
	type member struct {
		at   int
		name string
	}
	groups := map[string][]member{}
	var order []string
	for i := range as {
		m, ok := as[i].Change.(diff.ModifyColumn)
		if !ok {
			continue
		}
		switch m.Detail {
		case diff.DetailDomainBase:
			as[i].Escalate(2, fmt.Sprintf("ALTER DOMAIN cannot change the base type of %s (from %s to %s), so sync will not run it: create a new domain, move the columns to it and drop the old one by hand",
				m.From.Type.Raw, m.From.Type.Domain.Base, m.To.Type.Domain.Base))
		case diff.DetailDomainConstraints:
			if !domainTightens(m) {
				continue
			}
			raw := m.From.Type.Raw
			if _, ok := groups[raw]; !ok {
				order = append(order, raw)
			}
			groups[raw] = append(groups[raw], member{i, quoteIdent(m.Table.Schema) + "." + quoteIdent(m.Table.Name) + "." + quoteIdent(m.From.Name)})
		}
	}
	for _, raw := range order {
		ms := groups[raw]
		planned := map[string]bool{}
		for _, x := range ms {
			planned[x.name] = true
		}
		others, err := c.otherDomainUsers(ctx, raw, planned)
		if err != nil {
			return err
		}
		var failing, uncounted []string
		for _, x := range ms {
			switch n := as[x.at].Affected; {
			case n > 0:
				failing = append(failing, fmt.Sprintf("%s (%d row(s))", x.name, n))
			case n < 0:
				uncounted = append(uncounted, x.name)
			}
		}
		for _, x := range ms {
			a := &as[x.at]
			var why []string
			if len(others) > 0 {
				why = append(why, fmt.Sprintf("ALTER DOMAIN also validates %s, which this plan does not count, so sync will not run it: check those values and change the domain by hand", strings.Join(others, ", ")))
			}
			if f := without(failing, x.name); len(f) > 0 {
				why = append(why, fmt.Sprintf("ALTER DOMAIN %s validates every column of the domain at once, and %s fail(s) the new constraint: the change fails for this column too", raw, strings.Join(f, ", ")))
			}
			if u := without(uncounted, x.name); len(u) > 0 && a.Affected >= 0 {
				why = append(why, fmt.Sprintf("ALTER DOMAIN %s validates every column of the domain at once, and the rows of %s were not counted", raw, strings.Join(u, ", ")))
			}
			if len(why) > 0 {
				a.Escalate(2, strings.Join(why, "; "))
			}
		}
	}
	return nil
}

// without is the entries of xs that do not start with name.
func without(xs []string, name string) []string {
	var out []string
	for _, x := range xs {
		if x != name && !strings.HasPrefix(x, name+" ") {
			out = append(out, x)
		}
	}
	return out
}

// domainTightens reports whether a domain's new definition refuses values
// the old one took: a new NOT NULL or a check the old one lacks.
func domainTightens(m diff.ModifyColumn) bool {
	from, to := m.From.Type.Domain, m.To.Type.Domain
	if to.NotNull && !from.NotNull {
		return true
	}
	have := map[string]int{}
	for _, e := range from.Checks {
		have[e]++
	}
	for _, e := range to.Checks {
		if have[e] == 0 {
			return true
		}
		have[e]--
	}
	return false
}

// domainUsersSQL lists the columns whose values ALTER DOMAIN validates for
// the domain $1: of the domain, or of a type built on it (a domain over
// it, an array or range of it, a composite or row type with a field of
// it), in tables, materialized views and foreign tables. A partition is
// left out: its partitioned table stands for its rows. The last column
// says whether the column is of the domain itself.
const domainUsersSQL = `WITH RECURSIVE edges(child, parent) AS (
  SELECT oid, typbasetype FROM pg_type WHERE typbasetype <> 0
  UNION ALL SELECT oid, typelem FROM pg_type WHERE typelem <> 0
  UNION ALL SELECT rngtypid, rngsubtype FROM pg_range
  UNION ALL SELECT cl.reltype, a.atttypid FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
    WHERE a.attnum > 0 AND NOT a.attisdropped AND cl.reltype <> 0
), dom(oid) AS (
  SELECT to_regtype($1)::oid
  UNION
  SELECT e.child FROM edges e JOIN dom d ON e.parent = d.oid
)
SELECT n.nspname, cl.relname, a.attname, a.atttypid = to_regtype($1)::oid
FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
WHERE a.atttypid IN (SELECT oid FROM dom) AND a.attnum > 0 AND NOT a.attisdropped
  AND cl.relkind IN ('r', 'p', 'm', 'f') AND NOT cl.relispartition
ORDER BY 1, 2, 3`

// otherDomainUsers lists the columns ALTER DOMAIN validates for the domain
// typ (as format_type spells it) that are not among the plan's (planned,
// by quoted schema.table.column): a column of the domain elsewhere, or of
// a type built on it, marked so.
func (c *Conn) otherDomainUsers(ctx context.Context, typ string, planned map[string]bool) ([]string, error) {
	rows, err := c.conn.QueryContext(ctx, domainUsersSQL, typ)
	if err != nil {
		return nil, fmt.Errorf("listing the columns of domain %s: %w", typ, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ns, tbl, col string
		var direct bool
		if err := rows.Scan(&ns, &tbl, &col, &direct); err != nil {
			return nil, err
		}
		name := quoteIdent(ns) + "." + quoteIdent(tbl) + "." + quoteIdent(col)
		switch {
		case !direct:
			// PostgreSQL 15 refuses ALTER DOMAIN ... ADD outright while an
			// array or composite of the domain is stored ("cannot alter
			// type ... because column ... uses it").
			out = append(out, name+" (of a type built on the domain)")
		case !planned[name]:
			out = append(out, name)
		}
	}
	return out, rows.Err()
}

// assessRecheckedChecks counts the rows for which a check of the table
// that reads the column turns false under the column's new collation:
// ALTER COLUMN ... COLLATE validates the table's checks on the column
// again and fails on such a row ('A' passes name <> 'a' under "C", not
// under a case-insensitive collation). A check the plan drops is gone; one
// it changes is read as it is now, since its change may be kept back.
func (c *Conn) assessRecheckedChecks(ctx context.Context, m diff.ModifyColumn, as []dialect.Assessment, own *dialect.Assessment) error {
	coll := m.To.Collation
	if coll == "" {
		coll = "default"
	}
	v := "(" + quoteIdent(m.From.Name) + " COLLATE " + quoteIdent(coll) + ")"
	dropped := map[*schema.Check]bool{}
	for _, x := range as {
		if o, ok := x.Change.(diff.DropCheck); ok && o.Table == m.Table {
			dropped[o.Check] = true
		}
	}
	var conds []string
	for _, ck := range m.Table.Checks {
		if dropped[ck] || ck.NotValid || !diff.Mentions(ck.Expr, m.From.Name, diff.CaseFoldUnquoted) {
			continue // gone, never validated, or does not read the column
		}
		conds = append(conds, "("+diff.ReplaceIdent(ck.Expr, m.From.Name, v, diff.CaseFoldUnquoted)+") IS FALSE")
	}
	if len(conds) == 0 {
		return nil
	}
	q := "SELECT count(*) FROM " + qualify(m.Table.Schema, m.Table.Name) + " WHERE " + strings.Join(conds, " OR ")
	var n int64
	tx, err := c.conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if err := tx.QueryRowContext(ctx, q).Scan(&n); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		own.Escalate(2, fmt.Sprintf("the table's checks on %s could not be evaluated under the new collation (%v), and ALTER COLUMN validates them again: review it by hand", m.From.Name, err))
		return nil
	}
	if n > 0 {
		own.Escalate(2, fmt.Sprintf("%d row(s) fail a check of the table on %s under the new collation %s, and ALTER COLUMN validates the checks again: it would fail on them", n, m.From.Name, coll))
	}
	return nil
}

// typeProblem says why a change's statement cannot run because of a column
// type or collation schemaguard does not create: a collation or type that
// the database lacks (a
// domain, composite or extension type the desired file creates; sync only
// creates enums), or a domain that refuses the value every existing row
// gets in a column the plan adds (NULL, or the constant default): adding
// it fails as soon as the table has a row. It returns "" when neither holds.
func (c *Conn) typeProblem(ctx context.Context, ch diff.Change) (string, error) {
	var cols []*schema.Column
	switch ch := ch.(type) {
	case diff.AddTable:
		cols = ch.Table.Columns
	case diff.AddColumn:
		cols = []*schema.Column{ch.Column}
	case diff.ModifyColumn:
		if ch.Aspect == diff.KindAlterType || ch.Detail == "collation" {
			cols = []*schema.Column{ch.To}
		}
	}
	for _, col := range cols {
		if col.Collation != "" {
			var exists bool
			if err := c.conn.QueryRowContext(ctx, "SELECT to_regcollation($1) IS NOT NULL", quoteIdent(col.Collation)).Scan(&exists); err != nil {
				return "", fmt.Errorf("looking up the collation %s: %w", col.Collation, err)
			}
			if !exists {
				return fmt.Sprintf("the collation %s does not exist in the database and sync does not create collations, so the statement would fail: create it first (CREATE COLLATION)", col.Collation), nil
			}
		}
		if col.Type.Kind != schema.KindOther {
			continue
		}
		var exists bool
		var domain sql.NullBool
		err := c.conn.QueryRowContext(ctx, `SELECT to_regtype($1) IS NOT NULL,
  (SELECT typtype = 'd' AND (typnotnull OR EXISTS (SELECT 1 FROM pg_constraint WHERE contypid = t.oid)) FROM pg_type t WHERE t.oid = to_regtype($1))`,
			col.Type.Raw).Scan(&exists, &domain)
		if err != nil {
			return "", fmt.Errorf("looking up the type %s: %w", col.Type.Raw, err)
		}
		if !exists {
			return fmt.Sprintf("the type %s does not exist in the database and sync creates only enum types, so the statement would fail: create the type first (CREATE DOMAIN, CREATE TYPE or CREATE EXTENSION)", col.Type.Raw), nil
		}
		add, ok := ch.(diff.AddColumn)
		if !ok || !domain.Bool {
			continue
		}
		if col.Default != nil && !constantDefault(*col.Default) {
			// A default without a VOLATILE function (now()) is computed
			// once and every row gets that value, which a cast computes
			// as well; a volatile one differs per row.
			if vol, err := c.volatile(ctx, *col.Default); err != nil || vol {
				if err != nil {
					return "", err
				}
				continue
			}
		}
		value := "NULL"
		if col.Default != nil {
			value = *col.Default
		}
		if msg, err := c.castFails(ctx, value, col.Type.Raw); err != nil || msg == "" {
			return "", err
		}
		var rows bool
		if err := c.conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM "+qualify(add.Table.Schema, add.Table.Name)+")").Scan(&rows); err != nil {
			return "", fmt.Errorf("looking for rows in %s: %w", add.Table.Name, err)
		}
		if rows {
			return fmt.Sprintf("every existing row gets %s in the new column, which the domain %s refuses, so adding it fails: add the column with a default the domain accepts", value, col.Type.Raw), nil
		}
	}
	return "", nil
}

// constantDefaultRE is a literal, possibly cast: the value it gives every
// row can be computed once, as the probe does.
var constantDefaultRE = regexp.MustCompile(`(?i)^\(*\s*(NULL|TRUE|FALSE|[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|'([^']|'')*')\s*\)*(::[a-z_ ]+(\([0-9, ]+\))?(\[\])?)*$`)

func constantDefault(expr string) bool { return constantDefaultRE.MatchString(strings.TrimSpace(expr)) }

// castFails evaluates CAST(value AS typ) in a read-only transaction and
// returns the server's message when it fails.
func (c *Conn) castFails(ctx context.Context, value, typ string) (string, error) {
	tx, err := c.conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return "", err
	}
	defer func() { _ = tx.Rollback() }()
	var ignored sql.NullString
	err = tx.QueryRowContext(ctx, "SELECT CAST(("+value+") AS "+typ+")::text").Scan(&ignored)
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Message, nil
	}
	return "", err
}

// zoneShift says which way a type change crosses between timestamp and
// timestamptz: "to tz", "from tz", or "" for anything else.
func zoneShift(from, to string) string {
	withTZ := func(raw string) (bool, bool) {
		r := strings.ToLower(raw)
		if !strings.HasPrefix(r, "timestamp") {
			return false, false
		}
		return strings.HasSuffix(r, "with time zone") && !strings.HasSuffix(r, "without time zone"), true
	}
	f, ok1 := withTZ(from)
	t, ok2 := withTZ(to)
	switch {
	case !ok1 || !ok2 || f == t:
		return ""
	case t:
		return "to tz"
	}
	return "from tz"
}

// zoneNote says what a change between timestamp and timestamptz does with
// the session TimeZone of the connection that runs it: PostgreSQL reads
// each timestamp as a wall-clock time in that zone (or writes each
// instant as one), so the stored values depend on a setting the schema
// does not show.
func zoneNote(dir, tz string) string {
	if dir == "to tz" {
		return fmt.Sprintf("each value is read as a local time in the TimeZone of the session that runs the change (here %s; set by the server, database, role or connection): if the application wrote times in another zone, every value becomes a different instant; a time that does not exist there (skipped by a daylight-saving change) is moved by the gap, and one that occurs twice gets one of its two instants", tz)
	}
	return fmt.Sprintf("each instant is written as the local time in the TimeZone of the session that runs the change (here %s; set by the server, database, role or connection): readers that expect another zone read shifted times, and two instants an hour apart around a daylight-saving change may become the same time", tz)
}
