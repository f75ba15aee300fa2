package claim

// Negations and opposites: a claim that denies, or is denied by, its sentences.

import (
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/term"
)

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
