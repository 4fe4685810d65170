package sqltext

import (
	"fmt"
	"strings"
	"testing"
)

func TestLeadingLines(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int{
		"CREATE TABLE t (id int)":                     0,
		"\n\n  CREATE TABLE t (id int)":               2,
		" -- one\n\n/* two;\n lines */\nCREATE TABLE": 4,
		"# mysql\nCREATE TABLE":                       1,
		"-- only a comment":                           0,
	} {
		if got := LeadingLines(in); got != want {
			t.Errorf("LeadingLines(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestSplit(t *testing.T) {
	t.Parallel()
	lines := func(st []Statement) []int {
		var out []int
		for _, s := range st {
			out = append(out, s.Line)
		}
		return out
	}
	tests := []struct {
		name  string
		text  string
		syn   Syntax
		lines []int
	}{
		{"plain", "CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);", Syntax{}, []int{1, 3}},
		{"literals and comments", "-- x;\nCREATE TABLE a (s text DEFAULT 'a;b'); /* c;\n d */\nCREATE TABLE \"b;\" (id int);", Syntax{}, []int{2, 4}},
		{"mysql escapes and hash", "CREATE TABLE a (s text DEFAULT 'it\\'s;');\n# c;\nCREATE TABLE b (id int);", Syntax{Backslash: true, Hash: true}, []int{1, 3}},
		{"mysql conditional comment is code", "/*!40101 SET NAMES utf8 */;\nCREATE TABLE b (id int);", Syntax{Conditional: true, Hash: true}, []int{1, 2}},
		{"dollar quotes", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nCREATE TABLE b (id int);", Syntax{Dollar: true}, []int{1, 2}},
		{"tagged dollar quotes", "DO $body$ BEGIN PERFORM 1; END $body$;\nSELECT 1;", Syntax{Dollar: true}, []int{1, 2}},
		{"trigger body", "CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END;\nCREATE TABLE [c;] (id int);", Syntax{Brackets: true, Triggers: true}, []int{1, 2}},
		{"only comments", "-- nothing\n/* at all */", Syntax{}, nil},
	}
	for _, tt := range tests {
		got := Split(tt.text, tt.syn)
		if fmt.Sprint(lines(got)) != fmt.Sprint(tt.lines) {
			t.Errorf("%s: statements at lines %v, want %v (%+v)", tt.name, lines(got), tt.lines, got)
		}
	}
}

func TestSplitDoesNotHideStatements(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		text string
		syn  Syntax
		n    int
	}{
		{"mysql --x is minus minus", "INSERT INTO t VALUES (1--1, 'x'); DROP DATABASE other;", Syntax{Backslash: true, Hash: true}, 2},
		{"sqlite begin outside a trigger", "CREATE TABLE trigger_log(id, begin); ATTACH DATABASE 'x' AS o; CREATE TABLE zz(end);", Syntax{Brackets: true, Triggers: true}, 3},
		{"postgres nested comments", "/* /* */ SELECT 1 */ COMMIT; CREATE ROLE evil;", Syntax{Dollar: true}, 2},
		{"postgres $ in a name", "SELECT 1 AS a$b$; COMMIT; SELECT 2 AS a$b$;", Syntax{Dollar: true}, 3},
		{"postgres E strings", "SELECT E'\\''; COMMIT; SELECT 'x';", Syntax{Dollar: true}, 3},
	} {
		if got := Split(tt.text, tt.syn); len(got) != tt.n {
			t.Errorf("%s: %d statements, want %d: %+v", tt.name, len(got), tt.n, got)
		}
	}
}

func TestUncompared(t *testing.T) {
	for stmt, want := range map[string]string{
		"CREATE VIEW v AS SELECT 1":                                      "CREATE VIEW",
		"-- x\ncreate or replace view v as select 1":                     "CREATE VIEW",
		"CREATE MATERIALIZED VIEW m AS SELECT 1":                         "CREATE MATERIALIZED VIEW",
		"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END":    "CREATE TRIGGER",
		"CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW v AS SELECT 1": "CREATE VIEW",
		"CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ select 1 $$":   "CREATE FUNCTION",
		"INSERT INTO a VALUES (1)":                                       "INSERT",
		"COMMENT ON TABLE a IS 'x'":                                      "COMMENT",
		"CREATE TABLE v (id int)":                                        "",
		"CREATE UNIQUE INDEX view ON a (x)":                              "",
		"CREATE TABLE trigger_log AS SELECT 1":                           "",
		"ALTER TABLE a ADD COLUMN b int":                                 "",
		"CREATE TYPE mood AS ENUM ('a')":                                 "",
		"/* c */ CREATE TABLE \"VIEW\" (id int)":                         "",
	} {
		got := Uncompared(stmt)
		if want == "" && got != "" || want != "" && !strings.HasPrefix(got, want+" is not compared") {
			t.Errorf("Uncompared(%q) = %q, want prefix %q", stmt, got, want)
		}
	}
}
