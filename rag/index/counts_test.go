package index

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/term"
)

// portArticles is a corpus of n short articles, enough to fill several
// blocks of counts.
func portArticles(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := range n {
		fsys[fmt.Sprintf("port%03d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"Port Report %d\n\nThe Port of Veltra reopened on day %d, Director Ilse Brandt said. Dockers in Veltra returned.\n", i, i))}
	}
	return fsys
}

// countsFiles returns the counts files of the snapshot the data dir's
// manifest names, by name.
func countsFiles(t *testing.T, dir string) map[string]os.FileInfo {
	t.Helper()
	m, err := readManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	snap, _ := snapshotDir(dir, m)
	entries, err := os.ReadDir(snap)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]os.FileInfo{}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "counts.") {
			info, err := os.Stat(filepath.Join(snap, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = info
		}
	}
	return out
}

// TestCountBlocksAreFixedByTheirArticles: the articles' word counts are
// cut into blocks by the articles themselves, so adding one changes its
// own block alone.
func TestCountBlocksAreFixedByTheirArticles(t *testing.T) {
	docs := map[string]string{}
	for i := range 300 {
		docs[fmt.Sprintf("a%03d.txt", i)] = "h"
	}
	names := func() map[string]bool {
		out := map[string]bool{}
		for _, b := range countBlocks(docs) {
			out[countsFileName(b)] = true
		}
		return out
	}
	before := names()
	if len(before) < 4 || len(before) > 30 {
		t.Fatalf("300 articles make %d blocks", len(before))
	}
	docs["a150b.txt"] = "h"
	after := names()
	kept := 0
	for n := range after {
		if before[n] {
			kept++
		}
	}
	if kept != len(before)-1 || len(after) != len(before) {
		t.Errorf("an added article changed %d of %d blocks", len(before)-kept, len(before))
	}
}

// TestAnUpdateLinksTheCountsItDidNotChange: an update writes the block
// of counts of the article it read and links the others from the
// snapshot before, reading the counts it lacks from there; the next
// update in a new process then takes the changed article away without
// reading the others again.
func TestAnUpdateLinksTheCountsItDidNotChange(t *testing.T) {
	dir := t.TempDir()
	fsys := portArticles(120)
	first, _ := open(t, fsys, Options{DataDir: dir})
	before := countsFiles(t, dir)
	if len(before) < 2 {
		t.Fatalf("120 articles saved %d blocks of counts", len(before))
	}
	fsys["port050.txt"] = &fstest.MapFile{Data: []byte("Port Report Changed\n\nThe Port of Veltra closed again, Mayor Tomas Weber said.\n")}
	open(t, fsys, Options{DataDir: dir, Previous: first})
	after := countsFiles(t, dir)
	linked := 0
	for name, info := range after {
		if old, ok := before[name]; ok && os.SameFile(old, info) {
			linked++
		}
	}
	if len(after) != len(before) || linked != len(before)-1 {
		t.Fatalf("the update saved %d blocks of counts, %d linked; want %d, all but one", len(after), linked, len(before))
	}
	delete(fsys, "port051.txt")
	docs, err := document.LoadCorpus(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	m, _ := readManifest(dir)
	if prev, err := loadPrevious(dir, m, docs, Options{DataDir: dir, Chunking: DefaultChunkOptions}); err != nil || len(prev.docs) != len(docs) {
		t.Fatalf("the block the update wrote does not serve a removal: %v", err)
	}
}

// TestDamagedCountsAreReadAgain: when a block of counts is damaged, an
// update in a new process that needs it reads every article again, and
// makes what a build from scratch makes.
func TestDamagedCountsAreReadAgain(t *testing.T) {
	dir := t.TempDir()
	fsys := portArticles(60)
	open(t, fsys, Options{DataDir: dir})
	m, _ := readManifest(dir)
	snap, _ := snapshotDir(dir, m)
	for name := range countsFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(snap, name))
		if err != nil {
			t.Fatal(err)
		}
		data[len(data)/2] ^= 0x55
		// The file may be linked: it is replaced, not written through.
		os.Remove(filepath.Join(snap, name))
		if err := os.WriteFile(filepath.Join(snap, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	delete(fsys, "port010.txt")
	docs, err := document.LoadCorpus(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readGone(dir, m, docs); err == nil {
		t.Fatal("damaged counts were read")
	}
	got, info, err := LoadOrBuild(context.Background(), docs, Options{DataDir: dir})
	if err != nil || info.Reused == 0 {
		t.Fatalf("%+v %v", info, err)
	}
	want, _, _ := LoadOrBuild(context.Background(), docs, Options{})
	if !maps.Equal(got.caps, want.caps) || !maps.Equal(got.surfaces, want.surfaces) || !maps.Equal(got.sentDF, want.sentDF) {
		t.Error("after damaged counts, the update differs from a build from scratch")
	}
}

// TestPunctuationEndsARunOfCapitals: each name of a list ends its own
// run of capitals, so it reads as a name (IsName); a title's word before
// a name does not.
func TestPunctuationEndsARunOfCapitals(t *testing.T) {
	caps := map[string][3]int{}
	addCaps(caps, term.Tokenize("They settled in Berlin, Stockholm, Hamburg and met Foreign Minister Ole Dahl."), 1)
	if c := caps["stockholm"]; c != [3]int{1, 1, 1} {
		t.Errorf("stockholm %v", c)
	}
	if c := caps["foreign"]; c != [3]int{1, 1, 0} {
		t.Errorf("foreign %v", c)
	}
}
