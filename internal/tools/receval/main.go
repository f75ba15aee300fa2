// Command receval measures retrieval alone on a gold set: for each
// answerable question (kind ask, with expect_any), whether one of the top k
// chunks holds a gold answer, by BM25 alone, by the vectors alone, and by
// the two fused as Parley answers. It runs with the local embedder, with
// and without word vectors:
//
//	go run ./internal/tools/receval --corpus ../shared/eval/squad2/corpus ../shared/eval/squad2/squad2.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/parleybot/parley/internal/eval"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
	"github.com/parleybot/parley/rag/wordvec"
)

func main() {
	dir := flag.String("corpus", "", "the corpus folder")
	k := flag.Int("k", 5, "how many chunks count")
	flag.Parse()
	if *dir == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: receval --corpus DIR [-k 5] FILE")
		os.Exit(2)
	}
	if err := run(*dir, flag.Arg(0), *k); err != nil {
		fmt.Fprintln(os.Stderr, "receval:", err)
		os.Exit(1)
	}
}

func run(dir, file string, k int) error {
	ctx := context.Background()
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	items, err := eval.Load(f)
	f.Close()
	if err != nil {
		return err
	}
	docs, err := document.LoadCorpus(os.DirFS(dir), dir)
	if err != nil {
		return err
	}
	lx, err := lexicon.Load()
	if err != nil {
		return err
	}
	vec, err := wordvec.Load()
	if err != nil {
		return err
	}
	for _, withVectors := range []bool{false, true} {
		opt := index.Options{}
		name := "lexical embedder"
		if withVectors {
			opt.WordVectors = func() *wordvec.Table { return vec }
			name = "lexical + word-vector embedder"
		}
		ix, _, err := index.LoadOrBuild(ctx, docs, opt)
		if err != nil {
			return err
		}
		m := match.NewMatcher(ix, lx, vec)
		var n, bm, vs, fused int
		for _, it := range items {
			if it.Kind != "ask" || len(it.ExpectAny) == 0 {
				continue
			}
			n++
			qr := m.Prepare(question.Parse(it.Question))
			if holds(ix, hitsOf(ix.SearchWordGroups(qr.RetrievalGroups(), k)), it.ExpectAny) {
				bm++
			}
			hv, err := ix.SearchVectors(ctx, qr.Text, k)
			if err != nil {
				return err
			}
			if holds(ix, hitsOf(hv), it.ExpectAny) {
				vs++
			}
			ps, err := retrieve.Retrieve(ctx, ix, qr, k)
			if err != nil {
				return err
			}
			var cs []int
			for _, p := range ps {
				cs = append(cs, indexOf(ix, p.ID))
			}
			if holds(ix, cs, it.ExpectAny) {
				fused++
			}
		}
		pct := func(x int) float64 { return 100 * float64(x) / float64(max(n, 1)) }
		fmt.Printf("%s, %d questions, recall@%d: BM25 %.1f%%, vectors %.1f%%, fused %.1f%%\n", name, n, k, pct(bm), pct(vs), pct(fused))
	}
	return nil
}

func hitsOf(hs []index.Hit) []int {
	out := make([]int, len(hs))
	for i, h := range hs {
		out[i] = h.Chunk
	}
	return out
}

func indexOf(ix *index.Index, id string) int {
	for i, c := range ix.Chunks() {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// holds reports whether one of the chunks holds one of the answers.
func holds(ix *index.Index, chunks []int, answers []string) bool {
	for _, c := range chunks {
		if c < 0 {
			continue
		}
		text := strings.ToLower(ix.ChunkText(ix.Chunks()[c]))
		for _, a := range answers {
			if strings.Contains(text, strings.ToLower(a)) {
				return true
			}
		}
	}
	return false
}
