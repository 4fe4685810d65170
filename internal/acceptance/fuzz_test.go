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
//   - after sync only the changes sync keeps back remain (keptSet);
//   - sync kept the data: every row of every table is still there, and
//     every column that survives holds the same values, compared in a
//     form that ignores representation (checkDataKept, canonical).
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
	kind string   // one of fuzzKinds
	n, s int      // varchar and char length; decimal precision and scale
	vals []string // sel and enum: the allowed values, in order
	enum string   // enum: the PostgreSQL type's name
	coll string   // varchar, char and text: "" (the default), "ci" or "bin"
	// fsp is the fraction digits of a timestamp or a time: "" for the
	// engine's default, else "0" to "6".
	fsp string
	// flavor is what the rows of a string column spell (fuzzFlavors): it
	// only steers randValue, so that a later retype to a number, a date, a
	// uuid or JSON meets text that is almost, but not quite, such a value.
	flavor string
	// pool is the few spellings of the flavor the column's rows draw from:
	// a column of a handful of rows that each convert is what a probe
	// counts 0 for, and what sync then applies.
	pool []string
}

// fuzzKinds are the column kinds. A sel is a DocType-style select list, a
// VARCHAR with CHECK (col IN (...)); an enum is a native enum type where the
// engine has one (PostgreSQL's CREATE TYPE, MySQL's ENUM) and a sel on SQLite.
var fuzzKinds = []string{"int", "bigint", "varchar", "text", "decimal", "bool", "date", "timestamp", "float", "uuid", "json", "sel", "enum",
	"char", "smallint", "real", "time"}

// fuzzFlavors are what the rows of a string column may spell: "" is any
// text, the others are values of one kind in the spellings users have
// (' 12', '+5', '1e3', '2024/01/02', upper-case UUIDs, invalid JSON...).
var fuzzFlavors = []string{"", "num", "date", "uuid", "json", "bool"}

func quoteList(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = fuzzValue{kind: "str", text: v}.sql()
	}
	return strings.Join(q, ", ")
}

func (ft fuzzType) sql(d string) string {
	switch ft.kind {
	case "int":
		return "INTEGER"
	case "bigint":
		return "BIGINT"
	case "varchar":
		return fmt.Sprintf("VARCHAR(%d)", ft.n) + ft.collate(d)
	case "char":
		return fmt.Sprintf("CHAR(%d)", ft.n) + ft.collate(d)
	case "smallint":
		return "SMALLINT"
	case "real":
		if d == "mysql" {
			return "FLOAT"
		}
		return "REAL"
	case "time":
		if ft.fsp != "" {
			return "TIME(" + ft.fsp + ")"
		}
		return "TIME"
	case "text":
		return "TEXT" + ft.collate(d)
	case "decimal":
		return fmt.Sprintf("DECIMAL(%d,%d)", ft.n, ft.s)
	case "bool":
		return "BOOLEAN"
	case "date":
		return "DATE"
	case "float":
		switch d {
		case "sqlite":
			return "REAL"
		case "mysql":
			return "DOUBLE"
		}
		return "DOUBLE PRECISION"
	case "uuid":
		if d == "sqlite" {
			return "CHAR(36)"
		}
		return "UUID"
	case "json":
		if d == "postgres" {
			return "JSONB"
		}
		return "JSON"
	case "sel":
		return "VARCHAR(20)"
	case "enum":
		switch d {
		case "postgres":
			return ft.enum
		case "mysql":
			return "ENUM(" + quoteList(ft.vals) + ")"
		}
		return "VARCHAR(20)"
	}
	p := ""
	if ft.fsp != "" {
		p = "(" + ft.fsp + ")"
	}
	if d == "mysql" {
		return "DATETIME" + p
	}
	return "TIMESTAMP" + p
}

// collate spells the column's collation: case-insensitive (on PostgreSQL a
// nondeterministic ICU collation every schema declares) or binary.
func (ft fuzzType) collate(d string) string {
	switch ft.coll {
	case "ci":
		return map[string]string{"sqlite": " COLLATE NOCASE", "postgres": " COLLATE ci", "mysql": " COLLATE utf8mb4_general_ci"}[d]
	case "bin":
		return map[string]string{"sqlite": " COLLATE BINARY", "postgres": ` COLLATE "C"`, "mysql": " COLLATE utf8mb4_bin"}[d]
	}
	return ""
}

// listCheck is the CHECK a select list (or an enum on SQLite) carries.
func (ft fuzzType) listCheck(d string) bool {
	return ft.kind == "sel" || ft.kind == "enum" && d == "sqlite"
}

