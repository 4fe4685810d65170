package doclinks

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// root is the repository, two levels up from this package.
const root = "../.."

var (
	// link matches an inline Markdown link target: [text](target).
	link = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	// fence matches a fenced code block, whose text is not Markdown.
	fence = regexp.MustCompile("(?ms)^\\s*```.*?^\\s*```")
	// inlineCode matches `code`, whose text is not Markdown either.
	inlineCode = regexp.MustCompile("`[^`\n]*`")
	heading    = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*$`)
	notSlug    = regexp.MustCompile(`[^\p{L}\p{N} _-]`)
)

// pages lists README.md and every Markdown file under docs/, slash-separated
// and relative to the repository.
func pages(t *testing.T) []string {
	t.Helper()
	out := []string{"README.md"}
	err := fs.WalkDir(os.DirFS(root), "docs", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// anchors returns the GitHub heading anchors of a Markdown page.
func anchors(text string) map[string]bool {
	text = fence.ReplaceAllString(text, "")
	out := map[string]bool{}
	for _, m := range heading.FindAllStringSubmatch(text, -1) {
		h := strings.ReplaceAll(m[1], "`", "")
		s := strings.ReplaceAll(notSlug.ReplaceAllString(strings.ToLower(h), ""), " ", "-")
		for n := 0; ; n++ {
			a := s
			if n > 0 {
				a = s + "-" + string(rune('0'+n))
			}
			if !out[a] {
				out[a] = true
				break
			}
		}
	}
	return out
}

// TestRelativeLinks requires every relative link to name an existing file
// and, with #fragment, an existing heading of a Markdown page.
func TestRelativeLinks(t *testing.T) {
	t.Parallel()
	for _, p := range pages(t) {
		text := inlineCode.ReplaceAllString(fence.ReplaceAllString(read(t, p), ""), "")
		for _, m := range link.FindAllStringSubmatch(text, -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, frag, _ := strings.Cut(target, "#")
			dest := p
			if file != "" {
				dest = path.Join(path.Dir(p), file)
				if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(dest))); err != nil {
					t.Errorf("%s: link %s: %s does not exist", p, target, dest)
					continue
				}
			}
			if frag != "" && strings.HasSuffix(dest, ".md") && !anchors(read(t, dest))[frag] {
				t.Errorf("%s: link %s: %s has no heading #%s", p, target, dest, frag)
			}
		}
	}
}

// TestReadmeListsEveryPage requires README.md to name every page under
// docs/, so that a new page is not left unlinked.
func TestReadmeListsEveryPage(t *testing.T) {
	t.Parallel()
	readme := read(t, "README.md")
	for _, p := range pages(t)[1:] {
		// The pattern pages are listed by file name under docs/patterns/.
		p := strings.TrimPrefix(p, "docs/patterns/")
		if !strings.Contains(readme, "`"+p+"`") {
			t.Errorf("README.md does not name %s", p)
		}
	}
	if !strings.Contains(readme, "`docs/report.schema.json`") {
		t.Error("README.md does not name docs/report.schema.json")
	}
}
