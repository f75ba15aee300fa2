package claim

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/retrieve"
	"github.com/parleybot/parley/rag/term"
)

// Support thresholds.
const (
	// minCoverage is the weighted share of a claim's content words that its
	// sentences must meet, as written, by stem, or through related words
	// at their lower credit (rag/match).
	minCoverage = 0.5
	// minWordsShare is the share of its words that are no names a
	// claim's sentences must meet more than (wordsShare) when they meet
	// none of them as written: related words alone, each at half credit,
	// must meet more than the whole claim must.
	minWordsShare = 0.5
	// maxSupport is the most sentences one claim may rest on.
	maxSupport = 3
)

// checker judges claims against the passages of one answer.
type checker struct {
	ix *index.Index
	lx *lexicon.Lexicon
	m  *match.Matcher
	// rd reads texts into tokens once per answer, through the
	// matcher's stems.
	rd       *term.Reader
	passages []retrieve.Passage
	// read caches what each candidate sentence holds.
	sents map[sentRef]*sentInfo
	// claims caches what read finds in each claim or clause text, read
	// more than once (whole, by clauses, for its reason).
	claims map[string]facts
	// roles caches, by speaker, the terms of each role the articles give
	// them (rolesOf).
	roles map[string][][]string
	// wholeNames caches wholeNameWritten, by the name's words.
	wholeNames map[string]bool
}

// judge decides whether p stands, and on which sentences. speaker is
// who spoke in the claim before it that names who speaks, or "": "He
// also said …" after "Kerry said …" is checked as what Kerry said.
func (c *checker) judge(p *piece, speaker string) {
	// "Based on the provided passages, Russia …": the claim is what
	// follows the words that point to the articles.
	text, topic := sourceOpenerRe.ReplaceAllString(p.text, ""), false
	if p.introduces {
		// "Here is what the articles say about the Astana talks:" names
		// only what the list is about.
		text, topic = leadInTopic(text)
	}
	f := c.read(text)
	p.speaker = f.speaker
	if f.byPronoun && speaker != "" && personalSpeech[strings.ToLower(f.pronoun)] {
		f = c.read(replaceWord(text, f.pronoun, speaker))
	}
	// A yes or no alone ("Yes. According to the article, …") answers the
	// question; the claims after it are checked.
	bare := strings.TrimSpace(answerWordRe.ReplaceAllString(text+" ", "")) == "" || leadIn(text) ||
		courtesy(text, f) || saysAbsent(text)
	p.content = !bare && (len(f.q.Words) > 0 || len(f.names) > 0 || len(f.numbers) > 0 || len(f.quotes) > 0)
	if !p.content {
		p.ok = true // nothing to check ("Yes.", "Here is what the articles say:")
		return
	}
	var cands []sentRef
	for _, n := range p.cites {
		if n < 1 || n > len(c.passages) {
			continue
		}
		// The sentence just before and after a passage count too: a
		// quotation's speaker is often named in the sentence before it.
		ps := c.passages[n-1]
		sents := c.ix.Documents()[ps.Doc].Sentences
		for s := max(ps.First-1, 0); s <= min(ps.Last+1, len(sents)-1); s++ {
			if sents[s].Segment != sents[ps.First].Segment {
				continue
			}
			r := sentRef{ps.Doc, s}
			if !slices.Contains(cands, r) {
				cands = append(cands, r)
			}
		}
	}
	if len(cands) == 0 {
		return // uncited, or citing no passage: never shown as cited
	}
	if topic {
		// What the list is about may be what its articles are about: their
		// headlines say so.
		for _, r := range slices.Clone(cands) {
			h := slices.IndexFunc(c.ix.Documents()[r.doc].Sentences, func(s document.Sentence) bool { return s.Headline })
			if h >= 0 && !slices.Contains(cands, sentRef{r.doc, h}) {
				cands = append(cands, sentRef{r.doc, h})
			}
		}
	}
	p.cited = true
	p.support, p.ok = c.choose(f, cands)
	if p.ok && p.introduces {
		// A line that introduces a list is shown without markers: it says
		// nothing the list's sentences don't ("The Astana talks were a
		// failure:" brings a word of its own).
		terms, _, _, _ := c.gather(p.support)
		p.ok = c.newWords(f, terms) == 0
	}
	byParts := false
	if !p.ok {
		p.support, p.ok = c.byClauses(text, cands)
		byParts = p.ok
	}
	if p.ok && !f.negated && c.deniedBeside(f, p.support, cands) {
		p.support, p.ok = nil, false
	}
	if p.ok && !c.reasonNear(text, p.support, cands) {
		p.support, p.ok = nil, false
	}
	if !p.ok || byParts {
		return // byClauses has checked each clause already
	}
	// A clause joined on under the same citation is a claim too: "…
	// came under heavy air strikes, and the rebels shot down a Russian
	// jet" is not held by a sentence on the air strikes alone.
	for _, cl := range clauses(text) {
		cf := c.readClause(cl, f)
		if len(cf.q.Words) == 0 && len(cf.names) == 0 && len(cf.numbers) == 0 && len(cf.quotes) == 0 {
			continue
		}
		if _, ok := c.choose(cf, cands); !ok {
			p.support, p.ok = nil, false
			return
		}
	}
}

