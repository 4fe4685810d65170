package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// LoadSQLFile reads a desired-state DDL file. A missing or empty file is an
// *Error wrapping dialect.ErrBadInput.
func LoadSQLFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", &Error{File: path, Msg: "desired SQL file does not exist", Hint: "create it or point desired at the right file"}
		}
		return "", &Error{File: path, Msg: fmt.Sprintf("reading desired SQL file: %v", err), Hint: "check the file's permissions"}
	}
	// A byte order mark would hide the first statement from the rename
	// scanner and, for some engines, from the parser.
	text := strings.TrimPrefix(string(b), "\uFEFF")
	if onlyComments(text) {
		// An empty desired schema would plan dropping every table.
		return "", &Error{File: path, Msg: "desired SQL file holds no statement (only blanks and comments)", Hint: "write the CREATE TABLE statements of the desired schema into it"}
	}
	return text, nil
}

// onlyComments reports whether a DDL text has nothing but blanks, -- line
// comments and /* */ blocks.
func onlyComments(s string) bool {
	inBlock := false
	for _, line := range strings.Split(s, "\n") {
		code, _, still := splitComment(line, inBlock)
		inBlock = still
		if strings.TrimSpace(code) != "" {
			return false
		}
	}
	return true
}

// SQLRenames finds the renames declared in a desired DDL file by trailing
// "-- previously: old_name" comments (several names separated by commas).
// A comment on a CREATE TABLE line renames the table; a comment on a column
// line inside CREATE TABLE t (...) renames that column. tables maps a
// table name to its former names; columns maps table, then column, to the
// column's former names. Names are unquoted ("x", `x`, [x]) and kept as
// written, schema-qualified where the DDL qualifies them.
//
// The scanner is line-oriented: it expects one column per line, which is
// how the comments are meant to be written. Comments elsewhere are ignored.
func SQLRenames(ddl string) (tables map[string][]string, columns map[string]map[string][]string) {
	tables = map[string][]string{}
	columns = map[string]map[string][]string{}
	scanSQL(ddl, func(table, col string, _ int, prev []string, _ string) {
		if len(prev) == 0 {
			return
		}
		if col == "" {
			tables[table] = appendNew(tables[table], prev...)
			return
		}
		if columns[table] == nil {
			columns[table] = map[string][]string{}
		}
		columns[table][col] = appendNew(columns[table][col], prev...)
	})
	return tables, columns
}

// scanSQL walks the CREATE TABLE statements of a DDL file line by line and
// calls fn for each table (col "") and each column line, with its 1-based
// line number and the names of a trailing "-- previously:" comment.
func scanSQL(ddl string, fn func(table, col string, line int, prev []string, code string)) {
	current := ""
	depth := 0
	inBlock := false // inside /* ... */
	for i, line := range strings.Split(ddl, "\n") {
		code, comment, stillBlock := splitComment(line, inBlock)
		inBlock = stillBlock
		prev := previously(comment)
		if current == "" {
			if name, rest, ok := createTable(code); ok {
				current = name
				depth = 0
				fn(name, "", i+1, prev, code)
				depth += parenDelta(rest)
				if depth <= 0 && strings.Contains(rest, "(") {
					current = ""
				}
			}
			continue
		}
		startDepth := depth
		depth += parenDelta(code)
		if startDepth == 1 {
			if col := columnOf(code); col != "" {
				fn(current, col, i+1, prev, code)
			}
		}
		if startDepth == 0 && depth > 0 {
			// The opening parenthesis came on a line after CREATE TABLE.
			continue
		}
		if depth <= 0 && (startDepth > 0 || strings.Contains(code, ";")) {
			current = ""
			depth = 0
		}
	}
}

