package acceptance

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// tableRows is every row of one table, by the text of its id, each a
// map from column name to the value the driver returned.
type tableRows map[string]map[string]any

// readRows reads every row of every table of the case's "before" schema,
// by primary key, through the raw handle (which no dialect code touches).
// names maps a "before" table name to the name it has now.
func readRows(t *testing.T, db *sql.DB, c *fuzzCase, names map[string]string) map[string]tableRows {
	t.Helper()
	out := map[string]tableRows{}
	for _, tb := range c.before {
		name := tb.name
		if names != nil {
			if name = names[tb.name]; name == "" {
				continue
			}
		}
		// The text differs before and after sync: pgx caches a statement
		// by its text and refuses one whose result type changed.
		q := "SELECT * FROM " + name + " ORDER BY id"
		if names != nil {
			q += " /* after sync */"
		}
		rows, err := db.Query(q)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		got := tableRows{}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("reading %s: %v", name, err)
			}
			row := map[string]any{}
			var id string
			for i, col := range cols {
				// Drivers reuse a []byte's memory on the next row.
				if b, ok := vals[i].([]byte); ok {
					vals[i] = string(b)
				}
				row[strings.ToLower(col)] = vals[i]
				if strings.EqualFold(col, "id") {
					id = strings.TrimPrefix(canonical(vals[i], form{}), "n:")
				}
			}
			got[id] = row
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		rows.Close()
		out[tb.name] = got
	}
	return out
}

var (
	// flt32Min is C's FLT_MIN, the least normal float4 (2^-126).
	flt32Min  = math.SmallestNonzeroFloat32 * (1 << 23)
	integerRE = regexp.MustCompile(`^[+-]?\d+$`)
	numberRE  = regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$`)
	clockRE   = regexp.MustCompile(`^(-?\d{2,3}:\d{2}:\d{2})(\.\d+)?$`)
	timeRE    = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$`)
)

// form says how canonical reads a column's values: what the column is on
// either side of sync.
type form struct {
	// boolish: either side is a boolean column.
	boolish bool
	// jsonish: either side is a JSON column.
	jsonish bool
	// float: the column was a float before sync, so each value is one
	// double and a number on the other side is read as the double it
	// denotes. SQLite writes a REAL into a TEXT column with 17 significant
	// digits (3.141592653589793 becomes '3.1415926535897931', 0.1 becomes
	// '0.10000000000000001'): more digits, the same double, as exact as
	// the float ever was. Only the side that was a float gets this
	// leeway: a BIGINT going to a double is compared exactly, and
	// 9007199254740993 becoming 9007199254740992 is a change.
	float bool
	// float32: the column was a single-precision float before sync
	// (PostgreSQL's real, MySQL's FLOAT), so each value is one float32 and
	// is compared as the double it widens to: MySQL prints a FLOAT 0.1 as
	// 0.1 and, once a DOUBLE, as 0.10000000149011612, the same number.
	float32 bool
	// padded: either side is PostgreSQL's character(n), whose trailing
	// spaces are no part of the value (schema.Type.Padded): a change to
	// or from it that only pads or unpads keeps every value. MySQL's
	// CHAR(n) is not padded: it strips trailing spaces the value had.
	padded bool
}

