package answer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/quote"
)

// This file reads the titles in quotation marks a question names: a
// book's, a film's, a show's ("when is Trump and Me coming out?"). Their
// words are common ones, so only the title as a whole tells the book
// from the others the article speaks of.

// quotedRe finds words in quotation marks, in the forms news writes
// them: two apostrophes around Trump and Me, “Trump and Me”, "Trump
// and Me".
var quotedRe = regexp.MustCompile(`''(.{2,80}?)''|“([^”]{2,80})”|"([^"]{2,80})"`)

// folded returns text's words in lower case, joined by single spaces
// and padded with one at each end, for finding a phrase as whole words.
func folded(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return " " + strings.Join(words, " ") + " "
}

// titlesMemo remembers, by document, the titles of it a question names.
type titlesMemo struct {
	question string // the question's words, folded
	byDoc    map[int][]string
}

func newTitlesMemo(text string) *titlesMemo {
	return &titlesMemo{question: folded(text), byDoc: map[int][]string{}}
}

// of returns the titles in quotation marks that document doc writes and
// the question names, each folded; none for most questions.
func (m *titlesMemo) of(ix *index.Index, doc int) []string {
	if ts, ok := m.byDoc[doc]; ok {
		return ts
	}
	var out []string
	for _, s := range ix.Documents()[doc].Sentences {
		if !strings.ContainsAny(s.Text, `"“'`) {
			continue
		}
		for _, g := range quotedRe.FindAllStringSubmatch(s.Text, -1) {
			inner := g[1] + g[2] + g[3]
			if !quote.IsTitle(inner) {
				continue
			}
			t := folded(inner)
			if strings.Count(t, " ") >= 3 && strings.Contains(m.question, t) {
				out = append(out, t)
			}
		}
	}
	m.byDoc[doc] = out
	return out
}

// titleUnmet reports a sentence that speaks of no title of its article
// the question names: it names none, and the sentence before it
// (prevText), whose "the book" may be the title's, names none either, or
// it names another title of its own. "How many copies has Trump and Me
// sold?" is not answered by another book's sales.
func titleUnmet(titles []string, text, prevText string) bool {
	if len(titles) == 0 {
		return false
	}
	own := folded(text)
	for _, t := range titles {
		if strings.Contains(own, t) {
			return false
		}
	}
	if namesTitle(text) {
		return true // "… manifesto, ''Crippled America,'' has sold …"
	}
	prev := folded(prevText)
	for _, t := range titles {
		if strings.Contains(prev, t) {
			return false
		}
	}
	return true
}

// namesTitle reports a text that gives a title in quotation marks.
func namesTitle(text string) bool {
	if !strings.ContainsAny(text, `"“'`) {
		return false
	}
	for _, g := range quotedRe.FindAllStringSubmatch(text, -1) {
		if quote.IsTitle(g[1] + g[2] + g[3]) {
			return true
		}
	}
	return false
}
