package sqlite

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

var typeRE = regexp.MustCompile(`(?i)^\s*([a-z_][a-z0-9_ ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*(unsigned)?\s*$`)

// parseType maps a declared SQLite type to a logical kind. SQLite keeps the
// declared text, so the kind follows the name the user wrote.
func parseType(decl string) schema.Type {
	t := schema.Type{Raw: strings.TrimSpace(decl), Kind: schema.KindOther}
	m := typeRE.FindStringSubmatch(decl)
	if m == nil {
		return t
	}
	name := strings.ToUpper(strings.Join(strings.Fields(m[1]), " "))
	// SQLite keeps the declaration as typed: "decimal(8, 2)" and
	// "DECIMAL(8,2)" are one type, so the spacing must not make a change.
	t.Raw = strings.Join(strings.Fields(m[1]), " ")
	if m[2] != "" {
		t.Raw += "(" + m[2]
		if m[3] != "" {
			t.Raw += "," + m[3]
		} else if name == "DECIMAL" || name == "NUMERIC" {
			// The scale defaults to 0, which is how a DocType spells it.
			t.Raw += ",0"
		}
		t.Raw += ")"
	}
	if m[4] != "" {
		t.Raw += " " + m[4]
	}
	a, _ := strconv.Atoi(m[2])
	b, _ := strconv.Atoi(m[3])
	t.Unsigned = m[4] != ""
	// Synonyms that SQLite stores alike (same affinity, same storage) get
	// one spelling, so that a hand-typed CHAR(20) or BOOL is not a type
	// change from the VARCHAR(20) or BOOLEAN a DocType maps to. INT stays
	// INT here: only INTEGER PRIMARY KEY is the rowid, so inspect decides.
	if canon, ok := synonyms[name]; ok {
		t.Raw = canon
		if canon == "VARCHAR" && m[2] == "" {
			t.Raw = "TEXT"
		}
		if m[2] != "" {
			t.Raw += "(" + m[2]
			if m[3] != "" {
				t.Raw += "," + m[3]
			} else if canon == "DECIMAL" {
				t.Raw += ",0"
			}
			t.Raw += ")"
		}
		if m[4] != "" {
			t.Raw += " " + strings.ToUpper(m[4])
		}
	}
	switch name {
	case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARYING CHARACTER", "NATIVE CHARACTER", "CHAR", "CHARACTER", "NCHAR":
		t.Kind, t.Length = schema.KindString, a
		if a == 0 {
			t.Kind = schema.KindText
		}
	case "TEXT", "CLOB":
		t.Kind = schema.KindText
	case "INT", "INTEGER":
		t.Kind = schema.KindInt
	case "BIGINT", "INT8", "UNSIGNED BIG INT":
		t.Kind = schema.KindBigInt
	case "SMALLINT", "INT2":
		t.Kind = schema.KindSmallInt
	case "TINYINT":
		t.Kind = schema.KindTinyInt
	case "MEDIUMINT":
		t.Kind = schema.KindMediumInt
	case "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION":
		// SQLite stores every REAL as an 8-byte IEEE double, whatever the
		// declaration says: no 4-byte float exists to lose precision to.
		t.Kind = schema.KindDouble
	case "DECIMAL", "NUMERIC":
		t.Kind, t.Precision, t.Scale = schema.KindDecimal, a, b
	case "BOOLEAN", "BOOL":
		t.Kind = schema.KindBool
	case "DATE":
		t.Kind = schema.KindDate
	case "DATETIME", "TIMESTAMP":
		t.Kind = schema.KindDateTime
	case "TIME":
		t.Kind = schema.KindTime
	case "JSON", "JSONB":
		t.Kind = schema.KindJSON
	case "UUID":
		t.Kind = schema.KindUUID
	case "BLOB":
		t.Kind = schema.KindBytes
	}
	// STRING and BYTES read as text and bytes, but SQLite gives them
	// NUMERIC affinity, which turns '007' into 7: they are other types,
	// whose changes are never graded as a widening.
	return t
}

