// Package answer makes the extractive answer: the best-supported sentences
// of the retrieved passages, with citations to the lines they stand on, or
// an abstention that says what the articles lack. It also defines the
// Answer every front end shows.
package answer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/document"
)

// MarkerPattern matches one citation marker of an answer's text, with
// the spaces before it: " [1]", " [2, 3]".
const MarkerPattern = `\s*\[\d+(?:\s*,\s*\d+)*\]`

// MarkerRe is MarkerPattern compiled.
var MarkerRe = regexp.MustCompile(MarkerPattern)

// dontSay opens every answer that finds nothing in the articles.
const dontSay = "The articles don't say"

// NoPassage is the answer when no passage answers the question, offline
// or as an LLM judged the passages.
const NoPassage = dontSay + ": no passage in them answers that."

// Greeting opens the reply to a message that only greets.
const Greeting = "Hi!"

// noQuestion opens the reply to a text that holds no question.
const noQuestion = "I couldn't find a question in that."

// FoundNoQuestion reports whether an answer's text is the reply to a
// text that held no question ("???"): its words, which describe the
// articles, are no topic a conversation carries on from.
func FoundNoQuestion(text string) bool { return strings.HasPrefix(strings.TrimSpace(text), noQuestion) }

// FoundNothing reports whether an answer's text says the articles hold
// nothing on its question ("The articles don't say: they never mention
// “putin”."): a conversation has no topic in them to carry on from it.
func FoundNothing(text string) bool { return strings.HasPrefix(strings.TrimSpace(text), dontSay) }

// Answer is Parley's reply to a question.
type Answer struct {
	// Question is the question as asked.
	Question string `json:"question"`
	// Text is the answer, with [n] markers that refer to Citations.
	Text string `json:"answer"`
	// Abstained is true when the articles do not answer the question.
	Abstained bool `json:"abstained"`
	// Mode is "extractive" or "llm".
	Mode string `json:"mode"`
	// Citations are the passages the answer rests on, numbered from 1.
	Citations []Citation `json:"citations"`
	// Checked says what the claim check did.
	Checked Checked `json:"checked"`
	// Note tells the reader something about how the answer was made, such
	// as the LLM being unavailable; "" when there is nothing to say.
	Note string `json:"-"`
	// Standalone is the question as understood after resolving earlier
	// turns of a conversation; "" outside a conversation.
	Standalone string `json:"-"`
}

// Checked says what the claim check did to an answer.
type Checked struct {
	// Claims counts the answer's claims; an extractive answer's claims
	// are its sentences, each the article's own.
	Claims int `json:"claims"`
	// Removed counts the claims left out because the sentences they cite
	// do not support them.
	Removed int `json:"removed"`
	// Fallback says why an LLM answer was replaced by the extractive one,
	// or "" when it was not.
	Fallback string `json:"fallback"`
}

// Citation points at the lines of an article that support an answer.
type Citation struct {
	// N is the citation's number, as the answer's [n] markers give it.
	N int `json:"n"`
	// Source is the article's file name; LineStart and LineEnd the 1-based
	// lines that Text stands on.
	Source    string `json:"source"`
	LineStart int    `json:"line_start"`
	LineEnd   int    `json:"line_end"`
	Text      string `json:"text"`
}

// Answer modes.
const (
	// ModeExtractive is an answer made of the articles' own sentences.
	ModeExtractive = "extractive"
	// ModeLLM is an answer written by a language model.
	ModeLLM = "llm"
)

// joinQuoted lists words as “a”, “b” and “c”, with only letters, digits and
// simple punctuation kept, so no user text becomes markup.
func joinQuoted(words []string) string {
	q := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == ' ' || r == '.' {
				return r
			}
			return -1
		}, w)
		if w != "" {
			q = append(q, "“"+w+"”")
		}
	}
	switch len(q) {
	case 0:
		return "that"
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// citation cites a sentence as the n-th source.
func citation(n int, s document.Sentence) Citation {
	return Citation{N: n, Source: s.Source, LineStart: s.LineStart, LineEnd: s.LineEnd, Text: s.Text}
}

// lineCitation cites line (1-based) of article d, as written, as the
// n-th source: a line that is no sentence of it (a dateline, a
// copyright notice).
func lineCitation(n int, d document.Document, line int) Citation {
	return Citation{N: n, Source: d.Source, LineStart: line, LineEnd: line, Text: strings.TrimSpace(d.Lines[line-1])}
}
