package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// Kind is the stable name of a change in reports. Kinds are never renamed
// once released; docs/json-output.md and the JSON Schema list them.
type Kind string

// The change kinds of the JSON report.
const (
	KindAddTable       Kind = "add_table"
	KindDropTable      Kind = "drop_table"
	KindRenameTable    Kind = "rename_table"
	KindAddColumn      Kind = "add_column"
	KindDropColumn     Kind = "drop_column"
	KindRenameColumn   Kind = "rename_column"
	KindAlterType      Kind = "alter_type"
	KindSetNotNull     Kind = "set_not_null"
	KindDropNotNull    Kind = "drop_not_null"
	KindSetDefault     Kind = "set_default"
	KindChangeDefault  Kind = "change_default"
	KindDropDefault    Kind = "drop_default"
	KindAddIndex       Kind = "add_index"
	KindDropIndex      Kind = "drop_index"
	KindAddUnique      Kind = "add_unique"
	KindDropUnique     Kind = "drop_unique"
	KindAddForeignKey  Kind = "add_foreign_key"
	KindDropForeignKey Kind = "drop_foreign_key"
	KindAddCheck       Kind = "add_check"
	KindDropCheck      Kind = "drop_check"
	KindAlterCheck     Kind = "alter_check"
	KindAddExclusion   Kind = "add_exclusion"
	KindDropExclusion  Kind = "drop_exclusion"
	KindAlterExclusion Kind = "alter_exclusion"
	KindAlterPK        Kind = "alter_primary_key"
	KindAlterEnum      Kind = "alter_enum"
	KindTableOption    Kind = "alter_table_option"
	KindOther          Kind = "other"
)

// Kinds lists every kind, in report order.
var Kinds = []Kind{
	KindAddTable, KindDropTable, KindRenameTable, KindAddColumn, KindDropColumn,
	KindRenameColumn, KindAlterType, KindSetNotNull, KindDropNotNull, KindSetDefault,
	KindChangeDefault, KindDropDefault, KindAddIndex, KindDropIndex, KindAddUnique,
	KindDropUnique, KindAddForeignKey, KindDropForeignKey, KindAddCheck, KindDropCheck,
	KindAlterCheck, KindAddExclusion, KindDropExclusion, KindAlterExclusion,
	KindAlterPK, KindAlterEnum, KindTableOption, KindOther,
}

// Change is one difference between the desired and the actual schema. The
// set of implementations is closed: only this package defines changes.
type Change interface {
	// Kind is the report kind of the change.
	Kind() Kind
	// TableName is the table the change is about, as the database stores it
	// (the old name for a rename).
	TableName() string
	// ColumnName is the single column the change is about, or "".
	ColumnName() string
	// String is a short human description.
	String() string
	change()
}

// AddTable creates a table that only the desired schema has.
type AddTable struct{ Table *schema.Table }

// DropTable removes a table that only the database has. ContinuedBy names
// the desired table that declares it as a former name (previously) but
// could not be renamed from it because a table of its own name exists too.
type DropTable struct {
	Table       *schema.Table
	ContinuedBy string
}

// RenameTable renames a table declared with previously.
type RenameTable struct{ From, To *schema.Table }

// AddColumn adds a column. In every change that belongs to an existing
// table, Table is the actual table (its stored name, before any rename).
type AddColumn struct {
	Table  *schema.Table
	Column *schema.Column
	// After and Before name the columns the desired table declares just
	// before and after this one ("" at either end). Engines that can place
	// a column (MySQL) put it there; the others add it at the end.
	After, Before string
	// Position is the column's index in the desired table: Sort orders the
	// adds of one table by it, so columns added at the end come in the
	// order the desired table declares them.
	Position int
}

// DropColumn removes a column; Table is the actual table. RenameHint names an
// added column of the same type that may be the same column renamed, and
// RenameHintSource where the desired schema declares it (path:line).
// ContinuedBy names the desired column that declares it as a former name
// (previously) but could not be renamed from it because a column of its
// own name exists too.
type DropColumn struct {
	Table            *schema.Table
	Column           *schema.Column
	RenameHint       string
	RenameHintSource string
	ContinuedBy      string
}

// RenameColumn renames a column declared with previously; Table is the actual table.
type RenameColumn struct {
	Table    *schema.Table
	From, To *schema.Column
}

