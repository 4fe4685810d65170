package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/schema"
	"github.com/schemaguard/schemaguard/source/yamltree"
)

// LoadDocTypes reads every DocType file (*.yaml, *.yml, *.json) under dir,
// in lexical order, and builds the desired schema with types mapped by d.
// Files with other extensions (README.md) are ignored, as are folders whose
// name starts with a dot. Problems in the files are *Error values wrapping
// dialect.ErrBadInput; the first one found is returned.
func LoadDocTypes(dir string, d dialect.Dialect) (*schema.Schema, error) {
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{File: dir, Msg: "DocType folder does not exist", Hint: "create it or point desired at the right folder"}
		}
		return nil, &Error{File: dir, Msg: fmt.Sprintf("reading DocType folder: %v", err), Hint: "check the folder's permissions"}
	}
	if !st.IsDir() {
		return nil, &Error{File: dir, Msg: "not a folder; DocTypes are read from a folder of *.yaml files", Hint: "point desired at the folder that holds the DocType files"}
	}
	return loadFS(os.DirFS(dir), ".", d, func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) })
}

// LoadDocTypesFS is LoadDocTypes over any file system: root is a folder in
// fsys ("." for its top). Error and Source file names are fs paths joined
// to root. Tests and the web UI use it with in-memory files.
func LoadDocTypesFS(fsys fs.FS, root string, d dialect.Dialect) (*schema.Schema, error) {
	return loadFS(fsys, root, d, func(p string) string { return p })
}

// isDocTypeFile reports whether a file name has a DocType extension.
func isDocTypeFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

func loadFS(fsys fs.FS, root string, d dialect.Dialect, display func(string) string) (*schema.Schema, error) {
	if d == nil {
		return nil, errors.New("loading DocTypes: no dialect given")
	}
	if root == "" {
		root = "."
	}
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p != root && strings.HasPrefix(e.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if isDocTypeFile(e.Name()) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, &Error{File: display(root), Msg: fmt.Sprintf("reading DocType folder: %v", err), Hint: "check that the folder exists and is readable"}
	}
	if len(files) == 0 {
		return nil, &Error{Msg: fmt.Sprintf("no DocType files in %s; add one *.yaml per DocType", display(root)), Hint: "add one *.yaml file per DocType (see docs/doctypes.md)"}
	}
	// WalkDir visits in lexical order, so files is already sorted.
	specs, err := parseAll(fsys, files, display)
	if err != nil {
		return nil, err
	}
	b := &builder{d: d, specs: specs}
	return b.build()
}

// parseAll reads and parses the files on every core: YAML parsing is most
// of the time a large model takes. Results keep file order, and the error
// returned is the first one in that order, so output stays deterministic.
func parseAll(fsys fs.FS, files []string, display func(string) string) ([]*docSpec, error) {
	specs := make([]*docSpec, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p := files[i]
				data, err := fs.ReadFile(fsys, p)
				if err != nil {
					errs[i] = &Error{File: display(p), Msg: fmt.Sprintf("reading file: %v", err), Hint: "check the file's permissions"}
					continue
				}
				specs[i], errs[i] = parseDocType(display(p), data)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return specs, nil
}

// parseDocType reads one DocType file's content.
func parseDocType(file string, data []byte) (*docSpec, error) {
	// Editors on Windows start files with a byte order mark; it is no part
	// of the first key.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line, col := badUTF8(data)
		return nil, &Error{File: file, Line: line, Msg: fmt.Sprintf("invalid UTF-8 at %d:%d: DocType files must be UTF-8 text", line, col), Hint: "save the file as UTF-8"}
	}
	// YAML reads JSON, but also what JSON forbids (a trailing comma, a
	// comment, an unquoted key): a .json file that other tools would refuse
	// is refused here too rather than read differently.
	if strings.EqualFold(path.Ext(file), ".json") {
		if err := checkJSON(data); err != nil {
			return nil, &Error{File: file, Line: err.line, Msg: fmt.Sprintf("invalid JSON at %d:%d: %s", err.line, err.col, err.msg), Hint: "fix the JSON syntax, or rename the file to .yaml to write YAML"}
		}
	}
	root, err := yamltree.Parse(data)
	if err != nil {
		var ye *yamltree.Error
		if errors.As(err, &ye) {
			msg := "invalid YAML: " + ye.Msg
			if ye.Line > 0 {
				msg = fmt.Sprintf("invalid YAML at %d:%d: %s", ye.Line, ye.Col, ye.Msg)
			}
			return nil, &Error{File: file, Line: ye.Line, Msg: msg, Hint: "fix the syntax; JSON files must be valid JSON"}
		}
		return nil, &Error{File: file, Msg: "invalid YAML: " + err.Error(), Hint: "fix the syntax"}
	}
	r := &reader{file: file}
	return r.readDoc(root)
}

// badUTF8 returns the 1-based line and column (in bytes) of the first byte
// that is not valid UTF-8.
func badUTF8(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, i - start + 1
		}
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
		i += n
	}
	return line, len(data) - start + 1
}

// jsonError is a JSON syntax error with its position.
type jsonError struct {
	line, col int
	msg       string
}

// checkJSON reports whether data is one valid JSON value, and where it is
// not.
func checkJSON(data []byte) *jsonError {
	if json.Valid(data) {
		return nil
	}
	var v any
	// n is how many bytes precede the one at fault.
	n, msg := len(data), "the file ends before the JSON value does"
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&v)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// Offset counts the bytes read, the faulty one included.
		n, msg = int(se.Offset)-1, se.Error()
	case err == nil:
		// One value, then more: a second document or stray text.
		n, msg = int(dec.InputOffset()), "text after the JSON value"
		for n < len(data) && strings.ContainsRune(" \t\r\n", rune(data[n])) {
			n++
		}
	}
	n = min(max(n, 0), len(data))
	line, col := 1, 1
	for _, c := range data[:n] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return &jsonError{line: line, col: col, msg: msg}
}
