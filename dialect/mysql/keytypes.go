package mysql

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
)

var _ dialect.KeyTypeChecker = (*Dialect)(nil)

// KeyTypes implements dialect.KeyTypeChecker. InnoDB forms a foreign key
// only between columns it stores alike (MariaDB's "Foreign Keys" page: the
// size and sign of integer types must be the same, the length of string
// types need not be, non-binary strings need the same character set and
// collation; cmp_cols_are_equal in dict0dict.cc). Other pairs fail with
// errno 150 "Foreign key constraint is incorrectly formed", before a row is
// read. TestKeyTypesMatchServer checks every pair of a list of types
// against the server; types keyClass does not know get "".
func (*Dialect) KeyTypes(child, parent dialect.KeyColumn) string {
	if child.Column == nil || parent.Column == nil {
		return ""
	}
	c, p := keyClass(child), keyClass(parent)
	if c == "" || p == "" || c == p {
		return ""
	}
	return fmt.Sprintf("MariaDB refuses a foreign key from %s (%s.%s) to %s (%s.%s) whatever the rows (errno 150, \"Foreign key constraint is incorrectly formed\"): the parent key holds %s, which InnoDB compares only with the same, and the child holds %s (integers need the same size and sign, character strings the same character set and collation)",
		describeKeyType(child), child.Table.Name, child.Column.Name, describeKeyType(parent), parent.Table.Name, parent.Column.Name, p, c)
}

// keyClass is how InnoDB stores a key column for the comparison: the
// integer's size and sign, float, double, a character string with its
// collation, or fixed binary (BINARY, VARBINARY, DECIMAL, DATETIME,
// TIMESTAMP and TIME, which it compares as bytes); "" for a type it does
// not grade (TEXT and BLOB need a prefix to be indexed at all; DATE, YEAR,
// ENUM and SET are stored as integers of their own).
func keyClass(k dialect.KeyColumn) string {
	t := k.Column.Type
	sign := "signed"
	if t.Unsigned {
		sign = "unsigned"
	}
	switch t.Kind {
	case schema.KindTinyInt, schema.KindBool:
		return "1-byte " + sign + " integers"
	case schema.KindSmallInt:
		return "2-byte " + sign + " integers"
	case schema.KindMediumInt:
		return "3-byte " + sign + " integers"
	case schema.KindInt:
		return "4-byte " + sign + " integers"
	case schema.KindBigInt:
		return "8-byte " + sign + " integers"
	case schema.KindFloat:
		return "FLOAT"
	case schema.KindDouble:
		return "DOUBLE"
	case schema.KindString:
		coll := k.Column.Collation
		if coll == "" && k.Table != nil {
			coll = k.Table.Options["collation"]
		}
		if coll == "" {
			return ""
		}
		return "strings of collation " + strings.ToLower(coll)
	case schema.KindDecimal, schema.KindDateTime, schema.KindTime:
		return "fixed binary"
	case schema.KindBytes:
		if t.MaxBytes == 0 && strings.Contains(t.Raw, "binary") {
			return "fixed binary"
		}
	}
	return ""
}

// describeKeyType names a key column's type with its collation, where it
// has one.
func describeKeyType(k dialect.KeyColumn) string {
	if k.Column.Type.Kind != schema.KindString {
		return k.Column.Type.Raw
	}
	coll := k.Column.Collation
	if coll == "" && k.Table != nil {
		coll = k.Table.Options["collation"]
	}
	return k.Column.Type.Raw + " COLLATE " + coll
}

// keyParent is the dialect.ParentLookup of MySQL: a parent table the plan
// does not know (an ignored one) is read from information_schema.
func (c *Conn) keyParent(ctx context.Context) dialect.ParentLookup {
	return func(target *schema.Schema, _ *schema.Table, fk *schema.ForeignKey) (*schema.Table, error) {
		if fk.RefSchema == "" || fk.RefSchema == c.name {
			if p := target.Table(fk.RefTable); p != nil {
				return p, nil
			}
		}
		return c.catalogTable(ctx, fk.RefSchema, fk.RefTable, fk.RefColumns)
	}
}

// catalogTable reads the types and collations of some columns of a table
// from information_schema; a column it does not find is left out.
func (c *Conn) catalogTable(ctx context.Context, db, table string, columns []string) (*schema.Table, error) {
	if db == "" {
		db = c.name
	}
	t := &schema.Table{Name: table}
	for _, name := range columns {
		var ctype string
		var charLen sql.NullInt64
		var coll sql.NullString
		err := c.q().QueryRowContext(ctx, `SELECT COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, COLLATION_NAME FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?`, db, table, name).Scan(&ctype, &charLen, &coll)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading the type of %s.%s: %w", table, name, err)
		}
		t.Columns = append(t.Columns, &schema.Column{Name: name, Type: parseType(ctype, charLen.Int64), Collation: coll.String})
	}
	return t, nil
}
