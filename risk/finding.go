package risk

import (
	"fmt"
	"strings"
)

// Level is a risk level. Its String is the JSON spelling.
type Level int

// The risk levels, in increasing order.
const (
	None Level = iota
	Safe
	Warning
	Dangerous
)

var levelNames = [...]string{"none", "safe", "warning", "dangerous"}

// String is the lower-case name of the level.
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("level(%d)", int(l))
}

// Upper is the level in capitals, as the text report prints it.
func (l Level) Upper() string { return strings.ToUpper(l.String()) }

// MarshalText writes the level by name.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads a level by name.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLevel reads none, safe, warning or dangerous (any case).
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if strings.EqualFold(n, s) {
			return Level(i), nil
		}
	}
	return None, fmt.Errorf("unknown risk level %q: use none, warning or dangerous", s)
}
