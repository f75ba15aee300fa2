package term

import "regexp"

// negationRe matches words that negate what follows them: not, never, a
// verb of refusing ("refused", "rejected"), a contracted "n't", "non-",
// "impossible", "unable" ("impossible to carry out negotiations"), and
// the words that all but negate ("rarely complained" is not "repeatedly
// complained"; "had yet to endorse" has not), and the words that set
// aside an alternative ("George Krol, rather than a delegation from
// Washington", "instead of a delegation": no delegation).
var negationRe = regexp.MustCompile(`(?i)\b(not|never|no|none|neither|nor|without|cannot|refused|declined|failed|denied|rejected|impossible|unable|rarely|seldom|hardly|scarcely|rather\s+than|instead\s+of)\b|n['’]t\b|\bnon-|\byet\s+to\b`)

// noReasonRe matches "no reason" opening a text.
var noReasonRe = regexp.MustCompile(`(?i)^no\s+reason\b`)

// modalEndRe matches a modal verb closing a text, as before the "not" of
// "should not" or the "n't" of "shouldn't".
var modalEndRe = regexp.MustCompile(`(?i)\b(?:should|would|could|can|must|might|may|ca|wo)\s*$`)

// negationReach is how many words after a negation it governs.
const negationReach = 3

// Negates reports whether text holds a negation.
func Negates(text string) bool { return negationRe.MatchString(text) }

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

// negated returns up to reach index terms after each negation.
func negated(text string, reach int) []string {
	var out []string
	locs := negationRe.FindAllStringIndex(text, -1)
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
