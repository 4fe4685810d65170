package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

var _ dialect.KeyTypeChecker = (*Dialect)(nil)

// KeyTypes implements dialect.KeyTypeChecker. ADD FOREIGN KEY
// (ATAddForeignKeyConstraint in tablecmds.c) takes the equality operator
// of the operator family of the parent's unique index, for the parent
// type and the child's: the family must hold one for the pair (integer_ops
// compares smallint, integer and bigint; datetime_ops date and both
// timestamps), or the child's type must be implicitly coercible to the
// index's input type (integer to numeric, numeric to double precision,
// text to character). Failing both it refuses the key with 42804 "Key
// columns ... are of incompatible types", before it reads a row. A domain
// counts as the type under it. TestKeyTypesMatchServer checks every pair
// of the types below against the server; any other type gets "".
func (*Dialect) KeyTypes(child, parent dialect.KeyColumn) string {
	if child.Column == nil || parent.Column == nil {
		return ""
	}
	c, p := keyBase(child.Column.Type), keyBase(parent.Column.Type)
	if c == "" || p == "" || keyAccepts(p, c) {
		return ""
	}
	return fmt.Sprintf("PostgreSQL refuses a foreign key from %s (%s.%s) to %s (%s.%s) whatever the rows (42804, incompatible types): the equality operators of the parent key's index do not take %s, and %s has no implicit cast to %s",
		child.Column.Type.Raw, child.Table.Name, child.Column.Name, parent.Column.Type.Raw, parent.Table.Name, parent.Column.Name, c, c, p)
}

// keyTypmodRE matches a type modifier in format_type's spelling:
// character varying(10), timestamp(3) without time zone.
var keyTypmodRE = regexp.MustCompile(`\([0-9, ]*\)`)

// keyBase is the type a key column compares as: format_type's name without
// its modifier, the root of a domain, "enum NAME" for an enum; "" for an
// array or a type keyAccepts does not know.
func keyBase(t schema.Type) string {
	raw := t.Raw
	if t.Domain != nil {
		raw = t.Domain.Root()
	} else if t.Kind == schema.KindEnum {
		return "enum " + t.Raw
	}
	raw = strings.TrimSpace(keyTypmodRE.ReplaceAllString(strings.ToLower(raw), ""))
	if _, ok := keyParents[raw]; !ok && raw != "json" {
		return ""
	}
	return raw
}

var (
	keyInts     = []string{"smallint", "integer", "bigint"}
	keyStrings  = []string{"text", "character varying", "character"}
	keyInstants = []string{"date", "timestamp without time zone", "timestamp with time zone"}
	// keyParents lists, for each parent type, the child types ADD FOREIGN
	// KEY accepts: those of the parent's default btree operator family,
	// and those with an implicit cast to its input type.
	keyParents = map[string][]string{
		"smallint":                    keyInts,
		"integer":                     keyInts,
		"bigint":                      keyInts,
		"numeric":                     append([]string{"numeric"}, keyInts...),
		"real":                        append([]string{"real", "double precision", "numeric"}, keyInts...),
		"double precision":            append([]string{"real", "double precision", "numeric"}, keyInts...),
		"text":                        keyStrings,
		"character varying":           keyStrings,
		"character":                   keyStrings,
		"date":                        keyInstants,
		"timestamp without time zone": keyInstants,
		"timestamp with time zone":    keyInstants,
		"time without time zone":      {"time without time zone"},
		"time with time zone":         {"time with time zone", "time without time zone"},
		"boolean":                     {"boolean"},
		"uuid":                        {"uuid"},
		"bytea":                       {"bytea"},
		"jsonb":                       {"jsonb"},
	}
)

// keyAccepts reports whether a parent key of type p accepts a child of
// type c (both keyBase names). An enum takes only its own type.
func keyAccepts(p, c string) bool {
	if p == c {
		return true
	}
	for _, ok := range keyParents[p] {
		if ok == c {
			return true
		}
	}
	return false
}

