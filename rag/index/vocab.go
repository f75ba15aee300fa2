package index

import (
	"errors"
	"fmt"
	"github.com/parleybot/parley/internal/textutil"
	"maps"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/spell"
	"github.com/parleybot/parley/rag/term"
)

// newIndex builds everything but the vectors: chunks and lexical indexes.
// With prev, the index being replaced, only the articles that are new or
// changed are read again: the others keep their sentences' terms, and the
// corpus-wide counts are updated by what the changed articles take away
// and add.
func newIndex(docs []document.Document, opt ChunkOptions, prev *Index) *Index {
	ix := &Index{
		chunkOpts: opt,
		docs:      docs,
		sentTerms: make([][][]string, len(docs)),
		sentDF:    make(map[string]int),
		caps:      make(map[string][3]int),
		surfaces:  make(map[string]int),
		counts:    make(map[string][]byte),
	}
	st := term.NewStemmer() // each distinct word is stemmed once per build
	reuse := map[string][][]string{}
	var reuseChunks map[string][]Chunk
	if prev != nil && prev.chunkOpts == opt && prev.surfaces != nil {
		reuseChunks = make(map[string][]Chunk, len(prev.docs))
		maps.Copy(ix.sentDF, prev.sentDF)
		maps.Copy(ix.caps, prev.caps)
		maps.Copy(ix.surfaces, prev.surfaces)
		ix.nSents = prev.nSents
		now := make(map[string]string, len(docs))
		for _, d := range docs {
			now[d.Source] = d.Hash
		}
		for i, d := range prev.docs {
			if now[d.Source] == d.Hash {
				reuse[d.Source] = prev.sentTerms[i]
			} else {
				ix.count(st, d, prev.sentTerms[i], -1)
			}
		}
		// An unchanged article's chunks are the same: ID, sum and lines.
		for start := 0; start < len(prev.chunks); {
			end := start + 1
			for end < len(prev.chunks) && prev.chunks[end].Doc == prev.chunks[start].Doc {
				end++
			}
			if d := prev.docs[prev.chunks[start].Doc]; now[d.Source] == d.Hash {
				reuseChunks[d.Source] = prev.chunks[start:end]
			}
			start = end
		}
	}
	wc := newWordCounts()
	for d, doc := range docs {
		if ts, ok := reuse[doc.Source]; ok {
			ix.sentTerms[d] = ts
			continue
		}
		ix.sentTerms[d] = make([][]string, len(doc.Sentences))
		for s, sent := range doc.Sentences {
			toks := st.Tokenize(sent.Text)
			ix.sentTerms[d][s] = st.Terms(sent.Text, toks)
			ix.countTerms(ix.sentTerms[d][s], 1)
			wc.countSentence(sent.Headline, toks)
		}
		// The article's counts are kept apart, to be saved.
		addWordCounts(ix.caps, ix.surfaces, wc, 1)
		ix.counts[doc.Source] = wc.encode(nil)
		wc.reset()
	}
	ix.finish(reuseChunks)
	return ix
}

// count adds a document's words to the corpus-wide counts (sign 1), or
// takes them away (-1): sentence frequencies, capitalisation and the
// speller's surfaces.
func (ix *Index) count(st *term.Stemmer, doc document.Document, terms [][]string, sign int) {
	for s, sent := range doc.Sentences {
		ix.countSentence(sent.Headline, st.Tokenize(sent.Text), terms[s], sign)
	}
}

// countSentence counts one sentence, its tokens and terms, as count does.
func (ix *Index) countSentence(headline bool, toks []term.Token, terms []string, sign int) {
	if !headline {
		addCaps(ix.caps, toks, sign)
		addSurfaces(ix.surfaces, toks, sign)
	}
	ix.countTerms(terms, sign)
}

// countTerms counts one sentence's terms in the sentence frequencies,
// and the sentence in the corpus's count.
func (ix *Index) countTerms(terms []string, sign int) {
	ix.nSents += sign
	for t := range textutil.Set(terms) {
		if ix.sentDF[t] += sign; ix.sentDF[t] <= 0 {
			delete(ix.sentDF, t)
		}
	}
}

