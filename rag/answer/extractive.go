package answer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/retrieve"
	"github.com/parleybot/parley/rag/term"
)

// Answering thresholds.
const (
	// minCoverage is the share of the question's weight that an answer
	// sentence, with its neighbours and its article's headline, must meet.
	minCoverage = 0.5
	// minSentenceCoverage is the share the answer sentence must meet by
	// itself; a sentence of the kind asked for (a date for "when") may
	// meet less, since its neighbours carry the topic.
	minSentenceCoverage      = 0.3
	minTypedSentenceCoverage = 0.2
	// minDirectCoverage is the share of the question an answer's context
	// must meet with the question's own words (or their corrections), not
	// only with related ones.
	minDirectCoverage = 0.3
	// keepRatio keeps a second sentence scoring at least this share of the
	// best.
	keepRatio = 0.85
	// MaxAnswerSentences bounds the extractive answer.
	MaxAnswerSentences = 2
	// minSureCoverage is the share of the question a direct answer meets
	// by itself, or with the question's own words in its context.
	minSureCoverage = 0.5
	// maxClosest bounds the passages shown when no answer is sure.
	maxClosest = 3
)

// ClosestIntro opens an abstention that shows the passages closest to an
// answer.
const ClosestIntro = "I couldn't find a direct answer in the articles. These passages come closest:"

// ContraryIntro opens an abstention on a question the sentence that
// holds it best says the contrary of, before that sentence: it may deny
// the question's premise ("I lost the argument" for "when did he win
// it?") or speak of another one ("the largest party" for "where does the
// smallest party sit?"), so it is what the articles say instead, not a
// verdict.
const ContraryIntro = "The articles say something else:"

// candidate is a sentence considered for the answer.
type candidate struct {
	doc, sent int
	// coverage is the sentence's own coverage of the question; context
	// adds its neighbours and headline.
	coverage, context float64
	// direct is the context's coverage by words met as written.
	direct float64
	// loose is the share of coverage that loose paraphrases give.
	loose       float64
	typed       float64 // 0..1: holds the kind of answer asked for
	constrained bool    // meets the question's years, numbers, names, negation
	score       float64
	// neighbour marks the sentence next to the one on the topic that
	// holds the kind of answer asked for.
	neighbour bool
	// contrary marks a sentence refused for saying the contrary of the
	// question: the opposite word, the other order or quantity.
	contrary bool
	// denied is, for a contrary sentence, its coverage of the question
	// with the question's quantifiers counted as met: "nobody more
	// frustrated" holds what "the least frustrated" asks of. (An
	// opposite word is not: "the port's early years", against a question
	// on its late years, would count as holding it.)
	denied float64
	// kindNamed marks a sentence that names one of the kind a "which"
	// question asks for (namesKind).
	kindNamed bool
	// unsaid marks a sentence that meets all the question pins down but
	// that the one it asks what they said does not say.
	unsaid bool
}

// ok reports whether a candidate may answer.
func (c candidate) ok(k question.Kind) bool {
	if !c.constrained || c.context < minCoverage || c.direct < minDirectCoverage {
		return false
	}
	if needsType(k) && c.typed == 0 {
		return false
	}
	return c.coverage >= minSentenceCoverage || c.typed > 0 && c.coverage >= minTypedSentenceCoverage
}

// newestFirst puts the candidates that may answer from the newest dated
// article first, best first within it, for a question about the latest
// news; the others keep their order after them.
func newestFirst(ix *index.Index, k question.Kind, cands []candidate) {
	day := func(c candidate) string { return document.Day(ix.Documents()[c.doc].Date) }
	newest := ""
	for _, c := range cands {
		if d := day(c); c.ok(k) && d > newest {
			newest = d
		}
	}
	if newest == "" {
		return
	}
	sort.SliceStable(cands, func(i, j int) bool {
		return cands[i].ok(k) && day(cands[i]) == newest && !(cands[j].ok(k) && day(cands[j]) == newest)
	})
}

// sure reports whether a candidate that may answer is a direct answer:
// the question's weight is met at least half by the sentence itself or
// by the question's own words around it. Otherwise the sentence is a lead,
// shown as such.
func (c candidate) sure() bool {
	return c.coverage-c.loose >= minSureCoverage || c.direct >= minSureCoverage
}

// closest abstains with the sentences that come closest, best first: up
// to maxClosest, the picked one first, after intro.
func closest(ix *index.Index, ans Answer, intro string, first candidate, cands []candidate) Answer {
	var l leads
	l.add(ix, &ans, first)
	for _, c := range cands {
		if len(ans.Citations) == maxClosest {
			break
		}
		if c.constrained && c.coverage >= minSentenceCoverage {
			l.add(ix, &ans, c)
		}
	}
	ans.Text = intro + " " + strings.Join(l.parts, " ")
	return ans
}

// leads gathers the sentences an abstention shows, each cited once, in
// the order given.
type leads struct {
	shown []candidate
	parts []string // each sentence's text and its marker
}

// add cites c as the next lead of ans, unless it repeats one shown.
func (l *leads) add(ix *index.Index, ans *Answer, c candidate) {
	if repeats(ix, l.shown, c) {
		return
	}
	l.shown = append(l.shown, c)
	s := ix.Documents()[c.doc].Sentences[c.sent]
	n := len(ans.Citations) + 1
	ans.Citations = append(ans.Citations, citation(n, s))
	l.parts = append(l.parts, fmt.Sprintf("%s [%d]", s.Text, n))
}

// needsType reports whether an answer must hold a value of the asked kind:
// a "when" question is not answered by a sentence without a time.
func needsType(k question.Kind) bool { return question.NeedsValue(k) }

// typeWeight is how much fitting the kind of answer adds to a score: a
// what-question weighs it only when it asks for an aim.
func typeWeight(q question.Question) float64 {
	if q.Purpose {
		return 0.5 // the aim is often said beside the topic, not with it
	}
	if q.Kind == question.What && nameAskedRe.MatchString(q.Text) {
		return 0.3 // the name a thing is called by stands for the thing
	}
	switch q.Kind {
	case question.When, question.HowMany, question.HowLong:
		return 0.5
	case question.What:
		return 0
	case question.Why:
		return 0.15
	}
	return 0.3
}

