package index

import (
	"encoding/json"
	"fmt"
	"github.com/parleybot/parley/rag/quote"
	"maps"
	"reflect"
	"slices"
	"time"

	"context"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/embed"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// renamedEmbedder is the local embedder under another ID, as a switch of
// embedding model would be.
type renamedEmbedder struct{ *embed.Local }

func (renamedEmbedder) ID() string { return "other-embedder-v9" }

func corpusFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			data, err := os.ReadFile(filepath.Join("../../corpus", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			fsys[e.Name()] = &fstest.MapFile{Data: data}
		}
	}
	return fsys
}

func open(t testing.TB, fsys fstest.MapFS, opt Options) (*Index, BuildInfo) {
	t.Helper()
	docs, err := document.LoadCorpus(fsys, "test corpus")
	if err != nil {
		t.Fatal(err)
	}
	ix, info, err := LoadOrBuild(context.Background(), docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	return ix, info
}

func TestRebuildRules(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	opt := Options{DataDir: dir}

	_, info := open(t, fsys, opt)
	if !info.Rebuilt || info.Reason != "no index yet" || !info.Persisted {
		t.Fatalf("first start: %+v, want a saved rebuild because there is no index", info)
	}
	_, info = open(t, fsys, opt)
	if info.Rebuilt {
		t.Fatalf("second start rebuilt (%s), want it loaded", info.Reason)
	}

	steps := []struct {
		name   string
		change func(t *testing.T)
		opt    Options
		reason string
	}{
		{"corpus changed", func(t *testing.T) {
			fsys["004_new.txt"] = &fstest.MapFile{Data: []byte("A new article about the Geneva talks.\n")}
		}, opt, "corpus changed"},
		{"article edited", func(t *testing.T) {
			fsys["004_new.txt"] = &fstest.MapFile{Data: []byte("An edited article about the Geneva talks.\n")}
		}, opt, "corpus changed"},
		{"embedder changed", func(t *testing.T) {}, Options{DataDir: dir, Embedder: renamedEmbedder{embed.NewLocal(nil, nil)}}, "embedder changed"},
		{"embedder changed back", func(t *testing.T) {}, opt, "embedder changed"},
		{"vectors corrupted", func(t *testing.T) {
			m, err := readManifest(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, m.Snapshot, vectorsFile), []byte("not a gob file"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, opt, "index unreadable"},
		{"vectors truncated", func(t *testing.T) {
			m, _ := readManifest(dir)
			p := filepath.Join(dir, m.Snapshot, vectorsFile)
			data, _ := os.ReadFile(p)
			os.WriteFile(p, data[:len(data)/2], 0o644)
		}, opt, "index unreadable"},
		{"vectors corrupted, flat copies whole", func(t *testing.T) {
			m, _ := readManifest(dir)
			p := filepath.Join(dir, m.Snapshot, vectorsFile)
			data, _ := os.ReadFile(p)
			data[len(data)/2] ^= 0xff
			os.WriteFile(p, data, 0o644)
		}, opt, "index unreadable"},
		{"embedder weights missing", func(t *testing.T) {
			m, _ := readManifest(dir)
			os.Remove(filepath.Join(dir, m.Snapshot, embedStateFile))
		}, opt, "index unreadable"},
		{"snapshot deleted", func(t *testing.T) {
			m, _ := readManifest(dir)
			os.RemoveAll(filepath.Join(dir, m.Snapshot))
		}, opt, "index unreadable"},
		{"manifest corrupted", func(t *testing.T) {
			os.WriteFile(filepath.Join(dir, manifestFile), []byte("{not json"), 0o644)
		}, opt, "index manifest unreadable"},
		{"data dir deleted", func(t *testing.T) {
			os.RemoveAll(dir)
		}, opt, "no index yet"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change(t)
			ix, info := open(t, fsys, st.opt)
			if !info.Rebuilt || !strings.HasPrefix(info.Reason, st.reason) {
				t.Fatalf("got rebuilt=%v reason=%q, want a rebuild for %q", info.Rebuilt, info.Reason, st.reason)
			}
			if !info.Persisted {
				t.Fatalf("rebuilt index not saved: %s", info.Reason)
			}
			if ix.Vectors() != len(ix.chunks) {
				t.Fatalf("the index searches %d of %d chunks", ix.Vectors(), len(ix.chunks))
			}
			// The next start loads what was just saved.
			_, again := open(t, fsys, st.opt)
			if again.Rebuilt {
				t.Fatalf("start after rebuild rebuilt again: %s", again.Reason)
			}
			// Only the current snapshot is left on disk.
			entries, _ := os.ReadDir(dir)
			var snaps []string
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), snapshotPrefix) || strings.HasPrefix(e.Name(), ".tmp-") {
					snaps = append(snaps, e.Name())
				}
			}
			if len(snaps) != 1 {
				t.Fatalf("data dir holds %v, want one snapshot", snaps)
			}
		})
	}
}

