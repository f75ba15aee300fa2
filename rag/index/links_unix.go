//go:build unix

package index

import (
	"io/fs"
	"syscall"
)

// linkedFile reports whether a file has another name than this one: in
// a snapshot being written, that it was linked from the one before.
func linkedFile(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}
