//go:build unix

package index

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// lockFile is the data dir's lock, taken with flock(2).
const lockFile = ".lock"

// lockDataDir takes the data dir's lock, shared or exclusive, waiting for
// it, and returns its release. When the lock cannot be had (the dir cannot
// be created or written) it returns a no-op: saving will fail and say so.
func lockDataDir(dir string, exclusive bool) (unlock func()) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return func() {}
	}
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return func() {}
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}
}