func TestLoadedIndexAnswersLikeBuilt(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	built, _ := open(t, fsys, Options{DataDir: dir})
	loaded, info := open(t, fsys, Options{DataDir: dir})
	if info.Rebuilt {
		t.Fatal("not loaded")
	}
	for _, q := range []string{"Who sponsored the Astana talks?", "What is the ISSG?", "When was Geneva II first talked of?"} {
		a, _ := built.SearchVectors(context.Background(), q, 5)
		b, _ := loaded.SearchVectors(context.Background(), q, 5)
		if len(a) == 0 || len(a) != len(b) {
			t.Fatalf("%q: %d vs %d chunks", q, len(a), len(b))
		}
		for i := range a {
			if a[i].Chunk != b[i].Chunk {
				t.Errorf("%q: chunk %d is %d built, %d loaded", q, i, a[i].Chunk, b[i].Chunk)
			}
		}
		var groups []TermGroup
		for _, t := range strings.Fields(strings.ToLower(q)) {
			groups = append(groups, TermGroup{Terms: []string{t}, Weights: []float64{1}})
		}
		if x, y := built.SearchWordGroups(groups, 5), loaded.SearchWordGroups(groups, 5); fmt.Sprint(x) != fmt.Sprint(y) {
			t.Errorf("%q: BM25 gives %v built, %v loaded", q, x, y)
		}
	}
}

func TestUnwritableDataDirStillServes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(file, []byte("x"), 0o644)
	ix, info := open(t, corpusFS(t), Options{DataDir: filepath.Join(file, "sub")})
	if info.Persisted || !strings.Contains(info.Reason, "not saved") {
		t.Errorf("info = %+v, want an unsaved rebuild", info)
	}
	if ix.Vectors() == 0 {
		t.Error("no vectors")
	}
}

// When the flat copies are missing or damaged, the index loads from the
// chromem-go file, searches as before, and is not rebuilt.
func TestLoadFallsBackToChromem(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	opt := Options{DataDir: dir}
	built, _ := open(t, fsys, opt)
	q, _ := built.embedder.Embed(context.Background(), []string{"Where are the Astana talks held?"})
	want := built.chunkVecs.search(q[0], 5)
	m, _ := readManifest(dir)
	for name, change := range map[string]func(){
		"chunk copy missing":  func() { os.Remove(filepath.Join(dir, m.Snapshot, chunkFlatFile)) },
		"quote copy damaged":  func() { os.WriteFile(filepath.Join(dir, m.Snapshot, quoteFlatFile), []byte(flatMagic+"junk"), 0o644) },
		"chunk copy replaced": func() { os.WriteFile(filepath.Join(dir, m.Snapshot, chunkFlatFile), nil, 0o644) },
	} {
		change()
		ix, info := open(t, fsys, opt)
		if info.Rebuilt || info.Reason != "loaded" {
			t.Fatalf("%s: rebuilt (%s), want a load from the chromem-go file", name, info.Reason)
		}
		if got := ix.chunkVecs.search(q[0], 5); fmt.Sprint(got) != fmt.Sprint(want) || len(ix.quoteVecs.ids) != len(built.quoteVecs.ids) {
			t.Fatalf("%s: search %v, want %v", name, got, want)
		}
	}
}

