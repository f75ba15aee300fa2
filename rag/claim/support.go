package claim

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
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

// sentInfo is what a sentence holds, read once per answer.
type sentInfo struct {
	rd    *term.Reader // the checker's
	terms []string
	// said are the terms of verbs the sentence says in other words: "want"
	// for "would like".
	said    []string
	text    string
	numbers []float64
	folded  string
	// negated are the terms a negation word governs, read when first
	// asked for: only the sentences a claim is checked against need them.
	negated    []string
	negatedSet bool
	// heads are the terms each negation governs first (term.NegatedHeads),
	// read when first asked for.
	heads    []string
	headsSet bool
	// anchors are anchorsOf the text's tokens, read when first asked for.
	anchors map[float64][]string
	// measured are measuredNumbers of the text, and universal whether it
	// speaks of all of something; read when first asked for.
	measured                map[float64][]string
	universal, universalSet bool
	// segs are the tokens of the sentence's clauses, read when first
	// asked for (segments).
	segs [][]term.Token
	// ords are ordinalsIn of the text, read when first asked for.
	ords    []int
	ordsSet bool
	// counted are countedNouns of the text, read when first asked for.
	counted map[float64]string
	// toks are the text's tokens, read when first asked for.
	toks []term.Token
	// intents are intentRe's submatch indexes in the text, read when
	// first asked for.
	intents    [][]int
	intentsSet bool
}

// intentions returns where intentRe matches the sentence, with the
// verb each intention governs as submatch 1.
func (si *sentInfo) intentions() [][]int {
	if !si.intentsSet {
		si.intents, si.intentsSet = intentRe.FindAllStringSubmatchIndex(si.text, -1), true
	}
	return si.intents
}

// tokens returns the sentence's tokens, read once for every reading of
// them.
func (si *sentInfo) tokens() []term.Token {
	if si.toks == nil {
		si.toks = si.rd.Tokenize(si.text)
	}
	return si.toks
}

// countedNouns returns the plural nouns the sentence's numbers count.
func (si *sentInfo) countedNouns() map[float64]string {
	if si.counted == nil {
		si.counted = countedNouns(si.tokens())
	}
	return si.counted
}

// ordinals returns the sentence's ordinals from "second" on.
func (si *sentInfo) ordinals() []int {
	if !si.ordsSet {
		si.ords, si.ordsSet = ordinalsIn(si.tokens()), true
	}
	return si.ords
}

// measures returns the units after the sentence's numbers.
func (si *sentInfo) measures() map[float64][]string {
	if si.measured == nil {
		si.measured = measuredNumbers(si.text)
	}
	return si.measured
}

// speaksOfAll reports whether the sentence speaks of all of something.
func (si *sentInfo) speaksOfAll() bool {
	if !si.universalSet {
		si.universal, si.universalSet = universal(si.text), true
	}
	return si.universal
}

// info reads a sentence once.
func (c *checker) info(r sentRef) *sentInfo {
	if si, ok := c.sents[r]; ok {
		return si
	}
	text := c.ix.Documents()[r.doc].Sentences[r.sent].Text
	terms := c.ix.SentenceTerms(r.doc, r.sent)
	if speakers := c.ix.SpeakersQuotedIn(r.doc, r.sent); len(speakers) > 0 {
		// "… bombing and shelling?” he asked": the speaker the articles'
		// attribution gives the quotation is named in its sentence, and
		// so is the paper of "The newspaper said it had obtained …".
		terms = slices.Clone(terms)
		for _, sp := range speakers {
			terms = append(terms, term.Of(sp)...)
		}
	}
	var said []string
	if (strings.Contains(text, "like") || strings.Contains(text, "love")) && wishRe.MatchString(text) {
		// "he would like a new meeting" says what he wants: "like" is a
		// stop word, which no claim's "wants" could meet.
		said = []string{wantTerm}
		terms = append(slices.Clone(terms), said...)
	}
	si := &sentInfo{rd: c.rd, terms: terms, said: said, text: text, numbers: numbers(text), folded: fold(text)}
	if c.sents == nil {
		c.sents = map[sentRef]*sentInfo{}
	}
	c.sents[r] = si
	return si
}

// wishRe finds a wish said with "like" or "love": "would like", "'d
// love".
var wishRe = regexp.MustCompile(`(?i)(?:\bwould|['’]d)\s+(?:\w+ly\s+)?(?:like|love)\b`)

// wantTerm is the index term of "want".
var wantTerm = term.Word("want")

// numberAnchors returns the words before each of the sentence's numbers.
func (si *sentInfo) numberAnchors() map[float64][]string {
	if si.anchors == nil {
		si.anchors = anchorsOf(si.tokens())
	}
	return si.anchors
}

// negations returns the terms a negation word in the sentence governs.
func (si *sentInfo) negations() []string {
	if !si.negatedSet {
		si.negated, si.negatedSet = term.Negated(si.text), true
	}
	return si.negated
}

// negatedHeads returns the first term each negation of the sentence
// governs, read once.
func (si *sentInfo) negatedHeads() []string {
	if !si.headsSet {
		si.heads, si.headsSet = term.NegatedHeads(si.text), true
	}
	return si.heads
}

// facts is what a claim says that can be checked.
type facts struct {
	q       match.Query
	rd      *term.Reader // the checker's, that read the claim
	names   []name
	numbers []float64
	// outer are the names of the whole claim a clause of it was read
	// from (readClause): who says a quotation in a clause that reports
	// no speech of its own ("Kerry argued …, because Assad \"has lost
	// the legitimacy …\"").
	outer []name
	// ownNegated and ownHeads are the terms the claim's negations govern,
	// and those each governs first (term.Negated, term.NegatedHeads).
	ownNegated, ownHeads []string
	// text is the claim as written, and toks its tokens.
	text string
	toks []term.Token
	// compares is true when the claim compares two things
	// (comparesThings): a sentence must too.
	compares bool
	// units are the terms of the words that follow the claim's numbers
	// ("40 minutes", "300,000 people").
	units []string
	// measured are, by number, the units of time or measure after it
	// (measuredNumbers).
	measured map[float64][]string
	// universal is true when the claim speaks of all of something
	// ("all of the rebel groups", "always"): a sentence must too.
	universal bool
	// relTimes are the times the claim gives relative to its article's
	// date ("last week", "yesterday"), as relativeTimes reads them.
	relTimes []string
	// ages are the ages the claim gives ("54 years old", "aged 54"): a
	// sentence must give them as ages, and may by a number set off after
	// a name ("Perez, 54, is …").
	ages []string
	// exclusive is true when the claim says something is the only one
	// ("the only sponsor", "solely"): the sentences must say so too.
	exclusive bool
	// anchors are, by number, the terms just before it (anchorsOf).
	anchors map[float64][]string
	// counted are, by number, the plural noun it counts (countedNouns).
	counted map[float64]string
	quotes  []string // folded
	negated bool
	terms   []string
	// reported are the terms after the claim's first verb of speech
	// ("said the talks had been hard going"), names left out: what it
	// says someone said.
	reported []string
	// byPronoun reports a claim whose speech a pronoun reports, with no
	// name before it ("He warned that any further American effort …"):
	// the names after it are what is said, not who says it.
	byPronoun bool
	// pronoun is the pronoun that reports the speech of a byPronoun
	// claim ("He" of "He also said …"); speaker is the name right before
	// the verb of speech of a claim that names who speaks ("Kerry" of
	// "Kerry said …"), or "".
	pronoun, speaker string
	// reportedVerb is the verb after a modal in what is reported
	// ("succeed" of "said arming the rebels would succeed"), or of what
	// is going on or done ("pressuring" of "said it was pressuring"), or
	// "". reportedPerfect reports it done ("said it had persuaded").
	reportedVerb    string
	reportedPerfect bool
	// reportedSubject is the head of the subject of a modal in what is
	// reported ("attack" of "said a chemical attack could push …"), or
	// "" for a name, a pronoun or none.
	reportedSubject string
	// relations are the claim's subjects and their verbs (relations);
	// predicate is what its last name does, when a verb follows it.
	relations []relation
	predicate *relation
	// descriptions are what it says its names are across a nationality
	// (descriptions).
	descriptions []relation
	// qualified are its nouns a nationality or party qualifies
	// ("Republican leaders").
	qualified []qualified
	// ordinals are the claim's ordinals from "second" on (ordinalsIn).
	ordinals []int
	// superlatives are the terms of the bases of the claim's
	// superlatives ("larg" of "largest"; superlative).
	superlatives []string
	// reasons are the heads of the claim's reason phrases (reasonHeads),
	// and purposes its purposes (readPurposes).
	reasons  []string
	purposes []purpose
	// undone are the terms of the verbs the claim writes after "to".
	undone map[string]bool
}

// find is re.FindStringSubmatch of the claim's text, remembered: the
// claim is tested against each set of sentences it may cite with the same
// patterns.
func (f facts) find(re *regexp.Regexp) []string { return f.rd.FindSubmatch(re, f.text) }

// name is a run of capitalised words: its head is the last word's term
// ("kerri" of "Secretary John Kerry"), which a sentence must hold; words
// are the terms of all its words.
type name struct {
	surface string
	head    string
	words   []string
	// at and end are the places of its first and last word among the
	// claim's tokens.
	at, end int
	// roles are the terms of the titles in it, before its last word
	// ("presid" of "President John Kerry"), which a sentence must give.
	roles []string
	// place is true for a name after a word that places something
	// ("areas of Damascus", "in Aleppo"): the place itself, which no
	// related name (Syria for Damascus) stands for.
	place bool
}

