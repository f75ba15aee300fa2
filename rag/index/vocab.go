package index

import (
	"github.com/parleybot/parley/internal/textutil"
	"sort"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/spell"
	"github.com/parleybot/parley/rag/term"
)

// newIndex builds everything but the vectors: chunks and lexical indexes.
func newIndex(docs []document.Document, opt ChunkOptions) *Index {
	ix := &Index{
		chunkOpts: opt,
		docs:      docs,
		bySource:  make(map[string]int, len(docs)),
		chunkIDs:  make(map[string]int),
		sentTerms: make([][][]string, len(docs)),
		sentDF:    make(map[string]int),
		caps:      make(map[string][3]int),
	}
	surfaces := make(map[string]int)
	for d, doc := range docs {
		ix.bySource[doc.Source] = d
		ix.sentTerms[d] = make([][]string, len(doc.Sentences))
		for s, sent := range doc.Sentences {
			if !sent.Headline {
				toks := term.Tokenize(sent.Text)
				countCaps(ix.caps, toks)
				countSurfaces(surfaces, toks)
			}
			ts := term.Of(sent.Text)
			ix.sentTerms[d][s] = ts
			ix.nSents++
			for t := range textutil.Set(ts) {
				ix.sentDF[t]++
			}
		}
		ix.chunks = append(ix.chunks, ChunkDocument(d, doc, opt)...)
	}
	chunkTerms := make([][]string, len(ix.chunks))
	for i, c := range ix.chunks {
		ix.chunkIDs[c.ID] = i
		for s := c.First; s <= c.Last; s++ {
			chunkTerms[i] = append(chunkTerms[i], ix.sentTerms[c.Doc][s]...)
		}
	}
	ix.lex = newBM25(chunkTerms)
	ix.speller = spell.New(surfaces)
	return ix
}

// countCaps adds a sentence's words to the capitalisation counts: how
// often each term stands in the middle of a sentence, how often it is
// capitalised there, and how often it ends a run of capitalised words, as
// names do ("Sergei Lavrov", "Turkey") and titles do not ("Foreign
// Minister Sergei Lavrov").
func countCaps(caps map[string][3]int, toks []term.Token) {
	for i, t := range toks {
		if i == 0 || t.Term == "" {
			continue
		}
		c := caps[t.Term]
		c[0]++
		if t.Capitalized {
			c[1]++
			if i+1 == len(toks) || !toks[i+1].Capitalized {
				c[2]++
			}
		}
		caps[t.Term] = c
	}
}

// countSurfaces adds a sentence's words, lower-cased, to the speller's
// counts; numbers and words with digits are left out.
func countSurfaces(counts map[string]int, toks []term.Token) {
	for _, t := range toks {
		if t.Term == "" || strings.IndexFunc(t.Surface, unicode.IsDigit) >= 0 || strings.Contains(t.Surface, ".") {
			continue
		}
		counts[strings.ToLower(strings.ReplaceAll(t.Surface, "’", "'"))]++
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
	return c[0] > 0 && c[1]*3 >= c[0]*2 && c[2]*2 >= c[1]
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
