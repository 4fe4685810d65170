// Package probe is the data stage of schemaguard's flow: it turns risky
// changes into checks ("how many rows would this change lose or break?"),
// hands them to the dialect, which counts them with queries the database
// runs, and returns the counts with sample rows. Probes never modify the
// user's data or schema.
package probe
