package plan

import (
	"strings"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/probe"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// unliftDroppedKeys takes out of a column change's orphan check the other
// tables' foreign keys that the plan drops, alters or drops the table of.
// On MySQL a retype counts the orphans of every key that references the
// column, because the renderer lifts such a key around the MODIFY and adds
// it back, which checks every row (MariaDB error 1833 forbids retyping a
// referenced column). The renderer leaves a key the plan itself drops or
// alters to that change (liftForeignKeys), so nothing adds it back and
// its rows are never checked: counting them, or answering not_checkable
// for their parent's values after the plan, kept back a retype that runs.
// A check that was only about such keys goes: the change depends on no
// data.
func unliftDroppedKeys(actual *schema.Schema, fs []*risk.Finding) {
	gone := map[string]bool{}
	add := func(t *schema.Table, fk *schema.ForeignKey) {
		gone[fkID(t.Schema, t.Name, fk.Columns, fk.RefSchema, fk.RefTable, fk.RefColumns)] = true
	}
	for _, f := range fs {
		switch c := f.Change.(type) {
		case diff.DropForeignKey:
			add(c.Table, c.FK)
		case diff.AlterForeignKey:
			add(c.Table, c.From)
		case diff.DropTable:
			for _, fk := range c.Table.ForeignKeys {
				add(c.Table, fk)
			}
		}
	}
	if len(gone) == 0 {
		return
	}
	for _, f := range fs {
		m, ok := f.Change.(diff.ModifyColumn)
		ch := f.Check
		if !ok || ch == nil || ch.Kind != probe.Orphans {
			continue
		}
		dropped := func(fk probe.ForeignKey) bool {
			table := fk.Table
			if table == "" {
				table = ch.Table
			}
			// Only another table's key is lifted: the changed table's own
			// keys are those the desired table keeps (risk's keptFKs).
			return table != m.Table.Name && gone[fkID(ch.Schema, table, fk.Columns, fk.RefSchema, fk.RefTable, fk.RefColumns)]
		}
		var more []probe.ForeignKey
		for _, fk := range ch.MoreFKs {
			if !dropped(fk) {
				more = append(more, fk)
			}
		}
		ch.MoreFKs = more
		own := probe.ForeignKey{Columns: ch.Columns, RefSchema: ch.RefSchema, RefTable: ch.RefTable, RefColumns: ch.RefColumns}
		if ch.Table == m.Table.Name || ch.Column != "" || !dropped(own) {
			continue
		}
		// The check scans a child table for its own key, which goes: the
		// next key left takes its place, or there is nothing to count.
		if len(more) == 0 {
			f.Check, f.Result = nil, probe.Result{}
			continue
		}
		next := more[0]
		if next.Table != "" && next.Table != ch.Table {
			// The others' Table says where they are, the check's own
			// table changes: name it on each.
			for i := range more[1:] {
				if more[1+i].Table == "" {
					more[1+i].Table = ch.Table
				}
			}
			ch.Table = next.Table
			ch.Key = risk.SampleKey(actual, ch.Schema, ch.Table)
		}
		ch.Columns, ch.RefSchema, ch.RefTable, ch.RefColumns, ch.MatchFull = next.Columns, next.RefSchema, next.RefTable, next.RefColumns, next.MatchFull
		ch.MoreFKs = more[1:]
		for i := range ch.MoreFKs {
			if ch.MoreFKs[i].Table == ch.Table {
				ch.MoreFKs[i].Table = ""
			}
		}
	}
}

func fkID(ns, table string, cols []string, refSchema, refTable string, refCols []string) string {
	if refSchema == "" {
		refSchema = ns
	}
	return strings.ToLower(ns + "." + table + "(" + strings.Join(cols, ",") + ")->" + refSchema + "." + refTable + "(" + strings.Join(refCols, ",") + ")")
}
