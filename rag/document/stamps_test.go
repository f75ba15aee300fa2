package document

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// readCounter is a folder that counts the files read from it (a load
// reads them on every core).
type readCounter struct {
	fs.FS
	mu    sync.Mutex
	reads map[string]int
}

func (c *readCounter) ReadFile(name string) ([]byte, error) {
	c.mu.Lock()
	c.reads[name]++
	c.mu.Unlock()
	return fs.ReadFile(c.FS, name)
}

func (c *readCounter) Stat(name string) (fs.FileInfo, error) { return fs.Stat(c.FS, name) }

func (c *readCounter) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(c.FS, name) }

// TestStampedFilesAreNotReadAgain: a load with stamps reads only the
// files whose size or modification time changed since the last, and
// reads again a file written too recently to trust its stamp.
func TestStampedFilesAreNotReadAgain(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	write := func(name, text string, mod time.Time) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Talks open in Astana on Monday.\n", old)
	write("b.txt", "The envoy arrived in Geneva.\n", old)
	write("c.txt", "A ceasefire was agreed in December.\n", old)

	fsys := &readCounter{FS: os.DirFS(dir)}
	var stamps Stamps
	var docs []Document
	load := func() map[string]int {
		t.Helper()
		fsys.reads = map[string]int{}
		var err error
		docs, _, err = Reader{Previous: docs, Stamps: &stamps}.Load(fsys, "corpus")
		if err != nil {
			t.Fatal(err)
		}
		return fsys.reads
	}
	text := func(source string) string {
		for _, d := range docs {
			if d.Source == source {
				return d.Lines[0]
			}
		}
		return ""
	}

	if reads := load(); len(reads) != 3 {
		t.Fatalf("first load read %v, want every file", reads)
	}
	if reads := load(); len(reads) != 0 {
		t.Fatalf("a load with nothing changed read %v", reads)
	}

	// A file changed long ago (its time moved) is read; the others not.
	write("b.txt", "The envoy arrived in Vienna.\n", old.Add(time.Minute))
	if reads := load(); len(reads) != 1 || reads["b.txt"] != 1 || text("b.txt") != "The envoy arrived in Vienna." {
		t.Fatalf("after changing b.txt: read %v, b.txt is %q", reads, text("b.txt"))
	}

	// A file just written is read again at every load until it settles:
	// a second write in the same tick could keep its size and time.
	write("c.txt", "A ceasefire was agreed in November.\n", time.Now())
	if reads := load(); reads["c.txt"] != 1 || text("c.txt") != "A ceasefire was agreed in November." {
		t.Fatalf("after writing c.txt: read %v, c.txt is %q", reads, text("c.txt"))
	}
	if reads := load(); len(reads) != 1 || reads["c.txt"] != 1 {
		t.Fatalf("a file written just now must be read again, read %v", reads)
	}

	// A file removed is gone, a file added is read.
	if err := os.Remove(filepath.Join(dir, "a.txt")); err != nil {
		t.Fatal(err)
	}
	write("d.txt", "Delegates left on Tuesday.\n", old)
	reads := load()
	if len(reads) != 2 || reads["d.txt"] != 1 || len(docs) != 3 || text("a.txt") != "" {
		t.Fatalf("after removing a.txt and adding d.txt: read %v, %d documents", reads, len(docs))
	}

	// Without the previous documents nothing is taken from a stamp.
	docs = nil
	if reads := load(); len(reads) != 3 {
		t.Fatalf("a load with no previous documents read %v, want every file", reads)
	}
}

// TestStampsKeepFoldersApart: two folders' files of one name, size and
// time have stamps of their own.
func TestStampsKeepFoldersApart(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	var dirs [2]string
	for i, text := range []string{"Talks open in Astana.\n", "Talks open in Geneva.\n"} {
		dirs[i] = t.TempDir()
		p := filepath.Join(dirs[i], "same.txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	var stamps Stamps
	first, _, err := Reader{Stamps: &stamps}.Load(os.DirFS(dirs[0]), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := Reader{Previous: first, Stamps: &stamps}.Load(os.DirFS(dirs[1]), "added")
	if err != nil {
		t.Fatal(err)
	}
	if second[0].Lines[0] != "Talks open in Geneva." {
		t.Fatalf("the second folder's same.txt was taken from the first: %q", second[0].Lines[0])
	}
}
