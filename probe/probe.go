package probe

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// Kind is what a check counts.
type Kind int

// The check kinds. Row-level kinds of one table are counted in one scan;
// Duplicates and Orphans are one query each.
const (
	// Fit counts non-null values that do not fit the new type To: too long,
	// out of range, rounded, or not convertible. Conds lists the conditions.
	Fit Kind = iota + 1
	// Nulls counts NULLs under a new NOT NULL.
	Nulls
	// CheckFails counts rows for which a new CHECK expression is false.
	CheckFails
	// NotInValues counts non-null values outside Values (enum / select options removed).
	NotInValues
	// NonNull counts non-null values of a column that would be dropped.
	NonNull
	// Rows counts the rows of the table.
	Rows
	// Duplicates counts rows beyond the first in each group of equal Columns (NULLs never collide).
	Duplicates
	// Orphans counts rows whose non-null Columns match no row of RefTable(RefColumns).
	Orphans
	// Conflicts counts rows that conflict with another row under a new
	// exclusion constraint (Expr, PostgreSQL's EXCLUDE ... definition).
	// Counting them pairs rows, which no one scan does in general. When
	// the constraint compares Columns with = and one range Column with
	// &&, the dialect counts in one sorted scan the rows that overlap an
	// earlier row of the same keys (deleting them lets it build);
	// otherwise it answers exactly only when the table has fewer than two
	// rows, and NotCheckable otherwise.
	Conflicts
)

var kindNames = map[Kind]string{
	Fit: "fit", Nulls: "nulls", CheckFails: "check_fails", NotInValues: "not_in_values", NonNull: "non_null",
	Rows: "rows", Duplicates: "duplicates", Orphans: "orphans", Conflicts: "conflicts",
}

// String names the kind.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("probe(%d)", int(k))
}

// RowLevel reports whether the check can share the table's one aggregate scan.
func (k Kind) RowLevel() bool { return k != Duplicates && k != Orphans && k != Conflicts }

// Check is one question put to the data of one table.
type Check struct {
	Kind Kind
	// Schema and Table name the actual table to scan.
	Schema string
	Table  string
	// Column is the column a row-level check reads, or the range column
	// of a Conflicts check the dialect may count in one scan.
	Column string
	// Columns are the key columns of Duplicates and Orphans, and the
	// columns a Conflicts check compares with =. A key part
	// that is an expression is "" here and its SQL is in Exprs.
	Columns []string
	// Exprs is parallel to Columns for Duplicates: the SQL of each key part
	// that is an expression (lower(email)), "" for a plain column. A dialect
	// that cannot group by it reports the check as not checkable.
	Exprs []string
	// NullKeys, for Duplicates, says that a row with NULL in any key
	// column fails the change too (a primary key forbids NULL where a
	// unique key lets NULLs through). The dialect counts those rows in
	// Result.Nulls and in Affected. SQLite lets NULL into the primary key
	// of a rowid table, so its probe need not count them.
	NullKeys bool
	// NullsEqual, for Duplicates, says that NULLs collide like any value
	// (a unique key with NULLS NOT DISTINCT).
	NullsEqual bool
	// MatchFull, for Orphans, says that a row whose key columns are partly
	// NULL violates the key too (MATCH FULL).
	MatchFull bool
	// From is the column's current type and To the new one.
	From, To schema.Type
	// Conds are the ways a value can fail to fit To (Fit); a row is
	// affected when any of them holds. On a Duplicates check (MySQL's
	// collation change into a narrower character set, under a unique key)
	// they are the ways Column's value fails before any key compares: such
	// rows count once each, and the others are grouped.
	Conds []Cond
	// Expr is the new CHECK expression (for CheckFails), in the dialect's SQL.
	Expr string
	// Retyped, for CheckFails, maps the columns the plan gives a new type
	// (by their current names) to that type: the check runs on the
	// converted values, as after the change ('10' > '3' is false as text).
	// On Duplicates it is set too: SQLite groups a retyped key column by
	// the value its new affinity makes of it (1 and '1' are one value in
	// a TEXT column); the other dialects' conversions either fail or
	// keep distinct values distinct, and they leave it alone. On a new
	// foreign key's Orphans check it is set too: SQLite matches a retyped
	// key column on the value its new affinity stores (a REAL 1.0 finds a
	// TEXT '1.0'; as an INTEGER it is 1, '1'); the other dialects leave
	// it alone. SQLite also computes a generated column that reads a
	// retyped column again from the new values, for every kind of check.
	Retyped map[string]schema.Type
	// Recollated, for CheckFails, maps the columns the plan gives a new
	// collation (by their current names) to it: LENGTH and comparisons
	// then follow the new character set and collation. For Orphans (MySQL)
	// the child's columns in it are matched under their new collation.
	Recollated map[string]string
	// Evaluated lists the non-constant defaults of columns the plan adds
	// that Expr or Exprs read as the one value the engine gives every
	// existing row (PostgreSQL's now(), evaluated once by ADD COLUMN). A
	// dialect counts the check only when it knows that none of them is
	// evaluated per row (a VOLATILE function: clock_timestamp(),
	// random()); otherwise, or when it cannot tell, the result is
	// NotCheckable.
	Evaluated []string
	// Values are the allowed values for NotInValues.
	Values []string
	// Added, for Orphans, maps the key columns that the plan adds to the
	// child table, which it does not have yet, to what every existing row
	// gets in them: the new column's constant default, stored under its
	// declared type. A dialect that can read the key that way (SQLite)
	// matches the parent on those values and on the other columns as they
	// are; one that cannot must not read the missing column.
	Added map[string]AddedColumn
	// RefSchema, RefTable and RefColumns are the target of an Orphans check.
	RefSchema  string
	RefTable   string
	RefColumns []string
	// RefRetyped, for Orphans, maps the referenced columns (by their
	// current names) that the plan gives a new type to their old and new
	// type: the key is checked after the plan, against the values the
	// parent then holds ('007' in a TEXT column is 7 once it is an
	// INTEGER). SQLite matches on those values; a dialect that cannot
	// compute them counts only when KeepsValues holds for every one, and
	// answers NotCheckable otherwise.
	RefRetyped map[string]Retype
	// FKColumns, on a Duplicates check, are the columns of a foreign key
	// (to RefTable's RefColumns) that MySQL checks again after the change:
	// the rows that are orphans under the Recollated collations fail the
	// change each once, and only the others are grouped.
	FKColumns []string
	// MoreFKs, on an Orphans check or a Duplicates check with FKColumns,
	// are the other foreign keys over the changed column (MySQL adds each
	// back after a collation change and checks it): a row that is an
	// orphan of any key fails the change, and counts once.
	MoreFKs []ForeignKey
	// MoreKeys, on a Duplicates check, are the other unique keys the
	// change builds again (every unique key and primary key over a column
	// whose collation changes), each grouped like the check's own key:
	// one duplicate in any of them blocks the change. Split turns the
	// check into one check per key and Merge adds up their answers.
	MoreKeys []UniqueKey
	// Key lists the columns that identify a row in samples (the primary key, else rowid-like).
	Key []string
}

