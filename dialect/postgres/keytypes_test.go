package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemaguard/schemaguard/dialect"
)

// TestKeyTypesMatchServer adds a foreign key from a column of every type
// below to a key of every type below and requires that KeyTypes refuses
// exactly the pairs the server refuses with 42804, for the types it
// knows, and never refuses one the server accepts.
func TestKeyTypesMatchServer(t *testing.T) {
	u := newDB(t)
	types := []string{
		"smallint", "integer", "bigint", "numeric", "numeric(10,2)", "real", "double precision",
		"text", "varchar(10)", "character(5)", "date", "timestamp", "timestamp(3)", "timestamptz",
		"time", "timetz", "boolean", "uuid", "bytea", "jsonb", "json",
		"ea", "eb", "dint", "dvarchar", "integer[]", "interval", "inet",
	}
	setup := []string{
		"CREATE TYPE ea AS ENUM ('a', 'b')",
		"CREATE TYPE eb AS ENUM ('a', 'b')",
		"CREATE DOMAIN dint AS integer CHECK (VALUE > 0)",
		"CREATE DOMAIN dvarchar AS varchar(10)",
	}
	for i, typ := range types {
		setup = append(setup, fmt.Sprintf("CREATE TABLE c%d (k %s)", i, typ))
		if typ != "json" { // json has no btree operator class: no key
			setup = append(setup, fmt.Sprintf("CREATE TABLE p%d (k %s PRIMARY KEY)", i, typ))
		}
	}
	run(t, u, setup...)
	c := open(t, u, dialect.OpenOptions{})
	s, err := c.Inspect(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := &Dialect{}
	var named, refusals int
	for ci, ctyp := range types {
		for pi, ptyp := range types {
			if ptyp == "json" {
				continue
			}
			ct, pt := s.Table(fmt.Sprintf("c%d", ci)), s.Table(fmt.Sprintf("p%d", pi))
			why := d.KeyTypes(dialect.KeyColumn{Table: ct, Column: ct.Column("k")}, dialect.KeyColumn{Table: pt, Column: pt.Column("k")})
			_, err := db.Exec(fmt.Sprintf("ALTER TABLE c%d ADD FOREIGN KEY (k) REFERENCES p%d (k)", ci, pi))
			var pe *pgconn.PgError
			refused := errors.As(err, &pe) && pe.Code == "42804"
			if err != nil && !refused {
				t.Fatalf("child %s, parent %s: %v", ctyp, ptyp, err)
			}
			known := keyBase(ct.Column("k").Type) != "" && keyBase(pt.Column("k").Type) != ""
			if why != "" {
				named++
			}
			if refused {
				refusals++
			}
			switch {
			case why != "" && !refused:
				t.Errorf("child %s, parent %s: the server accepts the key, KeyTypes refuses it: %s", ctyp, ptyp, why)
			case known && refused && why == "":
				t.Errorf("child %s, parent %s: the server refuses the key (%v), KeyTypes accepts it", ctyp, ptyp, err)
			}
		}
	}
	t.Logf("%d pairs refused by the server, %d of them named by KeyTypes", refusals, named)
	if named == 0 || named == refusals {
		t.Errorf("KeyTypes named %d of %d refusals: the types of unknown kinds (arrays, interval, inet) should be refused unnamed", named, refusals)
	}
}
