package mysql

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// This file spells model objects as MySQL DDL fragments. The fragments are
// shared by Render, Normalize and the undo statements of Apply.

var literalRE = regexp.MustCompile(`(?is)^(NULL|TRUE|FALSE|[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9]+|'([^'\\]|''|\\.)*'|b'[01]*'|x'[0-9a-f]*'|0x[0-9a-f]+)$`)

// defaultSQL writes a default for a column definition: literals and
// CURRENT_TIMESTAMP as they are, any other expression in parentheses (which
// MySQL 8 requires and MariaDB accepts).
func defaultSQL(d string) string {
	d = toMySQLLiterals(strings.TrimSpace(d))
	if literalRE.MatchString(d) || nowRE.MatchString(d) {
		return d
	}
	if strings.HasPrefix(d, "(") && balancedParens(d) {
		return d
	}
	return "(" + d + ")"
}

// balancedParens reports whether s is one parenthesized group.
func balancedParens(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i != len(s)-1 {
				return false
			}
		}
	}
	return depth == 0
}

// typeSQL is the type as written in a column definition. JSON is written
// as JSON so that MariaDB adds its json_valid check (it stores longtext).
func typeSQL(t schema.Type) string {
	if t.Kind == schema.KindJSON {
		return "json"
	}
	if t.Raw != "" {
		return t.Raw
	}
	return t.Kind.String()
}

// columnSQL is a full column definition, as ADD COLUMN, MODIFY COLUMN and
// CREATE TABLE take it.
func columnSQL(col *schema.Column) string {
	var b strings.Builder
	b.WriteString(quote(col.Name))
	b.WriteString(" ")
	b.WriteString(typeSQL(col.Type))
	if col.Collation != "" {
		b.WriteString(" COLLATE " + col.Collation)
	}
	if col.Generated != "" {
		b.WriteString(" GENERATED ALWAYS AS (" + toMySQLLiterals(col.Generated) + ")")
		if col.GeneratedStored {
			b.WriteString(" STORED")
		} else {
			b.WriteString(" VIRTUAL")
		}
	} else {
		if col.Nullable {
			b.WriteString(" NULL")
		} else {
			b.WriteString(" NOT NULL")
		}
		if col.Default != nil {
			b.WriteString(" DEFAULT " + defaultSQL(*col.Default))
		}
		if col.OnUpdate != "" {
			b.WriteString(" ON UPDATE " + col.OnUpdate)
		}
		if col.AutoIncrement {
			b.WriteString(" AUTO_INCREMENT")
		}
	}
	if col.Invisible {
		b.WriteString(" INVISIBLE")
	}
	if col.Comment != "" {
		b.WriteString(" COMMENT " + quoteString(col.Comment))
	}
	return b.String()
}

// partsSQL is the key list of an index: (`a`(10), `b` DESC).
func partsSQL(ix *schema.Index) string {
	parts := make([]string, len(ix.Parts))
	for i, p := range ix.Parts {
		s := ""
		if p.Column != "" {
			s = quote(p.Column)
			if p.Prefix > 0 {
				s += fmt.Sprintf("(%d)", p.Prefix)
			}
		} else {
			s = "(" + toMySQLLiterals(p.Expr) + ")"
		}
		if p.Desc {
			s += " DESC"
		}
		parts[i] = s
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// indexSQL is an index definition as ADD and CREATE TABLE take it.
func (f flavor) indexSQL(ix *schema.Index) string {
	kw := "INDEX"
	switch {
	case ix.Method == "fulltext":
		kw = "FULLTEXT INDEX"
	case ix.Method == "spatial":
		kw = "SPATIAL INDEX"
	case ix.Unique:
		kw = "UNIQUE INDEX"
	}
	s := kw + " " + partsSQL(ix)
	if ix.Name != "" {
		s = kw + " " + quote(ix.Name) + " " + partsSQL(ix)
	}
	if ix.Method == "hash" {
		s += " USING HASH"
	}
	if ix.Invisible {
		if f.maria {
			s += " IGNORED"
		} else {
			s += " INVISIBLE"
		}
	}
	return s
}

// fkSQL is a foreign key definition, after ADD.
func fkSQL(fk *schema.ForeignKey) string {
	ref := quote(fk.RefTable)
	if fk.RefSchema != "" {
		ref = quote(fk.RefSchema) + "." + ref
	}
	s := constraint(fk.Name) + "FOREIGN KEY " + quoteList(fk.Columns) + " REFERENCES " + ref + " " + quoteList(fk.RefColumns)
	if fk.OnDelete != "" {
		s += " ON DELETE " + fk.OnDelete
	}
	if fk.OnUpdate != "" {
		s += " ON UPDATE " + fk.OnUpdate
	}
	return s
}

// checkSQL is a check constraint definition, after ADD.
func checkSQL(ck *schema.Check) string {
	return constraint(ck.Name) + "CHECK (" + toMySQLLiterals(ck.Expr) + ")"
}

// constraint is the CONSTRAINT name clause; without a name the server picks one.
func constraint(name string) string {
	if name == "" {
		return ""
	}
	return "CONSTRAINT " + quote(name) + " "
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quote(n)
	}
	return "(" + strings.Join(q, ", ") + ")"
}

// createTableSQL is CREATE TABLE without foreign keys: those are added once
// every table exists, so tables may reference each other.
func (f flavor) createTableSQL(t *schema.Table) string {
	var defs []string
	for _, col := range t.Columns {
		defs = append(defs, "  "+columnSQL(col))
	}
	if t.PrimaryKey != nil {
		defs = append(defs, "  PRIMARY KEY "+partsSQL(t.PrimaryKey))
	}
	for _, ix := range t.Indexes {
		defs = append(defs, "  "+f.indexSQL(ix))
	}
	for _, ck := range t.Checks {
		defs = append(defs, "  "+checkSQL(ck))
	}
	s := "CREATE TABLE " + quote(t.Name) + " (\n" + strings.Join(defs, ",\n") + "\n)"
	if e := t.Options["engine"]; e != "" {
		s += " ENGINE=" + e
	}
	if c := t.Options["collation"]; c != "" {
		s += " COLLATE=" + c
	}
	if t.Comment != "" {
		s += " COMMENT=" + quoteString(t.Comment)
	}
	return s
}
