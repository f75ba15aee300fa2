//go:build unix

package mapfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapOrRead maps size bytes of file, or reads them when the mapping is
// refused (a file system that cannot map, say).
func mapOrRead(file *os.File, size int) ([]byte, func(), error) {
	data, err := unix.Mmap(int(file.Fd()), 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE)
	if err != nil {
		return readAll(file, size)
	}
	return data, func() { _ = unix.Munmap(data) }, nil
}
