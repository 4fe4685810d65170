package mysql

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// MapType implements dialect.Dialect. It spells types the way MariaDB
// 10.11 prints COLUMN_TYPE (display widths included), so that Raw equals
// what Inspect returns; Normalize re-reads the spelling from the server, so
// MySQL 8 (no display widths) converges as well.
func (*Dialect) MapType(t schema.Type) (schema.Type, error) {
	out := t
	uns := ""
	if t.Unsigned {
		uns = " unsigned"
	}
	switch t.Kind {
	case schema.KindString:
		if t.Length <= 0 {
			return t, fmt.Errorf("string needs a length in MySQL; use text for unbounded strings")
		}
		if t.Length > 16383 {
			return t, fmt.Errorf("string(%d) is longer than a utf8mb4 varchar can hold (16383); use text", t.Length)
		}
		out.Raw = fmt.Sprintf("varchar(%d)", t.Length)
	case schema.KindText:
		out.Raw, out.Length = "text", 0
	case schema.KindTinyInt:
		out.Raw = intRaw("tinyint", 4, 3, t.Unsigned)
	case schema.KindSmallInt:
		out.Raw = intRaw("smallint", 6, 5, t.Unsigned)
	case schema.KindMediumInt:
		out.Raw = intRaw("mediumint", 9, 8, t.Unsigned)
	case schema.KindInt:
		out.Raw = intRaw("int", 11, 10, t.Unsigned)
	case schema.KindBigInt:
		out.Raw = intRaw("bigint", 20, 20, t.Unsigned)
	case schema.KindFloat:
		out.Raw = "float" + uns
	case schema.KindDouble:
		out.Raw = "double" + uns
	case schema.KindDecimal:
		p, s := t.Precision, t.Scale
		if p == 0 {
			p, s = 10, 0
		}
		if p > 65 || s > 30 || s > p {
			return t, fmt.Errorf("decimal(%d,%d) is out of MySQL's range (precision <= 65, scale <= 30 and <= precision)", p, s)
		}
		out.Precision, out.Scale = p, s
		out.Raw = fmt.Sprintf("decimal(%d,%d)%s", p, s, uns)
	case schema.KindBool:
		out.Raw, out.Unsigned = "tinyint(1)", false
	case schema.KindDate:
		out.Raw = "date"
	case schema.KindDateTime:
		out.Raw = "datetime"
	case schema.KindTime:
		out.Raw = "time"
	case schema.KindJSON:
		// MariaDB stores JSON as longtext with a json_valid check; Render
		// writes the JSON keyword so the check is created too.
		out.Raw = "longtext"
	case schema.KindUUID:
		// MariaDB 10.7+ has a uuid type, MySQL has none: char(36) works on both.
		out.Kind, out.Raw, out.Length, out.Fixed = schema.KindString, "char(36)", 36, true
	case schema.KindBytes:
		out.Raw, out.Length, out.Fixed, out.MaxBytes = "blob", 0, false, blobBytes["blob"]
	case schema.KindEnum:
		if len(t.Values) == 0 {
			return t, fmt.Errorf("enum needs at least one value")
		}
		out.Raw = enumRaw("enum", t.Values)
	default:
		return t, fmt.Errorf("type %s has no MySQL mapping", t.Kind)
	}
	return out, nil
}

func intRaw(name string, width, unsignedWidth int, unsigned bool) string {
	if unsigned {
		return fmt.Sprintf("%s(%d) unsigned", name, unsignedWidth)
	}
	return fmt.Sprintf("%s(%d)", name, width)
}

func enumRaw(kw string, values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
	}
	return kw + "(" + strings.Join(q, ",") + ")"
}

// blobBytes is the byte limit of each BLOB type; LONGBLOB's (4 GiB) is
// beyond any value a probe needs to compare with, so it has none.
var blobBytes = map[string]int{"tinyblob": 255, "blob": 65535, "mediumblob": 16777215}

var typeRE = regexp.MustCompile(`^([a-z]+)(?:\(([^)]*)\))?`)

