package index

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/wordvec"
)

// BenchmarkBuildDefaultIndex builds and saves the index of the built-in
// corpus from scratch: parse, chunk, embed, store, write the snapshot.
func BenchmarkBuildDefaultIndex(b *testing.B) {
	fsys := corpusFS(b)
	dir := b.TempDir()
	vec, err := wordvec.Load() // loaded once per process, in the background
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		docs, err := document.LoadCorpus(fsys, "corpus")
		if err != nil {
			b.Fatal(err)
		}
		opt := Options{DataDir: dir, Force: true, WordVectors: func() *wordvec.Table { return vec }}
		if _, _, err := LoadOrBuild(context.Background(), docs, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadDefaultIndex opens the persisted index without re-embedding.
func BenchmarkLoadDefaultIndex(b *testing.B) {
	fsys := corpusFS(b)
	dir := b.TempDir()
	open(b, fsys, Options{DataDir: dir})
	for b.Loop() {
		if _, info := open(b, fsys, Options{DataDir: dir}); info.Rebuilt {
			b.Fatal("rebuilt")
		}
	}
}

// newsText is about 1 MB of news-like text: the articles' paragraphs in
// shuffled order, each made unique (repeated lines would be dropped).
func newsText(b *testing.B) []byte {
	var paras []string
	for _, d := range loadCorpus(b) {
		for _, l := range d.Lines {
			if strings.TrimSpace(l) != "" {
				paras = append(paras, l)
			}
		}
	}
	rng := rand.New(rand.NewSource(2))
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%s (Item %d.)\n\n", paras[rng.Intn(len(paras))], i)
	}
	return []byte(sb.String())
}

// BenchmarkExtractQuotes1MB parses 1 MB of news-like text and extracts its
// quotations.
func BenchmarkExtractQuotes1MB(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	vectors, err := wordvec.Load()
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		doc := document.ParseDocument("big.txt", text)
		n = len(quote.ExtractWith(QuoteDocuments([]document.Document{doc}), nil, vectors.NameGender).Quotes)
	}
	b.ReportMetric(float64(n), "quotations")
}