// finish makes, from the documents and their sentences' terms, what needs
// no stemming: the chunks, BM25 over them, and the speller. It is for a
// build, which keeps the terms by number, to save them. Chunks keep no
// text: ChunkText makes it for the few a build embeds and saves.
func (ix *Index) finish(reuse map[string][]Chunk) {
	ix.makeChunks(reuse)
	speller := make(chan *spell.Speller, 1)
	go func() { speller <- spell.New(ix.surfaces) }()
	ix.numbered = ix.numberTerms()
	ix.lex = bm25FromIDs(ix.numbered.vocab, ix.chunks, ix.numbered.sents)
	ix.speller = <-speller
}

// chunkTerms returns chunk i's index terms, its sentences' in turn.
func (ix *Index) chunkTerms(i int) []string {
	c := ix.chunks[i]
	var out []string
	for s := c.First; s <= c.Last; s++ {
		out = append(out, ix.sentTerms[c.Doc][s]...)
	}
	return out
}

// allChunkTerms gives every chunk's index terms in turn, for fitting the
// local embedder's weights.
func (ix *Index) allChunkTerms(yield func([]string) bool) {
	for i := range ix.chunks {
		if !yield(ix.chunkTerms(i)) {
			return
		}
	}
}

// numberedTerms are the corpus's terms numbered in sorted order, and each
// document's sentences' terms by number.
type numberedTerms struct {
	vocab []string
	sents [][][]int32
}

// numberTerms numbers the index's terms, as BM25 and the saved words
// read them.
func (ix *Index) numberTerms() *numberedTerms {
	n := &numberedTerms{vocab: ix.Terms(), sents: make([][][]int32, len(ix.sentTerms))}
	id := make(map[string]int32, len(n.vocab))
	for i, t := range n.vocab {
		id[t] = int32(i)
	}
	// On every core: at 10,000 articles this looks up 8 million terms.
	inParts(len(ix.sentTerms), func(lo, hi int) {
		for d := lo; d < hi; d++ {
			// Every sentence term is counted in sentDF, so numbered.
			n.sents[d], _ = mapSentences(ix.sentTerms[d], func(t string) (int32, bool) { return id[t], true })
		}
	})
	return n
}

// mapSentences maps a document's sentences' items with f, into one array
// for the whole document; false when f refuses an item.
func mapSentences[T, U any](sents [][]T, f func(T) (U, bool)) ([][]U, bool) {
	total := 0
	for _, xs := range sents {
		total += len(xs)
	}
	all := make([]U, total)
	out := make([][]U, len(sents))
	for s, xs := range sents {
		ys := all[:len(xs):len(xs)]
		all = all[len(xs):]
		for k, x := range xs {
			y, ok := f(x)
			if !ok {
				return nil, false
			}
			ys[k] = y
		}
		out[s] = ys
	}
	return out, true
}

// makeChunks cuts the documents into chunks, keeping their sums, not
// their text; reuse gives, by source, the chunks of articles cut before
// and unchanged, which are taken as they are (only their place in the
// corpus may have moved). The others are cut on every core: a start cuts
// every article again (140,000 chunks at 10,000 articles).
func (ix *Index) makeChunks(reuse map[string][]Chunk) {
	ix.bySource = make(map[string]int, len(ix.docs))
	for d, doc := range ix.docs {
		ix.bySource[doc.Source] = d
	}
	cut := make([][]Chunk, len(ix.docs))
	inParts(len(ix.docs), func(lo, hi int) {
		for d := lo; d < hi; d++ {
			if _, ok := reuse[ix.docs[d].Source]; !ok {
				cut[d] = chunkDocument(d, ix.docs[d], ix.chunkOpts, false)
			}
		}
	})
	total := 0
	for d, doc := range ix.docs {
		total += len(cut[d]) + len(reuse[doc.Source])
	}
	ix.chunks = make([]Chunk, 0, total+total/64+64) // an update's list grows once, not by doubling
	for d, doc := range ix.docs {
		if cs, ok := reuse[doc.Source]; ok {
			for _, c := range cs {
				c.Doc = d
				ix.chunks = append(ix.chunks, c)
			}
			continue
		}
		ix.chunks = append(ix.chunks, cut[d]...)
	}
	ix.chunkIDs = make(map[string]int, len(ix.chunks))
	for i, c := range ix.chunks {
		ix.chunkIDs[c.ID] = i
	}
}

