// Package index holds one built state of the corpus: its documents, their
// chunks, the words of every sentence (for BM25 and for matching questions),
// the quotations found in them, and the chromem-go collections of their
// vectors. It builds that state, persists it crash-safely in a data dir
// shared by processes through a lock, loads it back, and answers the
// searches the layers above it ask: by words, by vectors, and for
// quotations. It knows nothing of questions or answers.
package index

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/embed"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/spell"
	"github.com/parleybot/parley/rag/wordvec"

	chromem "github.com/philippgille/chromem-go"
)

// Index is one built, read-only state of the corpus: documents, chunks,
// the flat copies of their vectors (chromem-go's store of record on disk)
// and the lexical indexes. It is safe for concurrent queries.
type Index struct {
	docs     []document.Document
	bySource map[string]int
	chunks   []Chunk
	chunkIDs map[string]int
	lex      *bm25 // over chunks
	// sentTerms holds the index terms of every sentence, by document.
	sentTerms [][][]string
	sentDF    map[string]int
	nSents    int
	// caps counts, per term, its uses mid-sentence: all, capitalised, and
	// capitalised at the end of a run of capitals (see countCaps).
	caps map[string][3]int
	// speller corrects question words to the corpus's words, from the
	// surfaces it counts.
	speller  *spell.Speller
	surfaces map[string]int
	// coll and quoteColl hold the chunks' and quotations' vectors as a
	// snapshot's files give them, while an index read from disk is made.
	coll     collections
	embedder embed.Embedder
	manifest Manifest
	// quotes are the corpus's quotations and speakers; quoteColl their
	// vectors, keyed by QuoteID.
	quotes   []quote.Quote
	speakers []quote.Speaker
	// quoteIDs are the quotations' vector IDs, in order, made once (see
	// QuoteIDs).
	quoteIDsOnce sync.Once
	quoteIDs     []string
	// quotesAt finds the quotations standing in a sentence; made on
	// first use (see QuotesIn).
	quotesAt     sync.Once
	quotesBySent map[[2]int][]int
	quoteColl    collections
	// quoteMemo remembers each article's quotations and names, for the
	// next build: a build sets it, and a load in the background (see
	// rememberQuotes).
	quoteMemo atomic.Pointer[quote.Memo]
	// remembered makes a loaded index's memo once, from its quotations
	// and the names its snapshot saved (see rememberQuotes); nil for an
	// index built in this process.
	remembered func() *quote.Memo
	// chunkVecs and quoteVecs are the collections' vectors in one slice
	// each, for searching.
	chunkVecs, quoteVecs *flat
	// embedded and reused count the vectors of the last build.
	embedded, reused int
	// added, when set, is what the build adds to the previous index's
	// store of record, which it keeps.
	added *additions
	// chunkOpts is how the corpus was cut into chunks.
	chunkOpts ChunkOptions
	// numbered are the terms by number from the build until it is saved.
	numbered *numberedTerms
	// counts holds the encoded word counts (see wordCounts) of the
	// articles this build read, by source, until it is saved; countsFrom
	// is the snapshot before, which holds the others'.
	counts     map[string][]byte
	countsFrom Manifest
	// vectorsPerFile is Options.vectorsPerFile.
	vectorsPerFile int
}

// BuildInfo says how an index came to be.
type BuildInfo struct {
	// Rebuilt is true when the index was built now, false when it was loaded.
	Rebuilt bool
	// Reason says why it was rebuilt ("no index yet", "corpus changed", ...).
	Reason string
	// Persisted is false when the data directory could not be written.
	Persisted bool
	// SaveError says where and why saving failed; "" when it did not.
	SaveError string
	// Chunks is the number of chunks indexed.
	Chunks int
	// Embedded and Reused count the vectors embedded now and those taken
	// from the previous index.
	Embedded, Reused int
	// Took is how long the load or build took.
	Took time.Duration
}

