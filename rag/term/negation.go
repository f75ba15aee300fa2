package term

import (
	"regexp"
	"slices"
	"strings"
)

// negationWords are the words that negate what follows them: not, never,
// the words that all but negate ("rarely complained" is not "repeatedly
// complained"), and the one-word meaningNegations: a verb of refusing
// ("refused", "rejected"), "impossible", "unable" ("impossible to carry
// out negotiations").
var negationWords = func() map[string]bool {
	out := map[string]bool{
		"not": true, "never": true, "no": true, "none": true, "neither": true, "nor": true,
		"without": true, "cannot": true, "rarely": true, "seldom": true, "hardly": true, "scarcely": true,
	}
	for w := range meaningNegations {
		if !strings.Contains(w, " ") {
			out[w] = true // the one-word ones: "turned down" is a pair (negationPairs)
		}
	}
	return out
}()

// meaningNegations are the negation words that negate by what they mean,
// not as particles: a claim and a sentence that both write one negate
// alike, however their words are ordered ("negotiations were impossible",
// "impossible to carry out negotiations").
var meaningNegations = map[string]bool{
	"refused": true, "declined": true, "failed": true, "denied": true, "rejected": true,
	"impossible": true, "unable": true,
	"refuses": true, "refusing": true, "rejects": true, "rejecting": true, "declines": true, "declining": true,
	"denies": true, "denying": true, "turned down": true, "turns down": true, "turning down": true,
}

// MeaningNegations returns the words of text, in lower case, that negate
// by what they mean ("refused", "impossible", "unable"), not as particles.
func MeaningNegations(text string) []string {
	var out []string
	for _, loc := range negations(text) {
		if w := strings.ToLower(text[loc[0]:loc[1]]); meaningNegations[w] {
			out = append(out, w)
		}
	}
	return out
}

// negationPairs are the negations of two words, by their first: the
// words that set aside an alternative ("George Krol, rather than a
// delegation from Washington", "instead of a delegation": no delegation),
// "had yet to endorse", which has not, and "turned down" a plea, which
// rejects it.
var negationPairs = map[string]string{"rather": "than", "instead": "of", "yet": "to", "turned": "down", "turns": "down", "turning": "down"}

// negations returns where text negates, as [start, end) byte offsets in
// order: a word of negationWords, a pair of negationPairs with spaces
// between, a contracted "n't" (or "n’t") ending a word, or "non-"
// opening one; case is ignored. A scan of the words, it reads a sentence
// several times faster than a regular expression of the same words,
// which every claim a model makes is checked with.
func negations(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		if i == 0 || !isWordByte(text[i-1]) {
			j := wordEnd(text, i)
			w := strings.ToLower(text[i:j])
			switch {
			case negationWords[w]:
				out = append(out, [2]int{i, j})
				i = j
				continue
			case w == "non" && j < len(text) && text[j] == '-':
				out = append(out, [2]int{i, j + 1})
				i = j + 1
				continue
			case negationPairs[w] != "":
				k := j
				for k < len(text) && isSpace(text[k]) {
					k++
				}
				if end := wordEnd(text, k); k > j && strings.EqualFold(text[k:end], negationPairs[w]) {
					out = append(out, [2]int{i, end})
					i = end
					continue
				}
			}
		}
		if end, ok := contractedNot(text, i); ok {
			out = append(out, [2]int{i, end})
			i = end
			continue
		}
		i++
	}
	return out
}

// contractedNot reports whether an "n't" (or "n’t") that ends a word
// starts at text[i], and where it ends.
func contractedNot(text string, i int) (int, bool) {
	if text[i] != 'n' && text[i] != 'N' {
		return 0, false
	}
	k := i + 1
	switch {
	case strings.HasPrefix(text[k:], "'"):
		k++
	case strings.HasPrefix(text[k:], "’"):
		k += len("’")
	default:
		return 0, false
	}
	if k >= len(text) || text[k] != 't' && text[k] != 'T' || k+1 < len(text) && isWordByte(text[k+1]) {
		return 0, false
	}
	return k + 1, true
}

