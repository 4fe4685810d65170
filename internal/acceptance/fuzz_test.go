package acceptance

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/plan"
	"github.com/schemaguard/schemaguard/risk"
)

// TestConvergence is a randomized convergence check. Each case is a random
// "before" schema of a few tables with random rows (NULLs, duplicates, long
// strings, boundary numbers, orphans written with the engine's checks off)
// and a random "desired" edit of it. On every engine the case is planned,
// synced with --force and planned again, and these invariants are checked:
//
//   - no SAFE finding has affected rows;
//   - sync --force does not fail, least of all on a change whose probe
//     counted 0 rows, and a failed apply reports what it applied;
//   - after sync only the changes sync keeps back remain (keptSet).
//
// A short fixed list of seeds runs by default. SCHEMAGUARD_FUZZ_ROUNDS=n
// adds n random seeds (starting at SCHEMAGUARD_FUZZ_SEED, if set), and
// SCHEMAGUARD_FUZZ_OUT=dir keeps every case there as a scenario folder, so
// a failing one can be minimized into testdata.
func TestConvergence(t *testing.T) {
	seeds := []uint64{1, 2, 3, 4, 5, 6}
	if n, _ := strconv.Atoi(os.Getenv("SCHEMAGUARD_FUZZ_ROUNDS")); n > 0 {
		base, err := strconv.ParseUint(os.Getenv("SCHEMAGUARD_FUZZ_SEED"), 10, 64)
		if err != nil {
			base = rand.Uint64() % 1_000_000
		}
		t.Logf("random seeds %d..%d", base, base+uint64(n)-1)
		seeds = nil
		for i := range n {
			seeds = append(seeds, base+uint64(i))
		}
	}
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			for _, seed := range seeds {
				t.Run(strconv.FormatUint(seed, 10), func(t *testing.T) {
					t.Parallel()
					runFuzzCase(t, tg, newFuzzCase(seed))
				})
			}
		})
	}
}

// fuzzType is a column type, spelled per dialect by sql.
type fuzzType struct {
	kind string // int bigint varchar text decimal bool date timestamp
	n, s int    // varchar length; decimal precision and scale
}

var fuzzKinds = []string{"int", "bigint", "varchar", "text", "decimal", "bool", "date", "timestamp"}

func (ft fuzzType) sql(d string) string {
	switch ft.kind {
	case "int":
		return "INTEGER"
	case "bigint":
		return "BIGINT"
	case "varchar":
		return fmt.Sprintf("VARCHAR(%d)", ft.n)
	case "text":
		return "TEXT"
	case "decimal":
		return fmt.Sprintf("DECIMAL(%d,%d)", ft.n, ft.s)
	case "bool":
		return "BOOLEAN"
	case "date":
		return "DATE"
	default:
		if d == "mysql" {
			return "DATETIME"
		}
		return "TIMESTAMP"
	}
}

type fuzzColumn struct {
	name    string
	prev    string // declared previous name (rename)
	typ     fuzzType
	notNull bool
	def     string // literal, "" for none
	unique  string // unique index name, "" for none
	check   string // "" or a condition over the column, with % for its name
}

type fuzzTable struct {
	name string
	cols []*fuzzColumn
	fk   string // column referencing t0 (id), "" for none
	next int
}

type fuzzSchema []*fuzzTable

func (s fuzzSchema) clone() fuzzSchema {
	var out fuzzSchema
	for _, t := range s {
		c := *t
		c.cols = nil
		for _, col := range t.cols {
			cc := *col
			cc.prev = ""
			c.cols = append(c.cols, &cc)
		}
		out = append(out, &c)
	}
	return out
}

