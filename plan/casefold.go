package plan

import (
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
)

// declareCaseRenames makes a desired table or column that a live one spells
// only in another case a declared rename of it (previously:), on engines
// that compare such names without regard to case (dialect.NameFolder).
// Without it the diff adds "Email" beside the live "email", which the
// engine refuses as a duplicate, and drops the live one with its data.
// Only an unambiguous match counts: one live name, which no other desired
// table or column spells exactly.
func declareCaseRenames(actual, desired *schema.Schema, d dialect.Dialect) {
	nf, ok := d.(dialect.NameFolder)
	if !ok {
		return
	}
	tables, columns := nf.FoldsNames()
	match := func(name string, live []string, taken func(string) bool) string {
		var found []string
		for _, n := range live {
			if n != name && strings.EqualFold(n, name) && !taken(n) {
				found = append(found, n)
			}
		}
		if len(found) == 1 {
			return found[0]
		}
		return ""
	}
	var liveTables []string
	for _, t := range actual.Tables {
		liveTables = append(liveTables, t.Name)
	}
	for _, t := range desired.Tables {
		live := actual.Table(t.Name)
		for _, old := range t.Previously {
			if live == nil {
				live = actual.Table(old)
			}
		}
		if live == nil && tables {
			old := match(t.Name, liveTables, func(n string) bool { return desired.Table(n) != nil })
			if old != "" && !slices.Contains(t.Previously, old) {
				t.Previously = append(t.Previously, old)
				live = actual.Table(old)
			}
		}
		if live == nil || !columns {
			continue
		}
		var liveCols []string
		for _, c := range live.Columns {
			liveCols = append(liveCols, c.Name)
		}
		for _, c := range t.Columns {
			if live.Column(c.Name) != nil || slices.ContainsFunc(c.Previously, func(n string) bool { return live.Column(n) != nil }) {
				continue
			}
			old := match(c.Name, liveCols, func(n string) bool { return t.Column(n) != nil })
			if old != "" {
				c.Previously = append(c.Previously, old)
			}
		}
	}
}