// synonyms maps declared type names to the spelling schemaguard keeps for
// them. Every name of a group has the same affinity under SQLite's rules
// (https://www.sqlite.org/datatype3.html#determination_of_column_affinity),
// so the stored values cannot tell them apart. STRING and BYTES are left
// alone: they have NUMERIC affinity, unlike TEXT and BLOB. REAL, FLOAT and
// DOUBLE store alike too, but other engines read REAL as a 4-byte float:
// a change between them stays a finding.
var synonyms = map[string]string{
	"VARCHAR": "VARCHAR", "CHARACTER VARYING": "VARCHAR", "NVARCHAR": "VARCHAR", "VARYING CHARACTER": "VARCHAR",
	"NATIVE CHARACTER": "VARCHAR", "CHAR": "VARCHAR", "CHARACTER": "VARCHAR", "NCHAR": "VARCHAR",
	"TEXT": "TEXT", "CLOB": "TEXT",
	"BIGINT": "BIGINT", "INT8": "BIGINT", "UNSIGNED BIG INT": "BIGINT",
	"SMALLINT": "SMALLINT", "INT2": "SMALLINT",
	"DOUBLE": "DOUBLE", "DOUBLE PRECISION": "DOUBLE",
	"DECIMAL": "DECIMAL", "NUMERIC": "DECIMAL",
	"BOOLEAN": "BOOLEAN", "BOOL": "BOOLEAN",
	"DATETIME": "DATETIME", "TIMESTAMP": "DATETIME",
	"JSON": "JSON", "JSONB": "JSON",
}

// tableSQL is what schemaguard reads from a CREATE TABLE statement that the
// pragmas do not expose.
type tableSQL struct {
	checks        []*schema.Check
	collations    map[string]string
	generated     map[string]string
	autoincrement bool
	withoutRowid  bool
	strict        bool
	fkNames       []string
	// deferredFKs holds the foreign keys declared DEFERRABLE INITIALLY
	// DEFERRED, by their columns (fkColumnsKey), which
	// PRAGMA foreign_key_list does not report.
	deferredFKs map[string]bool
}

// fkColumnsKey identifies a foreign key of a table by its columns: SQLite
// compares column names without regard to case.
func fkColumnsKey(cols []string) string {
	return strings.ToLower(strings.Join(cols, "\x00"))
}

// deferredFK reports whether the tokens of a foreign key clause, from
// REFERENCES on, end in DEFERRABLE INITIALLY DEFERRED. Only that form
// defers the key's check to COMMIT: DEFERRABLE alone, DEFERRABLE
// INITIALLY IMMEDIATE and NOT DEFERRABLE all check at once, as a key
// without the clause does (https://www.sqlite.org/foreignkeys.html#fk_deferred).
func deferredFK(toks []string) bool {
	for i := 0; i+2 < len(toks); i++ {
		if strings.EqualFold(toks[i], "DEFERRABLE") && strings.EqualFold(toks[i+1], "INITIALLY") && strings.EqualFold(toks[i+2], "DEFERRED") {
			return i == 0 || !strings.EqualFold(toks[i-1], "NOT")
		}
	}
	return false
}

