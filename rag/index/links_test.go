package index

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// A file linked into a snapshot from the one before is told from one
// written for it, so that only the second is synced again.
func TestALinkedFileIsToldFromAWrittenOne(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no link counts here: every file is synced")
	}
	dir := t.TempDir()
	old, written, linked := filepath.Join(dir, "old"), filepath.Join(dir, "written"), filepath.Join(dir, "linked")
	os.WriteFile(old, []byte("a block"), 0o644)
	os.WriteFile(written, []byte("a block"), 0o644)
	if err := os.Link(old, linked); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	for path, want := range map[string]bool{written: false, linked: true} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := linkedFile(info); got != want {
			t.Errorf("%s: linked %v, want %v", filepath.Base(path), got, want)
		}
	}
	if err := syncTree(dir); err != nil {
		t.Fatal(err)
	}
}
