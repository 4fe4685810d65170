// Package cli is schemaguard's command line: it parses flags into typed
// options, calls the library, picks a renderer and maps the outcome to an
// exit code. It holds no business logic.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/plan"

	_ "github.com/schemaguard/schemaguard/dialect/mysql"    // registers mysql:// and mariadb://
	_ "github.com/schemaguard/schemaguard/dialect/postgres" // registers postgres://
	_ "github.com/schemaguard/schemaguard/dialect/sqlite"   // registers sqlite:
)

// Exit codes shared by every command.
const (
	ExitOK      = 0
	ExitBlocked = 1
	ExitUsage   = 2
	ExitDB      = 3
)

// usageError is bad input or configuration: exit 2.
type usageError struct {
	err  error
	hint string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// dbError is a database failure: exit 3.
type dbError struct {
	err  error
	hint string
}

func (e *dbError) Error() string { return e.err.Error() }
func (e *dbError) Unwrap() error { return e.err }

// blocked means findings at or above --fail-on: exit 1.
type blocked struct{ msg string }

func (e *blocked) Error() string { return e.msg }

func usagef(hint, format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...), hint: hint}
}

// env is what commands read from the process, injected for tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	wd             string
}

// Main runs the schemaguard command line and returns the exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	wd, _ := os.Getwd()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, wd: wd}
	return run(ctx, e, args)
}

func run(ctx context.Context, e *env, args []string) int {
	root := &cobra.Command{
		Use:   "schemaguard",
		Short: "Tell what a schema change will do to the data really in the database",
		Long: `schemaguard compares the schema a project declares (DocType files or a SQL
DDL file) with a live database, grades every difference SAFE, WARNING or
DANGEROUS, and asks the database how many rows each risky change would lose
or break, with sample rows.

Exit codes: 0 nothing at or above --fail-on; 1 blocked by findings;
2 bad input or configuration; 3 database error.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usagef("run 'schemaguard "+c.Name()+" --help' for the flags", "%v", err)
	})
	root.AddCommand(verifyCmd(e), syncCmd(e))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	return printErr(e, err)
}

// printErr prints an error with its hint and returns its exit code.
func printErr(e *env, err error) int {
	var ue *usageError
	var de *dbError
	var bl *blocked
	switch {
	case errors.As(err, &bl):
		fmt.Fprintf(e.stderr, "blocked: %s\n", bl.msg)
		return ExitBlocked
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "error: %v\n", ue.err)
		if ue.hint != "" {
			fmt.Fprintf(e.stderr, "hint: %s\n", ue.hint)
		}
		return ExitUsage
	case errors.As(err, &de):
		fmt.Fprintf(e.stderr, "error: %v\n", de.err)
		if de.hint != "" {
			fmt.Fprintf(e.stderr, "hint: %s\n", de.hint)
		}
		return ExitDB
	case strings.HasPrefix(err.Error(), "unknown command"), strings.HasPrefix(err.Error(), "unknown flag"),
		strings.Contains(err.Error(), "flag needs an argument"), strings.Contains(err.Error(), "accepts"):
		fmt.Fprintf(e.stderr, "error: %v\nhint: run 'schemaguard --help'\n", err)
		return ExitUsage
	}
	fmt.Fprintf(e.stderr, "error: %v\n", err)
	return ExitDB
}

// classify wraps a library error as usage (exit 2) or database (exit 3).
func classify(err error, what string) error {
	if err == nil {
		return nil
	}
	var ae *dialect.ApplyError
	switch {
	case errors.As(err, &ae):
		return &dbError{err: err, hint: applyHint(ae)}
	case errors.Is(err, dialect.ErrBadURL), errors.Is(err, dialect.ErrBadInput), errors.Is(err, plan.ErrForceNoData):
		return &usageError{err: fmt.Errorf("%s: %w", what, err), hint: hintFor(err)}
	case errors.Is(err, dialect.ErrNotFound):
		return &usageError{err: fmt.Errorf("%s: %w", what, err), hint: "check --db (or db: in schemaguard.yaml); schemaguard never creates a database file"}
	case errors.Is(err, dialect.ErrLocked):
		return &dbError{err: fmt.Errorf("%s: %w", what, err), hint: "another schemaguard sync is running; wait for it and run again"}
	}
	return &dbError{err: fmt.Errorf("%s: %w", what, err), hint: "check that the database is reachable and the user has the rights it needs"}
}

func hintFor(err error) string {
	switch {
	case errors.Is(err, dialect.ErrBadURL):
		return "use --db sqlite:./app.db, postgres://user@host:5432/db, mysql://user:pass@host:3306/db or mariadb://user:pass@host:3306/db"
	case errors.Is(err, plan.ErrForceNoData):
		return "run sync --force without --no-data so the forced changes are checked against the data"
	case strings.Contains(err.Error(), "--schema"):
		return "check --schema (or schemas: in schemaguard.yaml)"
	}
	return "fix the desired state and run again"
}

func applyHint(ae *dialect.ApplyError) string {
	if ae.RolledBack {
		return "the database is as it was before; fix the cause and run sync again"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "the engine could not undo its DDL: %d statement(s) were applied:", len(ae.Applied))
	for _, s := range ae.Applied {
		fmt.Fprintf(&b, "\n  applied:     %s", s.SQL)
	}
	fmt.Fprintf(&b, "\n  failed:      %s", ae.Failed.SQL)
	for _, s := range ae.NotApplied {
		fmt.Fprintf(&b, "\n  not applied: %s", s.SQL)
	}
	b.WriteString("\nfix the cause and run sync again: it re-reads the schema and finishes the job")
	return b.String()
}

// version is the module version the binary was built from ("(devel)" for a
// build from a checkout), with the VCS revision when Go recorded one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}
