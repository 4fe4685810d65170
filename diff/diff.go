package diff

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// Compute returns the changes that turn actual into desired. Both schemas
// must come from the same dialect (the desired one normalized by it). The
// result is sorted by table, then by kind, then by object name.
func Compute(actual, desired *schema.Schema) []Change {
	var out []Change
	matched := map[*schema.Table]bool{}
	pairs := map[*schema.Table]*schema.Table{}
	for _, want := range desired.Tables {
		have := actual.TableIn(want.Schema, want.Name)
		if have == nil {
			for _, old := range want.Previously {
				if t := actual.TableIn(want.Schema, old); t != nil && desired.TableIn(want.Schema, old) == nil {
					have = t
					out = append(out, RenameTable{From: t, To: want})
					break
				}
			}
		}
		if have == nil {
			out = append(out, AddTable{Table: want})
			continue
		}
		matched[have] = true
		pairs[want] = have
	}
	rn := newRenames(pairs)
	for _, want := range desired.Tables {
		if have := pairs[want]; have != nil {
			out = append(out, compareTable(have, want, rn)...)
		}
	}
	for _, have := range actual.Tables {
		if !matched[have] {
			d := DropTable{Table: have}
			for _, want := range desired.Tables {
				if want.Schema == have.Schema && pairs[want] != nil && pairs[want].Name == want.Name && slices.Contains(want.Previously, have.Name) {
					d.ContinuedBy = want.Name
				}
			}
			out = append(out, d)
		}
	}
	Sort(out)
	return out
}

// renames records the renames a diff carries out, from desired names to
// actual ones. A declared former name counts only while the database still
// has it: once the rename ran, the desired name is the actual one, and keys
// must compare under it.
type renames struct {
	// tables maps a desired table (schema, name) to its actual name.
	tables map[[2]string]string
	// columns maps a desired table (schema, name), then a desired column, to the actual column.
	columns map[[2]string]map[string]string
}

func newRenames(pairs map[*schema.Table]*schema.Table) renames {
	r := renames{tables: map[[2]string]string{}, columns: map[[2]string]map[string]string{}}
	for want, have := range pairs {
		key := [2]string{want.Schema, want.Name}
		r.tables[key] = have.Name
		cols := map[string]string{}
		used := map[string]bool{}
		for _, wc := range want.Columns {
			if have.Column(wc.Name) != nil {
				used[wc.Name] = true
			}
		}
		for _, wc := range want.Columns {
			if have.Column(wc.Name) != nil {
				continue
			}
			for _, old := range wc.Previously {
				if have.Column(old) != nil && want.Column(old) == nil && !used[old] {
					cols[wc.Name] = old
					used[old] = true
					break
				}
			}
		}
		r.columns[key] = cols
	}
	return r
}

// column maps a column of desired table t to the actual name it has now.
func (r renames) column(t *schema.Table, col string) string {
	if old, ok := r.columns[[2]string{t.Schema, t.Name}][col]; ok {
		return old
	}
	return col
}

// Sort orders changes by table, kind and object name; the columns added
// to a table come in the order the desired table declares them.
func Sort(cs []Change) {
	rank := map[Kind]int{}
	for i, k := range Kinds {
		rank[k] = i
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.TableName() != b.TableName() {
			return a.TableName() < b.TableName()
		}
		if rank[a.Kind()] != rank[b.Kind()] {
			return rank[a.Kind()] < rank[b.Kind()]
		}
		if x, ok := a.(AddColumn); ok {
			if y, ok := b.(AddColumn); ok && x.Position != y.Position {
				return x.Position < y.Position
			}
		}
		if a.ColumnName() != b.ColumnName() {
			return a.ColumnName() < b.ColumnName()
		}
		return a.String() < b.String()
	})
}

