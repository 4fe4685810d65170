// Package yamltree turns a YAML (or JSON) document into plain nodes that
// remember their line and column. It sits under the desired-state loaders
// (source for DocType files, config for schemaguard.yaml): they walk the
// nodes themselves so that every error can name the file, line and key, and
// so that unknown keys are rejected instead of ignored.
//
// It wraps github.com/goccy/go-yaml's parser; anchors and aliases are
// resolved, merge keys (<<) are refused, and documents that would expand
// beyond MaxNodes nodes are refused so that hostile input cannot blow up.
package yamltree
