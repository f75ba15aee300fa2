package question

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

// This file holds the quantity a text gives what it speaks of: "few
// dockers", "most of the cargo".

// quantifiers are the words that say how much or how many, each with its
// side: few, little and less are low; many, much and more are high.
var quantifiers = map[string]bool{
	"few": false, "fewer": false, "fewest": false, "little": false, "less": false, "least": false,
	"many": true, "more": true, "most": true, "much": true,
}

// quantifierStems are what every quantifier's spelling holds.
var quantifierStems = []string{"few", "little", "less", "least", "many", "more", "most", "much"}

// quantifierWord finds a quantifier without reading the words, as
// orderWord does a "before" or an "after".
var quantifierWord = regexp.MustCompile(`(?i)\b(?:few|fewer|fewest|little|less|least|many|more|most|much)\b`)

// orRe finds the "or" of two alternatives.
var orRe = regexp.MustCompile(`(?i)\bor\b`)

// quantifierReach is how many words after a quantifier may hold what it
// quantifies ("little of the cargo", "the most important").
const quantifierReach = 4

// IsQuantifier reports a word that says how much or how many: few,
// little, less, least, many, much, more, most (any case).
func IsQuantifier(word string) bool {
	_, ok := quantifiers[strings.ToLower(word)]
	return ok
}

// quantity is a quantifier and the term of the word it quantifies.
type quantity struct {
	high bool
	term string
	// compares marks "more", "less" and "fewer": which of two has more.
	compares bool
}

// quantities returns the quantities a text gives: each quantifier with
// the first content word after it. "how many" and "how much" ask, and
// "at least" and "at most" bound a number: neither says a quantity.
func quantities(text string) []quantity {
	toks := term.Tokenize(text)
	var out []quantity
	for i, t := range toks {
		w := strings.ToLower(t.Surface)
		high, ok := quantifiers[w]
		if !ok || i > 0 && (strings.EqualFold(toks[i-1].Surface, "how") || strings.EqualFold(toks[i-1].Surface, "at")) {
			continue
		}
		for _, n := range toks[i+1 : min(len(toks), i+1+quantifierReach)] {
			if _, q := quantifiers[strings.ToLower(n.Surface)]; q {
				break
			}
			if n.Term != "" {
				out = append(out, quantity{high: high, term: n.Term, compares: w == "more" || w == "less" || w == "fewer"})
				break
			}
		}
	}
	return out
}

// OtherQuantity reports a text that gives what a first text (a question,
// a claim) quantifies the other quantity, and never the first's: "very
// few dockers are drawn from which union?" is not answered by "most
// dockers are drawn from the harbour union", nor "little of the cargo" by
// "much of the cargo". Asked which of two is more, the one that is less
// answers too: "which is more costly, the ferry or the bridge?" by "the
// bridge is less costly".
func OtherQuantity(first, text string) bool {
	if !mentionsAny(first, quantifierStems...) || !mentionsAny(text, quantifierStems...) || !quantifierWord.MatchString(first) {
		return false // most questions: none to read, without reading their words
	}
	qs := quantities(first)
	if len(qs) == 0 {
		return false
	}
	ts := quantities(text)
	either := orRe.MatchString(first)
	for _, q := range qs {
		if q.compares && either {
			continue
		}
		other, same := false, false
		for _, t := range ts {
			if t.term == q.term {
				other = other || t.high != q.high
				same = same || t.high == q.high
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}

// mentionsAny reports whether text holds any of words, in any case, even
// inside a longer word: a cheap test before reading a text's words.
func mentionsAny(text string, words ...string) bool {
	lower := strings.ToLower(text)
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, w) })
}
