// Package sqltext holds small text helpers the dialects share for SQL
// files they split into statements.
package sqltext

import (
	"fmt"
	"strings"
)

// LeadingLines counts the line breaks before a statement's first character
// that is neither blank nor inside a comment (--, # or /* */), so that the
// line a statement starts on can be reported.
func LeadingLines(s string) int {
	n, _ := skipLeading(s)
	return n
}

// Skip skips the blanks and comments s starts with: it returns the line
// breaks it skipped and what follows.
func Skip(s string) (int, string) { return skipLeading(s) }

// skipLeading skips the blanks and comments s starts with, and returns
// the line breaks it skipped and what follows.
func skipLeading(s string) (int, string) {
	n := 0
	for {
		t := strings.TrimLeft(s, " \t\r\n")
		n += strings.Count(s[:len(s)-len(t)], "\n")
		switch {
		case strings.HasPrefix(t, "--"), strings.HasPrefix(t, "#"):
			end := strings.IndexByte(t, '\n')
			if end < 0 {
				return n, ""
			}
			s = t[end:]
		case strings.HasPrefix(t, "/*"):
			end := strings.Index(t, "*/")
			if end < 0 {
				return n, ""
			}
			n += strings.Count(t[:end], "\n")
			s = t[end+2:]
		default:
			return n, t
		}
	}
}

// Statement is one statement of a SQL file and the line it starts on.
type Statement struct {
	SQL  string
	Line int
}

// Syntax says which of the engines' lexical rules a text follows.
type Syntax struct {
	// Backslash escapes in string literals ('it\'s'): MySQL.
	Backslash bool
	// Hash starts a line comment (# ...): MySQL.
	Hash bool
	// Dollar quotes a body ($$ ... $$, $tag$ ... $tag$), block comments
	// nest and E'...' strings take backslash escapes: PostgreSQL.
	Dollar bool
	// Conditional comments (/*!40101 ... */) are code the server runs:
	// MySQL.
	Conditional bool
	// Brackets quote names ([name]) and BEGIN ... END holds a trigger's
	// statements: SQLite.
	Brackets, Triggers bool
}

// Split splits SQL text at the semicolons that end statements: outside
// string literals, quoted names, comments, dollar-quoted bodies and
// trigger bodies, as the syntax says. Statements made only of comments are
// left out. It does not know MySQL's DELIMITER.
func Split(text string, syn Syntax) []Statement {
	var out []Statement
	line, start, startLine := 1, 0, 1
	depth := 0 // BEGIN ... END nesting inside CREATE TRIGGER
	emit := func(end int) {
		s := strings.TrimSpace(text[start:end])
		code := syn.Conditional && (strings.Contains(s, "/*!") || strings.Contains(s, "/*M!"))
		if lead := LeadingLines(text[start:end]); s != "" && strings.Trim(s, ";") != "" && (code || !onlyComments(text[start:end])) {
			out = append(out, Statement{SQL: s, Line: startLine + lead})
		}
	}
	for i := 0; i < len(text); i++ {
		ch := text[i]
		switch {
		case ch == '\n':
			line++
		case ch == '\'' || ch == '"' || ch == '`' || ch == '[' && syn.Brackets:
			closer := ch
			if ch == '[' {
				closer = ']'
			}
			// PostgreSQL's E'...' takes backslash escapes; MySQL's strings do.
			escapes := syn.Backslash && closer != '`' || syn.Dollar && ch == '\'' && i > 0 && (text[i-1] == 'E' || text[i-1] == 'e') && (i == 1 || !identByte(text[i-2]))
			for i++; i < len(text) && text[i] != closer; i++ {
				switch {
				case text[i] == '\n':
					line++
				case text[i] == '\\' && escapes:
					if i+1 < len(text) && text[i+1] == '\n' {
						line++
					}
					i++
				}
			}
		case ch == '-' && strings.HasPrefix(text[i:], "--") && (!syn.Hash || i+2 >= len(text) || text[i+2] == ' ' || text[i+2] == '\t' || text[i+2] == '\n' || text[i+2] == '\r'),
			ch == '#' && syn.Hash:
			// MySQL's -- comment needs a blank after it: --1 is minus minus one.
			for i < len(text) && text[i] != '\n' {
				i++
			}
			if i < len(text) {
				line++
			}
		case ch == '/' && strings.HasPrefix(text[i:], "/*") && !(syn.Conditional && (strings.HasPrefix(text[i:], "/*!") || strings.HasPrefix(text[i:], "/*M!"))):
			end := commentEnd(text, i, syn.Dollar)
			line += strings.Count(text[i:end], "\n")
			i = end - 1
		case ch == '$' && syn.Dollar && (i == 0 || !identByte(text[i-1]) && text[i-1] != '$'):
			// A $ inside a name (a$b$) does not open a body.
			if tag := dollarTag(text[i:]); tag != "" {
				end := strings.Index(text[i+len(tag):], tag)
				if end < 0 {
					end = len(text) - i - len(tag)
				}
				body := text[i:min(len(text), i+2*len(tag)+end)]
				line += strings.Count(body, "\n")
				i += len(body) - 1
			}
		case syn.Triggers && isWord(text, i, "BEGIN") && createsTrigger(text[start:i]):
			depth++
		case syn.Triggers && isWord(text, i, "END") && depth > 0:
			depth--
		case ch == ';' && depth == 0:
			emit(i + 1)
			start, startLine = i+1, line
		}
	}
	emit(len(text))
	return out
}

