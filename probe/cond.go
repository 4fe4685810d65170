package probe

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// CondKind is one way a value can fail to fit a new column type.
type CondKind int

// The condition kinds a dialect renders into SQL.
const (
	// TooLong: the value's text form is longer than Cond.Length characters.
	TooLong CondKind = iota + 1
	// OutOfRange: the number lies outside [Cond.Min, Cond.Max].
	OutOfRange
	// Overflow: the number has more than Cond.Digits digits before the decimal point.
	Overflow
	// Rounds: the number has more than Cond.Scale fractional digits and would be rounded.
	Rounds
	// Unparsable: a value stored as text that is not a valid literal of Cond.Target.
	Unparsable
	// NotIn: the value is not one of Cond.Values.
	NotIn
	// TimeLost: a timestamp with a time of day other than midnight, turned into a date.
	TimeLost
	// Inexact: a number with more than Cond.Digits significant digits, more
	// than a float type keeps: it is stored as the nearest float.
	Inexact
	// Unrepresentable: text with a character that character set
	// Cond.Charset cannot store (an emoji in latin1): the change fails, or
	// outside strict mode stores '?' in its place.
	Unrepresentable
	// FloatRange: text spelling a number beyond the float type's largest
	// finite magnitude Cond.Max ('1e400' for a double), or a nonzero one
	// below its smallest nonzero magnitude Cond.Min ('1e-400'), which the
	// type can only hold as infinity or 0: PostgreSQL refuses it, MySQL
	// stores the largest double or 0, SQLite infinity or 0.
	FloatRange
	// DateLost: a timestamp turned into a time of day: every value loses
	// its date.
	DateLost
	// TrailingSpaces: text ending in spaces, which a fixed-width type that
	// strips them (MySQL's CHAR) gives back without.
	TrailingSpaces
	// Negative: a number below 0, which an UNSIGNED type refuses.
	Negative
	// FractionLost: a time or timestamp with more fractional second digits
	// than Cond.Scale, which the new type rounds (PostgreSQL) or cuts
	// (MySQL) away.
	FractionLost
	// TooLongBytes: text longer than Cond.Length bytes, the limit of a
	// byte-sized text type (MySQL's TINYTEXT holds 255 bytes).
	TooLongBytes
	// TimestampRange: a date or time outside MySQL's TIMESTAMP range
	// (1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC). Other dialects'
	// timestamps hold every date, and never count it.
	TimestampRange
	// FloatDigits: a float with more than Cond.Digits significant digits,
	// which a float-to-decimal conversion that prints only that many
	// (PostgreSQL's float8 -> numeric keeps DBL_DIG, float4 FLT_DIG)
	// rounds. Dialects whose conversion keeps the float's shortest exact
	// value never count it.
	FloatDigits
	// ZeroPadded: a byte string shorter than Cond.Length bytes, which a
	// fixed-length binary type (MySQL's BINARY(n)) pads with zero bytes:
	// the stored value changes.
	ZeroPadded
	// YearRange: a number or text that MySQL's YEAR does not keep as it
	// is. Numbers outside 1901..2155 other than 0 are refused (stored as
	// 0000 outside strict mode), and 1..99 silently become 2001..2069 and
	// 1970..1999; text is read as a number, rounded ('1999.6' is 2000),
	// and only a four-character zero ('0000') is the year 0000: '0' and
	// '00' become 2000.
	YearRange
	// NumberText: text that spells a number of more significant digits
	// than a double keeps ('12345678901234567.89'), which the new type
	// stores as the nearest double (12345678901234568): SQLite's NUMERIC
	// affinity, which DECIMAL, BOOLEAN, DATE and JSON have. Only SQLite is
	// given it; a number that keeps its value ('007' stored as 7, '1e3' as
	// 1000) converts and does not count, as on the other engines.
	NumberText
	// DateRange: a date later than the new timestamp type holds.
	// PostgreSQL's date runs to 5874897 AD but its timestamp and
	// timestamptz only to 294276 AD: ALTER COLUMN TYPE timestamp fails
	// with "date out of range for timestamp" on a later date. A
	// timestamptz reads the date as midnight in the session's time zone,
	// so in a zone east of UTC the first date (4714-11-24 BC) fails too. Only
	// PostgreSQL's types are given it; MySQL's DATETIME holds every DATE.
	DateRange
	// ZoneRange: a PostgreSQL timestamp that the shift between timestamp
	// and timestamptz, by the session time zone's offset, carries beyond
	// the types' range (294276 AD, 4714 BC): '294276-12-31 23:00' into a
	// timestamptz in New York is after the last instant, and the ALTER
	// fails with "timestamp out of range". Cond.Type is the new type.
	ZoneRange
	// DateGiven: a time of day (TIME) turned into a date or timestamp.
	// MariaDB gives it the date of the day the ALTER runs, the session's
	// CURRENT_DATE plus the time ('30:00:00' is tomorrow at 06:00): every
	// value changes. PostgreSQL has no cast from time to either, and
	// SQLite's rebuild keeps the stored text as it is.
	DateGiven
	// Unclear: a conversion schemaguard cannot grade (a type of kind
	// other: money, inet, interval, bit...). No dialect counts it: the
	// check stays not_checkable, so sync --force keeps the change back
	// (numeric to money silently rounds to the currency's cents).
	Unclear
)