func compareTable(have, want *schema.Table, rn renames) []Change {
	var out []Change
	matched := map[*schema.Column]bool{}
	var added []*schema.Column
	// MySQL's table default collation is the one of every column without
	// its own. When it changes, a column at it keeps the collation it has
	// (the new default only reaches columns added later), so columns
	// compare under the collations they have and get, spelled out.
	hd, wd := have.Options["collation"], want.Options["collation"]
	newDefault := hd != "" && wd != "" && !strings.EqualFold(hd, wd)
	for _, wc := range want.Columns {
		hc := have.Column(wc.Name)
		if hc == nil {
			for _, old := range wc.Previously {
				if c := have.Column(old); c != nil && want.Column(old) == nil && !matched[c] {
					hc = c
					out = append(out, RenameColumn{Table: have, From: c, To: wc})
					break
				}
			}
		}
		if hc == nil {
			added = append(added, wc)
			add := AddColumn{Table: have, Column: wc}
			if newDefault {
				add.Column = withCollation(wc, wd)
			}
			if i := slices.Index(want.Columns, wc); i >= 0 {
				add.Position = i
				if i > 0 {
					add.After = want.Columns[i-1].Name
				}
				if i < len(want.Columns)-1 {
					add.Before = want.Columns[i+1].Name
				}
			}
			out = append(out, add)
			continue
		}
		matched[hc] = true
		if newDefault && hasCollation(hc) && hasCollation(wc) {
			out = append(out, compareColumn(have, want, withCollation(hc, hd), withCollation(wc, wd))...)
		} else {
			out = append(out, compareColumn(have, want, hc, wc)...)
		}
	}
	for _, hc := range have.Columns {
		if matched[hc] {
			continue
		}
		d := DropColumn{Table: have, Column: hc}
		for _, wc := range want.Columns {
			if slices.Contains(wc.Previously, hc.Name) && have.Column(wc.Name) != nil {
				d.ContinuedBy = wc.Name
			}
		}
		for _, a := range added {
			if a.Type.Kind == hc.Type.Kind {
				d.RenameHint, d.RenameHintSource = a.Name, a.Source
				break
			}
		}
		out = append(out, d)
	}
	if newDefault {
		out = append(out, AlterTableOption{Table: have, Want: want, Option: "collation", From: hd, To: wd})
	}
	out = append(out, compareKeys(have, want, rn)...)
	return out
}

// The details of the ModifyColumn changes a PostgreSQL domain's new
// definition makes, one per column of the domain.
const (
	// DetailDomainConstraints: the domain's NOT NULL or checks change.
	DetailDomainConstraints = "domain constraints"
	// DetailDomainBase: the domain's base type changes, which ALTER
	// DOMAIN cannot do.
	DetailDomainBase = "domain base type"
	// DetailDomainDefault: the domain's DEFAULT changes, which ALTER
	// DOMAIN ... SET DEFAULT / DROP DEFAULT does in the catalog.
	DetailDomainDefault = "domain default"
)

func compareColumn(t, want *schema.Table, from, to *schema.Column) []Change {
	var out []Change
	mod := func(k Kind, detail string) {
		out = append(out, ModifyColumn{Table: t, From: from, To: to, Aspect: k, Detail: detail, Want: want})
	}
	if !from.Type.Equal(to.Type) {
		if from.Type.Kind == schema.KindEnum && to.Type.Kind == schema.KindEnum && sameBase(from.Type, to.Type) {
			mod(KindAlterEnum, "")
		} else {
			mod(KindAlterType, "")
		}
	} else if fd, td := from.Type.Domain, to.Type.Domain; fd != nil && td != nil {
		// The same PostgreSQL domain, defined otherwise: ALTER DOMAIN
		// changes it for every column of the domain, and each column's
		// change carries its own rows (DetailDomainConstraints).
		switch {
		case !strings.EqualFold(fd.Base, td.Base):
			mod(KindOther, DetailDomainBase)
		case !fd.SameConstraints(td):
			mod(KindOther, DetailDomainConstraints)
		}
		if strings.EqualFold(fd.Base, td.Base) && fd.Default != td.Default {
			mod(KindOther, DetailDomainDefault)
		}
	}
	switch {
	case from.Nullable && !to.Nullable:
		mod(KindSetNotNull, "")
	case !from.Nullable && to.Nullable:
		mod(KindDropNotNull, "")
	}
	switch {
	case from.Default == nil && to.Default != nil:
		mod(KindSetDefault, "")
	case from.Default != nil && to.Default == nil:
		mod(KindDropDefault, "")
	case from.Default != nil && to.Default != nil && *from.Default != *to.Default:
		mod(KindChangeDefault, "")
	}
	if from.AutoIncrement != to.AutoIncrement || (from.Identity != "" && to.Identity != "" && from.Identity != to.Identity) {
		mod(KindOther, "autoincrement")
	}
	// Every dialect inspects a column at its default collation as "", and a
	// desired schema is inspected the same way: "" is the default, so a
	// column leaving an explicit collation for it changes too.
	if !strings.EqualFold(from.Collation, to.Collation) {
		mod(KindOther, "collation")
	}
	if NormalizeExpr(from.Generated) != NormalizeExpr(to.Generated) || from.GeneratedStored != to.GeneratedStored {
		mod(KindOther, "generated expression")
	}
	if from.OnUpdate != to.OnUpdate {
		mod(KindOther, "on update")
	}
	if from.Invisible != to.Invisible {
		mod(KindOther, "invisible")
	}
	return out
}

