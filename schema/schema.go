package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"
)

// Schema is a whole database schema: the tables one diff compares.
type Schema struct {
	// Dialect names the engine the schema was read from or rendered for.
	Dialect string `json:"dialect"`
	// Tables are sorted by schema then name after Normalize.
	Tables []*Table `json:"tables"`
	// Notes say what a desired source declared that the model does not
	// hold (a view, a trigger, rows), as "file:line: what", for the user.
	// They are not part of the schema's hash.
	Notes []string `json:"-"`
}

// Table is one table with everything that belongs to it.
type Table struct {
	// Schema is the namespace (PostgreSQL schema); empty where the dialect has none.
	Schema string `json:"schema,omitempty"`
	Name   string `json:"name"`
	// Columns keep their declared order: it is part of the table's shape.
	Columns     []*Column     `json:"columns"`
	PrimaryKey  *Index        `json:"primary_key,omitempty"`
	Indexes     []*Index      `json:"indexes,omitempty"`
	ForeignKeys []*ForeignKey `json:"foreign_keys,omitempty"`
	Checks      []*Check      `json:"checks,omitempty"`
	Comment     string        `json:"comment,omitempty"`
	// Previously lists former names of the table (a declared rename).
	Previously []string `json:"previously,omitempty"`
	// Options holds dialect-specific table options (WITHOUT ROWID, STRICT, engine).
	Options map[string]string `json:"options,omitempty"`
	// Source says where the desired table was declared (file:line), for messages.
	Source string `json:"-"`
}

// Column is one column of a table.
type Column struct {
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Nullable is true when the column accepts NULL.
	Nullable bool `json:"nullable"`
	// Default is the default expression as the dialect normalizes it; nil means none.
	Default *string `json:"default,omitempty"`
	// AutoIncrement marks identity / serial / AUTO_INCREMENT / INTEGER PRIMARY KEY AUTOINCREMENT.
	AutoIncrement bool `json:"auto_increment,omitempty"`
	// Generated is the expression of a generated column, empty otherwise.
	Generated string `json:"generated,omitempty"`
	// GeneratedStored is true for STORED generated columns.
	GeneratedStored bool   `json:"generated_stored,omitempty"`
	Collation       string `json:"collation,omitempty"`
	Comment         string `json:"comment,omitempty"`
	// OnUpdate is MySQL's ON UPDATE expression.
	OnUpdate string `json:"on_update,omitempty"`
	// Previously lists former names of the column (a declared rename).
	Previously []string `json:"previously,omitempty"`
	// Source says where the desired column was declared (file:line), for messages.
	Source string `json:"-"`
}

// Index is an index, a unique constraint or a primary key.
type Index struct {
	Name   string      `json:"name"`
	Unique bool        `json:"unique,omitempty"`
	Parts  []IndexPart `json:"parts"`
	// Where is the predicate of a partial index.
	Where string `json:"where,omitempty"`
	// Method is the access method (btree, gin, hash, ...); empty means the default.
	Method string `json:"method,omitempty"`
	// Include lists covering columns (PostgreSQL INCLUDE).
	Include []string `json:"include,omitempty"`
	// Constraint is true when the index backs a UNIQUE constraint rather than a bare index.
	Constraint bool `json:"constraint,omitempty"`
	// Invisible marks MySQL invisible / MariaDB ignored indexes.
	Invisible bool `json:"invisible,omitempty"`
	// NullsNotDistinct makes NULLs collide in a unique index (PostgreSQL
	// 15's NULLS NOT DISTINCT).
	NullsNotDistinct bool `json:"nulls_not_distinct,omitempty"`
	// Implicit marks an index the engine created by itself for a foreign
	// key (InnoDB, when the key has no index to use): ADD FOREIGN KEY
	// creates it and it goes with the key, so it is never planned alone.
	Implicit bool `json:"implicit,omitempty"`
}

// IndexPart is one key of an index: a column or an expression.
type IndexPart struct {
	Column string `json:"column,omitempty"`
	Expr   string `json:"expr,omitempty"`
	Desc   bool   `json:"desc,omitempty"`
	// Prefix is a MySQL prefix length; 0 means the whole value.
	Prefix int `json:"prefix,omitempty"`
}

