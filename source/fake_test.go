package source

import (
	"context"
	"errors"
	"fmt"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
)

// fakeDialect maps types to a deterministic spelling: the kind name plus
// its parameters, so tests can check what MapType received.
type fakeDialect struct{}

var _ dialect.Dialect = fakeDialect{}

func (fakeDialect) Name() string      { return "fake" }
func (fakeDialect) Schemes() []string { return []string{"fake"} }
func (fakeDialect) Open(context.Context, string, dialect.OpenOptions) (dialect.Conn, error) {
	return nil, errors.New("fake dialect cannot open")
}

func (fakeDialect) MapType(t schema.Type) (schema.Type, error) {
	raw := t.Kind.String()
	switch {
	case t.Kind == schema.KindString:
		raw = fmt.Sprintf("string(%d)", t.Length)
	case t.Kind == schema.KindDecimal:
		raw = fmt.Sprintf("decimal(%d,%d)", t.Precision, t.Scale)
	case t.Kind == schema.KindBytes:
		return t, errors.New("bytes are not supported by fake")
	}
	if t.Unsigned {
		raw += " unsigned"
	}
	t.Raw = raw
	return t, nil
}