// canonical is a value in a form that ignores how an engine or a driver
// happens to represent it, and nothing else:
//
//   - a number (integer, float, decimal, or text that spells one) is its
//     exact decimal value, so 12, '12', 12.0 and '12.00' are one value; a
//     float is the shortest decimal that reads back as it, the way every
//     engine but SQLite prints it (0.1, not 0.1000000000000000055...);
//   - a boolean is 1 or 0, and where either side of the change is a
//     boolean column (boolish) so is the text true/false or t/f (PostgreSQL
//     casts bool to text as 'true', MySQL and SQLite store 1);
//   - a date or timestamp (a driver's time.Time or text that spells one) is
//     "YYYY-MM-DD[ hh:mm:ss[.fraction]]", a midnight time and a zero zone
//     dropped (a DATE read as a timestamp is the same day);
//   - where either side is a JSON column (jsonish) a JSON object or array
//     is compared decoded (PostgreSQL's jsonb orders keys and spaces them);
//   - any other text is compared exactly, case and trailing spaces included.
func canonical(v any, f form) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case bool:
		if x {
			return "n:1"
		}
		return "n:0"
	case int64:
		return "n:" + big.NewRat(x, 1).RatString()
	case int32:
		return "n:" + big.NewRat(int64(x), 1).RatString()
	case float64:
		return canonicalText(strconv.FormatFloat(x, 'g', -1, 64), f)
	case float32:
		if f.float32 {
			return canonicalText(strconv.FormatFloat(float64(x), 'g', -1, 64), f)
		}
		return canonicalText(strconv.FormatFloat(float64(x), 'g', -1, 32), f)
	case time.Time:
		s := x.Format("2006-01-02 15:04:05.999999999")
		if _, off := x.Zone(); off != 0 {
			s += x.Format("-07:00")
		}
		return canonicalText(s, f)
	case []byte:
		return canonicalText(string(x), f)
	case string:
		return canonicalText(x, f)
	}
	return fmt.Sprintf("%T:%v", v, v)
}

func canonicalText(s string, f form) string {
	if f.padded {
		s = strings.TrimRight(s, " ")
	}
	if numberRE.MatchString(s) {
		if f.float32 {
			// Not below FLT_MIN: a float4 keeps six digits only of a
			// normal value, and 1e-300 as a float4 is 0 (MariaDB stores
			// it without a word), a lost value, not a respelled one.
			d, _ := strconv.ParseFloat(s, 64)
			if x, err := strconv.ParseFloat(s, 32); err == nil && (d == 0 || math.Abs(d) >= flt32Min) {
				s = strconv.FormatFloat(float64(float32(x)), 'g', -1, 64)
			}
		} else if f.float && !integerRE.MatchString(s) {
			// Only a spelling with a fraction or an exponent can be a
			// double's: SQLite stores an integral DECIMAL value as an
			// INTEGER (NUMERIC affinity) and casts it to TEXT with every
			// digit ('-999999999999999999', which as a double would read
			// -1e18), while a REAL always casts with a '.' or an exponent
			// ('1.0e+16', '42.0'). Seeds 917140 and 918840.
			if x, err := strconv.ParseFloat(s, 64); err == nil {
				s = strconv.FormatFloat(x, 'g', -1, 64)
			}
		}
		if r, ok := new(big.Rat).SetString(s); ok {
			return "n:" + r.RatString()
		}
	}
	if f.boolish {
		switch strings.ToLower(s) {
		case "true", "t":
			return "n:1"
		case "false", "f":
			return "n:0"
		}
	}
	if m := clockRE.FindStringSubmatch(s); m != nil {
		frac := strings.TrimRight(m[2], "0")
		if frac == "." {
			frac = ""
		}
		return "c:" + m[1] + frac
	}
	if m := timeRE.FindStringSubmatch(s); m != nil {
		out := m[1]
		frac := strings.TrimRight(m[3], "0")
		if frac == "." {
			frac = ""
		}
		if m[2] != "" && (m[2] != "00:00:00" || frac != "") {
			out += " " + m[2] + frac
		}
		if z := m[4]; z != "" && z != "Z" && strings.Trim(z, "+-0:") != "" {
			out += z
		}
		return "d:" + out
	}
	if f.jsonish {
		if tr := strings.TrimSpace(s); strings.HasPrefix(tr, "{") || strings.HasPrefix(tr, "[") {
			dec := json.NewDecoder(strings.NewReader(tr))
			dec.UseNumber()
			var x any
			if err := dec.Decode(&x); err == nil && !dec.More() {
				var b bytes.Buffer
				enc := json.NewEncoder(&b)
				enc.SetEscapeHTML(false)
				if enc.Encode(x) == nil {
					return "j:" + strings.TrimSpace(b.String())
				}
			}
		}
	}
	return "s:" + s
}