// Options controls how an index is loaded or built.
type Options struct {
	// DataDir is where the index is persisted; "" keeps it in memory only.
	DataDir string
	// Embedder embeds chunks and questions; nil means the local embedder,
	// fitted on the corpus.
	Embedder embed.Embedder
	// WordVectors, if set, gives the local embedder its word vectors; it
	// is called on first use, so the table may load in the background.
	WordVectors func() *wordvec.Table
	// NameGender, if set, reads a gender from a first name, for resolving
	// "he" and "she" in attribution.
	NameGender quote.NameGender
	// Force rebuilds even when the persisted index is current.
	Force bool
	// Chunking sets chunk sizes; zero means DefaultChunkOptions.
	Chunking ChunkOptions
	// Progress, if set, is called as chunks are embedded.
	Progress func(done, total int)
	// Previous, if set, is the index being replaced: vectors of chunks and
	// quotations whose text is unchanged are taken from it, so only changed
	// articles are embedded again (unless Force is set).
	Previous *Index
	// vectorsPerFile, when set, is how many vectors of each kind a file
	// of the store's base holds, in place of vectorsPerFile (for tests).
	vectorsPerFile int
}

// LoadOrBuild opens the index of docs persisted under opt.DataDir, or builds
// and persists it when it is missing, unreadable, or stale: made from another
// corpus, by another embedder, or by another version of Parley.
//
// Processes sharing a data dir take turns through a lock file in it: a
// shared lock to load, an exclusive one to build and save. A process that
// waited for another's build loads that index rather than building its
// own, and no snapshot is removed while another process reads it.
func LoadOrBuild(ctx context.Context, docs []document.Document, opt Options) (*Index, BuildInfo, error) {
	start := time.Now()
	if opt.DataDir != "" && !opt.Force {
		unlock := lockDataDir(opt.DataDir, false)
		ix, info, err := loadOrBuild(ctx, docs, opt, true, start)
		unlock()
		if err == nil {
			return ix, info, nil
		}
		if !errors.Is(err, errNeedsBuild) {
			return nil, BuildInfo{}, err
		}
	}
	unlock := func() {}
	if opt.DataDir != "" {
		unlock = lockDataDir(opt.DataDir, true)
	}
	defer unlock()
	return loadOrBuild(ctx, docs, opt, false, start)
}

// errNeedsBuild is loadOrBuild's answer in load-only mode when the index
// must be built.
var errNeedsBuild = errors.New("the index needs building")

// loadOrBuild is LoadOrBuild under the data dir's lock; with loadOnly it
// returns errNeedsBuild instead of building.
func loadOrBuild(ctx context.Context, docs []document.Document, opt Options, loadOnly bool, start time.Time) (*Index, BuildInfo, error) {
	if opt.Chunking == (ChunkOptions{}) {
		opt.Chunking = DefaultChunkOptions
	}
	embedderID := embed.LocalID(opt.WordVectors != nil)
	if opt.Embedder != nil {
		embedderID = opt.Embedder.ID()
	}
	hash := corpusHash(docs, opt.Chunking)
	reason := "rebuild requested"
	if !opt.Force {
		if opt.DataDir == "" {
			reason = "in-memory index"
		} else if m, err := readManifest(opt.DataDir); err != nil {
			reason = "no index yet"
			if !errors.Is(err, fs.ErrNotExist) {
				reason = "index manifest unreadable"
			}
		} else {
			switch {
			case m.Format != formatVersion:
				reason = "index made by another version"
			case m.Embedder != embedderID:
				reason = fmt.Sprintf("embedder changed (%s → %s)", m.Embedder, embedderID)
			case m.CorpusHash != hash:
				reason = "corpus changed"
				if opt.Previous == nil && !loadOnly {
					// Reuse the saved vectors of unchanged articles.
					opt.Previous, _ = loadPrevious(opt.DataDir, m, docs, opt)
				}
			default:
				ix, err := loadIndex(docs, opt, m)
				if err == nil {
					go ix.rememberQuotes()
					return ix, BuildInfo{Reason: "loaded", Persisted: true, Chunks: len(ix.chunks), Took: time.Since(start)}, nil
				}
				reason = "index unreadable: " + err.Error()
			}
		}
	}
	if loadOnly {
		return nil, BuildInfo{Reason: reason}, errNeedsBuild
	}
	ix, err := buildIndex(ctx, docs, opt, hash)
	if err != nil {
		return nil, BuildInfo{}, err
	}
	info := BuildInfo{Rebuilt: true, Reason: reason, Chunks: len(ix.chunks), Embedded: ix.embedded, Reused: ix.reused}
	defer ix.release()
	if opt.DataDir != "" {
		if m, err := writeSnapshot(opt.DataDir, ix.snapshot()); err != nil {
			info.Reason += "; not saved: " + err.Error()
			info.SaveError = fmt.Sprintf("saving the index in %s: %v", opt.DataDir, err)
		} else {
			ix.manifest = m
			info.Persisted = true
		}
	}
	info.Took = time.Since(start)
	return ix, info, nil
}

