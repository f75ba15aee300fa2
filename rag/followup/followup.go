// Package followup turns a follow-up question into a standalone one, from
// the turns before it, offline: pronouns and references (he, she, they,
// it, that, there, then) become the people, things, places and times of
// the previous turns, and elliptical questions ("And George Sabra?", "what
// about Turkey?") take the previous question's frame with the new subject.
package followup

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
	answerpkg "github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Turn is one earlier exchange of a conversation.
type Turn struct {
	// Question is what was typed; Standalone what it was understood as.
	Question, Standalone string
	// Answer is the answer's text.
	Answer string
}

// Result is a follow-up as understood.
type Result struct {
	// Standalone is the question to answer; the typed one when it needed
	// nothing from earlier turns.
	Standalone string
	// Changed reports that Standalone differs from the typed question.
	Changed bool
	// Unresolved is a reference no earlier turn resolves ("he"), or "".
	Unresolved string
	// Context is the previous question, whose words may help retrieval at a
	// lower weight.
	Context string
	// Given is the previous answer when the follow-up asks for someone or
	// something else ("where else?", "any other groups?"): what it said
	// does not answer again.
	Given string
}

// Person is someone a text names, with a gender when one is known ("f",
// "m" or "").
type Person struct {
	Name, Gender string
}

// Resolver resolves follow-ups. People, if set, lists the people a text
// names, in order (the engine knows the corpus's speakers); without it,
// runs of capitalised words stand for people.
type Resolver struct {
	People func(text string) []Person
	// IsName, if set, reports a word typed in lower case that the corpus
	// writes as a name ("assad", "turkey"), so that "and russia?" after
	// "which side does turkey back" swaps it.
	IsName func(word string) bool
	// Capitalised, if set, reports a word typed in lower case that the
	// corpus mostly writes capitalised, as a name or a word of one: the
	// "dutch" of "Dutch Mission".
	Capitalised func(word string) bool
}

// pluralNoun is the shortest phrase of one to three words that ends in a
// plural noun ("talks", "rebel groups"), as the regexps' first group.
const pluralNoun = `((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+[^s\s]s)\b`

var (
	ellipsisRe = regexp.MustCompile(`(?i)^(?:and what about|and how about|what about|how about|same question for|same for|what of|and for|and)\s+(.+?)[?.!]*$`)
	pronounRe  = regexp.MustCompile(`(?i)\b(he|him|his|she|her|hers|they|them|their|it|its|there|then)\b`)
	// adverbialWhRe matches a question word that asks no object: where,
	// when, why, how.
	adverbialWhRe = regexp.MustCompile(`(?i)^(?:where|when|why|how)\b`)
	// strandedRe matches a preposition left at a question's end, whose
	// object is the question word: "who was Berg talking to?".
	strandedRe = regexp.MustCompile(`(?i)\s+(?:to|with|for|about|from|at|by|of|on|in|into)\s*[?.!]*\s*$`)
	whRe       = regexp.MustCompile(`(?i)^(?:(?:to|by|with|from|for|since|until|till|of)\s+)?(?:how many|how much|how long|who|whom|whose|when|where|why|what|which|how)\b`)
	theRe      = regexp.MustCompile(`\b[Tt]he\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:[\p{Lu}][\p{L}.'’-]*|[\p{Ll}-]+)(?:\s+[\p{Lu}][\p{L}.'’-]*)*`)
	placeRe    = regexp.MustCompile(`\b(in|at)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:of\s+|to\s+)?(?:the\s+)?[\p{Lu}][\p{L}'’.-]*)*)`)
	// possessedRe reads what follows a possessive place: its noun, and
	// the name the noun is given after a comma ("capital, Astana").
	possessedRe = regexp.MustCompile(`^\s+([a-z]+)(?:,\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*))?`)
	dateRe      = regexp.MustCompile(`\b(?:on|in|by)?\s*((?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:-\d{1,2})?)?(?:,?\s+\d{4})?|\b(?:1[89]|20)\d\d\b|(?:mid-|early |late )?(?:January|February|March|April|May|June|July|August|September|October|November|December))`)
	listRe      = regexp.MustCompile(`[\p{Lu}][\p{L}'’-]+(?:,\s+[\p{Lu}][\p{L}'’-]+)+,?\s+and\s+[\p{Lu}][\p{L}'’-]+|[\p{Lu}][\p{L}'’-]+\s+and\s+[\p{Lu}][\p{L}'’-]+`)
	beforeRe    = regexp.MustCompile(`(?i)\b(?:are|were|is|was|will|be|been)\s+$`)
	// pluralRe is the shortest "the …s" of one to three words: a plural
	// noun phrase however it is capitalised.
	pluralRe = regexp.MustCompile(`(?i)\bthe\s+` + pluralNoun)
	// eventAfterRe is a verb whose subject is an event, after a pronoun:
	// "when do they start?", "how long will they last?".
	eventAfterRe = regexp.MustCompile(`(?i)^\s+(?:start|begin|began|begun|end|resume|open|close|finish|conclude|convene|last|happen|take place|took place|wrap up)(?:s|ed|ing)?\b`)
	// elseRe asks for someone or something besides what was said: "where
	// else?", "who else was there?", "any other groups?".
	elseRe = regexp.MustCompile(`(?i)\b(?:else|other|others|another|besides)\b`)
	// possessiveRe is a word with a possessive 's, as its first group.
	possessiveRe = regexp.MustCompile(`(?i)\b([\p{L}.-]+(?:'s|’s))\s`)
	// onesRe is "ones" standing for a plural noun: "which ones refused?".
	onesRe = regexp.MustCompile(`(?i)\bones\b`)
	// countedPluralRe is a plural noun an answer counts in digits, with
	// up to two words before it: "14 rebel organizations".
	countedPluralRe = regexp.MustCompile(`\b\d[\d,]*\s+` + pluralNoun)
	// pluralAfterRe is a plural noun phrase of one to three words after a
	// word that counts or picks ("how many rebel groups", "which
	// countries", "the talks").
	pluralAfterRe = regexp.MustCompile(`(?i)\b(?:how many|which|what|the|all|some|any|those|these)\s+` + pluralNoun)
)

