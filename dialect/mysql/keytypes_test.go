package mysql

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	mysqldrv "github.com/go-sql-driver/mysql"

	"github.com/schemaguard/schemaguard/dialect"
)

// TestKeyTypesMatchServer adds a foreign key from a column of every type
// below to a key of every type below and requires that KeyTypes refuses
// only pairs the server refuses (errno 150), and every refused pair of
// two types it grades.
func TestKeyTypesMatchServer(t *testing.T) {
	types := []string{
		"TINYINT", "TINYINT UNSIGNED", "TINYINT(1)", "SMALLINT", "MEDIUMINT", "INT", "INT UNSIGNED", "BIGINT", "BIGINT UNSIGNED",
		"FLOAT", "DOUBLE", "DECIMAL(10,2)", "DECIMAL(12,0)", "DATE", "DATETIME", "DATETIME(3)", "TIMESTAMP", "TIME", "YEAR",
		"CHAR(5)", "VARCHAR(10)", "VARCHAR(20) COLLATE utf8mb4_bin", "VARCHAR(10) CHARACTER SET latin1", "VARCHAR(10) CHARACTER SET utf8mb3",
		"BINARY(8)", "VARBINARY(10)", "ENUM('a','b')", "BIT(8)",
	}
	var setup []string
	for i, typ := range types {
		null := " NULL"
		if strings.HasPrefix(typ, "TIMESTAMP") {
			null = " NULL DEFAULT NULL"
		}
		setup = append(setup,
			fmt.Sprintf("CREATE TABLE c%d (k %s%s) ENGINE=InnoDB", i, typ, null),
			fmt.Sprintf("CREATE TABLE p%d (k %s NOT NULL PRIMARY KEY) ENGINE=InnoDB", i, typ))
	}
	db := newTestDB(t, strings.Join(setup, ";\n"))
	s := db.inspect(t)
	d := &Dialect{}
	var named, refusals int
	for ci, ctyp := range types {
		for pi, ptyp := range types {
			ct, pt := s.Table(fmt.Sprintf("c%d", ci)), s.Table(fmt.Sprintf("p%d", pi))
			child, parent := dialect.KeyColumn{Table: ct, Column: ct.Column("k")}, dialect.KeyColumn{Table: pt, Column: pt.Column("k")}
			why := d.KeyTypes(child, parent)
			_, err := db.raw.ExecContext(context.Background(), fmt.Sprintf("ALTER TABLE c%d ADD CONSTRAINT f%d_%d FOREIGN KEY (k) REFERENCES p%d (k)", ci, ci, pi, pi))
			var me *mysqldrv.MySQLError
			refused := errors.As(err, &me) && (me.Number == 1005 || me.Number == 150 || me.Number == 3780)
			if err != nil && !refused {
				t.Fatalf("child %s, parent %s: %v", ctyp, ptyp, err)
			}
			if refused {
				refusals++
			}
			if why != "" {
				named++
			}
			known := keyClass(child) != "" && keyClass(parent) != ""
			switch {
			case why != "" && !refused:
				t.Errorf("child %s, parent %s: the server accepts the key, KeyTypes refuses it: %s", ctyp, ptyp, why)
			case known && refused && why == "":
				t.Errorf("child %s, parent %s: the server refuses the key (%v), KeyTypes accepts it", ctyp, ptyp, err)
			}
		}
	}
	t.Logf("%d pairs refused by the server, %d of them named by KeyTypes", refusals, named)
	if named == 0 {
		t.Error("KeyTypes named no refusal")
	}
}