// parseType maps a COLUMN_TYPE (as information_schema prints it) and the
// character length to the model's type.
func parseType(columnType string, charLen int64) schema.Type {
	raw := strings.ToLower(strings.TrimSpace(columnType))
	t := schema.Type{Raw: raw, Unsigned: strings.Contains(raw, " unsigned")}
	m := typeRE.FindStringSubmatch(raw)
	if m == nil {
		return t
	}
	base, args := m[1], m[2]
	switch base {
	case "char", "varchar":
		// CHAR drops trailing spaces when read (PAD_CHAR_TO_FULL_LENGTH off).
		t.Kind, t.Length, t.Fixed = schema.KindString, int(charLen), base == "char"
		if t.Length == 0 && args != "" {
			t.Length, _ = strconv.Atoi(args)
		}
	case "tinytext", "text", "mediumtext", "longtext":
		t.Kind = schema.KindText
		t.MaxBytes = map[string]int{"tinytext": 255, "text": 65535, "mediumtext": 16777215}[base]
	case "tinyint":
		if raw == "tinyint(1)" {
			t.Kind = schema.KindBool
		} else {
			t.Kind = schema.KindTinyInt
		}
	case "smallint":
		t.Kind = schema.KindSmallInt
	case "mediumint":
		t.Kind = schema.KindMediumInt
	case "int", "integer":
		t.Kind = schema.KindInt
	case "bigint":
		t.Kind = schema.KindBigInt
	case "float", "double", "real":
		t.Kind = schema.KindDouble
		if base == "float" {
			t.Kind = schema.KindFloat
		}
		// FLOAT(M,D) and DOUBLE(M,D) also round to D places and hold at
		// most M digits: kept, so that probes know they cannot count it.
		if p, s, ok := strings.Cut(args, ","); ok {
			t.Precision, _ = strconv.Atoi(strings.TrimSpace(p))
			t.Scale, _ = strconv.Atoi(strings.TrimSpace(s))
		}
	case "decimal", "numeric":
		t.Kind = schema.KindDecimal
		p, s, _ := strings.Cut(args, ",")
		t.Precision, _ = strconv.Atoi(strings.TrimSpace(p))
		t.Scale, _ = strconv.Atoi(strings.TrimSpace(s))
	case "date":
		t.Kind = schema.KindDate
	case "datetime", "timestamp":
		t.Kind = schema.KindDateTime
	case "time":
		t.Kind = schema.KindTime
	case "year":
		t.Kind = schema.KindYear
	case "json":
		t.Kind = schema.KindJSON
	case "uuid":
		// MariaDB 10.7+: 16 bytes, read and written as the 36-character
		// text form, which is what a change to a string type keeps.
		t.Kind = schema.KindUUID
	case "binary", "varbinary":
		// Length is in bytes; BINARY(n) pads every shorter value with
		// zero bytes (0x00), which Fixed says.
		t.Kind, t.Fixed = schema.KindBytes, base == "binary"
		t.Length, _ = strconv.Atoi(strings.TrimSpace(args))
		if t.Length == 0 && args == "" && base == "binary" {
			t.Length = 1 // BINARY is BINARY(1)
		}
	case "tinyblob", "blob", "mediumblob", "longblob":
		t.Kind = schema.KindBytes
		t.MaxBytes = blobBytes[base]
	case "enum", "set":
		// The values keep their case: MODIFY with a lower-cased list would
		// rewrite every stored 'Small' as 'small'.
		orig := strings.TrimSpace(columnType)
		t.Kind, t.Values = schema.KindEnum, parseValues(orig[len(base):])
		t.Raw = base + orig[len(base):]
		if base == "set" {
			// A SET is a list of allowed members; the model has no set
			// kind, so it is an enum whose EnumName says "set" (an enum <->
			// set change is then a type change, not a change of values).
			t.EnumName = "set"
		}
	}
	return t
}

// parseValues reads a parenthesized list of quoted values; doubled quotes
// inside a value stand for one quote.
func parseValues(s string) []string {
	var out []string
	var cur strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case !in && ch == '\'':
			in = true
			cur.Reset()
		case in && ch == '\'' && i+1 < len(s) && s[i+1] == '\'':
			cur.WriteByte('\'')
			i++
		case in && ch == '\\' && i+1 < len(s):
			cur.WriteByte(s[i+1])
			i++
		case in && ch == '\'':
			in = false
			out = append(out, cur.String())
		case in:
			cur.WriteByte(ch)
		}
	}
	return out
}

// isSet reports whether a type is a MySQL SET.
func isSet(t schema.Type) bool { return t.Kind == schema.KindEnum && strings.HasPrefix(t.Raw, "set(") }

// charsetBytes is the widest character of a collation's character set, in
// bytes; varchar growth that crosses 255 bytes needs a table copy.
func charsetBytes(collation string) int {
	cs, _, _ := strings.Cut(strings.ToLower(collation), "_")
	switch cs {
	case "utf8mb4", "utf16", "utf32":
		return 4
	case "utf8", "utf8mb3", "ucs2":
		return 3
	case "big5", "gbk", "sjis", "cp932", "euckr", "gb2312", "eucjpms", "ujis":
		return 2
	case "":
		return 4
	}
	return 1
}
