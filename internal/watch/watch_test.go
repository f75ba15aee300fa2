package watch_test

import (
	"context"
	"github.com/parleybot/parley/rag/document"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/watch"
	"github.com/parleybot/parley/rag"
)

func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob("../../corpus/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
	}
	return dir
}

// TestLiveUpdate adds, changes and deletes an article while questions run
// concurrently the whole time; none of them may fail or come back empty.
func TestLiveUpdate(t *testing.T) {
	dir := copyCorpus(t)
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: os.DirFS(dir), CorpusName: dir, Index: rag.IndexOptions{DataDir: t.TempDir()}})
	if err != nil {
		t.Fatal(err)
	}
	chunksBefore, _ := eng.IndexSize()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var builds []rag.BuildInfo
	watching := make(chan struct{})
	go func() {
		defer close(watching)
		watch.Run(ctx, dir, 100*time.Millisecond, func(ctx context.Context) {
			info, err := eng.Reindex(ctx, false)
			if err != nil {
				t.Errorf("reindex: %v", err)
				return
			}
			mu.Lock()
			builds = append(builds, info)
			mu.Unlock()
		})
	}()
	time.Sleep(100 * time.Millisecond) // let the watcher start

	var asked, failed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				a, err := eng.Ask(context.Background(), "What is the ISSG?")
				asked.Add(1)
				if err != nil || a.Abstained || len(a.Citations) == 0 {
					failed.Add(1)
				}
			}
		}()
	}

	const q = "Where did the delegates meet to discuss Kurdish autonomy?"
	cites := func(a rag.Answer, source string) bool {
		for _, c := range a.Citations {
			if c.Source == source {
				return true
			}
		}
		return false
	}
	waitUntil := func(what string, ok func(rag.Answer) bool) rag.Answer {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			a, err := eng.Ask(context.Background(), q)
			if err == nil && ok(a) {
				return a
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: last answer %+v", what, a)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// lastBuild is the newest build that rebuilt: a file write can reach the
	// watcher as two events a debounce apart, and the second finds the
	// index already up to date.
	lastBuild := func() rag.BuildInfo {
		mu.Lock()
		defer mu.Unlock()
		for i := len(builds) - 1; i >= 0; i-- {
			if builds[i].Rebuilt {
				return builds[i]
			}
		}
		return rag.BuildInfo{}
	}
	newFile := filepath.Join(dir, "004_new.txt")

	// Add.
	os.WriteFile(newFile, []byte("Delegates meet in Sochi\n\nThe delegates met in Sochi on Tuesday to discuss Kurdish autonomy, officials said.\n"), 0o644)
	a := waitUntil("answer from the added article", func(a rag.Answer) bool { return cites(a, "004_new.txt") && strings.Contains(a.Text, "Sochi") })
	if b := lastBuild(); b.Reused < chunksBefore || b.Embedded == 0 || b.Embedded > 4 {
		t.Errorf("after adding one short article: %+v; want the old %d chunks reused and only the new ones embedded", b, chunksBefore)
	}
	doc, _ := eng.Index().Document("004_new.txt")
	for _, c := range a.Citations {
		if c.Source == "004_new.txt" && !document.CitationFound(doc, c.LineStart, c.LineEnd, c.Text) {
			t.Errorf("citation not on its lines: %+v", c)
		}
	}

	// Change.
	os.WriteFile(newFile, []byte("Delegates meet in Minsk\n\nThe delegates met in Minsk on Tuesday to discuss Kurdish autonomy, officials said.\n"), 0o644)
	waitUntil("answer from the changed article", func(a rag.Answer) bool { return cites(a, "004_new.txt") && strings.Contains(a.Text, "Minsk") })
	if b := lastBuild(); b.Embedded > 4 || b.Reused < chunksBefore {
		t.Errorf("after changing it: %+v; only its chunks should be embedded again", b)
	}

	// Delete.
	os.Remove(newFile)
	waitUntil("its citations gone", func(a rag.Answer) bool { return !cites(a, "004_new.txt") })
	if _, ok := eng.Index().Document("004_new.txt"); ok {
		t.Error("deleted article still indexed")
	}

	cancel()
	wg.Wait()
	<-watching // the watcher has stopped: builds is no longer written
	if failed.Load() != 0 || asked.Load() < 20 {
		t.Errorf("%d of %d concurrent questions failed", failed.Load(), asked.Load())
	}
	mu.Lock()
	defer mu.Unlock()
	t.Logf("%d concurrent questions, none failed; builds: %+v", asked.Load(), builds)
}

func TestDebounceCoalescesBursts(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int64
	go watch.Run(ctx, dir, 150*time.Millisecond, func(context.Context) { calls.Add(1) })
	time.Sleep(100 * time.Millisecond)
	for i := 0; i < 10; i++ {
		os.WriteFile(filepath.Join(dir, "a.txt"), []byte(strings.Repeat("x", i)), 0o644)
		time.Sleep(10 * time.Millisecond)
	}
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("x"), 0o644)
	time.Sleep(500 * time.Millisecond)
	if n := calls.Load(); n != 1 {
		t.Errorf("%d reindexes for one burst of writes, want 1", n)
	}
}
