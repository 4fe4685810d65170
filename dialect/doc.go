// Package dialect is the port between schemaguard's engine and a database
// engine. A dialect reads a live database into the schema model, normalizes
// a desired schema the way the engine would store it, renders changes as
// DDL, counts affected rows, and applies statements under a lock.
//
// Adapters register themselves in init with Register; a third party adds a
// database by implementing Dialect and Conn in its own module and importing
// it for its side effect. The engine never knows which database it talks to.
package dialect