// becauseRe finds the "because" that gives a claim's reason.
var becauseRe = regexp.MustCompile(`(?i)\s+because\s+`)

// reasonNear reports whether the reason a claim gives after "because"
// rests on the sentences that hold the claim (support, and those the
// rest alone rests on) or those right beside them in their paragraph: a
// story says why something happened where it tells it. "O'Malley is
// moving staff to Iowa because his campaign is leading in the polls
// there" is not held by a sentence on the move and one on his polls
// three sentences on. A claim with no such reason, or a reason too short
// to be read alone, passes.
func (c *checker) reasonNear(text string, support, cands []sentRef) bool {
	loc := becauseRe.FindStringIndex(text)
	if loc == nil || len(strings.Fields(text[loc[1]:])) < minClauseWords {
		return true
	}
	main := slices.Clone(support)
	if set, ok := c.choose(c.read(text[:loc[0]]), cands); ok {
		main = set // the sentences of the rest alone, not those the reason itself rests on
	}
	var near []sentRef
	for _, r := range cands {
		sents := c.ix.Documents()[r.doc].Sentences
		if slices.ContainsFunc(main, func(m sentRef) bool {
			return m.doc == r.doc && m.sent-1 <= r.sent && r.sent <= m.sent+1 && sents[m.sent].Paragraph == sents[r.sent].Paragraph
		}) {
			near = append(near, r)
		}
	}
	_, ok := c.choose(c.readClause(text[loc[1]:], c.read(text)), near)
	return ok
}

// byClauses supports a claim of clauses that clauseJoinRe joins, each
// of minClauseWords words or more, by the sentences that support each:
// "The pilot needed to balance the jet's weight and asked for volunteers,
// so Perez moved to the cramped last row" rests on two sentences, the
// second naming Perez, the first not, so no one sentence and no pair
// choose allows holds it. It reports false when a clause is too short
// to be read alone or unsupported.
func (c *checker) byClauses(text string, cands []sentRef) ([]sentRef, bool) {
	parts := splitClauses(text)
	whole := c.read(text)
	if len(parts) < 2 {
		return nil, false
	}
	var support []sentRef
	for _, part := range parts {
		if len(strings.Fields(part)) < minClauseWords {
			return nil, false
		}
		set, ok := c.choose(c.readClause(part, whole), cands)
		if !ok {
			return nil, false
		}
		for _, r := range set {
			if !slices.Contains(support, r) {
				support = append(support, r)
			}
		}
	}
	return support, true
}

// clauseJoinRe joins a clause with its own subject and verb to the one
// before it: ", and", ", but", ", while", ", whereas", ";", ", so" and
// "because", whose reason is a claim of its own.
var clauseJoinRe = regexp.MustCompile(`,\s+(?:and|but|while|whereas|so)\s+|;\s+|\s+because\s+`)

// splitClauses splits text where clauseJoinRe joins two clauses, but not
// inside a quotation: "still alive, but barely" is one quoted saying.
func splitClauses(text string) []string {
	var parts []string
	start := 0
	for _, m := range clauseJoinRe.FindAllStringIndex(text, -1) {
		if strings.Count(text[:m[0]], `"`)%2 == 1 || strings.Count(text[:m[0]], "“") > strings.Count(text[:m[0]], "”") {
			continue
		}
		parts = append(parts, text[start:m[0]])
		start = m[1]
	}
	return append(parts, text[start:])
}

// clauses returns the clauses of a claim that clauseJoinRe joins, those
// of minClauseWords words or more ("Russia, Iran, and Turkey" lists
// names, and is read with the claim); none when it has one.
func clauses(text string) []string {
	parts := splitClauses(text)
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		if len(strings.Fields(p)) >= minClauseWords {
			out = append(out, p)
		}
	}
	return out
}

// answerWordRe matches a yes or no that opens a claim as the answer to a
// question ("No: Turkey and Russia remain at odds …"): it negates
// nothing the claim goes on to say.
var answerWordRe = regexp.MustCompile(`(?i)^\s*(?:yes|no|yeah|nope)\s*[,:;.!—–-]\s*`)

// leadInRe matches a line that only introduces what follows it, in words
// about the answer itself: "Here is what the articles say:", "According to
// the sources, the key points are:". It says nothing to check.
var leadInRe = regexp.MustCompile(`(?i)^(?:(?:here|what|is|are|the|a|an|some|few|of|to|from|in|on|this|these|that|they|it|i|we|you|found|find|can|could|say|says|said|show|shows|according|key|main|points?|details?|facts?|summary|articles?|sources?|passages?|reports?|following|information|answer|mentions?|mentioned|was|were|what's|here's|below|follows?|as|about|all|know|there)[\s,']*)+:\s*$`)

// leadIn reports a claim that only introduces what follows (leadInRe).
func leadIn(text string) bool { return leadInRe.MatchString(text) }