// ForeignKey is a foreign key constraint.
type ForeignKey struct {
	Name       string   `json:"name"`
	Columns    []string `json:"columns"`
	RefSchema  string   `json:"ref_schema,omitempty"`
	RefTable   string   `json:"ref_table"`
	RefColumns []string `json:"ref_columns"`
	// OnDelete and OnUpdate are upper-case actions; "NO ACTION" is normalized to empty.
	OnDelete string `json:"on_delete,omitempty"`
	OnUpdate string `json:"on_update,omitempty"`
	// NotValid marks a PostgreSQL constraint that was added NOT VALID and never validated.
	NotValid bool `json:"not_valid,omitempty"`
	// MatchFull is MATCH FULL: a row whose key columns are neither all NULL
	// nor all set violates the key (PostgreSQL; the default is MATCH SIMPLE).
	MatchFull bool `json:"match_full,omitempty"`
}

// Check is a CHECK constraint.
type Check struct {
	Name string `json:"name"`
	Expr string `json:"expr"`
	// NotValid marks a PostgreSQL constraint that was added NOT VALID and never validated.
	NotValid bool `json:"not_valid,omitempty"`
}

// Table returns the table with the given name, or nil.
func (s *Schema) Table(name string) *Table {
	for _, t := range s.Tables {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Column returns the column with the given name, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// QualifiedName is schema.name, or name where the table has no schema.
func (t *Table) QualifiedName() string {
	if t.Schema == "" {
		return t.Name
	}
	return t.Schema + "." + t.Name
}

// Columns returns the plain column names of an index, with "" for expression parts.
func (ix *Index) Columns() []string {
	out := make([]string, len(ix.Parts))
	for i, p := range ix.Parts {
		out[i] = p.Column
	}
	return out
}

// Signature identifies an index by what it does, not by its name, so that two
// spellings of the same index compare equal.
func (ix *Index) Signature() string {
	var b strings.Builder
	if ix.Unique {
		b.WriteString("unique ")
	}
	b.WriteString(ix.Method)
	b.WriteString("(")
	for i, p := range ix.Parts {
		if i > 0 {
			b.WriteString(",")
		}
		if p.Column != "" {
			b.WriteString(p.Column)
		} else {
			b.WriteString("expr:" + p.Expr)
		}
		if p.Desc {
			b.WriteString(" desc")
		}
		if p.Prefix > 0 {
			b.WriteString("/")
			b.WriteString(itoa(p.Prefix))
		}
	}
	b.WriteString(")")
	if len(ix.Include) > 0 {
		b.WriteString(" include(" + strings.Join(ix.Include, ",") + ")")
	}
	if ix.Where != "" {
		b.WriteString(" where " + ix.Where)
	}
	if ix.NullsNotDistinct {
		b.WriteString(" nulls not distinct")
	}
	return b.String()
}

// Signature identifies a foreign key by its columns and target, not its name.
func (fk *ForeignKey) Signature() string {
	return strings.Join(fk.Columns, ",") + "->" + fk.RefTable + "(" + strings.Join(fk.RefColumns, ",") + ")"
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// Normalize sorts everything whose order carries no meaning so that two reads
// of the same schema are equal. Column order and index key order are kept.
func (s *Schema) Normalize() {
	sort.Slice(s.Tables, func(i, j int) bool {
		if s.Tables[i].Schema != s.Tables[j].Schema {
			return s.Tables[i].Schema < s.Tables[j].Schema
		}
		return s.Tables[i].Name < s.Tables[j].Name
	})
	for _, t := range s.Tables {
		t.Normalize()
	}
}

// Normalize sorts the table's indexes, foreign keys and checks.
func (t *Table) Normalize() {
	sort.SliceStable(t.Indexes, func(i, j int) bool {
		a, b := t.Indexes[i], t.Indexes[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Signature() < b.Signature()
	})
	sort.SliceStable(t.ForeignKeys, func(i, j int) bool {
		a, b := t.ForeignKeys[i], t.ForeignKeys[j]
		if a.Signature() != b.Signature() {
			return a.Signature() < b.Signature()
		}
		return a.Name < b.Name
	})
	sort.SliceStable(t.Checks, func(i, j int) bool {
		a, b := t.Checks[i], t.Checks[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Expr < b.Expr
	})
}

// Hash is a stable SHA-256 of the normalized schema. Source positions and
// declared former names are left out: they do not describe the database.
func (s *Schema) Hash() string {
	c := *s
	c.Tables = make([]*Table, len(s.Tables))
	for i, t := range s.Tables {
		tc := *t
		tc.Previously = nil
		tc.Columns = make([]*Column, len(t.Columns))
		for j, col := range t.Columns {
			cc := *col
			cc.Previously = nil
			tc.Columns[j] = &cc
		}
		c.Tables[i] = &tc
	}
	c.Normalize()
	b, err := json.Marshal(&c)
	if err != nil {
		// Marshal of plain structs cannot fail; keep the hash total anyway.
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
