package claim

// Scope: ages, counts of people, times relative to now, superlatives, "only" and "all".

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

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
