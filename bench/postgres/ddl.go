package postgres

import (
	"context"
	"io/fs"
	"strings"

	"github.com/schemaguard/schemaguard/dialect"
	pg "github.com/schemaguard/schemaguard/dialect/postgres"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source"
)

// DesiredDDL renders a DocType folder as the SQL a user would keep
// instead: the statements the dialect writes to create it, each ending in
// ";\n", with no lock_timeout, and the normalized schema. conn may be any
// PostgreSQL connection: DocTypes normalize without a scratch database,
// so nothing is written to it.
func DesiredDDL(ctx context.Context, conn dialect.Conn, fsys fs.FS) (string, *schema.Schema, error) {
	desired, err := source.LoadDocTypesFS(fsys, ".", &pg.Dialect{})
	if err != nil {
		return "", nil, err
	}
	norm, err := conn.Normalize(ctx, desired)
	if err != nil {
		return "", nil, err
	}
	empty := &schema.Schema{Dialect: pg.Name}
	script, err := conn.Render(empty, norm, diff.Compute(empty, norm))
	if err != nil {
		return "", nil, err
	}
	var stmts []string
	for _, st := range script.Statements {
		if !strings.HasPrefix(st.SQL, "SET lock_timeout") {
			stmts = append(stmts, st.SQL+";\n")
		}
	}
	return strings.Join(stmts, ""), norm, nil
}
