package diff

import (
	"regexp"
	"sort"
	"strings"
)

var (
	// col IN ('a', 'b'), as SQLite keeps it and MySQL prints it.
	inListRE = regexp.MustCompile("(?is)^[\\s(]*[`\"]?([A-Za-z_][A-Za-z0-9_]*)[`\"]?\\s+in\\s*\\((.*?)\\)[\\s)]*$")
	// (col)::text = ANY ((ARRAY['a'::character varying, ...])::text[]), as PostgreSQL prints it.
	anyArrayRE = regexp.MustCompile(`(?is)^[\s(]*"?([A-Za-z_][A-Za-z0-9_]*)"?\)?(::[a-z ]+)?\s*=\s*any\s*\(\s*\(?\s*array\s*\[(.*?)\]\s*\)?(::[a-z \[\]]+)?\s*\)[\s)]*$`)
	// castsRE is what may follow a value up to the next comma: casts, and
	// the parenthesis that closes a value PostgreSQL's inspector writes as
	// ('a'::character varying)::text.
	castsRE = regexp.MustCompile(`(?i)^(\s*::\s*[a-z ]+(\[\])?)*\s*(\))?(\s*::\s*[a-z ]+(\[\])?)*\s*$`)
)

// InList reads a check of the form column IN ('a', 'b', ...) (or
// PostgreSQL's = ANY (ARRAY[...]) spelling of it): the check a select field
// becomes. ok is false for any other expression.
func InList(expr string) (column string, values []string, ok bool) {
	var list string
	if m := inListRE.FindStringSubmatch(expr); m != nil {
		column, list = m[1], m[2]
	} else if m := anyArrayRE.FindStringSubmatch(expr); m != nil {
		column, list = m[1], m[3]
	} else {
		return "", nil, false
	}
	rest := strings.TrimSpace(list)
	for rest != "" {
		paren := rest[0] == '('
		if paren {
			rest = strings.TrimSpace(rest[1:])
		}
		if rest == "" || rest[0] != '\'' {
			return "", nil, false
		}
		var b strings.Builder
		i := 1
		for ; i < len(rest); i++ {
			if rest[i] == '\'' {
				if i+1 < len(rest) && rest[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				break
			}
			b.WriteByte(rest[i])
		}
		if i >= len(rest) {
			return "", nil, false
		}
		values = append(values, b.String())
		rest = strings.TrimSpace(rest[i+1:])
		tail := rest
		j := strings.IndexByte(rest, ',')
		if j >= 0 {
			tail, rest = rest[:j], strings.TrimSpace(rest[j+1:])
		} else {
			rest = ""
		}
		m := castsRE.FindStringSubmatch(tail)
		if m == nil || (m[3] != "") != paren {
			return "", nil, false
		}
		if j >= 0 && rest == "" {
			return "", nil, false
		}
	}
	return column, values, len(values) > 0
}

// checkKey is the form under which two checks compare equal: an IN list
// compares as the set of its values, so that reordering the options of a
// select is no change; anything else compares as NormalizeExpr.
func checkKey(expr string) string {
	col, vals, ok := InList(expr)
	if !ok {
		return NormalizeExpr(expr)
	}
	vals = append([]string(nil), vals...)
	sort.Strings(vals)
	return "in-list\x00" + strings.ToLower(col) + "\x00" + strings.Join(vals, "\x00")
}