// parseCreateTable extracts CHECK constraints (table and column level, with
// names), column collations and table options from CREATE TABLE text.
func parseCreateTable(sql string) tableSQL {
	out := tableSQL{collations: map[string]string{}, generated: map[string]string{}, deferredFKs: map[string]bool{}}
	open := strings.IndexByte(sql, '(')
	if open < 0 {
		return out
	}
	body, tail := matchParen(sql[open:])
	up := strings.ToUpper(tail)
	out.withoutRowid = strings.Contains(up, "WITHOUT ROWID")
	out.strict = regexp.MustCompile(`\bSTRICT\b`).MatchString(up)
	for _, item := range splitTop(body) {
		toks := tokens(item)
		if len(toks) == 0 {
			continue
		}
		first := strings.ToUpper(toks[0])
		isConstraint := first == "CONSTRAINT" || first == "CHECK" || first == "PRIMARY" || first == "UNIQUE" || first == "FOREIGN"
		col := ""
		if !isConstraint {
			col = unquote(toks[0])
		}
		name := ""
		for i := 0; i < len(toks); i++ {
			u := strings.ToUpper(toks[i])
			switch {
			case u == "CONSTRAINT" && i+1 < len(toks):
				name = unquote(toks[i+1])
				i++
			case u == "CHECK" && i+1 < len(toks) && strings.HasPrefix(toks[i+1], "("):
				inner, _ := matchParen(toks[i+1])
				out.checks = append(out.checks, &schema.Check{Name: name, Expr: strings.TrimSpace(inner)})
				name = ""
				i++
			case u == "COLLATE" && i+1 < len(toks) && col != "":
				out.collations[col] = strings.ToUpper(unquote(toks[i+1]))
				i++
			case u == "AS" && i+1 < len(toks) && strings.HasPrefix(toks[i+1], "(") && col != "":
				inner, _ := matchParen(toks[i+1])
				out.generated[col] = strings.TrimSpace(inner)
				i++
			case u == "AUTOINCREMENT":
				out.autoincrement = true
			case u == "REFERENCES" || u == "FOREIGN":
				out.fkNames = append(out.fkNames, name)
				name = ""
				cols := []string{col}
				if u == "FOREIGN" && i+2 < len(toks) && strings.HasPrefix(toks[i+2], "(") {
					inner, _ := matchParen(toks[i+2])
					cols = nil
					for _, c := range splitTop(inner) {
						cols = append(cols, unquote(strings.TrimSpace(c)))
					}
				}
				j := i + 1
				for j < len(toks) && !strings.EqualFold(toks[j], "REFERENCES") {
					j++
				}
				if u == "REFERENCES" {
					j = i
				}
				if col != "" || u == "FOREIGN" {
					end := j + 1
					for end < len(toks) && !strings.EqualFold(toks[end], "REFERENCES") && !strings.EqualFold(toks[end], "CONSTRAINT") {
						end++
					}
					if deferredFK(toks[j:end]) {
						out.deferredFKs[fkColumnsKey(cols)] = true
					}
				}
				i = j
			case u == "PRIMARY" || u == "UNIQUE" || u == "NOT" || u == "DEFAULT":
				name = ""
			}
		}
	}
	return out
}

// matchParen takes text starting with "(" and returns the inside of the
// balanced group and what follows it.
func matchParen(s string) (inner, rest string) {
	depth := 0
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			continue
		}
		switch ch {
		case '\'', '"', '`', '[':
			if ch == '[' {
				quote = ']'
			} else {
				quote = ch
			}
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return s[1:i], s[i+1:]
			}
		}
	}
	if len(s) > 0 {
		return s[1:], ""
	}
	return "", ""
}

// splitTop splits on commas outside parentheses and quotes.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			continue
		}
		switch ch {
		case '\'', '"', '`':
			quote = ch
		case '[':
			quote = ']'
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		case '-':
			if i+1 < len(s) && s[i+1] == '-' {
				for i < len(s) && s[i] != '\n' {
					i++
				}
			}
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// tokens splits a definition into words, quoted names and parenthesized groups.
func tokens(s string) []string {
	var out []string
	i := 0
	for i < len(s) {
		ch := s[i]
		switch {
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r':
			i++
		case ch == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case ch == '(':
			inner, _ := matchParen(s[i:])
			out = append(out, "("+inner+")")
			i += len(inner) + 2
		case ch == '"' || ch == '`' || ch == '\'' || ch == '[':
			end := ch
			if ch == '[' {
				end = ']'
			}
			j := i + 1
			for j < len(s) {
				if s[j] == end {
					if j+1 < len(s) && s[j+1] == end && end != ']' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			out = append(out, s[i:j+1])
			i = j + 1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\n\r(\"`'[", rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

// unquote strips SQLite identifier quotes.
func unquote(s string) string {
	if len(s) >= 2 {
		switch {
		case s[0] == '"' && s[len(s)-1] == '"':
			return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
		case s[0] == '`' && s[len(s)-1] == '`':
			return strings.ReplaceAll(s[1:len(s)-1], "``", "`")
		case s[0] == '[' && s[len(s)-1] == ']':
			return s[1 : len(s)-1]
		}
	}
	return s
}

// indexWhere returns the WHERE clause of a CREATE INDEX statement and the
// text of each key part (for expression indexes).
func parseCreateIndex(sql string) (where string, parts []string) {
	toks := tokens(sql)
	for i, t := range toks {
		if strings.HasPrefix(t, "(") && i > 0 {
			inner, _ := matchParen(t)
			parts = splitTop(inner)
			for j := i + 1; j < len(toks); j++ {
				if strings.EqualFold(toks[j], "WHERE") {
					where = strings.TrimSpace(strings.Join(toks[j+1:], " "))
					break
				}
			}
			break
		}
	}
	return where, parts
}
