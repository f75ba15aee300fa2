package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/parleybot/parley/internal/atomicfile"
	"os"
	"path/filepath"
	"strings"
	"time"

	chromem "github.com/philippgille/chromem-go"
)

// formatVersion changes whenever ingestion, chunking, quotation
// extraction or the snapshot layout changes, so that an old index on disk
// is rebuilt rather than misread.
const formatVersion = 6

const (
	manifestFile   = "manifest.json"
	vectorsFile    = "vectors.gob"
	embedStateFile = "embedder.json"
	quotesFile     = "quotes.json"
	lexicalFile    = "words.gob"
	snapshotPrefix = "snap-"
	chunkColl      = "chunks"
	quoteColl      = "quotes"
)

// Manifest describes the index persisted in a data directory. It is written
// last, by an atomic rename, and names the snapshot folder it belongs to; a
// snapshot without a manifest naming it is never read.
type Manifest struct {
	Format     int               `json:"format"`
	Embedder   string            `json:"embedder"`
	CorpusHash string            `json:"corpus_hash"`
	Snapshot   string            `json:"snapshot"`
	Chunks     int               `json:"chunks"`
	Vectors    int               `json:"vectors"`
	Quotes     int               `json:"quotes"`
	Documents  map[string]string `json:"documents"`
	Built      time.Time         `json:"built"`
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

	if err := s.db.ExportToFile(filepath.Join(tmp, vectorsFile), false, ""); err != nil {
		return fmt.Errorf("saving the vectors: %w", err)
	}
	for name, data := range s.state {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			return fmt.Errorf("saving %s: %w", name, err)
		}
	}
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

// readSnapshot loads the snapshot named by m from dir, with the extra state
// files asked for.
func readSnapshot(dir string, m Manifest, stateFiles ...string) (snapshot, error) {
	snapDir := filepath.Join(dir, m.Snapshot)
	if m.Snapshot == "" || strings.ContainsAny(m.Snapshot, `/\`) {
		return snapshot{}, errors.New("the manifest names no snapshot")
	}
	db := chromem.NewDB()
	if err := db.ImportFromFile(filepath.Join(snapDir, vectorsFile), ""); err != nil {
		return snapshot{}, fmt.Errorf("reading the vectors: %w", err)
	}
	s := snapshot{manifest: m, db: db, state: make(map[string][]byte)}
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
