package mysql

import "strings"

// The model keeps SQL expressions (defaults, CHECK clauses) with standard
// string literals: a quote is doubled and a backslash is itself. MySQL and
// MariaDB, unless sql_mode has NO_BACKSLASH_ESCAPES, read a backslash in a
// literal as an escape ('C:\temp' holds a tab) and print literals that way
// in information_schema ('C:\\temp'). These two functions translate at the
// dialect's edge, so that a value with backslashes is stored as written
// and reads back equal to the desired state.

// toMySQLLiterals rewrites the standard literals of expr for MySQL: each
// backslash inside '...' is doubled.
func toMySQLLiterals(expr string) string {
	if !strings.Contains(expr, `\`) {
		return expr
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(expr); i++ {
		ch := expr[i]
		switch {
		case ch == '\'':
			in = !in // a doubled quote toggles twice
		case ch == '\\' && in:
			b.WriteByte('\\')
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// mysqlEscapes are the escapes MySQL decodes in a string literal.
var mysqlEscapes = map[byte]string{'0': "\x00", 'b': "\b", 'n': "\n", 'r': "\r", 't': "\t", 'Z': "\x1a", '\\': `\`, '\'': "'", '"': `"`, '%': `\%`, '_': `\_`}

// fromMySQLLiterals rewrites the literals of an expression MySQL printed
// ('...' or "..." with backslash escapes) as standard literals.
func fromMySQLLiterals(expr string) string {
	if !strings.ContainsAny(expr, `\"`) {
		return expr
	}
	var b strings.Builder
	for i := 0; i < len(expr); i++ {
		ch := expr[i]
		if ch == '`' { // an identifier: copy it as it is
			end := strings.IndexByte(expr[i+1:], '`')
			if end < 0 {
				b.WriteString(expr[i:])
				break
			}
			b.WriteString(expr[i : i+end+2])
			i += end + 1
			continue
		}
		if ch != '\'' && ch != '"' {
			b.WriteByte(ch)
			continue
		}
		quote := ch
		var val strings.Builder
		i++
		for ; i < len(expr); i++ {
			c := expr[i]
			if c == '\\' && i+1 < len(expr) {
				i++
				if e, ok := mysqlEscapes[expr[i]]; ok {
					val.WriteString(e)
				} else {
					val.WriteByte(expr[i])
				}
				continue
			}
			if c == quote {
				if i+1 < len(expr) && expr[i+1] == quote {
					val.WriteByte(quote)
					i++
					continue
				}
				break
			}
			val.WriteByte(c)
		}
		b.WriteString("'" + strings.ReplaceAll(val.String(), "'", "''") + "'")
	}
	return b.String()
}