// Extractive answers from the passages by picking the best-supported
// sentences, or abstains. describe names what the corpus is about, for
// the abstention that finds no question; origin, which may be nil, tells
// where articles added from the web were read.
func Extractive(ix *index.Index, qr match.Query, passages []retrieve.Passage, describe string, origin Origin) Answer {
	q := qr.Question
	if q.SaidWhether {
		// "did Kirby say when the next meeting is?": the time if a
		// sentence gives it, else what he said of the meeting.
		whether := qr
		whether.Question.SaidWhether = false
		first := Extractive(ix, whether, passages, describe, origin)
		if !first.Abstained {
			return first
		}
		whether.Question.Kind, whether.Question.TypeNoun = question.What, ""
		if a := Extractive(ix, whether, passages, describe, origin); !a.Abstained {
			return a
		}
		return first
	}
	ans := Answer{Question: q.Raw, Mode: ModeExtractive, Citations: []Citation{}, Abstained: true}
	switch {
	case q.Overview:
		if a := overview(ix, ans); !a.Abstained {
			return a
		}
	case q.Quoted:
		if a := quoted(ix, ans); !a.Abstained {
			return a
		}
	case q.Empty() && q.Fact != question.NoArticleFact:
		return articleFact(ix, qr, passages, nil, origin, ans)
	case q.Empty() && !q.Period.Empty():
		return periodOverview(ix, q.Period, ans)
	case q.Empty() && q.Latest:
		if a := newest(ix, ans); !a.Abstained {
			return a
		}
	}
	if q.Empty() {
		ans.Text = noQuestion + " Ask me something about " + describe + "."
		switch { // what was typed: a follow-up's reading of it is empty too
		case question.OnlyThanks(q.Raw):
			ans.Text = "You're welcome! Ask me anything else about " + describe + "."
		case question.OnlyGreeting(q.Raw):
			ans.Text = Greeting + " Ask me anything about " + describe + "."
		}
		return ans
	}
	if missing := qr.UnknownNames(); len(missing) > 0 && len(missing)*2 >= len(q.Names()) {
		ans.Text = fmt.Sprintf(dontSay+": they never mention %s.", joinQuoted(missing))
		return ans
	}
	if qr.UnknownShare() >= 0.7 {
		ans.Text = dontSay + ". I couldn't match that to them; they are " + describe + "."
		return ans
	}
	cands := scoreSentences(ix, qr, passages)
	if !q.Period.Empty() && anyDated(ix, cands) {
		// Asked about a span of dates, articles dated outside it do not
		// answer: "last week" is not answered from last year's news. In
		// a corpus without dates the words cannot be about publication.
		kept := cands[:0]
		for _, c := range cands {
			if q.Period.Holds(document.Day(ix.Documents()[c.doc].Date)) {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 && len(cands) > 0 {
			ans.Text = dontSay + ": none of them from that time answers it."
			if newest := NewestDay(ix); newest != "" {
				ans.Text += " The newest article is from " + newest + "."
			}
			return ans
		}
		cands = kept
	}
	if q.Period.Empty() && q.Period.Phrase != "" {
		// Asked of all articles, a time relative to today is read as
		// the articles write it, of their own dates: only a sentence
		// that writes it answers.
		cands = slices.DeleteFunc(cands, func(c candidate) bool {
			return !question.WritesPhrase(ix.Documents()[c.doc].Sentences[c.sent].Text, q.Period.Phrase)
		})
	}
	if q.Latest {
		newestFirst(ix, q.Kind, cands)
	}
	if q.Published {
		return published(ix, qr, passages, cands, ans)
	}
	if q.Fact != question.NoArticleFact && !reportsWork(ix, qr, cands) {
		return articleFact(ix, qr, passages, cands, origin, ans)
	}
	if q.Summary {
		if a := summary(ix, qr, passages, cands, ans); !a.Abstained {
			return a
		}
	}
	var picked []candidate
	for _, c := range cands {
		if !c.ok(q.Kind) {
			continue
		}
		if len(picked) > 0 && (c.score < keepRatio*picked[0].score || len(picked) == MaxAnswerSentences) {
			break
		}
		if len(picked) > 0 && needsType(q.Kind) && c.typed < picked[0].typed {
			continue // a second sentence must hold an answer as well as the first
		}
		if len(picked) > 0 && picked[0].kindNamed && !c.kindNamed {
			continue // "which senator?": one that names a senator, not another name
		}
		if repeats(ix, picked, c) {
			continue
		}
		picked = append(picked, c)
	}
	if len(picked) == 0 && needsType(q.Kind) {
		picked = neighbourAnswer(ix, qr, cands, minSureCoverage)
	} else if len(picked) > 0 && needsType(q.Kind) && picked[0].coverage < minSureCoverage {
		// A typed sentence that holds little of the question yields to
		// the neighbour of one that holds at least twice as much.
		if nb := neighbourAnswer(ix, qr, cands, max(minSureCoverage, 2*picked[0].coverage)); nb != nil {
			picked = nb
		}
	}
	var first candidate // none: any sentence that says the contrary is shown
	if len(picked) > 0 {
		first = picked[0]
	}
	if c, ok := contradicted(cands, first); ok {
		// The articles deny what the question takes for granted: what
		// they say is the reply.
		return closest(ix, ans, ContraryIntro, c, nil)
	}
	if len(picked) == 0 {
		return abstain(ix, ans, qr, cands)
	}
	if q.Kind == question.Why && len(picked) > 0 && !picked[0].neighbour {
		if reason, ok := reasonBefore(ix, picked[0]); ok {
			picked = []candidate{reason, picked[0]}
		} else if reason, ok := reasonBeside(ix, qr, picked[0]); ok {
			picked = []candidate{reason, picked[0]}
		}
	}
	lead := picked[0]
	if lead.neighbour {
		lead = picked[1] // the sentence on the topic vouches for its neighbour
	}
	if !lead.sure() {
		return closest(ix, ans, ClosestIntro, picked[0], cands)
	}
	if next, ok := introducedNext(ix, picked[0]); ok && !saidBefore(withoutQuoteMarks(qr.Given), ix.Documents()[next.doc].Sentences[next.sent].Text) {
		// "In a speech last July, he said:" is nothing without what
		// he said: it takes the place of a second answer.
		picked = []candidate{picked[0], next}
	} else if len(picked) == 1 && !needsType(q.Kind) {
		if next, ok := namedNext(ix, picked[0]); ok && !saidBefore(withoutQuoteMarks(qr.Given), ix.Documents()[next.doc].Sentences[next.sent].Text) {
			picked = append(picked, next)
		}
	}
	if len(picked) > 0 {
		// The sentence pointed back to takes the place of a second one:
		// an answer is at most two sentences.
		prev, ok := referredBack(ix, picked[0])
		if !ok && len(picked) == 1 && (q.Kind == question.Who || q.Kind == question.Which) {
			// Only in place of nothing: a second answer stays.
			prev, ok = namerBefore(ix, picked[0], quote.IsOrgDescription(q.TypeNoun))
		}
		if ok && !saidBefore(withoutQuoteMarks(qr.Given), ix.Documents()[prev.doc].Sentences[prev.sent].Text) {
			picked = []candidate{prev, picked[0]}
		}
	}
	if len(picked) == 1 && q.Background {
		if next, ok := pastNext(ix, picked[0]); ok {
			picked = append(picked, next)
		}
	}
	ans.Abstained = false
	var parts []string
	for i, c := range picked {
		s := ix.Documents()[c.doc].Sentences[c.sent]
		ans.Citations = append(ans.Citations, citation(i+1, s))
		parts = append(parts, fmt.Sprintf("%s [%d]", s.Text, i+1))
	}
	ans.Text = strings.Join(parts, " ")
	if q.Latest || !q.Period.Empty() {
		// Asked for the latest, or about a time, the reader should see
		// the article's date.
		if day := document.Day(ix.Documents()[picked[0].doc].Date); day != "" {
			ans.Text = "On " + day + ": " + ans.Text
		}
	}
	ans.Checked.Claims = len(picked)
	return ans
}

// minContraryCoverage is how much of a question a sentence that says its
// contrary must hold for the question to rest on what the articles deny.
const minContraryCoverage = 0.6

// contradicted reports whether the sentence that holds the question best
// says its contrary (saysContrary): one that holds at least
// minContraryCoverage of the question (its quantifiers counted as met),
// and as much as lead, the sentence that would answer (if any), as
// written too. "Which port did the dockers consider their least important?" rests on
// what "The dockers considered Veltra their most important port" denies;
// another sentence that holds less of it is no answer but a guess. (On
// the SQuAD half, 0.75 or 0.9 leave more such questions answered, and no
// answerable one abstains at 0.6.)
func contradicted(cands []candidate, lead candidate) (candidate, bool) {
	i := slices.IndexFunc(cands, func(c candidate) bool {
		// A lead of the kind asked for that holds as much of the question
		// stands: "what share of gifts came from women?" is answered by
		// "Forty percent … have come from women", whatever share of the
		// money the next sentence says came from men.
		return c.contrary && c.denied >= minContraryCoverage && (c.denied > lead.coverage || lead.typed < 1) && c.direct >= lead.direct
	})
	if i < 0 {
		return candidate{}, false
	}
	return cands[i], true
}

// quantifierShare is the share of the question its quantifiers
// ("least") weigh: a sentence that gives the other quantity replaces
// them.
func quantifierShare(qr match.Query) float64 {
	if qr.Total == 0 {
		return 0
	}
	share := 0.0
	for i, w := range qr.Words {
		if question.IsQuantifier(w.Surface) && qr.Counted(i) {
			share += w.Weight
		}
	}
	return share / qr.Total
}

// neighbourAnswer handles a sentence on the topic whose neighbour in the
// same run of text holds the kind of answer asked for ("… a discussion with
// Syrian civilians. It took place at the Dutch Mission …"): the neighbour
// leads, and the sentence on the topic follows as its support. With
// minCov above 0, only a sentence that holds no answer itself and covers
// the question at least that much is read this way.
func neighbourAnswer(ix *index.Index, qr match.Query, cands []candidate, minCov float64) []candidate {
	for _, c := range cands {
		if !c.constrained || c.context < minCoverage || c.direct < minDirectCoverage || c.coverage < max(minCov, minSentenceCoverage) || minCov > 0 && c.typed > 0 {
			continue
		}
		if _, other := datesOtherThing(qr, ix.Documents()[c.doc].Sentences[c.sent].Text); qr.Question.Kind == question.When && other {
			// "Following Wednesday's leak of the report, …" is timed,
			// by another thing: a time beside it is of yet another.
			return nil
		}
		if nb, ok := typedBeside(ix, qr, c, +1, -1); ok {
			return []candidate{nb, c}
		}
		return nil // only the best sentence on the topic is read this way
	}
	return nil
}

// resultOpener opens a sentence that tells the result of what the one
// before it says: "As a result, …", "Predictably, …".
var resultOpener = regexp.MustCompile(`^["“‘']?(?i:as a (?:result|consequence)|consequently|therefore|thus|hence|predictably|accordingly|for (?:this|that) reason|because of (?:this|that))\b`)

// reasonBefore returns the sentence before c in the same run of text when
// c opens on a result of it: "why?" is answered with the reason, which
// leads, and the result.
func reasonBefore(ix *index.Index, c candidate) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	n := c.sent - 1
	if !resultOpener.MatchString(sents[c.sent].Text) || !besideIn(sents, c.sent, n) {
		return candidate{}, false
	}
	return candidate{doc: c.doc, sent: n, typed: 1, neighbour: true}, true
}

// reasonBeside returns the sentence before or after c in the same run of
// text that gives a reason, when c gives none: "why won't the council go
// to Geneva?" is answered by "it was impossible to negotiate given the
// suffering", beside the sentence that says it will not go.
func reasonBeside(ix *index.Index, qr match.Query, c candidate) (candidate, bool) {
	if c.typed > 0 {
		return candidate{}, false
	}
	r, ok := typedBeside(ix, qr, c, -1, +1)
	if !ok || aboutAnother(ix, qr, c, r.sent) {
		return candidate{}, false
	}
	return r, true
}

// aboutAnother reports whether sentence n, beside c in its article, is
// about someone else: its subject is a name neither the question nor c
// gives. "George Sabra … told AFP it was impossible …" gives no reason
// for what the sentence before says Robert Ford did, nor "…, Ilse Brandt
// leads by 40 votes" a count of Omar Ali's.
func aboutAnother(ix *index.Index, qr match.Query, c candidate, n int) bool {
	first := otherNameOpening(ix, qr, ix.Documents()[c.doc].Sentences[n].Text)
	return first != "" && !slices.Contains(ix.SentenceTerms(c.doc, c.sent), first)
}

// typedBeside returns the first of c's neighbours, at the steps given
// (-1 the sentence before, +1 the one after), in the same run of text
// that holds the kind of answer asked for.
func typedBeside(ix *index.Index, qr match.Query, c candidate, steps ...int) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	for _, step := range steps {
		n := c.sent + step
		if !besideIn(sents, c.sent, n) {
			continue
		}
		if qr.Question.Kind == question.HowMany && aboutAnother(ix, qr, c, n) {
			continue // a figure of someone else's
		}
		if typed := answerType(qr, sents[n].Text, ix.IsName); typed > 0 && !placesOtherwise(qr, sents[n].Text) {
			if qr.Question.Kind == question.HowMany {
				if w, ok := countedNoun(qr); !countedMet(w, ok, aroundTerms(ix, c.doc, n)) || countsOthersOnly(w, ok, sents[n].Text, ix.SentenceTerms(c.doc, n)) {
					continue // "how many billions": its figures count minutes; "how many delegates": "six of seven contests"
				}
				if w, ok := countedPredicate(qr); !countedMet(w, ok, [][]string{ix.SentenceTerms(c.doc, n)}) {
					continue // "how many emails were classified": "thousands of work-related messages"
				}
			}
			return candidate{doc: c.doc, sent: n, typed: typed, neighbour: true}, true
		}
	}
	return candidate{}, false
}

// sequenceTerms returns the terms of the words that place the question's
// event in a sequence ("next" of "the next talks"), not by a date ("next
// month").
func sequenceTerms(qr match.Query) []string {
	var out []string
	toks := qr.Tokenize(qr.Question.Text)
	for i, t := range toks {
		if p := question.SequencePlace(toks, i); p != "" && p != question.DatePlace && t.Term != "" {
			out = append(out, t.Term)
		}
	}
	return out
}

// datedOnly returns the terms of sequenced that text (of terms ts)
// writes only to date something ("planned for next month"): they do not
// meet the question's.
func datedOnly(sequenced []string, text string, ts []string) []string {
	if !slices.ContainsFunc(sequenced, func(t string) bool { return slices.Contains(ts, t) }) {
		return nil // most sentences: no tokens read
	}
	var out []string
	toks := term.Tokenize(text)
	for _, t := range sequenced {
		dated, other := false, false
		for i, tok := range toks {
			if tok.Term != t {
				continue
			}
			if question.SequencePlace(toks, i) == question.DatePlace {
				dated = true
			} else {
				other = true
			}
		}
		if dated && !other {
			out = append(out, t)
		}
	}
	return out
}

// aroundTerms returns the terms of sentence s of document doc, of its
// article's headline and of the sentences before and after it.
func aroundTerms(ix *index.Index, doc, s int) [][]string {
	out := [][]string{ix.SentenceTerms(doc, s), pinningTerms(ix, doc)}
	for _, k := range []int{s - 1, s + 1} {
		if k >= 0 && k < len(ix.DocumentTerms(doc)) {
			out = append(out, ix.SentenceTerms(doc, k))
		}
	}
	return out
}

// besideIn reports whether sentence n stands beside sentence s in the
// same run of text: in the document, no headline, and in s's segment or
// at most one dropped line away.
func besideIn(sents []document.Sentence, s, n int) bool {
	return n >= 0 && n < len(sents) && !sents[n].Headline &&
		(sents[n].Segment == sents[s].Segment || oneLineApart(sents[s], sents[n]))
}

// namesWhatRe opens a sentence that says what the one before it
// announced: "We have one goal." "That is to consolidate the truce."
var namesWhatRe = regexp.MustCompile(`^["“‘']?(That|This) (is|was) (to|that|what|how|the|a|an)\b`)

// namedNext returns the sentence after c in the same paragraph when it
// says what c announced, so an answer does not stop at "we have one
// goal", or goes on with the quotation c closed (quoteGoesOn).
func namedNext(ix *index.Index, c candidate) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	if c.sent+1 >= len(sents) {
		return candidate{}, false
	}
	cur, next := sents[c.sent], sents[c.sent+1]
	if next.LineStart > cur.LineEnd+1 || !namesWhatRe.MatchString(next.Text) && !quoteGoesOn(cur.Text, next.Text) {
		return candidate{}, false
	}
	return candidate{doc: c.doc, sent: c.sent + 1}, true
}

// saidAfterQuoteRe ends a sentence that closes a quotation and names its
// speaker, with a role before the name and a day after the verb or not:
// “I heard parts of Bernie’s speech," Trump said.
var saidAfterQuoteRe = regexp.MustCompile(`["”'’],?\s+(?:[\pL.'’-]+\s+){0,3}[A-Z][\pL.'’-]*\s+(?:said|says|added|adds|told \w+)(?:\s+on\s+[A-Z]\w+)?\.$|["”'’],?\s+(?:said|says|added|adds)\s+(?:[A-Z][\pL.'’-]*\s*){1,3}\.$|["”'’],?\s+(?:he|she|they)\s+(?:said|says|added|adds)\.$`)

