package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// addArticle adds a short article of its own to fsys.
func addArticle(fsys fstest.MapFS, n int) {
	fsys[fmt.Sprintf("10%d_added.txt", n)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
		"Harbour Talks %d\n\nThe envoys met in Veltra for round %d of the harbour talks, \"and we will meet again,\" Ilse Brandt said.\n", n, n))}
}

// TestAnAdditionWritesOnlyItsVectors: adding an article to a running
// index keeps the store of record's files and writes one more holding
// the new vectors alone. A new process loads the same index from the
// flat copies and, without them, from the chromem-go files; removing an
// article, or one addition too many, writes the store whole again.
func TestAnAdditionWritesOnlyItsVectors(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	opt := Options{DataDir: dir}
	ix, _ := open(t, fsys, opt)
	base := ix.Manifest().VectorFiles
	if len(base) != 1 || base[0].Name != vectorsFile {
		t.Fatalf("a first build writes %v, want one file", base)
	}
	baseSize := fileSize(t, filepath.Join(dir, ix.Manifest().Snapshot, vectorsFile))

	addArticle(fsys, 1)
	ix, info := open(t, fsys, Options{DataDir: dir, Previous: ix})
	files := ix.Manifest().VectorFiles
	if !info.Rebuilt || info.Embedded == 0 || len(files) != 2 || !sameFile(files[0], base[0]) {
		t.Fatalf("after an addition (%+v) the files are %v, want %v and one more", info, files, base)
	}
	if added := fileSize(t, filepath.Join(dir, ix.Manifest().Snapshot, files[1].Name)); added*4 > baseSize {
		t.Errorf("the added file holds %d bytes against the base's %d: not the new vectors alone", added, baseSize)
	}
	onDisk, err := readManifest(dir)
	if err != nil || fmt.Sprint(onDisk.VectorFiles) != fmt.Sprint(files) {
		t.Fatalf("the manifest on disk names %v (%v), the index %v", onDisk.VectorFiles, err, files)
	}

	// The update keeps the embedder's weights, so its own search is the
	// one to give again.
	q, _ := ix.embedder.Embed(context.Background(), []string{"Where did the envoys meet for the harbour talks?"})
	want := fmt.Sprint(ix.chunkVecs.search(q[0], 5))
	scratch, _ := open(t, fsys, Options{})
	loaded, info := open(t, fsys, opt)
	if info.Rebuilt {
		t.Fatalf("a new process rebuilt (%s)", info.Reason)
	}
	snap := filepath.Join(dir, loaded.Manifest().Snapshot)
	os.Remove(filepath.Join(snap, chunkFlatFile))
	fromFiles, info := open(t, fsys, opt)
	if info.Rebuilt {
		t.Fatalf("without its flat copy the index rebuilt (%s), want a load from its two files", info.Reason)
	}
	for name, got := range map[string]*Index{"loaded": loaded, "read from the chromem-go files": fromFiles} {
		if s := fmt.Sprint(got.chunkVecs.search(q[0], 5)); s != want || got.Vectors() != len(scratch.chunks) || len(got.quoteVecs.ids) != len(scratch.quoteVecs.ids) {
			t.Errorf("%s: search %s, want %s; %d vectors, want %d", name, s, want, got.Vectors(), len(scratch.chunks))
		}
	}

	// A removal writes no vectors: the files stay, holding the removed
	// article's as stale ones, which a load leaves out.
	delete(fsys, "101_added.txt")
	ix, _ = open(t, fsys, Options{DataDir: dir, Previous: fromFiles})
	if m := ix.Manifest(); fmt.Sprint(m.VectorFiles) != fmt.Sprint(files) || m.Stale == 0 {
		t.Fatalf("after a removal the files are %v with %d stale vectors, want %v and some", m.VectorFiles, m.Stale, files)
	}
	os.Remove(filepath.Join(dir, ix.Manifest().Snapshot, chunkFlatFile))
	if again, info := open(t, fsys, opt); info.Rebuilt || again.Vectors() != len(ix.chunks) {
		t.Fatalf("after a removal the files load %d vectors of %d (%+v)", again.Vectors(), len(ix.chunks), info)
	}
	// One addition too many merges the files of additions into one, the
	// base kept; the store still loads whole.
	for n := 2; n <= maxAddedFiles+1; n++ {
		addArticle(fsys, n)
		ix, _ = open(t, fsys, Options{DataDir: dir, Previous: ix})
		want := n + 1
		if n > maxAddedFiles {
			want = 2
		}
		if got := ix.Manifest().VectorFiles; len(got) != want || !sameFile(got[0], base[0]) {
			t.Fatalf("after %d more additions the store has %v, want %d files, the base kept", n-1, got, want)
		}
	}
	if m := ix.Manifest(); m.Stale != 0 {
		t.Errorf("the merged files keep %d stale vectors, want none (the base holds none)", m.Stale)
	}
	os.Remove(filepath.Join(dir, ix.Manifest().Snapshot, chunkFlatFile))
	merged, info := open(t, fsys, opt)
	scratch, _ = open(t, fsys, Options{})
	if info.Rebuilt || merged.Vectors() != len(scratch.chunks) || len(merged.quoteVecs.ids) != len(scratch.quoteVecs.ids) {
		t.Fatalf("the merged files load %d vectors of %d, %d quotations' of %d (%+v)", merged.Vectors(), len(scratch.chunks), len(merged.quoteVecs.ids), len(scratch.quoteVecs.ids), info)
	}
	// Many stale vectors: the store is written whole again.
	for name := range fsys {
		if !strings.HasPrefix(name, "10") {
			delete(fsys, name)
		}
	}
	ix, _ = open(t, fsys, Options{DataDir: dir, Previous: ix})
	if m := ix.Manifest(); len(m.VectorFiles) != 1 || m.Stale != 0 {
		t.Fatalf("after most articles were removed the store has %v and %d stale vectors, want it whole", m.VectorFiles, m.Stale)
	}
}