// courtesyRe matches a line of courtesy that opens or closes a reply:
// "Great question!", "Sure!", "I hope this helps!", "Let me know if you
// have any other questions."
var courtesyRe = regexp.MustCompile(`(?i)^\s*(?:i\s+)?(?:hope\s+(?:this|that|it)\s+helps?|let\s+me\s+know\s+if\s+(?:you\s+)?(?:have|need|want|would\s+like)\b[^.!?]*|feel\s+free\s+to\s+ask\b[^.!?]*|(?:is\s+there\s+)?anything\s+else\s+(?:i\s+can|you\s+would|you'd)\b[^.!?]*|(?:i\s+am|i'm)\s+happy\s+to\s+help\b[^.!?]*|(?:great|good|excellent|interesting)\s+question|sure|certainly|of\s+course|absolutely|thanks?\s+(?:you\s+)?for\s+(?:asking|the\s+question))[\s.!?]*$`)

// courtesy reports a line of courtesy that names nothing and counts
// nothing: it has no claim to check.
func courtesy(text string, f facts) bool {
	// A first word is capitalised as a sentence's is: "Great question!"
	// names no one.
	return courtesyRe.MatchString(text) && !slices.ContainsFunc(f.names, func(n name) bool { return n.at > 0 }) &&
		len(f.numbers) == 0 && len(f.quotes) == 0
}

// absentRe matches a sentence saying the articles do not say something:
// "The articles don't say when they ended", "There is no information in
// the passages about …", "… is not mentioned in the articles".
var absentRe = regexp.MustCompile(`(?i)^\s*(?:however,?\s+)?(?:the\s+)?(?:provided\s+|given\s+)?(?:articles?|passages?|sources?|texts?|context)\s+(?:(?:do|does|did)\s*(?:not|n't|n’t)|never)\s+(?:say|said|mention|specify|state|give|indicate|provide|include|report|tell|discuss|address|contain|explain|describe|name)\b|^\s*(?:however,?\s+)?(?:there\s+is\s+no|no)\s+(?:information|mention|details?)\b.*\b(?:in|from)\s+the\s+(?:provided\s+|given\s+)?(?:articles?|passages?|sources?|texts?|context)\b|\b(?:is|are|was|were)\s+not\s+(?:mentioned|stated|specified|given|reported|said)\s+in\s+the\s+(?:provided\s+|given\s+)?(?:articles?|passages?|sources?|texts?|context)\b`)

// joinedRe finds a clause joined on: what it says is a claim of its own.
var joinedRe = regexp.MustCompile(`(?i),\s*(?:but|and|while|whereas|yet|so|which|who|where|when)\b|;|\s(?:but|however|although|though)\s`)

// saysAbsent reports a sentence that says only that the articles do not
// say something: it cites nothing, and has nothing to check ("The
// articles don't say when they ended"). One that goes on to another
// clause ("…, but France sponsored them") is checked.
func saysAbsent(text string) bool {
	return absentRe.MatchString(text) && !joinedRe.MatchString(text)
}

// sourceOpenerRe finds the words that open a claim by pointing to the
// articles themselves, or by drawing attention to it: "Based on the
// provided passages,", "According to the articles,", "From the sources
// given,", "The article states that", "Note that". A named source
// ("According to Reuters") is no such opener: it is checked.
var sourceOpenerRe = regexp.MustCompile(`(?i)^\s*(?:(?:based\s+on|according\s+to|from|in|per|as\s+(?:stated|noted|reported|mentioned)\s+in)\s+(?:the\s+|these\s+|this\s+)?(?:provided\s+|given\s+|available\s+|retrieved\s+|cited\s+)?(?:articles?|passages?|sources?|texts?|documents?|context|excerpts?|information)(?:\s+(?:provided|given|above|available|here))?\s*,\s*|(?:the\s+)?(?:articles?|passages?|sources?|texts?)\s+(?:states?|says?|mentions?|notes?|reports?|explains?|indicates?)\s+that\s+|(?:please\s+)?note\s*(?::\s*|that\s+)|notably\s*,\s*)`)

// topicRe finds the word after which a lead-in names its topic: "Here is
// what the articles say about …".
var topicRe = regexp.MustCompile(`(?i)\s(?:about|on|regarding|concerning)\s`)

// leadInTopic returns the topic a line introducing a list names after
// words about the answer itself ("Here is what the articles say about the
// Astana talks:" names "the Astana talks:"), and true; or the whole line
// and false.
func leadInTopic(text string) (string, bool) {
	loc := topicRe.FindStringIndex(text)
	if loc == nil || !leadIn(text[:loc[0]]+":") {
		return text, false
	}
	return text[loc[1]:], true
}

// choose picks up to maxSupport of the candidate sentences that together
// hold everything the claim says, greedily by what each adds; it reports
// false when no such set exists.
func (c *checker) choose(f facts, cands []sentRef) ([]sentRef, bool) {
	var chosen []sentRef
	for len(chosen) < maxSupport {
		best, bestScore := -1, c.score(f, chosen)
		for i, r := range cands {
			if slices.Contains(chosen, r) || len(chosen) > 0 && !c.bindsTo(f, r) && !c.sameSpeaker(chosen, r) {
				continue
			}
			if s := c.score(f, append(append([]sentRef(nil), chosen...), r)); s > bestScore+1e-9 {
				best, bestScore = i, s
			}
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, cands[best])
		if c.holds(f, chosen) {
			return chosen, true
		}
	}
	return nil, false
}

