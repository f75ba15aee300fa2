package answer

// What a sentence refers back to: the person or thing a pronoun, "this"
// or "the" and a noun points to, named in the sentences before it.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
)

// pronounReach is how many sentences back "he" may point to a person.
const pronounReach = 3

// referredTo returns the terms of the sentences before the one just
// before sentence s of document doc, up to pronounReach back, when text
// refers back: by a pronoun ("Richard then proceeded to conquer the
// whole island, his troops being led by Guy de Lusignan" speaks of
// Cyprus, named two sentences before), by "this", "these" or "those"
// ("This document, …"), or by "the" and a word of one of
// the question's names ("The fort was destroyed in 1560" speaks of Fort
// Coligny). Nil otherwise.
func referredTo(ix *index.Index, qr match.Query, doc, s int, text string) [][]string {
	if !pronouns.In(text) && !demonstrativeRe.MatchString(text) && !namesByItsNoun(qr, text) {
		return nil
	}
	var out [][]string
	for k := s - 2; k >= max(0, s-pronounReach); k-- {
		out = append(out, ix.SentenceTerms(doc, k))
	}
	return out
}

// ledeReach is how many sentences after an article's lede the names it
// gives are still the article's topic. A news report runs some twenty
// to forty sentences on the event its opening names; a long article
// (an encyclopaedia's, of hundreds) has moved on to others by then.
const ledeReach = 20

// ledeBefore returns the terms of the lede of document doc, its first
// sentence that is no headline, when sentence s follows it within
// ledeReach, not next to it (the sentence before is read anyway); nil
// otherwise. The lede names what the report is about: "peace talks in
// Kazakhstan's capital, Astana" is where the talks that a sentence
// further on says "are aimed at securing the cease-fire" take place.
func ledeBefore(ix *index.Index, doc, s int) [][]string {
	k := ledeOf(ix, doc)
	if k < 0 || k >= s-1 || s-k > ledeReach {
		return nil
	}
	return [][]string{ix.SentenceTerms(doc, k)}
}

// ledeOf returns the place of document doc's lede, its first sentence
// that is no headline; -1 when it has none.
func ledeOf(ix *index.Index, doc int) int {
	return slices.IndexFunc(ix.Documents()[doc].Sentences, func(x document.Sentence) bool { return !x.Headline })
}

// namedNoun is a common noun a question writes after a name ("the Obama
// administration", "the French and Indian war"): the terms of the run of
// names before it, the last name and the noun in lower case.
type namedNoun struct {
	terms      []string
	last, noun string
}

// nounRefs finds where an article names a question's named nouns, so
// that a sentence that writes "the administration" after the Obama
// administration was last named speaks of it, however far back.
type nounRefs struct {
	nouns []namedNoun
	// named maps a document and a named noun's index to the sentences
	// that write a name with the noun, in order, each with whether the
	// name is the question's.
	named map[[2]int][]nounMention
}

// nounMention is a sentence that writes a name with a named noun.
type nounMention struct {
	sent           int
	ours, headline bool
}

// nounReach is how many sentences back "the dynasty" may point to the
// one a name was last written with; past it, the article's own.
const nounReach = 10

// newNounRefs reads the question's named nouns.
func newNounRefs(qr match.Query) *nounRefs {
	r := &nounRefs{named: map[[2]int][]nounMention{}}
	lower := strings.ToLower(qr.Question.Text)
	for i := 1; i < len(qr.Words); i++ {
		w, n := qr.Words[i-1], qr.Words[i]
		if !w.NameLike || n.NameLike || len(n.Surface) < 3 {
			continue
		}
		last, noun := strings.ToLower(w.Surface), strings.ToLower(n.Surface)
		if textutil.IndexWord(lower, last+" "+noun, isWordByte) < 0 {
			continue
		}
		var terms []string
		for j := i - 1; j >= 0 && qr.Words[j].NameLike; j-- {
			terms = append(terms, qr.Words[j].Term)
		}
		r.nouns = append(r.nouns, namedNoun{terms: terms, last: last, noun: noun})
	}
	return r
}

