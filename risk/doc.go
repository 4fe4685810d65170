// Package risk is the grading stage of schemaguard's flow: it turns each
// typed change into a Finding with a stable code, a risk level, what happens
// to existing rows, what to do instead and a docs link; it says which data
// probes the finding depends on, and it lets probe evidence raise the level.
//
// The policy is one table (Rules) and docs/risk-policy.md records it.
//
// Where a rule depends on how the engine reads names and defaults, it asks
// the dialect registered under the actual schema's Dialect for the
// capability (dialect.IdentMatcher, dialect.NameFolder,
// dialect.OnceEvaluator) rather than testing the name; a dialect that is
// not registered has none of them, and names match exactly.
package risk
