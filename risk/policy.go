package risk

import "sort"

// Docs pages that findings link to. Each exists in docs/patterns/.
const (
	DocZeroDowntime   = "docs/patterns/zero-downtime.md"
	DocReview         = "docs/patterns/review-required.md"
	DocTwoPhase       = "docs/patterns/two-phase.md"
	DocExpandContract = "docs/patterns/expand-contract.md"
)

// DocsBase prefixes the docs paths in findings. It points at the docs in
// the repository; a fork may set it to its own hosting.
var DocsBase = "https://github.com/schemaguard/schemaguard/blob/main/"

// Rule is one entry of the policy table.
type Rule struct {
	// Code is the stable identifier of the rule; never reused once retired.
	Code string
	// Level is the static class, before data evidence.
	Level Level
	// Summary is the one-line title of the rule.
	Summary string
	// Impact says what happens to existing rows.
	Impact string
	// Recommendation is a verb phrase: what to do instead.
	Recommendation string
	// Doc is the path of the pattern page, relative to the repository.
	Doc string
	// Evidence says how probe results move the level: "" (they do not),
	// "raise" (affected rows make it DANGEROUS) or "empty-table" (no rows
	// make it SAFE, rows make it DANGEROUS).
	Evidence string
}

// Rules is the policy table. docs/risk-policy.md is generated from it by
// `go test ./risk -update` and checked by the tests.
var Rules = []Rule{
	{"add-table", Safe, "add a table", "No existing rows are touched.", "apply it", DocZeroDowntime, ""},
	{"add-nullable-column", Safe, "add a nullable column", "Existing rows get NULL in the new column.", "apply it; backfill later if needed", DocZeroDowntime, ""},
	{"add-column-with-default", Safe, "add a column with a constant default", "Existing rows get the default value.", "apply it", DocZeroDowntime, ""},
	{"add-column-expression-default", Warning, "add a column whose default is an expression", "The engine may compute the default for every existing row, rewriting or rebuilding the table.", "add the column nullable without default, backfill in batches, then set the default", DocTwoPhase, ""},
	{"add-required-column", Warning, "add a NOT NULL column without a default", "Existing rows have no value for it: the engine refuses the change on a non-empty table (or, MariaDB, silently fills 0 or '').", "add the column nullable or with a default, backfill, then set NOT NULL", DocTwoPhase, "empty-table"},
	{"add-generated-column", Warning, "add a generated or auto-increment column", "The engine computes the value for every existing row, which may rebuild the table.", "review the rebuild cost on a copy of production first", DocReview, "raise"},
	{"add-index", Safe, "add a non-unique index", "No rows change; the build reads the whole table.", "apply it (build concurrently where the engine can)", DocZeroDowntime, ""},
	{"drop-index", Safe, "drop a non-unique index", "No rows change; queries that used the index may get slower.", "check the query plans that used it", DocZeroDowntime, ""},
	{"widen-length", Safe, "grow a string or binary length, or make it unbounded", "Every existing value still fits.", "apply it", DocZeroDowntime, "raise"},
	{"widen-fraction", Safe, "grow a time or timestamp's fractional second precision, or drop it (PostgreSQL: at most 6 digits)", "Every existing value is kept as it is; PostgreSQL relabels the column without a rewrite. On MariaDB, which copies the table for it, the change is widen-type instead.", "apply it", DocZeroDowntime, "raise"},
	{"widen-precision", Safe, "grow a decimal precision at the same scale", "Every existing value still fits.", "apply it", DocZeroDowntime, "raise"},
	{"drop-not-null", Safe, "allow NULL in a column", "No rows change; readers must now accept NULL.", "make sure readers handle NULL", DocZeroDowntime, ""},
	{"set-default", Safe, "set a default", "Existing rows keep their values; only new rows get the default.", "apply it", DocZeroDowntime, ""},
	{"change-default", Safe, "change a default", "Existing rows keep their values; only new rows get the new default.", "apply it", DocZeroDowntime, ""},
	{"drop-default", Safe, "drop a default", "Existing rows keep their values; inserts that relied on the default must now give a value (or get NULL).", "make sure every writer sets the column", DocZeroDowntime, ""},
	{"drop-foreign-key", Safe, "drop a foreign key", "No rows change, but the database stops preventing orphans: rows may point at parents that do not exist.", "enforce the relation in the application or keep the key", DocZeroDowntime, ""},
	{"drop-check", Safe, "drop a check constraint", "No rows change, but the database stops rejecting values the check forbade.", "enforce the rule in the application or keep the check", DocZeroDowntime, ""},
	{"drop-exclusion", Safe, "drop a PostgreSQL exclusion constraint", "No rows change, but the database stops rejecting rows that conflict with each other under it (overlapping bookings): that integrity is lost.", "enforce the rule in the application or keep the constraint", DocZeroDowntime, ""},
	{"change-table-collation", Safe, "change a MySQL table's default character set and collation", "No rows change: columns keep their collation (a column that moves to the new one is its own change); only columns added later without one get it.", "apply it", DocZeroDowntime, ""},
	{"change-display-width", Safe, "change a MySQL integer's display width (INT(11) to INT(5)), without ZEROFILL", "No value changes: the width is only a hint to clients, and the range stays the type's.", "apply it", DocZeroDowntime, ""},
	{"drop-domain-constraint", Safe, "drop a NOT NULL or check constraint of a PostgreSQL domain", "No rows change, but no column of the domain refuses the values the constraint forbade any more.", "enforce the rule in the application or keep the constraint", DocZeroDowntime, ""},
	{"add-enum-value", Safe, "add allowed values to an enum or select, keeping the existing ones in order", "Existing rows keep their values.", "apply it", DocZeroDowntime, "raise"},

	{"shrink-length", Warning, "shrink a string or binary length", "Values longer than the new length fail the change or are truncated.", "find and shorten the long values first, or keep the length", DocTwoPhase, "raise"},
	{"shrink-decimal", Warning, "shrink a decimal's precision or scale", "Values with too many digits fail the change; extra decimal places are silently rounded.", "check and fix the values first, or keep the precision", DocTwoPhase, "raise"},
	{"narrow-integer", Warning, "narrow an integer type", "Values outside the new range fail the change (or, in non-strict MySQL, are clamped).", "check the range of the data first, or keep the type", DocTwoPhase, "raise"},
	{"widen-type", Warning, "widen a type in a way that rewrites the table or changes what the application reads", "Every value fits, but the engine may rewrite the table under lock and readers see a different type.", "deploy readers that accept both types first; run the change off-peak", DocExpandContract, "raise"},
	{"convert-type", Warning, "convert a column to a compatible type", "Values are converted; some may not fit the new type.", "check the converted values on a copy first", DocExpandContract, "raise"},
	{"change-type-unclear", Warning, "change a type schemaguard cannot grade", "schemaguard cannot tell what the conversion does to existing values.", "review the conversion on a copy of production", DocReview, "raise"},
	{"set-not-null", Warning, "forbid NULL in a column", "Rows holding NULL make the change fail.", "backfill the NULLs, then set NOT NULL", DocTwoPhase, "raise"},
	{"add-unique", Warning, "add a unique index or constraint", "Duplicate values make the change fail.", "remove the duplicates first, then add the constraint", DocTwoPhase, "raise"},
	{"drop-unique", Warning, "drop a unique index or constraint", "No rows change, but duplicates can now be written, and upserts or foreign keys that rely on it break.", "check that nothing relies on the uniqueness", DocReview, ""},
	{"alter-primary-key", Warning, "change the primary key", "Duplicate or NULL keys make the change fail; references to the old key break; the table is rebuilt.", "add the new key as a unique constraint first, move references, then switch", DocExpandContract, "raise"},
	{"add-foreign-key", Warning, "add a foreign key", "Rows pointing at missing parents (orphans) make the change fail.", "delete or fix the orphans first, then add the key", DocTwoPhase, "raise"},
	{"alter-foreign-key", Warning, "change a foreign key's ON DELETE / ON UPDATE, MATCH or DEFERRABLE", "No rows change now, but deletes and updates of parents will act differently; under MATCH FULL, rows whose key is partly NULL make the change fail, and on PostgreSQL and MySQL, which drop the key and add it back, so do rows pointing at no parent (written with the key's checks off).", "review what a parent delete does under the new action", DocReview, "raise"},
	{"add-check", Warning, "add a check constraint", "Rows failing the check make the change fail.", "fix the failing rows first, then add the check", DocTwoPhase, "raise"},
	{"add-domain-constraint", Warning, "add or change a NOT NULL or check constraint of a PostgreSQL domain", "ALTER DOMAIN checks every column of the domain, in every table: one row that fails the new constraint makes the change fail.", "fix the failing rows of every column of the domain first, then change the domain", DocTwoPhase, "raise"},
	{"alter-check", Warning, "change a check constraint", "Rows failing the new check make the change fail.", "fix the failing rows first, then change the check", DocTwoPhase, "raise"},
	{"add-exclusion", Warning, "add a PostgreSQL exclusion constraint", "Any two existing rows that conflict under it (the operators all true between them, such as overlapping ranges) make the change fail; the index build locks the table against writes.", "find and fix the conflicting rows on a copy first, then add the constraint", DocTwoPhase, "raise"},
	{"alter-exclusion", Warning, "change a PostgreSQL exclusion constraint", "The old constraint is dropped and the new one added: any two existing rows that conflict under the new one make the change fail; the index build locks the table against writes.", "find and fix the conflicting rows on a copy first, then change the constraint", DocTwoPhase, "raise"},
	{"remove-enum-value", Warning, "remove or reorder allowed values of an enum", "Rows holding a removed value make the change fail or lose the value; a reorder changes sort order and may rebuild the table.", "migrate the rows off the removed values first", DocTwoPhase, "raise"},
	{"rename-table-declared", Warning, "rename a table (declared with previously)", "Data is kept, but readers and writers using the old name break until they are deployed.", "use expand-contract: add a view or deploy readers of both names first", DocExpandContract, ""},
	{"rename-column-declared", Warning, "rename a column (declared with previously)", "Data is kept, but readers and writers using the old name break during a rolling deploy.", "use expand-contract: add the new column, write both, backfill, switch readers, then drop the old one", DocExpandContract, ""},
	{"change-autoincrement", Warning, "change auto-increment / identity", "Existing values stay; how new keys are generated changes, and the table may be rebuilt.", "review the key generation and the rebuild on a copy", DocReview, ""},
	{"change-collation", Warning, "change a column's collation", "Values stay, but comparisons, ordering and uniqueness change; a unique index may now find duplicates.", "check unique indexes under the new collation first", DocReview, "raise"},
	{"change-generated", Warning, "change a generated column's expression", "Every row's value is recomputed, which may rebuild the table.", "review the rebuild on a copy", DocReview, "raise"},
	{"change-table-option", Warning, "change how SQLite stores a table (STRICT, WITHOUT ROWID)", "The table is rebuilt; STRICT refuses values that do not have the column's type, and WITHOUT ROWID drops the rowid.", "rebuild a copy with the option first and check it takes every row", DocReview, "raise"},
	{"change-other", Warning, "change a column attribute schemaguard cannot grade", "schemaguard cannot tell what this does to existing rows.", "review the change by hand", DocReview, ""},

	{"drop-table", Dangerous, "drop a table", "Every row of the table is deleted.", "keep the table, or use expand-contract: stop writing, archive, then drop in a later release", DocExpandContract, ""},
	{"drop-column", Dangerous, "drop a column", "Every value in the column is deleted, and readers that select it break.", "use expand-contract: stop reading and writing it, deploy, then drop it in a later release", DocExpandContract, ""},
	{"change-partitioning", Dangerous, "partition a PostgreSQL table, stop partitioning it, or change its partition key", "PostgreSQL cannot do it to an existing table: no statement changes it in place, so nothing runs and the table keeps its partitioning.", "use expand-contract: create the new table partitioned as desired, copy the rows in batches while writing to both, switch readers, then drop or rename the old one", DocExpandContract, ""},
	{"incompatible-type", Dangerous, "change to an incompatible type", "Values that cannot be converted make the change fail or are silently lost or mangled.", "use expand-contract: add a new column, backfill converted values, switch readers, then drop the old one", DocExpandContract, ""},
}

var byCode = func() map[string]Rule {
	m := map[string]Rule{}
	for _, r := range Rules {
		if _, dup := m[r.Code]; dup {
			panic("risk: duplicate rule code " + r.Code)
		}
		m[r.Code] = r
	}
	return m
}()

// RuleFor returns the rule with the given code.
func RuleFor(code string) (Rule, bool) {
	r, ok := byCode[code]
	return r, ok
}

// Codes lists every rule code, sorted.
func Codes() []string {
	var out []string
	for _, r := range Rules {
		out = append(out, r.Code)
	}
	sort.Strings(out)
	return out
}
