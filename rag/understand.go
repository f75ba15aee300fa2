package rag

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Credits of a question word met in an article other than as written.
const (
	// creditCorrected is a misspelt word met as the corpus spells it.
	creditCorrected = 0.9
	// creditRelated is a word met through a related word (backed,
	// sponsored) from the lexicon.
	creditRelated = 0.5
)

// alt is one way a question word may be met in the articles.
type alt struct {
	term   string
	credit float64
}

// qword is a question word as matched against this corpus.
type qword struct {
	question.Word
	// weight is the word's share of the question: its inverse sentence
	// frequency in the corpus.
	weight float64
	// alts are the terms that meet it, best credit first; alts[0] is the
	// word itself when the corpus uses it.
	alts []alt
	// known is true when the corpus uses the word, as written or corrected.
	known bool
	// name is true for a name: capitalised in the question, or mostly
	// capitalised in the articles.
	name bool
	// nameAlts are the alts that can stand for the name: itself, its
	// correction, and related names (Washington, U.S.), not common words
	// that happen to be related (turkey, flop).
	nameAlts []alt
}

// query is a question prepared for this corpus: words matched, typos
// corrected, related words added.
type query struct {
	q     question.Question
	words []qword
	total float64
	// text is the question with corrections, for the embedder.
	text string
	// context are terms of earlier turns, searched at a lower weight.
	context []string
}

// leadingNameWeight scales the weight of a name's leading words.
const leadingNameWeight = 0.25

// contextWeight is how much an earlier turn's word counts in retrieval.
const contextWeight = 0.3

// prepare matches a question's words to the corpus. lx may be nil.
func (ix *Index) prepare(q question.Question, lx *lexicon.Lexicon) query {
	out := query{q: q, text: q.Text}
	var fixes []string
	for _, w := range q.Words {
		qw := qword{Word: w}
		t := w.Term
		if ix.sentDF[t] > 0 {
			qw.alts = append(qw.alts, alt{t, 1})
			qw.known = true
		} else if !term.IsNumber(t) && lx.Related(t) == nil {
			// Not an English word the lexicon knows: perhaps a typo.
			if fixed, ok := ix.speller.Correct(w.Surface); ok {
				if ft := term.Word(fixed); ft != "" && ix.sentDF[ft] > 0 {
					qw.alts = append(qw.alts, alt{ft, creditCorrected})
					qw.known = true
					t = ft
					fixes = append(fixes, w.Surface, fixed)
				}
			}
		}
		qw.name = ix.nameLike(w, t)
		for _, r := range lx.Related(t) {
			if ix.sentDF[r] == 0 || r == t {
				continue
			}
			credit := creditRelated
			if qw.name && ix.isName(r) {
				// Another name of the same place: Washington for the U.S.,
				// Moscow for Russia, American for the U.S.
				credit = creditCorrected
			}
			qw.alts = append(qw.alts, alt{r, credit})
		}
		sort.SliceStable(qw.alts, func(i, j int) bool { return qw.alts[i].credit > qw.alts[j].credit })
		for _, a := range qw.alts {
			if a.credit >= creditCorrected || ix.isName(a.term) {
				qw.nameAlts = append(qw.nameAlts, a)
			}
		}
		qw.weight = ix.idfWeight(t)
		if !qw.known && len(qw.alts) > 0 {
			// Met only through related words: weigh it as the best of them.
			qw.weight = 0
			for _, a := range qw.alts {
				qw.weight = max(qw.weight, ix.idfWeight(a.term))
			}
		}
		out.words = append(out.words, qw)
	}
	// A name's leading words (John of John Kerry, Staffan de of Staffan de
	// Mistura) weigh little: articles name people by surname after the
	// first mention, and a sentence saying "Kerry" is about John Kerry.
	ws := out.words
	isName := func(i int) bool { return i >= 0 && i < len(ws) && ws[i].name }
	isParticle := func(i int) bool { return i >= 0 && i < len(ws) && quote.IsNameParticle(ws[i].Surface) }
	for i := range ws {
		leading := isName(i) && (isName(i+1) || isParticle(i+1) && isName(i+2))
		between := isParticle(i) && isName(i-1) && isName(i+1)
		if leading || between {
			ws[i].weight *= leadingNameWeight
		}
		out.total += ws[i].weight
	}
	if len(fixes) > 0 {
		out.text = strings.NewReplacer(fixes...).Replace(out.text)
	}
	return out
}