var condNames = map[CondKind]string{
	TooLong: "too long", OutOfRange: "out of range", Overflow: "too many digits",
	Rounds: "would be rounded", Unparsable: "will not convert", NotIn: "not an allowed value",
	TimeLost: "time of day lost", Inexact: "stored inexactly", Unrepresentable: "not in the character set",
	FloatRange: "beyond the float's range", DateLost: "date lost", TrailingSpaces: "trailing spaces dropped",
	FloatDigits: "digits lost", Negative: "negative", FractionLost: "fraction of a second lost",
	TooLongBytes: "too long in bytes", TimestampRange: "outside TIMESTAMP's range",
	ZeroPadded: "padded with zero bytes", YearRange: "not a year YEAR keeps",
	NumberText: "digits lost when stored as a number", DateRange: "beyond the timestamp's range", ZoneRange: "beyond the range once shifted by the time zone", DateGiven: "given the date the change runs",
	Unclear: "converted in a way schemaguard cannot grade",
}

// String describes the condition for messages.
func (k CondKind) String() string {
	if s, ok := condNames[k]; ok {
		return s
	}
	return fmt.Sprintf("cond(%d)", int(k))
}

// Cond is one condition of a Fit check.
type Cond struct {
	Kind     CondKind
	Length   int
	Min, Max string
	Digits   int
	Scale    int
	Target   schema.Kind
	Values   []string
	// Charset is the character set of an Unrepresentable condition, and
	// the one a TooLongBytes condition measures the value in, when the
	// change also moves the column to it ("" for the current one).
	Charset string
	// Why says what the bounds of an OutOfRange mean when they are not the
	// target type's range (the integers a float holds exactly).
	Why string
	// Type is the new type's spelling, for a FractionLost condition that a
	// dialect renders as a cast to it.
	Type string
}

