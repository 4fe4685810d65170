// Package source builds the desired schema, the first input of the flow:
//
//	desired (source) + actual (dialect.Conn.Inspect) → schema → diff → risk → probe → report → migration → apply
//
// Two kinds of desired state are supported. DocType files (one YAML or
// JSON file per table, see docs/doctypes.md) are read by LoadDocTypes into a
// *schema.Schema whose types are already mapped by the target dialect. SQL
// DDL files are read by LoadSQLFile; the dialect loads them into a scratch
// database (dialect.Conn.LoadSQL), and SQLRenames/ApplyRenames then carry
// over the renames declared in "-- previously:" comments.
//
// Every problem in the input is an *Error naming the file, line and field,
// and wraps dialect.ErrBadInput so the CLI exits with status 2.
package source