// ApplySources sets the Source (file:line) of each table and column of s
// that the DDL declares in a CREATE TABLE, so that findings, and SARIF
// results, point at the line to edit.
func ApplySources(s *schema.Schema, file, ddl string) {
	scanSQL(ddl, func(table, col string, line int, _ []string, _ string) {
		t, err := findTable(s, table)
		if err != nil {
			return
		}
		at := fmt.Sprintf("%s:%d", file, line)
		if col == "" {
			if t.Source == "" {
				t.Source = at
			}
			return
		}
		if c := findColumn(t, col); c != nil && c.Source == "" {
			c.Source = at
		}
	})
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

// splitComment splits a line into code and the text of its trailing "--"
// comment, skipping string literals, quoted identifiers and block comments.
func splitComment(line string, inBlock bool) (code, comment string, stillBlock bool) {
	var b strings.Builder
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		if inBlock {
			if c == '*' && i+1 < len(line) && line[i+1] == '/' {
				inBlock = false
				i++
			}
			continue
		}
		if quote != 0 {
			b.WriteByte(c)
			if c == quote {
				quote = 0
			}
			continue
		}
		switch {
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '[':
			quote = ']'
		case c == '-' && i+1 < len(line) && line[i+1] == '-':
			return b.String(), line[i+2:], false
		case c == '/' && i+1 < len(line) && line[i+1] == '*':
			inBlock = true
			i++
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), "", inBlock
}

// previously returns the names of a "previously: a, b" comment.
func previously(comment string) []string {
	c := strings.TrimSpace(comment)
	const key = "previously"
	if len(c) < len(key) || !strings.EqualFold(c[:len(key)], key) {
		return nil
	}
	rest := strings.TrimLeft(c[len(key):], " \t")
	if !strings.HasPrefix(rest, ":") {
		return nil
	}
	var out []string
	for _, p := range strings.Split(rest[1:], ",") {
		if n := unquote(strings.TrimSpace(p)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// createTable recognizes "CREATE [OR REPLACE] [TEMP|TEMPORARY|UNLOGGED]
// TABLE [IF NOT EXISTS] name" and returns the unquoted name and the text
// after it.
func createTable(code string) (name, rest string, ok bool) {
	words := tokens(code)
	i := 0
	next := func(w ...string) bool {
		if i < len(words) {
			for _, x := range w {
				if strings.EqualFold(words[i].text, x) {
					i++
					return true
				}
			}
		}
		return false
	}
	if !next("create") {
		return "", "", false
	}
	if next("or") {
		next("replace")
	}
	next("temp", "temporary", "unlogged", "global", "local")
	next("temp", "temporary")
	if !next("table") {
		return "", "", false
	}
	if next("if") {
		next("not")
		next("exists")
	}
	if i >= len(words) {
		return "", "", false
	}
	return unquoteQualified(words[i].text), code[words[i].end:], true
}

type token struct {
	text string
	end  int
}

// tokens splits code into words, keeping quoted identifiers (with dots
// between parts) whole and stopping at "(".
func tokens(code string) []token {
	var out []token
	i := 0
	for i < len(code) {
		c := code[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c == '(' || c == ',' || c == ';' || c == ')' {
			break
		}
		start := i
		for i < len(code) {
			c := code[i]
			if c == '"' || c == '`' || c == '[' {
				close := c
				if c == '[' {
					close = ']'
				}
				j := i + 1
				for j < len(code) {
					if code[j] == close {
						if close != ']' && j+1 < len(code) && code[j+1] == close {
							j += 2 // a doubled quote is part of the name
							continue
						}
						break
					}
					j++
				}
				if j >= len(code) {
					i = len(code)
					break
				}
				i = j + 1
				continue
			}
			if c == ' ' || c == '\t' || c == '\r' || c == '(' || c == ',' || c == ';' || c == ')' {
				break
			}
			i++
		}
		out = append(out, token{text: code[start:i], end: i})
	}
	return out
}

func firstIdent(code string) string {
	ws := tokens(strings.TrimLeft(code, " \t,"))
	if len(ws) == 0 {
		return ""
	}
	return unquote(ws[0].text)
}

// columnOf is the column a line inside CREATE TABLE (...) defines, or ""
// for a constraint line. A quoted first word is always a column; an
// unquoted KEY or INDEX is one when a type follows it (key TEXT), not
// when an index definition does (KEY idx (col)).
func columnOf(code string) string {
	ws := tokens(strings.TrimLeft(code, " \t,"))
	if len(ws) == 0 {
		return ""
	}
	first := ws[0].text
	if first[0] == '"' || first[0] == '`' || first[0] == '[' {
		return unquote(first)
	}
	if !isConstraintWord(first) {
		return first
	}
	switch strings.ToUpper(first) {
	case "KEY", "INDEX", "LIKE", "PERIOD":
		if len(ws) > 1 && typeWord.MatchString(ws[1].text) {
			return first
		}
	}
	return ""
}

// typeWord matches the first word of a column type.
var typeWord = regexp.MustCompile(`(?i)^(varchar|char|character|nvarchar|nchar|text|clob|string|int|integer|int2|int4|int8|bigint|smallint|tinyint|mediumint|serial|bigserial|decimal|numeric|float|double|real|bool|boolean|date|datetime|timestamp|timestamptz|time|interval|json|jsonb|uuid|blob|bytea|binary|varbinary|bit|enum|set|year|citext|inet)$`)

// columnsOnLine counts the column definitions a line inside CREATE TABLE
// (...) starts: commas at the line's own top level separate them.
func columnsOnLine(code string) int {
	n, depth := 0, 0
	seen := false
	var quote byte
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			if seen {
				n++
			}
			seen = false
			continue
		}
		if c != ' ' && c != '\t' && c != '\r' && c != ',' && depth >= 0 {
			seen = true
		}
	}
	if seen {
		n++
	}
	return n
}

func isConstraintWord(w string) bool {
	switch strings.ToUpper(w) {
	case "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD":
		return true
	}
	return false
}

// parenDelta counts "(" minus ")" in code that has had comments removed;
// parentheses inside string literals and quoted names do not count.
func parenDelta(code string) int {
	n := 0
	var quote byte
	for i := 0; i < len(code); i++ {
		c := code[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"', '`':
			quote = c
		case '[':
			quote = ']'
		case '(':
			n++
		case ')':
			n--
		}
	}
	return n
}

func unquote(s string) string {
	if len(s) >= 2 {
		f, l := s[0], s[len(s)-1]
		if (f == '"' && l == '"') || (f == '`' && l == '`') {
			return strings.ReplaceAll(s[1:len(s)-1], string(f)+string(f), string(f))
		}
		if f == '[' && l == ']' {
			return s[1 : len(s)-1]
		}
	}
	return s
}

// unquoteQualified unquotes each part of schema.name.
func unquoteQualified(s string) string {
	var parts []string
	for len(s) > 0 {
		var part string
		switch s[0] {
		case '"', '`', '[':
			close := s[0]
			if close == '[' {
				close = ']'
			}
			j := strings.IndexByte(s[1:], close)
			if j < 0 {
				part, s = s, ""
			} else {
				part, s = s[:j+2], s[j+2:]
			}
		default:
			j := strings.IndexByte(s, '.')
			if j < 0 {
				part, s = s, ""
			} else {
				part, s = s[:j], s[j:]
			}
		}
		parts = append(parts, unquote(part))
		s = strings.TrimPrefix(s, ".")
	}
	return strings.Join(parts, ".")
}

// ApplySQLRenames reads the -- previously: comments of a desired DDL file
// (as SQLRenames does) and sets Previously on the tables and columns of s,
// with errors that name the file and line: a comment for a table or
// column s does not have, or on a line that defines more than one column
// (which of them is meant cannot be told). A former name qualified with
// the table's own schema is kept unqualified.
func ApplySQLRenames(s *schema.Schema, file, ddl string) error {
	var err error
	scanSQL(ddl, func(table, col string, line int, prev []string, code string) {
		if err != nil || len(prev) == 0 {
			return
		}
		t, ferr := findTable(s, table)
		if ferr != nil {
			e := ferr.(*Error)
			e.File, e.Line = file, line
			err = e
			return
		}
		for i, p := range prev {
			if ns, name, ok := strings.Cut(p, "."); ok && strings.EqualFold(ns, t.Schema) {
				prev[i] = name
			}
		}
		if col == "" {
			for _, p := range prev {
				if other, _ := findTable(s, p); other != nil && other != t {
					err = &Error{File: file, Line: line, Field: t.QualifiedName(), Msg: fmt.Sprintf("former name %q is the name of another table of the desired schema", p), Hint: "a table cannot take a name another table keeps (swapping names is two steps): remove it from -- previously:"}
					return
				}
			}
			t.Previously = appendNew(t.Previously, prev...)
			return
		}
		if columnsOnLine(code) > 1 {
			err = &Error{File: file, Line: line, Field: t.QualifiedName() + "." + col, Msg: "a -- previously: comment is on a line that defines more than one column", Hint: "put each column on its own line and the comment on the renamed one's"}
			return
		}
		c := findColumn(t, col)
		if c == nil {
			err = &Error{File: file, Line: line, Field: t.QualifiedName() + "." + col, Msg: fmt.Sprintf("a -- previously: comment names column %q, but table %s has no such column", col, t.QualifiedName()), Hint: "fix the column name or move the comment to the column's line"}
			return
		}
		for _, p := range prev {
			if other := findColumn(t, p); other != nil && other != c {
				err = &Error{File: file, Line: line, Field: t.QualifiedName() + "." + col, Msg: fmt.Sprintf("former name %q is the name of another column of %s", p, t.QualifiedName()), Hint: "a column cannot take a name another column keeps (swapping names is two steps): remove it from -- previously:"}
				return
			}
		}
		c.Previously = appendNew(c.Previously, prev...)
	})
	return err
}

// ApplyRenames sets Previously on the tables and columns of s named in
// tables and columns (as returned by SQLRenames). A name matches a table's
// qualified or plain name exactly, or else case-insensitively when that is
// unambiguous (engines fold unquoted names). A rename for a table or column
// that s does not have is an *Error wrapping dialect.ErrBadInput: it is
// almost always a typo that would otherwise turn a rename into drop + add.
func ApplyRenames(s *schema.Schema, tables map[string][]string, columns map[string]map[string][]string) error {
	for _, name := range sortedKeys(tables) {
		t, err := findTable(s, name)
		if err != nil {
			return err
		}
		t.Previously = appendNew(t.Previously, tables[name]...)
	}
	for _, name := range sortedKeys(columns) {
		t, err := findTable(s, name)
		if err != nil {
			return err
		}
		for _, col := range sortedKeys(columns[name]) {
			c := findColumn(t, col)
			if c == nil {
				return &Error{Field: t.QualifiedName() + "." + col, Msg: fmt.Sprintf("a -- previously: comment names column %q, but table %s has no such column", col, t.QualifiedName()), Hint: "fix the column name or move the comment to the column's line"}
			}
			c.Previously = appendNew(c.Previously, columns[name][col]...)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func findTable(s *schema.Schema, name string) (*schema.Table, error) {
	for _, t := range s.Tables {
		if t.QualifiedName() == name || t.Name == name {
			return t, nil
		}
	}
	var found *schema.Table
	n := 0
	for _, t := range s.Tables {
		if strings.EqualFold(t.QualifiedName(), name) || strings.EqualFold(t.Name, name) {
			found = t
			n++
		}
	}
	if n == 1 {
		return found, nil
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		// A qualifier the inspected schema does not carry (SQLite's main.).
		if t, err := findTable(s, name[i+1:]); err == nil {
			return t, nil
		}
	}
	return nil, &Error{Field: name, Msg: fmt.Sprintf("a -- previously: comment names table %q, but the desired schema has no such table", name), Hint: "fix the table name in the CREATE TABLE statement"}
}

func findColumn(t *schema.Table, name string) *schema.Column {
	if c := t.Column(name); c != nil {
		return c
	}
	var found *schema.Column
	n := 0
	for _, c := range t.Columns {
		if strings.EqualFold(c.Name, name) {
			found = c
			n++
		}
	}
	if n == 1 {
		return found
	}
	return nil
}