// TestTheBaseIsWrittenInParts: a store of more vectors than a file holds
// is written as the files of a base, which load whole, keep through an
// addition and a merge, and are written again when the store is.
func TestTheBaseIsWrittenInParts(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	opt := Options{DataDir: dir, vectorsPerFile: 10}
	ix, _ := open(t, fsys, opt)
	base := ix.Manifest().VectorFiles
	want := (max(len(ix.chunkVecs.ids), len(ix.quoteVecs.ids)) + 9) / 10
	if len(base) != want || baseFiles(base) != want || base[0].Name != vectorsFile {
		t.Fatalf("a first build of %d chunks' and %d quotations' vectors writes %d files, want %d of a base", len(ix.chunkVecs.ids), len(ix.quoteVecs.ids), len(base), want)
	}
	loadsWhole := func(what string, ix *Index) {
		t.Helper()
		os.Remove(filepath.Join(dir, ix.Manifest().Snapshot, chunkFlatFile))
		loaded, info := open(t, fsys, opt)
		scratch, _ := open(t, fsys, Options{})
		if info.Rebuilt || loaded.Vectors() != len(scratch.chunkVecs.ids) || len(loaded.quoteVecs.ids) != len(scratch.quoteVecs.ids) {
			t.Fatalf("%s: the files load %d chunks' vectors of %d, %d quotations' of %d (%+v)", what, loaded.Vectors(), len(scratch.chunkVecs.ids), len(loaded.quoteVecs.ids), len(scratch.quoteVecs.ids), info)
		}
	}
	loadsWhole("built", ix)
	for n := 1; n <= maxAddedFiles+1; n++ {
		addArticle(fsys, n)
		ix, _ = open(t, fsys, Options{DataDir: dir, Previous: ix, vectorsPerFile: 10})
	}
	files := ix.Manifest().VectorFiles
	if len(files) != len(base)+1 || fmt.Sprint(files[:len(base)]) != fmt.Sprint(base) {
		t.Fatalf("after %d additions and a merge the files are %v, want the base %v and one more", maxAddedFiles+1, files, base)
	}
	loadsWhole("added to and merged", ix)
}

// TestADamagedAddedFileRebuilds: a damaged file of additions is noticed
// at the next start, from the flat copies as from the chromem-go files,
// and the index is built again.
func TestADamagedAddedFileRebuilds(t *testing.T) {
	for _, flatToo := range []bool{false, true} {
		dir := t.TempDir()
		fsys := corpusFS(t)
		ix, _ := open(t, fsys, Options{DataDir: dir})
		addArticle(fsys, 1)
		ix, _ = open(t, fsys, Options{DataDir: dir, Previous: ix})
		snap := filepath.Join(dir, ix.Manifest().Snapshot)
		p := filepath.Join(snap, ix.Manifest().VectorFiles[1].Name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		data[len(data)/2] ^= 0xff
		os.WriteFile(p, data, 0o644)
		if flatToo {
			os.Remove(filepath.Join(snap, quoteFlatFile))
		}
		_, info := open(t, fsys, Options{DataDir: dir})
		if !info.Rebuilt || !strings.HasPrefix(info.Reason, "index unreadable") {
			t.Errorf("flat copy removed %v: %+v, want a rebuild of an unreadable index", flatToo, info)
		}
	}
}

// sameFile reports whether two vector files are one, by name and sum.
func sameFile(a, b VectorFile) bool { return a.Name == b.Name && a.Sum == b.Sum }

// fileSize is the size of a file.
func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
