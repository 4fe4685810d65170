package risk

import (
	"fmt"
	"strings"

	"github.com/schemaguard/schemaguard/probe"
)

// Settle sets the finding's level from its static class and its probe
// result: a WARNING whose probe found affected rows becomes DANGEROUS; a NOT
// NULL column added without default is SAFE on an empty table and DANGEROUS
// on a non-empty one. Data never lowers anything else. It also writes the
// count into the message.
func (f *Finding) Settle() {
	r, _ := RuleFor(f.Code)
	f.Risk = f.Static
	if f.Check == nil {
		return
	}
	res := f.Result
	if !res.Status.Counted() && res.Status != probe.Skipped && f.Risk == Safe && f.Check.Kind == probe.Orphans {
		// A SAFE change that adds foreign keys back (MySQL retyping a
		// column they use) fails on rows that point nowhere: uncounted,
		// they may be there. Under --no-data the static class stands, as
		// everywhere (sync --force refuses to run then).
		f.Risk = Warning
		f.Notes = append(f.Notes, "raised to WARNING: the foreign keys the change drops and adds back are checked again on every row, and their orphans were not counted")
	}
	if !res.Status.Counted() {
		switch res.Status {
		case probe.Skipped:
			f.Notes = append(f.Notes, "data not checked (--no-data): the static class stands")
		case probe.TimedOut:
			f.Notes = append(f.Notes, "not checked: timed out; the static class stands")
		case probe.NotCheckable:
			f.Notes = append(f.Notes, "not checkable exactly: "+res.Note+"; the static class stands")
		case probe.Failed:
			if f.Risk == Safe {
				// The query that evaluates the change's own expressions on
				// the rows failed: the change itself may well fail the same
				// way, so it is no longer known to be SAFE.
				f.Risk = Warning
				f.Notes = append(f.Notes, fmt.Sprintf("not checked: the probe failed (%v), so the change may fail on the same rows: raised to WARNING", res.Err))
				break
			}
			f.Notes = append(f.Notes, fmt.Sprintf("not checked: the probe failed (%v); the static class stands", res.Err))
		}
		return
	}
	estimate := ""
	if res.Status == probe.Estimate {
		estimate = "about "
	}
	switch r.Evidence {
	case "raise":
		// A SAFE rule with a probe (a select's check that only gains
		// options) is raised too: rows the old check let in fail the new one.
		if res.Affected > 0 && (f.Risk == Warning || f.Risk == Safe) {
			f.Risk = Dangerous
		}
	case "empty-table":
		// Only an exact count may lower a class: a sample can miss the rows.
		if res.Affected == 0 && res.Status == probe.Exact {
			f.Risk = Safe
		} else {
			f.Risk = Dangerous
		}
	}
	s := countSentence(f.Check, res, estimate)
	if f.Check.Table != f.Change.TableName() {
		// The rows counted are another table's (the children of a key
		// the change adds back).
		s = strings.Replace(s, plural(res.Affected, "row", "rows")+" ", plural(res.Affected, "row", "rows")+" of "+f.Check.Table+" ", 1)
	}
	f.Impact = f.Impact + " " + s
	if res.Note != "" {
		f.Notes = append(f.Notes, res.Note)
	}
}

