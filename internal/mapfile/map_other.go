//go:build !unix

package mapfile

import "os"

// mapOrRead reads size bytes of file into memory: this system's files
// are not mapped.
func mapOrRead(file *os.File, size int) ([]byte, func(), error) { return readAll(file, size) }
