package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/report"
	"github.com/schemaguard/schemaguard/risk"
)

func verifyCmd(e *env) *cobra.Command {
	var o common
	c := &cobra.Command{
		Use:   "verify",
		Short: "Report every difference, its risk and the rows it would lose or break (read-only)",
		Long: `verify compares the desired schema with the live database and reports each
change with its risk level, what happens to existing rows (counted on the live
data), what to do instead and where to read more. It never changes anything.`,
		Example: `  schemaguard verify --db sqlite:./app.db --desired ./doctypes
  schemaguard verify --db sqlite:./app.db --desired ./schema.sql --format json
  schemaguard verify --fail-on warning     # CI: block on any WARNING`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			r, err := o.resolve(c, e)
			if err != nil {
				return err
			}
			ctx := c.Context()
			conn, desired, err := openDesired(ctx, e, r, true)
			if err != nil {
				return err
			}
			defer conn.Close()
			p, err := plan.Build(ctx, conn, desired, r.opts)
			if err != nil {
				return classify(err, "verifying")
			}
			doc := report.Build("verify", p)
			if err := render(e, &o, doc); err != nil {
				return err
			}
			return gate(p, r.failOn)
		},
	}
	o.register(c)
	return c
}

func render(e *env, o *common, doc *report.Document) error {
	switch o.format {
	case "json":
		return report.JSON(e.stdout, doc)
	case "sarif":
		return report.SARIF(e.stdout, doc)
	}
	return report.Text(e.stdout, doc, report.TextOptions{Color: colorful(e), Verbose: o.verbose})
}

// colorful reports whether stdout is a terminal and NO_COLOR is unset.
func colorful(e *env) bool {
	if e.getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := e.stdout.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// gate returns a blocked error when a finding reaches the --fail-on level.
func gate(p *plan.Plan, failOn risk.Level) error {
	if failOn == risk.None {
		return nil
	}
	s := p.Summary()
	if s.Highest >= failOn {
		return &blocked{msg: fmt.Sprintf("highest risk is %s (--fail-on %s): %d dangerous, %d warning",
			s.Highest.Upper(), failOn, s.Dangerous, s.Warning)}
	}
	return nil
}