// keyRetypes finds the type changes that PostgreSQL cannot run because a
// foreign key the plan keeps pairs the column with one whose type it then
// cannot compare: ALTER COLUMN ... TYPE re-creates the keys over the
// column, checking the new type against the other column's type as it is
// when the statement runs (42804 "Key columns ... are of incompatible
// types", whatever the rows). Each statement changes one table, in the
// plan's order. When both columns change, the first ALTER meets the
// other's old type: if it is refused, neither change can run in this
// plan (the second alone would leave the first refused for good, or
// depend on the order), and both are reported. It returns the reason by
// assessment index.
func keyRetypes(actual, target *schema.Schema, as []dialect.Assessment) map[int]string {
	retyped := map[[3]string]int{}
	for i := range as {
		if m, ok := as[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && m.To != nil {
			retyped[[3]string{m.Table.Schema, m.Table.Name, m.From.Name}] = i
		}
	}
	if len(retyped) == 0 {
		return nil
	}
	kept := func(t *schema.Table, fk *schema.ForeignKey) bool {
		tt := target.TableIn(t.Schema, t.Name)
		if tt == nil {
			return false
		}
		for _, k := range tt.ForeignKeys {
			if k.Name == fk.Name && slices.Equal(k.Columns, fk.Columns) && k.RefTable == fk.RefTable && slices.Equal(k.RefColumns, fk.RefColumns) {
				return true
			}
		}
		return false
	}
	d := &Dialect{}
	out := map[int]string{}
	note := func(i int, why string) {
		if out[i] == "" {
			out[i] = why
		} else if !strings.Contains(out[i], why) {
			out[i] += "; " + why
		}
	}
	for _, t := range actual.Tables {
		for _, fk := range t.ForeignKeys {
			ns := fk.RefSchema
			if ns == "" {
				ns = t.Schema
			}
			parent := actual.TableIn(ns, fk.RefTable)
			if parent == nil || !kept(t, fk) {
				continue
			}
			for j := range fk.Columns {
				if j >= len(fk.RefColumns) {
					break
				}
				child := dialect.KeyColumn{Table: t, Column: t.Column(fk.Columns[j])}
				ref := dialect.KeyColumn{Table: parent, Column: parent.Column(fk.RefColumns[j])}
				ci, cok := retyped[[3]string{t.Schema, t.Name, fk.Columns[j]}]
				pi, pok := retyped[[3]string{parent.Schema, parent.Name, fk.RefColumns[j]}]
				var first, second int
				switch {
				case cok && (!pok || ci < pi):
					child.Column = as[ci].Change.(diff.ModifyColumn).To
					first, second = ci, pi
				case pok:
					ref.Column = as[pi].Change.(diff.ModifyColumn).To
					first, second = pi, ci
				default:
					continue
				}
				why := d.KeyTypes(child, ref)
				if why == "" {
					continue
				}
				fix := "drop the key, change the types of both columns and add it back in one transaction"
				note(first, "the ALTER re-creates foreign key "+fk.Name+" and checks it: "+why+"; "+fix)
				if cok && pok {
					m := as[first].Change.(diff.ModifyColumn)
					note(second, "it goes with the type change of "+m.Table.Name+"."+m.From.Name+", which foreign key "+fk.Name+" pairs with it and PostgreSQL cannot run first ("+
						m.To.Type.Raw+" against "+other(child, ref, m).Column.Type.Raw+"); "+fix)
				}
			}
		}
	}
	return out
}

// other is the column of a key pair that change m does not retype.
func other(child, ref dialect.KeyColumn, m diff.ModifyColumn) dialect.KeyColumn {
	if child.Column == m.To {
		return ref
	}
	return child
}

// keyParent is the dialect.ParentLookup of PostgreSQL: a parent table the
// plan does not know (ignored, or outside the inspected schemas) is read
// from the catalog, column by column.
func (c *Conn) keyParent(ctx context.Context) dialect.ParentLookup {
	return func(target *schema.Schema, t *schema.Table, fk *schema.ForeignKey) (*schema.Table, error) {
		ns := fk.RefSchema
		if ns == "" {
			ns = t.Schema
		}
		if p := target.TableIn(ns, fk.RefTable); p != nil {
			return p, nil
		}
		p := &schema.Table{Schema: ns, Name: fk.RefTable}
		for _, name := range fk.RefColumns {
			col, err := c.catalogColumn(ctx, ns, fk.RefTable, name)
			if err != nil {
				return nil, err
			}
			if col != nil {
				p.Columns = append(p.Columns, col)
			}
		}
		return p, nil
	}
}

// catalogColumn reads one column's type from the catalog, nil when the
// table or column does not exist.
func (c *Conn) catalogColumn(ctx context.Context, ns, table, column string) (*schema.Column, error) {
	var raw, typname, typtype string
	var typmod int
	var base sql.NullString
	err := c.conn.QueryRowContext(ctx, `SELECT format_type(a.atttypid, a.atttypmod), t.typname, t.typtype::text, a.atttypmod,
	CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
		qualify(ns, table), column).Scan(&raw, &typname, &typtype, &typmod, &base)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the type of %s.%s: %w", table, column, err)
	}
	col := &schema.Column{Name: column, Type: columnType(raw, typname, typtype, typmod)}
	if base.Valid {
		col.Type.Domain = &schema.Domain{Base: base.String}
	}
	return col, nil
}