// Resolve reads question q after the turns of history (oldest first).
func (r Resolver) Resolve(history []Turn, q string) Result {
	text := question.Normalize(q)
	res := Result{Standalone: text}
	// "thanks!" between two questions has no topic of its own, nor has
	// "???", answered by what the articles are about: the one after it
	// goes on with the one before.
	history = slices.DeleteFunc(slices.Clone(history), func(t Turn) bool {
		return question.OnlyCourtesy(t.Question) || answerpkg.FoundNoQuestion(t.Answer)
	})
	if len(history) == 0 || text == "" {
		return res
	}
	prev := history[len(history)-1]
	prevQ := prev.Standalone
	if prevQ == "" {
		prevQ = question.Normalize(prev.Question)
	}
	res.Context = prevQ
	if elseRe.MatchString(text) {
		res.Given = prev.Answer
	}
	if answerpkg.FoundNothing(prev.Answer) {
		// "what did trmp say about syria" found nothing: "who sponsored
		// the astana talks" after it is not about Syria.
		res.Context = ""
	} else if len(history) > 1 && len(question.Parse(prevQ).Names()) == 0 {
		// "when are the Astana talks?", "who's attending?", "is the US
		// going?": a question that names nothing goes on with the topic
		// of the one before it.
		before := history[len(history)-2]
		if bq := before.Standalone; bq != "" {
			res.Context += " " + bq
		} else {
			res.Context += " " + question.Normalize(before.Question)
		}
	}
	answer := answerpkg.MarkerRe.ReplaceAllString(prev.Answer, "")
	if answerpkg.FoundNothing(answer) {
		// "The articles don't say who. These passages touch on it: …":
		// no one the passages name is what the conversation found.
		answer = ""
	}

	// "And George Sabra?", "what about Turkey?": the previous question
	// with the new subject.
	if m := ellipsisRe.FindStringSubmatchIndex(text); m != nil {
		rest := strings.TrimSpace(text[m[2]:m[3]])
		if subject, q, ok := strings.Cut(rest, ", "); ok && !startsQuestion(subject) && startsQuestion(q) {
			// "and what about the SNC, will it go to Geneva?": the
			// question after the comma, about the subject before it.
			if loc := pronounRe.FindStringIndex(q); loc != nil {
				rep := subject
				switch strings.ToLower(q[loc[0]:loc[1]]) {
				case "its", "their", "his", "her":
					rep += "’s"
				}
				q = q[:loc[0]] + rep + q[loc[1]:]
			}
			res.Standalone = question.Normalize(q)
			res.Changed = true
			return res
		}
		if !startsQuestion(rest) {
			res.Standalone = r.swapSubject(prevQ, rest)
			res.Changed = res.Standalone != text
			return res
		}
		// "and where was he going?": a question of its own after "and".
		text = question.Normalize(text[m[2]:])
		res.Standalone = text
	}
	if m := elseOnlyRe.FindStringSubmatch(text); m != nil {
		// "what else?" after "what did Psaki say?": the same question,
		// for more.
		if pwh := whRe.FindStringIndex(prevQ); pwh != nil && (auxAfter(prevQ[pwh[1]:]) || strings.EqualFold(prevQ[pwh[0]:pwh[1]], m[1])) {
			res.Standalone = question.Normalize(m[1] + " else" + prevQ[pwh[1]:])
			res.Changed = true
			return res
		}
	}
	if isBareName(text) {
		res.Standalone = r.swapSubject(prevQ, strings.Trim(text, "?.! "))
		res.Changed = true
		return res
	}
	// "which ones refused?" after "how many rebel groups agreed?": the
	// ones are the previous question's plural noun.
	if m := onesRe.FindStringIndex(text); m != nil {
		if p := pluralAfterRe.FindStringSubmatch(prevQ); p != nil {
			text = text[:m[0]] + p[1] + text[m[1]:]
		} else if p := countedPluralRe.FindStringSubmatch(answer); p != nil {
			// "how many agreed?" then "which ones refused?": the ones
			// the answer counted ("14 rebel organizations").
			text = text[:m[0]] + p[1] + text[m[1]:]
		}
	}
	kind := question.Parse(text).Kind
	carried := carriedGender(prev)
	var b strings.Builder
	last, unresolved := 0, ""
	for _, loc := range pronounRe.FindAllStringIndex(text, -1) {
		p := text[loc[0]:loc[1]]
		lp := strings.ToLower(p)
		b.WriteString(text[last:loc[0]])
		last = loc[1]
		// "what did kerry say he lost?": a person the question itself
		// names before the pronoun is who it means.
		if r.namedBefore(text, loc[0], genderOf(lp)) || r.saysOfSelf(text[:loc[0]], genderOf(lp)) {
			b.WriteString(p)
			continue
		}
		if lp == "it" && saidItRe.MatchString(text[:loc[0]]) {
			// "when did he say it?": what was said, the answer before,
			// not the topic it was about.
			b.WriteString(p)
			continue
		}
		event := beforeRe.MatchString(text[:loc[0]]) || eventAfterRe.MatchString(text[loc[1]:])
		rep := r.antecedent(lp, kind, event, prevQ, answer, text, carried)
		if rep == "" && len(history) > 1 && personal[lp] {
			// "what did the woman ask kerry?", "what's her name?", then
			// "and what did he answer?": no man in the turn before, he
			// is the one the turn before it names.
			before := history[len(history)-2]
			bq := before.Standalone
			if bq == "" {
				bq = question.Normalize(before.Question)
			}
			rep = r.antecedent(lp, kind, event, bq, answerpkg.MarkerRe.ReplaceAllString(before.Answer, ""), text, carriedGender(before))
		}
		if rep == "" {
			// A personal pronoun with no antecedent is unresolved; "it",
			// "there" and "then" may be plain words.
			switch lp {
			case "he", "him", "his", "she", "her", "hers", "they", "them", "their":
				unresolved = p
			}
			b.WriteString(p)
			continue
		}
		if lp == "her" && possessiveHer(text[loc[1]:]) {
			rep += "’s" // "what is her job?"; not "what did they ask her?"
		}
		b.WriteString(matchCase(p, rep))
	}
	b.WriteString(text[last:])
	out := b.String()
	if m := saidWhenRe.FindStringSubmatchIndex(out); m != nil {
		// "when did he say that?" after an answer that quotes him: when
		// he said those words, which the articles date, not when he said
		// anything. The words are the quotation's own: its "his" is no
		// one to resolve.
		if words := quotedWords(answer); words != "" {
			out = out[:m[2]] + "“" + words + "”" + out[m[3]:]
		}
	}
	// "When was that?", "why?": a question with no topic of its own asks
	// about the previous one.
	if unresolved == "" && question.Parse(out).Empty() && !question.Parse(prevQ).Empty() {
		if wh := whRe.FindString(out); wh != "" {
			if pwh := whRe.FindStringIndex(prevQ); pwh != nil && auxAfter(prevQ[pwh[1]:]) {
				rest := prevQ[pwh[1]:]
				if adverbialWhRe.MatchString(wh) && !adverbialWhRe.MatchString(prevQ[pwh[0]:pwh[1]]) {
					// "where?" after "who was Berg talking to?": the
					// preposition was the old question word's.
					rest = strandedRe.ReplaceAllString(rest, "?")
				}
				out = matchCase(wh, wh) + rest
			} else {
				out = strings.TrimRight(out, "?.! ") + ": " + prevQ
			}
			unresolved = ""
		}
	}
	// "who else is going?" after "is de mistura going to astana?":
	// going where the question before went.
	if unresolved == "" {
		out = withDestination(out, prevQ)
	}
	res.Standalone, res.Unresolved = out, unresolved
	res.Changed = out != text
	return res
}