// A block of a flat copy is its file's bytes as they are (mapped where
// the system maps files): one cut short, grown or changed is found by
// its size or checksum, and the index loads from the chromem-go file.
func TestDamagedBlockFallsBackToChromem(t *testing.T) {
	fsys := corpusFS(t)
	for name, damage := range map[string]func([]byte) []byte{
		"cut short": func(b []byte) []byte { return b[:len(b)-4] },
		"grown":     func(b []byte) []byte { return append(b, 0, 0, 0, 0) },
		"changed":   func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b },
	} {
		dir := t.TempDir()
		opt := Options{DataDir: dir}
		built, _ := open(t, fsys, opt)
		loaded, info := open(t, fsys, opt)
		if info.Rebuilt || loaded.chunkVecs.files == nil {
			t.Fatalf("%s: the first load did not read the flat copy (%s)", name, info.Reason)
		}
		q, _ := built.embedder.Embed(context.Background(), []string{"Where are the Astana talks held?"})
		want := built.chunkVecs.search(q[0], 5)
		if got := loaded.chunkVecs.search(q[0], 5); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: the flat copy read searches %v, built %v", name, got, want)
		}
		m, _ := readManifest(dir)
		blocks, _ := filepath.Glob(filepath.Join(dir, m.Snapshot, chunkFlatFile+".*"))
		if len(blocks) == 0 {
			t.Fatal("no block files")
		}
		data, _ := os.ReadFile(blocks[0])
		// A new file in its place: the one read may be mapped.
		os.Remove(blocks[0])
		os.WriteFile(blocks[0], damage(data), 0o644)
		ix, info := open(t, fsys, opt)
		if info.Rebuilt || info.Reason != "loaded" || ix.chunkVecs.files != nil {
			t.Fatalf("%s: %s, want a load from the chromem-go file", name, info.Reason)
		}
		if got := ix.chunkVecs.search(q[0], 5); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: search %v, want %v", name, got, want)
		}
	}
}

// firstChunkOf is the index of document doc's first chunk.
func firstChunkOf(ix *Index, doc int) int {
	for i, c := range ix.Chunks() {
		if c.Doc == doc {
			return i
		}
	}
	return -1
}