// documentHashes maps each document's source to the hash of its file:
// what the manifest records, and the keys of the quotation memo.
func documentHashes(docs []document.Document) map[string]string {
	out := make(map[string]string, len(docs))
	for _, d := range docs {
		out[d.Source] = d.Hash
	}
	return out
}

// corpusHash identifies the corpus content and how it is cut into chunks.
func corpusHash(docs []document.Document, opt ChunkOptions) string {
	h := sha256.New()
	fmt.Fprintf(h, "format=%d chunk=%+v\n", formatVersion, opt)
	for _, d := range docs {
		fmt.Fprintf(h, "%s\x00%s\n", d.Source, d.Hash)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// buildIndex chunks and embeds the corpus, reusing prev's vectors where it
// can, and makes the flat copies searches read; chromem-go's store of
// record is made from them when the index is saved.
func buildIndex(ctx context.Context, docs []document.Document, opt Options, hash string) (*Index, error) {
	// The quotations are read while the words and chunks are made.
	quotes := extractQuotes(docs, opt.Previous, opt.NameGender)
	ix := newIndex(docs, opt.Chunking, opt.Previous)
	ix.vectorsPerFile = opt.vectorsPerFile
	if opt.Previous != nil {
		ix.countsFrom = opt.Previous.manifest
	}
	prev := opt.Previous
	if opt.Force || prev == nil || !sameEmbedder(prev, opt) {
		prev = nil
	}
	ix.embedder = opt.Embedder
	switch {
	case ix.embedder == nil && prev != nil:
		ix.embedder = prev.embedder // keep the fitted weights, so old vectors stay comparable
	case ix.embedder == nil:
		ix.embedder = embed.NewLocalFromTerms(ix.allChunkTerms, opt.WordVectors)
	}
	ids := make([]string, len(ix.chunks))
	for i, c := range ix.chunks {
		ids[i] = c.ID
	}
	chunks := func(prev *Index) embedItems {
		return embedItems{
			ids:   ids,
			text:  func(i int) string { return ix.ChunkText(ix.chunks[i]) },
			terms: ix.chunkTerms,
			saved: func(ctx context.Context, i int) (vecSource, bool) {
				return prev.savedChunk(ctx, ix.chunks[i], func() string { return ix.ChunkText(ix.chunks[i]) })
			},
		}
	}
	vectors, freshChunks, err := ix.embedReusing(ctx, chunks(prev), opt.Progress)
	if err != nil {
		return nil, err
	}
	drift := 0
	if prev != nil && opt.Embedder == nil {
		// The local embedder's weights were fitted on an older corpus;
		// once the chunks embedded since outweigh a share of this one,
		// they are fitted again and every vector is made anew.
		if drift = prev.manifest.Drift + ix.embedded; drift > maxDrift(len(ix.chunks)) {
			prev, drift = nil, 0
			ix.embedder = embed.NewLocalFromTerms(ix.allChunkTerms, opt.WordVectors)
			ix.embedded, ix.reused = 0, 0
			if vectors, freshChunks, err = ix.embedReusing(ctx, chunks(nil), opt.Progress); err != nil {
				return nil, err
			}
		}
	}
	// A chunk with no index terms cannot be found by similarity: it has
	// no vector.
	ix.chunkVecs = newFlatFrom(ids, vectors)
	freshQuotes, err := ix.buildQuotes(ctx, quotes, opt.Previous, prev.savedQuote)
	if err != nil {
		return nil, err
	}
	if prev != nil {
		ix.added = newAdditions(prev, ix, opt.DataDir, ix.reused, freshChunks, freshQuotes)
	}
	ix.manifest = Manifest{
		Format:     formatVersion,
		Embedder:   ix.embedder.ID(),
		CorpusHash: hash,
		Snapshot:   fmt.Sprintf("%s%s-%d", snapshotPrefix, hash[:12], time.Now().UnixNano()),
		Chunks:     len(ix.chunks),
		Vectors:    len(ix.chunkVecs.ids),
		Quotes:     len(ix.quotes),
		Documents:  documentHashes(docs),
		Built:      time.Now().UTC(),
		Drift:      drift,
	}
	return ix, nil
}

// maxDrift is how many of a corpus's chunks may be embedded after the
// local embedder's weights were fitted before they are fitted again: a
// quarter, so a corpus that grows by a few articles a day is refitted
// now and then, and one that is swapped for another at once.
func maxDrift(chunks int) int { return chunks / 4 }

// sameEmbedder reports whether prev's vectors fit the embedder asked for
// (nil: the local one).
func sameEmbedder(prev *Index, opt Options) bool {
	e := opt.Embedder
	if e == nil {
		_, ok := prev.embedder.(*embed.Local)
		return ok && prev.embedder.ID() == embed.LocalID(opt.WordVectors != nil)
	}
	return prev.embedder != nil && prev.embedder.ID() == e.ID()
}

// embedItems are the texts embedReusing gives vectors: by number, their
// IDs, texts and index terms, and where an earlier index holds a vector.
type embedItems struct {
	ids  []string
	text func(i int) string
	// terms, if set, gives a text's index terms, for the local embedder.
	terms func(i int) []string
	saved func(ctx context.Context, i int) (vecSource, bool)
}

// embedReusing returns the vectors of the items, taking those an earlier
// index holds, and embedding the rest, whose IDs it returns too.
func (ix *Index) embedReusing(ctx context.Context, items embedItems, progress func(done, total int)) ([]vecSource, []string, error) {
	out := make([]vecSource, len(items.ids))
	var todo []int
	for i := range items.ids {
		if v, ok := items.saved(ctx, i); ok {
			out[i] = v
			ix.reused++
			continue
		}
		todo = append(todo, i)
	}
	// The local embedder reads the terms; another, the texts.
	_, local := ix.embedder.(*embed.Local)
	byTerms := local && items.terms != nil
	missing := make([]string, len(todo))
	var missingTerms [][]string
	if byTerms {
		missingTerms = make([][]string, len(todo))
	}
	for k, i := range todo {
		if byTerms {
			missingTerms[k] = items.terms(i)
		} else {
			missing[k] = items.text(i)
		}
	}
	vs, err := embedAll(ctx, ix.embedder, missing, missingTerms, progress)
	if err != nil {
		return nil, nil, err
	}
	fresh := make([]string, len(todo))
	for k, i := range todo {
		out[i] = vecSource{v: vs[k]}
		fresh[k] = items.ids[i]
	}
	ix.embedded += len(todo)
	return out, fresh, nil
}

// readVectors reads the snapshot named by m, with the extra state files
// asked for: its chromem-go DB, the embedder (the local one from its saved
// weights when opt has none), and the chunk and quotation collections.
func readVectors(dir string, m Manifest, opt Options, stateFiles ...string) (*Index, snapshot, error) {
	if opt.Embedder == nil {
		stateFiles = append(stateFiles, embedStateFile)
	}
	if snapDir, err := snapshotDir(dir, m); err != nil {
		return nil, snapshot{}, err
	} else if err := checkVectorsSum(snapDir, m); err != nil {
		return nil, snapshot{}, err
	}
	s, err := readSnapshot(dir, m, true, stateFiles...)
	if err != nil {
		return nil, snapshot{}, err
	}
	e, err := readEmbedder(s, opt)
	if err != nil {
		return nil, snapshot{}, err
	}
	ix := &Index{embedder: e}
	// Collections imported from disk have no embedding function until
	// GetCollection is given one. The newest file comes first.
	for i := len(s.dbs) - 1; i >= 0; i-- {
		c := s.dbs[i].GetCollection(chunkColl, ix.embedFunc())
		if c == nil {
			return nil, snapshot{}, errors.New("a vector file holds no chunk collection")
		}
		ix.coll = append(ix.coll, c)
		if q := s.dbs[i].GetCollection(quoteColl, ix.embedFunc()); q != nil {
			ix.quoteColl = append(ix.quoteColl, q)
		}
	}
	return ix, s, nil
}

// checkVectorsSum checks the chromem-go files of a snapshot folder
// against the sums its manifest records.
func checkVectorsSum(snapDir string, m Manifest) error {
	if len(m.VectorFiles) == 0 {
		return errors.New("the manifest names no vector file")
	}
	for _, f := range m.VectorFiles {
		if !validVectorFile(f) {
			return fmt.Errorf("the manifest names a vector file %q outside its snapshot", f.Name)
		}
		if sum, err := fileSum(filepath.Join(snapDir, f.Name)); err != nil || sum != f.Sum {
			return fmt.Errorf("the vector file %s is damaged", f.Name)
		}
	}
	return nil
}

// readEmbedder is the embedder a snapshot's vectors were made with: opt's,
// when it is the one the manifest names, or the local one from its saved
// weights (embedder.json, which s must hold) when opt has none.
func readEmbedder(s snapshot, opt Options) (embed.Embedder, error) {
	if e := opt.Embedder; e != nil {
		if s.manifest.Embedder != e.ID() {
			return nil, fmt.Errorf("the saved vectors are from %s, not %s", s.manifest.Embedder, e.ID())
		}
		return e, nil
	}
	var idf []float32
	if err := json.Unmarshal(s.state[embedStateFile], &idf); err != nil {
		return nil, fmt.Errorf("reading the local embedder's weights: %w", err)
	}
	return embed.LocalFromIDF(idf, opt.WordVectors)
}

// loadPrevious reads the saved index named by m, made from an older
// corpus, for a rebuild of docs to reuse. When every article it indexed is
// still there unchanged (articles were only added, as when following
// feeds), it is loaded whole, so only the new articles are read. Otherwise
// its vectors and embedder serve, and its quotations for the articles
// that did not change.
func loadPrevious(dir string, m Manifest, docs []document.Document, opt Options) (*Index, error) {
	byKey := make(map[[2]string]document.Document, len(docs))
	for _, d := range docs {
		byKey[[2]string{d.Source, d.Hash}] = d
	}
	old := make([]document.Document, 0, len(m.Documents))
	for source, hash := range m.Documents {
		if d, ok := byKey[[2]string{source, hash}]; ok {
			old = append(old, d)
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i].Source < old[j].Source })
	if len(old) == len(m.Documents) {
		if ix, err := loadIndex(old, opt, m); err == nil {
			return ix, nil
		}
	} else if gone, err := readGone(opt.DataDir, m, old); err == nil {
		// Articles changed or were removed: the saved index, without
		// them, serves as one of the articles that stay.
		if ix, err := loadFlat(old, opt, m, gone); err == nil {
			return ix, nil
		}
	}
	prev, snap, err := readVectors(dir, m, opt, quotesFile)
	if err != nil {
		return nil, err
	}
	if err := prev.loadQuotes(snap.state[quotesFile], m.Quotes); err == nil {
		prev.quoteMemo.Store(rememberNames(m.Documents, prev.quotes, readSavedNames(dir, m)))
	}
	return prev, nil
}

// embedBatch is how many texts go to the embedder at once.
const embedBatch = 64

// embedAll embeds texts in batches; the local embedder takes their terms
// when they are given.
func embedAll(ctx context.Context, e embed.Embedder, texts []string, terms [][]string, progress func(done, total int)) ([][]float32, error) {
	local, _ := e.(*embed.Local)
	out := make([][]float32, 0, len(texts))
	for i := 0; i < len(texts); i += embedBatch {
		end := min(i+embedBatch, len(texts))
		var vs [][]float32
		var err error
		if local != nil && terms != nil {
			vs = local.EmbedTerms(terms[i:end])
		} else {
			vs, err = e.Embed(ctx, texts[i:end])
		}
		if err != nil {
			return nil, fmt.Errorf("embedding chunks %d-%d with %s: %w", i+1, end, e.ID(), err)
		}
		if len(vs) != end-i {
			return nil, fmt.Errorf("embedder %s returned %d vectors for %d texts", e.ID(), len(vs), end-i)
		}
		out = append(out, vs...)
		if progress != nil {
			progress(len(out), len(texts))
		}
	}
	return out, nil
}

// embedFunc adapts the index's embedder to chromem-go.
func (ix *Index) embedFunc() chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		vs, err := ix.embedder.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		if len(vs) != 1 {
			return nil, fmt.Errorf("embedder %s returned %d vectors for one text", ix.embedder.ID(), len(vs))
		}
		return vs[0], nil
	}
}