// ModifyColumn changes one aspect of a column. Table is the actual table;
// From is the actual column and To the desired one.
type ModifyColumn struct {
	Table    *schema.Table
	From, To *schema.Column
	Aspect   Kind
	// Detail says what changed for aspects reported as KindOther.
	Detail string
	// Want is the desired table: a column's change is checked with the
	// other columns as the plan leaves them (every column of a foreign key
	// compares under its new collation when the key is added back). nil
	// when unknown.
	Want *schema.Table
}

// AddIndex creates an index or unique constraint. Want is the desired
// table, whose definitions of columns the plan adds or renames the key's
// probe needs; it is nil for indexes of new tables.
type AddIndex struct {
	Table *schema.Table
	Index *schema.Index
	Want  *schema.Table
}

// DropIndex removes an index or unique constraint.
type DropIndex struct {
	Table *schema.Table
	Index *schema.Index
}

// AddForeignKey adds a foreign key.
type AddForeignKey struct {
	Table *schema.Table
	FK    *schema.ForeignKey
	// Want is the desired table, whose column types the key's probe may
	// read the values as (SQLite's rebuild stores them under the new ones).
	Want *schema.Table
}

// DropForeignKey removes a foreign key.
type DropForeignKey struct {
	Table *schema.Table
	FK    *schema.ForeignKey
}

// AlterForeignKey changes the actions of a foreign key with the same columns and target.
type AlterForeignKey struct {
	Table    *schema.Table
	From, To *schema.ForeignKey
}

// AddCheck adds a check constraint. Want is the desired table, whose
// definitions of columns the plan adds the check's probe needs.
type AddCheck struct {
	Table *schema.Table
	Check *schema.Check
	Want  *schema.Table
}

// DropCheck removes a check constraint.
type DropCheck struct {
	Table *schema.Table
	Check *schema.Check
}

// AlterCheck changes the expression of a named check constraint. Want is
// the desired table, as for AddCheck.
type AlterCheck struct {
	Table    *schema.Table
	From, To *schema.Check
	Want     *schema.Table
}

// AddExclusion adds a PostgreSQL exclusion constraint. Want is the
// desired table, whose column names the definition uses.
type AddExclusion struct {
	Table     *schema.Table
	Exclusion *schema.Exclusion
	Want      *schema.Table
}

// DropExclusion removes a PostgreSQL exclusion constraint.
type DropExclusion struct {
	Table     *schema.Table
	Exclusion *schema.Exclusion
}

// AlterExclusion replaces the definition of a named exclusion constraint
// (PostgreSQL drops it and adds the new one). One change rather than a
// drop and an add, so that sync cannot drop the old constraint and keep
// the new one back.
type AlterExclusion struct {
	Table    *schema.Table
	From, To *schema.Exclusion
	Want     *schema.Table
}

// AlterPrimaryKey replaces the primary key; From or To may be nil. Want
// is the desired table, as for AddIndex.
type AlterPrimaryKey struct {
	Table    *schema.Table
	From, To *schema.Index
	Want     *schema.Table
}

// AlterTableOption changes a table option that is part of how SQLite
// stores or numbers the table (TableOptions): STRICT, WITHOUT ROWID or
// AUTOINCREMENT (on the rowid key), where From and
// To are "true" or "". Option "collation" is MySQL's table default
// collation, From and To its names: the collation columns added later get.
// Option OptionPartitionBy is PostgreSQL's partitioning, From and To
// its partition keys ("" for a table that is not partitioned).
type AlterTableOption struct {
	Table, Want *schema.Table
	Option      string
	From, To    string
}

// TableOptions are the table options the diff compares; the dialects
// that do not have them never set them. SQLite's AUTOINCREMENT is one of
// them: a rowid table numbers its rows either way, but without it SQLite
// hands out again the numbers of deleted rows above the largest key, and
// a DocType's auto-increment key, created with it, promises never to.
var TableOptions = []string{"strict", "without_rowid", "autoincrement"}

// OptionPartitionBy is the table option holding a PostgreSQL table's
// partition key as pg_get_partkeydef prints it (RANGE (at)); a table
// that is not partitioned has none. It is compared only when the desired
// table has the key: a source that can declare partitioning (SQL DDL)
// sets it, to "" for a table that is not partitioned, while a DocType,
// which cannot, leaves it out and so leaves the live partitioning alone.
const OptionPartitionBy = "partition_by"

func (AlterTableOption) change() {}

// Kind implements Change.
func (AlterTableOption) Kind() Kind { return KindTableOption }