// indexable reports whether every engine can put a plain unique index on
// the kind.
func (ft fuzzType) indexable() bool {
	return ft.kind != "text" && ft.kind != "json"
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

// fuzzFK is a foreign key to ref: to its id, or (composite) to a unique key
// of ref that ends with id.
type fuzzFK struct {
	cols, refCols []string
	ref           *fuzzTable
	onDelete      string
}

type fuzzUnique struct {
	name string
	cols []string // may include id
}

type fuzzTable struct {
	name    string
	prev    string // declared previous name (rename)
	cols    []*fuzzColumn
	fks     []*fuzzFK
	uniques []*fuzzUnique // multi-column unique keys
	next    int
}

type fuzzSchema []*fuzzTable

func (s fuzzSchema) clone() fuzzSchema {
	var out fuzzSchema
	m := map[*fuzzTable]*fuzzTable{}
	for _, t := range s {
		c := *t
		c.prev = ""
		c.cols = nil
		for _, col := range t.cols {
			cc := *col
			cc.prev = ""
			cc.typ.vals = slices.Clone(col.typ.vals)
			c.cols = append(c.cols, &cc)
		}
		c.uniques = nil
		for _, u := range t.uniques {
			c.uniques = append(c.uniques, &fuzzUnique{name: u.name, cols: slices.Clone(u.cols)})
		}
		m[t] = &c
		out = append(out, &c)
	}
	for _, t := range out {
		fks := t.fks
		t.fks = nil
		for _, fk := range fks {
			t.fks = append(t.fks, &fuzzFK{cols: slices.Clone(fk.cols), refCols: slices.Clone(fk.refCols), ref: m[fk.ref], onDelete: fk.onDelete})
		}
	}
	return out
}

// newColumn names the table's next column and gives it a random type,
// NOT NULL one time in notNullOdds and a default one time in defOdds.
func (t *fuzzTable) newColumn(r *rand.Rand, notNullOdds, defOdds int) *fuzzColumn {
	t.next++
	name := fmt.Sprintf("c%d", t.next)
	col := &fuzzColumn{name: name, typ: randType(r, "e_"+t.name+"_"+name), notNull: r.IntN(notNullOdds) == 0}
	if r.IntN(defOdds) == 0 {
		col.def = randValue(r, col.typ).sql()
	}
	return col
}

func (t *fuzzTable) col(name string) *fuzzColumn {
	for _, c := range t.cols {
		if c.name == name {
			return c
		}
	}
	return nil
}

// inFK reports whether the column is part of a foreign key, on either side.
func (s fuzzSchema) inFK(t *fuzzTable, name string) bool {
	for _, x := range s {
		for _, fk := range x.fks {
			if x == t && slices.Contains(fk.cols, name) || fk.ref == t && slices.Contains(fk.refCols, name) {
				return true
			}
		}
	}
	return false
}

func (s fuzzSchema) renameColumn(t *fuzzTable, from, to string) {
	rename := func(cols []string) {
		for i, c := range cols {
			if c == from {
				cols[i] = to
			}
		}
	}
	for _, u := range t.uniques {
		rename(u.cols)
	}
	for _, x := range s {
		for _, fk := range x.fks {
			if x == t {
				rename(fk.cols)
			}
			if fk.ref == t {
				rename(fk.refCols)
			}
		}
	}
}

func (s fuzzSchema) sql(d string) string {
	var b strings.Builder
	if d == "postgres" {
		b.WriteString("CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n")
		seen := map[string]bool{}
		for _, t := range s {
			for _, c := range t.cols {
				if c.typ.kind == "enum" && !seen[c.typ.enum] {
					seen[c.typ.enum] = true
					fmt.Fprintf(&b, "CREATE TYPE %s AS ENUM (%s);\n", c.typ.enum, quoteList(c.typ.vals))
				}
			}
		}
	}
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
			if c.typ.listCheck(d) {
				lines = append(lines, "CHECK ("+c.name+" IN ("+quoteList(c.typ.vals)+"))")
				comments = append(comments, "")
			}
			if c.check != "" {
				lines = append(lines, "CHECK ("+strings.ReplaceAll(c.check, "%", c.name)+")")
				comments = append(comments, "")
			}
		}
		for _, fk := range t.fks {
			line := "FOREIGN KEY (" + strings.Join(fk.cols, ", ") + ") REFERENCES " + fk.ref.name + " (" + strings.Join(fk.refCols, ", ") + ")"
			if fk.onDelete != "" {
				line += " ON DELETE " + fk.onDelete
			}
			lines = append(lines, line)
			comments = append(comments, "")
		}
		head := ""
		if t.prev != "" {
			head = " -- previously: " + t.prev
		}
		fmt.Fprintf(&b, "CREATE TABLE %s (%s\n", t.name, head)
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
		for _, u := range t.uniques {
			fmt.Fprintf(&b, "CREATE UNIQUE INDEX %s ON %s (%s);\n", u.name, t.name, strings.Join(u.cols, ", "))
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

// key is what a unique index compares: loose enough that no engine's
// collation (case- and accent-insensitive, PAD SPACE) sees two keys as one.
func (v fuzzValue) key(ft fuzzType) string {
	switch {
	case v.null:
		return "\x00null"
	case ft.kind == "float" || ft.kind == "real" || ft.kind == "decimal":
		// SQLite stores a DECIMAL's fraction as a REAL: -9999999999999999.55
		// and -9999999999999999.99 are one double there (seed 933432).
		f, _ := strconv.ParseFloat(v.text, 64)
		return strconv.FormatFloat(f+0, 'g', -1, 64)
	case ft.kind == "uuid":
		return strings.ToLower(strings.ReplaceAll(v.text, "-", ""))
	case ft.kind == "timestamp" || ft.kind == "time":
		// A column of fewer fraction digits cuts (MySQL) or rounds
		// (PostgreSQL) the fraction: 00:00:00.5 may be 00:00:00.
		s, _, _ := strings.Cut(v.text, ".")
		return s
	case v.kind == "str":
		s := strings.TrimRight(v.text, " ")
		if ft.coll != "bin" {
			s = strings.NewReplacer("é", "e", "É", "e").Replace(strings.ToLower(s))
		}
		return s
	}
	return v.text
}

var fuzzListValues = []string{"a", "b", "c", "draft", "open", "closed", "é"}

func randList(r *rand.Rand) []string {
	vals := slices.Clone(fuzzListValues)
	r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
	return vals[:1+r.IntN(4)]
}

// randType returns a random type; enum names a PostgreSQL enum type.
func randType(r *rand.Rand, enum string) fuzzType {
	if r.IntN(4) == 0 {
		// Text holding other kinds' values is what most retypes convert.
		return kindType(r, []string{"varchar", "text", "char"}[r.IntN(3)], enum)
	}
	return kindType(r, fuzzKinds[r.IntN(len(fuzzKinds))], enum)
}

// kindType returns a random type of kind k.
func kindType(r *rand.Rand, k, enum string) fuzzType {
	fsp := func() string { return []string{"", "", "0", "3", "6"}[r.IntN(5)] }
	str := func(ft fuzzType) fuzzType {
		ft.coll = []string{"", "", "ci", "bin"}[r.IntN(4)]
		ft.flavor = fuzzFlavors[r.IntN(len(fuzzFlavors))]
		if r.IntN(3) > 0 {
			all := flavorTexts[ft.flavor]
			for range 1 + r.IntN(3) {
				ft.pool = append(ft.pool, all[r.IntN(len(all))])
			}
		}
		return ft
	}
	switch k {
	case "varchar":
		return str(fuzzType{kind: k, n: []int{1, 3, 5, 10, 36, 40, 255}[r.IntN(7)]})
	case "char":
		return str(fuzzType{kind: k, n: []int{1, 3, 5, 10, 36}[r.IntN(5)]})
	case "text":
		return str(fuzzType{kind: k})
	case "decimal":
		p := 2 + r.IntN(17)
		return fuzzType{kind: k, n: p, s: r.IntN(min(p, 6))}
	case "sel":
		return fuzzType{kind: k, vals: randList(r)}
	case "enum":
		return fuzzType{kind: k, vals: randList(r), enum: enum}
	case "timestamp", "time":
		return fuzzType{kind: k, fsp: fsp()}
	}
	return fuzzType{kind: k}
}

// fuzzRelated are the retypes users make of a column of each kind: the
// conversions an edit aims at (op 19), beside any kind to any (op 1).
var fuzzRelated = map[string][]string{
	"int":       {"bigint", "smallint", "text", "varchar", "char", "bool", "decimal", "real", "float"},
	"bigint":    {"int", "smallint", "text", "varchar", "decimal", "float", "real"},
	"smallint":  {"int", "bigint", "text", "varchar", "bool", "decimal", "real"},
	"decimal":   {"decimal", "decimal", "int", "bigint", "text", "varchar", "float", "real"},
	"float":     {"real", "decimal", "int", "bigint", "text", "varchar"},
	"real":      {"float", "decimal", "int", "text", "varchar"},
	"bool":      {"int", "smallint", "text", "varchar", "char"},
	"date":      {"timestamp", "text", "varchar", "char", "time"},
	"timestamp": {"timestamp", "date", "time", "text", "varchar"},
	"time":      {"time", "timestamp", "text", "varchar"},
	"uuid":      {"text", "varchar", "char"},
	"json":      {"text", "varchar"},
	"sel":       {"enum", "varchar", "text"},
	"enum":      {"sel", "varchar", "text"},
}

// flavorKinds are the kinds text of a flavor is retyped to.
var flavorKinds = map[string][]string{
	// A free-text field becoming a select (a DocType Data field made a
	// Select) meets 'Open', 'open ' and 'é' against the list's 'open'
	// and 'é': an enum conversion that folds case or trims them changes
	// the value.
	"":     {"varchar", "char", "text", "int", "date", "uuid", "json", "sel", "enum"},
	"num":  {"int", "bigint", "smallint", "decimal", "float", "real", "bool", "varchar", "char"},
	"date": {"date", "timestamp", "time", "varchar", "char"},
	"uuid": {"uuid", "varchar", "char"},
	"json": {"json", "varchar"},
	"bool": {"bool", "int", "smallint", "char"},
}

// relatedType returns a type a column of type ft is likely retyped to.
func relatedType(r *rand.Rand, ft fuzzType, enum string) fuzzType {
	kinds := fuzzRelated[ft.kind]
	if ft.kind == "varchar" || ft.kind == "char" || ft.kind == "text" {
		kinds = flavorKinds[ft.flavor]
	}
	nt := kindType(r, kinds[r.IntN(len(kinds))], enum)
	if nt.kind == "varchar" || nt.kind == "char" || nt.kind == "text" {
		nt.coll = ft.coll
		if r.IntN(3) == 0 {
			nt.coll = []string{"", "ci", "bin"}[r.IntN(3)]
		}
	}
	if (nt.kind == "sel" || nt.kind == "enum") && (ft.kind == "sel" || ft.kind == "enum") {
		nt.vals = slices.Clone(ft.vals)
	}
	return nt
}

// Spellings a string column holds, by flavor: values of a kind written
// the many ways users write them, some of which no engine converts.
var (
	numTexts = []string{"12", " 12", "12 ", "  -3  ", "+5", "007", "1e3", "1E-2", "12.0", "12.5", "-12.5", "0.5", "-0", "-0.0", "",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "32767", "32768", "-32769", "9007199254740993",
		"9223372036854775807", "9223372036854775808", "99999999999999999999", "1.00000000000000000001", "0x1A", "1,5", "1_000",
		"NaN", "Infinity", "-inf", "abc", ".5", "5.", "1e400", "\t7", "٣"}
	dateTexts = []string{"2024-01-02", "2024-1-2", "2024/01/02", "20240102", "02.01.2024", "Jan 2 2024", "2024-01-02T03:04:05",
		"2024-01-02 03:04:05", "2024-01-02 03:04:05.123456", "2024-01-02 03:04:05.5", "2024-01-02 03:04:05+02", "2024-01-02 03:04:05Z",
		"1970-01-01", "1970-01-01 00:00:00", "2038-01-19 03:14:07", "2038-01-19 03:14:08", "9999-12-31", "9999-12-31 23:59:59.999999",
		"0000-00-00", "2024-02-30", "2023-02-29", "24:00:00", "13:45", "13:45:00", "13:45:00.5", "25:00:00", "-01:00:00", "", " 2024-01-02", "2024-01-02 ",
		"12/31/2024", "0001-01-01", "now"}
	uuidTexts = []string{"123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000", "123e4567e89b12d3a456426614174000",
		"{123e4567-e89b-12d3-a456-426614174000}", " 123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000 ",
		"00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "123e4567-e89b-12d3-a456-42661417400", ""}
	jsonTexts = []string{`{"a":1}`, `[1, 2]`, ` {"a": 1} `, `"x"`, `1`, `1.0`, `1e400`, `-0`, `{"a":1,"a":2}`, `null`, `true`, `NULL`,
		`invalid`, `{'a':1}`, ``, `{"a":"\u0000"}`, `{"a":"é"}`, `[1,]`, `{"b":[true,false],"a":"é"}`, `9007199254740993`, `"é"`}
	boolTexts = []string{"true", "false", "t", "f", "TRUE", "False", "yes", "no", "on", "off", "1", "0", "y", "n", " true", "true ", "2", "-1", ""}
	anyTexts  = []string{"", "a", "A", "a ", "abc", "ABC", "Abc ", "Open", "open", "OPEN", "open ", "12", "-3", "1.5", "2024-01-02",
		"2024-01-02 03:04:05", "true", "0", "x y", "O'Brien", "héllo", "HÉLLO", "é", "É", "e\u0301", "€", "😀", "a😀b", "  ", "a\tb",
		strings.Repeat("z", 250), strings.Repeat("é", 250), strings.Repeat("日本", 100), strings.Repeat("😀", 70), strings.Repeat("ab ", 20)}
	flavorTexts = map[string][]string{"": anyTexts, "num": numTexts, "date": dateTexts, "uuid": uuidTexts, "json": jsonTexts, "bool": boolTexts}
)

func randValue(r *rand.Rand, ft fuzzType) fuzzValue {
	num := func(s string) fuzzValue { return fuzzValue{kind: "num", text: s} }
	str := func(s string) fuzzValue { return fuzzValue{kind: "str", text: s} }
	pick := func(vals ...string) string { return vals[r.IntN(len(vals))] }
	switch ft.kind {
	case "int":
		return num(strconv.Itoa([]int{0, 1, -1, 7, 42, 99999, 2147483647, -2147483648, 32767, 32768, -32769, r.IntN(1000)}[r.IntN(12)]))
	case "smallint":
		return num(pick("0", "1", "-1", "2", "127", "128", "255", "32767", "-32768", strconv.Itoa(r.IntN(1000))))
	case "bigint":
		return num(pick("0", "1", "-5", "3000000000", "-9000000000000000000", "9223372036854775807", "-9223372036854775808", "9007199254740993",
			"2147483647", "2147483648", "-2147483649", "16777217", strconv.Itoa(r.IntN(100000))))
	case "float":
		return num(pick("0", "1.5", "-2.25", "1e300", "3.141592653589793", "9007199254740993", "0.1", "-1e-300", "42", "-0", "12.5", "2147483648", "1e15", "16777217"))
	case "real":
		// At most six significant digits: MySQL prints a FLOAT with six.
		return num(pick("0", "1.5", "-2.25", "0.1", "3.4e38", "65536", "-0", "42", "1e-10", "12.5", "0.333333", "-32768"))
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
		if r.IntN(4) == 0 {
			// At the limit of the precision: every digit a 9, or a 5 to round.
			s := "0"
			if ip > 0 {
				s = strings.Repeat("9", ip)
			}
			if ft.s > 0 {
				s += "." + strings.Repeat(pick("9", "5", "0"), ft.s)
			}
			if r.IntN(2) == 0 {
				s = "-" + s
			}
			return num(s)
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
		return num(pick("TRUE", "FALSE"))
	case "date":
		return str(pick("2024-02-29", "1999-12-31", "2000-01-01", "2023-06-15", "1970-01-01", "9999-12-31", "2038-01-19", "1000-01-01"))
	case "timestamp":
		return str(pick("2024-02-29 13:45:00", "2000-01-01 00:00:00", "2023-06-15 23:59:59", "1970-01-01 00:00:00", "1970-01-01 00:00:01",
			"2038-01-19 03:14:07", "2038-01-19 03:14:08", "9999-12-31 23:59:59", "2024-02-29 13:45:00.123456", "2000-01-01 00:00:00.5",
			"2023-06-15 23:59:59.999999", "2024-02-29 13:45:00.1239"))
	case "time":
		return str(pick("00:00:00", "13:45:00", "23:59:59", "12:30:00.5", "23:59:59.999999", "08:00:00.123456", "00:00:00.000001"))
	case "uuid":
		return str(pick("00000000-0000-0000-0000-000000000000", "123e4567-e89b-12d3-a456-426614174000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
			"6ba7b810-9dad-11d1-80b4-00c04fd430c8", "6BA7B811-9DAD-11D1-80B4-00C04FD430C8", "6ba7b8129dad11d180b400c04fd430c8"))
	case "json":
		return str(pick(`{"a":1}`, `[1,2,3]`, `"x"`, `1`, `null`, `{"b":[true,false],"a":"é"}`, `{}`, `9007199254740993`, `1.0`, `{"a":"😀"}`, `[]`, `-0`))
	case "sel", "enum":
		return str(ft.vals[r.IntN(len(ft.vals))])
	}
	max := 300
	if ft.kind == "varchar" || ft.kind == "char" {
		max = ft.n
	}
	pool := flavorTexts[ft.flavor]
	switch {
	case len(ft.pool) > 0:
		pool = ft.pool
	case r.IntN(5) == 0:
		pool = anyTexts
	}
	s := pool[r.IntN(len(pool))]
	if ft.flavor == "" && len(ft.pool) == 0 && r.IntN(4) == 0 {
		s = strings.Repeat(string(rune('a'+r.IntN(26))), 1+r.IntN(max))
	}
	if len([]rune(s)) > max {
		s = string([]rune(s)[:max])
	}
	return str(s)
}

// fkCols is a foreign key's kinds of columns a composite key may reference.
var fkRefKinds = []string{"int", "bigint", "varchar", "uuid", "date"}

func newFuzzCase(seed uint64) *fuzzCase {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	c := &fuzzCase{seed: seed, rows: map[string][]map[string]fuzzValue{}}
	ntables := 2 + r.IntN(3)
	var refUQ *fuzzUnique // t0's (col, id) key a composite foreign key references
	for i := range ntables {
		t := &fuzzTable{name: fmt.Sprintf("t%d", i)}
		ncols := 1 + r.IntN(4)
		for range ncols {
			t.cols = append(t.cols, t.newColumn(r, 3, 3))
		}
		if i == 0 {
			for _, col := range t.cols {
				if slices.Contains(fkRefKinds, col.typ.kind) && r.IntN(2) == 0 {
					refUQ = &fuzzUnique{name: "t0_ref_uq", cols: []string{col.name, "id"}}
					t.uniques = append(t.uniques, refUQ)
					break
				}
			}
		}
		if i > 0 && r.IntN(2) == 0 {
			t.next++
			fk := &fuzzFK{cols: []string{fmt.Sprintf("c%d", t.next)}, refCols: []string{"id"}, ref: c.before[0], onDelete: randOnDelete(r)}
			col := &fuzzColumn{name: fk.cols[0], typ: fuzzType{kind: "int"}}
			if r.IntN(4) == 0 {
				col.unique = fmt.Sprintf("%s_%s_key", t.name, col.name)
			}
			t.cols = append(t.cols, col)
			t.fks = append(t.fks, fk)
		}
		if i > 0 && refUQ != nil && r.IntN(2) == 0 {
			refType := c.before[0].col(refUQ.cols[0]).typ
			t.next += 2
			fk := &fuzzFK{cols: []string{fmt.Sprintf("c%d", t.next-1), fmt.Sprintf("c%d", t.next)}, refCols: slices.Clone(refUQ.cols), ref: c.before[0], onDelete: randOnDelete(r)}
			t.cols = append(t.cols, &fuzzColumn{name: fk.cols[0], typ: refType}, &fuzzColumn{name: fk.cols[1], typ: fuzzType{kind: "int"}})
			t.fks = append(t.fks, fk)
		}
		if r.IntN(2) == 0 {
			col := t.cols[r.IntN(len(t.cols))]
			if col.typ.indexable() && !append(c.before, t).inFK(t, col.name) && col.unique == "" {
				col.unique = fmt.Sprintf("%s_%s_key", t.name, col.name)
			}
		}
		if len(t.cols) >= 2 && r.IntN(3) == 0 {
			a, b := t.cols[r.IntN(len(t.cols))], t.cols[r.IntN(len(t.cols))]
			if a != b && a.typ.indexable() && b.typ.indexable() {
				t.uniques = append(t.uniques, &fuzzUnique{name: fmt.Sprintf("%s_%s_%s_key", t.name, a.name, b.name), cols: []string{a.name, b.name}})
			}
		}
		c.before = append(c.before, t)
	}

	for ti, t := range c.before {
		n := r.IntN(6)
		if ti == 0 {
			n = 1 + r.IntN(4)
		}
		for i := range n {
			row := map[string]fuzzValue{"id": {kind: "num", text: strconv.Itoa(i + 1)}}
			for _, col := range t.cols {
				if c.before.inFK(t, col.name) && ti > 0 {
					continue
				}
				var v fuzzValue
				switch {
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
				row[col.name] = v
			}
			for _, fk := range t.fks {
				c.fillFK(r, t, fk, row)
			}
			c.rows[t.name] = append(c.rows[t.name], row)
		}
		c.dedupe(t)
	}

	c.desired = c.before.clone()
	for range 1 + r.IntN(3) {
		c.edit(r)
	}
	return c
}

func randOnDelete(r *rand.Rand) string {
	return []string{"", "", "CASCADE", "SET NULL", "RESTRICT"}[r.IntN(5)]
}

// fillFK writes a row's foreign key columns: NULLs (on a composite key
// possibly only some), a parent's key, or an orphan past the parent's rows.
func (c *fuzzCase) fillFK(r *rand.Rand, t *fuzzTable, fk *fuzzFK, row map[string]fuzzValue) {
	parents := c.rows[fk.ref.name]
	null := fuzzValue{null: true}
	if len(fk.cols) == 1 {
		n := 1 + r.IntN(len(parents)+2)
		row[fk.cols[0]] = fuzzValue{kind: "num", text: strconv.Itoa(n)}
		if r.IntN(4) == 0 {
			row[fk.cols[0]] = null
		} else if n > len(parents) {
			c.orphans = true
		}
		return
	}
	refType := fk.ref.col(fk.refCols[0]).typ
	switch r.IntN(5) {
	case 0:
		row[fk.cols[0]], row[fk.cols[1]] = null, null
	case 1:
		row[fk.cols[0]], row[fk.cols[1]] = null, fuzzValue{kind: "num", text: strconv.Itoa(1 + r.IntN(len(parents)+2))}
	case 2:
		row[fk.cols[0]], row[fk.cols[1]] = randValue(r, refType), fuzzValue{kind: "num", text: strconv.Itoa(len(parents) + 1)}
		c.orphans = true
	default:
		p := parents[r.IntN(len(parents))]
		row[fk.cols[0]], row[fk.cols[1]] = p[fk.refCols[0]], p["id"]
	}
}

// dedupe makes the rows fit the table's unique keys: a duplicate key gets
// a NULL or, in a NOT NULL column, the key is dropped.
func (c *fuzzCase) dedupe(t *fuzzTable) {
	rows := c.rows[t.name]
	typeOf := func(name string) fuzzType {
		if name == "id" {
			return fuzzType{kind: "int"}
		}
		return t.col(name).typ
	}
	fix := func(cols []string) bool {
		seen := map[string]bool{}
		for _, row := range rows {
			var key []string
			hasNull := false
			for _, name := range cols {
				v := row[name]
				hasNull = hasNull || v.null
				key = append(key, v.key(typeOf(name)))
			}
			if hasNull {
				continue
			}
			k := strings.Join(key, "\x01")
			if seen[k] || len(cols) == 1 && typeOf(cols[0]).kind == "bool" && len(seen) > 0 {
				var nullable string
				for _, name := range cols {
					if name != "id" && !t.col(name).notNull {
						nullable = name
						break
					}
				}
				if nullable == "" {
					return false
				}
				row[nullable] = fuzzValue{null: true}
				continue
			}
			seen[k] = true
		}
		return true
	}
	for _, col := range t.cols {
		if col.unique != "" && !fix([]string{col.name}) {
			col.unique = ""
		}
	}
	t.uniques = slices.DeleteFunc(t.uniques, func(u *fuzzUnique) bool {
		if fix(u.cols) {
			return false
		}
		for _, x := range c.before {
			x.fks = slices.DeleteFunc(x.fks, func(fk *fuzzFK) bool { return fk.ref == t && slices.Equal(fk.refCols, u.cols) })
		}
		return true
	})
}

// colOps are the edits of one column that edit may stack on one column.
var colOps = []int{0, 1, 2, 8, 9, 10, 11, 12, 19, 19, 20}

// edit makes one random change to the desired schema, or several to one
// column.
func (c *fuzzCase) edit(r *rand.Rand) {
	t := c.desired[r.IntN(len(c.desired))]
	var col *fuzzColumn
	if len(t.cols) > 0 {
		col = t.cols[r.IntN(len(t.cols))]
	}
	op := r.IntN(25)
	if op >= 21 {
		op = 19 // a retype users make, more often
	}
	if op == 18 && col != nil {
		for range 2 + r.IntN(2) {
			c.editOne(r, t, col, colOps[r.IntN(len(colOps))])
		}
		return
	}
	c.editOne(r, t, col, op)
}

func (c *fuzzCase) editOne(r *rand.Rand, t *fuzzTable, col *fuzzColumn, op int) {
	s := c.desired
	inFK := col != nil && s.inFK(t, col.name)
	switch {
	case op == 0 && col != nil && (col.typ.kind == "varchar" || col.typ.kind == "char") && !inFK:
		col.typ.n = []int{1, 2, 3, 5, 10, 36, 40, 255}[r.IntN(8)]
		if col.def != "" {
			// A default longer than the column is invalid (MySQL error 1067).
			col.def = randValue(r, col.typ).sql()
		}
	case (op <= 1 || op == 19) && col != nil && !inFK:
		if op == 19 {
			col.typ = relatedType(r, col.typ, "e_"+t.name+"_"+col.name)
		} else {
			col.typ = randType(r, "e_"+t.name+"_"+col.name)
		}
		if col.def != "" {
			col.def = randValue(r, col.typ).sql()
		}
		if !col.typ.indexable() {
			col.unique = ""
			t.uniques = slices.DeleteFunc(t.uniques, func(u *fuzzUnique) bool { return slices.Contains(u.cols, col.name) })
		}
		col.check = ""
	case op == 2 && col != nil:
		for _, fk := range t.fks {
			if fk.onDelete == "SET NULL" && slices.Contains(fk.cols, col.name) {
				return
			}
		}
		col.notNull = !col.notNull
	case op == 3:
		t.cols = append(t.cols, t.newColumn(r, 2, 2))
	case op == 4 && col != nil && !inFK:
		t.cols = slices.DeleteFunc(t.cols, func(x *fuzzColumn) bool { return x == col })
		t.uniques = slices.DeleteFunc(t.uniques, func(u *fuzzUnique) bool { return slices.Contains(u.cols, col.name) })
	case op == 5 && col != nil && col.typ.indexable() && col.unique == "":
		col.unique = fmt.Sprintf("%s_%s_uq", t.name, col.name)
	case op == 6 && col != nil && col.unique != "":
		// On a foreign key's column this drops the index MySQL's key uses.
		col.unique = ""
	case op == 7 && t != s[0]:
		for _, x := range t.cols {
			if x.typ.kind == "int" && !s.inFK(t, x.name) {
				fk := &fuzzFK{cols: []string{x.name}, refCols: []string{"id"}, ref: s[0], onDelete: randOnDelete(r)}
				if (x.notNull || x.check != "") && fk.onDelete == "SET NULL" {
					// MySQL refuses SET NULL on a NOT NULL column, and
					// MariaDB on one a CHECK reads (error 1901, seed 942297).
					fk.onDelete = ""
				}
				t.fks = append(t.fks, fk)
				return
			}
		}
	case op == 8 && col != nil && col.check == "" && !inFK:
		switch col.typ.kind {
		case "int", "bigint", "decimal", "float", "smallint", "real":
			col.check = "% >= 0"
		case "varchar", "text", "sel", "char":
			col.check = "% <> ''"
		}
	case op == 9 && col != nil && col.prev == "":
		t.next++
		from := col.name
		col.prev, col.name = col.name, fmt.Sprintf("r%d", t.next)
		s.renameColumn(t, from, col.name)
	case op == 10 && col != nil:
		if col.def != "" && r.IntN(2) == 0 {
			col.def = ""
		} else {
			col.def = randValue(r, col.typ).sql()
		}
	case op == 11 && col != nil && (col.typ.kind == "varchar" || col.typ.kind == "char" || col.typ.kind == "text") && !inFK:
		colls := slices.DeleteFunc([]string{"", "ci", "bin"}, func(x string) bool { return x == col.typ.coll })
		col.typ.coll = colls[r.IntN(len(colls))]
	case op == 12 && col != nil && (col.typ.kind == "sel" || col.typ.kind == "enum") && !inFK:
		vals := col.typ.vals
		switch r.IntN(3) {
		case 0: // add a value, anywhere
			for _, v := range fuzzListValues {
				if !slices.Contains(vals, v) {
					vals = slices.Insert(vals, r.IntN(len(vals)+1), v)
					break
				}
			}
		case 1: // remove one
			if len(vals) > 1 {
				i := r.IntN(len(vals))
				vals = slices.Clip(slices.Delete(vals, i, i+1))
			}
		default: // reorder
			r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
		}
		col.typ.vals = vals
		if col.def != "" && !slices.Contains(vals, strings.Trim(col.def, "'")) {
			col.def = ""
		}
	case op == 13 && len(t.cols) >= 2:
		a, b := t.cols[r.IntN(len(t.cols))], t.cols[r.IntN(len(t.cols))]
		if a != b && a.typ.indexable() && b.typ.indexable() {
			t.uniques = append(t.uniques, &fuzzUnique{name: fmt.Sprintf("%s_%s_%s_cu", t.name, a.name, b.name), cols: []string{a.name, b.name}})
		}
	case op == 14 && len(t.uniques) > 0:
		// Dropping a key a foreign key needs drops the foreign keys too.
		u := t.uniques[r.IntN(len(t.uniques))]
		t.uniques = slices.DeleteFunc(t.uniques, func(x *fuzzUnique) bool { return x == u })
		for _, x := range s {
			x.fks = slices.DeleteFunc(x.fks, func(fk *fuzzFK) bool { return fk.ref == t && slices.Equal(fk.refCols, u.cols) })
		}
	case op == 15 && len(t.fks) > 0:
		fk := t.fks[r.IntN(len(t.fks))]
		fk.onDelete = randOnDelete(r)
		if fk.onDelete == "SET NULL" && slices.ContainsFunc(fk.cols, func(name string) bool { return t.col(name).check != "" }) {
			fk.onDelete = "" // MariaDB error 1901, as in op 7
		}
		if fk.onDelete == "SET NULL" {
			for _, name := range fk.cols {
				t.col(name).notNull = false
			}
		}
	case op == 16 && len(t.fks) > 0:
		i := r.IntN(len(t.fks))
		t.fks = slices.Delete(t.fks, i, i+1)
	case op == 20 && col != nil && !inFK && col.typ.kind == "decimal":
		// Precision and scale move together or apart.
		p := max(1, col.typ.n+[]int{-3, -1, 1, 2, 10}[r.IntN(5)])
		col.typ.n, col.typ.s = min(p, 38), min(p, max(0, col.typ.s+[]int{-2, -1, 0, 1, 2}[r.IntN(5)]))
		if col.def != "" {
			col.def = randValue(r, col.typ).sql()
		}
	case op == 20 && col != nil && !inFK && (col.typ.kind == "timestamp" || col.typ.kind == "time"):
		col.typ.fsp = []string{"", "0", "1", "3", "6"}[r.IntN(5)]
	case op == 17 && t.prev == "":
		t.prev, t.name = t.name, t.name+"_r"
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

	rowsBefore := readRows(t, db.raw, c, nil)
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
	keptBefore := keptSet(sp)
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
	tables, cols := survivingNames(c, after.Actual)
	for bt, name := range tables {
		if name == "" {
			t.Errorf("invariant: sync lost table %s", bt)
			delete(tables, bt)
		}
	}
	if !t.Failed() {
		checkDataKept(t, tg.name, c, rowsBefore, readRows(t, db.raw, c, tables), cols, sp.Findings)
	}
	keptAfter := keptSet(after)
	for _, f := range after.Findings {
		if !keptAfter[f] {
			t.Errorf("invariant: after sync %s %s is %s (%s, affected %d); only kept-back changes may remain\n%v", f.Code, f.Object, f.Risk, f.Result.Status, f.Result.Affected, f.Statements)
		}
	}
	if t.Failed() {
		t.Logf("planned before sync:\n%s\nafter sync:\n%s", marshal(summarize(sp)), marshal(summarize(after)))
	}
	if len(after.Findings) > kept {
		t.Errorf("invariant: after sync %d changes remain, more than the %d kept back:\n%s", len(after.Findings), kept, marshal(summarize(after)))
	}
	failed = false
}