// commentEnd is the index just past the block comment that opens at i;
// with nesting (PostgreSQL) inner /* */ pairs count.
func commentEnd(text string, i int, nesting bool) int {
	depth := 0
	for j := i; j+1 < len(text); j++ {
		switch {
		case text[j] == '/' && text[j+1] == '*' && (nesting || depth == 0):
			depth++
			j++
		case text[j] == '*' && text[j+1] == '/':
			depth--
			j++
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(text)
}

// createsTrigger reports whether a statement's text so far begins with
// CREATE [TEMP|TEMPORARY] TRIGGER, whose body holds statements.
func createsTrigger(stmt string) bool {
	_, rest := skipLeading(stmt)
	w := strings.Fields(strings.ToUpper(rest))
	if len(w) > 1 && (w[1] == "TEMP" || w[1] == "TEMPORARY") {
		w = append(w[:1], w[2:]...)
	}
	return len(w) > 1 && w[0] == "CREATE" && w[1] == "TRIGGER"
}

func identByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// dollarTag returns the $$ or $tag$ that opens a dollar-quoted body at
// the start of s, or "".
func dollarTag(s string) string {
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c == '$' {
			return s[:i+1]
		}
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 1 && c >= '0' && c <= '9') {
			return ""
		}
	}
	return ""
}

// onlyComments reports whether s holds nothing but blanks, semicolons and
// comments.
func onlyComments(s string) bool {
	_, rest := skipLeading(s)
	return strings.Trim(rest, "; \t\r\n") == ""
}

func isWord(s string, i int, w string) bool {
	if i+len(w) > len(s) || !strings.EqualFold(s[i:i+len(w)], w) {
		return false
	}
	ident := func(b byte) bool {
		return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	return (i == 0 || !ident(s[i-1])) && (i+len(w) == len(s) || !ident(s[i+len(w)]))
}

// Uncompared says, for a statement of a desired schema file that declares
// something the schema model does not hold, what it is (a view, a trigger,
// rows...) and what becomes of it; it returns "" for everything else. The
// file still runs whole: this is for a note to the user, so that nothing
// in the file is skipped without a word.
func Uncompared(stmt string) string {
	_, rest := skipLeading(stmt)
	w := strings.Fields(strings.ToUpper(rest))
	if len(w) == 0 {
		return ""
	}
	const never = "schemaguard compares tables, columns, keys, indexes and checks, and never creates, changes or drops %s"
	switch w[0] {
	case "INSERT", "REPLACE", "UPDATE", "DELETE":
		return w[0] + " is not compared: a desired file declares the schema, and its rows are not written to the database"
	case "COMMENT":
		return "COMMENT is not compared: " + fmt.Sprintf(never, "comments")
	case "CREATE":
	default:
		return ""
	}
	// The first object word after CREATE and its modifiers (OR REPLACE,
	// TEMPORARY, MATERIALIZED, MySQL's ALGORITHM=, DEFINER=, SQL SECURITY).
	for i := 1; i < len(w) && i < 12; i++ {
		word := strings.TrimRight(w[i], "(")
		switch word {
		case "VIEW":
			what := "CREATE VIEW"
			if w[i-1] == "MATERIALIZED" {
				what = "CREATE MATERIALIZED VIEW"
			}
			return what + " is not compared: " + fmt.Sprintf(never, "views")
		case "TRIGGER", "FUNCTION", "PROCEDURE", "EVENT", "RULE", "POLICY", "AGGREGATE":
			return "CREATE " + word + " is not compared: " + fmt.Sprintf(never, strings.ToLower(word)+"s")
		case "TABLE", "INDEX", "SEQUENCE", "TYPE", "DOMAIN", "SCHEMA", "EXTENSION", "COLLATION", "DATABASE", "ROLE", "USER", "SERVER":
			return ""
		}
	}
	return ""
}

// Notes lists, as "file:line: what", the statements of a desired schema
// file that Uncompared speaks of.
func Notes(file string, stmts []Statement) []string {
	var out []string
	for _, st := range stmts {
		if u := Uncompared(st.SQL); u != "" {
			out = append(out, fmt.Sprintf("%s:%d: %s", file, st.Line, u))
		}
	}
	return out
}