// TableName implements Change.
func (c AlterTableOption) TableName() string { return c.Table.Name }

// ColumnName implements Change.
func (AlterTableOption) ColumnName() string { return "" }

// String implements Change.
func (c AlterTableOption) String() string {
	switch {
	case c.Option == "collation":
		return "change the default collation of table " + c.Table.Name + " from " + c.From + " to " + c.To
	case c.Option == OptionPartitionBy && c.From == "":
		return "partition table " + c.Table.Name + " by " + c.To
	case c.Option == OptionPartitionBy && c.To == "":
		return "stop partitioning table " + c.Table.Name + " (now by " + c.From + ")"
	case c.Option == OptionPartitionBy:
		return "partition table " + c.Table.Name + " by " + c.To + " instead of " + c.From
	}
	name := strings.ToUpper(strings.ReplaceAll(c.Option, "_", " "))
	if c.To == "" {
		return "remove " + name + " from table " + c.Table.Name
	}
	return "make table " + c.Table.Name + " " + name
}

func (AddTable) change()        {}
func (DropTable) change()       {}
func (RenameTable) change()     {}
func (AddColumn) change()       {}
func (DropColumn) change()      {}
func (RenameColumn) change()    {}
func (ModifyColumn) change()    {}
func (AddIndex) change()        {}
func (DropIndex) change()       {}
func (AddForeignKey) change()   {}
func (DropForeignKey) change()  {}
func (AlterForeignKey) change() {}
func (AddCheck) change()        {}
func (DropCheck) change()       {}
func (AlterCheck) change()      {}
func (AlterPrimaryKey) change() {}
func (AddExclusion) change()    {}
func (DropExclusion) change()   {}
func (AlterExclusion) change()  {}

// Kind implements Change.
func (AddExclusion) Kind() Kind { return KindAddExclusion }

// Kind implements Change.
func (DropExclusion) Kind() Kind { return KindDropExclusion }

// Kind implements Change.
func (AlterExclusion) Kind() Kind { return KindAlterExclusion }

// TableName implements Change.
func (c AddExclusion) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropExclusion) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AlterExclusion) TableName() string { return c.Table.Name }

// ColumnName implements Change.
func (AddExclusion) ColumnName() string { return "" }

// ColumnName implements Change.
func (DropExclusion) ColumnName() string { return "" }

// ColumnName implements Change.
func (AlterExclusion) ColumnName() string { return "" }

// String implements Change.
func (c AddExclusion) String() string {
	return "add exclusion constraint " + c.Exclusion.Name + " " + c.Exclusion.Def + " on " + c.Table.Name
}

// String implements Change.
func (c DropExclusion) String() string {
	return "drop exclusion constraint " + c.Exclusion.Name + " " + c.Exclusion.Def + " on " + c.Table.Name
}

// String implements Change.
func (c AlterExclusion) String() string {
	return "change exclusion constraint " + c.From.Name + " on " + c.Table.Name + " to " + c.To.Def
}

// Kind implements Change.
func (AddTable) Kind() Kind { return KindAddTable }

// Kind implements Change.
func (DropTable) Kind() Kind { return KindDropTable }

// Kind implements Change.
func (RenameTable) Kind() Kind { return KindRenameTable }

// Kind implements Change.
func (AddColumn) Kind() Kind { return KindAddColumn }

// Kind implements Change.
func (DropColumn) Kind() Kind { return KindDropColumn }

// Kind implements Change.
func (RenameColumn) Kind() Kind { return KindRenameColumn }

// Kind implements Change.
func (c ModifyColumn) Kind() Kind { return c.Aspect }

// Kind implements Change.
func (c AddIndex) Kind() Kind {
	if c.Index.Unique {
		return KindAddUnique
	}
	return KindAddIndex
}

// Kind implements Change.
func (c DropIndex) Kind() Kind {
	if c.Index.Unique {
		return KindDropUnique
	}
	return KindDropIndex
}

// Kind implements Change.
func (AddForeignKey) Kind() Kind { return KindAddForeignKey }

// Kind implements Change.
func (DropForeignKey) Kind() Kind { return KindDropForeignKey }

// Kind implements Change.
func (AlterForeignKey) Kind() Kind { return KindOther }

// Kind implements Change.
func (AddCheck) Kind() Kind { return KindAddCheck }

// Kind implements Change.
func (DropCheck) Kind() Kind { return KindDropCheck }

// Kind implements Change.
func (AlterCheck) Kind() Kind { return KindAlterCheck }