// UniqueKey is a unique key a Duplicates check groups rows by, besides
// the one its own fields name: Columns, Exprs, Where (the check's Expr,
// a partial index's predicate) and NullsEqual as in Check.
type UniqueKey struct {
	Columns    []string
	Exprs      []string
	Where      string
	NullsEqual bool
}

// Split is the check for its own key followed by one check for each of
// MoreKeys, which a dialect counts like any Duplicates check. The others
// keep its Conds and foreign keys, so that every key groups the same rows
// (those the Conds or the keys reject fail apart), and drop NullKeys,
// which only the primary key the check's own fields name has.
func (c Check) Split() []Check {
	first := c
	first.MoreKeys = nil
	out := []Check{first}
	for _, k := range c.MoreKeys {
		more := first
		more.Columns, more.Exprs, more.Expr, more.NullsEqual, more.NullKeys = k.Columns, k.Exprs, k.Where, k.NullsEqual, false
		out = append(out, more)
	}
	return out
}

// Merge is the answer to a check with MoreKeys from the answers to its
// Split checks, in order. The rows beyond the first of each group add up
// over the keys, and so do the groups; the rows counted apart (Failing,
// Nulls) are the first answer's, as every key sees the same ones. A row
// that collides under two keys counts in each, so the total may exceed
// the rows that must go for the change to pass but never falls below
// them. Any answer that is not a count makes the whole one not a count.
func Merge(rs []Result) Result {
	if len(rs) == 0 {
		return Result{}
	}
	out := rs[0]
	out.Samples = slices.Clone(out.Samples)
	for _, r := range rs[1:] {
		if !out.Status.Counted() {
			break
		}
		if !r.Status.Counted() {
			return r
		}
		if r.Status == Estimate {
			out.Status = Estimate
		}
		out.Affected += r.Affected - r.Failing - r.Nulls
		out.Groups += r.Groups
		for _, s := range r.Samples {
			if len(out.Samples) < MaxSamples {
				out.Samples = append(out.Samples, s)
			}
		}
		if r.Note != "" && r.Note != out.Note {
			out.Note = strings.TrimPrefix(out.Note+"; "+r.Note, "; ")
		}
	}
	return out
}

// RefValuesChange is, for an Orphans check (or a Duplicates check with
// FKColumns), the note a dialect that cannot compute the parent's values
// after the plan gives with NotCheckable: it names the referenced columns
// whose retype may change the values a key is matched on (KeepsValues is
// false), of the check's own key and of each of MoreFKs. It is "" when
// there are none, and the keys count on the values the parents hold now.
func (c Check) RefValuesChange() string {
	if note := refValuesChange(c.RefTable, c.RefRetyped); note != "" {
		return note
	}
	for _, fk := range c.MoreFKs {
		if note := refValuesChange(fk.RefTable, fk.RefRetyped); note != "" {
			return note
		}
	}
	return ""
}