// inParts calls part on [0, n) split into as many ranges as there are
// cores, at once, and returns when all have returned.
func inParts(n int, part func(lo, hi int)) {
	parts := min(runtime.NumCPU(), max(n, 1))
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			part(n*p/parts, n*(p+1)/parts)
		}()
	}
	wg.Wait()
}

// lexicalState is what the index knows of the corpus's words, saved with
// it so that loading needs no stemming: terms are numbered by Vocab.
type lexicalState struct {
	Vocab    []string
	Sents    [][][]int32 // by document, by sentence
	DF       []int32     // by term
	Caps     [][3]int32  // by term
	Surfaces []string
	Counts   []int32
	NSents   int
}

// lexicalState numbers the index's words for saving: as the build
// numbered them, or anew.
func (ix *Index) lexicalState() lexicalState {
	n := ix.numbered
	if n == nil {
		n = ix.numberTerms()
	}
	st := lexicalState{NSents: ix.nSents, Vocab: n.vocab, Sents: n.sents,
		DF: make([]int32, len(n.vocab)), Caps: make([][3]int32, len(n.vocab))}
	for i, t := range n.vocab {
		st.DF[i] = int32(ix.sentDF[t])
		c := ix.caps[t]
		st.Caps[i] = [3]int32{int32(c[0]), int32(c[1]), int32(c[2])}
	}
	for w, n := range ix.surfaces {
		st.Surfaces = append(st.Surfaces, w)
		st.Counts = append(st.Counts, int32(n))
	}
	return st
}

// fromLexicalState makes the index of docs from its saved words.
func fromLexicalState(docs []document.Document, opt ChunkOptions, st lexicalState) (*Index, error) {
	if len(st.Sents) != len(docs) || len(st.DF) != len(st.Vocab) || len(st.Caps) != len(st.Vocab) || len(st.Counts) != len(st.Surfaces) {
		return nil, errors.New("the saved words do not fit the corpus")
	}
	ix := &Index{
		chunkOpts: opt,
		docs:      docs,
		sentTerms: make([][][]string, len(docs)),
		sentDF:    make(map[string]int, len(st.Vocab)),
		caps:      make(map[string][3]int, len(st.Vocab)),
		surfaces:  make(map[string]int, len(st.Surfaces)),
		nSents:    st.NSents,
	}
	// The chunks are cut while the counts and the sentences' terms are
	// read, each in its own goroutine; the BM25 postings, which need the
	// chunks and the terms found sound, come last.
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		ix.readCounts(st)
	}()
	var termsErr error
	go func() {
		defer wg.Done()
		termsErr = ix.readSentTerms(st)
	}()
	ix.makeChunks(nil)
	wg.Wait()
	if termsErr != nil {
		return nil, termsErr
	}
	ix.lex = bm25FromIDs(st.Vocab, ix.chunks, st.Sents)
	return ix, nil
}

// readCounts takes the saved counts of terms and words, and makes the
// speller from them. A count of zero is of articles taken away (see
// without).
func (ix *Index) readCounts(st lexicalState) {
	for i, t := range st.Vocab {
		if st.DF[i] > 0 {
			ix.sentDF[t] = int(st.DF[i])
		}
		if c := st.Caps[i]; c[0] > 0 {
			ix.caps[t] = [3]int{int(c[0]), int(c[1]), int(c[2])}
		}
	}
	for i, w := range st.Surfaces {
		if st.Counts[i] > 0 {
			ix.surfaces[w] = int(st.Counts[i])
		}
	}
	ix.speller = spell.New(ix.surfaces)
}

