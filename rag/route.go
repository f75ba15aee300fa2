package rag

import (
	"regexp"
	"strings"

	"github.com/parleybot/parley/rag/question"
)

// whoSaidRe matches a question that asks who said something:
// `who said "…"?`, `Who said that …`, `who told reporters …`.
// "that" opens the quotation's clause only as a word of its own: in "who
// said that's why we came here" it is the quotation's.
var whoSaidRe = regexp.MustCompile(`(?is)^\s*(?:and\s+)?who\s+(?:said|says|say|told\s+\S+|wrote|asked|stated|claimed)(?:\s+that(?:[\s:,]+|$))?\s*[:,]?\s*(.+?)\s*\??\s*$`)

// saidAfterRe matches a quotation followed by "who said that?", "who
// said this", "who said it".
var saidAfterRe = regexp.MustCompile(`(?is)^\s*(.+?)[\s\-–—:,.]*\bwho\s+said\s+(?:that|this|it)\s*[?!.]*\s*$`)

// questionOpener opens words that ask a question of their own: "what
// happened and who said it?" quotes nothing.
var questionOpener = regexp.MustCompile(`(?i)^\W*(?:what|who|when|where|why|how|which|did|does|do|is|are|was|were|can|could|will|would)\b`)

// WhoSaidQuery reports whether a question asks who said something, and
// returns the quotation it asks about, with its quotation marks taken off.
// Front ends use it to route such questions to attribution.
func WhoSaidQuery(text string) (string, bool) {
	if !strings.ContainsAny(text, "\"“”") && question.AskedFact(text) != question.NoArticleFact {
		return "", false // "who wrote the Kerry story?" asks who is credited
	}
	m := whoSaidRe.FindStringSubmatch(text)
	if m == nil {
		// The quotation first, the question after it, as chat puts it:
		// `"…" who said that?`, `… - who said this`. Words before it
		// that ask something of their own are no quotation.
		if m = saidAfterRe.FindStringSubmatch(text); m == nil || questionOpener.MatchString(m[1]) {
			return "", false
		}
	}
	q := strings.TrimSpace(m[1])
	q = strings.Trim(q, "\"“”'‘’«» ")
	q = strings.TrimRight(q, "?")
	if strings.TrimSpace(q) == "" || bareReference[strings.ToLower(strings.TrimSpace(q))] {
		return "", false // "who told AFP that?" asks about the answer before
	}
	return q, true
}

// bareReference are the words that stand for something said before, no
// quotation of their own.
var bareReference = map[string]bool{"that": true, "this": true, "it": true, "so": true}

// helpRe matches a message that asks what Parley is or how to use it,
// as a whole: "help", "what can you do?", "how do I use this?", "what is
// this bot?", "who are you?".
var helpRe = regexp.MustCompile(`(?i)^\W*(?:help(?: me)?|commands|(?:what|which) commands(?: do you have| are there)?|what (?:can|do) you do|what are you|who are you|(?:what|who)(?: is|'s|’s) (?:this bot|parley|this thing)|what(?: is|'s|’s) this(?: bot)? for|what does (?:this bot|parley|the bot) do|how (?:do|can) i use (?:you|this|parley|the bot)|how does (?:this|it|parley|the bot) work)\W*$`)

// IsHelpRequest reports a message that asks for help rather than about
// the articles; front ends answer it with their help.
func IsHelpRequest(q string) bool { return helpRe.MatchString(q) }
