package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// nameOfAskedRe asks for a name in so many words: "what's the name of
// his new book?", "what's Ali's wife's name?" are not answered by a
// sentence that speaks of the book or the wife without naming them.
var nameOfAskedRe = regexp.MustCompile(`(?i)\bnames?\s+of\b|\w['’]s\s+names?\b`)

// nameOfNounRe finds the noun a question asks the name of: group 1 is
// what follows "name of", group 2 the word before "'s name" or, typed
// without an apostrophe, "pastors name".
var nameOfNounRe = regexp.MustCompile(`(?i)\bnames?\s+of\s+((?:[\w'’-]+\s*){1,4})|\b(\w+)(?:['’]s|s['’]?)\s+names?\b`)

// namedNounAsked returns the noun, in lower case and singular as
// written, whose name the question asks: "book" in "what's the name of
// his new book?", "pastor" in "whats the pastors name"; "" for none.
func namedNounAsked(qr match.Query) string {
	m := qr.AskedMatch(nameOfNounRe)
	if m == nil {
		return ""
	}
	if m[2] != "" {
		w := strings.ToLower(m[2])
		if w == "what" || w == "who" || w == "that" || w == "it" || term.IsStop(w) {
			return ""
		}
		return w
	}
	noun := ""
	for _, w := range strings.Fields(m[1]) {
		lw := strings.ToLower(strings.TrimRight(w, "?.!,"))
		if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || determiners[lw] {
			continue // "the name of Ali's wife": the wife
		}
		if term.IsStop(lw) {
			break // "the name of the ship that sank"
		}
		noun = lw
		if w != strings.TrimRight(w, "?.!,") {
			break
		}
	}
	return noun
}

// personNoun reports a noun, in lower case, that stands for a person: a
// role, an office or a family tie ("pastor", "CEO", "wife").
func personNoun(w string) bool {
	return w != "" && (quote.IsRole(w) || quote.IsOffice(w) || question.IsRoleNoun(w) || kinGroupOf[w] != nil)
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "that": true, "my": true, "our": true, "your": true,
}

// naming is a noun a question asks the name of, with the ways a
// sentence gives it one: right after it ("pastor Saeed Abedini", "his
// wife, Lonnie", "the envoy for Syria, Staffan de Mistura"), or before it set off by a
// comma or a copula ("Saeed Abedini, an Iranian-American pastor", "Omar
// is the new CEO"). Group 1 of each is the name's first word.
type naming struct {
	noun  *regexp.Regexp
	gives []*regexp.Regexp
	// kin are the index terms of the family tie the noun gives, if it
	// gives one.
	kin map[string]bool
}

// newNaming reads the ways a sentence names noun.
func newNaming(noun string) *naming {
	n := `(?i:` + regexp.QuoteMeta(noun) + `(?:s|es)?)`
	return &naming{
		kin:  kinGroupOf[noun],
		noun: regexp.MustCompile(`\b` + n + `\b`),
		gives: []*regexp.Regexp{
			regexp.MustCompile(`\b` + n + `\b(?:\s+(?i:of|for|to|at|in)\s+(?i:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*)+)?,?\s+(?:(?i:named|called|dubbed|is|was)\s+)?(?:["“‘']\s*)?(\p{Lu}[\p{L}'’.-]*)`),
			regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*)(?:,|\s+(?i:is|was|are|were|became|becomes|as))\s+(?:(?i:the|a|an|his|her|their|its|now|also|then)\s+){0,2}(?:[\p{L}-]+\s+){0,3}?` + n + `\b`),
		},
	}
}

// unmet reports a sentence that speaks of the noun a question asks
// the name of without giving it one: "he met the wife of an
// Iranian-American pastor" does not say what the pastor is called. A
// sentence without the noun is not judged here, unless the noun is a
// family tie the sentence gives no word of: "Murphy sent his family
// home" names no wife.
func (n *naming) unmet(qr match.Query, text string) bool {
	if !n.noun.MatchString(text) {
		return n.kin != nil && !slices.ContainsFunc(qr.TermsOf(text), func(t string) bool { return n.kin[t] })
	}
	for _, re := range n.gives {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			// Group 1 opens with a capital, so w is never empty.
			w := strings.TrimRight(m[1], ".’'")
			if !qr.InQuestion(w) && !monthOrDay.In(w) && !determiners[strings.ToLower(w)] && w != "I" {
				return false
			}
		}
	}
	return true
}