// snapshot returns what is persisted of the index.
// The quotations and the words are encoded at once, each in its own
// goroutine, while the additions are gathered.
func (ix *Index) snapshot() snapshot {
	per := cmp.Or(ix.vectorsPerFile, vectorsPerFile)
	whole := func(write func(int, *chromem.DB) error) error { return ix.storeParts(per, write) }
	s := snapshot{manifest: ix.manifest, whole: whole, state: map[string][]byte{}}
	if ix.added != nil && ix.added.collect(ix) == nil {
		s.added = ix.added
	}
	if le, ok := ix.embedder.(*embed.Local); ok {
		data, _ := json.Marshal(le.IDF())
		s.state[embedStateFile] = data
	}
	if ix.chunkVecs != nil && ix.quoteVecs != nil {
		s.flats = map[string]*flat{chunkFlatFile: ix.chunkVecs, quoteFlatFile: ix.quoteVecs}
	}
	s.counts = &countsWriter{docs: documentHashes(ix.docs), fresh: ix.counts, prev: ix.countsFrom}
	// The larger files are encoded as they are written, two at a time
	// (see writeFiles), so that a build never holds all their bytes at once.
	s.encoders = map[string]func() []byte{
		parsesFile:  func() []byte { return document.SaveParses(ix.docs) },
		quotesFile:  ix.marshalQuotes,
		lexicalFile: func() []byte { return ix.lexicalState().encode() },
	}
	if memo := ix.quoteMemo.Load(); memo != nil {
		s.encoders[namesFile] = memo.SavedNames
	}
	return s
}