// quoteGoesOn reports a sentence that goes on with the quotation the one
// before it closed with its speaker's name: “I heard parts of Bernie’s
// speech," Trump said. "He wants to give away our country, folks.”
// introducedNext returns the sentence after c when c introduces it: it
// ends with a colon ("In a speech last July, he said:"), and the next
// follows on the next line or after one blank line; or the next, in its
// paragraph, lists after a colon the things c spoke of (listsThemRe).
func introducedNext(ix *index.Index, c candidate) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	if c.sent+1 >= len(sents) {
		return candidate{}, false
	}
	cur, next := sents[c.sent], sents[c.sent+1]
	if next.Headline {
		return candidate{}, false
	}
	if strings.HasSuffix(strings.TrimSpace(cur.Text), ":") && next.LineStart <= cur.LineEnd+2 ||
		next.Paragraph == cur.Paragraph && listsThemRe.MatchString(next.Text) {
		return candidate{doc: c.doc, sent: c.sent + 1}, true
	}
	return candidate{}, false
}

// listsThemRe matches a sentence that names, after a colon, the things
// the sentence before it spoke of as "them": "And he boasts about them
// constantly on the campaign trail: the Iraq war, the Wall Street
// bailout and the Patriot Act."
var listsThemRe = regexp.MustCompile(`(?i)^[^:]{0,80}\b(?:them|those)\b[^:]{0,60}:\s*\S`)

func quoteGoesOn(cur, next string) bool {
	return saidAfterQuoteRe.MatchString(strings.TrimSpace(cur)) && strings.ContainsAny(next[:min(len(next), 3)], "\"“")
}

// refersBackRe opens a sentence whose subject is a demonstrative that
// stands for what the sentence before it said: "That is the limit that
// economists consider sustainable." ("That limit is …" names its own
// subject.)
var refersBackRe = regexp.MustCompile(`^["“‘']?(That|This|Those|These) (is|was|are|were|would|will|could|can|may|might|should|has|had|have|means|meant|makes|made|marks|marked)\b`)

// referredBack returns the sentence before c in the same paragraph when
// c opens by pointing back to it, so an answer does not stop at "That
// is the limit" without the figure.
// The same holds for a sentence whose subject is a bare surname the
// sentence before gives in full: "Knight campaigned with Trump" after
// "… former basketball coach Bobby Knight".
func referredBack(ix *index.Index, c candidate) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	if c.sent == 0 {
		return candidate{}, false
	}
	prev, cur := sents[c.sent-1], sents[c.sent]
	if prev.Headline || prev.Paragraph != cur.Paragraph || !refersBackRe.MatchString(cur.Text) && !surnameBack(prev.Text, cur.Text) {
		return candidate{}, false
	}
	return candidate{doc: c.doc, sent: c.sent - 1}, true
}

// namerBefore returns, for a sentence that opens on "he" or "she", or on
// a description of an organisation ("The newspaper said …") when orgs
// are asked for, the sentence a little before it that names the one it
// stands for: to a question asking who, "He previously served as
// ambassador to Uzbekistan" is an answer only with "… the U.S.
// ambassador to Kazakhstan, George A. Krol, will represent the country"
// before it. A sentence that opens on "he" too speaks of the same one.
func namerBefore(ix *index.Index, c candidate, orgs bool) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	if c.sent == 0 {
		return candidate{}, false
	}
	text := sents[c.sent].Text
	if d := opensWithOrgDescription(text); d != "" && orgs {
		if k, _ := describedAt(sents, c.sent, d, term.Tokenize); k >= 0 {
			return candidate{doc: c.doc, sent: k}, true
		}
		return candidate{}, false
	}
	if !opensWithPersonalPronoun(text) {
		return candidate{}, false
	}
	for k := c.sent - 1; k >= max(0, c.sent-pronounReach); k-- {
		if sents[k].Headline {
			break
		}
		if !opensWithPersonalPronoun(sents[k].Text) && len(personTerms(sents[k].Text, term.Tokenize)) > 0 {
			return candidate{doc: c.doc, sent: k}, true
		}
	}
	return candidate{}, false
}

// surnameOpenRe opens a sentence with one capitalised word and a verb:
// "Knight campaigned …".
var surnameOpenRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+) (?:also |then |later |had |has |was |is |did )?\p{Ll}+(?:ed|s)\b`)

// surnameBack reports a sentence whose subject is a surname alone that
// the sentence before writes after a first name ("Bobby Knight").
func surnameBack(prev, cur string) bool {
	m := surnameOpenRe.FindStringSubmatch(cur)
	if m == nil || term.IsStop(strings.ToLower(m[1])) {
		return false
	}
	full := regexp.MustCompile(`\p{Lu}[\p{L}.'’-]+ ` + regexp.QuoteMeta(m[1]) + `\b`)
	return full.MatchString(prev) && !full.MatchString(cur)
}

// pastNext returns the sentence after c when it goes on about the person
// c introduces, by "he" or "she" ("He previously served as ambassador to
// Uzbekistan"), for a question about a person's background.
func pastNext(ix *index.Index, c candidate) (candidate, bool) {
	sents := ix.Documents()[c.doc].Sentences
	if c.sent+1 >= len(sents) {
		return candidate{}, false
	}
	cur, next := sents[c.sent], sents[c.sent+1]
	if next.LineStart > cur.LineEnd+1 || !opensWithPersonalPronoun(next.Text) {
		return candidate{}, false
	}
	return candidate{doc: c.doc, sent: c.sent + 1}, true
}

// oneLineApart reports two sentences with at most one dropped line
// between them, with its blank lines ("News ID: 737252" between two
// paragraphs): the narrative goes on across it.
func oneLineApart(a, b document.Sentence) bool {
	if b.LineStart < a.LineStart {
		a, b = b, a
	}
	return b.LineStart-a.LineEnd <= 4
}

// abstain explains an abstention. When passages were on the topic but
// none held the kind of answer asked for, it says so; the sentences that
// hold at least half of the question are cited, up to maxClosest, best
// first, so that the reader sees what the articles do say ("when is the
// next meeting?": a spokesman would not give a date).
// unsaidLeads abstains on what someone said with up to maxClosest
// sentences that speak of the topic and name them but give no words of
// theirs ("Robert Ford had been working closely with the opposition",
// Psaki said): what the articles do say, shown as such.
func unsaidLeads(ix *index.Index, ans Answer, qr match.Query, cands []candidate) (Answer, bool) {
	sayer := askedSayer(ix, qr)
	if len(sayer) == 0 {
		return ans, false
	}
	topic := sayTopicWords(qr, sayer, nil)
	var l leads
	for _, c := range cands {
		if len(l.shown) == maxClosest {
			break
		}
		ts := ix.SentenceTerms(c.doc, c.sent)
		if !topicMet(qr, topic, ts) {
			continue // a lead speaks of what was asked in its own words
		}
		if c.unsaid && c.context >= minCoverage && c.direct >= minDirectCoverage && c.sure() && namesSayer(sayer, ts) {
			l.add(ix, &ans, c)
		}
	}
	if len(l.shown) == 0 {
		return ans, false
	}
	ans.Text = "The articles don't give " + sayerName(ix, qr, sayer) + "'s own words on that. These passages speak of it: " + strings.Join(l.parts, " ")
	return ans, true
}

// nameAsWritten capitalises the words of a name typed in lower case:
// "robert ford" is Robert Ford. "the" and "of" stay as they are.
func nameAsWritten(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if r, size := utf8.DecodeRuneInString(w); unicode.IsLower(r) && w != "the" && w != "of" {
			words[i] = string(unicode.ToUpper(r)) + w[size:]
		}
	}
	return strings.Join(words, " ")
}

func abstain(ix *index.Index, ans Answer, qr match.Query, cands []candidate) Answer {
	ans.Text = NoPassage
	if sayer := askedSayer(ix, qr); qr.Given != "" && len(sayer) > 0 {
		// "what else did he say?" after what Lavrov said
		var name []string
		for _, w := range sayer {
			name = append(name, w.Surface)
		}
		ans.Text = dontSay + " more of what " + strings.Join(name, " ") + " said."
		return ans
	}
	if a, ok := unsaidLeads(ix, ans, qr, cands); ok {
		return a
	}
	if !needsType(qr.Question.Kind) {
		return ans
	}
	onTopic := false
	var l leads
	for _, c := range cands {
		if !c.constrained || c.context < minCoverage || c.coverage < minSentenceCoverage {
			continue
		}
		onTopic = true
		if len(l.shown) < maxClosest && c.sure() && meetsAWord(qr, ix.SentenceTerms(c.doc, c.sent)) {
			l.add(ix, &ans, c)
		}
	}
	what := map[question.Kind]string{
		question.Who: "who", question.When: "when", question.Where: "where",
		question.HowMany: "how many or how much", question.HowLong: "how long",
	}[qr.Question.Kind]
	switch {
	case len(l.shown) > 0:
		ans.Text = dontSay + " " + what + ". These passages touch on it: " + strings.Join(l.parts, " ")
	case onTopic:
		ans.Text = dontSay + ". They touch on this, but none of them says " + what + "."
	}
	return ans
}

// meetsAWord reports whether a sentence's terms meet a word of the
// question that is no name, as written, corrected or by a related word: a
// sentence that shares only a name with the question ("Ostmark backed the
// unions" for "how many refugees are in the Ostmark camps?") is not on
// its topic.
func meetsAWord(qr match.Query, ts []string) bool {
	return slices.ContainsFunc(qr.Words, func(w match.Word) bool {
		return !w.NameLike && w.Credit(ts) > match.CreditNear
	})
}

