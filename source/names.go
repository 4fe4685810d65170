package source

import (
	"strings"
	"unicode"
)

// snakeCase derives a table name from a DocType name: "SalesOrder" →
// "sales_order", "HTTPRequest" → "http_request", "Sales Order" → "sales_order".
func snakeCase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	pendingSep := false
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			pendingSep = true
			continue
		}
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				pendingSep = true
			}
		}
		if pendingSep && b.Len() > 0 {
			b.WriteByte('_')
		}
		pendingSep = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
