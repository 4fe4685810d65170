// Package doclinks holds only a test: it keeps the relative links of
// README.md and docs/ pointing at files and headings that exist, and the
// README's list of documentation naming every page under docs/.
package doclinks
