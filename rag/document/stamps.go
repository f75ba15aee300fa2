package document

import (
	"io/fs"
	"time"
)

// settle is how long a file must have stood unchanged before its stamp is
// trusted: a file written again within the same tick of a coarse clock
// (two seconds on FAT) keeps its size and modification time, so a stamp
// taken that soon after a write could hide the next one.
const settle = 2 * time.Second

// Stamps remember, from one load of a folder to the next, each file's
// size and modification time when it was read, with the hash of its
// bytes. A file whose size and modification time are as stamped, and
// whose previous document has that hash, is not read again: on a corpus
// of 10,000 articles an update reads the one that changed, not every
// file. Only a running process keeps them (a start reads every file),
// and a file modified less than two seconds before a load is stamped
// only once it has settled. The zero value is ready to use; a Stamps is
// for one goroutine at a time.
type Stamps struct {
	byFile map[string]stamp
}

// stamp is what a file looked like when it was last read.
type stamp struct {
	size int64
	mod  time.Time
	hash string
}

// stampKey names a file of a folder (by the name Load is given, so that
// two folders' files of one name stay apart).
func stampKey(folder, file string) string { return folder + "\x00" + file }

// unchanged reports whether file, now described by info, is as it was
// when it was read with the bytes hashed to hash.
func (s *Stamps) unchanged(key string, info fs.FileInfo, hash string) bool {
	if s == nil || info == nil {
		return false
	}
	st, ok := s.byFile[key]
	return ok && st.hash == hash && st.size == info.Size() && st.mod.Equal(info.ModTime())
}

// stampAll replaces the stamps of folder with those of one load, which
// began at start: next holds, by key, each file read or kept with the
// stat taken before it was read and its hash.
func (s *Stamps) stampAll(folder string, start time.Time, next map[string]stamped) {
	if s == nil {
		return
	}
	if s.byFile == nil {
		s.byFile = make(map[string]stamp)
	}
	prefix := stampKey(folder, "")
	for k := range s.byFile {
		if len(k) >= len(prefix) && k[:len(prefix)] == prefix {
			delete(s.byFile, k)
		}
	}
	for k, st := range next {
		mod := st.info.ModTime()
		if mod.IsZero() || !mod.Before(start.Add(-settle)) {
			continue // no clock, or written too recently to be sure of
		}
		s.byFile[k] = stamp{size: st.info.Size(), mod: mod, hash: st.hash}
	}
}

// stamped is a file's stat, taken before it was read, and its hash.
type stamped struct {
	info fs.FileInfo
	hash string
}