// Kind implements Change.
func (AlterPrimaryKey) Kind() Kind { return KindAlterPK }

// TableName implements Change.
func (c AddTable) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropTable) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c RenameTable) TableName() string { return c.From.Name }

// TableName implements Change.
func (c AddColumn) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropColumn) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c RenameColumn) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c ModifyColumn) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AddIndex) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropIndex) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AddForeignKey) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropForeignKey) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AlterForeignKey) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AddCheck) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c DropCheck) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AlterCheck) TableName() string { return c.Table.Name }

// TableName implements Change.
func (c AlterPrimaryKey) TableName() string { return c.Table.Name }

// ColumnName implements Change.
func (AddTable) ColumnName() string { return "" }

// ColumnName implements Change.
func (DropTable) ColumnName() string { return "" }

// ColumnName implements Change.
func (RenameTable) ColumnName() string { return "" }

// ColumnName implements Change.
func (c AddColumn) ColumnName() string { return c.Column.Name }

// ColumnName implements Change.
func (c DropColumn) ColumnName() string { return c.Column.Name }

// ColumnName implements Change.
func (c RenameColumn) ColumnName() string { return c.From.Name }

// ColumnName implements Change.
func (c ModifyColumn) ColumnName() string { return c.From.Name }

// ColumnName implements Change.
func (c AddIndex) ColumnName() string { return indexColumn(c.Index) }

// ColumnName implements Change.
func (c DropIndex) ColumnName() string { return indexColumn(c.Index) }

// ColumnName implements Change.
func (c AddForeignKey) ColumnName() string { return single(c.FK.Columns) }

// ColumnName implements Change.
func (c DropForeignKey) ColumnName() string { return single(c.FK.Columns) }

// ColumnName implements Change.
func (c AlterForeignKey) ColumnName() string { return single(c.To.Columns) }

// ColumnName implements Change.
func (AddCheck) ColumnName() string { return "" }

// ColumnName implements Change.
func (DropCheck) ColumnName() string { return "" }

// ColumnName implements Change.
func (AlterCheck) ColumnName() string { return "" }

// ColumnName implements Change.
func (c AlterPrimaryKey) ColumnName() string {
	if c.To != nil {
		return indexColumn(c.To)
	}
	return indexColumn(c.From)
}

func single(cols []string) string {
	if len(cols) == 1 {
		return cols[0]
	}
	return ""
}

// indexColumn is the one column an index covers: a plain column, or the only
// column named inside a one-part expression.
func indexColumn(ix *schema.Index) string {
	if ix == nil || len(ix.Parts) != 1 {
		return ""
	}
	return ix.Parts[0].Column
}

// Columns lists the columns of a multi-column change (index, key, check), in order.
func Columns(c Change) []string {
	switch c := c.(type) {
	case AddIndex:
		return c.Index.Columns()
	case DropIndex:
		return c.Index.Columns()
	case AddForeignKey:
		return c.FK.Columns
	case DropForeignKey:
		return c.FK.Columns
	case AlterForeignKey:
		return c.To.Columns
	case AlterPrimaryKey:
		if c.To != nil {
			return c.To.Columns()
		}
		return c.From.Columns()
	}
	return nil
}

// String implements Change.
func (c AddTable) String() string { return "add table " + c.Table.Name }

// String implements Change.
func (c DropTable) String() string { return "drop table " + c.Table.Name }

// String implements Change.
func (c RenameTable) String() string { return "rename table " + c.From.Name + " to " + c.To.Name }

// String implements Change.
func (c AddColumn) String() string {
	return fmt.Sprintf("add column %s.%s %s", c.Table.Name, c.Column.Name, c.Column.Type)
}

// String implements Change.
func (c DropColumn) String() string { return "drop column " + c.Table.Name + "." + c.Column.Name }

// String implements Change.
func (c RenameColumn) String() string {
	return "rename column " + c.Table.Name + "." + c.From.Name + " to " + c.To.Name
}

// String implements Change.
func (c ModifyColumn) String() string {
	col := c.Table.Name + "." + c.From.Name
	switch c.Aspect {
	case KindAlterType, KindAlterEnum:
		return fmt.Sprintf("change type of %s from %s to %s", col, c.From.Type, c.To.Type)
	case KindSetNotNull:
		return "set NOT NULL on " + col
	case KindDropNotNull:
		return "drop NOT NULL on " + col
	case KindSetDefault:
		return fmt.Sprintf("set default of %s to %s", col, deref(c.To.Default))
	case KindChangeDefault:
		return fmt.Sprintf("change default of %s from %s to %s", col, deref(c.From.Default), deref(c.To.Default))
	case KindDropDefault:
		return "drop default of " + col
	}
	return "change " + c.Detail + " of " + col
}

