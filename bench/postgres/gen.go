package postgres

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing/fstest"
)

// DocName is the name of the i-th generated DocType; its table is t_NNNN.
func DocName(i int) string { return fmt.Sprintf("T%04d", i) }

// DocTypes writes a folder of n DocType files that look like an
// application's: 10 to 16 fields of mixed types with defaults, a select
// with its check, a link to an earlier DocType and one to the first
// (foreign keys with indexes), an indexed code and a composite index.
//
// With drift, the same folder as a live database that has drifted from
// it would be described: every 10th table's code is longer, every 15th
// lacks the select's default, every 20th lacks the composite index and
// every 25th a column, so that the desired folder (drift=false) yields a
// few hundred changes at 2,000 tables: shrinks, added columns, indexes,
// defaults. The same n and drift give the same files.
func DocTypes(n int, drift bool) fstest.MapFS {
	fs := fstest.MapFS{}
	for i := range n {
		r := rand.New(rand.NewPCG(uint64(i), 0xbe7c))
		var b strings.Builder
		fmt.Fprintf(&b, "doctype: %s\ntable: t_%04d\nfields:\n", DocName(i), i)
		codeLen := 40
		if drift && i%10 == 0 {
			codeLen = 60
		}
		fmt.Fprintf(&b, `  - name: name
    type: string
    max_length: 80
    required: true
  - name: code
    type: string
    max_length: %d
    index: true
  - name: qty
    type: int
    default: 0
  - name: amount
    type: decimal
    precision: 12
    scale: 2
    default: 0
  - name: active
    type: bool
    default: true
  - name: created_at
    type: datetime
    required: true
    default: {expr: CURRENT_TIMESTAMP}
  - name: status
    type: select
    options: [draft, open, done, cancelled]
`, codeLen)
		if !(drift && i%15 == 0) {
			b.WriteString("    default: draft\n")
		}
		if !(drift && i%25 == 0) {
			b.WriteString("  - name: note\n    type: text\n")
		}
		if i > 0 {
			fmt.Fprintf(&b, "  - name: parent\n    type: link\n    to: %s\n    on_delete: cascade\n", DocName(r.IntN(i)))
			fmt.Fprintf(&b, "  - name: owner\n    type: link\n    to: %s\n", DocName(0))
		}
		extra := []string{"bigint", "double", "text", "uuid", "json", "date", "time", "bytes"}
		for k := range r.IntN(6) {
			fmt.Fprintf(&b, "  - name: x%d\n    type: %s\n", k, extra[r.IntN(len(extra))])
		}
		if r.IntN(3) == 0 {
			b.WriteString("  - name: email\n    type: string\n    max_length: 200\n    unique: true\n")
		}
		if !(drift && i%20 == 0) {
			b.WriteString("indexes:\n  - fields: [status, created_at]\n")
		}
		fs[fmt.Sprintf("t_%04d.yaml", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	return fs
}