// hasCollation reports whether a column's values have a collation (MySQL
// gives one to character and enum columns).
func hasCollation(c *schema.Column) bool {
	return c.Type.Kind.IsString() || c.Type.Kind == schema.KindEnum
}

// withCollation is c with the table default collation coll spelled out
// when c has a collation and none of its own.
func withCollation(c *schema.Column, coll string) *schema.Column {
	if c.Collation != "" || !hasCollation(c) {
		return c
	}
	cp := *c
	cp.Collation = coll
	return &cp
}

// sameBase reports whether two enum types differ only in their values.
func sameBase(a, b schema.Type) bool { return a.EnumName == b.EnumName }

func compareKeys(have, want *schema.Table, rn renames) []Change {
	var out []Change
	if !samePK(have.PrimaryKey, want.PrimaryKey, want, rn) {
		out = append(out, AlterPrimaryKey{Table: have, From: have.PrimaryKey, To: want.PrimaryKey, Want: want})
	}
	// Indexes are matched by what they do, not by name: names differ between
	// the ones a DocType generates and the ones a DBA typed.
	hs := map[string]*schema.Index{}
	for _, ix := range have.Indexes {
		hs[ix.Signature()] = ix
	}
	seen := map[string]bool{}
	for _, ix := range want.Indexes {
		sig := renamedSignature(ix, want, rn)
		seen[sig] = true
		if _, ok := hs[sig]; !ok && !ix.Implicit {
			out = append(out, AddIndex{Table: have, Index: ix, Want: want})
		}
	}
	for _, ix := range have.Indexes {
		// An engine's own index for a foreign key stays while the desired
		// table keeps a foreign key over its columns.
		if !seen[ix.Signature()] && !(ix.Implicit && hasFKOver(want, ix.Columns(), rn)) {
			out = append(out, DropIndex{Table: have, Index: ix})
		}
	}

	hf := map[string]*schema.ForeignKey{}
	for _, fk := range have.ForeignKeys {
		hf[fk.Signature()] = fk
	}
	wf := map[string]bool{}
	for _, fk := range want.ForeignKeys {
		sig := renamedFKSignature(fk, want, rn)
		wf[sig] = true
		old, ok := hf[sig]
		switch {
		case !ok:
			out = append(out, AddForeignKey{Table: have, FK: fk, Want: want})
		case old.OnDelete != fk.OnDelete || old.OnUpdate != fk.OnUpdate || old.MatchFull != fk.MatchFull || old.Deferrable != fk.Deferrable,
			old.NotValid && !fk.NotValid: // left NOT VALID by a failed VALIDATE
			out = append(out, AlterForeignKey{Table: have, From: old, To: fk})
		}
	}
	for _, fk := range have.ForeignKeys {
		if !wf[fk.Signature()] {
			out = append(out, DropForeignKey{Table: have, FK: fk})
		}
	}

	for _, o := range TableOptions {
		if from, to := have.Options[o], want.Options[o]; from != to {
			out = append(out, AlterTableOption{Table: have, Want: want, Option: o, From: from, To: to})
		}
	}
	// Only a desired side that can say how a table is partitioned has the
	// key (OptionPartitionBy); the key's columns are compared under their
	// names before the plan's renames.
	if to, said := want.Options[OptionPartitionBy]; said {
		if from := have.Options[OptionPartitionBy]; from != renameInExpr(to, want, rn) {
			out = append(out, AlterTableOption{Table: have, Want: want, Option: OptionPartitionBy, From: from, To: to})
		}
	}

	hc := map[string]*schema.Check{}
	byName := map[string]*schema.Check{}
	for _, c := range have.Checks {
		hc[checkKey(c.Expr)] = c
		if c.Name != "" {
			byName[c.Name] = c
		}
	}
	used := map[*schema.Check]bool{}
	for _, c := range want.Checks {
		if old, ok := hc[checkKey(renameInExpr(c.Expr, want, rn))]; ok && !used[old] {
			used[old] = true
			if old.NotValid && !c.NotValid {
				// Left NOT VALID by a failed VALIDATE: validating it is a change.
				out = append(out, AlterCheck{Table: have, From: old, To: c, Want: want})
			}
			continue
		}
		if old, ok := byName[c.Name]; ok && c.Name != "" && !used[old] {
			used[old] = true
			out = append(out, AlterCheck{Table: have, From: old, To: c, Want: want})
			continue
		}
		if old := sameColumnInList(have, renameInExpr(c.Expr, want, rn), used); old != nil {
			// A select's check under another name (SQLite's unnamed CHECK,
			// an engine-made name): the new list replaces the old one.
			// As a drop plus an add, sync could drop the old check and keep
			// the new one back, leaving the column unchecked.
			used[old] = true
			out = append(out, AlterCheck{Table: have, From: old, To: c, Want: want})
			continue
		}
		out = append(out, AddCheck{Table: have, Check: c, Want: want})
	}
	for _, c := range have.Checks {
		if !used[c] {
			out = append(out, DropCheck{Table: have, Check: c})
		}
	}
	return append(out, compareExclusions(have, want, rn)...)
}