// readSentTerms takes each sentence's terms from their saved numbers.
func (ix *Index) readSentTerms(st lexicalState) error {
	for d, sents := range st.Sents {
		if len(sents) != len(ix.docs[d].Sentences) {
			return fmt.Errorf("the saved words do not fit %s", ix.docs[d].Source)
		}
		terms, ok := mapSentences(sents, func(id int32) (string, bool) {
			if id < 0 || int(id) >= len(st.Vocab) {
				return "", false
			}
			return st.Vocab[id], true
		})
		if !ok {
			return errors.New("the saved words are damaged")
		}
		ix.sentTerms[d] = terms
	}
	return nil
}

// addCaps adds (sign 1) or takes away (-1) a sentence's words to the capitalisation counts: how
// often each term stands in the middle of a sentence, how often it is
// capitalised there, and how often it ends a run of capitalised words, as
// names do ("Sergei Lavrov", "Turkey") and titles do not ("Foreign
// Minister Sergei Lavrov"). Punctuation ends a run: each name of
// "Berlin, Stockholm, Hamburg" ends one.
func addCaps(caps map[string][3]int, toks []term.Token, sign int) {
	for i, t := range toks {
		if i == 0 || t.Term == "" {
			continue
		}
		c := caps[t.Term]
		c[0] += sign
		if t.Capitalized {
			c[1] += sign
			if i+1 == len(toks) || !toks[i+1].Capitalized || toks[i+1].AfterBreak {
				c[2] += sign
			}
		}
		if c[0] <= 0 {
			delete(caps, t.Term)
		} else {
			caps[t.Term] = c
		}
	}
}

// addSurfaces adds (sign 1) or takes away (-1) a sentence's words,
// lower-cased, in the speller's counts; numbers and words with digits are
// left out.
func addSurfaces(counts map[string]int, toks []term.Token, sign int) {
	for _, t := range toks {
		if t.Term == "" || strings.IndexFunc(t.Surface, unicode.IsDigit) >= 0 || strings.Contains(t.Surface, ".") {
			continue
		}
		w := strings.ToLower(strings.ReplaceAll(t.Surface, "’", "'"))
		if counts[w] += sign; counts[w] <= 0 {
			delete(counts, w)
		}
	}
}

// SentenceTerms returns the index terms of sentence s of document doc.
func (ix *Index) SentenceTerms(doc, s int) []string { return ix.sentTerms[doc][s] }

// DocumentTerms returns the index terms of every sentence of document doc.
func (ix *Index) DocumentTerms(doc int) [][]string { return ix.sentTerms[doc] }

// SentenceDF returns how many sentences of the corpus hold the term.
func (ix *Index) SentenceDF(t string) int { return ix.sentDF[t] }

// SentenceCount returns how many sentences the corpus has.
func (ix *Index) SentenceCount() int { return ix.nSents }

// Capitals returns how often the term stands in the middle of a sentence:
// in all, capitalised, and capitalised at the end of a run of capitals.
func (ix *Index) Capitals(t string) [3]int { return ix.caps[t] }

// IsName reports whether the articles write a term as a name: mostly
// capitalised in the middle of sentences, and mostly at the end of its
// run of capitals ("Turkey", not the "Foreign" of "Foreign Minister
// Lavrov"). So a name counts even when a question writes it in lower case.
func (ix *Index) IsName(t string) bool {
	c := ix.caps[t]
	return ix.IsCapitalised(t) && c[2]*2 >= c[1]
}

// IsCapitalised reports whether the articles write a term mostly
// capitalised in the middle of sentences: a name, or a word of one (the
// "Dutch" of "Dutch Mission").
func (ix *Index) IsCapitalised(t string) bool {
	c := ix.caps[t]
	return c[0] > 0 && c[1]*3 >= c[0]*2
}

// Speller corrects words to the corpus's own words.
func (ix *Index) Speller() *spell.Speller { return ix.speller }

// Terms returns the corpus's index terms, sorted.
func (ix *Index) Terms() []string {
	out := make([]string, 0, len(ix.sentDF))
	for t := range ix.sentDF {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
