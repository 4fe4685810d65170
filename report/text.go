package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/schemaguard/schemaguard/diff"
)

// TextOptions tune the text report.
type TextOptions struct {
	// Color adds ANSI colours; the CLI sets it only for a terminal without NO_COLOR.
	Color bool
	// Verbose prints every statement and sample.
	Verbose bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiGreen  = "\x1b[32m"
)

// Text writes the report for people: one block per table, each change with
// its level, what happens to the data, what to do, and the docs link; then
// a summary line.
func Text(w io.Writer, d *Document, o TextOptions) error {
	paint := func(code, s string) string {
		if !o.Color {
			return s
		}
		return code + s + ansiReset
	}
	level := func(r string) string {
		u := strings.ToUpper(r)
		switch r {
		case "dangerous":
			return paint(ansiBold+ansiRed, u)
		case "warning":
			return paint(ansiBold+ansiYellow, u)
		}
		return paint(ansiGreen, u)
	}
	var b strings.Builder
	checked := "data checked"
	if !d.DataChecked {
		checked = "data NOT checked (--no-data)"
	}
	fmt.Fprintf(&b, "schemaguard %s · %s · %s\n", d.Command, d.Dialect, checked)
	if len(d.Changes) == 0 {
		b.WriteString("\nNo changes: the database matches the desired schema.\n")
	}
	table := "\x00"
	var lastSQL string
	for _, c := range d.Changes {
		name := c.Table
		if c.Schema != "" {
			name = c.Schema + "." + c.Table
		}
		if name != table {
			table = name
			fmt.Fprintf(&b, "\n%s\n", paint(ansiBold, "table "+name))
		}
		fmt.Fprintf(&b, "  %-9s %s  %s\n", level(c.Risk), c.Message, paint(ansiDim, "["+c.Code+"]"))
		indent := "            "
		fmt.Fprintf(&b, "%sdata: %s\n", indent, c.Impact)
		if c.AffectedRows == nil && c.Checked != "not_applicable" {
			fmt.Fprintf(&b, "%schecked: %s\n", indent, c.Checked)
		}
		for i, s := range c.Samples {
			if i == 0 {
				fmt.Fprintf(&b, "%ssamples:\n", indent)
			}
			if c.Kind == diff.KindAddCheck || c.Kind == diff.KindAlterCheck {
				// A failing check has no single offending value (the probes
				// return NULL), and "-> NULL" would read as a NULL that passes.
				fmt.Fprintf(&b, "%s  %s\n", indent, keyString(s.Key))
				continue
			}
			fmt.Fprintf(&b, "%s  %s -> %s\n", indent, keyString(s.Key), valueString(s.Value))
		}
		for _, n := range c.Notes {
			fmt.Fprintf(&b, "%snote: %s\n", indent, n)
		}
		if c.Lock != nil && (c.Lock.Mode != "" || c.Lock.Algorithm != "") {
			fmt.Fprintf(&b, "%slock: %s\n", indent, lockString(c))
		}
		if c.Risk != "safe" {
			fmt.Fprintf(&b, "%sdo: %s\n", indent, c.Recommendation)
			fmt.Fprintf(&b, "%sread: %s\n", indent, c.DocsURL)
		}
		if c.Applied != nil {
			state := "not applied"
			if *c.Applied {
				state = "applied"
			}
			fmt.Fprintf(&b, "%s%s\n", indent, paint(ansiBold, state))
		}
		if joined := strings.Join(c.Statements, ";"); (o.Verbose || c.Risk == "dangerous") && joined == lastSQL && joined != "" {
			fmt.Fprintf(&b, "%ssql: %s\n", indent, sameSQL(c))
		} else if o.Verbose || c.Risk == "dangerous" {
			lastSQL = joined
			for i, s := range c.Statements {
				if i == 0 {
					fmt.Fprintf(&b, "%ssql (for review%s):\n", indent, map[bool]string{true: ", never run automatically", false: ""}[c.Risk == "dangerous"])
				}
				fmt.Fprintf(&b, "%s  %s;\n", indent, strings.ReplaceAll(s, "\n", "\n"+indent+"  "))
			}
		}
	}
	if d.Sync != nil {
		switch {
		case d.Sync.Error != "":
			fmt.Fprintf(&b, "\nsync failed: %s\n", d.Sync.Error)
		case d.Sync.DryRun:
			fmt.Fprintf(&b, "\nsync --dry-run: %d statement(s) would run:\n", len(d.Sync.Statements))
			for _, s := range d.Sync.Statements {
				fmt.Fprintf(&b, "  %s;\n", strings.ReplaceAll(s, "\n", "\n  "))
			}
		case d.Sync.Applied:
			fmt.Fprintf(&b, "\nsync: applied %d statement(s).\n", len(d.Sync.Statements))
		default:
			b.WriteString("\nsync: nothing to apply.\n")
		}
	}
	s := d.Summary
	fmt.Fprintf(&b, "\n%d change(s): %d safe, %d warning, %d dangerous · highest: %s\n",
		s.Safe+s.Warning+s.Dangerous, s.Safe, s.Warning, s.Dangerous, level(s.Highest))
	_, err := io.WriteString(w, b.String())
	return err
}

// sameSQL says that a change runs the statements printed for the change
// above it. Only a rebuild the dialect marks as one (SQLite's) is called
// one: elsewhere the shared statements are an ALTER DOMAIN that checks
// every column of the domain (PostgreSQL) or one ALTER TABLE that carries
// several changes, or lifts a foreign key around them (MySQL).
func sameSQL(c Change) string {
	if c.Rebuilds != "" {
		return "the same table rebuild as above"
	}
	return "the same statements as above"
}

func keyString(k map[string]any) string {
	var parts []string
	for _, name := range sortedKeys(k) {
		parts = append(parts, fmt.Sprintf("%s=%v", name, k[name]))
	}
	return strings.Join(parts, ", ")
}

func valueString(v any) string {
	if v == nil {
		return "NULL"
	}
	if s, ok := v.(string); ok {
		if len(s) > 60 {
			s = s[:57] + "..."
		}
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

func lockString(c Change) string {
	l := c.Lock
	var parts []string
	if l.Mode != "" {
		parts = append(parts, l.Mode)
	}
	if l.Algorithm != "" {
		parts = append(parts, "ALGORITHM="+l.Algorithm)
	}
	if l.Rewrite {
		parts = append(parts, "rewrites the table")
	}
	if l.ValidationScan {
		parts = append(parts, "scans to validate")
	}
	if l.TableRows > 0 || l.TableBytes > 0 {
		parts = append(parts, fmt.Sprintf("~%d rows, %d bytes", l.TableRows, l.TableBytes))
	}
	if l.Note != "" {
		parts = append(parts, l.Note)
	}
	return strings.Join(parts, "; ")
}