// survivingNames says what each "before" table and column is called after
// sync: its desired name where sync renamed it (the declared previously),
// else its own. A table or column missing after sync is "" (sync never
// drops one).
func survivingNames(c *fuzzCase, after *schema.Schema) (tables map[string]string, cols map[string]map[string]string) {
	tables = map[string]string{}
	cols = map[string]map[string]string{}
	for i, bt := range c.before {
		dt := c.desired[i] // desired is a clone, table for table
		name := ""
		switch {
		case after.Table(bt.name) != nil:
			name = bt.name
		case dt.prev == bt.name && after.Table(dt.name) != nil:
			name = dt.name
		}
		tables[bt.name] = name
		cols[bt.name] = map[string]string{}
		if name == "" {
			continue
		}
		at := after.Table(name)
		for _, bc := range bt.cols {
			cn := ""
			if at.Column(bc.name) != nil {
				cn = bc.name
			}
			for _, dc := range dt.cols {
				if dc.prev == bc.name && at.Column(dc.name) != nil && cn == "" {
					cn = dc.name
				}
			}
			cols[bt.name][bc.name] = cn
		}
	}
	return tables, cols
}

// desiredColumn is the desired column a "before" column becomes, or nil
// where the desired schema drops it.
func desiredColumn(c *fuzzCase, ti int, name string) *fuzzColumn {
	for _, dc := range c.desired[ti].cols {
		if dc.prev == name || dc.prev == "" && dc.name == name {
			return dc
		}
	}
	return nil
}

// checkDataKept compares the rows read before sync with those after: no
// row of a surviving table may disappear, and no surviving column's value
// may change: sync --force applies a WARNING only on a count of 0 and
// never a DANGEROUS change, so an applied change has promised that no
// value changes, and one that changed a value is a bug of sync or of its
// count.
func checkDataKept(t *testing.T, d string, c *fuzzCase, before, after map[string]tableRows, colNames map[string]map[string]string, fs []*risk.Finding) {
	t.Helper()
	byColumn := map[string][]string{}
	for _, f := range fs {
		applied := f.Applied != nil && *f.Applied
		desc := fmt.Sprintf("%s %s (%s, %s, affected %d, applied %v)", f.Risk, f.Code, f.Change, f.Result.Status, f.Result.Affected, applied)
		for _, col := range append(diff.Columns(f.Change), f.Change.ColumnName()) {
			k := f.Change.TableName() + "." + col
			byColumn[k] = append(byColumn[k], desc)
		}
	}
	for ti, bt := range c.before {
		rowsAfter, ok := after[bt.name]
		if !ok {
			continue
		}
		ids := make([]string, 0, len(before[bt.name]))
		for id := range before[bt.name] {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			b := before[bt.name][id]
			a, ok := rowsAfter[id]
			if !ok {
				t.Errorf("invariant: sync lost row id=%s of %s", id, bt.name)
				continue
			}
			for _, bc := range bt.cols {
				an := colNames[bt.name][bc.name]
				if an == "" {
					t.Errorf("invariant: sync lost column %s.%s", bt.name, bc.name)
					continue
				}
				// SQLite stores a DECIMAL's fraction as a REAL: a double too.
				f := form{boolish: bc.typ.kind == "bool", jsonish: bc.typ.kind == "json",
					float:   bc.typ.kind == "float" || bc.typ.kind == "real" || bc.typ.kind == "decimal" && d == "sqlite",
					float32: bc.typ.kind == "real" && d != "sqlite"}
				if dc := desiredColumn(c, ti, bc.name); dc != nil {
					f.boolish = f.boolish || dc.typ.kind == "bool"
					f.jsonish = f.jsonish || dc.typ.kind == "json"
					f.padded = d == "postgres" && (bc.typ.kind == "char" || dc.typ.kind == "char")
					// A number that becomes a float4 is kept when its
					// float4 is the same: the probe counts a double or a
					// decimal of more than six significant digits
					// (FLT_DIG), and 1e15 reads back 1e+15, though the
					// float4 is 999999986991104.
					f.float32 = f.float32 || dc.typ.kind == "real" && d != "sqlite" && slices.Contains([]string{"float", "decimal", "int", "bigint", "smallint"}, bc.typ.kind)
				}
				cb, ca := canonical(b[bc.name], f), canonical(a[an], f)
				if cb == ca {
					continue
				}
				t.Errorf("invariant: sync changed %s.%s of id=%s from %q (%s) to %q (%s); its changes: %v",
					bt.name, bc.name, id, show(b[bc.name]), cb, show(a[an]), ca, byColumn[bt.name+"."+bc.name])
			}
		}
	}
}

