package source

import (
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
)

// Error is a problem in a desired-state file: what is wrong, where, and
// what would be valid. It wraps dialect.ErrBadInput.
type Error struct {
	// File is the path of the file as the caller named it; empty when the
	// problem is not in one file (an empty folder).
	File string
	// Line is 1-based; 0 when the problem concerns the whole file.
	Line int
	// Field is the path of the offending key ("fields.email.type",
	// "indexes[0].fields"); empty for file-level problems.
	Field string
	// Msg says what is wrong and, where it helps, what would be valid.
	Msg string
	// Hint says what to do next.
	Hint string
}

// Error formats the problem as "file:line: field: msg".
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns dialect.ErrBadInput: every Error is a problem in the
// user's input, which the CLI reports with exit status 2.
func (e *Error) Unwrap() error { return dialect.ErrBadInput }