// loadIndex rebuilds the lexical side from docs and reads the vectors of
// the snapshot named by m: from its flat files, or, when they are missing
// or damaged (a snapshot of an older Parley, a torn disk), from its
// chromem-go file.
func loadIndex(docs []document.Document, opt Options, m Manifest) (*Index, error) {
	if ix, err := loadFlat(docs, opt, m, nil); err == nil {
		return ix, nil
	}
	return loadChromem(docs, opt, m)
}

// loadFlat loads an index whose vectors are read from the snapshot's flat
// files, each in one pass. With gone, the snapshot's index less the
// articles gone is loaded, for an update to start from: docs are the
// others, and the flat copies keep the vectors of all.
func loadFlat(docs []document.Document, opt Options, m Manifest, gone *goneDocs) (*Index, error) {
	files := []string{quotesFile, lexicalFile}
	if opt.Embedder == nil {
		files = append(files, embedStateFile)
	}
	snap, err := readSnapshot(opt.DataDir, m, false, files...)
	if err != nil {
		return nil, err
	}
	e, err := readEmbedder(snap, opt)
	if err != nil {
		return nil, err
	}
	dir, err := snapshotDir(opt.DataDir, m)
	if err != nil {
		return nil, err
	}
	// The vectors are read while the words are: reading is mostly waiting
	// and copying, and the words keep one core busy.
	type flats struct {
		chunks, quotes *flat
		err            error
	}
	read := make(chan flats, 1)
	go func() {
		var r flats
		if r.err = checkVectorsSum(dir, m); r.err == nil {
			if r.chunks, r.err = readFlat(dir, chunkFlatFile); r.err == nil {
				r.quotes, r.err = readFlat(dir, quoteFlatFile)
			}
		}
		read <- r
	}()
	ix, err := loadWords(docs, opt, m, snap, gone)
	r := <-read
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	chunks, quotes := r.chunks, r.quotes
	ix.embedder, ix.chunkVecs, ix.quoteVecs = e, chunks, quotes
	if gone != nil {
		if len(chunks.ids) != m.Vectors {
			return nil, fmt.Errorf("the flat vector file holds %d chunks, the manifest %d", len(chunks.ids), m.Vectors)
		}
		return ix, nil
	}
	if err := ix.checkVectors("flat vector file", len(chunks.ids), m, func(id string) bool {
		_, ok := chunks.row[id]
		return ok
	}); err != nil {
		return nil, err
	}
	return ix, nil
}

