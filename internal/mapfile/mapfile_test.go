package mapfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReadGivesTheFileWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "block")
	want := bytes.Repeat([]byte("0123456789abcdef"), 1000) // past a page
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	data, release, err := Read(path, len(want))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Fatal("the bytes are not the file's")
	}
	// Writing to them changes this process's copy, never the file.
	data[0], data[len(data)-1] = 'X', 'Y'
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Error("writing to the bytes changed the file")
	}
	release()
	// A file replaced by a rename does not change bytes already read.
	again, release2, err := Read(path, len(want))
	if err != nil {
		t.Fatal(err)
	}
	defer release2()
	other := filepath.Join(filepath.Dir(path), "other")
	os.WriteFile(other, bytes.Repeat([]byte("z"), len(want)), 0o644)
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, want) {
		t.Error("a file renamed over the read one changed its bytes")
	}
}

func TestReadRefusesAnotherSize(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "block")
	os.WriteFile(path, []byte("12345678"), 0o644)
	for _, size := range []int{7, 9, 0} {
		if _, _, err := Read(path, size); !errors.Is(err, ErrSize) {
			t.Errorf("size %d: err %v, want ErrSize", size, err)
		}
	}
	if _, _, err := Read(filepath.Join(dir, "missing"), 8); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: err %v", err)
	}
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o644)
	if data, release, err := Read(empty, 0); err != nil || len(data) != 0 {
		t.Errorf("an empty file: %q, %v", data, err)
	} else {
		release()
	}
}

func TestWholeTakesAnySize(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4095, 4096, 70000} {
		path := filepath.Join(dir, "state")
		want := bytes.Repeat([]byte{byte(size)}, size)
		os.Remove(path) // a new file, not the one mapped before
		os.WriteFile(path, want, 0o644)
		data, _, err := Whole(path)
		if err != nil || !bytes.Equal(data, want) {
			t.Errorf("size %d: %d bytes, %v", size, len(data), err)
		}
	}
	if _, _, err := Whole(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}
