package index

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
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
	// Chunks and Quotes are the IDs of the vectors a file of additions
	// holds (none is given for the base), so that the files of additions
	// can be merged into one without reading them.
	Chunks []string `json:"chunks,omitempty"`
	Quotes []string `json:"quotes,omitempty"`
}

// maxAddedFiles is how many files of additions the store of record may
// grow to before an update merges them into one; the base is written
// again only when stale vectors pass maxStale.
const maxAddedFiles = 7

// vectorsPerFile is how many chunks' vectors, and quotations', a file
// of the base holds at most. chromem-go encodes a file whole in memory,
// and a part of 1,024 of each, of 356 dimensions, with the chunks' text,
// is about 3 MB: files of 8,192 held some 60 MB at once on 1,000 news
// articles.
const vectorsPerFile = 1024

// maxMerged is the share of the live vectors that the files of additions,
// merged, may hold before the store is written whole again: merging
// rewrites them, so they stay small beside the base.
const maxMerged = 0.25

// maxStale is the share of stale vectors, of chunks and quotations
// changed or removed since, that the store's files may hold beside the
// live ones before an update writes it whole again.
const maxStale = 0.25

// collections are the chromem-go collections holding one kind of vector
// (chunks or quotations) in a snapshot's files, newest first: an
// addition's file comes before the base.
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

// newAdditions returns the additions of an update (ix) from prev when
// they can be added to prev's store of record: prev's store is in
// dataDir, and the vectors it holds that the update did not reuse (of
// articles changed or removed), with those it held already, stay under
// maxStale of the live ones. When the store has no room for another
// file, its files of additions are merged into the one written now.
// Otherwise nil: the store is written whole. reused counts the vectors
// taken from prev; chunks and quotes are the IDs embedded now.
func newAdditions(prev, ix *Index, dataDir string, reused int, chunks, quotes []string) *additions {
	m := prev.manifest
	if dataDir == "" || len(m.VectorFiles) == 0 || prev.chunkVecs == nil || prev.quoteVecs == nil {
		return nil
	}
	stale := m.Stale + len(prev.chunkVecs.ids) + len(prev.quoteVecs.ids) - reused
	keep, base := m.VectorFiles, baseFiles(m.VectorFiles)
	live := len(ix.chunkVecs.ids) + len(ix.quoteVecs.ids)
	if len(keep)-base >= maxAddedFiles {
		var dropped int
		if chunks, quotes, dropped = mergeAdditions(keep[base:], ix, chunks, quotes); float64(len(chunks)+len(quotes)) > maxMerged*float64(live) {
			return nil
		}
		// stale is counted from the vectors reused, so it may fall short
		// of what the files dropped.
		keep, stale = keep[:base], max(0, stale-dropped)
	}
	if float64(stale) > maxStale*float64(live) {
		return nil
	}
	from, err := snapshotDir(dataDir, m)
	if err != nil {
		return nil
	}
	return &additions{chunks: chunks, quotes: quotes, from: from, keep: keep, stale: stale}
}

// mergeAdditions returns the IDs of the vectors one file should hold in
// place of the files of additions given and the vectors embedded now
// (chunks, quotes): those embedded now, and those the files hold that ix
// still holds. dropped counts the vectors of the files left out, stale.
func mergeAdditions(files []VectorFile, ix *Index, chunks, quotes []string) (c, q []string, dropped int) {
	merge := func(now []string, held func(VectorFile) []string, live *flat) []string {
		seen := make(map[string]bool, len(now))
		for _, id := range now {
			seen[id] = true
		}
		out := slices.Clone(now)
		for _, f := range files {
			for _, id := range held(f) {
				if _, in := live.row[id]; in && !seen[id] {
					seen[id] = true
					out = append(out, id)
				} else {
					dropped++
				}
			}
		}
		return out
	}
	c = merge(chunks, func(f VectorFile) []string { return f.Chunks }, ix.chunkVecs)
	q = merge(quotes, func(f VectorFile) []string { return f.Quotes }, ix.quoteVecs)
	return c, q, dropped
}

// collect puts the added vectors in a chromem-go DB of their own, from
// ix's flat copies.
func (a *additions) collect(ix *Index) error {
	db, n, err := ix.storeOf(a.chunks, a.quotes, ix.quoteTexts())
	if err != nil {
		return err
	}
	a.vectors, a.count = db, n
	return nil
}

