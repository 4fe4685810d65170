// Package schema is the first stage of schemaguard's flow: the normalized,
// dialect-neutral model that both the desired state (DocType files, SQL DDL)
// and the live database are read into before they are compared.
//
// The package holds plain data with Normalize and Hash; it does no I/O and
// builds no SQL.
package schema
