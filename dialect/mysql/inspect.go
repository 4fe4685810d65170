package mysql

import (
	"context"
	"database/sql"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// internalPrefix marks tables that belong to schemaguard itself (history,
// lock): Inspect never reports them.
const internalPrefix = "schemaguard_"

// Inspect implements dialect.Conn. It reads the whole database with six
// information_schema queries, whatever the number of tables.
func (c *Conn) Inspect(ctx context.Context, ignore []string) (*schema.Schema, error) {
	for _, g := range ignore {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("ignore pattern %q: %w", g, err)
		}
	}
	return c.inspect(ctx, c.q(), c.name, ignore)
}

func ignored(name string, ignore []string) bool {
	if strings.HasPrefix(strings.ToLower(name), internalPrefix) {
		return true
	}
	for _, g := range ignore {
		if ok, _ := path.Match(g, name); ok {
			return true
		}
	}
	return false
}

// inspect reads database db through q.
func (c *Conn) inspect(ctx context.Context, q execer, db string, ignore []string) (*schema.Schema, error) {
	s := &schema.Schema{Dialect: "mysql"}
	tables := map[string]*schema.Table{}
	collation := map[string]string{}

	rows, err := q.QueryContext(ctx, `SELECT TABLE_NAME, COALESCE(TABLE_COLLATION, ''), COALESCE(ENGINE, ''), COALESCE(TABLE_COMMENT, ''), COALESCE(ROW_FORMAT, '')
FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`, db)
	if err != nil {
		return nil, fmt.Errorf("listing tables: %w", err)
	}
	err = scanAll(rows, func() error {
		var name, coll, engine, comment, rowFormat string
		if err := rows.Scan(&name, &coll, &engine, &comment, &rowFormat); err != nil {
			return err
		}
		if ignored(name, ignore) {
			return nil
		}
		t := &schema.Table{Name: name, Comment: comment, Options: map[string]string{}}
		if engine != "" {
			t.Options["engine"] = engine
		}
		if coll != "" {
			t.Options["collation"] = coll
		}
		if strings.EqualFold(rowFormat, "compressed") {
			// Only read, to choose ALTER algorithms: INSTANT refuses it.
			t.Options["row_format"] = "compressed"
		}
		tables[name] = t
		collation[name] = coll
		s.Tables = append(s.Tables, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing tables: %w", err)
	}

	// Checks come before columns: MariaDB's JSON is a longtext column with
	// a json_valid check, and the check decides the column's kind.
	jsonCols := map[[2]string]bool{}
	rows, err = q.QueryContext(ctx, c.checksSQL(), db)
	if err != nil {
		return nil, fmt.Errorf("reading check constraints: %w", err)
	}
	err = scanAll(rows, func() error {
		var tname, name, clause, level string
		if err := rows.Scan(&tname, &name, &clause, &level); err != nil {
			return err
		}
		t := tables[tname]
		if t == nil {
			return nil
		}
		// A column-level check keeps its name when its column is renamed
		// (MariaDB 10.11): the clause names the column.
		if m := jsonValidRE.FindStringSubmatch(clause); m != nil && (level == "Column" || m[1] == name) {
			jsonCols[[2]string{tname, strings.ReplaceAll(m[1], "``", "`")}] = true
			return nil
		}
		t.Checks = append(t.Checks, &schema.Check{Name: name, Expr: fromMySQLLiterals(clause)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading check constraints: %w", err)
	}

	rows, err = q.QueryContext(ctx, `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,
COALESCE(CHARACTER_MAXIMUM_LENGTH, 0), COALESCE(COLLATION_NAME, ''), EXTRA, COLUMN_COMMENT, COALESCE(GENERATION_EXPRESSION, '')
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`, db)
	if err != nil {
		return nil, fmt.Errorf("reading columns: %w", err)
	}
	err = scanAll(rows, func() error {
		var tname, name, nullable, ctype, coll, extra, comment, gen string
		var def sql.NullString
		var charLen int64
		if err := rows.Scan(&tname, &name, &def, &nullable, &ctype, &charLen, &coll, &extra, &comment, &gen); err != nil {
			return err
		}
		t := tables[tname]
		if t == nil {
			return nil
		}
		lextra := strings.ToLower(extra)
		if strings.Contains(lextra, "invisible") && !c.fl.maria {
			// MySQL's hidden primary key column is not part of the user's schema.
			if name == "my_row_id" {
				return nil
			}
		}
		col := &schema.Column{
			Name:          name,
			Type:          parseType(ctype, charLen),
			Nullable:      nullable == "YES",
			AutoIncrement: strings.Contains(lextra, "auto_increment"),
			Comment:       comment,
			Invisible:     strings.Contains(lextra, "invisible"),
		}
		if jsonCols[[2]string{tname, name}] {
			col.Type.Kind = schema.KindJSON
		}
		if coll != "" && coll != collation[tname] && col.Type.Kind != schema.KindJSON {
			col.Collation = coll
		}
		if strings.Contains(lextra, "generated") && gen != "" {
			col.Generated = fromMySQLLiterals(gen)
			col.GeneratedStored = strings.Contains(lextra, "stored")
		} else {
			col.Default = c.normalizeDefault(def, col.Type, lextra)
		}
		if i := strings.Index(lextra, "on update "); i >= 0 {
			col.OnUpdate = normalizeNow(strings.TrimSpace(extra[i+len("on update "):]))
		}
		t.Columns = append(t.Columns, col)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading columns: %w", err)
	}

	rows, err = q.QueryContext(ctx, c.indexesSQL(), db)
	if err != nil {
		return nil, fmt.Errorf("reading indexes: %w", err)
	}
	byName := map[[2]string]*schema.Index{}
	err = scanAll(rows, func() error {
		var tname, name, coll, itype, expr string
		var col sql.NullString
		var nonUnique, hidden bool
		var sub sql.NullInt64
		if err := rows.Scan(&tname, &name, &nonUnique, &col, &sub, &coll, &itype, &hidden, &expr); err != nil {
			return err
		}
		t := tables[tname]
		if t == nil {
			return nil
		}
		ix := byName[[2]string{tname, name}]
		if ix == nil {
			ix = &schema.Index{Name: name, Unique: !nonUnique, Invisible: hidden}
			switch m := strings.ToLower(itype); m {
			case "btree", "":
			default:
				ix.Method = m
			}
			byName[[2]string{tname, name}] = ix
			if name == "PRIMARY" {
				t.PrimaryKey = ix
			} else {
				t.Indexes = append(t.Indexes, ix)
			}
		}
		p := schema.IndexPart{Column: col.String, Desc: coll == "D", Prefix: int(sub.Int64)}
		if !col.Valid {
			p.Expr = expr
		}
		ix.Parts = append(ix.Parts, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading indexes: %w", err)
	}

	// The rules and the columns of foreign keys are two queries joined
	// here: joined in SQL, MariaDB fills one view again for every row of
	// the other (about 1 s instead of 0.2 s at 2,000 tables).
	rows, err = q.QueryContext(ctx, `SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?`, db)
	if err != nil {
		return nil, fmt.Errorf("reading foreign keys: %w", err)
	}
	rules := map[[2]string][2]string{}
	err = scanAll(rows, func() error {
		var tname, name, onUpdate, onDelete string
		if err := rows.Scan(&tname, &name, &onUpdate, &onDelete); err != nil {
			return err
		}
		rules[[2]string{tname, name}] = [2]string{onUpdate, onDelete}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading foreign keys: %w", err)
	}
	rows, err = q.QueryContext(ctx, `SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`, db)
	if err != nil {
		return nil, fmt.Errorf("reading foreign keys: %w", err)
	}
	fks := map[[2]string]*schema.ForeignKey{}
	err = scanAll(rows, func() error {
		var tname, name, col, refSchema, refTable, refCol string
		if err := rows.Scan(&tname, &name, &col, &refSchema, &refTable, &refCol); err != nil {
			return err
		}
		t := tables[tname]
		rule, ok := rules[[2]string{tname, name}]
		if t == nil || !ok {
			return nil
		}
		fk := fks[[2]string{tname, name}]
		if fk == nil {
			fk = &schema.ForeignKey{Name: name, RefTable: refTable, OnUpdate: fkAction(rule[0]), OnDelete: fkAction(rule[1])}
			if refSchema != db {
				fk.RefSchema = refSchema
			}
			fks[[2]string{tname, name}] = fk
			t.ForeignKeys = append(t.ForeignKeys, fk)
		}
		fk.Columns = append(fk.Columns, col)
		fk.RefColumns = append(fk.RefColumns, refCol)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading foreign keys: %w", err)
	}
	for _, t := range s.Tables {
		markImplicitFKIndexes(t)
	}

	s.Normalize()
	return s, nil
}

// markImplicitFKIndexes marks the indexes InnoDB creates by itself for a
// foreign key that has none to use: plain, over exactly the key's columns,
// and named like the key (or like its first column, for a key without a
// name). The other engines have no such index; ADD FOREIGN KEY creates
// it, so it is not planned on its own, and the key's drop takes it along.
func markImplicitFKIndexes(t *schema.Table) {
	for _, fk := range t.ForeignKeys {
		cols := strings.Join(fk.Columns, ",")
		for _, ix := range t.Indexes {
			if ix.Unique || ix.Where != "" || strings.Join(ix.Columns(), ",") != cols || slices.ContainsFunc(ix.Parts, func(p schema.IndexPart) bool { return p.Prefix > 0 }) {
				continue
			}
			if ix.Name == fk.Name || len(fk.Columns) > 0 && ix.Name == fk.Columns[0] {
				ix.Implicit = true
			}
		}
	}
}

func scanAll(rows interface {
	Next() bool
	Err() error
	Close() error
}, each func() error) error {
	defer rows.Close()
	for rows.Next() {
		if err := each(); err != nil {
			return err
		}
	}
	return rows.Err()
}

// checksSQL lists check constraints. MariaDB names column-level checks
// after their column, so names are unique per table only and the view
// carries TABLE_NAME; MySQL needs TABLE_CONSTRAINTS for it.
func (c *Conn) checksSQL() string {
	if c.fl.maria {
		return `SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME`
	}
	return `SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table' FROM information_schema.CHECK_CONSTRAINTS c
JOIN information_schema.TABLE_CONSTRAINTS t
  ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK'
WHERE c.CONSTRAINT_SCHEMA = ? ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME`
}

// indexesSQL lists index parts. Index visibility is IGNORED on MariaDB
// 10.6+ and IS_VISIBLE on MySQL 8, where functional key parts have an
// EXPRESSION and no column (untested).
func (c *Conn) indexesSQL() string {
	hidden, expr := "FALSE", "''"
	switch {
	case c.fl.maria && (c.fl.major > 10 || c.fl.major == 10 && c.fl.minor >= 6):
		hidden = "IGNORED = 'YES'"
	case !c.fl.maria && c.fl.major >= 8:
		hidden, expr = "IS_VISIBLE = 'NO'", "COALESCE(EXPRESSION, '')"
	}
	return `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE = 1, COLUMN_NAME, SUB_PART, COALESCE(COLLATION, 'A'), INDEX_TYPE, ` +
		hidden + `, ` + expr + `
FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`
}

func fkAction(a string) string {
	a = strings.ToUpper(strings.TrimSpace(a))
	if a == "RESTRICT" || a == "NO ACTION" {
		return ""
	}
	return a
}

// jsonValidRE matches the check MariaDB's JSON type puts on its column.
var jsonValidRE = regexp.MustCompile("^json_valid\\(`((?:[^`]|``)+)`\\)$")

var nowRE = regexp.MustCompile(`(?i)^(current_timestamp|now|localtimestamp|localtime)(\((\d*)\))?$`)

// normalizeNow spells CURRENT_TIMESTAMP the way MariaDB prints it:
// current_timestamp() or current_timestamp(3).
func normalizeNow(e string) string {
	if m := nowRE.FindStringSubmatch(strings.TrimSpace(e)); m != nil {
		return "current_timestamp(" + m[3] + ")"
	}
	return e
}

// normalizeDefault brings COLUMN_DEFAULT to MariaDB's spelling: an SQL
// expression, with strings quoted. MariaDB 10.2.7+ already prints it so and
// writes NULL for "no default" and "DEFAULT NULL" alike, both of which mean
// no default here. MySQL prints literals unquoted and marks expression
// defaults with DEFAULT_GENERATED (untested branch).
func (c *Conn) normalizeDefault(def sql.NullString, t schema.Type, extra string) *string {
	if !def.Valid {
		return nil
	}
	v := def.String
	if c.fl.maria {
		if v == "NULL" {
			return nil
		}
		v = fromMySQLLiterals(normalizeNow(v))
		return &v
	}
	switch {
	case strings.Contains(extra, "default_generated"):
		if n := normalizeNow(v); n != v {
			v = n
		} else {
			v = "(" + v + ")"
		}
	case t.Kind.IsNumeric() || t.Kind == schema.KindBool:
	case strings.HasPrefix(t.Raw, "bit"):
	default:
		v = "'" + strings.ReplaceAll(v, "'", "''") + "'"
	}
	return &v
}
