package index

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/parleybot/parley/internal/binenc"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/term"
)

// This file keeps, for each article, what it added to the corpus-wide
// counts that its saved words do not give back: the capitalisation
// counts and the speller's surfaces, both made from its tokens. A new
// process, which no longer has a changed or removed article's old text,
// takes that article's share away with them instead of reading every
// article again.
//
// They are saved in blocks of articles, each block's file named by the
// articles it holds, so an update writes the block of an article it read
// and links the others from the snapshot before.

// wordCounts is what one article adds to the capitalisation counts (see
// addCaps) and the speller's surfaces (see addSurfaces).
type wordCounts struct {
	caps     map[string][3]int
	surfaces map[string]int
}

// newWordCounts returns empty counts.
func newWordCounts() wordCounts {
	return wordCounts{caps: map[string][3]int{}, surfaces: map[string]int{}}
}

// countSentence counts a sentence's tokens the way the corpus-wide counts
// do; a headline is not counted.
func (wc wordCounts) countSentence(headline bool, toks []term.Token) {
	if !headline {
		addCaps(wc.caps, toks, 1)
		addSurfaces(wc.surfaces, toks, 1)
	}
}

// reset empties the counts, for the next article.
func (wc wordCounts) reset() {
	clear(wc.caps)
	clear(wc.surfaces)
}

// addWordCounts adds an article's counts to the corpus-wide ones (sign
// 1), or takes them away (-1); a count that falls to zero is dropped.
func addWordCounts(caps map[string][3]int, surfaces map[string]int, wc wordCounts, sign int) {
	for t, c := range wc.caps {
		n := caps[t]
		for k := range n {
			n[k] += sign * c[k]
		}
		if n[0] <= 0 {
			delete(caps, t)
		} else {
			caps[t] = n
		}
	}
	for w, c := range wc.surfaces {
		if surfaces[w] += sign * c; surfaces[w] <= 0 {
			delete(surfaces, w)
		}
	}
}

// encode appends the counts to b.
func (wc wordCounts) encode(b []byte) []byte {
	b = binenc.AppendUint(b, len(wc.caps))
	for t, c := range wc.caps {
		b = binenc.AppendString(b, t)
		for _, n := range c {
			b = binenc.AppendUint(b, n)
		}
	}
	b = binenc.AppendUint(b, len(wc.surfaces))
	for w, n := range wc.surfaces {
		b = binenc.AppendString(b, w)
		b = binenc.AppendUint(b, n)
	}
	return b
}

// decodeWordCounts reads what encode wrote.
func decodeWordCounts(r *binenc.Reader) wordCounts {
	n := r.Count()
	wc := wordCounts{caps: make(map[string][3]int, n)}
	for range n {
		t := r.String()
		wc.caps[t] = [3]int{r.Uint(), r.Uint(), r.Uint()}
	}
	n = r.Count()
	wc.surfaces = make(map[string]int, n)
	for range n {
		w := r.String()
		wc.surfaces[w] = r.Uint()
	}
	return wc
}

// countsMagic opens a block of saved counts.
const countsMagic = "PIC1"

// countsBlockEnd: an article whose source hashes to 0 modulo it ends a
// block. Blocks of about 32 articles are fixed by the articles
// themselves, not their places, so adding or removing one changes its
// own block alone (and the next, when it is one that ends a block).
const countsBlockEnd = 32

// countsMember is an article of a block: its source and its file's hash.
type countsMember struct{ source, hash string }

