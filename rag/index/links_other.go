//go:build !unix

package index

import "io/fs"

// linkedFile reports whether a file has another name than this one; here
// it cannot be told, so every file of a snapshot is synced.
func linkedFile(fs.FileInfo) bool { return false }
