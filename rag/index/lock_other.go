//go:build !unix

package index

// lockDataDir is a no-op where flock(2) is not available: there, processes
// should not share a data dir.
func lockDataDir(dir string, exclusive bool) (unlock func()) { return func() {} }
