package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/report"
	"github.com/schemaguard/schemaguard/risk"
)

func syncCmd(e *env) *cobra.Command {
	var o common
	var force, dryRun bool
	c := &cobra.Command{
		Use:   "sync",
		Short: "Apply the SAFE changes (and WARNING ones with --force); never DANGEROUS ones",
		Long: `sync takes the migration lock, re-reads the live schema inside it, and applies
the SAFE changes (one that rows could make fail only when its data was counted).
WARNING changes are applied only with --force, and only when their data was
counted exactly (not with --no-data or --sample). A change that needs one kept
back (an index, key or check over a column whose type change is kept back) is
kept back with it. DANGEROUS changes, table drops and column drops are
never applied: their SQL is shown for review with the pattern to follow.
Where the engine allows, everything runs in one transaction.`,
		Example: `  schemaguard sync --db sqlite:./app.db --desired ./doctypes --dry-run
  schemaguard sync --db sqlite:./app.db --desired ./doctypes --force`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			r, err := o.resolve(c, e)
			if err != nil {
				return err
			}
			ctx := c.Context()
			conn, desired, err := openDesired(ctx, e, r, false)
			if err != nil {
				return err
			}
			defer conn.Close()
			p, res, err := plan.Sync(ctx, conn, desired, plan.SyncOptions{Options: r.opts, Force: force, DryRun: dryRun})
			var ae *dialect.ApplyError
			if err != nil && (p == nil || !errors.As(err, &ae)) {
				return classify(err, "syncing")
			}
			doc := report.Build("sync", p)
			doc.Sync = &report.Sync{DryRun: dryRun, Statements: []string{}}
			if res != nil && res.Script != nil {
				doc.Sync.Applied = res.Applied
				for _, st := range res.Script.Statements {
					doc.Sync.Statements = append(doc.Sync.Statements, st.SQL)
				}
			}
			if err != nil {
				doc.Sync.Error = err.Error()
				if ae != nil {
					doc.Sync.SetFailure(ae)
				}
			}
			if rerr := render(e, &o, doc); rerr != nil {
				return rerr
			}
			if err != nil {
				return classify(err, "syncing")
			}
			if err := gate(p, r.failOn); err != nil && !dryRun {
				return &blocked{msg: keptBack(p, r.failOn)}
			}
			return gate(p, r.failOn) // a dry run applies nothing: the verify message
		},
	}
	o.register(c)
	c.Flags().BoolVar(&force, "force", false, "also apply WARNING changes whose data was counted exactly")
	c.Flags().BoolVar(&dryRun, "dry-run", false, "print the statements without running them")
	return c
}

// keptBack says, after a sync, which changes at or above the failing level
// were not applied, so that exit 1 does not read as "nothing happened".
func keptBack(p *plan.Plan, failOn risk.Level) string {
	applied, kept := 0, map[risk.Level]int{}
	for _, f := range p.Findings {
		switch {
		case f.Applied != nil && *f.Applied:
			applied++
		case f.Risk >= failOn:
			kept[f.Risk]++
		}
	}
	return fmt.Sprintf("%d change(s) applied; kept back at or above --fail-on %s: %d dangerous, %d warning",
		applied, failOn, kept[risk.Dangerous], kept[risk.Warning])
}