// carriedGender is the gender of a personal pronoun the turn's typed
// question used for someone it was read as naming, or "": the person the
// conversation goes on about. After "who is tomas berg?" and "who
// nominated him?", "when does his term end?" still asks about Berg, not
// about the mayor who nominated him.
func carriedGender(t Turn) string {
	if t.Standalone == "" || t.Standalone == question.Normalize(t.Question) {
		return ""
	}
	for _, m := range pronounRe.FindAllString(t.Question, -1) {
		if g := genderOf(strings.ToLower(m)); g != "" && personal[strings.ToLower(m)] {
			return g
		}
	}
	return ""
}

// personal are the pronouns that stand for one person.
var personal = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true}

// saidWhenRe is a follow-up that asks when or where something said
// before was said: "when did he say that?", "where was it said?". Its
// group is the word that stands for what was said.
var saidWhenRe = regexp.MustCompile(`(?i)^\W*(?:when|where)\s+(?:did|does|do|was|were|is|has|had)\s+(?:\p{L}[\p{L}'’.-]*\s+){0,3}?(?:say|said|tell|told|write|wrote|announce|announced|make|made|claim|claimed)\s+(that|this|it|those\s+(?:comments|remarks|words)|these\s+(?:comments|remarks|words)|(?:that|this)\s+(?:comment|remark|statement))\W*$`)

// quotedWordsMax is how many words of a quotation stand for it in a
// question: enough to find its sentence again.
const quotedWordsMax = 12

// quotedWords returns the first words of the first quotation of an
// answer's first sentence, without its marks; "" when it quotes nothing.
func quotedWords(answer string) string {
	first, _, _ := strings.Cut(answer, "[1]")
	m := quotationRe.FindStringSubmatch(first)
	if m == nil {
		return ""
	}
	words := strings.Fields(strings.Trim(m[1], " ,.;:…"))
	return strings.Join(words[:min(len(words), quotedWordsMax)], " ")
}

// quotationRe finds words between double quotation marks, straight or
// curly, of three words or more.
var quotationRe = regexp.MustCompile(`["“]([^"“”]*[^"“”\s]\s+[^"“”\s]+\s+[^"“”\s][^"“”]*)["”]`)

// saidItRe is a word of saying right before a pronoun, whose object it
// is: "say it", "wrote it".
var saidItRe = regexp.MustCompile(`(?i)\b(?:say|says|said|tell|tells|told|write|writes|wrote|written|tweet|tweeted|mean|meant|announce|announced|claim|claimed)\s+$`)

// possessiveHer reports whether the text after a "her" begins with a
// word of content, the noun "her" is the possessive of ("her job"), not
// the end or a small word after an object ("ask her about it").
func possessiveHer(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 || strings.ContainsAny(after[:strings.Index(after, f[0])], ",.;:?!") {
		return false
	}
	return term.Word(strings.Trim(f[0], "?.!,;:")) != ""
}

// modifiers are the words that, after "the", say which one of a noun
// that follows: "the next meeting".
var modifiers = map[string]bool{
	"next": true, "last": true, "first": true, "second": true, "third": true, "final": true, "new": true,
	"latest": true, "previous": true, "recent": true, "upcoming": true, "current": true, "same": true,
	"other": true, "main": true, "whole": true, "planned": true, "proposed": true,
}

// modifiedNounRe is the noun in lower case right after a modifier.
var modifiedNounRe = regexp.MustCompile(`^\s+[\p{Ll}-]+`)

// elseOnlyRe is a follow-up that asks for more and nothing else: "what
// else?", "and who else?", "anything else?".
var elseOnlyRe = regexp.MustCompile(`(?i)^\W*(?:and\s+|so\s+)?(what|who|where|when|which|anything)\s+else\W*$`)

// auxAfter reports that the rest of a question after its wh-word opens
// with an auxiliary ("did Kerry meet them?"), so another wh-word can take
// its place ("where did Kerry meet them?"). After a wh-word that is the
// subject ("who recorded it?"), it cannot: "where recorded it?".
func auxAfter(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(f[0])
	return doAux[w] || beForms[w] || w == "has" || w == "have" || w == "had"
}

// genderOf is the gender a personal pronoun asks for: "m", "f", or "" for
// any (they) or none (it).
func genderOf(p string) string {
	switch p {
	case "he", "him", "his":
		return "m"
	case "she", "her", "hers":
		return "f"
	}
	return ""
}

// namedBefore reports whether text names a person of the gender before
// offset at (he and she only).
func (r Resolver) namedBefore(text string, at int, gender string) bool {
	if gender == "" {
		return false
	}
	lower := strings.ToLower(text[:at])
	for _, p := range r.people(text) {
		if p.Gender != "" && p.Gender != gender {
			continue
		}
		words := strings.Fields(strings.ToLower(p.Name))
		if len(words) > 0 && indexWord(lower, words[len(words)-1]) >= 0 {
			return true
		}
	}
	return false
}

// sayerRe finds the subject of a verb of saying right before a pronoun,
// after the question's auxiliary: "what did kery say (he lost)", "does
// the envoy think (she) …".
var sayerRe = regexp.MustCompile(`(?i)\b(?:did|does|do|has|have|had|will|would|can|could)\s+((?:[\p{L}.'-]+\s+){1,3}?)(?:say|said|claim|claimed|think|thought|tell|told|admit|admitted|deny|denied|argue|argued|believe|believed)\s+(?:that\s+)?$`)

// saysOfSelf reports a he or she right after a verb of saying whose
// subject, typed before it, is no pronoun and no person of the other
// gender: "what did kery say he lost?" asks what Kerry lost, though the
// typo names no one the corpus knows.
func (r Resolver) saysOfSelf(before, gender string) bool {
	if gender == "" {
		return false
	}
	m := sayerRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	subject := strings.TrimSpace(m[1])
	if pronounRe.MatchString(subject) || strings.EqualFold(subject, "you") || strings.EqualFold(subject, "i") || strings.EqualFold(subject, "we") {
		return false
	}
	for _, p := range r.people(subject) {
		if p.Gender != "" && p.Gender != gender {
			return false
		}
	}
	return true
}

// indexWord finds w in s where letters do not go on either side of it,
// or -1.
func indexWord(s, w string) int {
	return textutil.IndexWord(s, w, func(b byte) bool { return unicode.IsLetter(rune(b)) })
}

