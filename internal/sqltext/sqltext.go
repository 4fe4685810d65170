// Package sqltext holds small text helpers the dialects share for SQL
// files they split into statements.
package sqltext

import "strings"

// LeadingLines counts the line breaks before a statement's first character
// that is neither blank nor inside a comment (--, # or /* */), so that the
// line a statement starts on can be reported.
func LeadingLines(s string) int {
	n := 0
	for {
		t := strings.TrimLeft(s, " \t\r\n")
		n += strings.Count(s[:len(s)-len(t)], "\n")
		switch {
		case strings.HasPrefix(t, "--"), strings.HasPrefix(t, "#"):
			end := strings.IndexByte(t, '\n')
			if end < 0 {
				return n
			}
			s = t[end:]
		case strings.HasPrefix(t, "/*"):
			end := strings.Index(t, "*/")
			if end < 0 {
				return n
			}
			n += strings.Count(t[:end], "\n")
			s = t[end+2:]
		default:
			return n
		}
	}
}