// scoreSentences ranks the sentences of the passages for the question,
// best first; ties go to the earlier passage and sentence, so the same
// question always gets the same answer.
func scoreSentences(ix *index.Index, qr match.Query, passages []retrieve.Passage) []candidate {
	defines := definitionOf(qr.Question.Meaning, definedAs(ix, qr)...)
	pinned := newPins(ix, qr)
	asksNames := slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.NameLike || quote.IsRole(w.Surface) })
	earlier := conversationNames(ix, qr)
	terms := &termsMemo{of: qr.TermsOf}
	sayer, group := pinned.sayer, askedGroup(qr)
	var speaking map[string]bool
	if sayer != nil {
		speaking = speakingFor(ix, terms, sayer)
	}
	var topic []int
	sayWord := -1
	if sayer != nil || group != nil {
		topic = sayTopicWords(qr, sayer, group)
		sayWord = slices.IndexFunc(qr.Words, func(w match.Word) bool {
			return len(w.Alts) > 0 && quote.ReportsSpeech(strings.ToLower(w.Surface))
		})
	}
	more := moreOnes(qr)
	moneyNoun := ""
	if m := qr.AskedMatch(moneyNounRe); m != nil {
		moneyNoun = qr.Word(m[1])
	}
	beaten := qr.AskedMatch(beatAskedRe)
	titles := newTitlesMemo(qr.Question.Text)
	namingVerb := ""
	if m := qr.AskedMatch(nameAskedRe); m != nil && qr.Question.Kind == question.What {
		namingVerb = qr.Word(strings.Fields(m[1])[0])
	}
	head := keywordsHead(qr)
	quantShare := quantifierShare(qr)
	refs := newNounRefs(qr)
	sequenced := sequenceTerms(qr)
	counted, counts := countedNoun(qr) // the noun "how many" counts, read once
	predicate, predicated := countedPredicate(qr)
	costed, costs := costedNoun(qr) // the thing "how much did … cost?" prices
	joinedByOf := ofPairs(qr)
	starts := startWordsAsked(qr)
	gathering := gatheringAsked(qr)
	namedNoun := namedNounAsked(qr)
	namesAsked := qr.Asks(nameOfAskedRe) || namedNoun != ""
	var named *naming
	if personNoun(namedNoun) {
		named = newNaming(namedNoun) // "whats the pastors name": a person's
	}
	identity := identityHead(qr)
	role := roleOfAsked(qr)
	seen := map[[2]int]bool{}
	// An answer before may quote a sentence in other quotation marks
	// ("… said it: “That is …”" for "That is …").
	given := withoutQuoteMarks(qr.Given)
	var cands []candidate
	for rank, p := range passages {
		headline := pinningTerms(ix, p.Doc)
		for s := p.First; s <= p.Last; s++ {
			key := [2]int{p.Doc, s}
			if seen[key] {
				continue
			}
			seen[key] = true
			sent := ix.Documents()[p.Doc].Sentences[s]
			if sent.Headline {
				continue // headlines are titles: no sentence to answer with
			}
			if saidBefore(given, sent.Text) {
				continue // "where else?": what was said is not the answer
			}
			sentTerms := ix.SentenceTerms(p.Doc, s)
			own := sentTerms
			if s > 0 && opensWithPersonalPronoun(sent.Text) {
				// "He previously served as ambassador to Uzbekistan": the
				// sentence is about the person the one before names, so
				// the question's names of people there count as its own.
				own = append(slices.Clone(sentTerms), antecedent(qr, terms, p.Doc, ix.Documents()[p.Doc].Sentences, s)...)
			} else if prev := s - 1; s > 0 && opensWithThey(sent.Text) && len(personRuns(ix.Documents()[p.Doc].Sentences[prev].Text, qr.Tokenize)) > 1 {
				// "They would pay for the new initiatives by raising taxes
				// on the rich": the people the sentence just before names,
				// when it names more than one ("Democratic presidential
				// candidates, including Hillary Clinton and Senator Bernie
				// Sanders"); "they" after one person's name is others.
				own = append(slices.Clone(sentTerms), namesIn(qr, terms.personsIn(qr, p.Doc, prev, ix.Documents()[p.Doc].Sentences))...)
			} else if s > 0 && opensWithRole(sent.Text) {
				// "The lawyer who ran three Boston Marathons …": a person
				// named a few sentences before, by a role.
				own = append(slices.Clone(sentTerms), namedBefore(qr, terms, p.Doc, ix.Documents()[p.Doc].Sentences, s, roleReach)...)
			} else if s > 0 && opensWithPlaceNoun(sent.Text) {
				// "The city's unemployment rate is 4.6 percent": the place
				// (or the film) named a sentence or two before in the
				// paragraph.
				own = append(slices.Clone(sentTerms), placeNamedBefore(ix, qr, p.Doc, s)...)
			} else if d := opensWithOrgDescription(sent.Text); s > 0 && d != "" {
				// "The newspaper said it had obtained an audio recording":
				// the New York Times named a sentence or two before.
				_, named := describedAt(ix.Documents()[p.Doc].Sentences, s, d, qr.Tokenize)
				own = append(slices.Clone(sentTerms), named...)
			}
			if asksNames {
				// "“We share his concerns,” Kirby said. “I don’t have any
				// recent discussion …" and "“Not everyone can afford a
				// car,” she added": a quotation's speaker, as the
				// articles' attribution resolved the continuation or the
				// "she", speaks in the sentence.
				if speakers := quotedPeopleIn(ix, qr, terms, p.Doc, s); len(speakers) > 0 {
					own = append(slices.Clone(own), speakers...)
				}
			}
			if dated := datedOnly(sequenced, sent.Text, own); len(dated) > 0 {
				// "the next talks" are not "talks planned for next month"
				own = slices.DeleteFunc(slices.Clone(own), func(t string) bool { return slices.Contains(dated, t) })
			}
			if ns := refs.referred(ix, p.Doc, s, sent.Text); len(ns) > 0 {
				own = append(slices.Clone(own), ns...) // "the war": the French and Indian War
			}
			if gathering >= 0 {
				if gs := gatheringBefore(ix, qr, gathering, p.Doc, s); len(gs) > 0 {
					own = append(slices.Clone(own), gs...) // "the 40-minute discussion": Kerry's meeting
				}
			}
			if s > 0 && ellipticRe.MatchString(sent.Text) {
				// "The lowest was Rhode Island at 19%." after "… tuition
				// costs are the highest when compared as a percent of
				// income": the lowest of what the sentence before says.
				own = append(slices.Clone(own), ix.SentenceTerms(p.Doc, s-1)...)
			}
			if ps := qr.PhraseTerms(sent.Text, own); len(ps) > 0 {
				own = append(slices.Clone(own), ps...) // "took place" meets "happen"
			}
			said := (sayer != nil || group != nil) && saidBy(ix, terms, sayer, group, speaking, p.Doc, s)
			if said && sayWord >= 0 {
				// "what did Trump say to Ramos?": "“Go back to
				// Univision,” Trump barked" is his saying.
				own = append(slices.Clone(own), qr.Words[sayWord].Alts[0].Term)
			}
			if moneyNoun != "" && sumRe.MatchString(sent.Text) {
				own = append(slices.Clone(own), moneyNoun) // "how much money?": "$229 million" is some
			}
			if namingVerb != "" && namingRe.MatchString(sent.Text) {
				own = append(slices.Clone(own), namingVerb) // "what is it called?": "referred to as …" calls it
			}
			cov := qr.Coverage(own)
			if cov == 0 {
				continue
			}
			loose := cov - qr.FirmCoverage(own)
			added := 0.0
			if len(more) > 0 && addsOne.MatchString(sent.Text) {
				added = moreOnesMet(qr, more, own)
				cov += added
			} else if len(more) > 0 {
				// "who backs Assad besides Russia?": a sentence that adds
				// none and names the one the question sets aside is about
				// that one. (Words that are no names may still be the
				// topic: "what news is there besides bombing?" is
				// answered by "only news about bombing".)
				added = -setAsideMet(qr, more, own)
				cov += added
			}
			// "when did the war start?": "the conflict … that has killed
			// 300,000 people since 2011" says when it began.
			since := startedSince(qr, starts, sent.Text, own)
			// "who beat McGovern?": "McGovern lost … to Richard Nixon"
			// says who beat him, in the loser's words.
			since += beatenShare(qr, beaten, sent.Text, own)
			// "who is Freddy's wife?": "he married Linda Clapp" gives the
			// tie by another word of it.
			since += kinShare(qr, own)
			cov += since
			kindNamed := namesKind(qr, sent.Text)
			var kindShare float64
			if kindNamed {
				// "list the sponsors of the talks": "Sponsors Russia, Iran,
				// and Turkey …" meets the noun the question asks names of,
				// and names them; it counts as a word met.
				w := match.TermWeight(ix, qr.Word(qr.Question.TypeNoun))
				kindShare = w / (qr.Total + w)
				cov = cov*(1-kindShare) + kindShare
			}
			ctx := [][]string{own, headline}
			var prevText, nextText string
			if s > 0 {
				prevText = ix.Documents()[p.Doc].Sentences[s-1].Text
				// "… members of the Republican National Committee." before
				// "the committee members"
				ctx = append(ctx, terms.withPhrases(qr, p.Doc, s-1, prevText, ix.SentenceTerms(p.Doc, s-1)))
			}
			if s+1 < len(ix.DocumentTerms(p.Doc)) {
				ctx = append(ctx, ix.SentenceTerms(p.Doc, s+1))
				nextText = ix.Documents()[p.Doc].Sentences[s+1].Text
			}
			c := candidate{doc: p.Doc, sent: s, coverage: cov, context: qr.Coverage(ctx...), direct: qr.DirectCoverage(ctx...), loose: loose}
			c.context += added + since
			// "also" says "else" or "besides" in the sentence's own
			// words, however it meets the rest.
			c.direct += max(added, 0) + since
			if kindNamed {
				c.context = c.context*(1-kindShare) + kindShare
				c.direct = c.direct*(1-kindShare) + kindShare
			}
			c.kindNamed = kindNamed
			c.typed = answerType(qr, sent.Text, ix.IsName)
			if c.typed > 0 && qr.Question.Kind == question.HowMany && (!countedMet(counted, counts, ctx) || !countedMet(costed, costs, nearby(own, ctx, s > 0)) || saidBesideOnly(predicate, predicated, own, ctx) || countsOthersOnly(counted, counts, sent.Text, own) || qr.Question.Negated && !countedWhereNegated(qr, sent.Text)) {
				c.typed = 0
			}
			if c.typed == 0 && qr.DirectCoverage(sentTerms) >= wholeCoverage && (qr.Question.Kind == question.Who && !namesAsked || qr.Question.Kind == question.When && eventTimed(sent.Text) && !timesOtherEvent(qr, sent.Text) || qr.Question.Kind == question.Where && placedOtherwise(qr, sent.Text)) {
				// "Who are debates open to?": "… are open to the public";
				// "when is the Members Debate held?": "Immediately after
				// Decision Time a Members Debate is held"; "where is much of
				// the work done?": "… is done in committee". A sentence that
				// says every word of the question as written answers who
				// with what else it says, a name or not, when with another
				// event, and where with a place that is no name, less
				// surely.
				c.typed = 0.5
			}
			referred := func() [][]string {
				return append(referredTo(ix, qr, p.Doc, s, sent.Text), ledeBefore(ix, p.Doc, s)...)
			}
			c.constrained = meetsConstraints(ix, qr, &pinned, sent.Text, own, prevText, nextText, ctx, referred)
			if c.constrained && (sayer != nil || group != nil) && !said {
				c.constrained, c.unsaid = false, true
			}
			if c.constrained && !speaksOf(ix, qr, topic, p.Doc, s, own, headline) {
				c.constrained = false
			}
			if c.constrained && titleUnmet(titles.of(ix, p.Doc), sent.Text, prevText) {
				c.constrained = false
			}
			if c.constrained && identity >= 0 && !slices.ContainsFunc(ctx, func(ts []string) bool { return qr.Words[identity].Credit(ts) >= match.CreditNear }) {
				c.constrained = false // "who is Trump's running mate?" is not answered by "She doesn't run to Twitter"
			}
			if c.constrained && named != nil && named.unmet(qr, sent.Text) {
				c.constrained = false // "the wife of a pastor" does not name the pastor
			}
			if c.contrary = !c.constrained && saysContrary(qr, own, sent.Text); c.contrary {
				c.denied = min(1, c.coverage+quantShare)
			}
			c.score = cov + 0.35*(c.context-cov) + typeWeight(qr.Question)*c.typed + 0.1*pairShare(qr, joinedByOf, sentTerms) + 0.02/float64(rank+1) + likenessWeight*qr.Likeness(sentTerms)
			if subjectAsked(qr, sent.Text) {
				c.score += subjectWeight
			}
			if qr.Question.Background && pastCareerRe.MatchString(sent.Text) {
				// "where did Hartman work before?": "Mr. Hartman had risen
				// to become Bank of America's head of mergers …"
				c.score += pastCareerWeight
			}
			if (qr.Question.Kind == question.Who || namesAsked) && namedTie(qr, sent.Text) {
				// "who is Ali's wife?": "his wife, Lonnie" names her.
				c.score += kindWeight
			}
			if namesAsked && titledNoun(qr, sent.Text) {
				// "what's the name of Singer's new book?": "his new book,
				// ''Trump and Me,''" gives it.
				c.score += kindWeight
			}
			if formerHolder(qr, sent.Text) {
				// "who is the CEO of HP?": not "former CEO Carly Fiorina"
				// when "Hewlett Packard's CEO Meg Whitman" is there.
				c.score -= pastCareerWeight
			}
			if defines != nil && defines.MatchString(sent.Text) {
				// "Nefzi, a chemistry professor …" says what he is in so
				// many words; a first mention ("Adel Nefzi said …") may
				// only introduce him.
				c.score += definitionWeight
				if !qr.Question.Background {
					c.score += definitionWeight
				}
			} else if firstMention(ix, qr, p.Doc, s, sentTerms) {
				c.score += definitionWeight
			}
			if kindNamed || c.typed == 1 && (placeOfQuestionWord(qr, sent.Text) || c.sure() && timeOfQuestionWord(qr, sent.Text)) {
				c.score += kindWeight
			}
			if head >= 0 && qr.Words[head].Credit(own) >= match.CreditCorrected {
				// "astana sponsors" asks about sponsors: a sentence that
				// speaks of them leads one that names Astana, the
				// sponsors being only in its headline, and one that
				// names them leads all ("Sponsors Russia, Iran, and
				// Turkey …").
				c.score += kindWeight
				if namesNear(qr, sent.Text, qr.Words[head].Alts[0].Term) {
					c.score += kindWeight
				}
			}
			if role >= 0 && qr.Words[role].Credit(sentTerms) >= match.CreditCorrected {
				// "who are the sponsors of astana?": a sentence that
				// names the sponsors leads one that names Astana alone.
				c.score += kindWeight
			}
			if len(earlier) > 0 {
				c.score += conversationWeight * namesShare(earlier, ctx)
			}
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	return cands
}

// keywordsHead returns the place among the question's words of the word
// a question typed as keywords asks about (question.Question.Head) when
// it is no name: "sponsors" of "astana sponsors", not "Assad" of "russia
// turkey assad"; -1 otherwise.
func keywordsHead(qr match.Query) int {
	if qr.Question.Head == "" {
		return -1
	}
	i := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == qr.Question.Head })
	if i < 0 || qr.Words[i].NameLike || qr.Words[i].Name {
		return -1
	}
	return i
}