// loadChromem loads an index whose vectors are read from the snapshot's
// chromem-go file, then copied flat.
func loadChromem(docs []document.Document, opt Options, m Manifest) (*Index, error) {
	v, snap, err := readVectors(opt.DataDir, m, opt, quotesFile, lexicalFile)
	if err != nil {
		return nil, err
	}
	ix, err := loadWords(docs, opt, m, snap, nil)
	if err != nil {
		return nil, err
	}
	ix.embedder, ix.coll, ix.quoteColl = v.embedder, v.coll, v.quoteColl
	if ix.quoteColl == nil {
		return nil, errors.New("the vector file holds no quotation collection")
	}
	// The files may hold vectors of chunks since changed or removed
	// (Manifest.Stale): what counts is that each chunk has its own.
	ix.flatten(context.Background())
	ix.release()
	if err := ix.checkVectors("vector files", len(ix.chunkVecs.ids), m, func(id string) bool {
		_, ok := ix.chunkVecs.row[id]
		return ok
	}); err != nil {
		return nil, err
	}
	return ix, nil
}

// checkVectors checks what a vector file holds against the manifest and
// the chunks: as many vectors as the manifest counts, and the first and
// last chunk among them (has reports whether the file holds an ID).
func (ix *Index) checkVectors(file string, count int, m Manifest, has func(id string) bool) error {
	if count != m.Vectors {
		return fmt.Errorf("the %s holds %d chunks, the manifest %d", file, count, m.Vectors)
	}
	if m.Vectors == len(ix.chunks) && len(ix.chunks) > 0 {
		for _, c := range []Chunk{ix.chunks[0], ix.chunks[len(ix.chunks)-1]} {
			if !has(c.ID) {
				return fmt.Errorf("chunk %s is missing from the %s", c.ID, file)
			}
		}
	}
	return nil
}