// countBlocks cuts the articles (sources to hashes) into blocks, in the
// order of their sources.
func countBlocks(docs map[string]string) [][]countsMember {
	var out [][]countsMember
	var cur []countsMember
	for _, src := range slices.Sorted(maps.Keys(docs)) {
		cur = append(cur, countsMember{src, docs[src]})
		h := fnv.New32a()
		h.Write([]byte(src))
		if h.Sum32()%countsBlockEnd == 0 {
			out, cur = append(out, cur), nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// countsFileName names a block's file by the articles it holds.
func countsFileName(block []countsMember) string {
	h := sha256.New()
	for _, m := range block {
		h.Write([]byte(m.source + "\x00" + m.hash + "\n"))
	}
	return "counts." + hex.EncodeToString(h.Sum(nil)[:10]) + ".bin"
}

// errCountsMissing is saved counts that cannot be read whole.
var errCountsMissing = errors.New("the saved word counts are missing or damaged")

// readCountsBlock reads a block's file in dir: each article's encoded
// counts, by source.
func readCountsBlock(dir string, block []countsMember) (map[string][]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, countsFileName(block)))
	if err != nil {
		return nil, errCountsMissing
	}
	r, err := binenc.Open(data, countsMagic)
	if err != nil || r.Count() != len(block) {
		return nil, errCountsMissing
	}
	out := make(map[string][]byte, len(block))
	for _, m := range block {
		if r.String() != m.source || r.String() != m.hash {
			return nil, errCountsMissing
		}
		out[m.source] = []byte(r.String())
	}
	if r.Done() != nil {
		return nil, errCountsMissing
	}
	return out, nil
}

// countsWriter writes the blocks of a snapshot's counts.
type countsWriter struct {
	docs map[string]string
	// fresh holds the encoded counts of the articles read by this build,
	// by source.
	fresh map[string][]byte
	// prev names the snapshot before, whose blocks are linked, or read
	// for the counts of articles this build did not read.
	prev Manifest
}

// write writes the blocks into dir, a new snapshot's folder in dataDir.
// A block whose articles' counts cannot all be had (the snapshot before
// lacks them) is left out: a new process that needs it reads the
// articles again.
func (w countsWriter) write(dataDir, dir string) error {
	prevDir := ""
	if w.prev.Snapshot != "" {
		prevDir, _ = snapshotDir(dataDir, w.prev)
	}
	prevDocs := w.prev.Documents
	var prevBlocks map[countsMember][]countsMember
	read := map[string]map[string][]byte{}
	fromPrev := func(m countsMember) []byte {
		if prevDir == "" || prevDocs[m.source] != m.hash {
			return nil
		}
		if prevBlocks == nil {
			prevBlocks = map[countsMember][]countsMember{}
			for _, b := range countBlocks(prevDocs) {
				for _, pm := range b {
					prevBlocks[pm] = b
				}
			}
		}
		b := prevBlocks[m]
		name := countsFileName(b)
		if _, ok := read[name]; !ok {
			read[name], _ = readCountsBlock(prevDir, b)
		}
		return read[name][m.source]
	}
	for _, b := range countBlocks(w.docs) {
		name := countsFileName(b)
		if prevDir != "" && os.Link(filepath.Join(prevDir, name), filepath.Join(dir, name)) == nil {
			continue
		}
		data := binenc.AppendUint([]byte(countsMagic), len(b))
		whole := true
		for _, m := range b {
			counts, ok := w.fresh[m.source]
			if !ok {
				counts = fromPrev(m)
			}
			if counts == nil {
				whole = false
				break
			}
			data = binenc.AppendString(binenc.AppendString(binenc.AppendString(data, m.source), m.hash), string(counts))
		}
		if !whole {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), binenc.Seal(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// readCounts reads, from the snapshot folder dir of an index of docs, the
// counts of the articles gone (sources).
func readCounts(dir string, docs map[string]string, gone []string) (map[string]wordCounts, error) {
	want := make(map[string]bool, len(gone))
	for _, s := range gone {
		want[s] = true
	}
	out := make(map[string]wordCounts, len(gone))
	for _, b := range countBlocks(docs) {
		if !slices.ContainsFunc(b, func(m countsMember) bool { return want[m.source] }) {
			continue
		}
		blobs, err := readCountsBlock(dir, b)
		if err != nil {
			return nil, err
		}
		for _, m := range b {
			if want[m.source] {
				r := binenc.NewReader(string(blobs[m.source]))
				wc := decodeWordCounts(r)
				if r.Done() != nil {
					return nil, errCountsMissing
				}
				out[m.source] = wc
			}
		}
	}
	return out, nil
}

// goneDocs are the articles of a saved index that changed or were
// removed since: their places in its order of articles, ascending, and
// their word counts.
type goneDocs struct {
	at     []int
	counts []wordCounts
}

// readGone finds the articles of the index m names that are not among
// kept (the others, unchanged, in order), and reads their word counts
// from its snapshot.
func readGone(dataDir string, m Manifest, kept []document.Document) (*goneDocs, error) {
	stay := make(map[string]bool, len(kept))
	for _, d := range kept {
		stay[d.Source] = m.Documents[d.Source] == d.Hash
	}
	var g goneDocs
	var sources []string
	for i, src := range slices.Sorted(maps.Keys(m.Documents)) {
		if !stay[src] {
			g.at = append(g.at, i)
			sources = append(sources, src)
		}
	}
	dir, err := snapshotDir(dataDir, m)
	if err != nil {
		return nil, err
	}
	counts, err := readCounts(dir, m.Documents, sources)
	if err != nil {
		return nil, err
	}
	for _, src := range sources {
		g.counts = append(g.counts, counts[src])
	}
	return &g, nil
}

// without returns the saved words less the articles gone: their
// sentences' terms and word counts are taken away from the corpus's
// counts, and their sentences dropped. A count may fall to zero, which
// fromLexicalState leaves out.
func (st lexicalState) without(g goneDocs) (lexicalState, error) {
	terms := make(map[string]int, len(st.Vocab))
	for i, t := range st.Vocab {
		terms[t] = i
	}
	surfaces := make(map[string]int, len(st.Surfaces))
	for i, w := range st.Surfaces {
		surfaces[w] = i
	}
	gone := make(map[int]bool, len(g.at))
	for k, d := range g.at {
		if d < 0 || d >= len(st.Sents) {
			return lexicalState{}, errWordsDamaged
		}
		gone[d] = true
		for _, sent := range st.Sents[d] {
			st.NSents--
			ids := slices.Clone(sent)
			slices.Sort(ids)
			for _, id := range slices.Compact(ids) {
				if id < 0 || int(id) >= len(st.DF) {
					return lexicalState{}, errWordsDamaged
				}
				st.DF[id]--
			}
		}
		// Counts of terms the saved words do not hold were not saved.
		for t, c := range g.counts[k].caps {
			if i, ok := terms[t]; ok {
				for j := range c {
					st.Caps[i][j] -= int32(c[j])
				}
			}
		}
		for w, n := range g.counts[k].surfaces {
			if i, ok := surfaces[w]; ok {
				st.Counts[i] -= int32(n)
			}
		}
	}
	kept := make([][][]int32, 0, len(st.Sents)-len(gone))
	for d, sents := range st.Sents {
		if !gone[d] {
			kept = append(kept, sents)
		}
	}
	st.Sents = kept
	return st, nil
}