// Describe is a short phrase for the condition ("longer than 20 characters").
func (c Cond) Describe() string {
	switch c.Kind {
	case TooLong:
		return fmt.Sprintf("longer than %d characters", c.Length)
	case OutOfRange:
		if c.Why != "" {
			return fmt.Sprintf("outside %s..%s, %s", c.Min, c.Max, c.Why)
		}
		return fmt.Sprintf("outside %s..%s", c.Min, c.Max)
	case Overflow:
		return fmt.Sprintf("more than %d digits before the decimal point", c.Digits)
	case Rounds:
		if c.Scale == 0 {
			return "a fractional part that would be dropped"
		}
		return fmt.Sprintf("more than %d decimal places (would be rounded)", c.Scale)
	case Unparsable:
		return "not a valid " + c.Target.String()
	case NotIn:
		return "not one of " + strings.Join(c.Values, ", ")
	case TimeLost:
		return "a time of day that a date drops"
	case Unrepresentable:
		return "characters the character set " + c.Charset + " cannot store"
	case Inexact:
		return fmt.Sprintf("more than %d significant digits, which the float type does not keep exactly", c.Digits)
	case FloatRange:
		return fmt.Sprintf("beyond the float type's range (magnitude above %s, or nonzero below %s)", c.Max, c.Min)
	case DateLost:
		return "a date that a time of day drops"
	case DateGiven:
		return "a time of day, which becomes that time on the day the change runs"
	case TrailingSpaces:
		return "trailing spaces, which the fixed-width type drops"
	case FloatDigits:
		return fmt.Sprintf("more than %d significant digits, which the conversion to decimal drops", c.Digits)
	case Negative:
		return "negative, which the unsigned type refuses"
	case FractionLost:
		return fmt.Sprintf("more than %d fractional digits of a second, which the new type drops", c.Scale)
	case TooLongBytes:
		if c.Charset != "" {
			return fmt.Sprintf("longer than %d bytes in %s", c.Length, c.Charset)
		}
		return fmt.Sprintf("longer than %d bytes", c.Length)
	case TimestampRange:
		return "outside TIMESTAMP's range (1970 to 2038)"
	case ZeroPadded:
		return fmt.Sprintf("shorter than %d bytes, which the fixed-length binary type pads with zero bytes", c.Length)
	case YearRange:
		return "outside YEAR's 1901..2155 and not 0 (refused), or 1..99 (read as 2001..2069 and 1970..1999)"
	case DateRange:
		if strings.Contains(strings.ToLower(c.Type), "without") {
			return "a date beyond the range of " + c.Type + " (after 294276 AD)"
		}
		return "a date beyond the range of " + c.Type + " (after 294276 AD; in a time zone east of UTC, also the first day, 4714-11-24 BC)"
	case ZoneRange:
		return "within a time zone offset of the end of the timestamp range (294276 AD, 4714 BC), which the conversion to " + c.Type + " shifts beyond it"
	case NumberText:
		return "a number of more than 15 significant digits, stored as the nearest double ('12345678901234567.89' as 12345678901234568)"
	}
	return c.Kind.String()
}

