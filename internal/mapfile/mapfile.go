// Package mapfile reads a file whole by mapping it into memory where the
// system can: a start that reads hundreds of megabytes of saved vectors
// then takes the kernel's cached pages as they are, many pages a fault,
// where reading them copies each into a heap page faulted in and cleared
// for it.
package mapfile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrSize is a file whose size is not the one asked for.
var ErrSize = errors.New("the file is not the size expected")

// Read returns the contents of the file at path, which must be size bytes
// long, and a release that gives them back once they are no longer used.
//
// Where the system maps files, the bytes are the file's pages mapped
// privately: writing to them changes only this process's copy, and the
// file must not be truncated while they are in use (a file written once
// under a new name and only ever replaced by a rename, as a snapshot's
// are, never is). A mapping lives until release is called; one never
// released lives as long as the process. Elsewhere the bytes are read
// into memory and release does nothing.
func Read(path string, size int) ([]byte, func(), error) {
	return read(path, func(have int64) error {
		if have != int64(size) {
			return fmt.Errorf("%s: %w: %d bytes, not %d", path, ErrSize, have, size)
		}
		return nil
	})
}

// Whole is Read of the file at path at whatever size it has.
func Whole(path string) ([]byte, func(), error) {
	return read(path, func(int64) error { return nil })
}

// read is Read, with check saying whether the file's size will do.
func read(path string, check func(size int64) error) ([]byte, func(), error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, nil, err
	}
	if err := check(info.Size()); err != nil {
		return nil, nil, err
	}
	size := int(info.Size())
	switch {
	case int64(size) != info.Size():
		return nil, nil, fmt.Errorf("%s: %w: too large to read", path, ErrSize)
	case size == 0:
		return []byte{}, func() {}, nil
	}
	return mapOrRead(file, size)
}

// readAll reads size bytes of file into memory.
func readAll(file *os.File, size int) ([]byte, func(), error) {
	data := make([]byte, size)
	if _, err := io.ReadFull(file, data); err != nil {
		return nil, nil, err
	}
	return data, func() {}, nil
}
