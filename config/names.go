package config

import "path"

// filepathMatch checks a glob the way dialects will use it (path.Match).
func filepathMatch(glob string) (bool, error) {
	return path.Match(glob, "")
}