// bindsTo reports whether a sentence holds a name, a number or a
// quotation of the claim: only such a sentence may join the one a claim
// rests on, so a claim is not pieced together from the words of
// sentences about other things ("Organizers expressed hopes" from
// "Organizers downplayed hopes" and "observers expressed hopes").
func (c *checker) bindsTo(f facts, r sentRef) bool {
	si := c.info(r)
	return c.factsHeld(f, [][]string{si.terms}, si.numbers, si.folded) > 0
}

// sameSpeaker reports whether sentence r quotes someone a chosen sentence
// quotes too: the quotation goes on there ("… we have one aim," Lind
// said. "That is to reopen the quay."), and its words are theirs.
func (c *checker) sameSpeaker(chosen []sentRef, r sentRef) bool {
	for _, q := range c.ix.QuotesIn(r.doc, r.sent) {
		if q.Speaker == "" {
			continue
		}
		for _, ch := range chosen {
			if ch.doc == r.doc && slices.ContainsFunc(c.ix.QuotesIn(ch.doc, ch.sent), func(o quote.Quote) bool { return o.Speaker == q.Speaker }) {
				return true
			}
		}
	}
	return false
}

// factsHeld counts the claim's names, numbers and quotations that
// sentences hold, given their terms, numbers and folded texts.
func (c *checker) factsHeld(f facts, terms [][]string, nums []float64, folded string) int {
	n := 0
	for _, nm := range f.names {
		if c.nameMet(nm, terms) {
			n++
		}
	}
	for _, v := range f.numbers {
		if numberIn(v, nums) {
			n++
		}
	}
	for _, q := range f.quotes {
		if strings.Contains(folded, q) {
			n++
		}
	}
	return n
}

// score rates how much of the claim a set of sentences holds: each
// requirement met counts one, and coverage adds its share.
func (c *checker) score(f facts, set []sentRef) float64 {
	if len(set) == 0 {
		return 0
	}
	terms, _, nums, folded := c.gather(set)
	return f.q.Coverage(terms...) + float64(c.factsHeld(f, terms, nums, folded))
}

