// Package plan runs schemaguard's flow end to end: it reads the live schema
// through a dialect, diffs it against the desired one, grades every change,
// asks the data how many rows each risky change would lose or break, and
// holds the result as a Plan value. Sync carries out the changes a plan
// allows, under the dialect's lock.
package plan