// countedWhereNegated reports whether a clause of text that negates a
// word of the question holds a number: "how many groups won't attend?"
// is not answered by "14 rebel organizations have agreed to take part,
// although some major groups have said they will not attend", whose
// number counts those that agreed.
func countedWhereNegated(qr match.Query, text string) bool {
	for _, clause := range negatedClauseRe.Split(text, -1) {
		if negatesTopic(qr, clause) && numberRe.MatchString(clause) {
			return true
		}
	}
	return false
}

// negatedClauseRe parts a sentence into the clauses a negation may
// govern: at semicolons, and before "but", "although", "though", "while"
// and "whereas" (not at every comma: "32.9% … did not, or had been
// unable to, vote").
var negatedClauseRe = regexp.MustCompile(`;\s*|,?\s+(?:but|although|though|while|whereas)\s+`)

// subjectWeight is what a sentence whose subject is a name the question
// asks about adds to its score: a tie-break among sentences that hold
// the question alike ("how many delegates does Trump have?": "Trump so
// far has won 758 pledged delegates", not "But Cruz … winning over
// enough Trump delegates … the 1,237 delegates needed"), less than a
// light word met.
const subjectWeight = 0.03

// clauseOpeners are the words that may open a sentence before its
// subject: "But Cruz …", "And Trump …".
var clauseOpeners = map[string]bool{"but": true, "and": true, "so": true, "yet": true, "still": true, "however": true, "now": true, "then": true}

// subjectAsked reports a sentence whose first word, after a conjunction,
// is a name the question gives: its subject, what it is about.
func subjectAsked(qr match.Query, text string) bool {
	for len(text) > 0 {
		word, rest, _ := strings.Cut(text, " ")
		text = rest
		if clauseOpeners[strings.ToLower(strings.Trim(word, ",;:"))] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		ts := qr.TermsOf(word)
		if !unicode.IsUpper(r) || len(ts) == 0 {
			return false
		}
		return slices.ContainsFunc(qr.Words, func(w match.Word) bool {
			return (w.NameLike || w.Name) && w.NameCredit(ts) >= match.CreditCorrected
		})
	}
	return false
}

// ellipticRe opens a sentence whose noun is the sentence before's: "The
// lowest was …", "The biggest are …", "The next came …".
var ellipticRe = regexp.MustCompile(`^(?:The|the)\s+(?:[a-z]+est|most|least|next|last|first|second|third|latter|former)\s+(?:was|were|is|are|came|comes|went)\b`)

// likenessWeight is what a sentence's likeness in meaning to the
// question (match.Query.Likeness, a cosine) adds to its score. The
// sentences a question's words pick out differ in likeness by about a
// twentieth (a tenth or more for a quarter of SQuAD's questions), so it
// weighs less than a light word's share of coverage: it tells apart
// sentences that meet the question's words about alike ("at the
// destination, the message is reassembled" from "each packet is labeled
// with a destination address"), and does not outweigh a word met, nor
// make a typo answer otherwise than the word spelt right. The
// Discord-style sets do as well from 0.2 to 0.5 and lose from 0.6; above
// 0.2 a typo's lower credit starts to change the answer.
const likenessWeight = 0.2

// beatAskedRe asks who beat someone: its groups are the verb and the
// one beaten ("who defeated McGovern in 1972?": McGovern).
var beatAskedRe = regexp.MustCompile(`(?i)^\s*who\s+(beat|defeated|bested|outpolled)\s+(\S.*?)(?:\s+(?:in|at|on|during|for|from)\s.*)?\W*$`)

// loseToRe finds a sentence that tells a defeat from the loser's side:
// "lost the general election to Richard Nixon", "was defeated by".
var loseToRe = regexp.MustCompile(`(?i)\b(?:lost|loses|lose)\b[^.;]{0,80}?\bto\s+\p{Lu}|\b(?:was|were)\s+(?:defeated|beaten|bested|routed|trounced)\s+by\b`)

// beatenShare returns the share of the question's weight of its verb of
// beating (beaten, from beatAskedRe), less what terms ts meet of it, when
// text tells the one the question asks who beat lost to another.
func beatenShare(qr match.Query, beaten []string, text string, ts []string) float64 {
	if beaten == nil || !losesTo(qr, beaten[2], text) {
		return 0
	}
	i := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == qr.Word(beaten[1]) })
	if i < 0 {
		return 0
	}
	return unmetShare(qr, qr.Words[i], 1, ts)
}

// losesTo reports a sentence that tells one (as the question writes them)
// lost to another: "McGovern lost … to Richard Nixon" says who beat
// McGovern. The one who lost must be named before the defeat.
func losesTo(qr match.Query, loser, text string) bool {
	loc := loseToRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	want := qr.TermsOf(loser)
	if len(want) == 0 {
		return false
	}
	before := qr.TermsOf(text[:loc[0]])
	return !slices.ContainsFunc(want, func(t string) bool { return !slices.Contains(before, t) })
}

// namedTie reports a sentence that gives a family tie or a role the
// question asks about a name right after it, a name the question does
// not give: "his wife, Lonnie", "Ali's brother Rahaman", "spokesman Bob
// Gunnell".
func namedTie(qr match.Query, text string) bool {
	toks := qr.Tokenize(text)
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		lower := strings.ToLower(t.Surface)
		if t.Capitalized || kinGroupOf[lower] == nil && !question.IsRoleNoun(lower) {
			continue
		}
		if !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return !w.NameLike && w.Credit([]string{t.Term}) >= match.CreditCorrected }) {
			continue
		}
		if otherName(qr, toks[i+1]) {
			return true
		}
	}
	return false
}

// titledRe finds a noun followed by a title in quotation marks: "his
// new book, “Trump and Me,”", "the film “Dock Days”". Group 1 is the
// noun.
var titledRe = regexp.MustCompile(`(\pL+),?\s+(?:(?:titled|entitled|called|named)\s+)?(?:''|["“‘])\s*\p{Lu}`)

// titledNoun reports a sentence that gives a noun of the question a
// title in quotation marks right after it: the name a question on "the
// name of" something asks.
func titledNoun(qr match.Query, text string) bool {
	if !strings.ContainsAny(text, "\"“‘'") {
		return false
	}
	for _, m := range titledRe.FindAllStringSubmatch(text, -1) {
		if asksCommon(qr, qr.Word(m[1])) {
			return true
		}
	}
	return false
}

// asksCommon reports whether t is the term of a word of the question
// that is no name.
func asksCommon(qr match.Query, t string) bool {
	return t != "" && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return !w.NameLike && w.Term == t })
}

// wholeCoverage is the share of a question a sentence that says all of
// it meets: all but rounding.
const wholeCoverage = 0.99

// moneyNounRe asks how much money ("how much money has he raised?"); its
// group is the noun, which a sum in a sentence meets. sumRe finds a sum
// of money: "$229 million", "500 euros".
var (
	moneyNounRe = regexp.MustCompile(`(?i)\bhow\s+much\s+(money|cash|funding|funds)\b`)
	sumRe       = regexp.MustCompile(`(?i)[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|rupees|francs)\b`)
)

// addsOne finds a sentence that adds one more to what it tells of:
// "…, who is also supported by Iranian ground forces".
var addsOne = regexp.MustCompile(`(?i)\b(?:also|too|as well)\b`)

// moreOnes returns the question's words that ask for more ones than it
// names, when the articles never write them: "else" ("who else backs
// Assad?"), and "besides" or the "apart" of "apart from" with the words
// after it ("who backs Assad besides Russia?": the next word and the
// rest of the name it begins). A sentence that adds one
// (see addsOne) meets them as a related word does: "also" says "besides
// the ones told of".
func moreOnes(qr match.Query) []int {
	lower := strings.ToLower(qr.Question.Text)
	var out []int
	for i, w := range qr.Words {
		more := strings.ToLower(w.Surface)
		switch {
		case w.Known:
		case more == "else":
			out = append(out, i)
		case more == "besides" || (more == "apart" || more == "aside") && strings.Contains(lower, more+" from"):
			// The word after it, and the rest of a name it begins: "who
			// else besides russia helps assad?" still asks who helps
			// Assad.
			out = append(out, i)
			for j := i + 1; j < len(qr.Words); j++ {
				if j > i+1 && !qr.Words[j].NameLike && !qr.Words[j].Name {
					break
				}
				out = append(out, j)
			}
			return out
		}
	}
	return out
}

// moreOnesMet is the share of the question a sentence that adds one meets
// of the words that ask for more (see moreOnes), beyond what it meets of
// them by its terms.
func moreOnesMet(qr match.Query, more []int, ts []string) float64 {
	if qr.Total == 0 {
		return 0
	}
	got := 0.0
	for _, i := range more {
		w := qr.Words[i]
		got += max(0, match.CreditRelated-w.Credit(ts)) * w.Weight
	}
	return got / qr.Total
}

// setAsideMet is the share of the question a sentence meets of the names
// among the words that ask for more ones (see moreOnes).
func setAsideMet(qr match.Query, more []int, ts []string) float64 {
	if qr.Total == 0 {
		return 0
	}
	got := 0.0
	for _, i := range more {
		if w := qr.Words[i]; w.NameLike || w.Name {
			got += w.Credit(ts) * w.Weight
		}
	}
	return got / qr.Total
}

// quoteMarks are the quotation marks an answer or a sentence may write.
var quoteMarks = strings.NewReplacer(`"`, "", "“", "", "”", "", "„", "", "«", "", "»", "")

// withoutQuoteMarks returns text without its double quotation marks, its
// spaces made single.
func withoutQuoteMarks(text string) string {
	return strings.Join(strings.Fields(quoteMarks.Replace(text)), " ")
}

// saidBefore reports whether an answer before, given without its
// quotation marks, holds a sentence's text.
func saidBefore(given, text string) bool {
	return given != "" && strings.Contains(given, withoutQuoteMarks(text))
}

// conversationWeight is what a sentence gains for holding, with its
// neighbours and headline, the names of the conversation's earlier
// questions: "is the US going?" after "when are the Astana talks?" is
// about going to Astana.
const conversationWeight = 0.3

// conversationNames returns the names among the terms of a conversation's
// earlier questions that the question itself does not hold.
func conversationNames(ix *index.Index, qr match.Query) []string {
	var out []string
	for _, t := range qr.Context {
		if ix.IsName(t) && !slices.Contains(out, t) && !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Term == t }) {
			out = append(out, t)
		}
	}
	return out
}

