package schema

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Kind is the logical, dialect-neutral family of a column type. Risk rules
// reason about kinds; dialects keep the exact native spelling in Type.Raw.
type Kind int

// The logical kinds. KindOther covers anything a dialect cannot map
// (arrays, geometry, domains...): the diff compares its Raw text.
const (
	KindOther Kind = iota
	KindString
	KindText
	KindSmallInt
	KindInt
	KindBigInt
	KindFloat
	KindDouble
	KindDecimal
	KindBool
	KindDate
	KindDateTime
	KindTime
	KindJSON
	KindUUID
	KindBytes
	KindEnum
	// KindTinyInt and KindMediumInt exist for MySQL's 8- and 24-bit integers.
	KindTinyInt
	KindMediumInt
	// KindYear is MySQL's YEAR: 1901 to 2155, and 0 (printed 0000). No
	// DocType maps to it; it exists so that a change to or from it can be
	// probed (1999 does not fit a TINYINT, 99 becomes 1999).
	KindYear
)

var kindNames = [...]string{
	KindOther:     "other",
	KindString:    "string",
	KindText:      "text",
	KindSmallInt:  "smallint",
	KindInt:       "int",
	KindBigInt:    "bigint",
	KindFloat:     "float",
	KindDouble:    "double",
	KindDecimal:   "decimal",
	KindBool:      "bool",
	KindDate:      "date",
	KindDateTime:  "datetime",
	KindTime:      "time",
	KindJSON:      "json",
	KindUUID:      "uuid",
	KindBytes:     "bytes",
	KindEnum:      "enum",
	KindTinyInt:   "tinyint",
	KindMediumInt: "mediumint",
	KindYear:      "year",
}

// String returns the DocType spelling of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// MarshalText writes the kind by name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// ParseKind maps a DocType spelling to a kind.
func ParseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s && Kind(k) != KindOther && Kind(k) != KindYear {
			return Kind(k), true
		}
	}
	return KindOther, false
}

// IsInteger reports whether the kind is one of the integer kinds.
func (k Kind) IsInteger() bool {
	return k == KindTinyInt || k == KindSmallInt || k == KindMediumInt || k == KindInt || k == KindBigInt
}

// IsNumeric reports whether the kind holds numbers.
func (k Kind) IsNumeric() bool {
	return k.IsInteger() || k == KindFloat || k == KindDouble || k == KindDecimal
}

// IsString reports whether the kind holds character data.
func (k Kind) IsString() bool { return k == KindString || k == KindText }

// IsTemporal reports whether the kind holds dates or times.
func (k Kind) IsTemporal() bool { return k == KindDate || k == KindDateTime || k == KindTime }

// Type is a column type: its logical kind plus the dialect's exact spelling.
type Type struct {
	Kind Kind `json:"kind"`
	// Raw is the native type as the dialect spells it after normalization
	// (varchar(20), numeric(10,2), INTEGER).
	Raw string `json:"raw"`
	// Length is the maximum length in characters of a string, or in bytes
	// of MySQL's BINARY(n) and VARBINARY(n); 0 means unbounded.
	Length int `json:"length,omitempty"`
	// Precision and Scale describe decimals; Precision 0 means unbounded.
	Precision int `json:"precision,omitempty"`
	Scale     int `json:"scale,omitempty"`
	// Unsigned is MySQL's UNSIGNED attribute.
	Unsigned bool `json:"unsigned,omitempty"`
	// MaxBytes is the byte limit of a byte-sized text or binary type
	// (MySQL: TINYTEXT and TINYBLOB 255, TEXT and BLOB 65,535, MEDIUMTEXT
	// and MEDIUMBLOB 16,777,215); 0 when the type has none that matters.
	MaxBytes int `json:"max_bytes,omitempty"`
	// Fixed marks a fixed-width string that does not keep trailing spaces
	// (MySQL's CHAR(n), which strips them when read): a value with
	// trailing spaces changes when a column becomes one. On bytes it marks
	// MySQL's BINARY(n), which pads every shorter value with zero bytes.
	Fixed bool `json:"fixed,omitempty"`
	// Padded marks PostgreSQL's character(n) and bpchar (Fixed is set too):
	// trailing spaces are not part of the value (comparisons ignore them
	// and a cast to text drops them), yet readers get them, since
	// character(n) pads every value to n. A change to a type without them
	// (text, varchar) or with more of them (a longer character(m)) keeps
	// every value but changes what readers get.
	Padded bool `json:"padded,omitempty"`
	// Values are the allowed values of an enum, in order.
	Values []string `json:"values,omitempty"`
	// EnumName is the name of a named enum type (PostgreSQL CREATE TYPE).
	EnumName string `json:"enum_name,omitempty"`
	// Domain is what a PostgreSQL domain type (Raw names it) adds to its
	// base type; nil for other types, and where the source cannot say (a
	// DocType). Equal ignores it: the column's type stays the domain.
	Domain *Domain `json:"domain,omitempty"`
}