// antecedent finds what a reference stands for in the previous question
// and answer: "" when nothing fits. kind is what the follow-up asks.
func (r Resolver) antecedent(p string, kind question.Kind, event bool, prevQ, answer, text, carried string) string {
	switch p {
	case "he", "him", "his":
		if who := r.person(prevQ, answer, "m", text, carried); who != "" {
			if p == "his" {
				return who + "’s"
			}
			return who
		}
	case "she", "her", "hers":
		if who := r.person(prevQ, answer, "f", text, carried); who != "" {
			return who
		}
	case "they", "them":
		// Places and times belong to events: after "Who sponsored the
		// Astana talks?", "where are they held?" and "when do they
		// start?" ask about the talks, while "when did they meet?" asks
		// about the sponsors. event says the pronoun is passive ("are
		// they held") or the subject of an event's verb ("they start").
		if event && (kind == question.Where || kind == question.When || kind == question.HowLong) {
			if t := r.topic(prevQ); strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
				return t
			}
			if m := pluralRe.FindStringSubmatch(prevQ); m != nil {
				return "the " + m[1] // typed in lower case: "the astana talks"
			}
		}
		if g := r.group(prevQ, answer, text); g != "" {
			return g
		}
	case "their":
		if g := r.group(prevQ, answer, text); g != "" {
			return g + "’s"
		}
	case "it":
		t := r.topic(prevQ)
		at := indexWord(strings.ToLower(text), "it")
		if at >= 0 && eventAfterRe.MatchString(text[at+len("it"):]) && !gatheringRe.MatchString("the "+t) || happenedAtRe.MatchString(prevQ) {
			// "how long did it last?" after an answer on "the 40-minute
			// discussion": the gathering, not a place it was at; so is
			// "it" after "what happened at the Dutch Mission?" ("who
			// recorded it?"). Its measures are dropped: "the discussion"
			// is what the answer said it was, and a number would be one
			// more thing to find.
			for _, text := range []string{prevQ, answer} {
				if g := gatheringRe.FindString(text); g != "" {
					return lowerThe(withoutMeasures(g))
				}
			}
		}
		if r.pluralOfNoName(t) {
			// "who are the sponsors of astana?" then "when is it?": "it"
			// is one thing, not the sponsors; the thing the question names.
			if n := r.lastThingNamed(prevQ); n != "" {
				return n
			}
		}
		if t != "" {
			return t
		}
	case "its":
		if t := r.topic(prevQ); t != "" {
			return t + "’s"
		}
	case "there":
		// After "when was the kerry meeting?", "who was there?" asks who
		// was at the meeting, not in a place its answer names by the way
		// (an answer to "what happened at the talks?" says where).
		if question.Parse(prevQ).Kind == question.When {
			if g := gatheringRe.FindString(prevQ); g != "" {
				if motionRe.MatchString(text) {
					return "to " + lowerThe(g) // "who is going there?"
				}
				return "at " + lowerThe(g)
			}
		}
		for _, text := range []string{answer, prevQ} {
			if p := place(text); p != "" {
				return p
			}
		}
	case "then":
		if m := dateRe.FindStringSubmatch(answer); m != nil && strings.TrimSpace(m[1]) != "" {
			return "in " + strings.TrimSpace(m[1])
		}
	}
	return ""
}

// withoutMeasures drops the words with a digit from a phrase: "the
// 40-minute discussion" is "the discussion".
func withoutMeasures(phrase string) string {
	fs := strings.Fields(phrase)
	return strings.Join(slices.DeleteFunc(fs, func(w string) bool { return strings.ContainsAny(w, "0123456789") }), " ")
}

// happenedAtRe is a question on what happened at or in a place: what it
// asks is an event.
var happenedAtRe = regexp.MustCompile(`(?i)^\W*what\s+(?:happened|happens|took\s+place|takes\s+place|went\s+on|was\s+going\s+on|is\s+going\s+on)\s+(?:at|in)\b`)

// gatheringRe finds a gathering a text names with "the", and up to three
// words before its noun: "the kerry meeting", "the Astana talks".
var gatheringRe = regexp.MustCompile(`(?i)\bthe\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:meeting|talks|conference|summit|session|gathering|negotiations|discussion|rally|ceremony|hearing|debate|congress|convention|assembly)\b`)

// bareMotionRe is a question that ends on a verb of going or attending,
// with nowhere to go: "who else is going?", "which groups are
// attending?". Its second group is the verb.
var bareMotionRe = regexp.MustCompile(`(?i)^(\W*(?:who|which\s+\p{L}+)(?:\s+else)?(?:\s+(?:is|are|was|were|will|has|have|had|did|does|do))?(?:\s+(?:be|been))?\s+)(` + goingVerb + `|attend|attends|attending|attended)\s*[?.!]*$`)

// destinationRe finds where a text goes ("going to Astana", its first
// group) or what it attends ("attending the talks", its second).
var destinationRe = regexp.MustCompile(`(?i)\b(?:` + goingVerb + `)\s+((?:to|at)\s+[^?.!,]+)|\battend(?:s|ing|ed)?\s+([^?.!,]+)`)

// withDestination gives a question that ends on a verb of going or
// attending the place or gathering the question before went to, or
// else the gathering it named:
// "who else is going" after "is de mistura going to astana" is "who
// else is going to astana"; "attending" takes the place itself.
func withDestination(text, prevQ string) string {
	m := bareMotionRe.FindStringSubmatch(text)
	if m == nil {
		return text
	}
	d := destinationRe.FindStringSubmatch(prevQ)
	if d == nil {
		// "who is hosting the astana talks?" then "who else is going?":
		// to the gathering the question before named.
		g := gatheringRe.FindString(prevQ)
		if g == "" {
			return text
		}
		d = []string{"", "", lowerThe(g)}
	}
	verb := m[2]
	attends := strings.HasPrefix(strings.ToLower(verb), "attend")
	dest := strings.TrimSpace(d[1])
	switch {
	case dest == "" && attends:
		dest = strings.TrimSpace(d[2])
	case dest == "":
		dest = "to " + strings.TrimSpace(d[2])
	case attends:
		_, dest, _ = strings.Cut(dest, " ")
	}
	return m[1] + verb + " " + dest
}

// goingVerb is a verb of going somewhere, as a regexp's alternatives.
const goingVerb = `go|goes|going|went|gone|come|comes|coming|came|travel(?:s|ed|led|ing|ling)?|head(?:s|ed|ing)?`

// motionRe finds a verb of going somewhere, or of sending someone, which
// "to" follows.
var motionRe = regexp.MustCompile(`(?i)\b(?:` + goingVerb + `|send(?:s|ing)?|sent)\b`)

// place is the first place text puts something in or at ("in Oslo"), or
// "". A possessive names a place by another's ("in Kazakhstan's capital,
// Astana"): the place is the name after it, else the whole phrase.
func place(text string) string {
	loc := placeRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return ""
	}
	prep, name := text[loc[2]:loc[3]], text[loc[4]:loc[5]]
	name = untilSentenceEnd(name)
	if !strings.HasSuffix(name, "'s") && !strings.HasSuffix(name, "’s") {
		return prep + " " + name
	}
	if m := possessedRe.FindStringSubmatch(text[loc[1]:]); m != nil {
		if n, _, _ := strings.Cut(m[2], ". "); n != "" {
			return prep + " " + strings.TrimSuffix(n, ".") // the sentence ends there
		}
		return prep + " " + name + " " + m[1]
	}
	return ""
}

// untilSentenceEnd cuts a name where its sentence ends: at a period
// after a word that is no abbreviation ("Oslo. Envoys" is Oslo; "D.C."
// and "St. Louis" go on).
func untilSentenceEnd(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if !strings.HasSuffix(w, ".") {
			continue
		}
		bare := strings.TrimSuffix(w, ".")
		if strings.Contains(bare, ".") || utf8.RuneCountInString(bare) <= 2 || abbreviations[bare] {
			continue // "U.S.", "A.", "St."
		}
		return strings.Join(append(words[:i:i], bare), " ")
	}
	return name
}

