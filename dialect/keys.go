package dialect

import (
	"strings"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// ParentLookup finds the parent table of foreign key fk of child as the
// plan leaves it: in target (the live schema with the plan applied), or,
// for a table the plan does not know (an ignored one, or one outside the
// inspected schemas), in the engine's catalog, with at least the columns
// the key references. It returns nil when there is no such table.
type ParentLookup func(target *schema.Schema, child *schema.Table, fk *schema.ForeignKey) (*schema.Table, error)

// RefusedKeys asks kt about every column pair of each foreign key the plan
// adds (or drops and adds back), each column as the plan leaves it, and
// returns, by assessment index, the engine's reasons for the keys it
// refuses whatever the rows. The desired state was created by the server,
// so a refused pair comes from a parent it did not create with the key.
// A dialect's Assess marks those assessments Refused.
func RefusedKeys(target *schema.Schema, as []Assessment, kt KeyTypeChecker, parent ParentLookup) (map[int]string, error) {
	out := map[int]string{}
	for i := range as {
		var t *schema.Table
		var fk *schema.ForeignKey
		switch ch := as[i].Change.(type) {
		case diff.AddForeignKey:
			t, fk = ch.Table, ch.FK
		case diff.AlterForeignKey:
			t, fk = ch.Table, ch.To
		default:
			continue
		}
		if tt := target.TableIn(t.Schema, t.Name); tt != nil {
			t = tt
		}
		p, err := parent(target, t, fk)
		if err != nil {
			return nil, err
		}
		var reasons []string
		for j, name := range fk.Columns {
			if j >= len(fk.RefColumns) {
				break
			}
			child := KeyColumn{Table: t, Column: t.Column(name)}
			ref := KeyColumn{Table: p}
			if p != nil {
				ref.Column = p.Column(fk.RefColumns[j])
			}
			if why := kt.KeyTypes(child, ref); why != "" {
				reasons = append(reasons, why)
			}
		}
		if len(reasons) > 0 {
			out[i] = strings.Join(reasons, "; ")
		}
	}
	return out, nil
}