// judge decides whether p stands, and on which sentences. speaker is
// who spoke in the claim before it that names who speaks, or "": "He
// also said …" after "Kerry said …" is checked as what Kerry said.
func (c *checker) judge(p *piece, speaker string) {
	f := c.read(p.text)
	if f.byPronoun && speaker != "" && personalSpeech[strings.ToLower(f.pronoun)] {
		f = c.read(replaceWord(p.text, f.pronoun, speaker))
	}
	// A yes or no alone ("Yes. According to the article, …") answers the
	// question; the claims after it are checked.
	bare := strings.TrimSpace(answerWordRe.ReplaceAllString(p.text+" ", "")) == "" || leadIn(p.text)
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
	p.cited = true
	p.support, p.ok = c.choose(f, cands)
	byParts := false
	if !p.ok {
		p.support, p.ok = c.byClauses(p.text, cands)
		byParts = p.ok
	}
	if p.ok && !f.negated && c.deniedBeside(f, p.support, cands) {
		p.support, p.ok = nil, false
	}
	if p.ok && !c.reasonNear(p.text, p.support, cands) {
		p.support, p.ok = nil, false
	}
	if !p.ok || byParts {
		return // byClauses has checked each clause already
	}
	// A clause joined on under the same citation is a claim too: "…
	// came under heavy air strikes, and the rebels shot down a Russian
	// jet" is not held by a sentence on the air strikes alone.
	for _, cl := range clauses(p.text) {
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

// saidTerm is the index term of "said".
var saidTerm = term.Word("said")

// plainSpeech are the words of speech that say no more than "said".
var plainSpeech = map[string]bool{
	"noted": true, "notes": true, "stated": true, "states": true, "added": true, "adds": true,
	"remarked": true, "remarks": true, "commented": true, "comments": true, "observed": true,
	"mentioned": true, "mentions": true, "explained": true, "explains": true,
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

// nameParticleRe finds a particle inside a name, before the name's next
// capitalised word: "al" of "Bashar al-Assad", "de" of "Staffan de Mistura".
var nameParticleRe = regexp.MustCompile(`\p{Lu}\p{L}*[\s-]+(al|el|bin|ibn|de|da|di|du|van|von|der|le|la)[\s-]+\p{Lu}`)

// readClause reads a clause of the claim whole, keeping whole's names as
// the clause's outer names when the clause reports no speech itself.
func (c *checker) readClause(text string, whole facts) facts {
	f := c.read(text)
	if len(f.reported) == 0 {
		f.outer = whole.names
	}
	return f
}

// read picks out a claim's checkable content.
func (c *checker) read(text string) facts {
	if f, ok := c.claims[text]; ok {
		return f
	}
	f := c.readOnce(text)
	if c.claims == nil {
		c.claims = map[string]facts{}
	}
	c.claims[text] = f
	return f
}

// readOnce reads a claim's checkable content (read caches it).
func (c *checker) readOnce(text string) facts {
	// "The SNC" names the Syrian National Council, as in a question, in
	// every check that reads the claim's words ("the president of the
	// SNC" gives the council's role); the quotations and numbers are
	// read as written.
	written := text
	text = c.m.ExpandAcronyms(text)
	q := question.ParseStatement(text)
	// "Kirby noted that …" says what "Kirby said that …" does: who spoke
	// is checked by name and mouth, and a plain word of speech is no
	// content the sentence must hold.
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return plainSpeech[strings.ToLower(w.Surface)] })
	// "Bashar al-Assad": a particle inside a name is part of the name,
	// no content word that a sentence naming someone else might meet.
	particles := map[string]bool{}
	for _, m := range nameParticleRe.FindAllStringSubmatch(text, -1) {
		particles[strings.ToLower(m[1])] = true
	}
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return particles[w.Surface] })
	ages := agesIn(text)
	if len(ages) > 0 {
		// "54 years old" is an age, which a sentence may give as
		// "Perez, 54,": its words are checked with the number.
		q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return ageWords[strings.ToLower(w.Surface)] })
	}
	if len(numbers(text)) > 0 {
		// "twenty people" is checked as the number 20, which a sentence
		// writes in digits: its words are no content words.
		q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool {
			s := strings.ToLower(w.Surface)
			return isNumberWord(s) && s != "a" && s != "an" || scaleWords[s] > 0
		})
	}
	// "the 23rd of January" is checked as the ordinal 23, which a
	// sentence may write as a day ("January 23-24").
	// "300k" is checked as the number 300,000 (numbers reads its scale).
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool {
		return w.Surface != "" && w.Surface[0] >= '0' && w.Surface[0] <= '9' && (digitOrdinalRe.MatchString(w.Surface) || scaledDigitsRe.MatchString(w.Surface))
	})
	// "No: Turkey and Russia remain at odds …": the answer word negates
	// nothing the claim goes on to say.
	plain := answerWordRe.ReplaceAllString(text, "")
	f := facts{q: c.m.Prepare(q), rd: c.rd, text: text, toks: c.rd.Tokenize(text), compares: comparesThings(written), numbers: numbers(written), quotes: quotations(written),
		negated: term.Negates(plain)}
	f.ownNegated, f.ownHeads = term.Negated(plain), term.NegatedHeads(plain)
	toks := c.rd.Tokenize(text)
	for _, t := range toks {
		switch {
		case plainSpeech[strings.ToLower(t.Surface)]:
			f.terms = append(f.terms, saidTerm) // shared with the sentence's "said"
		case t.Term != "":
			f.terms = append(f.terms, t.Term)
		}
	}
	f.units = units(text)
	if f.ages = ages; len(ages) > 0 {
		f.units = slices.DeleteFunc(f.units, func(u string) bool { return u == yearTerm })
	}
	f.ordinals = ordinalsIn(toks)
	f.measured = measuredNumbers(text)
	f.universal = universal(text)
	f.exclusive = exclusiveClaimRe.MatchString(notOnlyRe.ReplaceAllString(text, " "))
	for _, t := range toks {
		if base, ok := c.superlative(t.Surface); ok {
			f.superlatives = append(f.superlatives, base)
		}
	}
	f.relTimes = relativeTimes(text)
	f.anchors = anchorsOf(toks)
	f.counted = countedNouns(toks)
	for i := 0; i < len(toks); i++ {
		if !toks[i].Capitalized || toks[i].Term == "" || term.IsNumber(toks[i].Term) || isNumberWord(strings.ToLower(toks[i].Surface)) {
			continue // "Fourteen rebel organizations": a number, checked as one
		}
		j := i
		// A comma ends a name: "Almaty, Kazakhstan's capital" is two. A
		// particle goes on one: "Staffan de Mistura" is one.
		nameGoesOn := func(k int) bool {
			return k < len(toks) && toks[k].Capitalized && toks[k].Term != "" && !toks[k].AfterBreak
		}
		for j+1 < len(toks) && (nameGoesOn(j+1) || !toks[j+1].Capitalized && !toks[j+1].AfterBreak && quote.IsNameParticle(toks[j+1].Surface) && nameGoesOn(j+2)) {
			j++
		}
		// The first word of a sentence is capitalised anyway: it is a name
		// only when the articles write it as one, or never write it at all
		// ("China is a sponsor of the talks"), but for an opener set off
		// by a comma ("Overall, …") and an adverb WordNet knows as a word,
		// not only as a name ("Roughly 20 people took part"; not "Italy").
		if i == 0 && j == 0 && !c.ix.IsName(toks[0].Term) && (c.ix.SentenceDF(toks[0].Term) > 0 || len(toks) > 1 && toks[1].AfterBreak || c.commonAdverb(toks[0]) || openingAdverbs[strings.ToLower(toks[0].Surface)]) {
			continue
		}
		// "the 22nd of September": a month after "of" is a date, no place.
		n := name{surface: toks[j].Surface, head: toks[j].Term, at: i, end: j, place: i > 0 && placeWords[strings.ToLower(toks[i-1].Surface)] && !isMonth(toks[i].Surface)}
		for k := i; k <= j; k++ {
			if !toks[k].Capitalized {
				continue // the particle: the articles may write it capitalised ("De Mistura said")
			}
			n.words = append(n.words, toks[k].Term)
			if k < j && quote.IsRole(toks[k].Surface) && !honorifics[strings.ToLower(strings.TrimSuffix(toks[k].Surface, "."))] {
				n.roles = append(n.roles, toks[k].Term)
			}
		}
		f.names = append(f.names, n)
		i = j
	}
	f.relations = relations(toks, f.names)
	f.descriptions = descriptions(toks, f.names)
	for _, n := range f.names {
		if modifies(toks, n) {
			f.qualified = append(f.qualified, qualified{n, toks[n.end+1].Term})
		}
	}
	if rel, ok := predicate(toks, f.names); ok {
		f.predicate = &rel
	}
	for i, t := range toks {
		if t.Capitalized || !quote.ReportsSpeech(strings.ToLower(t.Surface)) {
			continue
		}
		if i > 0 && quote.IsBeForm(toks[i-1].Surface) && !(i+1 < len(toks) && strings.EqualFold(toks[i+1].Surface, "that")) {
			continue // "an audio clip was posted on the Times website": no one reports
		}
		for _, r := range toks[i+1:] {
			if r.Term != "" && !r.Capitalized {
				f.reported = append(f.reported, r.Term)
			}
		}
		f.reportedVerb, f.reportedPerfect = modalVerb(toks[i+1:])
		f.reportedSubject = modalSubject(toks[i+1:])
		// "He said", "He also said", "She had repeatedly said".
		j := i - 1
		for j >= 0 && (beforeSpeech[strings.ToLower(toks[j].Surface)] || c.commonAdverb(toks[j])) {
			j--
		}
		f.byPronoun = j >= 0 && reportingPronouns[strings.ToLower(toks[j].Surface)] && !slices.ContainsFunc(f.names, func(n name) bool { return n.end < i })
		if f.byPronoun {
			f.pronoun = toks[j].Surface
		} else if k := slices.IndexFunc(f.names, func(n name) bool { return n.end == j }); k >= 0 {
			f.speaker = f.names[k].surface
		}
		break
	}
	f.reasons = reasonHeads(f.text)
	f.purposes = f.readPurposes()
	f.undone = map[string]bool{}
	for _, m := range infinitiveRe.FindAllStringSubmatch(f.text, -1) {
		f.undone[term.Word(m[1])] = true
	}
	return f
}

// mostReported returns the index of the sentence, of their terms, that
// holds most of the words a claim reports someone said: what they said
// is said there.
func mostReported(f facts, terms [][]string) int {
	best, bestMet := 0, -1
	for i, ts := range terms {
		met := 0
		for _, t := range f.reported {
			if slices.Contains(ts, t) {
				met++
			}
		}
		if met > bestMet {
			best, bestMet = i, met
		}
	}
	return best
}

// modals stand before the verb of what someone said would happen.
var modals = map[string]bool{"would": true, "could": true, "will": true, "can": true, "may": true, "might": true, "should": true, "must": true, "shall": true}

// progressives and perfects are the forms of "be" and "have" before a
// verb that is going on ("was pressuring") or done ("had persuaded").
var (
	progressives = map[string]bool{"is": true, "was": true, "are": true, "were": true}
	perfects     = map[string]bool{"has": true, "had": true, "have": true}
)

// replaceWord replaces the first whole-word w of text ("he" of "Then he
// said", not of "Then") by by.
func replaceWord(text, w, by string) string {
	loc := regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).FindStringIndex(text)
	if loc == nil {
		return text
	}
	return text[:loc[0]] + by + text[loc[1]:]
}

// personalSpeech are the pronouns that report a person's speech: "he"
// and "she" after a claim that names who spoke stand for that speaker.
var personalSpeech = map[string]bool{"he": true, "she": true}

// beforeSpeech are the words that may stand between a speaker and the
// verb of speech: adverbs of time and auxiliaries ("he also said", "she
// later added", "he has said").
var beforeSpeech = map[string]bool{"also": true, "later": true, "then": true, "again": true, "further": true, "once": true, "still": true,
	"has": true, "had": true, "have": true, "would": true, "will": true}

// openingAdverbs are adverbs not in -ly that may open a claim, no names:
// "Somewhere between 300 and 400 thousand people …".
var openingAdverbs = map[string]bool{"somewhere": true, "anywhere": true, "everywhere": true, "elsewhere": true, "meanwhile": true,
	"overall": true, "instead": true, "otherwise": true, "nonetheless": true, "nevertheless": true, "altogether": true, "likewise": true,
	"today": true, "yesterday": true, "tomorrow": true, "sometimes": true, "often": true, "later": true, "earlier": true, "previously": true}

// commonAdverb reports a word in -ly that the lexicon knows as a common
// word, not only as a name ("roughly", "reportedly"; not "Italy").
func (c *checker) commonAdverb(t term.Token) bool {
	return strings.HasSuffix(strings.ToLower(t.Surface), "ly") && c.lx.Knows(t.Term) && !c.lx.IsProperName(t.Term)
}

// modalVerb returns the term of the first word of common speech after a
// modal ("succeed" of "would succeed", "counterproductive" of "would be
// counterproductive"), or of the verb after a form of "be" or "have" that
// says it is going on ("pressuring" of "was pressuring") or done
// ("persuaded" of "had persuaded", and then perfect), or "".
func modalVerb(toks []term.Token) (verb string, perfect bool) {
	for i, t := range toks {
		aux := strings.ToLower(t.Surface)
		if !modals[aux] && !progressives[aux] && !perfects[aux] {
			continue
		}
		for _, r := range toks[i+1:] {
			if r.AfterBreak {
				return "", false
			}
			if r.Term == "" {
				continue
			}
			if r.Capitalized || term.IsNumber(r.Term) {
				return "", false
			}
			w := strings.ToLower(r.Surface)
			switch {
			case modals[aux]:
				return r.Term, false
			case progressives[aux] && strings.HasSuffix(w, "ing"):
				return r.Term, false
			case perfects[aux] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")):
				return r.Term, true
			}
			break
		}
	}
	return "", false
}