// compareExclusions pairs exclusion constraints by definition (with the
// plan's column renames undone), then by name: a named one whose
// definition changed is one AlterExclusion.
func compareExclusions(have, want *schema.Table, rn renames) []Change {
	var out []Change
	used := map[*schema.Exclusion]bool{}
	var unmatched []*schema.Exclusion
	for _, x := range want.Exclusions {
		def := renameInExpr(x.Def, want, rn)
		var found *schema.Exclusion
		for _, h := range have.Exclusions {
			if !used[h] && h.Def == def {
				found = h
				break
			}
		}
		if found == nil {
			unmatched = append(unmatched, x)
			continue
		}
		used[found] = true
	}
	for _, x := range unmatched {
		var old *schema.Exclusion
		for _, h := range have.Exclusions {
			if !used[h] && h.Name == x.Name {
				old = h
				break
			}
		}
		if old != nil {
			used[old] = true
			out = append(out, AlterExclusion{Table: have, From: old, To: x, Want: want})
			continue
		}
		out = append(out, AddExclusion{Table: have, Exclusion: x, Want: want})
	}
	for _, h := range have.Exclusions {
		if !used[h] {
			out = append(out, DropExclusion{Table: have, Exclusion: h})
		}
	}
	return out
}

// sameColumnInList is the one check of have, not yet matched, that is an
// IN list over the same column as expr (also an IN list), or nil.
func sameColumnInList(have *schema.Table, expr string, used map[*schema.Check]bool) *schema.Check {
	col, _, ok := InList(expr)
	if !ok {
		return nil
	}
	var found *schema.Check
	for _, c := range have.Checks {
		if used[c] {
			continue
		}
		if hc, _, ok := InList(c.Expr); ok && strings.EqualFold(hc, col) {
			if found != nil {
				return nil // two candidates: no guess
			}
			found = c
		}
	}
	return found
}

// hasFKOver reports whether t has a foreign key over exactly cols, the
// actual names: a desired key over a renamed column counts under the name
// the column has now (MariaDB carries its implicit index through RENAME
// COLUMN, and drops it by itself once another index serves the key).
func hasFKOver(t *schema.Table, cols []string, rn renames) bool {
	for _, fk := range t.ForeignKeys {
		if slices.EqualFunc(fk.Columns, cols, func(a, b string) bool { return rn.column(t, a) == b }) {
			return true
		}
	}
	return false
}

