package report

import (
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/schemaguard/schemaguard/risk"
)

// SARIFVersion is the version of the SARIF format SARIF writes.
const SARIFVersion = "2.1.0"

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// The SARIF model below holds only the fields schemaguard fills; see the
// OASIS SARIF 2.1.0 specification for the rest.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	HelpURI              string       `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties sarifProperties `json:"properties"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical `json:"logicalLocations"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifProperties struct {
	Kind         string `json:"kind"`
	Risk         string `json:"risk"`
	StaticRisk   string `json:"static_risk"`
	Checked      string `json:"checked"`
	AffectedRows *int64 `json:"affected_rows"`
}

// sarifLevel maps a risk level to a SARIF result level.
func sarifLevel(r string) string {
	switch r {
	case risk.Dangerous.String():
		return "error"
	case risk.Warning.String():
		return "warning"
	}
	return "note"
}

// SARIF writes the report as a minimal SARIF 2.1.0 log for code-scanning
// tools: one rule per code used by a non-safe change, and one result per
// non-safe change (DANGEROUS is "error", WARNING "warning"). Each result is
// located logically at its table or column, and physically at the desired
// schema file and line when the change has a source.
func SARIF(w io.Writer, d *Document) error {
	var codes []string
	first := map[string]Change{}
	for _, c := range d.Changes {
		if !reportable(c) {
			continue
		}
		if _, ok := first[c.Code]; !ok {
			first[c.Code] = c
			codes = append(codes, c.Code)
		}
	}
	sort.Strings(codes)
	index := map[string]int{}
	rules := []sarifRule{}
	for i, code := range codes {
		index[code] = i
		c := first[code]
		desc := code
		level := sarifLevel(c.StaticRisk)
		if r, ok := risk.RuleFor(code); ok {
			desc = r.Summary
			level = sarifLevel(r.Level.String())
		}
		rules = append(rules, sarifRule{
			ID:                   code,
			ShortDescription:     sarifMessage{Text: desc},
			HelpURI:              c.DocsURL,
			DefaultConfiguration: sarifConfig{Level: level},
		})
	}
	results := []sarifResult{}
	for _, c := range d.Changes {
		if !reportable(c) {
			continue
		}
		results = append(results, sarifResult{
			RuleID:    c.Code,
			RuleIndex: index[c.Code],
			Level:     sarifLevel(c.Risk),
			Message:   sarifMessage{Text: strings.TrimSpace(c.Message + " " + c.Impact + " Instead: " + c.Recommendation + ".")},
			Locations: []sarifLocation{location(c)},
			Properties: sarifProperties{
				Kind: string(c.Kind), Risk: c.Risk, StaticRisk: c.StaticRisk,
				Checked: c.Checked, AffectedRows: c.AffectedRows,
			},
		})
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: SARIFVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           "schemaguard",
				InformationURI: "https://github.com/schemaguard/schemaguard",
				Rules:          rules,
			}},
			Results: results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// reportable reports whether a change becomes a SARIF result.
func reportable(c Change) bool {
	return c.Risk == risk.Warning.String() || c.Risk == risk.Dangerous.String()
}

// location places a change at its table or column, and at its source line.
func location(c Change) sarifLocation {
	table := c.Table
	if c.Schema != "" {
		table = c.Schema + "." + c.Table
	}
	logical := sarifLogical{Name: c.Table, FullyQualifiedName: table, Kind: "type"}
	switch {
	case c.Column != nil:
		logical = sarifLogical{Name: *c.Column, FullyQualifiedName: table + "." + *c.Column, Kind: "member"}
	case len(c.Columns) > 0:
		cols := strings.Join(c.Columns, ", ")
		logical = sarifLogical{Name: "(" + cols + ")", FullyQualifiedName: table + "(" + cols + ")", Kind: "member"}
	}
	loc := sarifLocation{LogicalLocations: []sarifLogical{logical}}
	if c.Source != "" {
		path, line := c.Source, 0
		if i := strings.LastIndexByte(path, ':'); i > 0 {
			if n, err := strconv.Atoi(path[i+1:]); err == nil {
				path, line = path[:i], n
			}
		}
		loc.PhysicalLocation = &sarifPhysical{ArtifactLocation: sarifArtifact{URI: filepathToURI(path)}}
		if line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: line}
		}
	}
	return loc
}

// filepathToURI turns a relative or absolute OS path into a SARIF URI reference.
func filepathToURI(p string) string {
	p = strings.ReplaceAll(p, `\`, "/")
	if strings.HasPrefix(p, "/") {
		return "file://" + p
	}
	return p
}