func deref(s *string) string {
	if s == nil {
		return "none"
	}
	return *s
}

// String implements Change.
func (c AddIndex) String() string {
	return fmt.Sprintf("add %s %s on %s", indexWord(c.Index), c.Index.Name, c.Table.Name)
}

// String implements Change.
func (c DropIndex) String() string {
	return fmt.Sprintf("drop %s %s on %s", indexWord(c.Index), c.Index.Name, c.Table.Name)
}

func indexWord(ix *schema.Index) string {
	if ix.Unique {
		return "unique index"
	}
	return "index"
}

// String implements Change.
func (c AddForeignKey) String() string {
	return "add foreign key " + c.Table.Name + " " + c.FK.Signature()
}

// String implements Change.
func (c DropForeignKey) String() string {
	return "drop foreign key " + c.Table.Name + " " + c.FK.Signature()
}

// String implements Change.
func (c AlterForeignKey) String() string {
	s := fmt.Sprintf("change actions of foreign key %s %s (on delete %s -> %s, on update %s -> %s",
		c.Table.Name, c.To.Signature(), action(c.From.OnDelete), action(c.To.OnDelete),
		action(c.From.OnUpdate), action(c.To.OnUpdate))
	if c.From.Deferrable != c.To.Deferrable {
		s += fmt.Sprintf(", %s -> %s", deferrable(c.From.Deferrable), deferrable(c.To.Deferrable))
	}
	return s + ")"
}

func deferrable(d string) string {
	if d == "" {
		return "NOT DEFERRABLE"
	}
	return d
}

func action(a string) string {
	if a == "" {
		return "NO ACTION"
	}
	return a
}

// String implements Change. A list of allowed values reads the same on
// every engine: col IN ('a', 'b').
func (c AddCheck) String() string {
	return "add check " + checkText(c.Check.Expr) + " on " + c.Table.Name
}

// String implements Change.
func (c DropCheck) String() string {
	return "drop check " + checkText(c.Check.Expr) + " on " + c.Table.Name
}

// String implements Change. When both checks are lists of allowed values
// of one column (a DocType select's options), it names the options
// removed and added rather than the engine's spelling of the new list
// (PostgreSQL's = ANY (ARRAY[...])).
func (c AlterCheck) String() string {
	head := "change check " + c.From.Name + " on " + c.Table.Name
	fc, fv, ok1 := InList(c.From.Expr)
	tc, tv, ok2 := InList(c.To.Expr)
	if !ok1 || !ok2 || !strings.EqualFold(fc, tc) {
		return head + " to " + c.To.Expr
	}
	removed, added := listDiff(fv, tv), listDiff(tv, fv)
	var what string
	switch {
	case len(removed) > 0 && len(added) > 0:
		what = "remove " + options(removed) + " and add " + options(added) + " to " + tc
	case len(removed) > 0:
		what = "remove " + options(removed) + " from " + tc
	case len(added) > 0:
		what = "add " + options(added) + " to " + tc
	default:
		return head + " to " + checkText(c.To.Expr)
	}
	return head + ": " + what + " (allowed: " + quoteValues(tv) + ")"
}

// checkText is expr as a message shows it: a list of allowed values as
// col IN ('a', 'b'), anything else as the engine spells it.
func checkText(expr string) string {
	if col, vals, ok := InList(expr); ok {
		return col + " IN (" + quoteValues(vals) + ")"
	}
	return expr
}

// listDiff is the values of a that b lacks, in a's order.
func listDiff(a, b []string) []string {
	var out []string
	for _, v := range a {
		if !slices.Contains(b, v) {
			out = append(out, v)
		}
	}
	return out
}

// options names values as "option 'a'" or "options 'a', 'b'".
func options(vals []string) string {
	if len(vals) == 1 {
		return "option " + quoteValues(vals)
	}
	return "options " + quoteValues(vals)
}

// quoteValues writes values as SQL string literals separated by ", ".
func quoteValues(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
	}
	return strings.Join(q, ", ")
}

// String implements Change.
func (c AlterPrimaryKey) String() string { return "change primary key of " + c.Table.Name }
