package index

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	chromem "github.com/philippgille/chromem-go"
)

// This file keeps the chromem-go store of record as a base file and the
// files of the additions since: adding an article writes its vectors
// alone, and links the earlier files into the new snapshot, rather than
// writing every vector again.

// VectorFile is one chromem-go file of a snapshot's store of record.
type VectorFile struct {
	Name string `json:"name"`
	// Sum is the CRC-32 of the file, in hex.
	Sum string `json:"sum"`
}

// maxVectorFiles is how many files the store of record may grow to
// before an update writes it whole again, as one file.
const maxVectorFiles = 8

// maxStale is the share of stale vectors, of chunks and quotations
// changed or removed since, that the store's files may hold beside the
// live ones before an update writes it whole again.
const maxStale = 0.25

// collections are the chromem-go collections holding one kind of vector
// (chunks or quotations), newest first: one built in memory, or those of
// a snapshot's files, where an addition's file comes before the base.
type collections []*chromem.Collection

// get returns the document with this ID from the newest collection that
// holds it.
func (cs collections) get(ctx context.Context, id string) (chromem.Document, bool) {
	for _, c := range cs {
		if d, err := c.GetByID(ctx, id); err == nil {
			return d, true
		}
	}
	return chromem.Document{}, false
}

// count is the number of documents the collections hold together.
func (cs collections) count() int {
	n := 0
	for _, c := range cs {
		n += c.Count()
	}
	return n
}

// additions is what an update adds to the store of record of the
// snapshot it starts from: the vectors embedded now, by ID, and the
// files it keeps.
type additions struct {
	chunks, quotes []string
	// from is the snapshot folder holding keep.
	from string
	keep []VectorFile
	// vectors holds the added vectors, once collected, count of them.
	vectors *chromem.DB
	count   int
	// stale counts the vectors the kept files hold of chunks and
	// quotations since changed or removed.
	stale int
}

// newAdditions returns the additions of an update from prev when they
// can be added to prev's store of record: prev's store is in dataDir,
// has room for another file, and the vectors it holds that the update
// did not reuse (of articles changed or removed), with those it held
// already, stay under maxStale of the live ones. Otherwise nil: the
// store is written whole. reused counts the vectors taken from prev,
// live those of the update.
func newAdditions(prev *Index, dataDir string, reused, live int, chunks, quotes []string) *additions {
	m := prev.manifest
	if dataDir == "" || len(m.VectorFiles) == 0 || len(m.VectorFiles) >= maxVectorFiles || prev.chunkVecs == nil || prev.quoteVecs == nil {
		return nil
	}
	stale := m.Stale + len(prev.chunkVecs.ids) + len(prev.quoteVecs.ids) - reused
	if float64(stale) > maxStale*float64(live) {
		return nil
	}
	from, err := snapshotDir(dataDir, m)
	if err != nil {
		return nil
	}
	return &additions{chunks: chunks, quotes: quotes, from: from, keep: m.VectorFiles, stale: stale}
}

// collect puts the added vectors in a chromem-go DB of their own, read
// from the update's whole collections; ef is their embedding function.
func (a *additions) collect(ctx context.Context, chunks, quotes collections, ef chromem.EmbeddingFunc) error {
	db := chromem.NewDB()
	for _, part := range []struct {
		name string
		ids  []string
		from collections
	}{{chunkColl, a.chunks, chunks}, {quoteColl, a.quotes, quotes}} {
		coll, err := db.CreateCollection(part.name, nil, ef)
		if err != nil {
			return err
		}
		for _, id := range part.ids {
			if d, ok := part.from.get(ctx, id); ok {
				if err := coll.AddDocument(ctx, d); err != nil {
					return err
				}
				a.count++
			}
		}
	}
	a.vectors = db
	return nil
}

// keepFiles brings the kept files into the folder tmp: as hard links,
// or copies where the file system has none.
func (a *additions) keepFiles(tmp string) error {
	for _, f := range a.keep {
		src, dst := filepath.Join(a.from, f.Name), filepath.Join(tmp, f.Name)
		if err := os.Link(src, dst); err != nil {
			if err := copyFile(src, dst); err != nil {
				return fmt.Errorf("keeping %s: %w", f.Name, err)
			}
		}
	}
	return nil
}

// copyFile copies src to a new file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// validVectorFile reports a file name a manifest may give: one in the
// snapshot folder itself.
func validVectorFile(f VectorFile) bool {
	return f.Name != "" && f.Name != "." && f.Name != ".." && !strings.ContainsAny(f.Name, `/\`)
}

// vectorFileName names the n-th file of a store of record: the base
// first, then the additions.
func vectorFileName(n int) string {
	if n == 0 {
		return vectorsFile
	}
	return fmt.Sprintf("vectors-%d.gob", n)
}