// holds reports whether the sentences hold everything the claim says.
func (c *checker) holds(f facts, set []sentRef) bool {
	terms, texts, nums, folded := c.gather(set)
	if len(f.q.Words) > 0 && f.q.Coverage(terms...) < minCoverage {
		return false
	}
	unmet := c.unmetWords(f, terms)
	if len(unmet) >= maxNewWords {
		return false // "The talks aim to chart a path towards a military victory" where it is a political transition
	}
	if c.newDeed(f, unmet) {
		return false // "The port paid for the talks" where it is looking to settle a strike at them
	}
	if c.insertedWord(f, unmet, set) {
		return false // "provide military training" where they "provide education"
	}
	if c.slotSwapped(f, unmet, set) {
		return false // "cost the port its workers" where it cost the port its best customers
	}
	if share, direct, ok := wordsShare(f.q, terms); ok && direct == 0 && share <= minWordsShare {
		return false // "Reuters obtained an audio recording" where a sentence only names Reuters
	}
	for _, n := range f.names {
		if !c.nameStands(f, n, set, terms) && !c.framedByHeadline(f, n, set) && !c.speakersWe(n, set) {
			return false
		}
		if !c.wholeNameWritten(n) {
			return false // "Bob Kerry said he lost the argument" where he is John Kerry
		}
		for _, r := range n.roles {
			// Written in a sentence that writes the name ("Sen." is its
			// "Senator"), not one that quotes them.
			if !slices.ContainsFunc(set, func(ref sentRef) bool {
				toks := c.info(ref).tokens()
				return slices.ContainsFunc(toks, func(t term.Token) bool { return t.Term == n.head }) &&
					slices.ContainsFunc(toks, func(t term.Token) bool { return strings.HasPrefix(t.Term, r) })
			}) {
				return false // "President John Kerry" where the sentences make him Secretary of State
			}
		}
	}
	for _, v := range f.numbers {
		if !numberIn(v, nums) && !sameSpan(v, f.text, texts) {
			return false // "two days" is met by "48 hours"
		}
	}
	for _, rg := range numberRanges(f.text) {
		if !slices.ContainsFunc(set, func(r sentRef) bool { ns := c.info(r).numbers; return numberIn(rg[0], ns) && numberIn(rg[1], ns) }) {
			return false // "January 22-23" is not pieced from "January 22" and "January 23-24"
		}
	}
	for _, n := range f.ordinals {
		if !slices.ContainsFunc(set, func(r sentRef) bool { si := c.info(r); return ordinalMet(n, si.ordinals(), si.numbers) }) {
			return false // "the second biggest bloc" is not "the biggest bloc"
		}
	}
	for _, u := range f.units {
		if !slices.ContainsFunc(terms, func(ts []string) bool { return slices.Contains(ts, u) }) && !(people[u] && len(set) == 1 && c.countsSome(f, set)) {
			return false // 40 hours is not 40 minutes
		}
	}
	if len(f.measured) > 0 {
		for _, r := range set {
			if otherMeasure(f.measured, c.info(r).measures()) {
				return false // 13 hours is not 13 minutes
			}
		}
	}
	if len(f.counted) > 0 {
		for _, r := range set {
			if countsOther(f, c.info(r).countedNouns()) {
				return false // 20 diplomats are not 20 participants
			}
		}
	}
	if len(f.anchors) > 0 {
		for _, r := range set {
			if si := c.info(r); len(si.numbers) > 1 && swappedNumber(f.anchors, si.numberAnchors()) {
				return false // killed every 13 minutes, where 13 counts the wounded
			}
		}
	}
	for _, q := range f.quotes {
		if !strings.Contains(" "+folded+" ", " "+q+" ") {
			return false // a quotation the articles do not hold, word for word
		}
		if !c.rightMouth(f, q) {
			return false
		}
	}
	if reasonUnmet(f, terms) {
		return false // "postponed … due to bad weather" where the sentence gives internal wrangling
	}
	if purposeUnmet(f, terms) {
		return false // "an air campaign in Syria to topple Assad" where it was to bolster him
	}
	if c.relationUnmet(f, set) || complementUnmet(f, terms) || roleAsUnmet(f, terms) {
		return false // "Osama Abu Zaid leads the Free Syrian Army" where he is its spokesman
	}
	// The subject's head as written or by stem: the lexicon and the
	// vectors put a thing beside others of its kind ("attack" beside
	// "fight"), and who or what does it is the point of what is reported.
	if f.reportedSubject != "" && unmetAbove(f, f.reportedSubject, [][]string{terms[mostReported(f, terms)]}, match.CreditRelated) {
		return false // "Kerry said a chemical attack could push …" where it was Assad's indifference
	}
	// The verbs of what is reported and of a relative clause as written, by
	// stem or through the lexicon: the vectors put a verb beside the others
	// of its topic ("fight" beside "rebel").
	if f.reportedVerb != "" && unmetAbove(f, f.reportedVerb, [][]string{terms[mostReported(f, terms)]}, match.CreditNear) {
		return false // "Kerry said arming the rebels would succeed" where he said it could backfire
	}
	verbs, objects := relativeClauses(f.toks)
	for _, v := range verbs {
		if unmetAbove(f, v, terms, match.CreditNear) {
			return false // "four Syrian groups that fight in rebel-held areas" where they provide services there
		}
	}
	for _, o := range objects {
		if unmetAbove(f, o, terms, match.CreditNear) {
			return false // "four Syrian groups that provide weapons" where they provide education
		}
	}
	for _, v := range conjoinedVerbs(f.toks) {
		if wordUnmet(f, v, terms) {
			return false // "… is the UN special envoy for Syria and is boycotting the talks" where he is attending
		}
	}
	if f.reportedPerfect && onlyGoingOn(c.info(set[mostReported(f, terms)]).tokens(), f.reportedVerb) {
		return false // "said it had persuaded the group" where it said it was persuading it
	}
	if !c.rightReporter(f, set, terms) || c.swapped(f, set) {
		return false
	}
	if c.otherOrder(f, set) {
		return false // "days before the ceasefire collapsed" is not "days after"
	}
	if c.intendedOnly(f, set) {
		return false // "have convened the talks" where they "hope to convene" them
	}
	if c.sideTurned(f, set) {
		return false // "tipping the balance against Assad" where it tipped it in favor of him
	}
	if slices.ContainsFunc(set, func(r sentRef) bool { return preferenceTurned(f.text, c.info(r).text) }) {
		return false // "in 2018 rather than 2020" where the sentence says "in 2020 rather than 2018"
	}
	if otherSide(f.text, texts) {
		return false // "more than 300 delegates" where the sentence says "nearly 300"
	}
	if otherMagnitude(f.text, texts) {
		return false // "hundreds of millions of dollars" where the sentence says "tens of millions"
	}
	if c.qualifiedElsewhere(f, set) {
		return false // "Republican leaders … insisted" where the sentence's leaders are Democratic
	}
	if c.memberElsewhere(f, set) {
		return false // "20 participants, including Bashar al-Assad" where Assad is named elsewhere
	}
	if c.agentUnmet(f, set) {
		return false // "made by a Times reporter" where it was made by a non-Syrian
	}
	if c.modifierSwapped(f, set, terms) {
		return false // "military services" where the sentence's services are medical
	}
	if otherCompound(f.text, texts) {
		return false // "government-held parts of Aleppo" where the sentence says "rebel-held areas"
	}
	if c.roleElsewhere(f, set) {
		return false // "ambassador to Russia" where the sentences make him ambassador to Kazakhstan
	}
	negated, prefixed := false, false
	conditional := conditionalOnly(f)
	for _, r := range set {
		negs := c.info(r).negations()
		for _, t := range negs {
			if otherModifier(f.toks, t, negs, c.info(r).negatedHeads()) {
				// "the only path is a political solution" where "there is
				// not a military solution": another solution.
				continue
			}
			if conditional[t] {
				// "would quit the coalition if it attends the talks" where
				// the sentence says it "would not attend … and would quit
				// … if it does": the claim does not say it attends.
				continue
			}
			if t == saidTerm && slices.Contains(f.terms, t) && !slices.Contains(term.Negated(f.text), t) {
				// "… No one else can say that," she said: the words'
				// "say" is no denial of the claim's "she said", unless
				// the claim negates its saying too.
				continue
			}
			negated = negated || slices.Contains(f.terms, t)
			// "unclear" says what "not clear" does.
			prefixed = prefixed || slices.ContainsFunc(f.terms, func(ct string) bool { p, ok := c.plainOf(ct); return ok && p == t })
		}
	}
	if f.negated && !negated {
		// "Sabra said negotiations were impossible" of "it was impossible
		// to carry out negotiations": the same word negates both.
		own := term.MeaningNegations(f.text)
		negated = len(own) > 0 && slices.ContainsFunc(set, func(r sentRef) bool {
			return slices.ContainsFunc(term.MeaningNegations(c.info(r).text), func(w string) bool { return slices.Contains(own, w) })
		})
	}
	if f.find(openRe) == nil && slices.ContainsFunc(set, func(r sentRef) bool { return leftOpen(c.info(r).text, f.terms) }) {
		return false // "would meet" where the sentence says it is not clear whether they would
	}
	if f.compares && !slices.ContainsFunc(set, func(r sentRef) bool { return comparesThings(c.info(r).text) }) {
		return false // "wounded less often than they were killed" where the sentence compares nothing
	}
	if f.universal && !slices.ContainsFunc(set, func(r sentRef) bool { return c.info(r).speaksOfAll() }) {
		return false // "all of the rebel groups" is not "14 rebel organizations"
	}
	for _, age := range f.ages {
		if !slices.ContainsFunc(set, func(r sentRef) bool { return ageGiven(c.info(r).tokens(), c.info(r).text, age, f.names) }) {
			return false // "Perez is 45 years old" where 45 is no age of his
		}
	}
	for _, rt := range f.relTimes {
		if !slices.ContainsFunc(set, func(r sentRef) bool { return slices.Contains(relativeTimes(c.info(r).text), rt) }) {
			return false // "last month" is not "last week"
		}
	}
	if sc := smallCounts(f.toks); len(sc) > 0 {
		var sents []map[string][]float64
		for _, r := range set {
			sents = append(sents, smallCounts(c.info(r).tokens()))
		}
		if recountsSmall(sc, sents) {
			return false // "five Syrian groups" where the sentence says four
		}
		if countsOtherSmall(f.q, sc, sents) {
			return false // "five Taliban commanders" where the sentence counts five detainees
		}
	}
	if slices.ContainsFunc(f.terms, match.DeathTerm) && !slices.ContainsFunc(terms, func(ts []string) bool { return slices.ContainsFunc(ts, match.DeathTerm) }) {
		return false // "20 people were killed at the meeting" where the sentence counts participants
	}
	for _, base := range f.superlatives {
		if !slices.ContainsFunc(set, func(r sentRef) bool { return c.holdsSuperlative(c.info(r), base) }) {
			return false // "the largest sponsor" where the sentence ranks no sponsor
		}
	}
	if f.exclusive && !slices.ContainsFunc(set, func(r sentRef) bool { return exclusiveHeld(c.info(r).text) }) {
		return false // "Iran is the only sponsor" where the sentence names three
	}
	if f.negated != negated && !(prefixed && !f.negated) {
		return false // "did not send" is not "sent"
	}
	if f.negated && c.dropsNegation(f, set) {
		return false // "there is precedent … without evidence" where the sentence says "no precedent"
	}
	if c.negatesOther(f, set) {
		return false // "rarely complained" where the sentence says he repeatedly did, of another "not"
	}
	if f.negated {
		return true // a negated claim is left to the negation rule above
	}
	return !c.contradicted(f, set)
}

