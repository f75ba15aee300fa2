package claim

// What a cited sentence says, read once per answer.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

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