// countSentence says what the probe found, in words.
func countSentence(c *probe.Check, r probe.Result, about string) string {
	n := r.Affected
	rows := plural(n, "row", "rows")
	hold, fail := plural(n, "holds", "hold"), plural(n, "fails", "fail")
	switch c.Kind {
	case probe.Rows:
		return fmt.Sprintf("The table holds %s%d %s.", about, n, rows)
	case probe.NonNull:
		return fmt.Sprintf("%s%d %s %s a non-NULL value in %s.", cap(about), n, rows, hold, c.Column)
	case probe.Nulls:
		return fmt.Sprintf("%s%d %s %s NULL in %s.", cap(about), n, rows, hold, c.Column)
	case probe.Duplicates:
		dups := n - r.Nulls - r.Failing
		keys := "(" + strings.Join(keyNames(c), ", ") + ")"
		for _, k := range c.MoreKeys {
			keys += " and on (" + strings.Join(keyNames(&probe.Check{Columns: k.Columns, Exprs: k.Exprs}), ", ") + ")"
		}
		s := fmt.Sprintf("%d duplicate %s (%d %s beyond the first of each group) on %s.",
			r.Groups, plural(r.Groups, "group", "groups"), dups, plural(dups, "row", "rows"), keys)
		if len(c.MoreKeys) > 0 {
			s += " A row that collides under two keys counts under each."
		}
		if r.Nulls > 0 {
			s += fmt.Sprintf(" %d %s %s NULL in a key column, which a primary key forbids.", r.Nulls, plural(r.Nulls, "row", "rows"), plural(r.Nulls, "holds", "hold"))
		}
		if r.Failing > 0 {
			s += fmt.Sprintf(" %d more %s %s.", r.Failing, plural(r.Failing, "row", "rows"), failingClause(c, r.Failing, c.FKColumns))
		}
		return s
	case probe.Orphans:
		return fmt.Sprintf("%d %s %s.", n, rows, failingClause(c, n, c.Columns))
	case probe.CheckFails:
		return fmt.Sprintf("%s%d %s %s the check.", cap(about), n, rows, fail)
	case probe.NotInValues:
		return fmt.Sprintf("%s%d %s %s a value that is no longer allowed.", cap(about), n, rows, hold)
	case probe.Fit:
		var parts []string
		for _, cd := range c.Conds {
			parts = append(parts, cd.Describe())
		}
		return fmt.Sprintf("%s%d %s %s a value that does not fit %s (%s).", cap(about), n, rows, hold, c.To, strings.Join(parts, "; or "))
	}
	return fmt.Sprintf("%s%d %s affected.", cap(about), n, rows)
}

// keyNames names the key parts of a check: the column, or the expression.
func keyNames(c *probe.Check) []string {
	out := make([]string, len(c.Columns))
	for i, col := range c.Columns {
		out[i] = col
		if col == "" && i < len(c.Exprs) {
			out[i] = c.Exprs[i]
		}
	}
	return out
}

func cap(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Raise lifts the finding to at least l with a reason. It never lowers.
func (f *Finding) Raise(l Level, reason string) {
	if l > f.Risk {
		f.Risk = l
	}
	if reason != "" {
		f.Notes = append(f.Notes, reason)
	}
}

// failingClause says why n rows fail a check that counts orphans of
// foreign keys over keyCols (none when empty), or values its Conds find,
// or both: "point at no row of p1(code) or at no row of p2(code)",
// "hold characters the character set latin1 cannot store".
func failingClause(c *probe.Check, n int64, keyCols []string) string {
	var parts []string
	if len(c.Conds) > 0 {
		var what []string
		for _, cd := range c.Conds {
			what = append(what, cd.Describe())
		}
		parts = append(parts, plural(n, "holds", "hold")+" "+strings.Join(what, " or "))
	}
	if len(keyCols) > 0 || len(c.MoreFKs) > 0 {
		var targets []string
		if len(keyCols) > 0 {
			targets = append(targets, fmt.Sprintf("no row of %s(%s)", c.RefTable, strings.Join(c.RefColumns, ", ")))
		}
		for _, fk := range c.MoreFKs {
			t := fmt.Sprintf("no row of %s(%s)", fk.RefTable, strings.Join(fk.RefColumns, ", "))
			if fk.Table != "" && fk.Table != c.Table {
				t += " (rows of " + fk.Table + ")"
			}
			targets = append(targets, t)
		}
		parts = append(parts, plural(n, "points", "point")+" at "+strings.Join(targets, " or at "))
	}
	return strings.Join(parts, ", or ")
}
