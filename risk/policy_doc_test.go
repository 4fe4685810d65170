package risk_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/risk"
)

var update = flag.Bool("update", false, "rewrite the generated block of docs/risk-policy.md")

const (
	policyDoc  = "../docs/risk-policy.md"
	beginRules = "<!-- BEGIN RULES -->"
	endRules   = "<!-- END RULES -->"
)

// rulesTable renders risk.Rules as the Markdown table of docs/risk-policy.md.
func rulesTable() string {
	var b strings.Builder
	b.WriteString("\n<!-- Generated from risk.Rules by `go test ./risk -update`. Do not edit by hand. -->\n\n")
	b.WriteString("| Code | Level | What it is | What happens to existing rows | Recommendation | Docs | Data evidence |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, r := range risk.Rules {
		page := strings.TrimPrefix(r.Doc, "docs/")
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | [%s](%s) | %s |\n",
			r.Code, r.Level.Upper(), cell(r.Summary), cell(r.Impact), cell(r.Recommendation),
			strings.TrimSuffix(filepath.Base(page), ".md"), page, evidence(r.Evidence, r.Level))
	}
	b.WriteString("\n")
	return b.String()
}

func evidence(e string, l risk.Level) string {
	switch e {
	case "":
		return "none: the level stands whatever the data"
	case "raise":
		return "affected rows > 0 → DANGEROUS; 0 rows → stays " + l.Upper()
	case "empty-table":
		return "empty table → SAFE; any row → DANGEROUS"
	}
	return "unknown (" + e + ")"
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func TestPolicyDocUpToDate(t *testing.T) {
	old, err := os.ReadFile(policyDoc)
	if err != nil {
		t.Fatalf("reading %s: %v", policyDoc, err)
	}
	i := bytes.Index(old, []byte(beginRules))
	j := bytes.Index(old, []byte(endRules))
	if i < 0 || j < i {
		t.Fatalf("%s lacks the %s ... %s markers", policyDoc, beginRules, endRules)
	}
	var want bytes.Buffer
	want.Write(old[:i+len(beginRules)])
	want.WriteString(rulesTable())
	want.Write(old[j:])
	if bytes.Equal(old, want.Bytes()) {
		return
	}
	if *update {
		if err := os.WriteFile(policyDoc, want.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date with risk.Rules: run `go test ./risk -update` and review the diff", policyDoc)
}

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestRulesWellFormed(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, r := range risk.Rules {
		t.Run(r.Code, func(t *testing.T) {
			if seen[r.Code] {
				t.Errorf("duplicate code %q", r.Code)
			}
			seen[r.Code] = true
			if !kebab.MatchString(r.Code) {
				t.Errorf("code %q is not lower-case kebab", r.Code)
			}
			if r.Level != risk.Safe && r.Level != risk.Warning && r.Level != risk.Dangerous {
				t.Errorf("level %v is not SAFE, WARNING or DANGEROUS", r.Level)
			}
			switch r.Evidence {
			case "", "empty-table":
			case "raise":
				if r.Level == risk.Dangerous {
					t.Errorf("evidence %q cannot raise a rule that is already DANGEROUS", r.Evidence)
				}
			default:
				t.Errorf("unknown evidence %q", r.Evidence)
			}
			if r.Summary == "" || r.Impact == "" || r.Recommendation == "" {
				t.Error("summary, impact and recommendation must all be set")
			}
			if first := r.Recommendation[:1]; first != strings.ToLower(first) || strings.HasSuffix(r.Recommendation, ".") {
				t.Errorf("recommendation %q is not a lower-case verb phrase without a final period", r.Recommendation)
			}
			if !strings.HasPrefix(r.Doc, "docs/patterns/") {
				t.Errorf("doc %q is not under docs/patterns/", r.Doc)
			}
			if _, err := os.Stat(filepath.Join("..", filepath.FromSlash(r.Doc))); err != nil {
				t.Errorf("doc page %s does not exist: %v", r.Doc, err)
			}
			if got, ok := risk.RuleFor(r.Code); !ok || got.Code != r.Code {
				t.Errorf("RuleFor(%q) does not find the rule", r.Code)
			}
		})
	}
	if got := risk.Codes(); len(got) != len(risk.Rules) {
		t.Errorf("Codes() has %d codes, Rules %d", len(got), len(risk.Rules))
	}
}

// TestPolicyDocLinksEveryCode guards the hand-written sections too: every
// code appears in the doc (at least in the generated table).
func TestPolicyDocLinksEveryCode(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile(policyDoc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range risk.Codes() {
		if !bytes.Contains(doc, []byte("`"+c+"`")) {
			t.Errorf("%s does not mention `%s`", policyDoc, c)
		}
	}
}

// TestPatternPagesListTheirCodes requires each pattern page to name every
// rule code that links to it, so that the pages stay in step with the table.
func TestPatternPagesListTheirCodes(t *testing.T) {
	t.Parallel()
	byDoc := map[string][]string{}
	for _, r := range risk.Rules {
		byDoc[r.Doc] = append(byDoc[r.Doc], r.Code)
	}
	for doc, codes := range byDoc {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(doc)))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range codes {
				if !bytes.Contains(page, []byte("`"+c+"`")) {
					t.Errorf("%s does not name `%s`, which links to it", doc, c)
				}
			}
		})
	}
}
