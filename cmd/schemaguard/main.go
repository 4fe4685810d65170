// Command schemaguard tells you, before anything runs, what a schema change
// will do to the data that is really in the database.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/schemaguard/schemaguard/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