// idfWeight is the weight of a term in sentence scoring. A term the corpus
// never uses weighs as much as the rarest term it does use.
func (ix *Index) idfWeight(t string) float64 {
	df := float64(max(ix.sentDF[t], 1))
	return math.Log(1 + float64(ix.nSents)/df)
}

// isName reports whether the articles write a term as a name: mostly
// capitalised in the middle of sentences, and mostly at the end of its
// run of capitals ("Turkey", not the "Foreign" of "Foreign Minister
// Lavrov"). So a name counts even when a question writes it in lower case.
func (ix *Index) isName(t string) bool {
	c := ix.caps[t]
	return c[0] > 0 && c[1]*3 >= c[0]*2 && c[2]*2 >= c[1]
}

// nameLike reports whether a question word stands for a name: the
// articles write it as one, or, when they never use it, the question
// capitalises it.
func (ix *Index) nameLike(w question.Word, t string) bool {
	if ix.caps[t][0] > 0 {
		return ix.isName(t)
	}
	return w.Name
}

// retrievalTerms are the terms retrieval searches for, each once, with
// the best weight it has for any question word.
func (qr query) retrievalTerms() ([]string, []float64) {
	var ts []string
	var ws []float64
	at := map[string]int{}
	add := func(t string, w float64) {
		if i, ok := at[t]; ok {
			ws[i] = max(ws[i], w)
			return
		}
		at[t] = len(ts)
		ts = append(ts, t)
		ws = append(ws, w)
	}
	for _, w := range qr.words {
		for _, a := range w.alts {
			add(a.term, a.credit)
		}
		if len(w.alts) == 0 {
			add(w.Term, 1)
		}
	}
	for _, t := range qr.context {
		add(t, contextWeight)
	}
	return ts, ws
}

// credit returns how well a term list meets a question word: the best
// credit of its alts found there.
func (w qword) credit(ts []string) float64 {
	best := 0.0
	for _, a := range w.alts {
		if a.credit > best && slices.Contains(ts, a.term) {
			best = a.credit
			if best == 1 {
				break
			}
		}
	}
	return best
}

// coverage is the weighted share of the question met by any of the term
// lists, each word counted once at its best credit.
func (qr query) coverage(sets ...[]string) float64 {
	return qr.cover(0, sets)
}

// directCoverage is coverage counting only words met as written or as
// corrected: related words alone never make a passage an answer.
func (qr query) directCoverage(sets ...[]string) float64 {
	return qr.cover(creditCorrected, sets)
}

func (qr query) cover(minCredit float64, sets [][]string) float64 {
	if qr.total == 0 {
		return 0
	}
	got := 0.0
	for _, w := range qr.words {
		best := 0.0
		for _, ts := range sets {
			if c := w.credit(ts); c >= minCredit {
				best = max(best, c)
			}
		}
		got += best * w.weight
	}
	return got / qr.total
}

// inQuestion reports whether a written word is one of the question's own
// (so it cannot be the answer).
func (qr query) inQuestion(surface string) bool {
	t := term.Word(surface)
	if t == "" {
		return false
	}
	for _, w := range qr.words {
		for _, a := range w.alts {
			if a.term == t || len(t) >= 5 && len(a.term) >= 5 && (strings.HasPrefix(a.term, t) || strings.HasPrefix(t, a.term)) {
				return true
			}
		}
	}
	return false
}

// unknownNames returns the names in the question that the articles never
// use, in any spelling.
func (qr query) unknownNames() []string {
	var out []string
	for _, w := range qr.words {
		if w.Name && !w.known && len(w.nameAlts) == 0 && !term.IsNumber(w.Term) {
			out = append(out, w.Surface)
		}
	}
	return out
}

// unknownShare is the share of the question's weight the articles never
// use in any form.
func (qr query) unknownShare() float64 {
	if qr.total == 0 {
		return 0
	}
	un := 0.0
	for _, w := range qr.words {
		if len(w.alts) == 0 {
			un += w.weight
		}
	}
	return un / qr.total
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

// foundAny reports whether any passage holds any of the question's words
// as written or corrected: passages met only through related words, or
// only by vector similarity, are not something found.
func (ix *Index) foundAny(qr query, passages []Passage) bool {
	for _, p := range passages {
		for s := p.First; s <= p.Last; s++ {
			if qr.directCoverage(ix.sentTerms[p.Doc][s]) > 0 {
				return true
			}
		}
	}
	return false
}