// FitConds lists the conditions under which a value of type from does not
// fit type to. It is dialect-neutral; a dialect renders each condition or
// says it cannot. An empty result means every value fits.
func FitConds(from, to schema.Type) []Cond {
	var out []Cond
	if from.Kind == schema.KindBool && strings.HasPrefix(strings.ToLower(from.Raw), "tinyint") {
		// MySQL's bool is a TINYINT(1) and holds any -128..127.
		from.Kind = schema.KindTinyInt
	}
	fk, tk := from.Kind, to.Kind
	if fk == schema.KindYear && !tk.IsInteger() && !tk.IsString() && tk != fk {
		// Only YEAR to an integer or to text is graded; anything else
		// (a date, a decimal) is a conversion no rule describes.
		return []Cond{{Kind: Unparsable, Target: tk}}
	}
	textual0 := fk.IsString() || fk == schema.KindOther
	if to.Unsigned && !from.Unsigned && (tk == schema.KindDecimal || tk == schema.KindFloat || tk == schema.KindDouble) && (fk.IsNumeric() || textual0) {
		out = append(out, Cond{Kind: Negative})
	}
	if tk.IsTemporal() && tk != schema.KindDate && (fk == schema.KindDateTime || fk == schema.KindTime) {
		if fd, td := FractionDigits(from), FractionDigits(to); td < fd {
			out = append(out, Cond{Kind: FractionLost, Scale: td, Type: to.Raw})
		}
	}
	if (tk == schema.KindDateTime || tk == schema.KindTime) && fk.IsString() {
		// Text may spell microseconds: MariaDB cuts the digits the new
		// type does not keep without even a note ('03:04:05.6' into a
		// DATETIME is 03:04:05).
		if td := FractionDigits(to); td < 6 {
			out = append(out, Cond{Kind: FractionLost, Scale: td, Type: to.Raw})
		}
	}
	if fk == schema.KindDate && tk == schema.KindDateTime && strings.Contains(strings.ToLower(to.Raw), "time zone") {
		// PostgreSQL's timestamps end in 294276 AD, its dates in 5874897 AD
		// (https://www.postgresql.org/docs/15/datatype-datetime.html).
		out = append(out, Cond{Kind: DateRange, Type: to.Raw})
	}
	if fk == schema.KindDateTime && tk == schema.KindDateTime && zoned(from) != zoned(to) {
		// timestamp <-> timestamptz converts in the session's time zone.
		out = append(out, Cond{Kind: ZoneRange, Type: to.Raw})
	}
	if fk == schema.KindTime && (tk == schema.KindDateTime || tk == schema.KindDate) {
		out = append(out, Cond{Kind: DateGiven})
	}
	if tk == schema.KindDateTime && isTimestamp(to) && !isTimestamp(from) {
		out = append(out, Cond{Kind: TimestampRange})
	}
	if to.MaxBytes > 0 && tk.IsString() && byteText(fk) && (from.MaxBytes == 0 || from.MaxBytes > to.MaxBytes) && (from.Length == 0 || 4*from.Length > to.MaxBytes) {
		// A JSON document, an enum or set value and a byte string become
		// text of the same bytes, which a TINYTEXT (255 bytes) may not
		// hold: MariaDB 10.11 refuses a 300-byte enum value (error 1406).
		out = append(out, Cond{Kind: TooLongBytes, Length: to.MaxBytes})
	}
	textual := fk.IsString() || fk == schema.KindOther || fk == schema.KindJSON || fk == schema.KindUUID || fk == schema.KindEnum || fk == schema.KindBytes
	switch {
	case fk == schema.KindBytes && tk == schema.KindBytes:
		// A byte string is kept byte for byte if it fits: the risk is the
		// values beyond the new limit (refused in strict mode, cut
		// otherwise) and, for a fixed BINARY(n), the shorter values it pads.
		if tc := ByteCapacity(to); tc < ByteCapacity(from) {
			out = append(out, Cond{Kind: TooLongBytes, Length: tc})
		}
		if n, ok := FixedBinary(to); ok {
			if m, ok := FixedBinary(from); !ok || m != n {
				out = append(out, Cond{Kind: ZeroPadded, Length: n})
			}
		}
	case tk.IsString():
		if fk == schema.KindBytes {
			// Bytes that are not valid text in the new character set.
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		if to.Length > 0 && (from.Length == 0 || from.Length > to.Length || !fk.IsString()) {
			out = append(out, Cond{Kind: TooLong, Length: to.Length})
		}
		if to.Fixed && !(from.Fixed && fk.IsString()) && textual {
			out = append(out, Cond{Kind: TrailingSpaces})
		}
	case tk == schema.KindYear:
		// YEAR holds 1901..2155 and 0; it reads 1..99 as two-digit years.
		switch {
		case fk == tk:
		case fk.IsInteger() || fk.IsString():
			out = append(out, Cond{Kind: YearRange})
		default:
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
	case tk.IsInteger():
		if textual {
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		if fk == schema.KindBool {
			break
		}
		min, max, _ := to.IntRange()
		if !intFits(from, to) {
			out = append(out, Cond{Kind: OutOfRange, Min: min, Max: max})
		}
		if textual || fk == schema.KindFloat || fk == schema.KindDouble || (fk == schema.KindDecimal && from.Scale > 0) || fk == schema.KindDecimal && from.Precision == 0 {
			out = append(out, Cond{Kind: Rounds, Scale: 0})
		}
	case tk == schema.KindDecimal && to.Precision == 0 && to.Scale == 0 && fk.IsNumeric():
		// An unbounded decimal holds every number exactly as it is, if the
		// conversion from a float keeps all its digits.
		if fk == schema.KindFloat || fk == schema.KindDouble {
			out = append(out, Cond{Kind: FloatDigits, Digits: sigDigits[fk]})
		}
	case tk == schema.KindDecimal:
		if fk == schema.KindFloat || fk == schema.KindDouble {
			out = append(out, Cond{Kind: FloatDigits, Digits: sigDigits[fk]})
		}
		if textual || fk == schema.KindBool {
			// A boolean that is no TINYINT(1), as into a float.
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		if to.Precision > 0 {
			digits := to.Precision - to.Scale
			if !decimalHolds(from, digits) {
				out = append(out, Cond{Kind: Overflow, Digits: digits})
			}
		}
		// A negative scale (PostgreSQL's numeric(5,-2)) rounds integers too.
		if textual || fk == schema.KindFloat || fk == schema.KindDouble || (fk == schema.KindDecimal && (from.Scale > to.Scale || from.Precision == 0)) || (fk.IsInteger() && to.Scale < 0) {
			out = append(out, Cond{Kind: Rounds, Scale: to.Scale})
		}
	case tk == schema.KindFloat || tk == schema.KindDouble:
		if textual {
			out = append(out, Cond{Kind: Unparsable, Target: tk}, floatRange[tk])
		}
		if fk == schema.KindBool {
			// A boolean that is no TINYINT(1): PostgreSQL has no cast from
			// it to a number, and SQLite's BOOLEAN may hold text.
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		if fk.IsTemporal() {
			// MariaDB turns a date or time into the number its digits
			// spell (2024-01-02 is 20240102, and a FLOAT rounds it to
			// 20240100); PostgreSQL has no such cast.
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		if fk.IsInteger() {
			if c, ok := exactIntegers(from, tk); !ok {
				out = append(out, c)
			}
		}
		if to.Precision > 0 && (fk != tk || from.Precision != to.Precision || from.Scale != to.Scale) && (fk.IsNumeric() || textual) {
			// MySQL's FLOAT(M,D) and DOUBLE(M,D) round every value to D
			// places and refuse one beyond M-D integer digits: DOUBLE to
			// DOUBLE(10,2) turns 12.345 into 12.35 and fails on 1e9.
			if !fk.IsInteger() {
				out = append(out, Cond{Kind: Rounds, Scale: to.Scale})
			}
			if digits := to.Precision - to.Scale; !fk.IsInteger() || !decimalHolds(from, digits) {
				out = append(out, Cond{Kind: Overflow, Digits: digits})
			}
		}
		if fk == schema.KindDecimal && decimalBeyondFloat(from, tk) || fk == schema.KindDouble && tk == schema.KindFloat {
			// A number beyond the float's range, or nonzero below its least
			// subnormal, has no float but infinity or 0. PostgreSQL refuses
			// it: numeric_float4/8 parse the numeric's text as float4in and
			// float8in do ("is out of range for type real"), and dtof fails
			// with "value out of range: underflow" (-1e-300 in a double
			// precision) or "overflow". MariaDB 10.11 refuses a DECIMAL
			// 1e40 into FLOAT (1264) and stores a DOUBLE's -1e-300 as 0.
			out = append(out, floatRange[tk])
		}
		// A decimal of up to 15 (double) or 6 (float) significant digits
		// survives the trip through the float and back (DBL_DIG, FLT_DIG);
		// one with more is rounded to the nearest float.
		keep := sigDigits[tk]
		switch {
		case fk == schema.KindDecimal && (from.Precision == 0 || from.Precision > keep):
			out = append(out, Cond{Kind: Inexact, Digits: keep})
		case fk == schema.KindDouble && tk == schema.KindFloat:
			// Its range is FloatRange's, above: NaN and infinity convert
			// as themselves, which a range the other conditions read as
			// an integer's would count.
			out = append(out, Cond{Kind: Inexact, Digits: keep})
		}
	case tk == schema.KindBool:
		if textual || fk.IsNumeric() || fk.IsTemporal() {
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
	case tk == schema.KindDate:
		if textual || fk.IsNumeric() {
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
		// Text that spells a timestamp converts too, to its day: MariaDB
		// drops '03:04:05' of '2024-01-02 03:04:05' with only a note, in
		// strict mode, and PostgreSQL's date input ignores it.
		if fk == schema.KindDateTime || fk.IsString() {
			out = append(out, Cond{Kind: TimeLost})
		}
	case tk == schema.KindTime && (fk == schema.KindDateTime || fk == schema.KindDate):
		// MariaDB keeps the time of day, 00:00:00 for a DATE.
		out = append(out, Cond{Kind: DateLost})
	case tk == schema.KindDateTime || tk == schema.KindTime || tk == schema.KindJSON || tk == schema.KindUUID:
		if textual || fk.IsNumeric() || fk == schema.KindBool || fk.IsTemporal() && (tk == schema.KindJSON || tk == schema.KindUUID) {
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
	case tk == schema.KindEnum:
		out = append(out, Cond{Kind: NotIn, Values: to.Values})
	case tk == schema.KindBytes:
		// Anything else becomes the bytes of its text form (a string's in
		// its character set: 'é' is two bytes in utf8mb4), which must fit
		// the new limit and which MySQL's BINARY(n) pads with zero bytes.
		out = append(out, Cond{Kind: Unparsable, Target: tk})
		if tc := ByteCapacity(to); tc < math.MaxInt {
			out = append(out, Cond{Kind: TooLongBytes, Length: tc})
		}
		if n, ok := FixedBinary(to); ok {
			out = append(out, Cond{Kind: ZeroPadded, Length: n})
		}
	default:
		if fk != tk || from.Raw != to.Raw {
			out = append(out, Cond{Kind: Unparsable, Target: tk})
		}
	}
	return out
}

// byteText reports whether a value of kind k becomes text of the bytes
// it has now: a string, a JSON document, an enum or set value, a byte
// string.
func byteText(k schema.Kind) bool {
	return k.IsString() || k == schema.KindJSON || k == schema.KindEnum || k == schema.KindBytes
}

// FractionDigits is a time or timestamp type's fractional second digits,
// read from its spelling: timestamp(3) or datetime(6); without digits, 6
// for PostgreSQL's types (their spelling says "with[out] time zone") and
// 0 for MySQL's. SQLite's declared types say nothing: 0.
func FractionDigits(t schema.Type) int {
	raw := strings.ToLower(t.Raw)
	if i := strings.IndexByte(raw, '('); i >= 0 {
		if j := strings.IndexByte(raw[i:], ')'); j > 1 {
			if n, err := strconv.Atoi(strings.TrimSpace(raw[i+1 : i+j])); err == nil {
				return n
			}
		}
	}
	if strings.Contains(raw, "time zone") {
		return 6
	}
	return 0
}

// zoned reports whether t is PostgreSQL's timestamp with time zone; it is
// false for every other dialect's types, whose spelling never says so.
func zoned(t schema.Type) bool {
	raw := strings.ToLower(t.Raw)
	return strings.Contains(raw, "with time zone") && !strings.Contains(raw, "without")
}

// isTimestamp reports whether t is MySQL's TIMESTAMP (its range is
// 1970-2038), not PostgreSQL's timestamp, which the spelling tells apart.
func isTimestamp(t schema.Type) bool {
	raw := strings.ToLower(t.Raw)
	return strings.HasPrefix(raw, "timestamp") && !strings.Contains(raw, "time zone")
}

// sigDigits is how many significant decimal digits each float kind keeps
// through a round trip (C's FLT_DIG and DBL_DIG).
var sigDigits = map[schema.Kind]int{schema.KindFloat: 6, schema.KindDouble: 15}

// floatMax is the largest finite 4-byte float (FLT_MAX).
const floatMax = "3.4028234663852886e38"

// floatRange is the FloatRange condition of each float kind: the largest
// finite value (FLT_MAX, DBL_MAX) and the smallest nonzero one (the least
// subnormal), beyond which text cannot become a finite nonzero float.
var floatRange = map[schema.Kind]Cond{
	schema.KindFloat:  {Kind: FloatRange, Max: floatMax, Min: "1.401298464324817e-45"},
	schema.KindDouble: {Kind: FloatRange, Max: "1.7976931348623157e308", Min: "4.9406564584124654e-324"},
}

// decimalBeyondFloat reports whether a decimal of type from may hold a
// number beyond float kind to's range or, nonzero, below its least
// subnormal: an unbounded numeric, more integer digits than FLT_MAX
// (DBL_MAX) has, or more fraction digits than reach 1.4e-45 (4.9e-324).
func decimalBeyondFloat(from schema.Type, to schema.Kind) bool {
	if from.Precision == 0 {
		return true
	}
	intDigits, fracDigits := 38, 44
	if to == schema.KindDouble {
		intDigits, fracDigits = 308, 323
	}
	return from.Precision-from.Scale > intDigits || from.Scale > fracDigits
}

// mantissa is the number of significand bits of each binary floating-point
// kind (IEEE 754 binary32 and binary64): every integer of magnitude up to
// 2^bits is held exactly, and beyond that some are rounded to a neighbour.
var mantissa = map[schema.Kind]uint{schema.KindFloat: 24, schema.KindDouble: 53}

// exactIntegers reports whether every value of integer type from is held
// exactly by floating-point kind to; if not, it returns the range outside
// which values may be rounded. The range is the bound of exactness, not of
// failure: 2^53 + 2 is a double, 2^53 + 1 is not. Counting every value
// beyond it keeps the count honest without asking each engine to round-trip.
func exactIntegers(from schema.Type, to schema.Kind) (Cond, bool) {
	bits, ok := mantissa[to]
	if !ok {
		return Cond{}, true
	}
	if from.IntBits() <= int(bits) || (!from.Unsigned && from.IntBits()-1 <= int(bits)) {
		return Cond{}, true
	}
	limit := fmt.Sprint(uint64(1) << bits)
	return Cond{Kind: OutOfRange, Min: "-" + limit, Max: limit,
		Why: fmt.Sprintf("where a %d-bit mantissa no longer holds every integer and values may be rounded", bits)}, false
}

// intFits reports whether every value of integer-or-smaller type from lies in to's range.
func intFits(from, to schema.Type) bool {
	if from.Kind == schema.KindYear {
		// 0 and 1901..2155: a SMALLINT, signed or not, holds them all.
		return to.IntBits() >= 16
	}
	if !from.Kind.IsInteger() {
		return from.Kind == schema.KindBool
	}
	fb, tb := from.IntBits(), to.IntBits()
	switch {
	case from.Unsigned == to.Unsigned:
		return fb <= tb
	case from.Unsigned && !to.Unsigned:
		return fb < tb
	default: // signed into unsigned: negatives do not fit
		return false
	}
}

// decimalHolds reports whether every value of from has at most digits integer digits.
func decimalHolds(from schema.Type, digits int) bool {
	switch {
	case from.Kind.IsInteger():
		_, max, _ := from.IntRange()
		return len(max) <= digits
	case from.Kind == schema.KindDecimal && from.Precision > 0:
		return from.Precision-from.Scale <= digits
	case from.Kind == schema.KindBool:
		return digits >= 1
	}
	return false
}

// ByteCapacity is the longest byte string a binary type holds: its length
// (MySQL's VARBINARY(16)), else its byte limit (BLOB), else unbounded
// (bytea, LONGBLOB, SQLite's BLOB). The dialect's type parser sets both.
func ByteCapacity(t schema.Type) int {
	switch {
	case t.Length > 0:
		return t.Length
	case t.MaxBytes > 0:
		return t.MaxBytes
	}
	return math.MaxInt
}

// FixedBinary reports whether t is MySQL's fixed-length BINARY(n), which
// pads every shorter value with zero bytes, and its length n.
func FixedBinary(t schema.Type) (int, bool) {
	if t.Kind != schema.KindBytes || !t.Fixed || t.Length <= 0 {
		return 0, false
	}
	return t.Length, true
}