// A built or loaded index keeps no chunk text, gives it back from the
// sentences as ChunkDocument cuts it, and an update from it reuses the
// vectors of every unchanged chunk.
func TestLoadedChunksKeepSumsNotText(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	built, _ := open(t, fsys, Options{DataDir: dir})
	loaded, info := open(t, fsys, Options{DataDir: dir})
	if info.Rebuilt {
		t.Fatalf("second start rebuilt: %s", info.Reason)
	}
	for i, c := range loaded.Chunks() {
		b := built.Chunks()[i]
		want := ChunkDocument(b.Doc, built.Documents()[b.Doc], DefaultChunkOptions)[i-firstChunkOf(built, b.Doc)]
		if c.Text != "" || b.Text != "" || c.Sum != b.Sum || loaded.ChunkText(c) != want.Text || built.ChunkText(b) != want.Text || b.Sum != want.Sum {
			t.Fatalf("chunk %s: text %q and %q, sum %x vs %x, ChunkText %q, want %q", c.ID, c.Text, b.Text, c.Sum, b.Sum, loaded.ChunkText(c), want.Text)
		}
	}
	fsys["004_new.txt"] = &fstest.MapFile{Data: []byte("A new article about the Geneva talks, which resumed on Monday.\n")}
	docs, err := document.LoadCorpus(fsys, "test corpus")
	if err != nil {
		t.Fatal(err)
	}
	fresh, _, err := LoadOrBuild(context.Background(), docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A load remembers its quotations and names in the background; an
	// update before that uses the quotations alone. Either way it gives
	// what a build from scratch gives.
	deadline := time.Now().Add(10 * time.Second)
	for loaded.quoteMemo.Load() == nil && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	remembered := loaded.quoteMemo.Load()
	if remembered == nil {
		t.Fatal("the loaded index never remembered its quotations")
	}
	for _, memo := range []*quote.Memo{nil, remembered} {
		loaded.quoteMemo.Store(memo)
		updated, info, err := LoadOrBuild(context.Background(), docs, Options{DataDir: t.TempDir(), Previous: loaded})
		// Only the new article's one chunk is embedded; every other
		// vector, chunk or quotation, is reused.
		if err != nil || !info.Rebuilt || info.Embedded != 1 || info.Reused < len(built.Chunks()) {
			t.Fatalf("update: %+v %v (built %d chunks)", info, err, len(built.Chunks()))
		}
		if !reflect.DeepEqual(updated.Quotes(), fresh.Quotes()) || !reflect.DeepEqual(updated.Speakers(), fresh.Speakers()) {
			t.Errorf("update from a loaded index (memo %v): %d quotations, %d speakers; from scratch %d, %d", memo != nil,
				len(updated.Quotes()), len(updated.Speakers()), len(fresh.Quotes()), len(fresh.Speakers()))
		}
	}
}

// TestNewProcessAfterAnAddition: a new process (no index in memory) that
// finds articles added, changed or removed loads the saved index less
// the articles changed or removed, and reads only the new and changed
// ones. The result is what a build from scratch makes.
func TestNewProcessAfterAnAddition(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	open(t, fsys, Options{DataDir: dir})
	// The new article sorts first, so every other article moves in the
	// corpus.
	fsys["000-new.txt"] = &fstest.MapFile{Data: []byte("New Talks\n\nThe envoys met in Geneva on Monday, and \"we will meet again soon,\" Jane Doe said.\n")}
	added, err := document.LoadCorpus(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	changed := slices.Clone(added)
	last := len(changed) - 1
	changed[last] = document.ParseDocument(changed[last].Source, []byte("A Changed Article\n\nKerry met Lavrov in Geneva.\n"))
	removed := slices.Delete(slices.Clone(changed), 1, 2)
	// Each update starts from the snapshot the one before wrote.
	for _, docs := range [][]document.Document{added, changed, removed} {
		m, err := readManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		prev, err := loadPrevious(dir, m, docs, Options{DataDir: dir, Chunking: DefaultChunkOptions})
		stay := 0
		for _, d := range docs {
			if m.Documents[d.Source] == d.Hash {
				stay++
			}
		}
		// The saved index, less the articles changed or removed, is an
		// index of those that stay: none is read again.
		if err != nil || len(prev.docs) != stay || prev.surfaces == nil || len(prev.quotes) == 0 || prev.chunkVecs == nil {
			t.Fatalf("the previous index of %d articles is not loaded for the %d that stay: %v", len(m.Documents), stay, err)
		}
		if prev.remembered == nil || prev.remembered().SavedNames() == nil {
			t.Fatal("the names the snapshot saved are not loaded: every article would be read again")
		}
		got, info, err := LoadOrBuild(context.Background(), docs, Options{DataDir: dir})
		if err != nil || !info.Rebuilt || info.Reused == 0 {
			t.Fatalf("update in a new process: %+v %v", info, err)
		}
		want, _, err := LoadOrBuild(context.Background(), docs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(got.sentDF, want.sentDF) || !maps.Equal(got.surfaces, want.surfaces) || !maps.Equal(got.caps, want.caps) ||
			got.nSents != want.nSents || !reflect.DeepEqual(got.Chunks(), want.Chunks()) ||
			!reflect.DeepEqual(got.Quotes(), want.Quotes()) || !reflect.DeepEqual(got.Speakers(), want.Speakers()) {
			t.Errorf("an update in a new process differs from a build from scratch (%d articles)", len(docs))
		}
	}
}

// TestLocalWeightsAreFittedAgainAfterDrift: an update keeps the local
// embedder's weights while few chunks were embedded since they were
// fitted, and counts them; once they pass a quarter of the corpus (here,
// the corpus swapped for another), the weights are fitted on the new
// corpus and every vector is made anew, as a build from scratch does.
func TestLocalWeightsAreFittedAgainAfterDrift(t *testing.T) {
	dir := t.TempDir()
	builtin, _ := open(t, corpusFS(t), Options{DataDir: dir})
	grown := corpusFS(t)
	grown["004_new.txt"] = &fstest.MapFile{Data: []byte("New Talks\n\nThe envoys met in Geneva on Monday.\n")}
	small, info := open(t, grown, Options{DataDir: dir, Previous: builtin})
	if info.Embedded != 1 || small.Manifest().Drift != 1 || !slices.Equal(small.embedder.(*embed.Local).IDF(), builtin.embedder.(*embed.Local).IDF()) {
		t.Fatalf("a small update: %+v, drift %d; the weights should be kept", info, small.Manifest().Drift)
	}
	other := fstest.MapFS{}
	for i := range 3 {
		other[fmt.Sprintf("harbour%d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Harbour Strike %d\n\nThe dockers of Veltra struck for the %d time over the wage deal with port director Ilse Brandt.\n", i, i+2))}
	}
	swapped, info := open(t, other, Options{DataDir: dir, Previous: small})
	fresh, _ := open(t, other, Options{})
	if info.Reused != 0 || info.Embedded != len(swapped.Chunks()) || swapped.Manifest().Drift != 0 ||
		!slices.Equal(swapped.embedder.(*embed.Local).IDF(), fresh.embedder.(*embed.Local).IDF()) {
		t.Errorf("a swapped corpus: %+v, drift %d; the weights should be fitted on it", info, swapped.Manifest().Drift)
	}
}

// TestQuotesInFindsTheSentence: a quotation is found in the sentence that
// holds it, though another sentence stands on the same line, and in a
// loaded index as in a built one.
func TestQuotesInFindsTheSentence(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Port Talks\n\n" +
		"Ilse Brandt spoke on Friday. \"The port will stay open,\" port director Ilse Brandt said.\n" +
		"\"We will strike,\" union leader Tomas Weber said.\n")}}
	dir := t.TempDir()
	built, _ := open(t, fsys, Options{DataDir: dir})
	loaded, info := open(t, fsys, Options{DataDir: dir})
	if info.Rebuilt {
		t.Fatal("not loaded")
	}
	for name, ix := range map[string]*Index{"built": built, "loaded": loaded} {
		doc := ix.Documents()[0]
		var got []string
		for s, sent := range doc.Sentences {
			for _, q := range ix.QuotesIn(0, s) {
				got = append(got, fmt.Sprintf("%d:%s:%s", sent.LineStart, q.Speaker, q.Text))
			}
			if strings.HasPrefix(sent.Text, "Ilse Brandt spoke") && (len(ix.QuotesIn(0, s)) != 0 || len(ix.PeopleQuotedIn(0, s)) != 0) {
				t.Errorf("%s: the first sentence of line 3 holds no quotation", name)
			}
			if strings.HasPrefix(sent.Text, "\"We will strike") && !slices.Equal(ix.PeopleQuotedIn(0, s), []string{"Tomas Weber"}) {
				t.Errorf("%s: people quoted in %q: %q", name, sent.Text, ix.PeopleQuotedIn(0, s))
			}
		}
		if want := "3:Ilse Brandt:The port will stay open|4:Tomas Weber:We will strike"; strings.Join(got, "|") != want {
			t.Errorf("%s: %q, want %q", name, strings.Join(got, "|"), want)
		}
	}
}