func (t *fuzzTable) col(name string) *fuzzColumn {
	for _, c := range t.cols {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (s fuzzSchema) sql(d string) string {
	var b strings.Builder
	for _, t := range s {
		lines := []string{"id INTEGER PRIMARY KEY"}
		comments := []string{""}
		for _, c := range t.cols {
			line := c.name + " " + c.typ.sql(d)
			if c.notNull {
				line += " NOT NULL"
			}
			if c.def != "" {
				line += " DEFAULT " + c.def
			}
			lines = append(lines, line)
			comment := ""
			if c.prev != "" {
				comment = " -- previously: " + c.prev
			}
			comments = append(comments, comment)
		}
		for _, c := range t.cols {
			if c.check != "" {
				lines = append(lines, "CHECK ("+strings.ReplaceAll(c.check, "%", c.name)+")")
				comments = append(comments, "")
			}
		}
		if t.fk != "" {
			lines = append(lines, "FOREIGN KEY ("+t.fk+") REFERENCES t0 (id)")
			comments = append(comments, "")
		}
		fmt.Fprintf(&b, "CREATE TABLE %s (\n", t.name)
		for i, line := range lines {
			sep := ","
			if i == len(lines)-1 {
				sep = ""
			}
			fmt.Fprintf(&b, "  %s%s%s\n", line, sep, comments[i])
		}
		b.WriteString(");\n")
		for _, c := range t.cols {
			if c.unique != "" {
				fmt.Fprintf(&b, "CREATE UNIQUE INDEX %s ON %s (%s);\n", c.unique, t.name, c.name)
			}
		}
	}
	return b.String()
}

// fuzzCase is one generated case: before, rows and desired, per dialect.
type fuzzCase struct {
	seed            uint64
	before, desired fuzzSchema
	rows            map[string][]map[string]fuzzValue // table -> rows
	orphans         bool
}

// fuzzValue is a literal: num (as written), str, bool, or NULL.
type fuzzValue struct {
	null bool
	kind string // num str bool
	text string
}

func (v fuzzValue) sql() string {
	switch {
	case v.null:
		return "NULL"
	case v.kind == "str":
		return "'" + strings.ReplaceAll(v.text, "'", "''") + "'"
	default:
		return v.text
	}
}

func randType(r *rand.Rand) fuzzType {
	k := fuzzKinds[r.IntN(len(fuzzKinds))]
	switch k {
	case "varchar":
		return fuzzType{kind: k, n: []int{1, 3, 5, 10, 40, 255}[r.IntN(6)]}
	case "decimal":
		p := 2 + r.IntN(9)
		return fuzzType{kind: k, n: p, s: r.IntN(min(p, 4))}
	}
	return fuzzType{kind: k}
}

func randValue(r *rand.Rand, ft fuzzType) fuzzValue {
	num := func(s string) fuzzValue { return fuzzValue{kind: "num", text: s} }
	str := func(s string) fuzzValue { return fuzzValue{kind: "str", text: s} }
	switch ft.kind {
	case "int":
		return num(strconv.Itoa([]int{0, 1, -1, 7, 42, 99999, 2147483647, -2147483648, r.IntN(1000)}[r.IntN(9)]))
	case "bigint":
		return num([]string{"0", "1", "-5", "3000000000", "-9000000000000000000", "9223372036854775807", "2147483647", strconv.Itoa(r.IntN(100000))}[r.IntN(8)])
	case "decimal":
		ip := ft.n - ft.s
		digits := func(n int) string {
			var b strings.Builder
			for i := range n {
				c := byte('0' + r.IntN(10))
				if i == 0 && n > 1 && c == '0' {
					c = '9'
				}
				b.WriteByte(c)
			}
			return b.String()
		}
		s := "0"
		if ip > 0 {
			s = digits(1 + r.IntN(ip))
		}
		if ft.s > 0 {
			s += "." + digits(1+r.IntN(ft.s))
		}
		if r.IntN(3) == 0 {
			s = "-" + s
		}
		return num(s)
	case "bool":
		return num([]string{"TRUE", "FALSE"}[r.IntN(2)])
	case "date":
		return str([]string{"2024-02-29", "1999-12-31", "2000-01-01", "2023-06-15"}[r.IntN(4)])
	case "timestamp":
		return str([]string{"2024-02-29 13:45:00", "2000-01-01 00:00:00", "2023-06-15 23:59:59"}[r.IntN(3)])
	}
	max := 300
	if ft.kind == "varchar" {
		max = ft.n
	}
	pool := []string{"", "a", "abc", "12", "-3", "1.5", "2024-01-02", "2024-01-02 03:04:05", "true", "0", "x y", "O'Brien", "héllo", strings.Repeat("z", 250)}
	s := pool[r.IntN(len(pool))]
	if r.IntN(4) == 0 {
		s = strings.Repeat(string(rune('a'+r.IntN(26))), 1+r.IntN(max))
	}
	if len([]rune(s)) > max {
		s = string([]rune(s)[:max])
	}
	return str(s)
}

func newFuzzCase(seed uint64) *fuzzCase {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	c := &fuzzCase{seed: seed, rows: map[string][]map[string]fuzzValue{}}
	ntables := 2 + r.IntN(3)
	for i := range ntables {
		t := &fuzzTable{name: fmt.Sprintf("t%d", i)}
		ncols := 1 + r.IntN(4)
		for range ncols {
			t.next++
			col := &fuzzColumn{name: fmt.Sprintf("c%d", t.next), typ: randType(r), notNull: r.IntN(3) == 0}
			if r.IntN(3) == 0 {
				col.def = randValue(r, col.typ).sql()
			}
			t.cols = append(t.cols, col)
		}
		if i > 0 && r.IntN(2) == 0 {
			t.next++
			t.fk = fmt.Sprintf("c%d", t.next)
			t.cols = append(t.cols, &fuzzColumn{name: t.fk, typ: fuzzType{kind: "int"}})
		}
		if r.IntN(2) == 0 {
			col := t.cols[r.IntN(len(t.cols))]
			if col.typ.kind != "text" && col.name != t.fk {
				col.unique = fmt.Sprintf("%s_%s_key", t.name, col.name)
			}
		}
		c.before = append(c.before, t)
	}

	// Rows: a unique column gets distinct values, others may repeat.
	for ti, t := range c.before {
		n := r.IntN(6)
		if ti == 0 {
			n = 1 + r.IntN(4)
		}
		seen := map[string]map[string]bool{}
		for i := range n {
			row := map[string]fuzzValue{"id": {kind: "num", text: strconv.Itoa(i + 1)}}
			for _, col := range t.cols {
				var v fuzzValue
				switch {
				case col.name == t.fk:
					// Up to two past t0's last id: orphans.
					v = fuzzValue{kind: "num", text: strconv.Itoa(1 + r.IntN(len(c.rows["t0"])+2))}
					if r.IntN(4) == 0 {
						v = fuzzValue{null: true}
					}
				case !col.notNull && r.IntN(4) == 0:
					v = fuzzValue{null: true}
				case i > 0 && r.IntN(3) == 0:
					v = c.rows[t.name][r.IntN(i)][col.name]
					if v.null && col.notNull {
						v = randValue(r, col.typ)
					}
				default:
					v = randValue(r, col.typ)
				}
				if col.unique != "" && !v.null {
					if seen[col.name] == nil {
						seen[col.name] = map[string]bool{}
					}
					if seen[col.name][v.text] || col.typ.kind == "bool" && len(seen[col.name]) > 0 {
						v = fuzzValue{null: true}
						if col.notNull {
							col.unique = ""
							v = randValue(r, col.typ)
						}
					}
					seen[col.name][v.text] = true
				}
				row[col.name] = v
			}
			c.rows[t.name] = append(c.rows[t.name], row)
		}
	}
	for _, t := range c.before {
		if t.fk == "" {
			continue
		}
		for _, row := range c.rows[t.name] {
			if v := row[t.fk]; !v.null {
				if n, _ := strconv.Atoi(v.text); n > len(c.rows["t0"]) {
					c.orphans = true
				}
			}
		}
	}

	c.desired = c.before.clone()
	for range 1 + r.IntN(3) {
		c.edit(r)
	}
	return c
}

// edit makes one random change to the desired schema.
func (c *fuzzCase) edit(r *rand.Rand) {
	t := c.desired[r.IntN(len(c.desired))]
	var col *fuzzColumn
	if len(t.cols) > 0 {
		col = t.cols[r.IntN(len(t.cols))]
	}
	isFK := col != nil && col.name == t.fk
	switch op := r.IntN(11); {
	case op == 0 && col != nil && col.typ.kind == "varchar":
		col.typ.n = []int{1, 2, 3, 5, 10, 40, 255}[r.IntN(7)]
	case op <= 1 && col != nil && !isFK:
		col.typ = randType(r)
		if col.def != "" {
			col.def = randValue(r, col.typ).sql()
		}
		if col.unique != "" && col.typ.kind == "text" {
			col.unique = ""
		}
		if col.check != "" {
			col.check = ""
		}
	case op == 2 && col != nil:
		col.notNull = !col.notNull
	case op == 3:
		t.next++
		n := &fuzzColumn{name: fmt.Sprintf("c%d", t.next), typ: randType(r), notNull: r.IntN(2) == 0}
		if r.IntN(2) == 0 {
			n.def = randValue(r, n.typ).sql()
		}
		t.cols = append(t.cols, n)
	case op == 4 && col != nil && !isFK:
		t.cols = slices.DeleteFunc(t.cols, func(x *fuzzColumn) bool { return x == col })
	case op == 5 && col != nil && col.typ.kind != "text" && col.unique == "" && !isFK:
		col.unique = fmt.Sprintf("%s_%s_uq", t.name, col.name)
	case op == 6 && col != nil && col.unique != "":
		col.unique = ""
	case op == 7 && t.name != "t0" && t.fk == "":
		for _, x := range t.cols {
			if x.typ.kind == "int" {
				t.fk = x.name
				return
			}
		}
	case op == 8 && col != nil && col.check == "" && !isFK:
		switch col.typ.kind {
		case "int", "bigint", "decimal":
			col.check = "% >= 0"
		case "varchar", "text":
			col.check = "% <> ''"
		}
	case op == 9 && col != nil && col.prev == "" && !isFK:
		t.next++
		col.prev, col.name = col.name, fmt.Sprintf("r%d", t.next)
	case op == 10 && col != nil:
		if col.def != "" && r.IntN(2) == 0 {
			col.def = ""
		} else {
			col.def = randValue(r, col.typ).sql()
		}
	}
}

func (c *fuzzCase) dataSQL(d string) string {
	var b strings.Builder
	if c.orphans {
		switch d {
		case "postgres":
			b.WriteString("SET session_replication_role = replica;\n")
		case "mysql":
			b.WriteString("SET FOREIGN_KEY_CHECKS = 0;\n")
		}
	}
	for _, t := range c.before {
		for _, row := range c.rows[t.name] {
			names := []string{"id"}
			vals := []string{row["id"].sql()}
			for _, col := range t.cols {
				names = append(names, col.name)
				vals = append(vals, row[col.name].sql())
			}
			fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES (%s);\n", t.name, strings.Join(names, ", "), strings.Join(vals, ", "))
		}
	}
	if c.orphans {
		switch d {
		case "postgres":
			b.WriteString("SET session_replication_role = DEFAULT;\n")
		case "mysql":
			b.WriteString("SET FOREIGN_KEY_CHECKS = 1;\n")
		}
	}
	return b.String()
}

// write saves the case as a scenario folder (without expectations).
func (c *fuzzCase) write(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"sqlite", "postgres", "mysql"} {
		for name, text := range map[string]string{"before": c.before.sql(d), "data": c.dataSQL(d), "desired": c.desired.sql(d)} {
			if err := os.WriteFile(filepath.Join(dir, name+"."+d+".sql"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func runFuzzCase(t *testing.T, tg target, c *fuzzCase) {
	ctx := context.Background()
	dir := t.TempDir()
	if out := os.Getenv("SCHEMAGUARD_FUZZ_OUT"); out != "" {
		dir = filepath.Join(out, fmt.Sprintf("seed%d", c.seed))
	}
	c.write(t, dir)
	s := scenario{name: fmt.Sprintf("seed%d", c.seed), dir: dir}
	failed := true
	defer func() {
		if failed || t.Failed() {
			t.Logf("case %s:\n-- before\n%s-- data\n%s-- desired\n%s", dir, c.before.sql(tg.name), c.dataSQL(tg.name), c.desired.sql(tg.name))
		}
	}()

	db := tg.fresh(t)
	db.exec(t, "before", c.before.sql(tg.name))
	// One connection: the engines' switches for orphans are per session.
	conn0, err := db.raw.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range strings.Split(strings.TrimSpace(c.dataSQL(tg.name)), ";\n") {
		if _, err := conn0.ExecContext(ctx, strings.TrimSuffix(st, ";")); err != nil {
			t.Fatalf("data: %v\n%s", err, st)
		}
	}
	conn0.Close()
	conn := db.connect(t)
	desired := loadDesired(t, ctx, conn, s)

	p, err := plan.Build(ctx, conn, desired, plan.Options{})
	if err != nil {
		t.Fatalf("plan: %v", err)
	}
	for _, f := range p.Findings {
		if f.Risk == risk.Safe && f.Result.Status.Counted() && f.Result.Affected > 0 {
			t.Errorf("invariant: SAFE %s %s has %d affected rows", f.Code, f.Object, f.Result.Affected)
		}
	}

	sp, res, err := plan.Sync(ctx, conn, desired, plan.SyncOptions{Force: true})
	if err != nil {
		var ae *dialect.ApplyError
		if !errors.As(err, &ae) {
			t.Fatalf("sync --force: %v", err)
		}
		owner := "no finding"
		for _, f := range sp.Findings {
			if slices.Contains(f.Statements, ae.Failed.SQL) {
				owner = fmt.Sprintf("%s %s %s (%s, affected %d)", f.Risk, f.Code, f.Object, f.Result.Status, f.Result.Affected)
			}
		}
		t.Fatalf("invariant: sync --force failed on %s: %v", owner, err)
	}
	if res == nil {
		t.Fatal("sync returned no result")
	}
	keptBefore := keptSet(sp.Findings)
	kept := 0
	for _, f := range sp.Findings {
		if keptBefore[f] {
			kept++
		}
	}

	after, err := plan.Build(ctx, conn, desired, plan.Options{})
	if err != nil {
		t.Fatalf("plan after sync: %v", err)
	}
	keptAfter := keptSet(after.Findings)
	for _, f := range after.Findings {
		if !keptAfter[f] {
			t.Errorf("invariant: after sync %s %s is %s (%s, affected %d); only kept-back changes may remain\n%v", f.Code, f.Object, f.Risk, f.Result.Status, f.Result.Affected, f.Statements)
		}
	}
	if len(after.Findings) > kept {
		t.Errorf("invariant: after sync %d changes remain, more than the %d kept back:\n%s", len(after.Findings), kept, marshal(summarize(after)))
	}
	failed = false
}