// maxNewWords is how many words a claim may bring that the sentences
// meet in no way at all (not as written, by stem, as a related or a near
// word, nor by a word as near in vectors as a near word is, though not
// among its nearest: "plea" for "request") before it says something they don't: one is a paraphrase's own
// word ("the conflict has left … people dead"), two a thing of its own
// ("a military victory", "feared … could derail").
const maxNewWords = 2

// newWords counts the claim's common words that no sentence meets in any
// way; names, numbers and verbs of speech are checked otherwise, and a
// word made negative by its prefix is met by its plain word, the negation
// rule reading the rest.
func (c *checker) newWords(f facts, terms [][]string) int {
	return len(c.unmetWords(f, terms))
}

// unmetWords returns the claim's common words that no sentence meets in
// any way (see newWords).
func (c *checker) unmetWords(f facts, terms [][]string) []string {
	var out []string
	for _, w := range f.q.Words {
		if _, counts := numberWords[strings.ToLower(w.Surface)]; counts || w.Name || w.NameLike || term.IsNumber(w.Term) || reportsSpeech(strings.ToLower(w.Surface)) && !speechActs[w.Term] {
			continue // "the two delegations": a count, checked as one
		}
		plain, prefixed := c.plainOf(w.Term)
		if !slices.ContainsFunc(terms, func(ts []string) bool {
			return w.Credit(ts) > 0 || c.m.Kin(w.Term, ts) || prefixed && slices.Contains(ts, plain) // "unclear", "not clear": the negation rule's
		}) {
			out = append(out, w.Term)
		}
	}
	return out
}

