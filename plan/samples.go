package plan

import (
	"strconv"
	"strings"
	"time"

	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// alikeSamples makes the sample keys and values of the findings read the
// same on every dialect, by the live column's type: the drivers hand the
// same stored value back as different Go values (SQLite's an int64, a
// float64 or a time.Time where PostgreSQL's and MySQL's probes read text),
// and without this the same row would print differently by engine.
//
//   - integer columns: a JSON number ("3" becomes 3);
//   - decimal columns: text, which keeps the value exact (2.125 becomes
//     "2.125", padded to the column's scale as the servers print it);
//   - boolean columns: a JSON boolean ("true", "t", 1 become true);
//   - date and time values: text as SQL spells them ("2024-01-05
//     13:45:00"), with fractional seconds and a time zone only when the
//     value has them.
//
// A value that is not what its column's type says (text SQLite let into
// an INTEGER column) stays as it was read.
func alikeSamples(actual *schema.Schema, fs []*risk.Finding) {
	for _, f := range fs {
		if f.Check == nil || len(f.Result.Samples) == 0 {
			continue
		}
		t := actual.TableIn(f.Check.Schema, f.Check.Table)
		if t == nil {
			continue
		}
		valueCol := f.Check.Column
		if valueCol == "" && len(f.Check.Columns) == 1 {
			valueCol = f.Check.Columns[0]
		}
		for i := range f.Result.Samples {
			s := &f.Result.Samples[i]
			for k, v := range s.Key {
				s.Key[k] = alike(t.Column(k), v)
			}
			if valueCol != "" {
				s.Value = alike(t.Column(valueCol), s.Value)
			} else {
				s.Value = alike(nil, s.Value)
			}
		}
	}
}

// alike is v, read from column c (nil when unknown), in the form every
// dialect gives it.
func alike(c *schema.Column, v any) any {
	if tm, ok := v.(time.Time); ok {
		return sqlTime(tm, c)
	}
	if c == nil {
		return v
	}
	switch k := c.Type.Kind; {
	case k.IsInteger():
		return integer(v)
	case k == schema.KindDecimal:
		return decimal(v, c.Type.Scale)
	case k == schema.KindBool:
		return boolean(v)
	}
	return v
}

// integer is v as an int64 or uint64 when it is the text of one, else v.
func integer(v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n
	}
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return n
	}
	return v
}

// decimal is a number read from a decimal column as text, with at least
// scale digits after the point, as PostgreSQL and MySQL print a
// DECIMAL(p,scale) value (1.5 in a DECIMAL(10,3) is "1.500"). Text stays
// as the server spelled it.
func decimal(v any, scale int) any {
	var s string
	switch n := v.(type) {
	case int64:
		s = strconv.FormatInt(n, 10)
	case float64:
		s = strconv.FormatFloat(n, 'f', -1, 64)
	default:
		return v
	}
	if scale <= 0 {
		return s
	}
	_, frac, found := strings.Cut(s, ".")
	if !found {
		s += "."
	}
	if pad := scale - len(frac); pad > 0 {
		s += strings.Repeat("0", pad)
	}
	return s
}

// boolean is v as a JSON boolean when it is one of the spellings the
// dialects read a boolean as (PostgreSQL "true"/"false" or "t"/"f",
// SQLite 1/0, MySQL's TINYINT(1) "1"/"0"), else as an integer: SQLite
// and MySQL let other numbers into a boolean column.
func boolean(v any) any {
	switch b := v.(type) {
	case bool:
		return b
	case int64:
		switch b {
		case 1:
			return true
		case 0:
			return false
		}
	case string:
		switch strings.ToLower(b) {
		case "true", "t", "1":
			return true
		case "false", "f", "0":
			return false
		}
	}
	return integer(v)
}

// sqlTime spells a date or time the SQLite driver parsed (from a DATE,
// DATETIME or TIMESTAMP column) as the server's text would: "2024-01-05
// 13:45:00", a DATE column's midnight as "2024-01-05", fractional seconds
// only when there are some, and the offset only when the value carries
// one other than UTC.
func sqlTime(tm time.Time, c *schema.Column) string {
	if c != nil && c.Type.Kind == schema.KindDate && tm.Hour() == 0 && tm.Minute() == 0 && tm.Second() == 0 && tm.Nanosecond() == 0 {
		return tm.Format(time.DateOnly)
	}
	s := tm.Format("2006-01-02 15:04:05.999999999")
	if _, off := tm.Zone(); off != 0 || (tm.Location() != time.UTC && tm.Location() != time.Local) {
		s += tm.Format("-07:00")
	}
	return s
}
