package plan

import (
	"strconv"

	"github.com/schemaguard/schemaguard/risk"
	"github.com/schemaguard/schemaguard/schema"
)

// integerSamples makes the sample keys and values read from integer
// columns JSON numbers on every dialect. PostgreSQL's and MySQL's probes
// read them as text ("3") where SQLite's driver hands back an int64 (3):
// without this the same row would print differently by engine. A value
// that does not parse as an integer (text SQLite let into an INTEGER
// column) stays as it was read.
func integerSamples(actual *schema.Schema, fs []*risk.Finding) {
	for _, f := range fs {
		if f.Check == nil || len(f.Result.Samples) == 0 {
			continue
		}
		t := liveTable(actual, f.Check.Schema, f.Check.Table)
		if t == nil {
			continue
		}
		isInt := func(col string) bool {
			c := t.Column(col)
			return c != nil && c.Type.Kind.IsInteger()
		}
		valueCol := f.Check.Column
		if valueCol == "" && len(f.Check.Columns) == 1 {
			valueCol = f.Check.Columns[0]
		}
		for i := range f.Result.Samples {
			s := &f.Result.Samples[i]
			for k, v := range s.Key {
				if isInt(k) {
					s.Key[k] = integer(v)
				}
			}
			if valueCol != "" && isInt(valueCol) {
				s.Value = integer(s.Value)
			}
		}
	}
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

// liveTable is the table ns.name of the live schema, nil when it has none.
func liveTable(actual *schema.Schema, ns, name string) *schema.Table {
	if actual == nil {
		return nil
	}
	for _, t := range actual.Tables {
		if t.Schema == ns && t.Name == name {
			return t
		}
	}
	return nil
}
