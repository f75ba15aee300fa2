package term

import "regexp"

// negationRe matches words that negate what follows them: not, never, a
// verb of refusing ("refused", "rejected"), a contracted "n't", "non-",
// and "impossible", "unable" ("impossible to carry out negotiations").
var negationRe = regexp.MustCompile(`(?i)\b(not|never|no|none|neither|nor|without|cannot|refused|declined|failed|denied|rejected|impossible|unable)\b|n['’]t\b|\bnon-`)

// negationReach is how many words after a negation it governs.
const negationReach = 3

// Negates reports whether text holds a negation.
func Negates(text string) bool { return negationRe.MatchString(text) }

// scopeEndRe ends a negation's reach: a clause the negation leaves
// open ("not clear whether they would meet" does not say they would not),
// a semicolon or a colon.
var scopeEndRe = regexp.MustCompile(`(?i)\b(?:whether|if)\b|[;:]`)

// Negated returns the index terms that a negation in text governs: the
// next negationReach after it ("would not send a delegation": send,
// delegation), up to "whether", "if", a semicolon or a colon.
func Negated(text string) []string {
	var out []string
	for _, loc := range negationRe.FindAllStringIndex(text, -1) {
		span := text[loc[1]:min(len(text), loc[1]+60)]
		if end := scopeEndRe.FindStringIndex(span); end != nil {
			span = span[:end[0]]
		}
		after := Of(span)
		out = append(out, after[:min(len(after), negationReach)]...)
	}
	return out
}