func show(v any) string {
	if v == nil {
		return "NULL"
	}
	return fmt.Sprintf("%v", v)
}

func TestCanonical(t *testing.T) {
	t.Parallel()
	day := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		a, b  any
		form  form
		equal bool
	}{
		{name: "integer and its text", a: int64(12), b: "12", equal: true},
		{name: "integer and decimal text", a: int64(12), b: []byte("12.00"), equal: true},
		{name: "float and decimal", a: 0.1, b: "0.10", equal: true},
		{name: "float printed by SQLite", a: 1e300, b: "1.0e+300", equal: true},
		{name: "SQLite's 17 digits of a float", a: 3.141592653589793, b: "3.1415926535897931", form: form{float: true}, equal: true},
		{name: "an integral SQLite decimal's text", a: int64(-999999999999999999), b: "-999999999999999999", form: form{float: true}, equal: true},
		{name: "a double is not an integer it rounds from", a: 1e16, b: "9999999999999999", form: form{float: true}},
		{name: "a double that underflows a float4", a: -1e-300, b: float32(0), form: form{float32: true}},
		{name: "a double a float4 keeps", a: 0.1, b: float32(0.1), form: form{float32: true}, equal: true},
		{name: "17 digits elsewhere", a: "3.141592653589793", b: "3.1415926535897931"},
		{name: "float rounded to an integer", a: 1.5, b: int64(2), form: form{float: true}},
		{name: "rounded decimal", a: "12.345", b: "12.35"},
		{name: "bigint through a double", a: int64(9007199254740993), b: float64(9007199254740993)},
		{name: "boolean and 1", a: true, b: int64(1), equal: true},
		{name: "boolean text into a boolean", a: "true", b: true, form: form{boolish: true}, equal: true},
		{name: "boolean text elsewhere", a: "true", b: int64(1)},
		{name: "date and midnight", a: day, b: "2024-02-29 00:00:00", equal: true},
		{name: "timestamp text", a: day.Add(13*time.Hour + 45*time.Minute), b: "2024-02-29T13:45:00Z", equal: true},
		{name: "time lost", a: "2024-02-29 13:45:00", b: "2024-02-29"},
		{name: "trailing space", a: "a ", b: "a"},
		{name: "case", a: "héllo", b: "HÉLLO"},
		{name: "leading space of a number", a: " 12", b: int64(12)},
		{name: "NULL and empty", a: nil, b: ""},
		{name: "float4 widened to a double", a: float32(0.1), b: 0.10000000149011612, form: form{float: true, float32: true}, equal: true},
		{name: "FLOAT text widened to a double", a: "0.1", b: "0.10000000149011612", form: form{float: true, float32: true}, equal: true},
		{name: "float4 rounded", a: float32(1.5), b: int64(2), form: form{float: true, float32: true}},
		{name: "character(n) padding", a: "ab   ", b: "ab", form: form{padded: true}, equal: true},
		{name: "time of day and its zero fraction", a: "13:45:00", b: "13:45:00.000000", equal: true},
		{name: "time of day cut", a: "13:45:00.5", b: "13:45:00"},
		{name: "NULL and NULL", a: nil, b: nil, equal: true},
		{name: "jsonb spacing and key order", a: `{"b":[true,false],"a":"é"}`, b: `{"a": "é", "b": [true, false]}`, form: form{jsonish: true}, equal: true},
		{name: "json text elsewhere", a: `{"a":1}`, b: `{"a": 1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := canonical(tt.a, tt.form), canonical(tt.b, tt.form)
			if (a == b) != tt.equal {
				t.Errorf("canonical %q and %q: equal = %v, want %v", a, b, a == b, tt.equal)
			}
		})
	}
}