// abbreviations are the short words a period ends that may stand
// inside a place's name.
var abbreviations = map[string]bool{"Mt": true, "St": true, "Ft": true, "Gen": true, "Sen": true, "Rep": true, "Gov": true, "Pres": true}

// person is the person a he or she in the follow-up q refers to: the
// one a "who is …?" asked about, the first another "who …?" was
// answered with, else the first of that gender (or of none known) the
// previous question names, else the first its answer names. A person q names itself is not one: in "where did he meet
// kerry?", he is not Kerry.
func (r Resolver) person(prevQ, answer, gender, q, carried string) string {
	namedIn := func(text, name string) bool {
		words := strings.Fields(strings.ToLower(name))
		return len(words) > 0 && indexWord(strings.ToLower(text), words[len(words)-1]) >= 0
	}
	namedInQ := func(name string) bool { return namedIn(q, name) }
	pq := question.Parse(prevQ)
	if pq.Kind == question.Who && pq.Defines != "" && !namedInQ(pq.Defines) {
		// "who is lakhdar brahimi?": typed in lower case, the name is
		// taken as the answer writes it.
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(pq.Defines) + `\b`)
		if name := re.FindString(answer); name != "" && r.genderFits(name, answer, gender) {
			return name
		}
	}
	// The people each turn names, read once (People scans the corpus's
	// speakers), in the order they are tried, and the first that fits.
	asked, answered := r.people(prevQ), r.people(answer)
	first := func(fits func(Person) bool, lists ...[]Person) string {
		for _, ps := range lists {
			for _, p := range ps {
				if !namedInQ(p.Name) && fits(p) {
					return p.Name
				}
			}
		}
		return ""
	}
	ofGender := func(p Person) bool { return p.Gender == "" || p.Gender == gender }
	if pq.Kind == question.Who && pq.Defines == "" && !whoObjectRe.MatchString(prevQ) && carried != gender {
		// "who was the woman who asked kerry?": she is the one the
		// answer names, not Kerry. After "who did Kerry meet?", he is
		// still Kerry.
		if name := first(func(p Person) bool { return ofGender(p) && !namedIn(prevQ, p.Name) }, answered); name != "" {
			return name
		}
	}
	if gender == "f" {
		// A woman named is "she" before anyone whose gender is not
		// known: newswire's word vectors tell women's first names
		// clearly ("Maria"), men's often not ("John").
		if name := first(func(p Person) bool { return p.Gender == gender }, asked, answered); name != "" {
			return name
		}
	}
	return first(ofGender, asked, answered)
}

// whoObjectRe opens a question that asks whom someone did something to
// or with: "who did Kerry meet in London?".
var whoObjectRe = regexp.MustCompile(`(?i)^\W*whom?\s+(?:did|does|do|has|have|had|will|would|can|could)\b`)

// genderFits reports whether name, as text gives it, may be of gender:
// no person text names under it has another.
func (r Resolver) genderFits(name, text, gender string) bool {
	last := strings.Fields(strings.ToLower(name))
	for _, p := range r.people(text) {
		words := strings.Fields(strings.ToLower(p.Name))
		if len(words) > 0 && len(last) > 0 && words[len(words)-1] == last[len(last)-1] && p.Gender != "" && p.Gender != gender {
			return false
		}
	}
	return true
}

func (r Resolver) people(text string) []Person {
	if r.People != nil {
		return r.People(text)
	}
	var out []Person
	for _, n := range capitalRuns(text, 2) {
		out = append(out, Person{Name: n})
	}
	return out
}

// group is what "they" refers to: a list the answer gives ("Russia, Iran,
// and Turkey"), else the previous question's subject; the previous
// question's plural when it asked when, where, how or why, whose answer
// lists no one asked for.
func (r Resolver) group(prevQ, answer, text string) string {
	switch question.Parse(prevQ).Kind {
	case question.When, question.Where, question.HowMany, question.HowLong, question.Why:
		// "who's sponsoring them?" after "when are the astana talks?":
		// a list in an answer that gave a date is not what was asked
		// about; the question's plural is.
		if p := pluralRe.FindStringSubmatch(prevQ); p != nil {
			return "the " + p[1]
		}
	}
	if m := listRe.FindString(answer); m != "" {
		if !namesOneOf(text, m) {
			return m
		}
		// "what does russia want out of them?" after "Russia, Iran and
		// Turkey": a list the follow-up names one of is not "them"; the
		// previous question's plural is ("the astana talks").
		if p := pluralRe.FindStringSubmatch(prevQ); p != nil {
			return "the " + p[1]
		}
	}
	if m := listRe.FindString(prevQ); m != "" && !namesOneOf(text, m) {
		return m
	}
	if t := r.topic(prevQ); t != "" {
		return t
	}
	// "what's their goal?" after an answer that says who someone works
	// for: a body the answer names ("a spokesman for the Free Syrian
	// Army"), not the question's own.
	for _, loc := range theNameRe.FindAllStringSubmatchIndex(answer, -1) {
		if citesSource(answer[:loc[0]]) {
			continue // "according to the Associated Press": who reported, not who acted
		}
		name := untilSentenceEnd(answer[loc[2]:loc[3]])
		if !strings.Contains(strings.ToLower(prevQ), strings.ToLower(name)) && !namedIn(text, name) && !r.isPerson(answer, name) {
			return "the " + name
		}
	}
	return ""
}

// namedIn reports whether text names name itself, however typed: "them"
// in "what did the us ask them to do?" is not the U.S.
func namedIn(text, name string) bool {
	// Words only, one space between: "U.S." is "us", "Free-Syrian" two.
	fold := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(s, ".", "")), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	n := fold(name)
	return n != "" && textutil.IndexWord(fold(text), n, func(b byte) bool { return b != ' ' }) >= 0
}

// citesSource reports whether text before a name makes the name a
// source: "according to", "reported by".
func citesSource(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " "))
	return strings.HasSuffix(before, "according to") || strings.HasSuffix(before, "reported by")
}

// theNameRe is a name after "the": a body or a group ("the Free Syrian
// Army", "the State Department").
var theNameRe = regexp.MustCompile(`\bthe ((?:[\p{Lu}][\p{L}'’.-]*\s+)*[\p{Lu}][\p{L}'’.-]*)`)