// renamedSignature is the index signature with the desired table's renamed
// columns written under their actual names, so a rename alone does not rebuild indexes.
func renamedSignature(ix *schema.Index, t *schema.Table, rn renames) string {
	c := *ix
	c.Parts = append([]schema.IndexPart(nil), ix.Parts...)
	for i := range c.Parts {
		if c.Parts[i].Column != "" {
			c.Parts[i].Column = rn.column(t, c.Parts[i].Column)
		}
	}
	return c.Signature()
}

// renamedFKSignature is the foreign key signature under actual names: its
// own columns and, when the parent table or its columns are being renamed,
// the parent's former names (the engine carries references through a rename).
func renamedFKSignature(fk *schema.ForeignKey, t *schema.Table, rn renames) string {
	c := *fk
	c.Columns = make([]string, len(fk.Columns))
	for i, col := range fk.Columns {
		c.Columns[i] = rn.column(t, col)
	}
	ref := &schema.Table{Schema: fk.RefSchema, Name: fk.RefTable}
	if fk.RefSchema == "" {
		ref.Schema = t.Schema
	}
	c.RefColumns = make([]string, len(fk.RefColumns))
	for i, col := range fk.RefColumns {
		c.RefColumns[i] = rn.column(ref, col)
	}
	if old, ok := rn.tables[[2]string{ref.Schema, ref.Name}]; ok {
		c.RefTable = old
	}
	return c.Signature()
}

func renameInExpr(expr string, t *schema.Table, rn renames) string {
	for _, c := range t.Columns {
		if old := rn.column(t, c.Name); old != c.Name {
			expr = replaceIdent(expr, c.Name, old)
		}
	}
	return expr
}

// IdentCase is how a dialect matches a column name written in an
// expression with the column's name in the catalog.
type IdentCase int

const (
	// CaseExact matches the name as written, quoted or not.
	CaseExact IdentCase = iota
	// CaseFoldASCII matches in any ASCII case, quoted or not (SQLite).
	CaseFoldASCII
	// CaseFold matches in any case, quoted or not (MySQL and MariaDB,
	// whose column names are case-insensitive).
	CaseFold
	// CaseFoldUnquoted folds a bare name to lower case and matches a
	// quoted one as written (PostgreSQL: QTY is qty, "QTY" is not).
	CaseFoldUnquoted
)

// String names the rule.
func (c IdentCase) String() string {
	switch c {
	case CaseFoldASCII:
		return "fold-ascii"
	case CaseFold:
		return "fold"
	case CaseFoldUnquoted:
		return "fold-unquoted"
	}
	return "exact"
}

// matches reports whether an identifier as written (quoted tells whether
// it was in quotes, which word excludes) names the column name.
func (c IdentCase) matches(word string, quoted bool, name string) bool {
	switch c {
	case CaseFoldASCII:
		return asciiFold(word) == asciiFold(name)
	case CaseFold:
		return strings.EqualFold(word, name)
	case CaseFoldUnquoted:
		if quoted {
			return word == name
		}
		return strings.ToLower(word) == name
	}
	return word == name
}