// storeParts makes the whole store of record from ix's flat copies, as
// chromem-go DBs of at most per chunks' and per quotations' vectors each,
// given to write in turn: a DB and its encoding are held in memory whole,
// so one of them all would hold the vectors twice over at 10,000 articles.
func (ix *Index) storeParts(per int, write func(part int, db *chromem.DB) error) error {
	chunks := ix.chunkVecs.ids
	quotes, texts := distinctQuotes(ix.quotes, ix.QuoteIDs())
	textOf := textsByID(quotes, texts)
	window := func(ids []string, part int) []string {
		return ids[min(part*per, len(ids)):min((part+1)*per, len(ids))]
	}
	for part := 0; part == 0 || part*per < max(len(chunks), len(quotes)); part++ {
		db, _, err := ix.storeOf(window(chunks, part), window(quotes, part), textOf)
		if err != nil {
			return err
		}
		if err := write(part, db); err != nil {
			return err
		}
	}
	return nil
}

// storeOf makes a chromem-go DB of the vectors of the chunks and
// quotations with these IDs, read from ix's flat copies, and returns how
// many it holds; quoteText gives each quotation's text by its ID.
func (ix *Index) storeOf(chunkIDs, quoteIDs []string, quoteText map[string]string) (*chromem.DB, int, error) {
	ctx := context.Background()
	db := chromem.NewDB()
	chunks, err := db.CreateCollection(chunkColl, nil, ix.embedFunc())
	if err != nil {
		return nil, 0, err
	}
	quotes, err := db.CreateCollection(quoteColl, nil, ix.embedFunc())
	if err != nil {
		return nil, 0, err
	}
	var cdocs []chromem.Document
	for _, id := range chunkIDs {
		i, ok := ix.chunkIDs[id]
		v := ix.chunkVecs.vector(id)
		if !ok || v == nil {
			continue
		}
		c := ix.chunks[i]
		cdocs = append(cdocs, chromem.Document{
			ID:        c.ID,
			Embedding: v,
			Content:   ix.ChunkText(c),
			Metadata: map[string]string{
				"source":     c.Source,
				"line_start": strconv.Itoa(c.LineStart),
				"line_end":   strconv.Itoa(c.LineEnd),
				"title":      c.Title,
			},
		})
	}
	var qdocs []chromem.Document
	for _, id := range quoteIDs {
		text, ok := quoteText[id]
		if v := ix.quoteVecs.vector(id); ok && v != nil {
			qdocs = append(qdocs, chromem.Document{ID: id, Embedding: v, Content: text})
		}
	}
	for _, part := range []struct {
		coll *chromem.Collection
		docs []chromem.Document
	}{{chunks, cdocs}, {quotes, qdocs}} {
		if len(part.docs) > 0 {
			if err := part.coll.AddDocuments(ctx, part.docs, runtime.NumCPU()); err != nil {
				return nil, 0, fmt.Errorf("storing the vectors: %w", err)
			}
		}
	}
	return db, len(cdocs) + len(qdocs), nil
}

// quoteTexts maps each quotation's vector ID to its text.
func (ix *Index) quoteTexts() map[string]string {
	return textsByID(distinctQuotes(ix.quotes, ix.QuoteIDs()))
}

// textsByID maps ids[i] to texts[i].
func textsByID(ids, texts []string) map[string]string {
	out := make(map[string]string, len(ids))
	for i, id := range ids {
		out[id] = texts[i]
	}
	return out
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

// vectorFileName names the n-th file of a store of record, the files of
// its base counted first.
func vectorFileName(n int) string { return fmt.Sprintf("vectors-%d.gob", n) }

// basePartName names part n of a store of record's base.
func basePartName(n int) string {
	if n == 0 {
		return vectorsFile
	}
	return fmt.Sprintf("vectors.%d.gob", n)
}

// baseFiles counts the files of a store's base: those, first, that list
// no IDs.
func baseFiles(files []VectorFile) int {
	n := 0
	for n < len(files) && len(files[n].Chunks)+len(files[n].Quotes) == 0 {
		n++
	}
	return n
}
