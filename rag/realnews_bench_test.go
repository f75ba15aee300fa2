package rag

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// The real-news benchmarks run on a folder of news articles kept outside
// the repo, named by PARLEY_NEWS_CORPUS (PolNeAR's train split, say, or a
// corpus from internal/tools/newsgen); they skip without it:
//
//	PARLEY_NEWS_CORPUS=/data/polnear/train/text go test ./rag -run XXX -bench RealNews -benchtime 5x
func newsCorpus(b *testing.B) string {
	dir := os.Getenv("PARLEY_NEWS_CORPUS")
	if dir == "" {
		b.Skip("set PARLEY_NEWS_CORPUS to a folder of news articles")
	}
	return dir
}

// openNews opens the corpus with its index in dataDir.
func openNews(b *testing.B, dir, dataDir string) *Engine {
	b.Helper()
	eng, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: dir, Index: IndexOptions{DataDir: dataDir}})
	if err != nil {
		b.Fatal(err)
	}
	return eng
}

// BenchmarkRealNewsBuild builds and saves the index from scratch, as
// `parley index` does, and reports the memory taken from the system at
// its peak, in all and per MB of text.
func BenchmarkRealNewsBuild(b *testing.B) {
	dir := newsCorpus(b)
	for b.Loop() {
		// As `parley index` opens it: no WordNet ahead of a question.
		if _, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: dir, Index: IndexOptions{DataDir: b.TempDir()}, IndexOnly: true}); err != nil {
			b.Fatal(err)
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	size := 0.0
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			size += float64(info.Size())
		}
	}
	b.ReportMetric(float64(m.Sys)/(1<<20), "sys-MiB")
	b.ReportMetric(float64(m.Sys)/(1<<20)/(size/1e6), "MiB-per-MB")
}

// BenchmarkRealNewsStart opens a saved index: what start-up costs.
func BenchmarkRealNewsStart(b *testing.B) {
	dir := newsCorpus(b)
	data := b.TempDir()
	openNews(b, dir, data)
	for b.Loop() {
		openNews(b, dir, data)
	}
}

var newsQuestions = []string{
	"What did the president say about trade?", "Who won the primary?",
	"When is the election?", "How many people were killed?", "Why did the senator resign?",
}

// BenchmarkRealNewsAsk answers questions, index warm.
func BenchmarkRealNewsAsk(b *testing.B) {
	eng := openNews(b, newsCorpus(b), b.TempDir())
	warm(eng)
	askLoop(b, eng, newsQuestions)
}

// BenchmarkRealNewsWhoSaid attributes quotations, index warm.
func BenchmarkRealNewsWhoSaid(b *testing.B) {
	eng := openNews(b, newsCorpus(b), b.TempDir())
	ctx := context.Background()
	qs := []string{"make America great again", "we will build a wall", "this is a very important election", "I have no comment"}
	eng.WhoSaid(ctx, qs[0])
	i := 0
	for b.Loop() {
		if _, err := eng.WhoSaid(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkRealNewsAddOne adds one article to the running engine and
// brings the index up to date, in memory and on disk.
func BenchmarkRealNewsAddOne(b *testing.B) {
	src := newsCorpus(b)
	dir := b.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		b.Fatal(err)
	}
	var last []byte
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644)
		last = data
	}
	eng := openNews(b, dir, b.TempDir())
	i := 0
	for b.Loop() {
		b.StopTimer()
		os.WriteFile(filepath.Join(dir, "zz_added.txt"), append([]byte("An added article, version "+string(rune('a'+i%26))+"\n\n"), last...), 0o644)
		i++
		b.StartTimer()
		info, err := eng.Reindex(context.Background(), false)
		if err != nil || !info.Rebuilt {
			b.Fatalf("%+v %v", info, err)
		}
		b.ReportMetric(float64(info.Embedded), "embedded")
	}
}
