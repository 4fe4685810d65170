package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/schemaguard/schemaguard/config"
	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source"
)

// common are the flags every command shares.
type common struct {
	db, desired, configPath, format, failOn string
	failOnWarning, noData, verbose          bool
	probeTimeout                            time.Duration
	sample                                  float64
	schemas                                 []string
	devURL                                  string
	ignore                                  []string
	bigTable                                int64
}

func (o *common) register(c *cobra.Command) {
	f := c.Flags()
	f.StringVar(&o.db, "db", "", "database URL: sqlite:PATH, postgres://user@host:port/db, mysql://user:pass@host:port/db or mariadb://user:pass@host:port/db; sqlite3: and postgresql: also work (default: db: in the config, then $SCHEMAGUARD_DB)")
	f.StringVar(&o.desired, "desired", "", "desired schema: a folder of DocType files or a .sql DDL file (default: desired: in the config)")
	f.StringVar(&o.configPath, "config", "", "config file (default: ./schemaguard.yaml when present)")
	f.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	f.StringVar(&o.failOn, "fail-on", "", "exit 1 when a finding is at or above this level: none, warning or dangerous (default dangerous)")
	f.BoolVar(&o.failOnWarning, "fail-on-warning", false, "same as --fail-on warning")
	f.BoolVar(&o.noData, "no-data", false, "do not query the data: report the static class only")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "print the SQL of every change")
	f.DurationVar(&o.probeTimeout, "probe-timeout", 0, "time limit for each probe query (default 60s)")
	f.Float64Var(&o.sample, "sample", 0, "PostgreSQL: count row-level checks on a PERCENT TABLESAMPLE and scale them (estimates; SQLite and MySQL always count exactly)")
	f.StringSliceVar(&o.schemas, "schema", nil, "schemas to inspect (PostgreSQL; default public; patterns allowed)")
	f.StringVar(&o.devURL, "dev-url", "", "an empty database, not --db, in which to load a SQL desired file (PostgreSQL, MySQL); default: a temporary one")
	f.StringSliceVar(&o.ignore, "ignore", nil, "tables to leave out of the comparison, on the live and the desired side (globs, repeatable; adds to ignore: in the config)")
	f.Int64Var(&o.bigTable, "big-table", 0, "PostgreSQL, MySQL: row count from which a blocking rewrite or validation scan is at least WARNING (default 1000000; 1 GiB also counts)")
}

// resolved is the outcome of flags, config file and environment.
type resolved struct {
	db, desired string
	failOn      risk.Level
	opts        plan.Options
	openOpts    dialect.OpenOptions
}