// wordEnd returns the end of the run of word bytes (letters, digits,
// "_", as a regular expression's \b reads them) that starts at text[i].
func wordEnd(text string, i int) int {
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return i
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isWordByte(b byte) bool { return isASCIILetter(b) || '0' <= b && b <= '9' || b == '_' }

// isSpace reports the spaces a regular expression's \s matches.
func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// noReasonRe matches "no reason" opening a text.
var noReasonRe = regexp.MustCompile(`(?i)^no\s+reason\b`)

// modalEndRe matches a modal verb closing a text, as before the "not" of
// "should not" or the "n't" of "shouldn't".
var modalEndRe = regexp.MustCompile(`(?i)\b(?:should|would|could|can|must|might|may|ca|wo)\s*$`)

// negationReach is how many words after a negation it governs.
const negationReach = 3

// Negates reports whether text holds a negation.
func Negates(text string) bool { return len(negations(text)) > 0 }

// scopeEndRe ends a negation's reach: a clause the negation leaves
// open ("not clear whether they would meet" does not say they would not;
// "I don't know why he's saying that" does not say he isn't), a semicolon,
// a colon, the end of a sentence ("It was not at all unprecedented. I
// have turned over all of my emails.") or of a quotation ("No one else
// can say that," she said), closed by a quote mark or, as archives write
// it, by two apostrophes after "… get our hands on," before "he told
// Fox News".
var scopeEndRe = regexp.MustCompile(`(?i:\b(?:whether|if|why|how|what|who|whom|when|where)\b)|[;:]|[.!?]["”’']?\s+["“‘']?\p{Lu}|[,.!?](?:["”’]|'')`)

// elidedRe matches what follows a "not to" whose verb is left out, as
// the one before says it ("he decided not to following the death of his
// son", "chose not to, after all"): a stop, the end, a preposition, an
// article or a word in -ing, where the verb would stand. Such a negation
// governs none of the words after it.
var elidedRe = regexp.MustCompile(`(?i)^\s+to(?:\s*[,.;:!?"”’)]|\s*$|\s+(?:\w+ing|after|before|because|since|for|in|at|on|despite|given|amid|the|a|an|his|her|their|its|this|that)\b)`)

// Negated returns the index terms that a negation in text governs: the
// next negationReach after it ("would not send a delegation": send,
// delegation), up to "whether", "if", a question word ("why", "what"),
// a semicolon, a colon or the sentence's end. "No
// reason" and a later modal's negation cancel out: "there is no reason
// that both should not be able to revive it" negates nothing.
func Negated(text string) []string { return negated(text, negationReach) }

// NegatedHeads returns the first index term each negation in text
// governs: the word it negates ("complain" of "rarely complained",
// "back" of "had not been backed by force"), as Negated reads them.
func NegatedHeads(text string) []string { return negated(text, 1) }

// NegatesUncancelled reports whether text holds a negation that "no
// reason" and a later modal's negation do not cancel: "there is no reason
// that both should not be able to revive it" negates nothing.
func NegatesUncancelled(text string) bool {
	locs := negations(text)
	return slices.Contains(cancelledNegations(text, locs), false)
}

// cancelledNegations reports, for each negation of text at locs, whether
// "no reason" and a later modal's negation cancel it.
func cancelledNegations(text string, locs [][2]int) []bool {
	cancelled := make([]bool, len(locs))
	for i, loc := range locs {
		if !noReasonRe.MatchString(text[loc[0]:]) {
			continue
		}
		// "no reason that they should not revive it" says they should.
		for j := i + 1; j < len(locs); j++ {
			if modalEndRe.MatchString(text[:locs[j][0]]) {
				cancelled[i], cancelled[j] = true, true
				break
			}
		}
	}
	return cancelled
}

// negated returns up to reach index terms after each negation.
func negated(text string, reach int) []string {
	var out []string
	locs := negations(text)
	cancelled := cancelledNegations(text, locs)
	for i, loc := range locs {
		if cancelled[i] {
			continue
		}
		span := text[loc[1]:min(len(text), loc[1]+60)]
		if elidedRe.MatchString(span) {
			continue // "decided not to following the death of his son": not to run
		}
		if end := scopeEndRe.FindStringIndex(span); end != nil {
			span = span[:end[0]]
		}
		after := Of(span)
		out = append(out, after[:min(len(after), reach)]...)
	}
	return out
}