// loadWords rebuilds the lexical side of an index from docs and the saved
// words and quotations of a snapshot, less the articles gone, when set.
func loadWords(docs []document.Document, opt Options, m Manifest, snap snapshot, gone *goneDocs) (*Index, error) {
	st, err := decodeLexical(snap.state[lexicalFile])
	if err != nil {
		return nil, err
	}
	if gone != nil {
		if st, err = st.without(*gone); err != nil {
			return nil, err
		}
	}
	ix, err := fromLexicalState(docs, opt.Chunking, st)
	if err != nil {
		return nil, err
	}
	if gone == nil && len(ix.chunks) != m.Chunks {
		return nil, fmt.Errorf("manifest counts %d chunks, corpus has %d", m.Chunks, len(ix.chunks))
	}
	if err := ix.loadQuotes(snap.state[quotesFile], m.Quotes); err != nil {
		return nil, err
	}
	ix.manifest = m
	names := readSavedNames(opt.DataDir, m)
	ix.remembered = sync.OnceValue(func() *quote.Memo {
		memo := rememberNames(documentHashes(ix.docs), ix.quotes, names)
		memo.ReadNames(QuoteDocuments(ix.docs))
		return memo
	})
	return ix, nil
}

// savedChunk returns where the index holds the vector of a chunk with
// c's ID and text (which text gives); ix may be nil (no previous index).
func (ix *Index) savedChunk(ctx context.Context, c Chunk, text func() string) (vecSource, bool) {
	if ix == nil {
		return vecSource{}, false
	}
	if ix.chunkVecs != nil {
		i, ok := ix.chunkIDs[c.ID]
		if !ok || ix.chunks[i].Sum != c.Sum {
			return vecSource{}, false
		}
		return ix.chunkVecs.source(c.ID)
	}
	return fromCollection(ctx, ix.coll, c.ID, text())
}