// namesOneOf reports whether text names, however typed, one of the
// capitalised words of list.
func namesOneOf(text, list string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range strings.FieldsFunc(list, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if startsUpper(w) && slices.Contains(words, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// topic is the thing the previous question was about: its "the …" phrase
// with a name in it ("the Astana talks"), else its last "the …" phrase,
// else its last name.
func (r Resolver) topic(prevQ string) string {
	// "tell me about kerrys meeting with syrians" (Normalize leaves
	// "About …"): the thing asked about, whole.
	if m := aboutPrevRe.FindStringSubmatch(prevQ); m != nil {
		t := strings.TrimRight(m[1], "?.! ")
		if !strings.HasPrefix(strings.ToLower(t), "the ") && !startsUpper(t) && !possessiveRe.MatchString(t+" ") {
			t = "the " + t
		}
		return lowerThe(t)
	}
	// "what is the free syrian army?": the thing defined, whole, though
	// typed in lower case.
	if pq := question.Parse(prevQ); pq.Kind == question.What && pq.Defines != "" {
		if m := regexp.MustCompile(`(?i)\b(the\s+)?` + regexp.QuoteMeta(pq.Defines) + `\b`).FindString(prevQ); m != "" {
			if !strings.HasPrefix(strings.ToLower(m), "the ") && !startsUpper(m) && !possessiveRe.MatchString(m+" ") {
				// "whats the fsa" keeps its article; "what is issg" gets
				// one; "kerry's meeting" is named by whose it is.
				m = "the " + m
			}
			return lowerThe(m)
		}
	}
	var best, plain string
	for _, loc := range theRe.FindAllStringIndex(prevQ, -1) {
		if possessiveAt(prevQ[loc[1]:]) {
			continue // "the kerry's meeting": whose, not what (see possessedThing)
		}
		m := withoutVerb(prevQ, loc[0], loc[1])
		if noun := r.nounAfterName(prevQ, loc[0], loc[1]); noun != "" && m == prevQ[loc[0]:loc[1]] {
			best = m + " " + noun // "the kerry recording", typed in lower case
			continue
		}
		if strings.IndexFunc(m[3:], unicode.IsUpper) >= 0 {
			best = m
		} else {
			plain = m
			if f := modifiedNounRe.FindString(prevQ[loc[1]:]); f != "" && m == prevQ[loc[0]:loc[1]] && modifiers[strings.ToLower(strings.Fields(m)[1])] {
				plain += f // "the next meeting", not "the next"
				if rest := strings.Fields(prevQ[loc[1]+len(f):]); r.nameWord(strings.TrimSpace(f)) {
					// "the new york times", not "the new york"
					plain = strings.Join(append([]string{plain}, rest[:r.leadingNameWords(rest)]...), " ")
				}
			}
		}
	}
	if best == "" {
		best = plain
	}
	if best != "" {
		return lowerThe(strings.TrimRight(best, "?.! "))
	}
	// A thing named by whose it is: "kerry's meeting", not "kerry's".
	if p := possessedThing(prevQ); p != "" {
		return p
	}
	return r.lastThingNamed(prevQ)
}

// lastThingNamed returns the last name of text that is no person's ("it"
// is no one), capitalised or, typed in lower case, a name the corpus
// knows ("what happened in aleppo?" then "who was bombing it?"); "" when
// there is none.
func (r Resolver) lastThingNamed(text string) string {
	if rs := capitalRuns(text, 1); len(rs) > 0 && !r.isPerson(text, rs[len(rs)-1]) {
		return rs[len(rs)-1]
	}
	if r.IsName != nil {
		ws := wordSpans(text)
		for i := len(ws) - 1; i >= 0; i-- {
			if w := text[ws[i][0]:ws[i][1]]; r.IsName(w) && !r.inPersonName(text, w) {
				return w
			}
		}
	}
	return ""
}

// pluralOfNoName reports a phrase whose last word is a plural and none of
// whose words is a name: "the sponsors", not "the astana talks".
func (r Resolver) pluralOfNoName(phrase string) bool {
	fs := strings.Fields(phrase)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return false
	}
	return !slices.ContainsFunc(fs, func(w string) bool { return startsUpper(w) || r.IsName != nil && r.IsName(w) })
}

// aboutPrevRe is a question about a topic as a whole, as Normalize
// leaves "tell me about …": "About the ISSG".
var aboutPrevRe = regexp.MustCompile(`(?i)^about\s+(.+)$`)

// possessiveAt reports text that opens with a possessive's ending.
func possessiveAt(text string) bool {
	return strings.HasPrefix(text, "'s") || strings.HasPrefix(text, "’s")
}

// possessedThing returns the last possessive of text with the words in
// lower case that follow it, up to a word that carries no topic: "kerry's
// meeting" in "who attended kerry's meeting in london"; "" when there is
// none.
func possessedThing(text string) string {
	ms := possessiveRe.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	var words []string
	for _, w := range strings.Fields(text[m[1]:]) {
		w = strings.TrimRight(w, "?.!,;:")
		if w == "" || w != strings.ToLower(w) || term.IsStop(w) || len(words) == 3 {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return ""
	}
	return text[m[2]:m[3]] + " " + strings.Join(words, " ")
}

// isPerson reports whether name is one of the people text names.
func (r Resolver) isPerson(text, name string) bool {
	for _, p := range r.people(text) {
		if p.Name == name {
			return true
		}
	}
	return false
}

// inPersonName reports whether word, however typed, is a word of the
// name of one of the people text names ("kirby" in "what did kirby say").
func (r Resolver) inPersonName(text, word string) bool {
	for _, p := range r.people(text) {
		for _, f := range strings.Fields(p.Name) {
			if strings.EqualFold(f, word) {
				return true
			}
		}
	}
	return false
}

// nounAfterName is what follows the "the …" phrase text[start:end] when
// the phrase ends in a name, or a word of one, typed in lower case: the
// name's other words typed so ("the new york times"), then the noun it
// qualifies ("the kerry recording", "the dutch mission"); "" when neither
// follows. After an auxiliary the word after the name is the verb: "did
// the us respond", "is the issg based", "did the new york times respond".
func (r Resolver) nounAfterName(text string, start, end int) string {
	words := strings.Fields(text[start:end])
	if len(words) < 2 || !r.nameWord(words[len(words)-1]) {
		return ""
	}
	next := strings.Fields(text[end:])
	n := r.leadingNameWords(next[:max(0, len(next)-1)])
	names, next := next[:n], next[n:] // "york", "times": words of the name
	if len(next) == 0 {
		return strings.Join(names, " ")
	}
	if before := strings.Fields(text[:start]); len(before) > 0 {
		// "where is the issg based": a participle ends the question; in
		// "when did the astana talks happen" a verb follows the noun.
		if b := strings.ToLower(before[len(before)-1]); (doAux[b] || beForms[b]) && !verbAfter(next) {
			return strings.Join(names, " ")
		}
	}
	w := strings.TrimRight(next[0], "?.!,")
	if w == "" || w != strings.ToLower(w) || term.IsStop(w) {
		return strings.Join(names, " ")
	}
	return strings.Join(append(names, w), " ")
}

// leadingNameWords counts the words that open ws, typed in lower case,
// that the corpus writes as words of a name: "york" and "times" after
// "the new". A word that ends in punctuation is the last one counted.
func (r Resolver) leadingNameWords(ws []string) int {
	for i, w := range ws {
		bare := strings.TrimRight(w, "?.!,;:")
		if bare == "" || bare != strings.ToLower(bare) || term.IsStop(bare) || !r.nameWord(bare) {
			return i
		}
		if bare != w {
			return i + 1
		}
	}
	return len(ws)
}

// verbAfter reports words after a possible noun that go on with another
// word in lower case, the question's verb ("talks happen"), not the end
// of the question.
func verbAfter(next []string) bool {
	if len(next) < 2 {
		return false
	}
	w := strings.TrimRight(next[1], "?.!,")
	return w != "" && w == strings.ToLower(w) && (!term.IsStop(w) || stopVerbs[w])
}

// stopVerbs are verbs the stop list holds: "why did the geneva
// conference get postponed?".
var stopVerbs = map[string]bool{"get": true, "got": true, "be": true, "been": true, "have": true, "had": true}

// nameWord reports a word typed in lower case that the corpus writes as
// a name or a word of one.
func (r Resolver) nameWord(w string) bool {
	return r.IsName != nil && r.IsName(w) || r.Capitalised != nil && r.Capitalised(w)
}

// doAux are the auxiliaries after whose subject the bare verb comes:
// "did the US respond", "will the UN send a team".
var doAux = map[string]bool{
	"do": true, "does": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true,
}

// beForms are the forms of "be" that open a question's verb: "where is
// the ISSG based?".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true}

// afterVerb are the words that follow a verb, not a noun, in a question
// after an auxiliary: its object's article, or a preposition.
var afterVerb = map[string]bool{
	"a": true, "an": true, "the": true, "any": true, "some": true, "to": true,
	"with": true, "about": true, "on": true, "in": true, "at": true, "for": true,
}

// withoutVerb is the "the …" phrase text[start:end] without its last,
// lower-case word when that word is the verb after an auxiliary's
// subject: "Did the US respond?" is about "the US", and "Did the US send
// a delegation?" and "Is the US going?" too, while "Did the Astana talks
// start?" is about "the Astana talks".
func withoutVerb(text string, start, end int) string {
	m := text[start:end]
	before := strings.Fields(text[:start])
	if len(before) == 0 {
		return m
	}
	words := strings.Fields(m)
	if aux := strings.ToLower(before[len(before)-1]); !doAux[aux] && !(beForms[aux] && strings.HasSuffix(words[len(words)-1], "ing")) {
		return m // "is the US going?": a form of "be" before an -ing verb
	}
	if n := len(words); n < 3 || !startsUpper(words[n-2]) || startsUpper(words[n-1]) {
		return m // no name before a lower-case last word
	}
	i := strings.LastIndexByte(m, ' ')
	after := strings.Fields(strings.TrimLeft(text[end:], " "))
	if len(after) > 0 && !afterVerb[strings.ToLower(strings.TrimRight(after[0], "?.!,"))] && strings.Trim(after[0], "?.!,") != "" {
		return m // another word follows: the last word is a noun ("the Astana talks start")
	}
	return m[:i]
}

// swapSubject puts subject where the previous question's last name stands
// ("What did Kerry say about Assad?" and "Lavrov" give "What did Kerry say
// about Lavrov?"), a name typed in lower case included when IsName knows
// it; without a name, the subject is added at the end.
func (r Resolver) swapSubject(prevQ, subject string) string {
	if len(term.Of(subject)) == 0 {
		return prevQ // "and the?", "what about ,": no new subject, the question before
	}
	if who, topic, ok := r.personAndTopic(subject); ok {
		// "what did kerry say he lost?" then "and what about kirby on the
		// issg?": what Kirby said on the ISSG, not what he lost.
		q := r.swapSubject(prevQ, who)
		if loc := saidVerbRe.FindStringIndex(q); loc != nil {
			return q[:loc[1]] + " " + strings.TrimRight(topic, "?.! ") + "?"
		}
		return r.swapSubject(q, topic)
	}
	if prep, _, ok := strings.Cut(strings.ToLower(subject), " "); ok && (topicPreps[prep] || placePreps[prep]) {
		// "what did Psaki say about the opposition?" then "and about
		// military solutions?": the new topic takes the old one's place;
		// "where did Krol serve before?" then "what about in russia?":
		// a place the question had none of is added to it.
		end := prevQ[len(strings.TrimRight(prevQ, "?.! ")):]
		if at := indexWord(strings.ToLower(prevQ), prep); at >= 0 {
			return prevQ[:at] + strings.TrimRight(subject, "?.! ") + end
		}
		if placePreps[prep] {
			return strings.TrimRight(prevQ, "?.! ") + " " + strings.TrimRight(subject, "?.! ") + end
		}
	}
	runs := capitalRunSpans(prevQ)
	if r.IsName != nil {
		// Names typed in lower case, wherever they stand: "what did kirby
		// say about the ISSG" names Kirby before the ISSG.
		ws := wordSpans(prevQ)
		for i, w := range ws {
			word := prevQ[w[0]:w[1]]
			if !startsUpper(word) && r.IsName(word) {
				if i > 0 && quote.IsNameParticle(prevQ[ws[i-1][0]:ws[i-1][1]]) {
					w[0] = ws[i-1][0] // "de mistura", whole
				}
				runs = append(runs, w)
			}
		}
		slices.SortFunc(runs, func(a, b [2]int) int { return a[0] - b[0] })
	}
	if len(runs) == 0 {
		// "what do the rebels want?" then "and russia?": the new
		// subject takes the place of the one after the verb's
		// auxiliary.
		if m := askedSubjectRe.FindStringSubmatchIndex(prevQ); m != nil {
			return prevQ[:m[2]] + subject + prevQ[m[3]:]
		}
		// "who is going to the talks?" then "what about the US?": is
		// the US going to the talks?
		if m := whoAuxRe.FindStringSubmatch(prevQ); m != nil {
			return matchCase("Is", agreeing(strings.ToLower(m[1]), subject)) + " " + subject + " " + strings.TrimRight(m[2], "?.! ") + "?"
		}
		return strings.TrimRight(prevQ, "?.! ") + " " + subject + "?"
	}
	last := runs[len(runs)-1]
	if len(r.people(subject)) > 0 {
		// "and kerry?" after "what did George Sabra say about geneva?":
		// a person takes the place of the person the question names;
		// of two, the first, its subject: "and rubio?" after "how did
		// carson do against clinton?" asks how Rubio did against her.
		for k := range runs {
			if len(r.people(prevQ[runs[k][0]:runs[k][1]])) > 0 {
				last = runs[k]
				break
			}
		}
	}
	// A new subject that opens with its own article or preposition
	// brings its own: "what did Kirby say about the issg?" then "and
	// about a new meeting?". Otherwise the "the" stays: "the astana
	// talks" then "and geneva?" is "the geneva talks".
	before := prevQ[:last[0]]
	if first, _, _ := strings.Cut(strings.ToLower(subject), " "); subjectOpeners[first] {
		before = trailingTheRe.ReplaceAllString(before, "")
	}
	// "what did Kirby say about Lavrov?" then "and about the ISSG?": the
	// preposition stands in the question already.
	if prep, rest, ok := strings.Cut(subject, " "); ok && strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " ")), " "+strings.ToLower(prep)) {
		subject = rest
	}
	// "who is the russian negotiator?" then "and the turkish one?": "one"
	// stands for the noun after the name it takes the place of.
	if f := strings.Fields(subject); len(f) > 1 && oneRe.MatchString(f[len(f)-1]) && nounNextRe.MatchString(prevQ[last[1]:]) {
		subject = strings.Join(f[:len(f)-1], " ")
	}
	return before + subject + prevQ[last[1]:]
}

