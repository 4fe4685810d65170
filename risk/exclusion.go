package risk

import (
	"regexp"
	"strings"

	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// exclusionCheck is the probe of a new or changed exclusion constraint.
// The constraint pairs rows, so a dialect counts it in one scan only in the
// common form EXCLUDE USING gist (k1 WITH =, ..., r WITH &&): plain columns
// of the live table, kept as they are by the plan (same name once renames
// are undone, same type, no collation of their own), r of a built-in range
// type and the others of a type whose = is the one a window partition uses.
// Then Columns are the live names of the = columns and Column that of the
// range; otherwise both are empty and the dialect answers only for a table
// without two rows.
func exclusionCheck(have, want *schema.Table, def string) *probe.Check {
	ch := &probe.Check{Kind: probe.Conflicts, Expr: def}
	keys, rng, ok := parseExclusion(def)
	if !ok || want == nil {
		return ch
	}
	live := func(name string, fits func(schema.Type) bool) (string, bool) {
		wc := want.Column(name)
		if wc == nil {
			return "", false
		}
		ln := renamedFrom(have, want, wc)
		if ln == "" {
			ln = name
		}
		hc := have.Column(ln)
		if hc == nil || !hc.Type.Equal(wc.Type) || hc.Type.Domain != nil || hc.Collation != "" || wc.Collation != "" || !fits(hc.Type) {
			return "", false
		}
		return ln, true
	}
	r, ok := live(rng, func(t schema.Type) bool { return rangeTypes[strings.ToLower(t.Raw)] })
	if !ok {
		return ch
	}
	var cols []string
	for _, k := range keys {
		c, ok := live(k, func(t schema.Type) bool { return partitionable[t.Kind] })
		if !ok {
			return ch
		}
		cols = append(cols, c)
	}
	ch.Column, ch.Columns = r, cols
	return ch
}

// rangeTypes are PostgreSQL's built-in range types, whose && the probe
// reproduces from their bounds.
var rangeTypes = map[string]bool{
	"int4range": true, "int8range": true, "numrange": true,
	"tsrange": true, "tstzrange": true, "daterange": true,
}

// partitionable are the kinds whose = (btree_gist's) is the equality a
// window's PARTITION BY groups by. Text is allowed only without a
// collation of its own (the column's, deterministic).
var partitionable = map[schema.Kind]bool{
	schema.KindSmallInt: true, schema.KindInt: true, schema.KindBigInt: true, schema.KindDecimal: true,
	schema.KindString: true, schema.KindText: true, schema.KindUUID: true, schema.KindDate: true,
	schema.KindDateTime: true, schema.KindBool: true, schema.KindEnum: true,
}

var (
	exclusionRE = regexp.MustCompile(`^EXCLUDE USING (?:gist|spgist) \((.+)\)$`)
	elementRE   = regexp.MustCompile(`^("(?:[^"]|"")+"|[a-z_][a-z0-9_$]*) WITH (=|&&)$`)
)

// parseExclusion splits a definition as pg_get_constraintdef prints it
// into the columns compared with = and the one compared with &&. ok is
// false for anything else: expressions, operator classes, other
// operators, INCLUDE, WHERE, DEFERRABLE, or not exactly one &&.
func parseExclusion(def string) (keys []string, rng string, ok bool) {
	m := exclusionRE.FindStringSubmatch(def)
	if m == nil {
		return nil, "", false
	}
	for _, el := range splitTop(m[1]) {
		e := elementRE.FindStringSubmatch(strings.TrimSpace(el))
		if e == nil {
			return nil, "", false
		}
		name := e[1]
		if strings.HasPrefix(name, `"`) {
			name = strings.ReplaceAll(name[1:len(name)-1], `""`, `"`)
		}
		if e[2] == "=" {
			keys = append(keys, name)
			continue
		}
		if rng != "" {
			return nil, "", false
		}
		rng = name
	}
	return keys, rng, rng != ""
}

// splitTop splits s at the commas outside double quotes and parentheses.
func splitTop(s string) []string {
	var out []string
	depth, quoted, start := 0, false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