// TestQuoteIDsAfterAnUpdate: an update takes the vector IDs of the
// quotations it kept from the index before, and hashes the new ones:
// every quotation's ID is its text's.
func TestQuoteIDsAfterAnUpdate(t *testing.T) {
	fsys := corpusFS(t)
	before, _ := open(t, fsys, Options{})
	fsys["004_new.txt"] = &fstest.MapFile{Data: []byte("New Talks\n\n\"We will meet again soon,\" Jane Doe said in Geneva.\n")}
	after, _ := open(t, fsys, Options{Previous: before})
	ids := after.QuoteIDs()
	if len(ids) != len(after.Quotes()) || len(after.Quotes()) <= len(before.Quotes()) {
		t.Fatalf("%d IDs for %d quotations (%d before)", len(ids), len(after.Quotes()), len(before.Quotes()))
	}
	for i, q := range after.Quotes() {
		if ids[i] != QuoteID(q.Text) {
			t.Errorf("quotation %d (%q): ID %s, its text's is %s", i, q.Text, ids[i], QuoteID(q.Text))
		}
	}
}

// TestParsesAreSavedForTheNextStart: a saved index holds its articles'
// parses, which read the corpus again as it was parsed; an index of
// another version offers none, since its parser may differ.
func TestParsesAreSavedForTheNextStart(t *testing.T) {
	dir := t.TempDir()
	fsys := corpusFS(t)
	ix, _ := open(t, fsys, Options{DataDir: dir})
	saved := SavedParses(dir)
	if len(saved) != len(ix.docs) {
		t.Fatalf("%d parses saved for %d articles", len(saved), len(ix.docs))
	}
	again, _, err := document.Reader{Saved: saved}.Load(fsys, "test corpus")
	if err != nil || !reflect.DeepEqual(again, ix.Documents()) {
		t.Fatalf("the corpus read with the saved parses differs from the index's articles (%v)", err)
	}
	m, err := readManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	m.Format--
	data, _ := json.Marshal(m)
	if err := os.WriteFile(filepath.Join(dir, manifestFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if SavedParses(dir) != nil {
		t.Error("an index of another version offers its parses")
	}
}
