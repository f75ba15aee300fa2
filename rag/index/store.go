package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"github.com/parleybot/parley/internal/atomicfile"
)

// formatVersion changes whenever ingestion, chunking, quotation
// extraction or the snapshot layout changes, so that an old index on disk
// is rebuilt rather than misread.
const formatVersion = 33

const (
	manifestFile   = "manifest.json"
	vectorsFile    = "vectors.gob"
	embedStateFile = "embedder.json"
	quotesFile     = "quotes.gob"
	lexicalFile    = "words.gob"
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
	// VectorsSum is the CRC-32 of the chromem-go file, in hex, so a load
	// from the flat files still notices when the store they copy is
	// damaged.
	VectorsSum string            `json:"vectors_sum,omitempty"`
	Documents  map[string]string `json:"documents"`
	Built      time.Time         `json:"built"`
	// Drift counts the chunks embedded with the local embedder's weights
	// since they were fitted: chunks of articles added or changed later.
	// Past a share of the corpus the weights are fitted again.
	Drift int `json:"embedder_drift,omitempty"`
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
	db       *chromem.DB
	// state holds extra JSON files saved beside the vectors, by file name.
	state map[string][]byte
	// flats are the flat copies of the collections, by file name: what
	// start-up reads; the chromem-go file is read when they are missing or
	// damaged, and to reuse vectors after the corpus changed.
	flats map[string]*flat
}

// writeSnapshot persists s into dir crash-safely: the files go to a
// temporary folder that is synced and renamed into place, then the manifest
// is replaced by rename. Older snapshots are removed afterwards. A crash at any
// point leaves either the old index or the new one, whole.
func writeSnapshot(dir string, s snapshot) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the data directory %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(dir, ".tmp-")
	if err != nil {
		return fmt.Errorf("creating a temporary folder in %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed

	// chromem-go encodes its file while the other files are written.
	type saved struct {
		sum string
		err error
	}
	vectors := make(chan saved, 1)
	go func() {
		var r saved
		path := filepath.Join(tmp, vectorsFile)
		if r.err = s.db.ExportToFile(path, false, ""); r.err == nil && len(s.flats) > 0 {
			r.sum, r.err = fileSum(path)
		}
		vectors <- r
	}()
	err = s.writeFiles(tmp)
	r := <-vectors
	if r.err != nil {
		return fmt.Errorf("saving the vectors: %w", r.err)
	}
	if err != nil {
		return err
	}
	s.manifest.VectorsSum = r.sum
	if err := syncTree(tmp); err != nil {
		return err
	}
	final := filepath.Join(dir, s.manifest.Snapshot)
	_ = os.RemoveAll(final)
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("moving the new index into place: %w", err)
	}
	data, err := json.MarshalIndent(s.manifest, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, manifestFile), data); err != nil {
		return err
	}
	removeStale(dir, s.manifest.Snapshot)
	return nil
}

// writeFiles writes the snapshot's state and flat files into dir.
func (s snapshot) writeFiles(dir string) error {
	for name, data := range s.state {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("saving %s: %w", name, err)
		}
	}
	for name, f := range s.flats {
		if err := writeFlatFile(filepath.Join(dir, name), f); err != nil {
			return fmt.Errorf("saving %s: %w", name, err)
		}
	}
	return nil
}

// writeFlatFile writes a flat copy to a new file.
func writeFlatFile(path string, f *flat) error {
	file, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if err := f.write(file); err != nil {
		file.Close()
		return err
	}
	return file.Close()
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
		s.db = chromem.NewDB()
		if err := s.db.ImportFromFile(filepath.Join(snapDir, vectorsFile), ""); err != nil {
			return snapshot{}, fmt.Errorf("reading the vectors: %w", err)
		}
	}
	for _, name := range stateFiles {
		data, err := os.ReadFile(filepath.Join(snapDir, name))
		if err != nil {
			return snapshot{}, fmt.Errorf("reading %s: %w", name, err)
		}
		s.state[name] = data
	}
	return s, nil
}

// syncTree fsyncs every file in dir, then dir itself.
func syncTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
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