// oneRe is "one" or "ones" standing for a noun.
var oneRe = regexp.MustCompile(`(?i)^ones?$`)

// nounNextRe finds a word in lower case right after a name: the noun it
// qualifies ("Russian negotiator").
var nounNextRe = regexp.MustCompile(`^\s+\p{Ll}`)

// agreeing returns the auxiliary aux in the number of subject: "are"
// for "the rebels", "is" for "the US".
func agreeing(aux, subject string) string {
	f := strings.Fields(subject)
	last := f[len(f)-1]
	plural := last == strings.ToLower(last) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || strings.Contains(" "+strings.ToLower(subject)+" ", " and ")
	if f, ok := numberForms[aux]; ok {
		if plural {
			return f[1]
		}
		return f[0]
	}
	return aux
}

// numberForms are the singular and plural of the auxiliaries that have
// both.
var numberForms = map[string][2]string{"is": {"is", "are"}, "are": {"is", "are"}, "was": {"was", "were"}, "were": {"was", "were"}, "has": {"has", "have"}, "have": {"has", "have"}}

// whoAuxRe is a question whose subject is "who", before an auxiliary
// (its first group) and the rest of the question: "who is going to the
// talks?".
var whoAuxRe = regexp.MustCompile(`(?i)^\W*who\s+(is|are|was|were|will|would|can|could|should|has|have|had)\s+(\p{L}.*)$`)

