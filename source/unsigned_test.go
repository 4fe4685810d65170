package source

import (
	"testing"

	"github.com/schemaguard/schemaguard/schema"
)

// wideningDialect has no unsigned integers, like PostgreSQL.
type wideningDialect struct{ fakeDialect }

func (wideningDialect) WidenUnsigned(k schema.Kind) (schema.Kind, string) {
	if k == schema.KindInt {
		return schema.KindBigInt, "4294967295"
	}
	return k, "9223372036854775807"
}

func TestUnsignedWidensWhereTheDialectHasNone(t *testing.T) {
	t.Parallel()
	files := map[string]string{"stock.yaml": "doctype: Stock\nfields:\n  - name: qty\n    type: int\n    unsigned: true\n  - name: n\n    type: int\n"}
	s, err := LoadDocTypesFS(mapFS(files), ".", wideningDialect{})
	if err != nil {
		t.Fatal(err)
	}
	tb := s.Table("stock")
	qty := tb.Column("qty")
	if qty.Type.Kind != schema.KindBigInt || qty.Type.Unsigned {
		t.Errorf("qty type = %+v, want a signed bigint", qty.Type)
	}
	if n := tb.Column("n"); n.Type.Kind != schema.KindInt {
		t.Errorf("a field without unsigned changed: %+v", n.Type)
	}
	found := false
	for _, c := range tb.Checks {
		if c.Name == "stock_qty_unsigned" && c.Expr == "qty >= 0 AND qty <= 4294967295" {
			found = true
		}
	}
	if !found {
		t.Errorf("no unsigned range check in %+v", tb.Checks)
	}
	// A dialect with unsigned integers keeps the flag and adds no check.
	s, err = LoadDocTypesFS(mapFS(files), ".", fakeDialect{})
	if err != nil {
		t.Fatal(err)
	}
	if c := s.Table("stock").Column("qty"); !c.Type.Unsigned || c.Type.Kind != schema.KindInt || len(s.Table("stock").Checks) != 0 {
		t.Errorf("fake dialect: qty %+v, checks %+v", c.Type, s.Table("stock").Checks)
	}
}
