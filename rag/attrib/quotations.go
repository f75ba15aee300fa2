// Package attrib answers who said a quotation and what a person said: an
// index over the quotations and speakers that rag/quote found in the
// corpus, matching exact fragments, paraphrases (by words and by the
// index's vectors) and any form of a speaker's name.
package attrib

import (
	"github.com/parleybot/parley/internal/textutil"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Quotations holds the corpus's quotations, found at index time, with what
// matching a /who-said query needs. It is read-only once made, and safe for
// concurrent use.
type Quotations struct {
	// ix holds the quotations' vectors, for paraphrases.
	ix       *index.Index
	all      []quote.Quote
	speakers []quote.Speaker
	// terms are the index terms of each quotation (and, for reported
	// speech, of its sentence); folded its text folded for exact matching.
	terms, sentTerms [][]string
	folded, foldedS  []string
	df               map[string]int
	// alias maps folded names and aliases to their speaker.
	alias map[string]int
	// ambiguous maps a folded form that several speakers share to their
	// names.
	ambiguous map[string][]string
	// byID maps a vector ID to the quotations with that text.
	byID map[string][]int
}

// New indexes the quotations of ix for matching.
func New(ix *index.Index) *Quotations {
	quotes, speakers := ix.Quotes(), ix.Speakers()
	qi := &Quotations{
		ix: ix, all: quotes, speakers: speakers,
		terms: make([][]string, len(quotes)), sentTerms: make([][]string, len(quotes)),
		folded: make([]string, len(quotes)), foldedS: make([]string, len(quotes)),
		df: map[string]int{}, alias: map[string]int{}, byID: map[string][]int{},
	}
	for i, q := range quotes {
		id := index.QuoteID(q.Text)
		qi.byID[id] = append(qi.byID[id], i)
		qi.terms[i] = term.Of(q.Text)
		qi.folded[i] = foldForMatch(q.Text)
		if q.Kind != quote.Direct {
			qi.sentTerms[i] = term.Of(q.Sentence)
			qi.foldedS[i] = foldForMatch(q.Sentence)
		}
		for t := range textutil.Set(qi.terms[i], qi.sentTerms[i]) {
			qi.df[t]++
		}
	}
	holders := map[string][]int{}
	for i, s := range speakers {
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			key := foldName(name)
			if _, taken := qi.alias[key]; !taken || key == foldName(s.Name) {
				qi.alias[key] = i
			}
			if !slices.Contains(holders[key], i) {
				holders[key] = append(holders[key], i)
			}
		}
	}
	// A form two people share (a surname: "Bush" for Jeb Bush and George
	// H.W. Bush) names neither: asking for it gets "did you mean".
	qi.ambiguous = map[string][]string{}
	for key, hs := range holders {
		if len(hs) < 2 {
			continue
		}
		full := false
		for _, i := range hs {
			full = full || foldName(speakers[i].Name) == key
		}
		if full {
			continue
		}
		for _, i := range hs {
			qi.ambiguous[key] = append(qi.ambiguous[key], speakers[i].Name)
		}
		sort.Strings(qi.ambiguous[key])
		delete(qi.alias, key)
	}
	return qi
}

// foldForMatch folds text for fragment matching: typographic variants,
// case, bracketed insertions ("[John Kerry]"), ellipses and punctuation go;
// words stay, separated by single spaces.
func foldForMatch(s string) string {
	s = term.Fold(s)
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
			b.WriteByte(' ')
		case r == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'':
			// keep apostrophes inside words: "don't"
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), " ' ", " ")), " ")
}

// foldName folds a speaker's name for lookup: case, accents of quotes,
// punctuation and a leading "the" go.
func foldName(s string) string {
	f := foldForMatch(s)
	return strings.TrimPrefix(f, "the ")
}

// KnownAlias reports whether a name is a form of a known speaker's name.
func (qi *Quotations) KnownAlias(name string) bool {
	_, ok := qi.alias[foldName(name)]
	return ok
}