// askedSubjectRe finds a question's subject of "the" and one word after
// its wh-word and auxiliary, as its first group: "the rebels" of "what do
// the rebels want?".
var askedSubjectRe = regexp.MustCompile(`(?i)^\W*(?:what|who|whom|where|when|why|how|which)\s+(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had)\s+(the\s+[\p{L}-]+)\s+\p{L}`)

// subjectOpeners are the articles and prepositions a new subject may
// open with ("and about a new meeting?", "and the opposition?").
var subjectOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "about": true, "on": true, "of": true, "in": true, "at": true, "for": true, "with": true,
}

// topicPreps open the topic of what was said: "about the ISSG", "on
// Assad".
var topicPreps = map[string]bool{"about": true, "on": true, "regarding": true}

// saidVerbRe finds the verb of saying a question asks about, up to its
// end: "What did Kerry say" of "What did Kerry say he lost?".
var saidVerbRe = regexp.MustCompile(`(?i)^.*?\b(?:did|does|do|has|have|had|will|would)\s+(?:[\p{L}.'-]+\s+){1,3}?(?:say|said|tell|told|think|claim|argue)\b`)

// personAndTopic splits a new subject that names a person and then a
// topic ("kirby on the issg", "Lavrov about the ceasefire") into the two.
func (r Resolver) personAndTopic(subject string) (who, topic string, ok bool) {
	ws := strings.Fields(subject)
	for i := 1; i < len(ws); i++ {
		if !topicPreps[strings.ToLower(ws[i])] || i+1 == len(ws) {
			continue
		}
		who = strings.Join(ws[:i], " ")
		if len(r.people(who)) == 0 {
			return "", "", false
		}
		return who, strings.Join(ws[i:], " "), true
	}
	return "", "", false
}

// placePreps open a place: "in Russia", "at the UN".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "inside": true, "outside": true}

// trailingTheRe is a "the" that ends a text, with the space after it.
var trailingTheRe = regexp.MustCompile(`(?i)\bthe\s+$`)

// startsQuestion reports text that opens like a question of its own.
func startsQuestion(text string) bool {
	if whRe.MatchString(text) {
		return true
	}
	first, _, _ := strings.Cut(strings.ToLower(text), " ")
	switch first {
	case "did", "does", "do", "is", "are", "was", "were", "can", "could", "will", "would", "has", "have", "had", "should":
		return true
	}
	return false
}

// isBareName reports a follow-up that is only a name: "George Sabra?".
func isBareName(text string) bool {
	t := strings.Trim(text, "?.! ")
	fs := strings.Fields(t)
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		if r := []rune(f); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	q := question.Parse(t)
	return q.Kind == question.What && !strings.HasSuffix(strings.ToLower(fs[0]), "what")
}

// capitalRuns returns the runs of at least min capitalised words, not the
// first word of a sentence alone.
func capitalRuns(text string, min int) []string {
	var out []string
	for _, sp := range capitalRunSpans(text) {
		run := text[sp[0]:sp[1]]
		if len(strings.Fields(run)) >= min {
			out = append(out, run)
		}
	}
	return out
}

// capitalRunSpans finds runs of capitalised words (with "al-", "de",
// initials inside) that are not the sentence's first word or a question
// word.
func capitalRunSpans(text string) [][2]int {
	var spans [][2]int
	words := wordSpans(text)
	for i := 0; i < len(words); i++ {
		w := text[words[i][0]:words[i][1]]
		if !startsUpper(w) || opensSentence(text, words[i][0]) && isOpener(w) {
			continue // "Why: What happened …" opens with "What" twice
		}
		j := i
		for j+1 < len(words) {
			n := text[words[j+1][0]:words[j+1][1]]
			if startsUpper(n) || (n == "de" || n == "al" || n == "of") && j+2 < len(words) && startsUpper(text[words[j+2][0]:words[j+2][1]]) {
				j++
				continue
			}
			break
		}
		spans = append(spans, [2]int{words[i][0], words[j][1]})
		i = j
	}
	return spans
}

func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' && start >= 0 || r == '\'' || r == '’'
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	for k, sp := range out { // a trailing dot ends the sentence, not the word
		for sp[1] > sp[0]+1 && text[sp[1]-1] == '.' && !strings.Contains(text[sp[0]:sp[1]-1], ".") {
			sp[1]--
		}
		out[k] = sp
	}
	return out
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// opensSentence reports whether the word at byte at opens text or a
// sentence or clause of it: after a stop or a colon.
func opensSentence(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".:?!")
}

// isOpener reports words that open questions and sentences.
func isOpener(w string) bool {
	switch strings.ToLower(w) {
	case "who", "what", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are", "was",
		"were", "can", "could", "and", "but", "the", "a", "an", "in", "on", "at", "tell", "has", "have", "will", "about",
		"since", "until", "till", "from", "for", "to", "by", "with", "of", "whom", "whose":
		return true
	}
	return false
}

func lowerThe(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the " + s[4:]
	}
	return s
}

// matchCase keeps a sentence-initial capital: "He" → "Aleksandr …".
func matchCase(orig, rep string) string {
	if startsUpper(orig) && rep != "" {
		r := []rune(rep)
		r[0] = unicode.ToUpper(r[0])
		return string(r)
	}
	return rep
}
