package match

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

// This file lets a word in British spelling meet the word the articles
// write in American spelling, and the other way round: "organised" is
// "organized", "defence" is "defense", "centre" is "center".

// regionalPattern is one way British and American spelling differ: the
// part of a word that pat finds is written the other way by each
// replacement, $1 keeping what comes before it.
type regionalPattern struct {
	pat *regexp.Regexp
	to  []string
}

// regionalPatterns are the regular differences of British and American
// spelling: -ise/-ize and -yse/-yze, -our/-or, -re/-er, -ence/-ense and
// the doubled l of "travelled". A pattern only proposes a
// spelling; the lexicon must relate the two words for it to stand.
var regionalPatterns = []regionalPattern{
	{regexp.MustCompile(`([a-z]{2,}[iy])[sz](e|ed|es|ing|ation|ations|er|ers)$`), []string{"${1}s$2", "${1}z$2"}},
	{regexp.MustCompile(`([a-z]{3,})ou?r(s|ed|ing|ite|ites|able|ably|er|ers)?$`), []string{"${1}our$2", "${1}or$2"}},
	{regexp.MustCompile(`([a-z]{2,}[^aeiou])(re|er)(s|d)?$`), []string{"${1}re$3", "${1}er$3"}},
	{regexp.MustCompile(`([a-z]{2,})en[cs]e(s)?$`), []string{"${1}ence$2", "${1}ense$2"}},
	{regexp.MustCompile(`([a-z]*[aeiou][^aeiou]+[aeo])l?l(ed|ing|er|ers)$`), []string{"${1}ll$2", "${1}l$2"}},
}

// regionalSpellings returns the other spellings of a word, in lower case,
// that the regular British and American differences give.
func regionalSpellings(w string) []string {
	w = strings.ToLower(w)
	var out []string
	for _, p := range regionalPatterns {
		if !p.pat.MatchString(w) {
			continue
		}
		for _, to := range p.to {
			if v := p.pat.ReplaceAllString(w, to); v != w && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// regionalSpelling returns the index term of the word the articles write
// for surface, whose term t they never write, in the other country's
// spelling, or "": the two must be related in the lexicon (WordNet lists
// "organise" with "organize"), so a pattern never turns a word into
// another one ("genre" into "gener", the stem of "general").
func (m *Matcher) regionalSpelling(surface, t string) string {
	related := m.lx.Related(t)
	for _, v := range regionalSpellings(surface) {
		if vt := term.Word(v); vt != "" && vt != t && m.ix.SentenceDF(vt) > 0 && slices.Contains(related, vt) {
			return vt
		}
	}
	return ""
}

// minSlipLen is the shortest term read as a slip of a word WordNet
// knows: shorter ones are one letter from too many words, and names
// ("Mosul", "mogul").
const minSlipLen = 6

// lexiconSlip returns the term of the word WordNet knows that t, a term
// neither WordNet nor the word vectors know, is one slip of a key from
// (a letter left out, added, changed, or two swapped): "happend" is
// "happen"; "" for none. The vectors know the names the news writes, so
// a name is no slip ("mattis" is not "mantis").
func (m *Matcher) lexiconSlip(t string) string {
	if len(t) < minSlipLen || m.lx == nil || m.lx.Knows(t) {
		return ""
	}
	if m.vec != nil {
		if _, ok := m.vec.Vector(t); ok {
			return ""
		}
	}
	// Of the words a slip away, the likeliest: one that keeps the first
	// letter (slips rarely change it), then the most frequent in the
	// vectors' newswire ("happen", not "append").
	best, bestRank := "", [2]float32{2, 2}
	for _, e := range oneSlip(t) {
		if !m.lx.Knows(e) {
			continue
		}
		rank := [2]float32{1, 1}
		if e[0] == t[0] {
			rank[0] = 0
		}
		if w := m.vec.Weight(e); w > 0 {
			rank[1] = w // its SIF weight: less for a more frequent word
		}
		if rank[0] < bestRank[0] || rank[0] == bestRank[0] && rank[1] < bestRank[1] {
			best, bestRank = e, rank
		}
	}
	return best
}

// oneSlip returns the strings one slip of a key from the lower-case
// ASCII word w: deletions, swaps of neighbours, changes and insertions,
// in that order; nil for another word.
func oneSlip(w string) []string {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return nil
		}
	}
	var out []string
	for i := range len(w) {
		out = append(out, w[:i]+w[i+1:])
	}
	for i := 0; i+1 < len(w); i++ {
		out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
	}
	for i := range len(w) {
		for c := byte('a'); c <= 'z'; c++ {
			if c != w[i] {
				out = append(out, w[:i]+string(c)+w[i+1:])
			}
		}
	}
	for i := range len(w) + 1 {
		for c := byte('a'); c <= 'z'; c++ {
			out = append(out, w[:i]+string(c)+w[i:])
		}
	}
	return out
}