// modalSubject returns the term of the word right before the first modal
// of toks, when it is a common noun in a short subject ("attack" of "a
// chemical attack could push"), or "".
func modalSubject(toks []term.Token) string {
	i := slices.IndexFunc(toks, func(t term.Token) bool { return modals[strings.ToLower(t.Surface)] })
	if i < 1 || i > maxSubjectWords || toks[i].AfterBreak {
		return ""
	}
	s := toks[i-1]
	if s.Term == "" || s.Capitalized || term.IsNumber(s.Term) || strings.HasSuffix(strings.ToLower(s.Surface), "ly") {
		return ""
	}
	return s.Term
}

// relativeVerbs returns the terms of the verbs that open a relative
// clause after a noun: "fight" of "four groups that fight in rebel-held
// areas". What the clause says its noun does is a claim of its own.
func relativeVerbs(toks []term.Token) []string {
	var out []string
	for k := 1; k+1 < len(toks); k++ {
		w := strings.ToLower(toks[k].Surface)
		if w != "that" && w != "who" && w != "which" {
			continue
		}
		noun, verb := toks[k-1], toks[k+1]
		if noun.Term == "" || noun.Capitalized || quote.ReportsSpeech(strings.ToLower(noun.Surface)) || verb.Term == "" || verb.Capitalized || verb.AfterBreak || term.IsNumber(verb.Term) || lightVerbs[verb.Term] {
			continue // "who held talks with Kerry": the talks say it
		}
		out = append(out, verb.Term)
	}
	return out
}

// maxSubjectWords is how many words may open what is reported before its
// modal for the last of them to be read as its subject's head.
const maxSubjectWords = 6

// conjoinedVerbs returns the terms of the verbs an "and" or "but" joins
// to the subject before it with an auxiliary ("and is boycotting", "but
// has refused"): no name stands before them to be their subject, so who
// does what does not check them, and they must be met as they are.
func conjoinedVerbs(toks []term.Token) []string {
	var out []string
	for i := 0; i+2 < len(toks); i++ {
		if w := strings.ToLower(toks[i].Surface); w != "and" && w != "but" {
			continue
		}
		if aux := strings.ToLower(toks[i+1].Surface); !modals[aux] && !progressives[aux] && !perfects[aux] {
			continue
		}
		for _, t := range toks[i+2:] {
			if t.AfterBreak || t.Capitalized {
				break
			}
			if t.Term != "" {
				if !term.IsNumber(t.Term) {
					out = append(out, t.Term)
				}
				break
			}
		}
	}
	return out
}

