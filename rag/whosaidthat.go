package rag

import (
	"regexp"
	"strings"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
)

// whoSaidThatRe matches a follow-up that asks who said what the answer
// before it says: "who said that?", "who says so", "who is saying this".
var whoSaidThatRe = regexp.MustCompile(`(?i)^\s*who\s+(?:said|says|claimed|claims|wrote|is\s+saying|was\s+saying)\s+(?:that|this|it|so)\s*[?.!]*\s*$`)

// WhoSaidWhatText answers "who said that?" when no answer with a citation
// came before it.
const WhoSaidWhatText = "Who said what? Ask “who said that?” as a follow-up to one of my answers, or give me the words themselves to look up who said them."

// whoSaidThat answers "who said that?" after an answer from the articles:
// the speaker of the quotation or reported speech in the answer's first
// sentence, or that the article says it in its own words; with no cited
// answer before it, it asks which words. ok is false when q asks
// something else, or the cited sentence is not found (an LLM's own
// words), and the question is then answered as any other.
func (cur *state) whoSaidThat(history []Turn, q string) (Answer, bool) {
	if !whoSaidThatRe.MatchString(question.Normalize(q)) {
		return Answer{}, false
	}
	var prev string
	if len(history) > 0 {
		prev = history[len(history)-1].Answer
	}
	loc := answer.MarkerRe.FindStringIndex(prev)
	if loc == nil {
		// Nothing cited before it (no conversation, or an abstention):
		// there is no "that" to look up.
		return Answer{Question: q, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true, Text: WhoSaidWhatText}, true
	}
	said := strings.TrimSpace(prev[:loc[0]])
	sent, ok := findSentence(cur.ix.Documents(), said)
	if !ok {
		return Answer{}, false
	}
	ans := Answer{Question: q, Mode: ModeExtractive,
		Citations: []Citation{{N: 1, Source: sent.Source, LineStart: sent.LineStart, LineEnd: sent.LineEnd, Text: sent.Text}}}
	ans.Checked.Claims = 1
	quoted := quotationsIn(cur.ix.Quotes(), sent)
	switch {
	case len(quoted) == 0:
		ans.Text = "No one is quoted there: the article says it in its own words. [1]"
	case quoted[0].Speaker == "":
		ans.Text = "The article quotes it without saying who said it. [1]"
	default:
		q := quoted[0]
		who := q.Speaker
		if q.Role != "" {
			who += " (" + q.Role + ")"
		}
		ans.Text = who + " said it, as the article reports. [1]"
	}
	return ans, true
}

// findSentence finds the sentence of the articles whose text is text.
func findSentence(docs []document.Document, text string) (document.Sentence, bool) {
	want := strings.Join(strings.Fields(text), " ")
	for _, d := range docs {
		for _, s := range d.Sentences {
			if !s.Headline && strings.Join(strings.Fields(s.Text), " ") == want {
				return s, true
			}
		}
	}
	return document.Sentence{}, false
}

// quotationsIn returns the quotations and reported speech that stand in a
// sentence, those with a speaker first.
func quotationsIn(all []quote.Quote, s document.Sentence) []quote.Quote {
	var named, unnamed []quote.Quote
	for _, q := range all {
		if q.Source != s.Source || q.Line < s.LineStart || q.Line > s.LineEnd || !strings.Contains(s.Text, q.Text) {
			continue
		}
		if q.Speaker != "" {
			named = append(named, q)
		} else {
			unnamed = append(unnamed, q)
		}
	}
	return append(named, unnamed...)
}