// frameVerbs say only that, or how long, something was: the number or
// the thing after them is checked ("the discussion lasted 40 minutes" of
// "the 40-minute discussion").
var frameVerbs = map[string]bool{"lasted": true, "happened": true, "occurred": true, "remained": true, "seemed": true, "appeared": true}

// newDeed reports, given the claim's words its sentences meet in no way
// (unmetWords), a claim whose verb in the past ("cancelled", or an
// irregular form: "paid"), no determiner before it, is a word the sentences meet in no way: what
// was done is the point of a claim, and one word of its own there is no
// paraphrase ("The port paid for the talks" where the port is looking to
// settle a strike at them).
func (c *checker) newDeed(f facts, unmet []string) bool {
	if len(unmet) == 0 {
		return false
	}
	for i, t := range f.toks {
		low := strings.ToLower(t.Surface)
		if i == 0 || t.Capitalized || !slices.Contains(unmet, t.Term) || term.Negates(low) {
			continue // "refused to attend" where the sentence says "would not attend": the negation rule's
		}
		before := strings.ToLower(f.toks[i-1].Surface)
		// An irregular form after "was" is most often an adjective
		// ("was meant to end the strike").
		irregular := len(c.lx.Forms(t.Term)) > 0 && !strings.HasSuffix(low, "s") && !quote.IsBeForm(before)
		if !pastInEd(low) && !irregular {
			continue
		}
		if !match.IsDeterminer(before) && !frameVerbs[low] {
			return true
		}
	}
	return false
}

