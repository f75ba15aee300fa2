package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"github.com/parleybot/parley/internal/atomicfile"
	"github.com/parleybot/parley/internal/mapfile"
	"github.com/parleybot/parley/rag/document"
)

// formatVersion changes whenever ingestion, chunking, quotation
// extraction or the snapshot layout changes, so that an old index on disk
// is rebuilt rather than misread.
const formatVersion = 104

const (
	manifestFile   = "manifest.json"
	vectorsFile    = "vectors.gob"
	embedStateFile = "embedder.json"
	quotesFile     = "quotes.bin"
	lexicalFile    = "words.bin"
	namesFile      = "names.bin"
	parsesFile     = "parses.bin"
	chunkFlatFile  = "chunks.flat"
	quoteFlatFile  = "quotes.flat"
	snapshotPrefix = "snap-"
	chunkColl      = "chunks"
	quoteColl      = "quotes"
)

// Manifest describes the index persisted in a data directory. It is written
// last, by an atomic rename, and names the snapshot folder it belongs to; a
// snapshot without a manifest naming it is never read.
type Manifest struct {
	Format     int    `json:"format"`
	Embedder   string `json:"embedder"`
	CorpusHash string `json:"corpus_hash"`
	Snapshot   string `json:"snapshot"`
	Chunks     int    `json:"chunks"`
	Vectors    int    `json:"vectors"`
	Quotes     int    `json:"quotes"`
	// VectorFiles are the chromem-go files of the store of record, the
	// base first, each with its CRC-32, so a load from the flat files
	// still notices when the store they copy is damaged.
	VectorFiles []VectorFile      `json:"vector_files"`
	Documents   map[string]string `json:"documents"`
	Built       time.Time         `json:"built"`
	// Drift counts the chunks embedded with the local embedder's weights
	// since they were fitted: chunks of articles added or changed later.
	// Past a share of the corpus the weights are fitted again.
	Drift int `json:"embedder_drift,omitempty"`
	// Stale counts the vectors the vector files hold of chunks and
	// quotations since changed or removed: a later file holds their
	// new vectors, and a load reads only the live ones.
	Stale int `json:"stale_vectors,omitempty"`
}

// readManifest reads dir/manifest.json.
func readManifest(dir string) (Manifest, error) {
	var m Manifest
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("the index manifest %s is not valid JSON: %w", filepath.Join(dir, manifestFile), err)
	}
	return m, nil
}

// snapshot is what a data directory holds for one built index.
type snapshot struct {
	manifest Manifest
	// whole makes the whole store of record, giving it to write part by
	// part; added, when set, holds the vectors an update adds to the
	// files it keeps, written instead.
	whole func(write func(part int, db *chromem.DB) error) error
	added *additions
	// dbs are the chromem-go files read, base first.
	dbs []*chromem.DB
	// state holds extra files saved beside the vectors, by file name.
	state map[string][]byte
	// encoders make more such files, by name, when they are written: a
	// nil result writes none.
	encoders map[string]func() []byte
	// flats are the flat copies of the collections, by file name: what
	// start-up reads; the chromem-go file is read when they are missing or
	// damaged, and to reuse vectors after the corpus changed.
	flats map[string]*flat
	// counts, when set, writes the articles' word counts.
	counts *countsWriter
}

