package rag

import (
	"strings"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/question"
)

// articleBefore answers a question about an article itself that names
// no article ("who published it?", "what's the headline?") after an
// answer from the articles: of the article the answer's first sentence
// comes from, or whose title in quotation marks it gives ("“…” is
// credited to RFE/RL"). With no such answer before it, it asks which
// article is meant. ok is false when q asks something else, or names an
// article of its own.
func (cur *state) articleBefore(history []Turn, q string) (Answer, bool) {
	if question.AskedFact(question.Normalize(q)) == question.NoArticleFact {
		return Answer{}, false // most follow-ups: no need to parse them here
	}
	parsed := question.Parse(q)
	if parsed.Fact == question.NoArticleFact || !parsed.Empty() {
		return Answer{}, false
	}
	ans := Answer{Question: q, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true, Text: answer.WhichArticleText}
	if len(history) == 0 {
		return ans, true
	}
	prev := history[len(history)-1].Answer
	loc := answer.MarkerRe.FindStringIndex(prev)
	if loc == nil {
		return ans, true
	}
	if sent, ok := findSentence(cur.ix.Documents(), strings.TrimSpace(prev[:loc[0]])); ok {
		if d, ok := cur.ix.Document(sent.Source); ok {
			return answer.OfArticle(d, parsed.Fact, cur.origin, ans), true
		}
	}
	for _, d := range cur.ix.Documents() {
		// An answer about an article itself ("“Sponsors, Syrian Sides
		// …” is credited to RFE/RL") gives its title in quotation marks.
		if d.Title != "" && strings.Contains(prev[:loc[0]], "“"+d.Title+"”") {
			return answer.OfArticle(d, parsed.Fact, cur.origin, ans), true
		}
	}
	return ans, true
}
