// Package diff is the second stage of schemaguard's flow: it compares a
// desired and an actual normalized schema and returns a closed set of typed
// changes, in a deterministic order. It builds no SQL and judges nothing:
// rendering belongs to the dialects and grading to package risk.
package diff