// referred returns the terms of the names sentence s of document doc
// refers to by "the" and a named noun: those the article last wrote the
// noun with, up to nounReach sentences before it, or else in its
// headline. "The dynasty" just after "the Jin dynasty" is the Jin
// dynasty; pages after it, in an article on the Yuan dynasty, the Yuan.
func (r *nounRefs) referred(ix *index.Index, doc, s int, text string) []string {
	var out []string
	for k, n := range r.nouns {
		if !writesThe(text, n.noun) {
			continue
		}
		key := [2]int{doc, k}
		ms, ok := r.named[key]
		if !ok {
			ms = mentions(ix.Documents()[doc].Sentences, n)
			r.named[key] = ms
		}
		last := -1
		for i, m := range ms {
			if m.sent >= s {
				break
			}
			last = i
		}
		if last >= 0 && s-ms[last].sent > nounReach {
			// Named long before, the noun is the article's own: the
			// one its headline names with it, if any.
			last = slices.IndexFunc(ms, func(m nounMention) bool { return m.headline })
		}
		if last < 0 || !ms[last].ours {
			continue
		}
		named := ix.SentenceTerms(doc, ms[last].sent)
		for _, t := range n.terms {
			if slices.Contains(named, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// mentions returns the sentences that write a capitalised word and then
// n's noun ("Jin dynasty", "Indian War"), each with whether the last
// such word it writes is n's name (of "the Song dynasty and the Ming
// dynasty", Ming is what "the dynasty" next speaks of).
func mentions(sents []document.Sentence, n namedNoun) []nounMention {
	var out []nounMention
	for j, sent := range sents {
		fields := strings.Fields(sent.Text)
		found, ours := false, false
		for i := 1; i < len(fields); i++ {
			if !strings.EqualFold(strings.TrimRightFunc(fields[i], unicode.IsPunct), n.noun) {
				continue
			}
			prev := strings.TrimRightFunc(fields[i-1], unicode.IsPunct)
			if r, _ := firstRuneOf(prev); !unicode.IsUpper(r) || prev != fields[i-1] {
				continue // "… and the war": no name; "Britain, war": another phrase
			}
			found = true
			ours = strings.EqualFold(prev, n.last) // the last one written
		}
		if found {
			out = append(out, nounMention{sent: j, ours: ours, headline: sent.Headline})
		}
	}
	return out
}

// writesThe reports whether text writes "the" and then noun.
func writesThe(text, noun string) bool {
	return textutil.IndexWord(text, "the "+noun, isWordByte) >= 0 || textutil.IndexWord(text, "The "+noun, isWordByte) >= 0
}

// demonstrativeRe finds "this", "these" or "those" before a word, which
// point back to what was named before: "This document, the Guanabara
// Confession of Faith, …" is the confession of the Huguenots in Brazil.
var demonstrativeRe = regexp.MustCompile(`\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+[a-z]`)

// pronouns point back to what was named before.
var pronouns = newWordSet("he", "she", "it", "they", "his", "her", "its", "their", "him", "them")

// namesByItsNoun reports whether text writes "the" and, in lower case, a
// word of one of the question's names of several words: "the fort" for
// Fort Coligny, "the lake" for Lake Ontario.
func namesByItsNoun(qr match.Query, text string) bool {
	for _, w := range qr.Words {
		if !inNameOfSeveralWords(qr.Question.Text, w.Surface) {
			continue
		}
		noun := strings.ToLower(w.Surface)
		if noun == w.Surface {
			continue // typed in lower case: no telling the name's words
		}
		if writesThe(text, noun) {
			return true
		}
	}
	return false
}

// inNameOfSeveralWords reports whether word stands in question next to
// another capitalised word: "Fort" in "when was Fort Coligny destroyed?".
func inNameOfSeveralWords(question, word string) bool {
	fields := strings.Fields(question)
	for i, f := range fields {
		if strings.TrimRight(f, "?.,!;:") != word {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j > 0 && j < len(fields) { // a question's first word is capitalised anyway
				if r, ok := firstRuneOf(fields[j]); ok && unicode.IsUpper(r) {
					return true
				}
			}
		}
	}
	return false
}