// savedQuote returns where the index holds the vector of a quotation (its
// ID is its text's hash); ix may be nil.
func (ix *Index) savedQuote(ctx context.Context, id, text string) (vecSource, bool) {
	if ix == nil {
		return vecSource{}, false
	}
	if ix.quoteVecs != nil {
		return ix.quoteVecs.source(id)
	}
	return fromCollection(ctx, ix.quoteColl, id, text)
}

// fromCollection reads a saved vector from collections read from disk.
func fromCollection(ctx context.Context, colls collections, id, text string) (vecSource, bool) {
	d, ok := colls.get(ctx, id)
	if !ok || d.Content != text || len(d.Embedding) == 0 {
		return vecSource{}, false
	}
	return vecSource{v: d.Embedding}, true
}

// release lets go of the chromem-go collections read from disk once their
// vectors are in the flat copies, and of what a build saved: searches and
// the next build read the copies, so the vectors are not held twice.
func (ix *Index) release() {
	ix.coll, ix.quoteColl, ix.added, ix.numbered, ix.counts = nil, nil, nil, nil, nil
}

// Vectors returns how many chunk vectors the index searches.
func (ix *Index) Vectors() int {
	if ix.chunkVecs == nil {
		return 0
	}
	return len(ix.chunkVecs.ids)
}

// flatten copies the vectors of collections read from disk into the
// slices searches read.
func (ix *Index) flatten(ctx context.Context) {
	ids := make([]string, len(ix.chunks))
	for i, c := range ix.chunks {
		ids[i] = c.ID
	}
	ix.chunkVecs = newFlat(ctx, ix.coll, ids)
	qids, _ := distinctQuotes(ix.quotes, ix.QuoteIDs())
	ix.quoteVecs = newFlat(ctx, ix.quoteColl, qids)
}

// Documents returns the indexed documents.
func (ix *Index) Documents() []document.Document { return ix.docs }

// Document returns the document with the given file name.
func (ix *Index) Document(source string) (document.Document, bool) {
	i, ok := ix.bySource[source]
	if !ok {
		return document.Document{}, false
	}
	return ix.docs[i], true
}

// Chunks returns the index's chunks.
func (ix *Index) Chunks() []Chunk { return ix.chunks }

// ChunkText returns a chunk's text, made again from its sentences when
// the index keeps none (an index loaded from disk).
func (ix *Index) ChunkText(c Chunk) string {
	if c.Text != "" {
		return c.Text
	}
	sents := ix.docs[c.Doc].Sentences
	var b strings.Builder
	for k := c.First; k <= c.Last; k++ {
		if k > c.First && !sents[k].Glued {
			b.WriteByte(' ')
		}
		b.WriteString(sents[k].Text)
	}
	return b.String()
}

// Manifest returns the index's manifest.
func (ix *Index) Manifest() Manifest { return ix.manifest }

// Unchanged reports whether docs are the documents this index was made
// from, cut the same way, so it need not be rebuilt.
func (ix *Index) Unchanged(docs []document.Document) bool {
	return ix.manifest.CorpusHash == corpusHash(docs, ix.chunkOpts)
}