func refValuesChange(table string, retyped map[string]Retype) string {
	var cols []string
	for col, r := range retyped {
		if !r.KeepsValues() {
			cols = append(cols, col)
		}
	}
	if len(cols) == 0 {
		return ""
	}
	slices.Sort(cols)
	return fmt.Sprintf("the plan retypes %s of %s, which may change the values the key is matched on; their values after the change are not computed here", strings.Join(cols, ", "), table)
}

// Retype is a column's type now (From) and after the plan (To), and the
// collation the plan gives it ("" for its type's default).
type Retype struct {
	From, To  schema.Type
	Collation string
}

// KeepsValues reports whether the retype leaves every value it accepts
// equal to what it was, under the same comparisons: an integer to an
// integer, a decimal to a decimal, or a string that is not fixed-width to
// another, where every value fits (FitConds is empty). A value that does
// not fit makes the change fail or is cut, which this does not allow.
func (r Retype) KeepsValues() bool {
	return r.KeepsAccepted() && len(FitConds(r.From, r.To)) == 0
}

// KeepsAccepted reports whether the retype leaves every value that fits
// the new type (FitConds holds for none of it) equal to what it was: an
// integer to an integer, a decimal to a decimal, a string that is not
// fixed-width to another. A check that counts the values that do not fit
// as failing rows may then compare the others as they are now.
func (r Retype) KeepsAccepted() bool {
	f, t := r.From.Kind, r.To.Kind
	return f.IsInteger() && t.IsInteger() ||
		f == schema.KindDecimal && t == schema.KindDecimal ||
		f.IsString() && t.IsString() && !r.From.Fixed && !r.To.Fixed
}

// AddedColumn is a column the plan adds with a constant default, as an
// existing row will hold it.
type AddedColumn struct {
	// Default is the default's SQL, a constant.
	Default string
	// Type is the column's declared type.
	Type schema.Type
}

// ForeignKey is a foreign key of a check's table that the check counts
// the orphans of, besides the one its own fields name.
type ForeignKey struct {
	// Table is the table the key is on when it is not the check's
	// Table; its orphans are other rows, and add to the count.
	Table      string
	Columns    []string
	RefSchema  string
	RefTable   string
	RefColumns []string
	MatchFull  bool
	// RefRetyped is the key's Check.RefRetyped: its referenced columns
	// that the plan gives a new type.
	RefRetyped map[string]Retype
}

// Status says how a count was obtained. Its String is the JSON "checked" value.
type Status int

// The statuses of a check.
const (
	// NotApplicable: the change does not depend on data.
	NotApplicable Status = iota
	// Exact: counted exactly.
	Exact
	// Estimate: counted on a sample and scaled.
	Estimate
	// Skipped: data checks were turned off (--no-data).
	Skipped
	// TimedOut: the probe hit its time limit.
	TimedOut
	// NotCheckable: the dialect cannot count this exactly with read-only SQL.
	NotCheckable
	// Failed: the probe query failed; Err says why.
	Failed
)

var statusNames = [...]string{"not_applicable", "exact", "estimate", "skipped", "timed_out", "not_checkable", "failed"}

// String is the JSON spelling of the status.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// Counted reports whether Affected holds a real count.
func (s Status) Counted() bool { return s == Exact || s == Estimate }

// Sample is one offending row: its key and the offending value.
type Sample struct {
	Key   map[string]any `json:"key"`
	Value any            `json:"value"`
}

// Result is the answer to one Check.
type Result struct {
	Status Status
	// Affected is the number of rows that do not fit; valid when Status.Counted().
	Affected int64
	// Groups is the number of duplicate groups (Duplicates only).
	Groups int64
	// Nulls is the number of rows with a NULL key part that a primary key
	// rejects (Duplicates with NullKeys only); Affected includes them.
	Nulls int64
	// Failing is the number of rows a Duplicates check counts apart from
	// the groups (its Conds, or orphans of its foreign keys); Affected
	// includes them.
	Failing int64
	// Samples are up to MaxSamples offending rows.
	Samples []Sample
	// Note explains an estimate, a timeout or why a value was not checkable.
	Note string
	// Err is the error of a Failed probe.
	Err error
}

// MaxSamples is how many offending rows a result carries at most.
const MaxSamples = 5

// Options tune a probe pass.
type Options struct {
	// SamplePercent, when above 0 and below 100, counts row-level checks on a
	// sample of the table (where the dialect supports it) and scales them.
	SamplePercent float64
	// TimeoutSeconds bounds each probe query; 0 means the dialect's default.
	TimeoutSeconds int
}

// ChangedColumns lists, sorted, the columns a CheckFails check reads
// through a new type or a new collation (Retyped and Recollated).
func (c Check) ChangedColumns() []string {
	cols := make([]string, 0, len(c.Retyped)+len(c.Recollated))
	for col := range c.Retyped {
		cols = append(cols, col)
	}
	for col := range c.Recollated {
		if _, ok := c.Retyped[col]; !ok {
			cols = append(cols, col)
		}
	}
	slices.Sort(cols)
	return cols
}