// namesShare is the share of names met in any of ctx's term lists.
func namesShare(names []string, ctx [][]string) float64 {
	met := 0
	for _, n := range names {
		for _, ts := range ctx {
			if slices.Contains(ts, n) {
				met++
				break
			}
		}
	}
	return float64(met) / float64(len(names))
}

// topicShare is the share of a corpus's sentences a name must be in to
// be what the whole corpus is about ("Syria" in news of the Syrian peace
// talks).
const topicShare = 0.2

// corpusTopics returns the question's names that the corpus as a whole is
// about: "is there a military solution in Syria?" asked of news on Syria
// does not need a sentence that says "Syria" again.
func corpusTopics(ix *index.Index, qr match.Query) map[string]bool {
	n := ix.SentenceCount()
	out := map[string]bool{}
	for _, w := range qr.Words {
		if !w.NameLike || n == 0 {
			continue
		}
		df := 0
		for _, a := range w.NameAlts {
			df = max(df, ix.SentenceDF(a.Term))
		}
		if float64(df) >= topicShare*float64(n) {
			out[w.Term] = true
		}
	}
	return out
}

// definitionWeight is what a sentence that defines what a question asks
// to define adds to its score: as much as holding the kind of answer a
// "who" or "where" question asks for.
const definitionWeight = 0.3

// firstMention reports whether a sentence is the first of its article to
// name the person a "who is X?" (or "tell me about X") question asks
// about. News introduces a person at their first mention ("State
// Department spokesman John Kirby said…") and after that writes only the
// name ("Kirby said…").
func firstMention(ix *index.Index, qr match.Query, doc, sent int, sentTerms []string) bool {
	q := qr.Question
	if q.Kind != question.Who && !q.About || q.Defines == "" {
		return false
	}
	words := qr.TermsOf(q.Defines)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if !ix.IsName(last) || !slices.Contains(sentTerms, last) {
		return false
	}
	// Named only in someone's words ("… and the Secretary [John Kerry]"),
	// a person is not introduced: the narrative does that.
	if !slices.Contains(qr.TermsOf(outsideQuotes(ix.Documents()[doc].Sentences[sent].Text)), last) {
		return false
	}
	sents := ix.Documents()[doc].Sentences
	for i := range sent {
		// A headline names a person it does not introduce ("Pence
		// Endorses Paul Ryan …"): the story does that.
		if !sents[i].Headline && slices.Contains(ix.SentenceTerms(doc, i), last) {
			return false
		}
	}
	return !sents[sent].Headline
}