// writeSnapshot persists s into dir crash-safely: the files go to a
// temporary folder that is synced and renamed into place, then the manifest
// is replaced by rename. Older snapshots are removed afterwards. A crash at any
// point leaves either the old index or the new one, whole. It returns the
// manifest written, with the vector files' names and sums.
func writeSnapshot(dir string, s snapshot) (Manifest, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Manifest{}, fmt.Errorf("creating the data directory %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(dir, ".tmp-")
	if err != nil {
		return Manifest{}, fmt.Errorf("creating a temporary folder in %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed

	// The store of record's files, which chromem-go encodes whole in
	// memory, are written after the others, so that a build never holds
	// their bytes and the state files' at once.
	final := filepath.Join(dir, s.manifest.Snapshot)
	blocks, err := s.writeFiles(tmp, final)
	if s.counts != nil && err == nil {
		if cerr := s.counts.write(dir, tmp); cerr != nil {
			err = fmt.Errorf("saving the word counts: %w", cerr)
		}
	}
	if err != nil {
		return Manifest{}, err
	}
	files, stale, err := s.writeVectors(tmp)
	if err != nil {
		return Manifest{}, fmt.Errorf("saving the vectors: %w", err)
	}
	s.manifest.VectorFiles, s.manifest.Stale = files, stale
	if err := syncTree(tmp); err != nil {
		return Manifest{}, err
	}
	_ = os.RemoveAll(final)
	if err := os.Rename(tmp, final); err != nil {
		return Manifest{}, fmt.Errorf("moving the new index into place: %w", err)
	}
	data, err := json.MarshalIndent(s.manifest, "", "  ")
	if err != nil {
		return Manifest{}, err
	}
	if err := atomicfile.Write(filepath.Join(dir, manifestFile), data); err != nil {
		return Manifest{}, err
	}
	for name, f := range s.flats {
		f.saved(blocks[name])
	}
	removeStale(dir, s.manifest.Snapshot)
	return s.manifest, nil
}

// writeVectors writes the store of record into dir: the files it keeps
// and one of the vectors added, or, when it adds nothing to kept files
// or they cannot be kept, the whole store as the files of a base. It
// returns the files and how many stale vectors they hold.
func (s snapshot) writeVectors(dir string) ([]VectorFile, int, error) {
	if a := s.added; a != nil && a.vectors != nil {
		if err := a.keepFiles(dir); err == nil {
			files := slices.Clone(a.keep)
			if a.count == 0 {
				return files, a.stale, nil // articles removed, none added
			}
			f, err := exportFile(a.vectors, dir, vectorFileName(len(files)))
			if err != nil {
				return nil, 0, err
			}
			f.Chunks, f.Quotes = a.chunks, a.quotes // a file of additions lists its IDs
			return append(files, f), a.stale, nil
		}
		for _, f := range a.keep {
			os.Remove(filepath.Join(dir, f.Name))
		}
	}
	var files []VectorFile
	err := s.whole(func(part int, db *chromem.DB) error {
		f, err := exportFile(db, dir, basePartName(part))
		files = append(files, f)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return files, 0, nil
}

// exportFile writes db to the file name in dir.
func exportFile(db *chromem.DB, dir, name string) (VectorFile, error) {
	path := filepath.Join(dir, name)
	if err := db.ExportToFile(path, false, ""); err != nil {
		return VectorFile{}, err
	}
	sum, err := fileSum(path)
	return VectorFile{Name: name, Sum: sum}, err
}

// writeFiles writes the snapshot's state and flat files into dir, the
// flat files each in its own goroutine while the others are written. It
// returns where each flat copy's blocks will be once dir is renamed to
// final.
func (s snapshot) writeFiles(dir, final string) (map[string][]blockFile, error) {
	names := slices.Sorted(maps.Keys(s.flats))
	errs := make([]error, len(names))
	blocks := make([][]blockFile, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			blocks[i], errs[i] = s.flats[name].save(dir, final, name)
		}()
	}
	var err error
	for _, name := range slices.Sorted(maps.Keys(s.state)) {
		if werr := os.WriteFile(filepath.Join(dir, name), s.state[name], 0o644); werr != nil && err == nil {
			err = fmt.Errorf("saving %s: %w", name, werr)
		}
	}
	// Two files are encoded at a time, each written as soon as it is
	// made, so that a build holds the bytes of two at most.
	encoded := slices.Sorted(maps.Keys(s.encoders))
	encErrs := make([]error, len(encoded))
	turns := make(chan struct{}, 2)
	for i, name := range encoded {
		wg.Add(1)
		go func() {
			defer wg.Done()
			turns <- struct{}{}
			defer func() { <-turns }()
			if data := s.encoders[name](); data != nil {
				encErrs[i] = os.WriteFile(filepath.Join(dir, name), data, 0o644)
			}
		}()
	}
	wg.Wait()
	for i, name := range encoded {
		if encErrs[i] != nil && err == nil {
			err = fmt.Errorf("saving %s: %w", name, encErrs[i])
		}
	}
	out := make(map[string][]blockFile, len(names))
	for i, name := range names {
		if errs[i] != nil && err == nil {
			err = fmt.Errorf("saving %s: %w", name, errs[i])
		}
		out[name] = blocks[i]
	}
	return out, err
}

// fileSum is the CRC-32 (IEEE) of a file, in hex, read in pieces.
func fileSum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("%08x", h.Sum32()), nil
}

// SavedParses returns the parses of the articles saved with the index in
// dataDir, for document.Reader.Saved: nil when there is none, it cannot
// be read, or another version of Parley saved it (its parser may differ).
func SavedParses(dataDir string) document.Parses {
	m, err := readManifest(dataDir)
	if err != nil || m.Format != formatVersion {
		return nil
	}
	data, err := readSnapshotFile(dataDir, m, parsesFile)
	if err != nil {
		return nil
	}
	parses, err := document.ReadParses(data)
	if err != nil {
		return nil
	}
	return parses
}

// readSnapshotFile reads the file name of the snapshot m names in dataDir.
func readSnapshotFile(dataDir string, m Manifest, name string) ([]byte, error) {
	dir, err := snapshotDir(dataDir, m)
	if err != nil {
		return nil, err
	}
	return readStateFile(filepath.Join(dir, name))
}

// readStateFile reads a state file of a snapshot whole, mapped where the
// system maps files (see mapfile): its decoders take strings from its
// bytes rather than copying them (binenc), so the mapping is never
// released, and a start at 10,000 articles faults in 100 MB less of heap.
// A snapshot's files are never changed once written.
func readStateFile(path string) ([]byte, error) {
	data, _, err := mapfile.Whole(path)
	return data, err
}

// snapshotDir is the folder of the snapshot m names in dir.
func snapshotDir(dir string, m Manifest) (string, error) {
	if m.Snapshot == "" || strings.ContainsAny(m.Snapshot, `/\`) {
		return "", errors.New("the manifest names no snapshot")
	}
	return filepath.Join(dir, m.Snapshot), nil
}

// readSnapshot loads the snapshot named by m from dir, with the extra state
// files asked for; its chromem-go DB too when withDB is set.
func readSnapshot(dir string, m Manifest, withDB bool, stateFiles ...string) (snapshot, error) {
	snapDir, err := snapshotDir(dir, m)
	if err != nil {
		return snapshot{}, err
	}
	s := snapshot{manifest: m, state: make(map[string][]byte)}
	if withDB {
		if len(m.VectorFiles) == 0 {
			return snapshot{}, errors.New("the manifest names no vector file")
		}
		for _, f := range m.VectorFiles {
			if !validVectorFile(f) {
				return snapshot{}, fmt.Errorf("the manifest names a vector file %q outside its snapshot", f.Name)
			}
			db := chromem.NewDB()
			if err := db.ImportFromFile(filepath.Join(snapDir, f.Name), ""); err != nil {
				return snapshot{}, fmt.Errorf("reading the vectors: %w", err)
			}
			s.dbs = append(s.dbs, db)
		}
	}
	for _, name := range stateFiles {
		data, err := readStateFile(filepath.Join(snapDir, name))
		if err != nil {
			return snapshot{}, fmt.Errorf("reading %s: %w", name, err)
		}
		s.state[name] = data
	}
	return s, nil
}

// syncTree fsyncs every file in dir written for it, then dir itself. A
// file linked from the snapshot before (see linkedFile) was synced when
// that snapshot was written, and syncing dir makes its new name last: at
// 10,000 articles a snapshot links some 600 files and writes a dozen.
func syncTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if info, err := e.Info(); err == nil && linkedFile(info) {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return fmt.Errorf("syncing %s: %w", e.Name(), err)
		}
	}
	return atomicfile.SyncDir(dir)
}

// removeStale deletes snapshot and temporary folders other than keep.
func removeStale(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if name == keep || !e.IsDir() {
			continue
		}
		if strings.HasPrefix(name, snapshotPrefix) || strings.HasPrefix(name, ".tmp-") {
			_ = os.RemoveAll(filepath.Join(dir, name))
		}
	}
}