// Domain is the definition of a PostgreSQL domain (CREATE DOMAIN): the
// constraints every value of every column of the domain must meet.
type Domain struct {
	// Base is the type the domain is over, as the catalog spells it.
	Base string `json:"base"`
	// NotNull is the domain's NOT NULL.
	NotNull bool `json:"not_null,omitempty"`
	// Checks are the CHECK expressions over VALUE, as the server prints
	// them ((VALUE >= 0)), sorted.
	Checks []string `json:"checks,omitempty"`
	// Names are the constraints' names, parallel to Checks. They are not
	// compared (CREATE DOMAIN names them itself) nor hashed.
	Names []string `json:"-"`
	// Default is the domain's DEFAULT expression as the server prints it,
	// "" without one. A column of the domain without a default of its own
	// gives it to rows inserted without a value.
	Default string `json:"default,omitempty"`
	// Ancestors are the domains this one is over when its base is another
	// domain, nearest first, each with its own base, NOT NULL and checks
	// (its name is the Base of the one before it). A value cast to this
	// domain must pass all of theirs too.
	Ancestors []Domain `json:"ancestors,omitempty"`
}

// Root is the base type under every domain the domain is over.
func (d *Domain) Root() string {
	if n := len(d.Ancestors); n > 0 {
		return d.Ancestors[n-1].Base
	}
	return d.Base
}

// Over reports whether the domain is over type name: its base, the base
// of a domain it is over, or one of those domains.
func (d *Domain) Over(name string) bool {
	if strings.EqualFold(d.Base, name) {
		return true
	}
	for _, a := range d.Ancestors {
		if strings.EqualFold(a.Base, name) {
			return true
		}
	}
	return false
}

// Flat is the domain with the constraints of the domains it is over
// folded in, over its root base type: what a value cast to it must pass.
func (d *Domain) Flat() *Domain {
	f := &Domain{Base: d.Root(), NotNull: d.NotNull, Checks: slices.Clone(d.Checks), Default: d.Default}
	for _, a := range d.Ancestors {
		f.NotNull = f.NotNull || a.NotNull
		f.Checks = append(f.Checks, a.Checks...)
	}
	return f
}

// SameConstraints reports whether two domains refuse the same values:
// the same NOT NULL and the same set of checks.
func (d *Domain) SameConstraints(o *Domain) bool {
	return d.NotNull == o.NotNull && slices.Equal(d.Checks, o.Checks)
}

// Equal reports whether two types are the same for the database.
func (t Type) Equal(o Type) bool {
	if !strings.EqualFold(t.Raw, o.Raw) || t.Kind != o.Kind || t.Unsigned != o.Unsigned {
		return false
	}
	if len(t.Values) != len(o.Values) {
		return false
	}
	for i := range t.Values {
		if t.Values[i] != o.Values[i] {
			return false
		}
	}
	return true
}

// DisplayOnly reports whether t and o are the same integer type (kind and
// signedness) spelled with another MySQL display width or ZEROFILL, which
// change neither what is stored nor the range: int(11) and int(5).
// zerofill says whether either side pads with zeros, where the width does
// change the text a reader sees (42 reads 00042 in int(5) zerofill).
func (t Type) DisplayOnly(o Type) (ok, zerofill bool) {
	if !t.Kind.IsInteger() || t.Kind != o.Kind || t.Unsigned != o.Unsigned {
		return false, false
	}
	a, za := bareInteger(t.Raw)
	b, zb := bareInteger(o.Raw)
	return a != "" && a == b, za || zb
}

// displayWidthRE is the display width of an integer's spelling: int(11).
var displayWidthRE = regexp.MustCompile(`\(\s*\d+\s*\)`)

// bareInteger is an integer type's spelling without its display width and
// ZEROFILL, lower-cased and with single spaces; zerofill says whether it
// had ZEROFILL.
func bareInteger(raw string) (bare string, zerofill bool) {
	f := strings.Fields(strings.ToLower(displayWidthRE.ReplaceAllString(raw, " ")))
	out := f[:0]
	for _, w := range f {
		if w == "zerofill" {
			zerofill = true
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " "), zerofill
}

// String is the native spelling of the type.
func (t Type) String() string {
	if t.Raw != "" {
		return t.Raw
	}
	return t.Kind.String()
}

// IntRange returns the inclusive range of an integer kind, taking Unsigned
// into account. ok is false for non-integer kinds. Bounds are strings because
// unsigned bigint does not fit int64.
func (t Type) IntRange() (min, max string, ok bool) {
	switch t.Kind {
	case KindTinyInt:
		if t.Unsigned {
			return "0", "255", true
		}
		return "-128", "127", true
	case KindMediumInt:
		if t.Unsigned {
			return "0", "16777215", true
		}
		return "-8388608", "8388607", true
	case KindSmallInt:
		if t.Unsigned {
			return "0", "65535", true
		}
		return "-32768", "32767", true
	case KindInt:
		if t.Unsigned {
			return "0", "4294967295", true
		}
		return "-2147483648", "2147483647", true
	case KindBigInt:
		if t.Unsigned {
			return "0", "18446744073709551615", true
		}
		return "-9223372036854775808", "9223372036854775807", true
	}
	return "", "", false
}

// IntBits is the storage width of an integer kind, 0 for other kinds.
func (t Type) IntBits() int {
	switch t.Kind {
	case KindTinyInt:
		return 8
	case KindSmallInt:
		return 16
	case KindMediumInt:
		return 24
	case KindInt:
		return 32
	case KindBigInt:
		return 64
	}
	return 0
}