// resolve merges flags over the config file over the environment.
func (o *common) resolve(c *cobra.Command, e *env) (*resolved, error) {
	cfgPath := o.configPath
	if cfgPath == "" {
		if _, err := os.Stat(filepath.Join(e.wd, "schemaguard.yaml")); err == nil {
			cfgPath = filepath.Join(e.wd, "schemaguard.yaml")
		}
	} else if _, err := os.Stat(cfgPath); err != nil {
		return nil, usagef("pass an existing file to --config", "reading config %s: %v", cfgPath, err)
	}
	cfg := &config.Config{}
	if cfgPath != "" {
		var err error
		cfg, err = config.Load(cfgPath, e.getenv)
		if err != nil {
			return nil, &usageError{err: err, hint: "fix the config file; see docs/config.md"}
		}
	}
	r := &resolved{}
	r.db = first(o.db, cfg.DB, e.getenv("SCHEMAGUARD_DB"))
	if o.db == "" && cfg.DB != "" {
		r.db = dialect.Rebase(r.db, filepath.Dir(cfgPath))
	}
	if r.db == "" {
		return nil, usagef("pass --db sqlite:./app.db, set db: in schemaguard.yaml, or set SCHEMAGUARD_DB", "no database given")
	}
	r.desired = first(o.desired, cfg.Desired)
	if r.desired == "" {
		return nil, usagef("pass --desired ./doctypes (a folder of DocType files) or --desired ./schema.sql", "no desired schema given")
	}
	if !filepath.IsAbs(r.desired) && o.desired != "" {
		r.desired = filepath.Join(e.wd, r.desired)
	}
	r.failOn = risk.Dangerous
	if cfg.IsSet("fail_on") {
		r.failOn = cfg.FailOn
	}
	if o.failOn != "" {
		lvl, err := risk.ParseLevel(o.failOn)
		if err != nil || lvl == risk.Safe {
			return nil, usagef("use --fail-on none, warning or dangerous", "bad --fail-on %q", o.failOn)
		}
		r.failOn = lvl
	}
	if o.failOnWarning {
		if o.failOn != "" && r.failOn != risk.Warning {
			return nil, usagef("pass either --fail-on-warning or --fail-on, not both", "--fail-on-warning conflicts with --fail-on %s", o.failOn)
		}
		r.failOn = risk.Warning
	}
	if o.format != "text" && o.format != "json" && o.format != "sarif" {
		return nil, usagef("use --format text, json or sarif", "unknown format %q", o.format)
	}
	if o.sample < 0 || o.sample > 100 {
		return nil, usagef("use --sample between 0 and 100", "bad --sample %v", o.sample)
	}
	timeout := o.probeTimeout
	if (timeout != 0 || c.Flags().Changed("probe-timeout")) && timeout < time.Second {
		// The servers take whole seconds; less would silently mean the default.
		return nil, usagef("use --probe-timeout of 1s or more (e.g. 30s, 2m)", "bad --probe-timeout %s", timeout)
	}
	if timeout == 0 && cfg.ProbeTimeout > 0 {
		timeout = cfg.ProbeTimeout
	}
	r.opts = plan.Options{
		NoData: o.noData,
		Probe:  probe.Options{SamplePercent: o.sample, TimeoutSeconds: int(timeout.Seconds())},
		Ignore: append(append([]string(nil), cfg.Ignore...), o.ignore...),
	}
	r.openOpts = dialect.OpenOptions{Schemas: o.schemas, DevURL: first(o.devURL, cfg.DevURL), BigTableRows: cfg.BigTableRows}
	if o.bigTable > 0 {
		r.openOpts.BigTableRows = o.bigTable
	}
	if len(r.openOpts.Schemas) == 0 {
		r.openOpts.Schemas = cfg.Schemas
	}
	return r, nil
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// loadDesired builds the desired schema from a DocType folder or a SQL file,
// normalized by the connection's dialect.
func loadDesired(ctx context.Context, conn dialect.Conn, path, wd string) (*schema.Schema, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, usagef("pass --desired a folder of DocType files or a .sql file", "reading desired schema: %v", err)
	}
	if st.IsDir() {
		s, err := loadDocTypes(path, wd, conn.Dialect())
		if err != nil {
			// The loader's own hint says what to change in that file; the
			// generic one only where it has none.
			hint := "fix the DocType file; the format is in docs/doctypes.md"
			var se *source.Error
			if errors.As(err, &se) && se.Hint != "" {
				hint = se.Hint
				if !strings.Contains(hint, "docs/") {
					hint += " (the format is in docs/doctypes.md)"
				}
			}
			return nil, &usageError{err: err, hint: hint}
		}
		n, err := conn.Normalize(ctx, s)
		if err != nil {
			return nil, classify(err, "normalizing the DocTypes")
		}
		return n, nil
	}
	if !strings.HasSuffix(strings.ToLower(path), ".sql") {
		return nil, usagef("pass a folder of DocType files or a file ending in .sql", "desired schema %s is neither a folder nor a .sql file", path)
	}
	ddl, err := source.LoadSQLFile(path)
	if err != nil {
		return nil, &usageError{err: err, hint: "pass a readable .sql file"}
	}
	s, err := conn.LoadSQL(ctx, display(path, wd), ddl)
	if err != nil {
		if errors.Is(err, dialect.ErrBadInput) {
			hint := "fix the SQL; the message above is the engine's"
			if strings.Contains(err.Error(), "dev database") || strings.Contains(err.Error(), "--dev-url") {
				hint = "pass --dev-url an empty database that is not the one in --db, or leave --dev-url out to use a temporary one"
			}
			return nil, &usageError{err: err, hint: hint}
		}
		return nil, classify(err, "loading "+display(path, wd))
	}
	source.ApplySources(s, display(path, wd), ddl)
	if err := source.ApplySQLRenames(s, display(path, wd), ddl); err != nil {
		return nil, &usageError{err: err, hint: "a -- previously: comment must follow a table or column that exists"}
	}
	return s, nil
}

// openDesired connects to the database and loads the desired schema
// through it (a SQL file loads in the dialect's scratch database, DocTypes
// are normalized by it), printing the source's notes on stderr. The
// caller closes conn; on error it is closed already.
func openDesired(ctx context.Context, e *env, r *resolved, readOnly bool) (dialect.Conn, *schema.Schema, error) {
	conn, err := open(ctx, r, readOnly)
	if err != nil {
		return nil, nil, err
	}
	desired, err := loadDesired(ctx, conn, r.desired, e.wd)
	if err != nil {
		_ = conn.Close()
		return nil, nil, err
	}
	for _, n := range desired.Notes {
		fmt.Fprintf(e.stderr, "note: %s\n", n)
	}
	return conn, desired, nil
}

// open connects to the database.
func open(ctx context.Context, r *resolved, readOnly bool) (dialect.Conn, error) {
	o := r.openOpts
	o.ReadOnly = readOnly
	conn, err := dialect.Open(ctx, r.db, o)
	if err != nil {
		return nil, classify(err, fmt.Sprintf("opening %s", dialect.Redact(r.db)))
	}
	return conn, nil
}

// loadDocTypes reads a DocType folder so that file names in errors and
// reports are relative to the working directory when the folder is inside it.
func loadDocTypes(dir, wd string, d dialect.Dialect) (*schema.Schema, error) {
	if rel := display(dir, wd); rel != dir {
		return source.LoadDocTypesFS(os.DirFS(wd), filepath.ToSlash(rel), d)
	}
	return source.LoadDocTypes(dir, d)
}

// display is path relative to the working directory when it is inside it.
func display(path, wd string) string {
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}
