package claim

// Deeds: done or only intended, for or against, left open, in which order.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

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
	return triedRe.MatchString(intent) && reportsSpeech(strings.ToLower(verb))
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