// onlyGoingOn reports a sentence that writes verb term v only as going on
// ("was persuading"), never as done: a claim that it "had persuaded" says
// more.
func onlyGoingOn(toks []term.Token, v string) bool {
	seen := false
	for i, t := range toks {
		if t.Term != v {
			continue
		}
		if i == 0 || !progressives[strings.ToLower(toks[i-1].Surface)] || !strings.HasSuffix(strings.ToLower(t.Surface), "ing") {
			return false
		}
		seen = true
	}
	return seen
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
	if c.newWords(f, terms) >= maxNewWords {
		return false // "The talks aim to chart a path towards a military victory" where it is a political transition
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
	for _, v := range relativeVerbs(f.toks) {
		if unmetAbove(f, v, terms, match.CreditNear) {
			return false // "four Syrian groups that fight in rebel-held areas" where they provide services there
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
	n := 0
	for _, w := range f.q.Words {
		if _, counts := numberWords[strings.ToLower(w.Surface)]; counts || w.Name || w.NameLike || term.IsNumber(w.Term) || quote.ReportsSpeech(strings.ToLower(w.Surface)) {
			continue // "the two delegations": a count, checked as one
		}
		plain, prefixed := c.plainOf(w.Term)
		if !slices.ContainsFunc(terms, func(ts []string) bool {
			return w.Credit(ts) > 0 || c.m.Kin(w.Term, ts) || prefixed && slices.Contains(ts, plain) // "unclear", "not clear": the negation rule's
		}) {
			n++
		}
	}
	return n
}

// conditionRe finds a condition a claim sets, up to the next comma or
// its end: "if the coalition attends the talks".
var conditionRe = regexp.MustCompile(`(?i)\b(?:if|unless)\s+([^,;]+)`)

// conditionalOnly returns the terms of a claim that it writes only inside
// a condition, and so does not assert.
func conditionalOnly(f facts) map[string]bool {
	ms := conditionRe.FindAllStringSubmatchIndex(f.text, -1)
	if ms == nil {
		return nil
	}
	rest := []byte(f.text)
	in := map[string]bool{}
	for _, m := range ms {
		for _, t := range term.Tokenize(f.text[m[2]:m[3]]) {
			if t.Term != "" {
				in[t.Term] = true
			}
		}
		for k := m[0]; k < m[1]; k++ {
			rest[k] = ' '
		}
	}
	for _, t := range term.Tokenize(string(rest)) {
		delete(in, t.Term)
	}
	return in
}

// relationUnmet reports a claim that joins two names by a word that the
// sentences meet in no way, as written, by stem, as a related or a near
// word: the names alone say nothing of how they are joined ("Osama Abu
// Zaid leads the Free Syrian Army" where he is its spokesman). So does a
// claim whose last name is the subject of such a word ("Staffan de
// Mistura is boycotting the talks" where he is attending). The word is
// met in a sentence that names the subject, when one does: "Clinton
// opposed the war" is not met by a "policy" (near "oppose") beside
// "Clinton voted for that war". A sentence that names the subject only as
// a possessive ("in Kazakhstan's capital") says nothing of what it does,
// and the word may be met beside it.
func (c *checker) relationUnmet(f facts, set []sentRef) bool {
	rels := append(slices.Clip(f.relations), f.descriptions...)
	if f.predicate != nil {
		rels = append(rels, *f.predicate)
	}
	for _, rel := range rels {
		var own []sentRef
		for _, r := range set {
			if c.namedIn(rel.subject, r) && !c.onlyPossessive(rel.subject, r) {
				own = append(own, r)
			}
		}
		if len(own) == 0 {
			own = set
		}
		verb := rel.verb
		if lightVerbs[verb] && rel.object != "" {
			verb = rel.object // "Sanders gave his victory speech from Wyoming": the speech says it
		}
		for _, w := range f.q.Words {
			if w.Term != verb && w.Term != rel.manner || w.NameLike || w.Name || strings.ContainsAny(w.Term, "0123456789") {
				continue // "at the Dutch Mission on the 22nd of September": a date, checked as one
			}
			switch {
			case w.Term == rel.manner:
				// "narrowly won" is not met by a loose paraphrase ("vote"),
				// least of all beside "a resounding win".
				w = above(w, match.CreditLoose)
			case stanceVerbs[w.Term]:
				// Vectors put a side beside its opposite and its topic:
				// "agree" is not met by "whether" of "remain at odds over
				// whether". A stance is met as written or through the
				// lexicon.
				w = above(w, match.CreditNear)
			}
			if !slices.ContainsFunc(own, func(r sentRef) bool { return c.meets(f, w, c.info(r)) }) {
				return true
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
var lightVerbs = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range []string{"give", "gave", "given", "gives", "make", "made", "makes", "take", "took", "taken", "takes", "hold", "held", "holds", "have", "had", "has", "get", "got", "gets", "do", "did", "does"} {
		if t := term.Word(w); t != "" {
			out[t] = true
		}
	}
	return out
}()

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

// intentRe finds a verb an intention or a need governs: "hope to
// convene", "plans to attend", "tried to block", "needs to give", "time
// to let them complete their mission".
var intentRe = regexp.MustCompile(`(?i)\b(?:(?:hope[sd]?|hoping|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|intend(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|need(?:s|ed)?|would\s+like)\s+to|let\s+(?:them|him|her|us|me|it))\s+([\p{L}]+)`)

// intendedAmounts reports a claim whose every number the sentences give
// only after an intention: "Clinton has already spent $30 billion in
// Appalachia" where she had "her plan to sink $30 billion into
// Appalachia".
func (c *checker) intendedAmounts(f facts, set []sentRef) bool {
	if len(f.numbers) == 0 {
		return false
	}
	// Each sentence's numbers in digits, and whether an intention governs
	// them, read once.
	type given struct {
		values   []float64
		intended bool
	}
	var all []given
	for _, r := range set {
		text := c.info(r).text
		spans := c.info(r).intentions()
		for _, loc := range numberRe.FindAllStringIndex(text, -1) {
			all = append(all, given{numbers(text[loc[0]:loc[1]]), slices.ContainsFunc(spans, func(sp []int) bool {
				return loc[0] >= sp[0] && loc[0] <= sp[1]+intendedReach
			})})
		}
	}
	for _, v := range f.numbers {
		intended, plain := false, false
		for _, g := range all {
			if numberIn(v, g.values) {
				intended, plain = intended || g.intended, plain || !g.intended
			}
		}
		if !intended || plain {
			return false
		}
	}
	return true
}

// intendedReach is how many bytes after an intention's verb its object
// may run: "plan to sink $30 billion".
const intendedReach = 20

// numberRe finds a number written in digits, with its scale: "$30
// billion", "2,383".
var numberRe = regexp.MustCompile(`\$?\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?`)

// modalRe finds what leaves a claim's deed undone: a modal or an
// intention or commitment of its own ("committed to setting a date").
var modalRe = regexp.MustCompile(`(?i)\b(?:will|would|could|may|might|should|shall|can|going\s+to|set\s+to|due\s+to|expected\s+to|scheduled\s+to|(?:committed|determined|eager|ready|willing|working|pledged|promised|vowed)\s+to)\b`)

// infinitiveRe finds the verb of an infinitive: "time to finish".
var infinitiveRe = regexp.MustCompile(`(?i)\bto\s+(\p{L}+)`)

// intendedOnly reports a claim that states as done what its sentences
// only intend: "The UN and its partners have convened the talks in
// mid-November" where they "now hope to convene in mid-November the
// talks". A claim with an intention or a modal of its own is left alone,
// and so is a verb the claim writes after "to" itself ("the mediators
// need time to finish their work") or a sentence of the set also states
// plainly.
func (c *checker) intendedOnly(f facts, set []sentRef) bool {
	if f.find(intentRe) != nil || f.find(modalRe) != nil {
		return false
	}
	if c.intendedAmounts(f, set) {
		return true
	}
	for _, r := range set {
		// How often the sentence writes each verb after an intention.
		intended := map[string]int{}
		si := c.info(r)
		for _, m := range si.intentions() {
			if triedSaying(si.text[m[0]:m[1]], si.text[m[2]:m[3]]) {
				continue // "was trying to stress" that it is so: stressed it
			}
			if v := term.Word(si.text[m[2]:m[3]]); v != "" && slices.Contains(f.terms, v) && !f.undone[v] {
				intended[v]++
			}
		}
		for v, n := range intended {
			written := 0
			for _, t := range c.info(r).tokens() {
				if t.Term == v {
					written++
				}
			}
			if written <= n && !slices.ContainsFunc(set, func(o sentRef) bool {
				return o != r && slices.Contains(c.info(o).terms, v) && len(c.info(o).intentions()) == 0
			}) {
				return true
			}
		}
	}
	return false
}

// triedRe matches an intention that is an attempt: "tried to", "was
// trying to", "attempted to".
var triedRe = regexp.MustCompile(`(?i)^(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?)\s`)

// triedSaying reports an attempt to say something ("was trying to
// stress", "tried to explain"): saying is done in the trying, so "The US
// stressed …" reports what "The US was trying to stress …" does. An
// attempt at any other deed ("trying to persuade") is not its doing.
func triedSaying(intent, verb string) bool {
	return triedRe.MatchString(intent) && quote.ReportsSpeech(strings.ToLower(verb))
}

// forRe and againstRe find the two sides one may take: "in favor of",
// "voted for", "supported", "backed", "endorsed"; "against", "opposed",
// "rejected". ("Back" alone is too often "came back" or "hold back".)
var (
	forRe     = regexp.MustCompile(`(?i)\bin\s+fav(?:o|ou)r\s+of\b|\bvot(?:e|es|ed|ing)\s+for\b|\bsupport(?:s|ed|ing)?\b|\bback(?:s|ed|ing)\b|\bendors(?:e|es|ed|ing)\b`)
	againstRe = regexp.MustCompile(`(?i)\bagainst\b|\boppos(?:e|es|ed|ing)\b|\breject(?:s|ed|ing)?\b`)
)

// sideTurned reports a claim that takes the other side than its
// sentences: "against" or "opposing" where they say only "in favor of",
// "voted for" or "supported", or the other way round ("Russian forces joined the war, tipping the
// balance of power against Assad" where they tipped it in favor of him).
func (c *checker) sideTurned(f facts, set []sentRef) bool {
	text := func(r sentRef) string { return c.info(r).text }
	has := func(re *regexp.Regexp) bool {
		return slices.ContainsFunc(set, func(r sentRef) bool { return re.MatchString(text(r)) })
	}
	claimFor, claimAgainst := f.find(forRe) != nil, f.find(againstRe) != nil
	return claimAgainst && !claimFor && has(forRe) && !has(againstRe) ||
		claimFor && !claimAgainst && has(againstRe) && !has(forRe)
}

// preferenceRe finds the words either side of "rather than" or "instead
// of".
var preferenceRe = regexp.MustCompile(`(?i)([\p{L}\p{N}]+)\W+(?:rather\s+than|instead\s+of)\W+([\p{L}\p{N}]+)`)

// preferenceTurned reports a claim that puts the two sides of a
// sentence's "rather than" the other way round: "so that it takes effect
// in 2018 rather than 2020" against "in 2020 rather than 2018".
func preferenceTurned(claim, sentence string) bool {
	if cm := preferenceRe.FindStringSubmatch(claim); cm != nil {
		for _, sm := range preferenceRe.FindAllStringSubmatch(sentence, -1) {
			if strings.EqualFold(sm[1], cm[2]) && strings.EqualFold(sm[2], cm[1]) {
				return true
			}
		}
	}
	// "would take Donald Trump over Bernie Sanders" where she "will take
	// Bernie Sanders over Donald Trump or Ted Cruz": names of either side
	// on the other.
	cm := choiceRe.FindStringSubmatch(claim)
	if cm == nil {
		return false
	}
	for _, sm := range choiceRe.FindAllStringSubmatch(sentence, -1) {
		if sharesWord(cm[1], sm[2]) && sharesWord(cm[2], sm[1]) && !sharesWord(cm[1], sm[1]) {
			return true
		}
	}
	return false
}

// choiceRe finds the two sides of a choice: what one takes or prefers
// "over" what (up to four words each).
var choiceRe = regexp.MustCompile(`(?i)\b(?:take|takes|taking|took|prefer|prefers|preferred|choose|chooses|chose|pick|picks|picked)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}\p{N}'’.-]+)\s+over\s+((?:[\p{L}\p{N}'’.-]+\s+){0,3}[\p{L}\p{N}'’.-]+)`)

// sharesWord reports whether two phrases share a capitalised word or a
// word of four letters or more, in any case.
func sharesWord(a, b string) bool {
	bw := strings.Fields(strings.ToLower(b))
	for _, w := range strings.Fields(a) {
		if r, _ := utf8.DecodeRuneInString(w); (len(w) >= 4 || unicode.IsUpper(r)) && slices.Contains(bw, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// qualified is a noun of a claim and the nationality or party before it:
// "Republican leaders".
type qualified struct {
	by   name
	noun string
}

// qualifiedElsewhere reports a claim noun qualified by a nationality or a
// party ("Republican leaders in Congress … insisted on acting now") that
// the sentences qualify only by others ("it's the Democratic leaders in
// Congress … who have insisted on acting now"). Where they never qualify
// the noun, the claim's word is checked as a name, as before.
func (c *checker) qualifiedElsewhere(f facts, set []sentRef) bool {
	for _, q := range f.qualified {
		other, same := false, false
		for _, r := range set {
			toks := c.info(r).tokens()
			for k := 1; k < len(toks); k++ {
				if toks[k].Term != q.noun || !toks[k-1].Capitalized || toks[k-1].Term == "" || k-1 == 0 && !c.ix.IsName(toks[k-1].Term) {
					continue
				}
				if c.nameMet(q.by, [][]string{{toks[k-1].Term}}) || possessive(toks[k-1].Surface) && c.ownerQualified(q.by, toks, k-1) {
					same = true
				} else {
					other = true
				}
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}

// irregularParticiples are past participles not in "-ed" or "-en" that a
// passive's "by" may follow.
var irregularParticiples = map[string]bool{
	"made": true, "led": true, "held": true, "run": true, "hit": true, "shot": true, "struck": true,
	"won": true, "brought": true, "built": true, "caught": true, "sent": true, "told": true,
	"sought": true, "bought": true, "fought": true, "paid": true, "set": true, "put": true,
}

// agentUnmet reports a passive whose agent, the noun after "by" that
// ends its phrase ("made by a Times reporter"), the sentences meet in no
// way, its verb ("reported") standing for no agent: who did it is then
// another. A named agent is checked as a name.
func (c *checker) agentUnmet(f facts, set []sentRef) bool {
	toks := f.toks
	for i := 1; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Surface, "by") || toks[i].AfterBreak {
			continue
		}
		p := strings.ToLower(toks[i-1].Surface)
		if !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") && !irregularParticiples[p] {
			continue
		}
		head := ""
		for _, t := range toks[i+1:] {
			if t.AfterBreak || relativePronouns[strings.ToLower(t.Surface)] || strings.EqualFold(t.Surface, "who") || prepositions[strings.ToLower(t.Surface)] {
				break
			}
			if t.Term != "" {
				head = t.Term
				if t.Capitalized || term.IsNumber(t.Term) {
					head = ""
				}
			}
		}
		k := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == head })
		if head == "" || k < 0 || f.q.Words[k].NameLike || f.q.Words[k].Name {
			continue
		}
		// Who did it is met as written, by stem or through the lexicon;
		// vectors put "reporter" beside "newspaper".
		w := above(f.q.Words[k], match.CreditNear)
		if !slices.ContainsFunc(set, func(r sentRef) bool { return c.meets(f, w, c.info(r)) }) {
			return true
		}
	}
	return false
}

// modifierOpeners stand right before a noun's modifier: an article, a
// possessive pronoun, or the "and" or "or" of a list of modifiers.
var modifierOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "and": true, "or": true,
}

// modifierSwapped reports a claim noun the sentences write with another
// modifier than the claim's, which they meet in no way: "education,
// rescue and military services" where they give "education, rescue and
// medical services"; "a ground campaign" where Russia waged "an air
// campaign". The modifier must follow an article, a possessive or a
// list's "and" (so that it is no verb: "they discussed peace talks").
func (c *checker) modifierSwapped(f facts, set []sentRef, terms [][]string) bool {
	toks := f.toks
	for i := 1; i+1 < len(toks); i++ {
		mod, noun := toks[i], toks[i+1]
		if !modifierOpeners[strings.ToLower(toks[i-1].Surface)] || mod.Capitalized || noun.Capitalized || noun.AfterBreak ||
			mod.Term == "" || noun.Term == "" || term.IsNumber(mod.Term) {
			continue
		}
		if !wordUnmet(f, mod.Term, terms) {
			continue
		}
		for _, r := range set {
			st := c.info(r).tokens()
			for k := 2; k < len(st); k++ {
				// The sentence's modifier follows an opener too: "whether
				// delegations … would meet" gives them none.
				if st[k].Term == noun.Term && !st[k].AfterBreak && st[k-1].Term != "" && !st[k-1].Capitalized && !term.IsNumber(st[k-1].Term) && st[k-1].Term != mod.Term && modifierOpeners[strings.ToLower(st[k-2].Surface)] {
					return true
				}
			}
		}
	}
	return false
}

// compoundRe finds a hyphenated modifier whose second part is in lower
// case: "rebel-held", "Vienna-based", "U.S.-led".
var compoundRe = regexp.MustCompile(`\b([A-Za-z][A-Za-z.]*)-([a-z]+)\b`)

// otherCompound reports a hyphenated modifier of the claim ("government-
// held") that no sentence writes, where one writes the same second part
// after another word ("rebel-held"): who holds, leads or backs a thing is
// then another. A name and its adjective are one ("Iran-backed",
// "Iranian-backed"); numbers are checked as numbers.
func otherCompound(claim string, sentences []string) bool {
	firsts := func(text, second string) []string {
		var out []string
		for _, m := range compoundRe.FindAllStringSubmatch(text, -1) {
			if strings.EqualFold(m[2], second) && !isNumberWord(strings.ToLower(m[1])) {
				out = append(out, strings.ToLower(strings.TrimSuffix(m[1], ".")))
			}
		}
		return out
	}
	same := func(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }
	for _, m := range compoundRe.FindAllStringSubmatch(claim, -1) {
		a := strings.ToLower(strings.TrimSuffix(m[1], "."))
		if isNumberWord(a) {
			continue
		}
		met, other := false, false
		for _, s := range sentences {
			for _, b := range firsts(s, m[2]) {
				if same(a, b) {
					met = true
				} else {
					other = true
				}
			}
		}
		if other && !met {
			return true
		}
	}
	return false
}

// ownerQualified reports whether the name that owns a noun ("Syrian
// President Bashar al-Assad's government", the owner at toks[owner]) is
// itself qualified by the claim's word: the capitalised words right before
// the owner, with the short particles inside a name ("al", "de"), meet it.
func (c *checker) ownerQualified(by name, toks []term.Token, owner int) bool {
	for j := owner - 1; j >= 0 && j >= owner-6; j-- {
		// "al-Assad's": a particle may be joined by a hyphen.
		particle := !toks[j].Capitalized && len(toks[j].Surface) <= 3
		if toks[j+1].AfterBreak && !particle || !toks[j].Capitalized && !particle || toks[j].Term == "" {
			return false
		}
		if c.nameMet(by, [][]string{{toks[j].Term}}) {
			return true
		}
	}
	return false
}

// onlyPossessive reports a sentence that writes n's last word only as a
// possessive ("Kazakhstan's capital").
func (c *checker) onlyPossessive(n name, r sentRef) bool {
	seen := false
	for _, t := range c.info(r).tokens() {
		if t.Term != n.head {
			continue
		}
		if !possessive(t.Surface) {
			return false
		}
		seen = true
	}
	return seen
}

// complementRe finds the word a claim ends on after a form of "be":
// "… was unimportant", "the talks are still uncertain".
var complementRe = regexp.MustCompile(`(?i)\b(?:is|was|are|were|be|been|being|remains|remained)\s+(?:\w+ly\s+|still\s+|not\s+)?(\w+)\W*$`)

// roleEndRe finds a role a claim ends on after a form of "be", past an
// article, a possessive and an adjective or two: "Lavrentyev is Russia's
// foreign minister".
var roleEndRe = regexp.MustCompile(`(?i)\b(?:is|was|are|were|remains|remained|became|becomes)\s+(?:[\p{L}'’.-]+\s+){0,3}(\p{L}+)\W*$`)

// complementUnmet reports a claim that ends by saying what something is
// with a word the sentences meet in no way: all it says of the thing is
// that word ("Psaki said the opposition's participation was unimportant"
// where she called it "pivotal").
func complementUnmet(f facts, terms [][]string) bool {
	if m := f.find(mannerEndRe); m != nil && !notManner[strings.ToLower(m[1])] && wordUnmet(f, term.Word(m[1]), terms) {
		return true // "Psaki said the process had gone smoothly" where it had "many ups and downs"
	}
	if m := f.find(roleEndRe); m != nil && question.IsRoleHead(term.Word(m[1])) && !roleMet(f, term.Word(m[1]), terms) {
		return true // "Aleksandr Lavrentyev is Russia's foreign minister" where he is its main negotiator
	}
	m := f.find(complementRe)
	if m == nil {
		return false
	}
	return wordUnmet(f, term.Word(m[1]), terms)
}

// reasonPhraseRe finds a reason a claim gives as a phrase: "due to bad
// weather", "because of the fighting".
var reasonPhraseRe = regexp.MustCompile(`(?i)\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to)\s+([^,;.]+)`)

// reasonHeads returns the heads of the reason phrases of a claim's text:
// the last word of each one's first noun phrase ("weather" of "bad
// weather", "wrangling" of "internal wrangling among the opposition"). A
// name or a number is checked as one, and gives none.
func reasonHeads(text string) []string {
	var out []string
	for _, m := range reasonPhraseRe.FindAllStringSubmatch(text, -1) {
		head := ""
		for _, t := range term.Tokenize(m[1]) {
			if t.Term == "" {
				if head != "" {
					break
				}
				continue
			}
			head = t.Term
			if t.Capitalized || term.IsNumber(t.Term) {
				head = ""
				break
			}
		}
		if head != "" {
			out = append(out, head)
		}
	}
	return out
}

// reasonUnmet reports a reason phrase of the claim whose head the
// sentences meet in no way: a reason of its own making.
func reasonUnmet(f facts, terms [][]string) bool {
	return slices.ContainsFunc(f.reasons, func(head string) bool { return wordUnmet(f, head, terms) })
}

// purposeRe finds the verb of a purpose a claim gives: after "in order
// to", "so as to", "in a bid to", "in an effort to" or "in an attempt
// to"; after a place named after "in", "at", "to", "into" or "from"
// ("waged an air campaign in Syria to bolster Assad", "flew to Astana to
// attend"); after "aimed at" or "aim to", "intended to", "designed to",
// "meant to"; or after a noun of asking or trying ("a plea to halt
// flights", "a bid to end the war"). After other names "to" may open
// what there is to do ("no talks between Kerry and Lavrov to report"),
// no purpose.
var purposeRe = regexp.MustCompile(`(?:\b(?i:in\s+order|so\s+as|in\s+(?:a|an)\s+(?:bid|effort|attempt)|aim(?:s|ed|ing)?|intended|designed|meant|pleas?|calls?|bids?|efforts?|attempts?|plans?)|\b(?i:in|at|to|into|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?i:to|at)\s+(\p{Ll}+)\b`)

// purposeUnmet reports a purpose of the claim (readPurposes) whose verb
// no sentence meets beside the action it is the purpose of: what one did
// something for is no content word that the others may outvote, nor one
// to take from a sentence about another deed ("Russia waged an air campaign in
// Syria to topple Assad" is not met by "to bolster Assad" and, elsewhere,
// "rebels seeking his ouster"). The verb is met as written, by stem or as
// a related word, not by a near one (the word vectors put "halt" beside
// "resume"), nor by a word the claim writes itself ("ending" is not met
// by the "cease" of "the cease-fire" it ends). The action is the claim's
// common words before the purpose, not its "meant" or "plea" ("it was
// meant to end the crisis" may rest on "aimed at ending the crisis") nor
// a verb of speech; the sentence must hold one of them as written or by
// stem (a related word may be any deed: "campaign" and "supporting"). A
// claim with none needs the verb met anywhere.
func purposeUnmet(f facts, terms [][]string) bool {
	for _, p := range f.purposes {
		if !slices.ContainsFunc(terms, func(ts []string) bool {
			return p.verb.Credit(ts) > 0 && (len(p.action) == 0 || slices.ContainsFunc(p.action, func(w match.Word) bool { return w.Credit(ts) >= match.CreditCorrected }))
		}) {
			return true
		}
	}
	return false
}

// purpose is a purpose a claim gives: its verb, with the words that may
// meet it, and the words of the action it is the purpose of.
type purpose struct {
	verb   match.Word
	action []match.Word
}

// readPurposes reads the claim's purposes (purposeRe), once for all the
// sentences it may rest on. A quotation is checked word for word: its
// "effort to arm" is the speaker's.
func (f facts) readPurposes() []purpose {
	var out []purpose
	for _, m := range purposeRe.FindAllStringSubmatch(quoteRe.ReplaceAllString(f.text, " … "), -1) {
		t := term.Word(m[1])
		i := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == t && !w.NameLike && !w.Name })
		if t == "" || i < 0 {
			continue
		}
		p := purpose{verb: notOwn(f, above(f.q.Words[i], match.CreditNear))}
		for _, w := range f.q.Words[:i] {
			if !w.NameLike && !w.Name && !term.IsNumber(w.Term) && !strings.Contains(m[0], w.Surface) && !quote.ReportsSpeech(strings.ToLower(w.Surface)) {
				p.action = append(p.action, w)
			}
		}
		out = append(out, p)
	}
	return out
}

// roleMet reports whether the sentences meet a claim's role (term t) as
// written, by stem, or by another role that stands for it: a verb the
// role noun shares a sense with ("minister" and "meet") is no role.
func roleMet(f facts, t string, terms [][]string) bool {
	for _, w := range f.q.Words {
		if w.Term != t {
			continue
		}
		for _, a := range w.Alts {
			if a.Term != t && !question.IsRoleHead(a.Term) {
				continue
			}
			if slices.ContainsFunc(terms, func(ts []string) bool { return slices.Contains(ts, a.Term) }) {
				return true
			}
		}
		return false
	}
	return true
}

// mannerEndRe finds an adverb of manner ending a claim after its verb:
// "had gone smoothly", "ended abruptly". All the claim says of how the
// thing went is that word.
var mannerEndRe = regexp.MustCompile(`(?i)\b[a-z]+\s+([a-z]{3,}ly)\W*$`)

// notManner are words in "-ly" that say no manner: times, amounts and
// words that are no adverbs.
var notManner = map[string]bool{
	"only": true, "early": true, "likely": true, "unlikely": true, "daily": true, "weekly": true,
	"monthly": true, "yearly": true, "quarterly": true, "hourly": true, "nightly": true, "family": true,
	"italy": true, "july": true, "rally": true, "ally": true, "reply": true, "supply": true,
	"apply": true, "fly": true, "holy": true, "ugly": true, "friendly": true, "elderly": true,
	"recently": true, "lately": true, "currently": true, "previously": true, "formerly": true,
	"immediately": true, "eventually": true, "finally": true, "initially": true, "originally": true,
	"reportedly": true, "allegedly": true, "apparently": true, "publicly": true, "privately": true,
	"officially": true, "nearly": true, "roughly": true, "approximately": true, "mostly": true,
	"mainly": true, "largely": true, "partly": true, "fully": true, "directly": true, "personally": true,
}

// otherModifier reports a term a negation governs after its first (not
// its head) that the claim writes right after a common word of its own
// which the negation does not govern: "a political solution" is not the
// "solution" of "not a military solution".
func otherModifier(toks []term.Token, t string, negs, heads []string) bool {
	if slices.Contains(heads, t) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Term != t || toks[k].AfterBreak {
			continue
		}
		m := toks[k-1]
		if m.Term != "" && !m.Capitalized && !term.IsNumber(m.Term) && !slices.Contains(negs, m.Term) {
			return true
		}
	}
	return false
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

// ageClaimRe finds an age a claim gives: "54 years old", "54-year-old",
// "aged 54", "at age 54", "at the age of 54".
var ageClaimRe = regexp.MustCompile(`(?i)\b(\d{1,3})(?:\s+|-)years?(?:\s+|-)old\b|\baged?\s+(?:of\s+)?(\d{1,3})\b`)

// ageWords are the words of ageClaimRe besides the number.
var ageWords = map[string]bool{"years": true, "year": true, "old": true, "aged": true, "age": true}

// yearTerm is the index term of "years".
var yearTerm = term.Word("years")

// agesIn returns the ages text gives, as written in digits.
func agesIn(text string) []string {
	var out []string
	for _, m := range ageClaimRe.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}

// ageGiven reports a sentence (its tokens and text) that gives age as an
// age: as a claim does, or set off by commas after a name of the claim
// ("Perez, 54, is often compared with Julián Castro, 41": 54 is Perez's
// age, not Castro's), or any name when the claim names no one.
func ageGiven(toks []term.Token, text, age string, names []name) bool {
	if slices.Contains(agesIn(text), age) {
		return true
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Surface != age || !toks[i].AfterBreak || !toks[i+1].AfterBreak || !toks[i-1].Capitalized {
			continue
		}
		if len(names) == 0 || slices.ContainsFunc(names, func(n name) bool { return n.head == toks[i-1].Term }) {
			return true
		}
	}
	return false
}

// roleAsRe finds the role a claim gives someone after a verb of working
// and "as": "worked as a waiter", "served as ambassador to Russia",
// "hired as a consultant"; its group is the phrase, up to three words.
var roleAsRe = regexp.MustCompile(`(?i)\b(?:work|works|worked|working|serve|serves|served|serving|employed|hired|began|started|acted|job|career|post|stint)\s+as\s+(?:a|an|the|its|their|his|her)?\s*((?:[\w-]+\s+){0,2}[\w-]+)`)

// roleAsUnmet reports a claim that gives someone a role after "as" with
// a noun the sentences meet in no way: "he worked as a waiter to help pay
// for his degree" where he collected trash to pay for it. The role's
// last word before a preposition is its noun.
func roleAsUnmet(f facts, terms [][]string) bool {
	for _, m := range roleAsRe.FindAllStringSubmatch(f.text, -1) {
		words := strings.Fields(m[1])
		noun := ""
		for _, w := range words {
			if isPrepositionWord(strings.ToLower(w)) {
				break
			}
			noun = w
		}
		if t := term.Word(noun); t != "" && wordUnmet(f, t, terms) {
			return true
		}
	}
	return false
}

// isPrepositionWord reports a preposition that ends a role's noun phrase:
// "ambassador to Russia", "adviser for the campaign".
func isPrepositionWord(w string) bool {
	switch w {
	case "to", "for", "of", "at", "in", "on", "with", "from", "under", "during", "until":
		return true
	}
	return false
}

// people are the terms of the nouns that count persons of any kind:
// "20 people" are the sentence's "20 participants", and a toll's "300,000
// lives" its "300,000 people".
var people = map[string]bool{term.Word("people"): true, term.Word("persons"): true, term.Word("lives"): true}

// countsSome reports whether a sentence of set counts a plural noun with
// one of the claim's numbers. Only a claim on one sentence is read so:
// "20 people were killed at the meeting" is not pieced together from "20
// participants" and a sentence on the killed.
func (c *checker) countsSome(f facts, set []sentRef) bool {
	for _, r := range set {
		for v := range c.info(r).countedNouns() {
			if numberIn(v, f.numbers) {
				return true
			}
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
		if w.NameLike || w.Name || w.Weight == 0 || quote.ReportsSpeech(strings.ToLower(w.Surface)) {
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

// deniedBeside reports a claim word that the sentences it rests on do not
// meet as written (at most through a related or near word), and that
// another sentence of the passages it cites negates first: "Fitton said
// there was daylight between the State Department and the foundation"
// rests on a sentence of his on the two, but the passage's "There was no
// daylight between the two" says the contrary; "Elmendorf said the
// numbers add up" rests on his "He can assert it" ("assert" is related to
// "add"), but he goes on "The numbers don't add up".
func (c *checker) deniedBeside(f facts, support, cands []sentRef) bool {
	for _, w := range f.q.Words {
		if w.NameLike || w.Name || w.Weight == 0 {
			continue
		}
		if slices.ContainsFunc(support, func(r sentRef) bool { return w.Credit(c.info(r).terms) >= match.CreditCorrected }) {
			continue
		}
		for _, r := range cands {
			if !slices.Contains(support, r) && slices.Contains(c.info(r).negatedHeads(), w.Term) {
				return true
			}
		}
	}
	return false
}

// dropsNegation reports a negated claim that holds, un-negated, a word a
// sentence of the set negates first: "Comey said there is precedent for
// prosecuting a case like Clinton's without evidence of intent" negates
// the evidence, as the sentence does, but not the precedent, which the
// sentence's "no precedent" does. (A claim without a negation that holds
// a negated word is refused already.)
func (c *checker) dropsNegation(f facts, set []sentRef) bool {
	own := f.ownNegated
	for _, r := range set {
		for _, h := range c.info(r).negatedHeads() {
			if slices.Contains(f.terms, h) && !slices.Contains(own, h) {
				return true
			}
		}
	}
	return false
}

// negatesOther reports a claim that negates a word (its first after the
// negation) that the sentences hold but negate nowhere: "Kerry rarely
// complained that his diplomacy had not been backed" where they say he
// "repeatedly complained that his diplomacy had not been backed". The
// claim's other negation may be met by theirs; this one is not.
func (c *checker) negatesOther(f facts, set []sentRef) bool {
	for _, h := range f.ownHeads {
		held, negated := false, false
		for _, r := range set {
			si := c.info(r)
			held = held || slices.ContainsFunc(si.tokens(), func(t term.Token) bool { return t.Term == h })
			negated = negated || slices.Contains(si.negations(), h)
		}
		if held && !negated {
			return true
		}
	}
	return false
}

// roleElsewhere reports a claim that gives a role to a name ("the U.S.
// ambassador to Kazakhstan and to Russia") that the cited sentences give
// that role nowhere, while they speak of the role (to Kazakhstan; to
// Uzbekistan and to Belarus; "our negotiators"). Only the roles of the
// claim that a possessive or "of", "to" or "for" gives are read: "U.S.
// ambassador" names a country's ambassador, not the one he is sent to;
// in the sentences, "State Department spokeswoman" gives the State
// Department's spokeswoman too. When the claim names who holds the role
// before it, only the sentences that name them are read.
func (c *checker) roleElsewhere(f facts, set []sentRef) bool {
	for i, t := range f.toks {
		if !question.IsRoleHead(t.Term) {
			continue
		}
		var names []string
		for _, at := range question.AttachedTo(f.toks, i) {
			if at.Marked {
				names = append(names, at.Term)
			}
		}
		if len(names) == 0 {
			continue
		}
		// "a spokesman for the Syrian government" is not "a spokesman for
		// the Free Syrian Army": the noun a name qualifies after the role
		// is given too.
		if head := nounAfterName(f.toks, i); head != "" {
			names = append(names, head)
		}
		// The one the claim gives the role must be in the sentence that
		// gives it: "Aleksandr Musienko is Russia's main negotiator" is not
		// held by a sentence on Musienko and one on "Aleksandr Lavrentyev,
		// Russia's main negotiator".
		holder := -1
		for k, n := range f.names {
			if n.end < i && !slices.Contains(names, n.head) {
				holder = k
			}
		}
		if holder < 0 {
			holder = namedAfterRole(f, i)
		}
		own, other := map[string]bool{}, false
		for _, r := range set {
			if holder >= 0 && !c.namedIn(f.names[holder], r) {
				continue
			}
			st := c.info(r).tokens()
			for j, u := range st {
				if u.Term != t.Term {
					continue
				}
				other = true // the role, given to no name or to others
				if holder >= 0 && !nestedRole(f.toks, i) && nestedRole(st, j) && !nestedByVerb(f.toks, i, st, j) {
					continue // "an adviser to Russia's ambassador" is no ambassador
				}
				attached := question.AttachedTo(st, j)
				if title := titleRun(st, j); len(title) > 0 && containsAll(title, roleModifiers(f.toks, i)) {
					// "Russian Foreign Minister" gives the role to Russia,
					// and is "Russia's foreign minister", not its defence
					// minister.
					for _, t := range title {
						attached = append(attached, question.Attachment{Term: t, Before: true})
					}
				}
				for _, at := range attached {
					if k := slices.IndexFunc(names, func(n string) bool { return c.sameName(n, at.Term) }); k >= 0 {
						own[names[k]] = true // "Russia's negotiator", "State Department spokeswoman", "Russian Foreign Minister"
						restOfName(f, names[k], c.info(r).terms, own)
					}
				}
				if h := nounAfterName(st, j); h != "" && slices.Contains(names, h) {
					own[h] = true
				}
			}
		}
		if other && len(own) < len(names) {
			return true
		}
	}
	return false
}

// namedAfterRole returns the index among the claim's names of the one a
// role at f.toks[i] is given by a form of "be" or an apposition after it
// ("Russia's main negotiator is Aleksandr Musienko", "Russia's main
// negotiator, Aleksandr Musienko, said"), or -1.
func namedAfterRole(f facts, i int) int {
	k := i + 1
	if k < len(f.toks) && !f.toks[k].AfterBreak && quote.IsBeForm(f.toks[k].Surface) {
		k++
	} else if k >= len(f.toks) || !f.toks[k].AfterBreak {
		return -1
	}
	return slices.IndexFunc(f.names, func(n name) bool { return n.at == k })
}

// titleRun returns the terms of the capitalised words before a
// capitalised role at ts[j] in its run ("russian", "foreign" of "Russian
// Foreign Minister Sergei Lavrov"), or none.
func titleRun(ts []term.Token, j int) []string {
	var out []string
	for k := j - 1; k >= 0 && ts[j].Capitalized && ts[k].Capitalized && ts[k].Term != "" && !ts[k+1].AfterBreak; k-- {
		out = append(out, ts[k].Term)
	}
	return out
}

// roleModifiers returns the terms of the words in lower case right before
// a role at ts[i], back to its owner ("foreign" of "Russia's foreign
// minister").
func roleModifiers(ts []term.Token, i int) []string {
	var out []string
	for k := i - 1; k >= 0 && !ts[k].Capitalized && ts[k].Term != "" && !ts[k+1].AfterBreak; k-- {
		out = append(out, ts[k].Term)
	}
	return out
}

// sameName reports whether two terms name one place: as written, or as a
// place and its people's adjective the lexicon relates ("Russia's foreign
// minister" is the "Russian Foreign Minister").
func (c *checker) sameName(a, b string) bool {
	if a == b {
		return true
	}
	return c.lx != nil && c.ix.IsCapitalised(b) && slices.Contains(c.lx.Related(a), b) && match.DemonymOf(a, b)
}

// restOfName marks as own the other words of the claim's name that holds
// t, where the sentence writes them: "George Krol" is given the role by
// "the U.S. ambassador to Kazakhstan, George A. Krol", whose initial
// ends what the role is attached to.
func restOfName(f facts, t string, sentence []string, own map[string]bool) {
	for _, n := range f.names {
		if !slices.Contains(n.words, t) {
			continue
		}
		for _, w := range n.words {
			if slices.Contains(sentence, w) {
				own[w] = true
			}
		}
	}
}

// nestedRole reports a role at ts[i] that is another role's object: "an
// adviser to Russia's ambassador", "an aide to the president". The one
// the sentence names holds the first, not this one.
func nestedRole(ts []term.Token, i int) bool {
	k := roleOwner(ts, i)
	if k < 1 {
		return false
	}
	switch strings.ToLower(ts[k].Surface) {
	case "to", "of", "for":
		return quote.IsRole(ts[k-1].Surface) && ts[k-1].Term != ts[i].Term
	}
	return false
}

// roleOwner returns the index of the word before the name that owns a
// role at ts[i] (articles and capitalised words passed: "Russia's", "the",
// "U.S."), or -1.
func roleOwner(ts []term.Token, i int) int {
	k := i - 1
	for k >= 0 && i-k <= 4 && (ts[k].Capitalized || strings.EqualFold(ts[k].Surface, "the") || strings.EqualFold(ts[k].Surface, "a")) {
		k--
	}
	if k < 0 || i-k > 4 {
		return -1
	}
	return k
}

// nestedByVerb reports a claim that nests the role at claim[i] as the
// sentence's role at st[j] is nested, by the verb of that outer role:
// "Musienko, who advises Russia's ambassador" for "Musienko, an adviser
// to Russia's ambassador".
func nestedByVerb(claim []term.Token, i int, st []term.Token, j int) bool {
	k, m := roleOwner(claim, i), roleOwner(st, j)
	if k < 0 || m < 1 || claim[k].Term == "" {
		return false
	}
	return claim[k].Term == st[m-1].Term
}

// nounAfterName returns the term of the word in lower case that follows
// the name after a role at ts[i] and "of", "to" or "for" ("government"
// in "spokesman for the Syrian government"): the name qualifies it, and
// the role is the noun's. "" when the name ends the phrase.
func nounAfterName(ts []term.Token, i int) string {
	k := i + 1
	if k >= len(ts) || !slices.Contains([]string{"of", "to", "for"}, strings.ToLower(ts[k].Surface)) {
		return ""
	}
	k++
	if k < len(ts) && strings.EqualFold(ts[k].Surface, "the") {
		k++
	}
	start := k
	for k < len(ts) && ts[k].Capitalized && ts[k].Term != "" && !ts[k].AfterBreak {
		k++
	}
	if k == start || k >= len(ts) || ts[k].Capitalized || ts[k].Term == "" || ts[k].AfterBreak || quote.ReportsSpeech(strings.ToLower(ts[k].Surface)) {
		return "" // "the spokesman for the Free Syrian Army said": a verb, no noun
	}
	return ts[k].Term
}

// whetherRe opens a clause a sentence leaves open: "not clear whether
// the delegations would meet".
var whetherRe = regexp.MustCompile(`(?i)\bwhether\b`)

// circumstanceRe opens a circumstance of a clause: "while testifying",
// "after the hearing".
var circumstanceRe = regexp.MustCompile(`(?i)\b(?:while|when|after|before|during|since|because)\b`)

// openRe finds a claim that leaves something open too: "whether",
// "unclear", "may".
var openRe = regexp.MustCompile(`(?i)\b(?:whether|if|unclear|uncertain|unknown|not (?:clear|known|certain)|may|might|could)\b`)

// leftOpen reports a sentence that leaves open, in a "whether" clause,
// what a claim says at least two words of, names aside (they say of
// whom, not what): the claim asserts it. The
// clause ends where a circumstance it takes for granted begins: in "to
// investigate whether Clinton perjured herself while testifying before
// the committee in October", she testified; nor is what a possessive
// owns, unless the claim says what is open of it too ("whether and how it
// might be responding to de Mistura's urgent plea": he made it).
func leftOpen(text string, claim []string) bool {
	loc := whetherRe.FindStringIndex(text)
	if loc == nil {
		return false
	}
	open := text[loc[1]:]
	if end := circumstanceRe.FindStringIndex(open); end != nil {
		open = open[:end[0]]
	}
	// "whether it might be responding to de Mistura's urgent plea": the
	// plea was made, and its words are open only beside the responding.
	// The words of the owner's own phrase ("harbour envoy Ilse Brandt's")
	// say whose it is, and are not open either.
	n, owned, run := 0, 0, 0
	afterOwner := false
	toks := term.Tokenize(open)
	for i, t := range toks {
		if possessive(t.Surface) {
			afterOwner = true
			n, run = n-run, 0
			continue
		}
		if t.Term == "" {
			run = 0
		}
		if t.Capitalized || !slices.Contains(claim, t.Term) || len(t.Surface) <= 3 && i+1 < len(toks) && toks[i+1].Capitalized {
			continue // names, with their particles ("de Mistura"), say of whom
		}
		if afterOwner {
			owned++
		} else {
			n++
			run++
		}
	}
	if n > 0 {
		n += owned
	}
	return n >= 2
}

// otherOrder reports sentences that place the claim's event on the other
// side of what the claim places it against (question.OtherOrder).
func (c *checker) otherOrder(f facts, set []sentRef) bool {
	var texts []string
	for _, r := range set {
		texts = append(texts, c.info(r).text)
	}
	return question.OtherOrder(f.text, strings.Join(texts, " "))
}

// comparesThingsRe is a comparison of two things: a comparative and
// "than", where the words after "than" are no number ("less often than
// they were killed", not "more than 300,000", whose number is checked
// as numbers are).
var comparesThingsRe = regexp.MustCompile(`(?i)\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|earlier|later|longer|shorter)\b(?:\s+\S+){0,3}?\s+than\s+(?:the\s+|a\s+|an\s+)?[\p{L}]`)

// comparesThings reports a text that compares two things.
func comparesThings(text string) bool {
	if !strings.Contains(strings.ToLower(text), "than") {
		return false
	}
	m := comparesThingsRe.FindString(text)
	return m != "" && !numberAfterThanRe.MatchString(m)
}

// numberAfterThanRe is a "than" before a number written in words.
var numberAfterThanRe = regexp.MustCompile(`(?i)\bthan\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|half|a\s+(?:hundred|thousand|million|dozen|third|quarter|half))\b`)

// plainOf returns the term a negative one is the negative of, by its
// prefix and its WordNet antonym: "clear" for "unclear", "possible" for
// "impossible"; ok is false for "inform" ("form") or "discover"
// ("cover").
func (c *checker) plainOf(t string) (string, bool) {
	for _, p := range negativePrefixes {
		if plain, ok := strings.CutPrefix(t, p); ok && plain != "" && slices.Contains(c.lx.Antonyms(plain), t) {
			return plain, true
		}
	}
	return "", false
}

// negativePrefixes make a word its own negative: un-, in-, im-, dis-, non-.
var negativePrefixes = []string{"un", "in", "im", "dis", "non"}

// contradicted reports a claim word the sentences do not hold whose
// opposite they do ("Kerry said he won the argument" against "I lost the
// argument"): the claim says the contrary of what it cites. An opposite
// the sentence negates ("did not lose") is no contradiction.
func (c *checker) contradicted(f facts, set []sentRef) bool {
	for _, ct := range f.terms {
		plain, ok := c.plainOf(ct)
		if !ok {
			continue
		}
		for _, r := range set {
			// "it was unclear" against "it was clear", not "not clear".
			if si := c.info(r); slices.Contains(si.terms, plain) && !slices.Contains(si.negations(), plain) {
				return true
			}
		}
	}
	for _, w := range f.q.Words {
		t := w.Term
		held := false
		for _, r := range set {
			held = held || slices.Contains(c.info(r).terms, t)
		}
		if held {
			continue
		}
		for _, a := range c.m.Opposites(t) {
			if slices.Contains(f.terms, a) {
				continue
			}
			for _, r := range set {
				si := c.info(r)
				if slices.Contains(si.terms, a) && !slices.Contains(si.negations(), a) && standsAlone(si.tokens(), a, f.terms) {
					return true
				}
			}
		}
	}
	return false
}

// standsAlone reports whether a word of the sentence (term a) stands
// somewhere as more than the modifier of another thing: "peace" of "the
// peace talks aim to end the conflict" qualifies the talks, and does not
// contradict a claim on "the war"; "still alive, but barely" does
// contradict "dead".
func standsAlone(toks []term.Token, a string, claim []string) bool {
	for i, t := range toks {
		if t.Term != a {
			continue
		}
		if i+1 < len(toks) && !toks[i+1].AfterBreak && toks[i+1].Term != "" && !toks[i+1].Capitalized && !slices.Contains(claim, toks[i+1].Term) {
			continue
		}
		return true
	}
	return false
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

// nameStands reports whether one sentence holds a name where the claim
// puts it:
//   - an organisation's name (its last word a kind of body: News, Times,
//     Party) with a word the articles never write is not theirs;
//   - a name whose last word is not itself a name the articles use (Free
//     Syrian Army, State Department) is met only whole, in one sentence: the
//     army of one sentence and the Free of another make no Free Syrian
//     Army;
//   - and the sentence that holds it holds other words of the claim too,
//     so "the Russian ambassador" is not met by a sentence about a Russian
//     minister while another sentence holds the ambassador.
func (c *checker) nameStands(f facts, n name, set []sentRef, sets [][]string) bool {
	if len(n.words) > 1 && quote.IsOrgNoun(n.surface) && slices.ContainsFunc(n.words, func(w string) bool { return w != "" && c.ix.SentenceDF(w) == 0 }) {
		return false // "Fox News", where the articles never write "Fox", is not their "ABC News"
	}
	whole := len(n.words) > 1 && !c.ix.IsName(n.head)
	for i, ts := range sets {
		if whole {
			if !containsAll(ts, n.words) {
				continue
			}
		} else if !c.nameMet(n, [][]string{ts}) {
			continue
		}
		if len(sets) == 1 || sharesOther(f, n.words, ts, c.ix.Documents()[set[i].doc].Sentences[set[i].sent].Headline) {
			return true
		}
	}
	return false
}

// wholeNameWritten reports whether the articles of the passages write
// each word of a name before its last one (a first name, a particle
// aside) in a sentence with that last one: a name is met by its last
// word ("Kerry" for "John Kerry"), so the other words are checked here
// ("Bob Kerry" is no one the articles name). Titles and roles are
// checked otherwise; a name whose last word is no name ("Free Syrian
// Army") stands whole already.
func (c *checker) wholeNameWritten(n name) bool {
	if len(n.words) < 2 || !c.ix.IsName(n.head) {
		return true
	}
	key := strings.Join(n.words, " ") + "|" + strings.Join(n.roles, " ")
	if ok, seen := c.wholeNames[key]; seen {
		return ok
	}
	if c.wholeNames == nil {
		c.wholeNames = map[string]bool{}
	}
	ok := c.wholeNameWrittenOnce(n)
	c.wholeNames[key] = ok
	return ok
}

// wholeNameWrittenOnce is wholeNameWritten, read afresh.
func (c *checker) wholeNameWrittenOnce(n name) bool {
	var docs []int
	for _, p := range c.passages {
		if !slices.Contains(docs, p.Doc) {
			docs = append(docs, p.Doc)
		}
	}
	for _, w := range n.words[:len(n.words)-1] {
		if w == n.head || honorifics[w] || slices.Contains(n.roles, w) || quote.IsRole(w) {
			continue
		}
		if !slices.ContainsFunc(docs, func(d int) bool {
			return slices.ContainsFunc(c.ix.DocumentTerms(d), func(ts []string) bool { return slices.Contains(ts, w) && slices.Contains(ts, n.head) })
		}) {
			return false
		}
	}
	return true
}

// weRe finds the first person plural in a quotation: the speaker's side.
var weRe = regexp.MustCompile(`\b(?:[Ww]e|[Oo]ur|[Oo]urs|us)\b`)

// speakersWe reports whether a name is the "we" of a quotation in the
// sentences: the body the articles make its speaker speak for, by the
// role they give them ("State Department spokesman John Kirby": "We
// absolutely share his concerns" are the State Department's; "U.S.
// Secretary of State John Kerry": "We're trying to pursue the diplomacy"
// is the United States').
func (c *checker) speakersWe(n name, set []sentRef) bool {
	for _, r := range set {
		for _, q := range c.ix.QuotesIn(r.doc, r.sent) {
			if q.Speaker == "" || !weRe.MatchString(q.Text) {
				continue
			}
			if slices.ContainsFunc(c.rolesOf(q.Speaker), func(rt []string) bool { return containsAll(rt, n.words) }) {
				return true
			}
		}
	}
	return false
}

// rolesOf returns the terms of each role the articles give a speaker, in
// any of their quotations, read once per answer: the claims and the sets
// of sentences they may rest on ask again.
func (c *checker) rolesOf(speaker string) [][]string {
	if rs, ok := c.roles[speaker]; ok {
		return rs
	}
	var rs [][]string
	seen := map[string]bool{}
	for _, q := range c.ix.Quotes() {
		if q.Speaker == speaker && q.Role != "" && !seen[q.Role] {
			seen[q.Role] = true
			rs = append(rs, term.Of(q.Role))
		}
	}
	if c.roles == nil {
		c.roles = map[string][][]string{}
	}
	c.roles[speaker] = rs
	return rs
}

// framedByHeadline reports whether a name the claim sets before a noun
// ("the Astana talks", "the Astana round") is the setting that the
// headline of a supporting sentence's article gives the same thing:
// "Sponsors, Syrian Sides Gather In Astana For Uncertain Talks" frames
// "The UN special envoy for Syria, Staffan de Mistura, is attending" as
// the Astana talks. A name the claim places ("to be held in Astana") is
// no such setting, and must be met in the sentences; so must one whose
// noun the sentence names itself ("the preparatory talks … on January 22"
// are not thereby the Astana talks), or one the claim rests on more than
// one sentence for.
func (c *checker) framedByHeadline(f facts, n name, set []sentRef) bool {
	if len(set) != 1 || n.end+1 >= len(f.toks) || n.place || n.at > 0 && placeWords[strings.ToLower(f.toks[n.at-1].Surface)] {
		return false
	}
	next := f.toks[n.end+1]
	if next.Capitalized || next.Term == "" || next.AfterBreak || modifies(f.toks, n) || slices.Contains(c.info(set[0]).terms, next.Term) {
		return false
	}
	noun := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == next.Term })
	if noun < 0 {
		return false
	}
	doc := set[0].doc
	h := slices.IndexFunc(c.ix.Documents()[doc].Sentences, func(s document.Sentence) bool { return s.Headline })
	if h < 0 {
		return false
	}
	ts := c.info(sentRef{doc, h}).terms
	return c.nameMet(n, [][]string{ts}) && f.q.Words[noun].Credit(ts) >= match.CreditRelated
}

// containsAll reports whether ts holds every term of want.
func containsAll(ts, want []string) bool {
	for _, w := range want {
		if w != "" && !slices.Contains(ts, w) {
			return false
		}
	}
	return true
}

// sharesOther reports whether ts holds a term of the claim that is not
// one of the name's own; in a headline, which names what its whole
// article is about, a related word will do: "Syrian Sides Gather In
// Astana For Uncertain Talks" places "the negotiations in Astana".
func sharesOther(f facts, own, ts []string, headline bool) bool {
	for _, t := range f.terms {
		if !slices.Contains(own, t) && slices.Contains(ts, t) {
			return true
		}
	}
	return headline && slices.ContainsFunc(f.q.Words, func(w match.Word) bool {
		return !slices.Contains(own, w.Term) && w.Credit(ts) >= match.CreditRelated
	})
}

// honorifics are the titles any name may take: "Mr. Kerry" is Kerry.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true}

// placeWords place what follows them: a name after one is a place.
var placeWords = map[string]bool{"of": true, "in": true, "at": true, "near": true, "outside": true, "around": true, "into": true, "across": true}

// nameMet reports whether the sentences hold a name: its head word, or a
// related name the articles use for it (American for the U.S., Moscow for
// Russia), unless the name is a place (name.place).
func (c *checker) nameMet(n name, sets [][]string) bool {
	in := func(t string) bool {
		for _, ts := range sets {
			if slices.Contains(ts, t) {
				return true
			}
		}
		return false
	}
	if in(n.head) || slices.ContainsFunc(c.m.AccentVariants(n.head), in) {
		return true // "Guantanamo" is the "Guantánamo" the articles write
	}
	if n.place {
		return false // "areas of Damascus" are not "the Syrian city of Aleppo"
	}
	for _, r := range c.lx.Related(n.head) {
		if c.ix.IsName(r) && in(r) {
			return true
		}
	}
	return false
}

// rightMouth reports whether a quotation the claim puts in someone's mouth
// is theirs: when the articles attribute it, one of the claim's names must
// be its speaker's.
func (c *checker) rightMouth(f facts, q string) bool {
	if len(f.names) == 0 {
		return true
	}
	var speakers []string
	marked := false // the articles set the words in quotation marks
	for _, cq := range c.ix.Quotes() {
		if !strings.Contains(fold(cq.Text), q) {
			continue
		}
		marked = marked || cq.Kind != quote.Indirect
		if cq.Speaker != "" {
			speakers = append(speakers, cq.Speaker)
		}
		if cq.Role != "" && namesRole(f.toks, cq.Role) {
			return true // "The Free Syrian Army spokesman told Al-Jazeera …" of "a spokesman for the Free Syrian Army"
		}
	}
	if !marked && len(f.reported) > 0 && len(strings.Fields(q)) >= minQuotedWords {
		return false // `Lavrov said "14 rebel organizations have agreed"`: reported speech made a quotation
	}
	if len(speakers) == 0 {
		return true
	}
	for _, sp := range speakers {
		st := term.Of(sp)
		for _, n := range append(slices.Clip(f.names), f.outer...) {
			if slices.Contains(st, n.head) {
				return true
			}
		}
	}
	return false
}

// namesRole reports whether a claim calls someone by the role the
// articles give the speaker: a role noun of it, with the words that
// qualify it in the claim ("Free Syrian Army spokesman", "spokesman for
// the Free Syrian Army") all words of the role. A role alone ("the
// spokesman") or qualified otherwise ("the Syrian government spokesman")
// names no one.
func namesRole(toks []term.Token, role string) bool {
	rt := term.Of(role)
	for i, t := range toks {
		if !quote.IsRole(t.Surface) || !slices.Contains(rt, t.Term) {
			continue
		}
		var qual []string
		for k := i - 1; k >= 0 && toks[k].Term != "" && !toks[k+1].AfterBreak; k-- {
			qual = append(qual, toks[k].Term)
		}
		if k := i + 1; k+1 < len(toks) && (strings.EqualFold(toks[k].Surface, "for") || strings.EqualFold(toks[k].Surface, "of")) {
			k++
			if strings.EqualFold(toks[k].Surface, "the") {
				k++
			}
			for ; k < len(toks) && toks[k].Capitalized && toks[k].Term != ""; k++ {
				qual = append(qual, toks[k].Term)
			}
		}
		if len(qual) > 0 && !slices.ContainsFunc(qual, func(w string) bool { return !slices.Contains(rt, w) }) {
			return true
		}
	}
	return false
}

// rightReporter reports whether speech the claim reports ("X said …")
// is the speech of someone it names: of the sentences it rests on, take
// the one that holds most of what is reported; when the articles give a
// person as the speaker of a quotation or reported speech standing in
// it, one of the claim's names must hold that person's last name.
// "Lavrentyev said the preparatory talks had been hard going" rests on a
// sentence of Aleksandr Musienko's words.
func (c *checker) rightReporter(f facts, set []sentRef, terms [][]string) bool {
	if len(f.names) == 0 || len(f.reported) == 0 {
		return true
	}
	if !reportedHeld(f, terms) {
		return false
	}
	if f.byPronoun {
		return true // no one named says it, as when the claim names no one
	}
	best, bestMet := sentRef{}, 0
	for _, r := range set {
		met := 0
		for _, t := range f.reported {
			if slices.Contains(c.info(r).terms, t) {
				met++
			}
		}
		if met > bestMet {
			best, bestMet = r, met
		}
	}
	speakers := c.ix.PeopleQuotedIn(best.doc, best.sent)
	if bestMet*2 < len(f.reported) || len(speakers) == 0 {
		return true // not said in one sentence, or by no one the articles name
	}
	for _, sp := range speakers {
		st := term.Of(sp)
		if len(st) == 0 {
			continue
		}
		for _, n := range f.names {
			if slices.Contains(n.words, st[len(st)-1]) {
				return true // "Kirby said", "Aleksandr Lavrentyev, Russia's negotiator, said"
			}
		}
	}
	if slices.ContainsFunc(c.ix.QuotesIn(best.doc, best.sent), func(q quote.Quote) bool { return q.Role != "" && namesRole(f.toks, q.Role) }) {
		return true // "The Free Syrian Army spokesman told Al-Jazeera …"
	}
	// "The US was trying to stress peace talks were \"the way …,\" she
	// added": the sentence has the claim's name say it in its own words.
	return slices.ContainsFunc(f.names, func(n name) bool { return c.saysItself(n, c.info(best).text) })
}

// speakerReach is how many words after a name its verb of speech may
// stand for the name to be the one who speaks.
const speakerReach = 5

// saysItself reports whether text, outside its quotations, names n and,
// within speakerReach words after it, a verb of speech.
func (c *checker) saysItself(n name, text string) bool {
	toks := c.rd.Tokenize(quoteRe.ReplaceAllString(text, " … "))
	for i, t := range toks {
		if t.Term == "" || !slices.Contains(n.words, t.Term) {
			continue
		}
		for _, v := range toks[i+1 : min(len(toks), i+1+speakerReach)] {
			if quote.ReportsSpeech(strings.ToLower(v.Surface)) {
				return true
			}
		}
	}
	return false
}

// reportedHeld reports whether the sentences meet, as written, by stem
// or as a related word (not a loose paraphrase), at least half of the
// words a claim reports someone said: the names and the saying alone do
// not hold "Rubio said the trade was a reasonable price to pay for the
// Americans' freedom" where his words are on hostages and concessions.
// terms are the sentences' terms, as gather reads them.
func reportedHeld(f facts, terms [][]string) bool {
	met, all := 0, 0
	for _, t := range f.reported {
		i := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == t })
		if i < 0 {
			continue
		}
		all++
		if slices.ContainsFunc(terms, func(ts []string) bool { return f.q.Words[i].Credit(ts) >= match.CreditRelated }) {
			met++
		}
	}
	return met*2 >= all
}

// quoteRe matches quoted text.
var quoteRe = regexp.MustCompile(`["“”]([^"“”]+)["“”]`)

// minQuotedWords is the fewest words of a quotation a claim gives
// someone that the articles must set in quotation marks too: a word or
// two in marks ("pivotal") may be a term the sentence uses.
const minQuotedWords = 3

// ellipsisRe matches an ellipsis, where a quotation leaves words out.
var ellipsisRe = regexp.MustCompile(`\.\s*\.\s*\.|…`)

// quotations returns the folded texts of a claim's quotations, a single
// word included: `was "irrelevant"` quotes the articles as surely as a
// sentence does. A quotation that leaves words out with an ellipsis
// ("The Syrian National Council ... has taken the firm decision") gives
// each part on either side as a quotation of its own.
func quotations(text string) []string {
	var out []string
	for _, m := range quoteRe.FindAllStringSubmatch(text, -1) {
		for _, part := range ellipsisRe.Split(m[1], -1) {
			if f := fold(part); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// fold keeps the words of s, lower-cased, one space apart, with
// typographic apostrophes made plain.
func fold(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ")
}

// relativeTimeRe finds a time relative to the article's date: "last
// week", "this month", "yesterday".
var relativeTimeRe = regexp.MustCompile(`(?i)\b(?:(last|this|next|past|previous|coming)\s+(week|weekend|month|year|night|decade|spring|summer|autumn|fall|winter)|(yesterday|today|tomorrow|tonight))\b`)

// relativeTimes returns the relative times text gives, in lower case,
// "past" and "previous" read as "last": "last week", "yesterday".
func relativeTimes(text string) []string {
	var out []string
	for _, m := range relativeTimeRe.FindAllStringSubmatch(text, -1) {
		if m[3] != "" {
			out = append(out, strings.ToLower(m[3]))
			continue
		}
		which := strings.ToLower(m[1])
		switch which {
		case "past", "previous":
			which = "last"
		case "coming":
			which = "next"
		}
		out = append(out, which+" "+strings.ToLower(m[2]))
	}
	return out
}

// exclusiveClaimRe matches a word that says something is the only one;
// superlative returns the term of the base of a superlative word
// ("larg" of "largest", "deadli" of "deadliest", "big" of "biggest"):
// a word in "-est" that WordNet does not hold itself ("interest",
// "protest" are words of their own) but whose base it does; "best" and
// "worst" are their own.
func (c *checker) superlative(w string) (string, bool) {
	lw := strings.ToLower(w)
	switch lw {
	case "best":
		return term.Word("good"), true
	case "worst":
		return term.Word("bad"), true
	}
	if len(lw) < 6 || !strings.HasSuffix(lw, "est") || len(c.lx.Related(term.Word(lw))) > 0 {
		return "", false
	}
	stem := lw[:len(lw)-3]
	bases := []string{stem, stem + "e"}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		bases = append(bases, stem[:n-1]) // "bigg" of "biggest"
	}
	if strings.HasSuffix(stem, "i") {
		bases = append(bases, stem[:len(stem)-1]+"y") // "deadli" of "deadliest"
	}
	for _, b := range bases {
		if t := term.Word(b); t != "" && len(c.lx.Related(t)) > 0 {
			return t, true
		}
	}
	return "", false
}

// holdsSuperlative reports whether a sentence ranks as a claim's
// superlative does: a superlative of the same base or a related one
// ("biggest" for "largest"), or "most" and the base ("most deadly").
func (c *checker) holdsSuperlative(si *sentInfo, base string) bool {
	toks := si.tokens()
	for i, t := range toks {
		if b, ok := c.superlative(t.Surface); ok && (b == base || slices.Contains(c.lx.Related(b), base) || slices.Contains(c.lx.Related(base), b)) {
			return true
		}
		if t.Term == base && i > 0 && strings.EqualFold(toks[i-1].Surface, "most") {
			return true
		}
	}
	return false
}

// exclusiveHeldRe the words a sentence may say it with ("just one day").
// notOnlyRe is "not only" and "if only", which say no such thing.
var (
	exclusiveClaimRe = regexp.MustCompile(`(?i)\b(?:only|sole|solely|exclusively|single-handedly)\b`)
	exclusiveHeldRe  = regexp.MustCompile(`(?i)\b(?:only|sole|solely|exclusively|single-handedly|alone|just|single|lone)\b`)
	notOnlyRe        = regexp.MustCompile(`(?i)\b(?:not|if)\s+only\b`)
)

// exclusiveHeld reports a sentence that says something is the only one.
func exclusiveHeld(text string) bool { return exclusiveHeldRe.MatchString(text) }

// universalRe matches a word that speaks of all of something. "all" next
// to a number counts a set the sentence names ("all three countries"),
// "every" next to one gives a rate ("every 25 minutes"),
// after a name or a pronoun it sums up a set named before it ("Russia,
// Iran and Turkey all sponsored"), and "at all" and "after all" are
// idioms.
var universalRe = regexp.MustCompile(`(?i)\b(?:every(?:one|body|thing)?|always|entire(?:ly)?|whole|all)\b`)

// idiomAllRe matches "all" that is no claim about all of something.
var idiomAllRe = regexp.MustCompile(`\b(?i:at|after|above)\s+all\b|\b(?i:all|every)\s+(?i:\d|two|three|four|five|six|seven|eight|nine|ten)\b|(?:\b[A-Z][\w'’-]*|\b(?i:they|we|them|these|those))\s+all\b`)

// universal reports a text that speaks of all of something.
func universal(text string) bool {
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "all") && !strings.Contains(lower, "every") && !strings.Contains(lower, "entire") && !strings.Contains(lower, "whole") && !strings.Contains(lower, "always") {
		return false // most sentences: no regular expression to run
	}
	return universalRe.MatchString(idiomAllRe.ReplaceAllString(text, " "))
}