// outsideQuotes returns text without what stands inside quotation
// marks, curly or straight.
func outsideQuotes(text string) string {
	var b strings.Builder
	inside := false
	for _, r := range text {
		switch r {
		case '“':
			inside = true
		case '”':
			inside = false
		case '"':
			inside = !inside
		default:
			if !inside {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// definitionOf matches a sentence that defines one of phrases, or is nil
// for none: "The ISSG is a group of …", "the ISSG, the group that …", "the
// International Syria Support Group (ISSG)"; and, when the question asks
// what a word means, one that translates or spells it out.
func definitionOf(meaning bool, phrases ...string) *regexp.Regexp {
	if len(phrases) == 0 {
		return nil
	}
	quoted := make([]string, len(phrases))
	for i, ph := range phrases {
		quoted[i] = regexp.QuoteMeta(ph)
	}
	// The phrase may be in quotation marks, and set off by a dash: "the
	// law’s “Cadillac tax” — a controversial levy on …".
	p := `\b(?:` + strings.Join(quoted, "|") + `)\b["”’']?`
	meant := ""
	if meaning {
		// Asked what a word means: "the name ''Brujas'' -- Spanish for
		// ''witches''", "ISSG, which stands for", "Hajj, meaning
		// pilgrimage" define it too.
		meant = p + `["”’']?\s*(?:,|\(|—|–|--)\s*\p{Lu}\p{Ll}+\s+for\b|` +
			p + `["”’']?,?\s+(?:which\s+)?(?:means|meaning|stands\s+for)\b|`
	}
	return regexp.MustCompile(`(?i)` + meant + p + `\)?(?:\s*\([^)]*\))?,?\s+(?:is|was|are|were)\s+(?:a|an|the|one)\b|` +
		p + `(?:,|\s*(?:—|–|--))\s*(?:a|an|the)\s|\(\s*` + p + `\s*\)|` +
		// "When superdelegates -- elected officials and party leaders
		// free to support either candidate -- are factored in": a
		// phrase set off between dashes right after it.
		p + `\s*(?:—|–|--)\s*\p{Ll}[^—–]{3,}?\s(?:—|–|--)|` +
		// "Karimi, executive director of Interfaith Paths to Peace"
		p + `,\s+(?:[a-z][\pL-]*\s+){0,2}(?:` + appositiveRoles + `)\b`)
}

// appositiveRoles are the nouns of a post or a trade that an appositive
// gives a person without an article: "Karimi, executive director of …",
// "Lee, spokeswoman for the council".
const appositiveRoles = `director|president|head|chief|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|founder|leader|member|professor|secretary|minister|ambassador|envoy|governor|mayor|senator|editor|reporter|correspondent|executive|officer|manager|owner|lawyer|attorney|analyst|economist|author|writer|organizer|organiser|coordinator|adviser|advisor|aide|pastor|priest|rabbi|imam|commander|candidate|nominee|judge|researcher|scientist|teacher|student|coach|captain|chancellor|dean|principal|treasurer|commissioner|representative|deputy`

// definedAs returns the phrases a sentence that defines what the
// question asks to define may write it as: the phrase asked, and, for a
// person asked about by their full name, their surname ("Nefzi, a
// chemistry professor" for "who is Adel Nefzi?"); none when the
// question asks to define nothing.
func definedAs(ix *index.Index, qr match.Query) []string {
	d := qr.Question.Defines
	if d == "" {
		return nil
	}
	out := []string{d}
	if qr.Question.Kind != question.Who || qr.Question.Background {
		return out // "where did Tomas Lind work before?" asks his past, not what he is
	}
	if words := strings.Fields(d); len(words) >= 2 {
		last := words[len(words)-1]
		if ts := qr.TermsOf(last); len(ts) == 1 && ix.IsName(ts[0]) {
			out = append(out, last)
		}
	}
	return out
}

// opensWithThey reports a sentence whose first word is "they" (after
// "and" or "but" too), which points back to the people the sentence
// before names.
func opensWithThey(text string) bool {
	text = strings.TrimLeft(text, "\"“‘'( ")
	first, rest, _ := strings.Cut(text, " ")
	switch first {
	case "And", "But", "So", "Yet":
		first, _, _ = strings.Cut(rest, " ")
		first = strings.ToUpper(first[:min(1, len(first))]) + first[min(1, len(first)):]
	}
	return first == "They"
}

// opensWithPersonalPronoun reports a sentence whose first word is "he" or
// "she" (or "his", "her"), after "and" or "but" too, or after a short
// phrase of time or place ("In South Carolina, he prevailed …"), which
// points back to a person named before.
func opensWithPersonalPronoun(text string) bool {
	text = strings.TrimLeft(text, "\"“‘'( ")
	if phrase, rest, ok := strings.Cut(text, ", "); ok && settingPhrase(phrase) {
		text = strings.ToUpper(rest[:min(1, len(rest))]) + rest[min(1, len(rest)):]
	}
	first, rest, _ := strings.Cut(text, " ")
	switch first {
	case "And", "But", "So", "Yet":
		// "And he is advising Pfizer …"
		first, _, _ = strings.Cut(rest, " ")
		first = strings.ToUpper(first[:min(1, len(first))]) + first[min(1, len(first)):]
	}
	switch first {
	case "He", "She", "His", "Her":
		return true
	}
	return false
}

// settingPhraseWords is the most words a phrase of time or place before
// a sentence's subject has (settingPhrase).
const settingPhraseWords = 6

// settingOpeners open a phrase of time or place.
var settingOpeners = newWordSet("in", "on", "at", "by", "within", "during", "after", "before", "since", "over",
	"throughout", "until", "despite", "amid", "last", "earlier", "later", "now", "still", "then", "meanwhile", "instead")

// settingPhrase reports a short phrase of time or place that may open a
// sentence before its subject: "In South Carolina", "On Sunday",
// "Within the past 12 days".
func settingPhrase(phrase string) bool {
	ws := strings.Fields(phrase)
	return len(ws) > 0 && len(ws) <= settingPhraseWords && settingOpeners.words[strings.ToLower(ws[0])]
}

// quotedPeopleIn returns the terms of the question's names among the
// people the articles give as speakers of the quotations standing in a
// sentence.
func quotedPeopleIn(ix *index.Index, qr match.Query, terms *termsMemo, doc, sent int) []string {
	var out []string
	for _, speaker := range ix.PeopleQuotedIn(doc, sent) {
		out = append(out, namesIn(qr, terms.of(speaker))...)
		out = append(out, questionTermsIn(qr, terms.of(roleOf(ix, speaker)))...)
	}
	return out
}

// termsMemo remembers, while one question's sentences are scored, the
// terms of the names and roles read in them, which many sentences share.
type termsMemo struct {
	// of is the question's term.Of, which remembers every text it reads.
	of      func(text string) []string
	persons map[[2]int][]string
	// surnames holds, by document, the last words of its names of people
	// (see surnamesOf).
	surnames map[int]map[string]bool
	// phrased holds, by document and sentence, a sentence's terms with
	// the question's phrases it writes (withPhrases).
	phrased map[[2]int][]string
}

// withPhrases returns the terms ts of sentence s of document doc, whose
// text is text, with the keys of the names written out for the
// question's acronyms that it writes (match.Query.NamePhraseTerms).
func (m *termsMemo) withPhrases(qr match.Query, doc, s int, text string, ts []string) []string {
	key := [2]int{doc, s}
	if out, ok := m.phrased[key]; ok {
		return out
	}
	if m.phrased == nil {
		m.phrased = map[[2]int][]string{}
	}
	out := ts
	if ps := qr.NamePhraseTerms(text, ts); len(ps) > 0 {
		out = append(slices.Clone(ts), ps...)
	}
	m.phrased[key] = out
	return out
}

// personsIn returns personTerms of sentence s of document doc (whose
// sentences are sents), with the question's names that its article
// gives people as surnames, written alone: "Reeves, the judge hearing
// the case, …" after "Judge Carlton W. Reeves". (Others are left out:
// the "Chinese" of "Han Chinese" names no one.)
func (m *termsMemo) personsIn(qr match.Query, doc, s int, sents []document.Sentence) []string {
	key := [2]int{doc, s}
	if ts, ok := m.persons[key]; ok {
		return ts
	}
	if m.persons == nil {
		m.persons = map[[2]int][]string{}
	}
	ts := personTerms(sents[s].Text, qr.Tokenize)
	for _, t := range qr.Tokenize(sents[s].Text) {
		// The article's names of people are read only for a question's
		// name the sentence writes alone.
		if t.Capitalized && !slices.Contains(ts, t.Term) && len(namesIn(qr, []string{t.Term})) > 0 && m.surnamesOf(qr, doc, sents)[t.Term] {
			ts = append(ts, t.Term)
		}
	}
	m.persons[key] = ts
	return ts
}

// surnamesOf returns the last words of the names of people (personRuns)
// that document doc, of sentences sents, writes.
func (m *termsMemo) surnamesOf(qr match.Query, doc int, sents []document.Sentence) map[string]bool {
	if out, ok := m.surnames[doc]; ok {
		return out
	}
	if m.surnames == nil {
		m.surnames = map[int]map[string]bool{}
	}
	out := map[string]bool{}
	for _, sent := range sents {
		for _, run := range personRuns(sent.Text, qr.Surfaces) { // only the last word is stemmed
			if t := qr.Word(run[len(run)-1].Surface); t != "" {
				out[t] = true
			}
		}
	}
	m.surnames[doc] = out
	return out
}

// roleOf is the role the articles give a speaker ("U.N. envoy"), or "".
func roleOf(ix *index.Index, speaker string) string {
	sps := ix.Speakers()
	i := sort.Search(len(sps), func(i int) bool { return sps[i].Name >= speaker })
	if i < len(sps) && sps[i].Name == speaker {
		return sps[i].Role
	}
	return ""
}

// questionTermsIn returns the terms of ts that are question words as
// written: "the UN envoy" asked of is the speaker the articles call
// "U.N. envoy".
func questionTermsIn(qr match.Query, ts []string) []string {
	var out []string
	for _, w := range qr.Words {
		if len(w.Alts) > 0 && w.Alts[0].Credit == 1 && slices.Contains(ts, w.Alts[0].Term) {
			out = append(out, w.Alts[0].Term)
		}
	}
	return out
}

// opensWithRole reports a sentence that opens on "The" and a role noun
// ("The lawyer who ran …", "The senator said …"): it speaks of a person
// named before.
func opensWithRole(text string) bool {
	n := theNoun(text)
	return n != "" && quote.IsRole(n)
}

// placeNouns stand for a place or a work named before: "the city", "the
// state", "the film".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "country": true, "nation": true, "state": true,
	"region": true, "province": true, "county": true, "capital": true,
	"film": true, "movie": true, "book": true, "novel": true, "play": true, "show": true,
	"series": true, "album": true, "song": true, "documentary": true,
}

// opensWithPlaceNoun reports a sentence that opens on "The" and a noun
// that stands for a place or a work, or its possessive: "The city's
// unemployment rate is …", "The film is a Hollywood fantasy, written and
// directed by …".
func opensWithPlaceNoun(text string) bool {
	n := theNoun(text)
	return placeNouns[strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s")]
}

// placeReach is how many sentences back "the city" may point to the
// place a question names, in its paragraph or, for a sentence opening
// one, the paragraph before.
const placeReach = 2

// placeNamedBefore returns the terms of the question's names (places,
// mostly: "Indianapolis"; works: "Hail, Caesar!") that the nearest of the
// placeReach sentences before sentence s writes, in its paragraph, or in
// the one before when s opens its own.
func placeNamedBefore(ix *index.Index, qr match.Query, doc, s int) []string {
	sents := ix.Documents()[doc].Sentences
	para := sents[s-1].Paragraph // a sentence that opens its paragraph looks to the one before
	for k := s - 1; k >= max(0, s-placeReach) && sents[k].Paragraph == para && !sents[k].Headline; k-- {
		ts := ix.SentenceTerms(doc, k)
		var out []string
		for _, w := range qr.Words {
			if w.NameLike && slices.Contains(ts, w.Term) {
				out = append(out, w.Term)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// theNoun returns the word in lower case after a sentence's opening
// "The" ("lawyer" of "The lawyer who ran …", "newspaper" of "The
// newspaper said …"), else "".
func theNoun(text string) string {
	first, rest, _ := strings.Cut(strings.TrimLeft(text, "\"“‘'( "), " ")
	if first != "The" {
		return ""
	}
	second, _, _ := strings.Cut(rest, " ")
	second = strings.TrimRight(second, ",.;:")
	if second != strings.ToLower(second) {
		return ""
	}
	return second
}

// opensWithOrgDescription returns the noun of a sentence that opens on
// "The" and a noun that stands for an organisation ("The newspaper said
// …", "The agency reported …"), else "".
func opensWithOrgDescription(text string) string {
	if n := theNoun(text); n != "" && quote.IsOrgDescription(n) {
		return n
	}
	return ""
}

// describedAt returns the organisation's name that the description (the
// "newspaper" of "The newspaper said") stands for: the nearest name it
// fits in the roleReach sentences before sents[s], by its sentence and
// its terms; -1 and nil for none.
func describedAt(sents []document.Sentence, s int, description string, tokenize func(string) []term.Token) (int, []string) {
	for k := s - 1; k >= max(0, s-roleReach); k-- {
		var run []term.Token
		var found []string
		end := func() {
			var words []string
			for _, t := range run {
				words = append(words, t.Surface)
			}
			if len(run) > 0 && quote.OrgFits(strings.Join(words, " "), description) {
				found = found[:0]
				for _, t := range run {
					if t.Term != "" {
						found = append(found, t.Term)
					}
				}
			}
			run = run[:0]
		}
		for i, t := range tokenize(sents[k].Text) {
			if !t.Capitalized || t.AfterBreak || i == 0 {
				end()
			}
			if t.Capitalized && i > 0 {
				run = append(run, t)
			}
		}
		end()
		if len(found) > 0 {
			return k, found // the last name it fits in the sentence
		}
	}
	return -1, nil
}

// roleReach is how many sentences back "the lawyer" may point to a
// person the question names.
const roleReach = 3

// antecedent returns the question's names of the person "he" or "she"
// opening sents[s] (of document doc) stands for: the nearest person
// named in the pronounReach sentences before, when the question names
// them. A sentence that names someone else ends the search: "he" is
// that one.
func antecedent(qr match.Query, terms *termsMemo, doc int, sents []document.Sentence, s int) []string {
	for k := s - 1; k >= max(0, s-pronounReach); k-- {
		if ps := terms.personsIn(qr, doc, k, sents); len(ps) > 0 {
			return namesIn(qr, ps)
		}
	}
	return nil
}

// namedBefore returns the question's names of people in the nearest of
// the reach sentences before sents[s] (of document doc) that names one.
func namedBefore(qr match.Query, terms *termsMemo, doc int, sents []document.Sentence, s, reach int) []string {
	for k := s - 1; k >= max(0, s-reach); k-- {
		if ts := namesIn(qr, terms.personsIn(qr, doc, k, sents)); len(ts) > 0 {
			return ts
		}
	}
	return nil
}

// personTerms returns the terms of the names in text that can be a
// person's: runs of two or more capitalised words ("George A. Krol",
// "Buyantu Khan"), not single ones, which are mostly places ("Astana").
func personTerms(text string, tokenize func(string) []term.Token) []string {
	var out []string
	for _, run := range personRuns(text, tokenize) {
		for _, t := range run {
			if t.Term != "" {
				out = append(out, t.Term)
			}
		}
	}
	return out
}

// personRuns returns the tokens, as tokenize gives them, of each name in
// text that can be a person's (see personTerms).
func personRuns(text string, tokenize func(string) []term.Token) [][]term.Token {
	var out [][]term.Token
	var run []term.Token
	place := false // the run follows "in" or "at": a place
	end := func() {
		if len(run) >= 2 && !place { // initials ("A.") count
			out = append(out, run)
		}
		run, place = nil, false
	}
	// A comma or a bracket ends a run: "Austria, Marta L. Kovacs" is two.
	pieces := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:()[]\"“”–—", r) })
	for p, piece := range pieces {
		toks := tokenize(piece)
		for i, t := range toks {
			if p == 0 && i == 0 || !t.Capitalized {
				end() // the sentence's first word is capitalised anyway
				continue
			}
			if len(run) == 0 && i > 0 {
				place = placePrepositions.words[toks[i-1].Surface]
			}
			run = append(run, t)
		}
		end()
	}
	return out
}

// placePrepositions come before places, not people: "moderates in New
// Hampshire", "a rally at Madison Square Garden".
var placePrepositions = newWordSet("in", "at", "near", "across", "throughout")

// namesIn returns the terms in ts that meet one of the question's names.
func namesIn(qr match.Query, ts []string) []string {
	var out []string
	for _, w := range qr.Words {
		if !w.NameLike {
			continue
		}
		for _, a := range w.NameAlts {
			if slices.Contains(ts, a.Term) {
				out = append(out, a.Term)
			}
		}
	}
	return out
}

// ofPairs are, of pairShare, the question's word pairs joined by "of":
// ofPairs(qr)[i] for words i and i+1. Read once for every sentence.
func ofPairs(qr match.Query) []bool {
	lower := strings.ToLower(qr.Question.Text)
	out := make([]bool, len(qr.Words))
	for i := 0; i+1 < len(qr.Words); i++ {
		a, b := strings.ToLower(qr.Words[i].Surface), strings.ToLower(qr.Words[i+1].Surface)
		out[i] = strings.Contains(lower, a+" of "+b) || strings.Contains(lower, a+" of the "+b)
	}
	return out
}

// pairShare is the share of the question's neighbouring word pairs that
// stand next to each other in the sentence too ("peace conference"). A
// pair joined by "of" in the question stands the other way round too,
// past the rest of the question's words that follow: "the mayor of
// Atlantic City" is "Atlantic City Mayor Don Guardian". of are
// the pairs joined by "of" (ofPairs).
func pairShare(qr match.Query, of []bool, ts []string) float64 {
	if len(qr.Words) < 2 {
		return 0
	}
	pairs, hit := 0, 0
	for i := 0; i+1 < len(qr.Words); i++ {
		a, b := qr.Words[i], qr.Words[i+1]
		if len(a.Alts) == 0 || len(b.Alts) == 0 {
			continue
		}
		pairs++
		for j := 0; j+1 < len(ts); j++ {
			if ts[j] == a.Alts[0].Term && ts[j+1] == b.Alts[0].Term || of[i] && ts[j] == b.Alts[0].Term && compoundBefore(qr, i, ts, j) {
				hit++
				break
			}
		}
	}
	if pairs == 0 {
		return 0
	}
	return float64(hit) / float64(pairs)
}

// nearby is a sentence's own terms and those of the sentence before it
// (ctx[2], when there is one: before), without the headline: what a
// figure in it prices is said there, not in a title over the article.
func nearby(own []string, ctx [][]string, before bool) [][]string {
	if before && len(ctx) > 2 {
		return [][]string{own, ctx[2]}
	}
	return [][]string{own}
}

// compoundBefore reports that the question's word i follows ts[j] in a
// compound, after at most the question's next words: "atlant citi
// mayor" for "mayor of Atlantic City".
func compoundBefore(qr match.Query, i int, ts []string, j int) bool {
	a := qr.Words[i].Alts[0].Term
	for k := j + 1; k < len(ts) && k <= j+maxCompoundName; k++ {
		if ts[k] == a {
			return true
		}
		n := i + 1 + (k - j)
		if n >= len(qr.Words) || len(qr.Words[n].Alts) == 0 || qr.Words[n].Alts[0].Term != ts[k] {
			return false
		}
	}
	return false
}

// maxCompoundName bounds the words of a name before the noun it
// qualifies in a compound ("Atlantic City Mayor").
const maxCompoundName = 3

// headlineTerms returns the terms of a document's headline, if it has
// one, and of the place its dateline gives ("SYRACUSE, N.Y. - …"): a
// report placed there speaks of it in every sentence, though it writes
// "this city" after.
func headlineTerms(ix *index.Index, doc int) []string {
	sents := ix.Documents()[doc].Sentences
	var out []string
	first := 0
	if len(sents) > 0 && sents[0].Headline {
		out = ix.SentenceTerms(doc, 0)
		first = 1
	}
	if first < len(sents) {
		if m := datelineRe.FindStringSubmatch(sents[first].Text); m != nil {
			out = append(slices.Clip(out), term.Of(m[1]+" "+m[2])...)
		}
	}
	return out
}

// pinningTerms are the headline's terms (headlineTerms) that speak for
// every sentence of the article: those of names the headline lists
// ("Carson, Huckabee, Fiorina earned speaking fees …", "Clinton and
// Sanders face the voters") are left out, since a sentence about one of
// them is about none of the others.
func pinningTerms(ix *index.Index, doc int) []string {
	ts := headlineTerms(ix, doc)
	sents := ix.Documents()[doc].Sentences
	if len(ts) == 0 || len(sents) == 0 || !sents[0].Headline {
		return ts
	}
	m := namesListRe.FindStringSubmatch(sents[0].Text)
	if m == nil {
		return ts
	}
	listed := term.Of(m[1])
	return slices.DeleteFunc(slices.Clone(ts), func(t string) bool { return slices.Contains(listed, t) })
}

// namesListRe is a list of names opening a headline, before a word in
// lower case: two or more capitalised words joined by commas or "and"
// ("French and Indian War" is one name).
var namesListRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s*,\s*\p{Lu}[\p{L}'’.-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+|\p{Lu}[\p{L}'’.-]+(?:\s*,\s*\p{Lu}[\p{L}'’.-]+){2,})\s+\p{Ll}`)

// datelineRe is a report's dateline, its place in capitals before a
// dash, perhaps with its state and an agency ("SYRACUSE, N.Y. -",
// "BEIRUT (Reuters) —"), or a place before an agency ("Philadelphia
// (AFP) –"); the groups are the place.
var datelineRe = regexp.MustCompile(`^(?:(\p{Lu}{2,}[\p{Lu} .'’-]*?)(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:\([\p{L} .]{2,20}\)\s*)?|(\p{Lu}[\p{L} .'’-]{1,30}?)\s*\([\p{L} .]{2,20}\)\s*)(?:—|–|--|-)\s`)

// anyDated reports whether any candidate sentence's article has a date.
func anyDated(ix *index.Index, cands []candidate) bool {
	for _, c := range cands {
		if ix.Documents()[c.doc].Date != "" {
			return true
		}
	}
	return false
}

// NewestDay is the date (YYYY-MM-DD) of the index's newest dated
// article, or "".
func NewestDay(ix *index.Index) string {
	newest := ""
	for _, d := range ix.Documents() {
		newest = max(newest, document.Day(d.Date))
	}
	return newest
}

// pastStartRe asks when something began in the past, as what has gone on
// since a time did: "when did the talks start?", not "when do they
// start?".
var pastStartRe = regexp.MustCompile(`(?i)\b(?:did|started|began|begun|commenced)\b`)

// startWords ask when something began.
var startWords = newWordSet("start", "started", "starts", "begin", "began", "begun", "begins", "commence", "commenced")

// sinceTimeRe dates the start of what goes on: "since 2011", "since
// March".
var sinceTimeRe = regexp.MustCompile(`\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:1[0-9]\d\d|20\d\d|` + document.MonthName + `)\b`)

// startWordsAsked returns the places among the question's words of its
// counted words of starting when it asks when something began in the
// past ("when did the war start?"); nil otherwise.
func startWordsAsked(qr match.Query) []int {
	since := qr.Asks(sinceWhenRe)
	if qr.Question.Kind != question.When || qr.Total == 0 || !qr.Asks(pastStartRe) && !since {
		return nil
	}
	var out []int
	for i, w := range qr.Words {
		surface := strings.ToLower(w.Surface)
		if (startWords.In(surface) || since && goingOnWords.In(surface)) && qr.Counted(i) {
			out = append(out, i)
		}
	}
	return out
}

// sinceWhenRe asks since when something has gone on: its verb of going
// on ("since when has the war been going on?") asks when it began.
var sinceWhenRe = regexp.MustCompile(`(?i)^\W*since\s+when\b`)

// goingOnWords say that something goes on.
var goingOnWords = newWordSet("going", "go", "gone", "continued", "continuing", "lasted", "lasting", "raged", "raging", "run", "running", "ongoing")

// startedSince returns the share of the question's weight of its words
// of starting (starts, from startWordsAsked), less what terms ts meet of
// them, when text dates what goes on "since" a time: the time something
// has gone on since is when it began.
func startedSince(qr match.Query, starts []int, text string, ts []string) float64 {
	if len(starts) == 0 || !sinceTimeRe.MatchString(text) {
		return 0
	}
	share := 0.0
	for _, i := range starts {
		share += unmetShare(qr, qr.Words[i], 1, ts)
	}
	return share
}

// unmetShare returns the share of the question's weight that word w adds
// when met at credit, less what terms ts meet of it already: what a
// sentence that says w in other words ("since 2011" for "start") adds to
// its coverage.
func unmetShare(qr match.Query, w match.Word, credit float64, ts []string) float64 {
	return max(0, credit-w.Credit(ts)) * w.Weight / qr.Total
}

// gatheringTerms are the index terms of the nouns of a gathering, and of
// those at one, that a report uses for the one event it is about: "a
// meeting last week" is then "the 40-minute discussion" or "the
// session", and "the participants" are those at it.
var gatheringTerms = newWordSet(term.Word("meeting"), term.Word("discussion"), term.Word("session"), term.Word("talks"),
	term.Word("conference"), term.Word("summit"), term.Word("gathering"), term.Word("negotiations"),
	term.Word("participants"), term.Word("attendees"))

// theGatheringRe finds a gathering, or those at one, that a sentence
// speaks of as known: "the 40-minute discussion", "The approximately 20
// participants".
var theGatheringRe = regexp.MustCompile(`(?i)\bthe\s+(?:[\p{L}\d'’.,-]+\s+){0,2}?(?:meeting|discussion|session|talks|conference|summit|gathering|negotiations|participants|attendees)\b`)

// gatheringReach is how many sentences back a gathering spoken of as
// known may be the one named before.
const gatheringReach = 6

// gatheringAsked returns the place among the question's words of a
// gathering it asks about with a name ("the Kerry meeting", "Kerry's
// meeting"); -1 for none.
func gatheringAsked(qr match.Query) int {
	if !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.NameLike && len(w.NameAlts) > 0 }) {
		return -1
	}
	return slices.IndexFunc(qr.Words, func(w match.Word) bool {
		// A noun of a gathering, as written or misspelt ("tlaks"), after
		// "the" or a possessive: "when do Kerry and Lavrov talk?" and
		// "when did the sponsors meet?" ask of no gathering.
		written := asWritten(qr, w.Term)
		return !w.NameLike && gatheringTerms.In(written) && (gatheringNouns.In(w.Surface) || written != w.Term) &&
			regexp.MustCompile(`(?i)(?:\bthe|['’]s)\s+(?:[\p{L}\d'’.-]+\s+){0,2}?`+regexp.QuoteMeta(w.Surface)+`\b`).MatchString(qr.Question.Text)
	})
}

// gatheringNouns are the nouns, as written, of gatheringTerms.
var gatheringNouns = newWordSet("meeting", "meetings", "discussion", "discussions", "session", "sessions", "talks",
	"conference", "conferences", "summit", "summits", "gathering", "gatherings", "negotiations")

// gatheringBefore returns, for sentence s of document doc that speaks of
// a gathering as known ("the 40-minute discussion"), the term of the
// question's gathering word g and the question's names that the
// sentence before it naming the gathering first writes ("in a meeting
// last week with … John Kerry"), past sentences that speak of it as
// known too; nil when that sentence names none of the question's names.
func gatheringBefore(ix *index.Index, qr match.Query, g, doc, s int) []string {
	sents := ix.Documents()[doc].Sentences
	if !slices.ContainsFunc(ix.SentenceTerms(doc, s), gatheringTerms.Has) || !theGatheringRe.MatchString(sents[s].Text) {
		return nil
	}
	for k := s - 1; k >= max(0, s-gatheringReach); k-- {
		ts := ix.SentenceTerms(doc, k)
		if !slices.ContainsFunc(ts, gatheringTerms.Has) {
			continue
		}
		var out []string
		for _, w := range qr.Words {
			if w.NameLike && w.NameCredit(ts) > 0 {
				out = append(out, w.NameAlts[0].Term)
			}
		}
		if len(out) > 0 {
			return append(out, asWritten(qr, qr.Words[g].Term))
		}
		if !theGatheringRe.MatchString(sents[k].Text) {
			return nil // another gathering, named without the question's names
		}
	}
	return nil
}

// pastCareerRe finds a sentence that tells what someone did before:
// "had risen to become", "previously served", "a former envoy".
var pastCareerRe = regexp.MustCompile(`(?i)\b(?:had\s+(?:been|served|worked|risen|spent|led|run|held|headed)|previously|formerly|former|prior\s+to|before\s+(?:joining|becoming|that)|earlier\s+in\s+(?:his|her|their)\s+career)\b`)

// nowAskedRe finds a question that asks who holds a post now: "who is
// the CEO of HP?", "who's the party's leader", not "who was …".
var nowAskedRe = regexp.MustCompile(`(?i)^\s*who(?:\s+is|\s+are|'s|’s)\b`)

// pastAskedRe finds words of a question that ask about the past, when a
// former holder of a post may be the one asked.
var pastAskedRe = regexp.MustCompile(`(?i)\b(?:former|formerly|ex|previous|previously|before|once|used\s+to|then|past|last|first|original|originally)\b`)

// formerRe finds a post written as one held before: "former CEO",
// "ex-president", "then-governor".
var formerRe = regexp.MustCompile(`(?i)\b(?:former|ex-|onetime|one-time|erstwhile|then-)\s*([\pL]+)`)

// formerHolder reports a sentence that gives a post the question asks who
// holds now as held before ("former CEO Carly Fiorina" for "who is the
// CEO of HP?"): its holder is not the one asked about.
func formerHolder(qr match.Query, text string) bool {
	if !qr.Asks(nowAskedRe) || qr.Asks(pastAskedRe) {
		return false
	}
	for _, m := range formerRe.FindAllStringSubmatch(text, -1) {
		if asksCommon(qr, term.Word(m[1])) {
			return true
		}
	}
	return false
}

// pastCareerWeight is what telling someone's past adds to a sentence's
// score for a question on their background: as much as a fair share of
// the question's words.
const pastCareerWeight = 0.3

// identityAskedRe finds a question that asks who or what one thing is,
// in up to four words: "who is trump's running mate?", "what was the
// cadillac tax?".
var identityAskedRe = regexp.MustCompile(`(?i)^\W*(?:who|what)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+|an?\s+)?(?:[\pL'’.-]+\s+){0,3}([\pL-]+)\W*$`)

// identityHead returns the place among the question's words of the noun
// that heads what a "who is" or "what is" question asks about, when it
// is a common word the articles write ("mate" of "running mate",
// "envoy" of "the UN envoy"); -1 otherwise. An answer must meet it, as
// written or by a related or near word: the words before it only
// qualify it.
func identityHead(qr match.Query) int {
	m := identityAskedRe.FindStringSubmatch(qr.Question.Text)
	if m == nil {
		return -1
	}
	i := slices.IndexFunc(qr.Words, func(w match.Word) bool { return strings.EqualFold(w.Surface, m[1]) })
	if i < 0 {
		return -1
	}
	w, lw := qr.Words[i], strings.ToLower(qr.Words[i].Surface)
	if w.NameLike || w.Name || len(w.Alts) == 0 || !qr.Counted(i) || kinGroupOf[lw] != nil || nameNouns[lw] || strings.HasSuffix(lw, "ed") {
		// A family tie is met by a word of the tie (kinUnmet), a name
		// by the name itself, and "called" is no noun.
		return -1
	}
	return i
}

// roleOfAskedRe finds a question that asks who holds a role of
// something: "who are the sponsors of astana?", "who's the president of
// the SNC".
var roleOfAskedRe = regexp.MustCompile(`(?i)^\W*who(?:['’]s|\s+(?:is|was|are|were|r))\s+(?:the\s+|an?\s+)?(?:[\pL'’.-]+\s+){0,2}?([\pL-]+)\s+(?:of|for|at|in)\s+`)

// roleOfAsked returns the place among the question's words of the role
// noun a "who is the N of X" question asks for ("sponsors"), when it is a
// common word; -1 otherwise.
func roleOfAsked(qr match.Query) int {
	m := roleOfAskedRe.FindStringSubmatch(qr.Question.Text)
	if m == nil {
		return -1
	}
	i := slices.IndexFunc(qr.Words, func(w match.Word) bool { return strings.EqualFold(w.Surface, m[1]) })
	if i < 0 || qr.Words[i].NameLike || qr.Words[i].Name || len(qr.Words[i].Alts) == 0 {
		return -1
	}
	return i
}

// nameNouns ask for a name: the answer gives it, and need not say "name".
var nameNouns = map[string]bool{"name": true, "names": true, "nickname": true, "title": true}
