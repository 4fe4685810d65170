package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/schema"
)

// TestPlainDigitsIsExact holds the text-to-integer shortcut (plainDigits)
// to the server: for values around its edges, the probe must count exactly
// the values whose cast fails, overflows or would round, for each target
// integer type.
func TestPlainDigitsIsExact(t *testing.T) {
	t.Parallel()
	u := newDB(t)
	values := []string{"", "0", "7", "007", "32767", "32768", "99999", "999999999", "2147483647", "2147483648",
		"9999999999", "922337203685477580", "9223372036854775807", "9223372036854775808", "00000000000000000001",
		" 5", "5 ", "+5", "-5", "-0", "12.5", "12.0", "1e3", "abc", "٣", "1\u200d", "0x10", " ", "1 2"}
	run(t, u, `CREATE TABLE v (id int PRIMARY KEY, s text, c varchar(40))`)
	db, err := sql.Open("pgx", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, v := range values {
		if _, err := db.Exec(`INSERT INTO v VALUES ($1, $2, $3)`, i, v, v); err != nil {
			t.Fatal(err)
		}
	}
	c := open(t, u, dialect.OpenOptions{})
	text := schema.Type{Kind: schema.KindText, Raw: "text"}
	vc := schema.Type{Kind: schema.KindString, Raw: "character varying(40)", Length: 40}
	for _, target := range []schema.Type{
		{Kind: schema.KindSmallInt, Raw: "smallint"},
		{Kind: schema.KindInt, Raw: "integer"},
		{Kind: schema.KindBigInt, Raw: "bigint"},
	} {
		// What the migration would do to each value, asked one value at a time.
		var want int64
		for _, v := range values {
			var ok bool
			err := db.QueryRow(fmt.Sprintf(`SELECT $1::text::%s::numeric = round($1::text::numeric, 0)`, target.Raw), v).Scan(&ok)
			if err != nil || !ok {
				want++
			}
		}
		for _, from := range []struct {
			col string
			typ schema.Type
		}{{"s", text}, {"c", vc}} {
			ch := probe.Check{Kind: probe.Fit, Table: "v", Column: from.col, From: from.typ, To: target, Conds: probe.FitConds(from.typ, target), Key: []string{"id"}}
			if plainDigits(quoteIdent(from.col), ch) == "" {
				t.Fatalf("%s to %s: the shortcut does not apply; the test proves nothing", from.typ.Raw, target.Raw)
			}
			res, err := c.Probe(context.Background(), []probe.Check{ch}, probe.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res[0].Status != probe.Exact || res[0].Affected != want {
				t.Errorf("%s to %s: probe counts %d (%s), the casts fail or round on %d", from.typ.Raw, target.Raw, res[0].Affected, res[0].Status, want)
			}
		}
	}
}
