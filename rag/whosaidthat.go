package rag

import (
	"context"
	"regexp"
	"strings"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// whoSaidThatRe matches a follow-up that asks who said what the answer
// before it says: "who said that?", "who says so", "who is saying this",
// "who told AFP that?".
var whoSaidThatRe = regexp.MustCompile(`(?i)^\s*who\s+(?:said|says|claimed|claims|wrote|is\s+saying|was\s+saying|told\s+(?:the\s+)?\S+)\s+(?:that|this|it|so)\s*[?.!]*\s*$`)

// sourceAskRe matches a follow-up that asks, as a whole, where the
// answer before comes from, as "who said that?" does: "according to
// who?", "says who?", "source?", "what's the source?", "where's that
// from?", "link?".
var sourceAskRe = regexp.MustCompile(`(?i)^\W*(?:according\s+to\s+(?:who|whom|what|which\s+\p{L}+)|says\s+who|(?:(?:what|which)(?:'s|’s|\s+is|\s+are|\s+was)\s+)?(?:the|your|its|any)?\s*(?:sources?|links?|urls?)|where(?:'s|’s|\s+is|\s+was)\s+(?:that|this)\s+from|where\s+(?:does|did)\s+(?:that|this)\s+come\s+from|where\s+did\s+you\s+(?:get|read|find)\s+(?:that|this))\W*$`)

// WhoSaidWhatText answers "who said that?" when no answer with a citation
// came before it.
const WhoSaidWhatText = "Who said what? Ask “who said that?” as a follow-up to one of my answers, or give me the words themselves to look up who said them."

// SourceOfWhatText answers "source?" when no answer with a citation came
// before it.
const SourceOfWhatText = "Source of what? Ask it after one of my answers; every answer cites its article and lines."

// SourcesBelowText answers "source?" after an answer in words of its
// own, whose cited sentence cannot be read back.
const SourcesBelowText = "Its sources are the ones listed under that answer: each [n] is an article and the lines it cites."

// whoSaidThat answers "who said that?" (or "according to who?", see
// sourceAskRe) after an answer from the articles: the speaker of the
// quotation or reported speech in the answer's first sentence, or that
// the article says it in its own words; with no cited answer before it,
// it asks which words (or, for "source?", after which answer). ok is
// false when q asks something else, or, for "who said that?", when the
// cited sentence is not found (an LLM's own words): the question is
// then answered as any other. "source?" after such an answer points to
// the sources listed under it.
func (cur *state) whoSaidThat(history []Turn, q string) (Answer, bool) {
	nq := question.Normalize(q)
	sourceAsked := sourceAskRe.MatchString(nq)
	if !whoSaidThatRe.MatchString(nq) && !sourceAsked {
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
		if sourceAsked {
			return Answer{Question: q, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true, Text: SourceOfWhatText}, true
		}
		return askForWords(q), true
	}
	said := strings.TrimSpace(prev[:loc[0]])
	sent, ok := findSentence(cur.ix.Documents(), said)
	if !ok {
		if sourceAsked {
			// An answer in other words than an article's (an LLM's, or
			// "X said it, as the article reports"): its sources are the
			// citations under it, not a question of their own.
			return Answer{Question: q, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true, Text: SourcesBelowText}, true
		}
		return Answer{}, false
	}
	ans := citing(q, sent)
	quoted := quotationsIn(cur.ix.Quotes(), sent)
	switch {
	case len(quoted) == 0:
		ans.Text = "No one is quoted there: the article says it in its own words. [1]"
	case quoted[0].Speaker == "":
		ans.Text = "The article quotes it without saying who said it. [1]"
	default:
		ans.Text = withRole(quoted[0].Speaker, quoted[0].Role) + " said it, as the article reports. [1]"
	}
	return ans, true
}

// askForWords is the answer to a "who said …" that gives no words to look
// up: it asks for them.
func askForWords(q string) Answer {
	return Answer{Question: q, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true, Text: WhoSaidWhatText}
}

// citing is an answer to q, its text still to write, that cites one
// sentence as [1]: the one claim it makes.
func citing(q string, s document.Sentence) Answer {
	ans := Answer{Question: q, Mode: ModeExtractive,
		Citations: []Citation{{N: 1, Source: s.Source, LineStart: s.LineStart, LineEnd: s.LineEnd, Text: s.Text}}}
	ans.Checked.Claims = 1
	return ans
}

// withRole is a speaker's name with their role beside it, if any:
// "John Kirby (State Department spokesman)".
func withRole(speaker, role string) string {
	if speaker != "" && role != "" {
		return speaker + " (" + role + ")"
	}
	return speaker
}

// whoSaidWordsRe matches a question that asks who said some words:
// "who said talks can't happen under bombing?", "who said that the
// truce would hold", "who called it "a brazen breach"?".
var whoSaidWordsRe = regexp.MustCompile(`(?i)^\s*who\s+(?:said|says|claimed|claims|wrote|writes|called\s+\S+|calls\s+\S+|warned|insisted|argued|told\s+\S+)\s+(?:that\s+)?(.+?)[\s?.!]*$`)

// calledForRe matches "who called for a boycott?" and "who called on
// Russia to …": who asked for something, not who called it some words;
// and "who claimed responsibility for the attacks?": who took it on.
var calledForRe = regexp.MustCompile(`(?i)^\s*who\s+(?:(?:called|calls|told)\s+(?:for|on|upon|of|about|against|in|with|to)|(?:claimed|claims|claiming)\s+(?:the\s+)?(?:responsibility|credit|victory|ownership))\s`)

// minWhoSaidWords is the fewest words a "who said …" question must give
// to be looked up among the quotations: fewer say too little.
const minWhoSaidWords = 3

// minWhoSaidCoverage is the least share of the words asked that the
// quotation's sentence must hold, as an answer's sentence would.
const minWhoSaidCoverage = 0.8

// minQuotedShare is the least share of the words asked that the
// quotation itself must hold: a sentence may hold them all beside a
// quotation of other words ("… called for a boycott …, and the league
// said it would “redirect” …").
const minQuotedShare = 0.34

// saidWords is the quotation a "who said <words>?" question asks about,
// as /who-said finds it, and its sentence.
type saidWords struct {
	found attrib.Attribution
	sent  document.Sentence
	// held reports that the sentence holds what was asked, as an
	// answer's sentence would: only then does it answer the question.
	held bool
}

// saidWordsAsked returns the words a "who said <words>?" question asks
// about; ok is false when it asks something else or gives too few.
func saidWordsAsked(q string) (string, bool) {
	m := whoSaidWordsRe.FindStringSubmatch(question.Normalize(q))
	if m == nil || question.AskedFact(q) != question.NoArticleFact || calledForRe.MatchString(q) {
		return "", false
	}
	words := strings.Trim(m[1], ` "'“”‘’`)
	if first, _, _ := strings.Cut(strings.ToLower(words), " "); topicPrepositions[first] && words == m[1] {
		// "who argued for the use of force?", "who warned of a new
		// war?": who stood for something, not who said these words.
		return "", false
	}
	return words, len(strings.Fields(words)) >= minWhoSaidWords
}

// topicPrepositions open what one argues for or warns of, no words said.
var topicPrepositions = map[string]bool{"for": true, "of": true, "against": true, "about": true, "on": true, "in": true, "with": true, "to": true}

// lookUpSaid finds the quotation that words, asked about in a "who said
// <words>?" question and prepared as asked, are; ok is false when no
// quotation matches with the confidence /who-said stands behind.
func (e *Engine) lookUpSaid(ctx context.Context, cur *state, words string, asked match.Query) (saidWords, bool) {
	_, best, err := e.quotationMatches(ctx, cur, words)
	if err != nil || len(best) == 0 {
		return saidWords{}, false
	}
	a := best[0]
	doc, at, ok := sentenceWith(cur.ix.Documents(), a.Source, a.Line, a.Quote)
	if !ok {
		return saidWords{}, false
	}
	// /who-said takes a loose paraphrase; as an answer, the words must be
	// quoted, not reported in the article's own words ("the ceasefire is
	// holding" meets a sentence reporting that it "had collapsed", as
	// "rebel-held areas" hold "holding"), and the sentence must hold what
	// was asked, as an answer's would.
	held := a.Kind != string(quote.Indirect) && cur.holdsWords(doc, at, asked) && asked.Coverage(term.Of(a.Quote)) >= minQuotedShare
	return saidWords{found: a, sent: cur.ix.Documents()[doc].Sentences[at], held: held}, true
}

// holdsWords reports whether sentence at of article doc holds the words
// asked about, as an answer's sentence would: at least
// minWhoSaidCoverage of their weight.
func (cur *state) holdsWords(doc, at int, asked match.Query) bool {
	return asked.Coverage(cur.ix.SentenceTerms(doc, at)) >= minWhoSaidCoverage
}

// answer answers the question q with the quotation: who said it, the
// words, and their sentence cited.
func (sw saidWords) answer(q string) Answer {
	ans := citing(q, sw.sent)
	if who := withRole(sw.found.Speaker, sw.found.Role); who != "" {
		ans.Text = who + " said it: “" + sw.found.Quote + "” [1]"
	} else {
		ans.Text = "The article quotes it without saying who said it: “" + sw.found.Quote + "” [1]"
	}
	return ans
}

// nearest abstains, showing the quotation closest to the words asked:
// for a question no sentence answers, it is the lead worth giving.
func (sw saidWords) nearest(q string) Answer {
	ans := citing(q, sw.sent)
	ans.Abstained = true
	ans.Text = "I couldn't find those words in the articles. The closest quotation: “" + sw.found.Quote + "”"
	if who := withRole(sw.found.Speaker, sw.found.Role); who != "" {
		ans.Text += " — " + who
	} else {
		ans.Text += " (unattributed in the article)"
	}
	ans.Text += " [1]"
	return ans
}

// askWhoSaid answers "who said <words>?" with the quotation when its
// sentence holds the words, and otherwise asks ask. Its answer stands
// when its lead sentence holds the words as well: a sentence that only
// shares some of them names no one who said them ("who said assad must
// go?" is not answered by a sentence on Assad's backers). Otherwise it
// abstains, showing the closest quotation as the lead when there is
// one, else the passages ask found as the closest. Other questions go
// to ask.
func (e *Engine) askWhoSaid(ctx context.Context, cur *state, q string, ask func() (Answer, error)) (Answer, error) {
	words, asks := saidWordsAsked(q)
	if asks && len(term.Of(words)) == 0 {
		return askForWords(q), nil // "who said ??? !!! …": no words to look up
	}
	var sw saidWords
	var asked match.Query
	found := false
	if asks {
		words = cur.matcher().ExpandAcronyms(words)
		asked = cur.matcher().Prepare(question.Parse(words))
		sw, found = e.lookUpSaid(ctx, cur, words, asked)
		if found && sw.held {
			return sw.answer(q), nil
		}
	}
	ans, err := ask()
	if err != nil || !asks || !ans.Abstained && (ans.Mode != ModeExtractive || onTopic(words) || cur.leadHolds(ans, asked)) {
		return ans, err
	}
	if found {
		near := sw.nearest(q)
		near.Standalone = ans.Standalone
		return near, nil
	}
	if !ans.Abstained {
		ans.Abstained, ans.Checked.Claims = true, 0
		ans.Text = answer.ClosestIntro + " " + ans.Text
	}
	return ans, nil
}

// onTopicRe finds "about" in the words of "who told Al Jazeera about the
// ceasefire?": the question asks who spoke on a topic, not who said
// the words.
var onTopicRe = regexp.MustCompile(`(?i)(?:^|\s)about\s`)

// onTopic reports whether words asked about name a topic (see onTopicRe).
func onTopic(words string) bool { return onTopicRe.MatchString(words) }

// leadHolds reports whether an extractive answer's first cited sentence
// holds the words asked about.
func (cur *state) leadHolds(ans Answer, asked match.Query) bool {
	if len(ans.Citations) == 0 {
		return false
	}
	c := ans.Citations[0]
	doc, at, ok := sentenceWith(cur.ix.Documents(), c.Source, c.LineStart, c.Text)
	return ok && cur.holdsWords(doc, at, asked)
}

// sentenceWith finds the sentence of an article that holds a quotation
// starting on line.
func sentenceWith(docs []document.Document, source string, line int, text string) (doc, sent int, ok bool) {
	for i, d := range docs {
		if d.Source != source {
			continue
		}
		for j, s := range d.Sentences {
			if line >= s.LineStart && line <= s.LineEnd && strings.Contains(s.Text, text) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
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