// insertedWord reports a word of the claim the sentences meet in no way
// (unmetWords) between two content words that a sentence writes side by
// side: "provide military training" where four groups "provide
// education" (the training met by the education), the word is what the
// claim adds, not a paraphrase.
func (c *checker) insertedWord(f facts, unmet []string, set []sentRef) bool {
	for i := 1; i+1 < len(f.toks); i++ {
		prev, t, next := f.toks[i-1], f.toks[i], f.toks[i+1]
		if t.Capitalized || !slices.Contains(unmet, t.Term) || prev.Term == "" || next.Term == "" || t.AfterBreak || next.AfterBreak || term.IsNumber(prev.Term) {
			continue
		}
		k := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == next.Term })
		if k < 0 {
			continue
		}
		for _, r := range set {
			st := c.info(r).tokens()
			for j := 0; j+1 < len(st); j++ {
				if st[j].Term == prev.Term && !st[j+1].AfterBreak && st[j+1].Term != "" && f.q.Words[k].Credit([]string{st[j+1].Term}) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// slotSwapped reports a word of the claim the sentences meet in no way
// (unmetWords) after a determiner or a preposition, where a sentence
// writes the content word before it and the same determiner or
// preposition, and then another word: the sentence fills the claim's
// place with something else ("cost the port its workers" where it "cost
// the port its best customers"; "news about elections" where it is "news
// about bombing and shelling").
func (c *checker) slotSwapped(f facts, unmet []string, set []sentRef) bool {
	for i := 2; i < len(f.toks); i++ {
		t, det, prev := f.toks[i], f.toks[i-1], f.toks[i-2]
		low := strings.ToLower(det.Surface)
		if t.Capitalized || !slices.Contains(unmet, t.Term) || !match.IsDeterminer(low) && !prepositions[low] || prev.Term == "" || det.AfterBreak || t.AfterBreak {
			continue
		}
		for _, r := range set {
			st := c.info(r).tokens()
			for j := 0; j+2 < len(st); j++ {
				if st[j].Term == prev.Term && strings.EqualFold(st[j+1].Surface, det.Surface) && !st[j+1].AfterBreak && !st[j+2].AfterBreak && st[j+2].Term != "" {
					return true
				}
			}
		}
	}
	return false
}

// above returns w with only the alternatives that meet it at more than
// floor: match.CreditNear keeps the lexicon's and drops the vectors'.
func above(w match.Word, floor float64) match.Word {
	w.Alts = slices.DeleteFunc(slices.Clone(w.Alts), func(a match.Alt) bool { return a.Credit <= floor })
	return w
}

// lightVerbs are the index terms of verbs that say little without their
// noun: "gave a speech" is "a speech", "held talks" is "talks".
var lightVerbs = termSet("give", "gave", "given", "gives", "make", "made", "makes", "take", "took", "taken", "takes", "hold", "held", "holds", "have", "had", "has", "get", "got", "gets", "do", "did", "does")

// meets reports whether a sentence's tokens meet a claim word that says
// how names are joined: as written, by stem, or through a related or a
// near word. A loose paraphrase the sentence writes inside a name only
// shares a topic ("founder" and the Clinton Foundation), and a related
// word that is another word of the claim meets nothing: "released" is
// related to "public", which "released the documents to the public"
// holds on its own.
func (c *checker) meets(f facts, w match.Word, si *sentInfo) bool {
	if slices.Contains(si.said, w.Term) {
		return true // "wants" of "would like", which the articles may write nowhere else
	}
	for _, a := range w.Alts {
		switch {
		case a.Term != w.Term && slices.Contains(f.terms, a.Term) && termCount(si.tokens(), a.Term) <= termCount(f.toks, a.Term):
			// Unless the sentence writes it once more: "remain at odds
			// over whether Assad should remain in power" meets "stay".
		case strings.Contains(a.Term, " "): // "carry out"
			if slices.Contains(si.terms, a.Term) {
				return true
			}
		default:
			for k, t := range si.tokens() {
				if t.Term == a.Term && !(a.Credit <= match.CreditLoose && t.Capitalized && k > 0) && !(agentNoun(w.Surface) && !agentNoun(t.Surface)) {
					return true
				}
			}
		}
	}
	return false
}

// agentNoun reports a word that names one who does what its stem says,
// the stemmer having cut its "-er" or "-or": "reporter" (report),
// "supporter", "negotiator". Such a word is not met by its verb: "a Times
// reporter" is not "the newspaper reported" ("order" and "member" keep
// their ending, and are no agents).
func agentNoun(w string) bool {
	lw := strings.TrimSuffix(strings.ToLower(w), "s")
	if !strings.HasSuffix(lw, "er") && !strings.HasSuffix(lw, "or") {
		return false
	}
	return len(term.Word(lw)) < len(lw)-1
}

// termCount counts the tokens of term t.
func termCount(toks []term.Token, t string) int {
	n := 0
	for _, tk := range toks {
		if tk.Term == t {
			n++
		}
	}
	return n
}

// notOwn returns w without the related words the claim writes itself: a
// word is not met by another of the claim's own ("had been cancelled" by
// the "announced" of "it was announced", "ending" by the "cease" of the
// cease-fire it ends).
func notOwn(f facts, w match.Word) match.Word {
	w.Alts = slices.DeleteFunc(slices.Clone(w.Alts), func(a match.Alt) bool { return a.Term != w.Term && slices.Contains(f.terms, a.Term) })
	return w
}

// wordUnmet reports a claim word of term t, no name or number, that the
// sentences' terms meet in no way.
func wordUnmet(f facts, t string, terms [][]string) bool { return unmetAbove(f, t, terms, 0) }

// unmetAbove reports a claim word of term t, no name or number, that the
// sentences' terms meet by no word of credit above floor (a word the claim
// writes itself aside): match.CreditNear leaves the lexicon's related
// words and drops the vectors' near ones, match.CreditRelated leaves the
// word as written, by stem or as the articles spell it.
func unmetAbove(f facts, t string, terms [][]string, floor float64) bool {
	for _, w := range f.q.Words {
		if w.Term != t || w.NameLike || w.Name || term.IsNumber(t) {
			continue
		}
		w = above(notOwn(f, w), floor)
		if !slices.ContainsFunc(terms, func(ts []string) bool { return w.Credit(ts) > 0 }) {
			return true
		}
	}
	return false
}

// wordsShare is the weighted share of the claim's words that are no
// names, nor verbs of speech, that the sentences meet, each at its best
// credit, and the share they meet as written (or by stem, or corrected);
// false when the claim has fewer than two. A name weighs much, being rare: without this, a
// sentence that holds the names alone would hold a claim of what they
// did ("Osama Abu Zaid leads the Free Syrian Army" where he is its
// spokesman).
func wordsShare(q match.Query, sets [][]string) (share, direct float64, ok bool) {
	got, gotDirect, total, n := 0.0, 0.0, 0.0, 0
	for _, w := range q.Words {
		if w.NameLike || w.Name || w.Weight == 0 || reportsSpeech(strings.ToLower(w.Surface)) {
			continue // "said" is no content a sentence shares
		}
		n++
		best := 0.0
		for _, ts := range sets {
			best = max(best, w.Credit(ts))
		}
		got += best * w.Weight
		if best >= match.CreditCorrected {
			gotDirect += best * w.Weight
		}
		total += w.Weight
	}
	if n < 2 {
		return 0, 0, false // "They were held in Astana": a place is all it says
	}
	return got / total, gotDirect / total, true
}

// gather returns the terms of each sentence, their texts, their numbers,
// and their folded texts joined.
func (c *checker) gather(set []sentRef) ([][]string, []string, []float64, string) {
	terms := make([][]string, len(set))
	texts := make([]string, len(set))
	folded := make([]string, len(set))
	var nums []float64
	for i, r := range set {
		si := c.info(r)
		terms[i], texts[i], folded[i] = si.terms, si.text, si.folded
		nums = append(nums, si.numbers...)
	}
	return terms, texts, nums, strings.Join(folded, " ")
}
