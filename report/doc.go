// Package report is the last stage of schemaguard's flow: it renders a plan
// for people (text, grouped by table) and for machines (versioned JSON,
// SARIF). Renderers only read the plan; they never decide anything.
package report
