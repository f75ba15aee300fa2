package rag

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
)

// loadCorpus reads the built-in articles.
func loadCorpus(t testing.TB) []Document {
	t.Helper()
	docs, err := document.LoadCorpus(os.DirFS("../corpus"), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

var benchQuestions = []string{
	"Who sponsored the Astana talks?",
	"What is the ISSG?",
	"Where did Kerry's meeting with Syrian civilians take place?",
	"How many people has the war in Syria killed?",
	"What is the capital of France?",
}

// BenchmarkAskWarm answers questions on the built-in corpus, index warm.
func BenchmarkAskWarm(b *testing.B) {
	eng := openEngine(b)
	warm(eng) // loaded, as after the first question
	askLoop(b, eng, benchQuestions)
}

// BenchmarkAskWarmSQuAD answers questions on the SQuAD half in shared/
// (eight Wikipedia articles, 610 paragraphs), index warm. It skips when
// shared/ is not beside the checkout.
func BenchmarkAskWarmSQuAD(b *testing.B) {
	dir := "../../shared/eval/squad2/corpus"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no SQuAD corpus at", dir)
	}
	eng, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: "squad"})
	if err != nil {
		b.Fatal(err)
	}
	warm(eng) // loaded, as after the first question
	qs := []string{
		"Who was the Norse leader?", "When was the Edict of Nantes issued?",
		"In what country is Normandy located?", "How many Huguenots fled France?",
		"What is packet switching?", "Why did OPEC block oil deliveries to the United States?",
	}
	askLoop(b, eng, qs)
}

// syntheticCorpus makes documents of random real sentences of the articles,
// enough for about n chunks.
func syntheticCorpus(b *testing.B, n int) []Document {
	var sents []string
	for _, d := range loadCorpus(b) {
		for _, s := range d.Sentences {
			if !s.Headline {
				sents = append(sents, s.Text)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	var docs []Document
	chunks := 0
	for i := 0; chunks < n; i++ {
		var lines []string
		for j := 0; j < 12; j++ {
			lines = append(lines, sents[rng.Intn(len(sents))])
		}
		d := document.ParseDocument(fmt.Sprintf("synthetic_%06d.txt", i), []byte(strings.Join(lines, "\n")))
		chunks += len(index.ChunkDocument(i, d, index.DefaultChunkOptions))
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkAskWarm100k answers over a synthetic corpus of about 100,000
// chunks built from the articles' sentences, and reports the heap in use
// once the index is built.
func BenchmarkAskWarm100k(b *testing.B) {
	docs := syntheticCorpus(b, 100_000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix, _, err := index.LoadOrBuild(context.Background(), docs, IndexOptions{})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	eng := newEngine(Options{})
	eng.cur.Store(eng.newState(ix))
	askLoop(b, eng, benchQuestions)
	var peak runtime.MemStats
	runtime.ReadMemStats(&peak)
	b.ReportMetric(float64(len(ix.Chunks())), "chunks")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "index-heap-MiB")
	b.ReportMetric(float64(peak.Sys)/(1<<20), "peak-sys-MiB")
}

var benchQuotations = []string{
	"There have been many ups and downs in this process",
	"we came here to consolidate the ceasefire",
	"We will bomb Aleppo tomorrow",
	"reinvigorate a sense of momentum",
}

// BenchmarkWhoSaidWarm attributes quotations on the built-in corpus.
func BenchmarkWhoSaidWarm(b *testing.B) {
	eng := openEngine(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := eng.WhoSaid(ctx, benchQuotations[i%len(benchQuotations)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAskWarm5MB answers questions on the built-in corpus with a 5 MB
// article added (hardening item 3): the cost of a question depends on
// retrieval, not on the size of the corpus.
func BenchmarkAskWarm5MB(b *testing.B) {
	fsys := fstest.MapFS{}
	files, _ := filepath.Glob("../corpus/*.txt")
	var all []byte
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		fsys[filepath.Base(p)] = &fstest.MapFile{Data: data}
		all = append(all, data...)
	}
	fsys["big.txt"] = &fstest.MapFile{Data: bigDump(all)}
	eng, _, err := Open(context.Background(), Options{Corpus: fsys, CorpusName: "big"})
	if err != nil {
		b.Fatal(err)
	}
	warm(eng)
	askLoop(b, eng, benchQuestions)
}

// bigDump makes a 5 MB article from the articles' words with no sentence
// stops and a line break every 200 words or so, as a data dump or a pasted
// table would be: the hardest shape for per-question work.
func bigDump(articles []byte) []byte {
	words := strings.Fields(strings.NewReplacer(".", "", "!", "", "?", "").Replace(string(articles)))
	big := []byte("A dump of notes\n\n")
	for k := 0; len(big) < 5<<20; k++ {
		big = append(big, words[k%len(words)]...)
		big = fmt.Appendf(big, " %d", k)
		if k%200 == 199 {
			big = append(big, '\n')
		} else {
			big = append(big, ' ')
		}
	}
	return big
}

// askLoop asks the questions in turn, b.N times in all.
func askLoop(b *testing.B, eng *Engine, qs []string) {
	b.Helper()
	ctx := context.Background()
	i := 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := eng.Ask(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkAskFollowUp6Turns answers a follow-up with six earlier turns,
// to compare with BenchmarkAskWarm: resolving the follow-up adds little.
func BenchmarkAskFollowUp6Turns(b *testing.B) {
	eng := openEngine(b)
	warm(eng)
	ctx := context.Background()
	var history []Turn
	for _, q := range []string{
		"Who sponsored the Astana talks?", "When are they?", "Who is Russia's main negotiator?",
		"What did he say?", "Who is the UN envoy?", "Is he attending?",
	} {
		a, err := eng.AskFollowUp(ctx, history, q, nil)
		if err != nil {
			b.Fatal(err)
		}
		history = append(history, Turn{Question: q, Standalone: a.Standalone, Answer: a.Text})
	}
	follow := []string{"What did he say?", "when was that?", "And George Sabra?", "where are they meeting?", "who sponsored them?"}
	i := 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := eng.AskFollowUp(ctx, history, follow[i%len(follow)], nil); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// warm loads what the first question waits for: the lexicon, the word
// vectors and the matcher made from them.
func warm(eng *Engine) { eng.cur.Load().matcher() }