// asciiFold lower-cases the ASCII letters of s and leaves the rest.
func asciiFold(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// ReplaceIdent replaces every reference to column from in an expression,
// bare or quoted with double quotes or backticks, quotes included, with
// other SQL text (a literal, another column). A reference matches as the
// dialect matches names (ic): PostgreSQL reads QTY > 0 as qty > 0, MySQL
// and SQLite read a name in any case. Text in string literals is never
// taken for a name.
func ReplaceIdent(expr, from, to string, ic IdentCase) string {
	var b strings.Builder
	i := 0
	for i < len(expr) {
		c := expr[i]
		switch {
		case c == '\'':
			j := i + 1
			for j < len(expr) {
				if expr[j] == '\'' {
					if j+1 < len(expr) && expr[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			j = min(j+1, len(expr))
			b.WriteString(expr[i:j])
			i = j
		case c == '"' || c == '`':
			j := strings.IndexByte(expr[i+1:], c)
			for j >= 0 && i+1+j+1 < len(expr) && expr[i+1+j+1] == c {
				// A doubled quote stands for itself inside the name.
				k := strings.IndexByte(expr[i+1+j+2:], c)
				if k < 0 {
					j = -1
					break
				}
				j += 2 + k
			}
			if j < 0 {
				b.WriteString(expr[i:])
				return b.String()
			}
			end := i + 1 + j + 1
			name := strings.ReplaceAll(expr[i+1:end-1], string([]byte{c, c}), string(c))
			if ic.matches(name, true, from) {
				b.WriteString(to)
			} else {
				b.WriteString(expr[i:end])
			}
			i = end
		case isIdentByte(c) && (c < '0' || c > '9'):
			j := i
			for j < len(expr) && (isIdentByte(expr[j]) || expr[j] == '$') {
				j++
			}
			if ic.matches(expr[i:j], false, from) {
				b.WriteString(to)
			} else {
				b.WriteString(expr[i:j])
			}
			i = j
		case isIdentByte(c):
			// A number, with what follows it (1e5, 0x1F): never a name.
			j := i
			for j < len(expr) && isIdentByte(expr[j]) {
				j++
			}
			b.WriteString(expr[i:j])
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// Mentions reports whether an expression refers to column name, matched
// as ReplaceIdent matches it (ic; never inside a string literal).
func Mentions(expr, name string, ic IdentCase) bool {
	// A NUL byte cannot occur in SQL text: the expression changes exactly
	// when some reference was replaced.
	return ReplaceIdent(expr, name, "\x00", ic) != expr
}

// isIdentByte reports whether c may be part of a bare name: ASCII
// letters, digits, underscore, and any byte of a non-ASCII character.
func isIdentByte(c byte) bool {
	return c == '_' || c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func identRE(name string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^A-Za-z0-9_"` + "`" + `])(["` + "`" + `]?)` + regexp.QuoteMeta(name) + `(["` + "`" + `]?)($|[^A-Za-z0-9_])`)
}

// replaceIdent renames an identifier in an expression, bare or quoted with
// double quotes or MySQL's backticks (MariaDB prints check clauses with them).
func replaceIdent(expr, from, to string) string {
	return identRE(from).ReplaceAllString(expr, "${1}${2}"+strings.ReplaceAll(to, "$", "$$")+"${3}${4}")
}

func samePK(a, b *schema.Index, want *schema.Table, rn renames) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if len(a.Parts) != len(b.Parts) {
		return false
	}
	for i := range a.Parts {
		if a.Parts[i].Column != rn.column(want, b.Parts[i].Column) {
			return false
		}
	}
	return true
}

var spaceRE = regexp.MustCompile(`\s+`)

// NormalizeExpr collapses whitespace, drops redundant outer parentheses and
// lower-cases keywords outside quotes, so that two spellings of one
// expression compare equal.
func NormalizeExpr(e string) string {
	e = strings.TrimSpace(spaceRE.ReplaceAllString(e, " "))
	for len(e) >= 2 && e[0] == '(' && e[len(e)-1] == ')' && balanced(e[1:len(e)-1]) {
		e = strings.TrimSpace(e[1 : len(e)-1])
	}
	var b strings.Builder
	quote := byte(0)
	for i := 0; i < len(e); i++ {
		ch := e[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
			b.WriteByte(ch)
		case (ch == '"' || ch == '`') && plainIdentAt(e, i):
			// "quantity" and quantity are the same column: SQLite writes the
			// quotes into a check when it renames a column.
			end := strings.IndexByte(e[i+1:], ch)
			b.WriteString(e[i+1 : i+1+end])
			i += end + 1
		case ch == '\'' || ch == '"' || ch == '`':
			quote = ch
			b.WriteByte(ch)
		case ch == ' ' && i > 0 && i+1 < len(e) && (e[i-1] == '(' || e[i+1] == ')' || e[i+1] == ',' || e[i-1] == ','):
			// drop spaces next to punctuation
		default:
			b.WriteString(strings.ToLower(string(ch)))
		}
	}
	return b.String()
}

var plainIdentRE = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// plainIdentAt reports whether e[i] opens a quoted identifier that needs no
// quotes: lower-case letters, digits and underscores, which every dialect
// reads the same bare.
func plainIdentAt(e string, i int) bool {
	end := strings.IndexByte(e[i+1:], e[i])
	return end > 0 && plainIdentRE.MatchString(e[i+1:i+1+end])
}

func balanced(s string) bool {
	depth := 0
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			continue
		}
		switch ch {
		case '\'', '"', '`':
			quote = ch
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
