package quote

import (
	"regexp"
	"strings"
	"unicode"
)

// This file reads cues: the words around a quotation that say who said
// it ("X said", "said X", "according to X", "X: \"…\"").

// afterCue reads `"…," X said` and `"…," said X` after the quotation at p.
func afterCue(ws []word, p int, inner string) (phrase, bool) {
	// A quotation inside the quotation may close with it: "People say,
	// 'It matters,'" said X.
	inner = strings.TrimRight(inner, "'’")
	endsClause := strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") ||
		strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "—") ||
		(p+1 < len(ws) && ws[p+1].text == ",")
	if !endsClause {
		return phrase{}, false
	}
	i := p + 1
	for i < len(ws) && ws[i].punct && ws[i].text == "," {
		i++
	}
	// `"…," said X`; not `"…," adding that X …`: a gerund's speaker is
	// the sentence's subject, before the quotation.
	if i < len(ws) && isSpeechVerb(ws, i) && !isGerund(ws[i].lower()) {
		j := i + 1
		for j < len(ws) && !ws[j].punct && ws[j].q < 0 {
			// "said Carly Fiorina during the debate", "said Dan Holm
			// when asked about Ilse Berg": the name ends where a
			// lower-case preposition or a clause follows it.
			if j > i+1 && ws[j-1].capitalized() && !ws[j].capitalized() && (isPreposition(ws[j].lower()) || ws[j].lower() == "during" || afterNameClauses[ws[j].lower()]) && ws[j].lower() != "of" {
				break
			}
			j++
		}
		ph := parseSpeaker(ws[i+1 : j])
		if ph.kind != phrasePerson && j+1 < len(ws) && ws[j].text == "," {
			// "said another Twitter user, Johanna Bayer.": the name set
			// off after the description is the speaker's.
			k := j + 1
			for k < len(ws) && k < j+1+maxNameWords && ws[k].nameWord() {
				k++
			}
			if k > j+1 && (k == len(ws) || ws[k].punct) {
				if named := parseSpeaker(ws[j+1 : k]); named.kind == phrasePerson {
					named.role = joinWords(trimPhrase(ws[i+1 : j]))
					return named, true
				}
			}
		}
		return ph, ph.kind != phraseNone
	}
	for j := i; j < len(ws) && j < i+20; j++ {
		if ws[j].q >= 0 || (ws[j].punct && strings.Contains(".;?!:", ws[j].text) && !abbreviationDot(ws, j)) {
			break
		}
		// `"…," for instance, and Trump vowed`: a new clause, whose
		// verb is not the quotation's cue.
		// (The comma may close the quotation: `"insanity," and Sanders,
		// who says …`.)
		if (j > i && ws[j-1].text == "," || j == i && strings.HasSuffix(inner, ",")) && (ws[j].lower() == "and" || ws[j].lower() == "but" || ws[j].lower() == "while" || ws[j].lower() == "whereas") {
			break
		}
		if isSpeechVerb(ws, j) {
			ph := parseSpeaker(ws[i:j])
			return ph, ph.kind != phraseNone
		}
	}
	return pastVerbCue(ws, i)
}

// maxNameWords bounds the words of a name read before a verb.
const maxNameWords = 4

// pastVerbCue reads `"…," Kelly charged.` and `"…," LeVell assured the
// crowd.`: right after a quotation that ends its clause, a name or "he"
// or "she" and a verb in the past tense report the quotation, whatever
// the verb. i is the first word after the quotation and its comma.
// afterNameClauses open a clause after a speaker's name: "said Dan Holm
// when asked about …", "said Ann Lowe, who …".
var afterNameClauses = map[string]bool{
	"when": true, "while": true, "as": true, "because": true, "if": true, "since": true,
	"until": true, "who": true, "whose": true, "after": true, "before": true,
}

func pastVerbCue(ws []word, i int) (phrase, bool) {
	// "an angry Hollande retaliated", "a defiant Varga insisted": an
	// article and a word or two that describe the person stand before the
	// name, and are no part of it.
	if i < len(ws) && articles[ws[i].lower()] && ws[i].text == ws[i].lower() {
		j := i + 1
		for j < len(ws) && j <= i+2 && !ws[j].punct && ws[j].q < 0 && startsLower(ws[j].text) && !isPreposition(ws[j].lower()) {
			j++
		}
		if j > i+1 && j < len(ws) && ws[j].capitalized() {
			i = j
		}
	}
	k := i
	for k < len(ws) && k < i+maxNameWords && ws[k].nameWord() {
		k++
	}
	if k == i && i < len(ws) && (ws[i].lower() == "he" || ws[i].lower() == "she") {
		k = i + 1
	}
	if k == i || k >= len(ws) {
		return phrase{}, false
	}
	v := ws[k].text
	if !startsLower(v) || !isPastForm(v) {
		return phrase{}, false
	}
	ph := parseSpeaker(ws[i:k])
	return ph, ph.kind == phrasePerson || ph.kind == phrasePronoun
}

// abbreviationDot reports a dot that closes an abbreviation of a name,
// not a sentence: an initial ("James B. Comey") or a title or suffix
// ("Jr.", "Gov.").
func abbreviationDot(ws []word, j int) bool {
	if ws[j].text != "." || j == 0 || ws[j-1].punct {
		return false
	}
	if inParenthetical(ws, j) || partyStateRe.MatchString(ws[j-1].text) {
		return true // "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said"
	}
	prev := ws[j-1].text
	if len([]rune(prev)) == 1 && unicode.IsUpper([]rune(prev)[0]) {
		return true
	}
	lw := ws[j-1].lower()
	if titleAbbrevs[lw] || nameSuffixes[lw] {
		return true
	}
	return lw == "no" && j+1 < len(ws) && digits(ws[j+1].text) // "the No. 2 in the GOP leadership"
}

// partyStateRe is a lawmaker's party and state, as US news writes them
// after a name: "R-Ky", "D-Wis", "I-Vt".
var partyStateRe = regexp.MustCompile(`^[RDI]-[A-Z][A-Za-z]{1,3}$`)

// maxParenthetical is the most words a parenthetical beside a name
// holds: "(D-Wis.)", "(R-Ky.)", "(Vt.)".
const maxParenthetical = 4

// inParenthetical reports a word inside a short parenthetical: an opening
// bracket a few words before it, closed a few words after it.
func inParenthetical(ws []word, j int) bool {
	for k := j - 1; k >= 0 && k >= j-maxParenthetical; k-- {
		if ws[k].text == ")" || ws[k].q >= 0 {
			return false
		}
		if ws[k].text == "(" {
			return closingBracket(ws, k) > j
		}
	}
	return false
}

// withoutParentheticals returns ws without its short parentheticals and
// party-and-state tags: "Rep. Gwen Moore (D-Wis.)" names Gwen Moore, not
// "Wis", and "Mitch McConnell, R-Ky.," Mitch McConnell.
func withoutParentheticals(ws []word) []word {
	var out []word
	for i := 0; i < len(ws); i++ {
		if ws[i].text == "(" {
			if end := closingBracket(ws, i); end > 0 {
				i = end
				continue
			}
		}
		if partyStateRe.MatchString(ws[i].text) {
			if i+1 < len(ws) && ws[i+1].text == "." {
				i++
			}
			if i+1 < len(ws) && ws[i+1].text == "," && len(out) > 0 && out[len(out)-1].text == "," {
				i++ // ", R-Ky.," leaves one comma
			}
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// closingBracket is the index of the ")" that closes a short
// parenthetical opened at i, or -1.
func closingBracket(ws []word, i int) int {
	for k := i + 1; k < len(ws) && k <= i+maxParenthetical+1; k++ {
		switch {
		case ws[k].text == ")":
			return k
		case ws[k].q >= 0 || ws[k].text == "(":
			return -1
		}
	}
	return -1
}

// beforeCue reads the subject of the nearest speech verb before the
// quotation at p: `X said that it was "urgent"`.
func beforeCue(ws []word, p int) (phrase, bool) {
	for v := p - 1; v >= 0; v-- {
		if ws[v].q >= 0 {
			return phrase{}, false
		}
		if !isSpeechVerb(ws, v) {
			continue
		}
		if isInfinitive(ws, v) {
			// "Mr. Trump was prompted to say, ''…''": the subject of the
			// verb that takes the infinitive says the words it opens.
			if ph, ok := infinitiveSubject(ws, v, p); ok {
				return ph, true
			}
			continue
		}
		// "Hollande denounced Trump's remarks as "hurtful"": after a
		// possessive the word is a noun, and what it is called is the
		// sentence's subject's word for it.
		if v > 0 && possessive(ws[v-1].lower()) && ws[v+1].lower() == "as" && p <= v+4 {
			if ph, ok := sentenceSubject(ws, v-1); ok {
				return ph, true
			}
		}
		// "Sanders was asked by host Bill Maher, "…"": the subject of a
		// passive "asked" or "told" hears the words; whoever put them,
		// if the sentence says, is the speaker.
		if hearerPassive(ws, v) {
			return passiveAgent(ws, v, p)
		}
		// "Ryan said Ginsburg's comments "show bias"": after a possessive
		// any other speech word is a noun too, and the quotation is said
		// of it; its speaker is a verb's, further back.
		if v > 0 && possessive(ws[v-1].lower()) {
			continue
		}
		if isGerund(ws[v].lower()) {
			if ph, ok := gerundSubject(ws, v); ok {
				return ph, true
			}
			continue
		}
		subj := subjectBefore(ws, v)
		if n := len(subj); n > 0 && subj[n-1].lower() == "which" {
			// "the Chicago Police Department which reported "…"": the
			// organisation just before "which" spoke; "an estimate,
			// which concluded "…"": a thing did, not a person before it;
			// though an organisation may speak by a verb further back
			// ("the Associated Press report, which notes").
			if ph, ok := whichAntecedent(subj[:n-1]); ok {
				return ph, true
			}
			if ph, ok := beforeCue(ws, v); ok && ph.kind == phraseOrg {
				return ph, true
			}
			return phrase{}, false
		}
		if ph, ok := sharedSubject(ws, v, subj); ok {
			return ph, true
		}
		// "He was asked about it when he told Ana Brook, "…"": a pronoun
		// right before the verb is its subject. "She came of age at
		// Wellesley College - where she urged "…"": "he" or "she" there
		// is, rather than a body or a label the words before name.
		var pron phrase
		if n := len(subj); n > 1 {
			if g, ok := pronouns[subj[n-1].lower()]; ok {
				pron = phrase{kind: phrasePronoun, name: subj[n-1].lower(), gender: g}
			}
		}
		ph := parseSpeaker(subj)
		if pron.kind != phraseNone && (pron.gender == "m" || pron.gender == "f") && (ph.kind == phraseOrg || ph.kind == phraseLabel) {
			return pron, true
		}
		if ph.kind != phraseNone {
			return ph, true
		}
		if pron.kind != phraseNone {
			return pron, true
		}
		// "Contrast that with Jane Doe, who has called it "…"".
		if ph, ok := relativeAntecedent(subj); ok {
			return ph, true
		}
		// "Ms. Sherry smiled and said, "…"": two verbs share a subject.
		if ph, ok := coordinatedSubject(subj); ok {
			return ph, true
		}
		// "Carson did not name them, but told his supporters, "…"": the
		// verb shares the sentence's subject.
		if len(subj) == 0 && v >= 2 && ws[v-2].text == "," && (ws[v-1].lower() == "but" || ws[v-1].lower() == "and") {
			if ph, ok := sentenceSubject(ws, v); ok {
				return ph, true
			}
		}
		// "But, said Solovey, "…"": the speaker after the verb.
		if ph, ok := invertedCue(ws, v, p); ok {
			return ph, true
		}
		// "saying anybody who complains …": a verb with no speaker for a
		// subject may sit inside the reported words; look further back.
	}
	return phrase{}, false
}

// infinitiveSubject reads the speaker of a speech verb in the
// infinitive that opens the quotation at p, past a comma or a colon: the
// name, or "he" or "she", that is the subject of the verb before "to"
// ("Mr. Trump was prompted to say, ”…”", "She went on to say: "…"").
// A verb with an object of its own has the object speak ("asked him to
// say"), and is read as no cue.
func infinitiveSubject(ws []word, v, p int) (phrase, bool) {
	for i := v + 1; i < p; i++ {
		if !ws[i].punct || ws[i].text != "," && ws[i].text != ":" {
			return phrase{}, false
		}
	}
	subj := subjectBefore(ws, v-1)
	k := 0
	for k < len(subj) && (subj[k].nameWord() || subj[k].text == ".") {
		k++
	}
	rest := subj[k:]
	if k == 0 && len(subj) > 0 {
		if g, ok := pronouns[subj[0].lower()]; ok && (g == "m" || g == "f") {
			k, rest = 1, subj[1:]
		}
	}
	if k == 0 || len(rest) == 0 || len(rest) > 4 {
		return phrase{}, false
	}
	for _, w := range rest {
		if w.punct || w.q >= 0 || !startsLower(w.text) || objectWords[w.lower()] {
			return phrase{}, false
		}
	}
	if g, ok := pronouns[subj[0].lower()]; ok && k == 1 {
		return phrase{kind: phrasePronoun, name: subj[0].lower(), gender: g}, true
	}
	ph := parseSpeaker(subj[:k])
	return ph, ph.kind == phrasePerson
}

// objectWords are the words that give a verb an object of its own before
// an infinitive: "asked him to say", "wanted the crowd to say".
var objectWords = map[string]bool{
	"him": true, "her": true, "them": true, "us": true, "me": true, "you": true, "it": true,
	"the": true, "a": true, "an": true, "his": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"everyone": true, "people": true, "voters": true, "reporters": true,
}

// relativeAntecedent reads the person a relative clause that is a speech
// verb's subject stands for: "…, and Piet Kramer, who says" is Piet
// Kramer. subj is what subjectBefore gives for the verb; between "who"
// and the verb only a few lower-case words ("has", "also") may stand.
func relativeAntecedent(subj []word) (phrase, bool) {
	n := len(subj)
	w := n - 1
	for w >= 0 && n-w <= 4 && subj[w].lower() != "who" {
		if subj[w].punct || subj[w].capitalized() {
			return phrase{}, false
		}
		w--
	}
	if w < 2 || subj[w].lower() != "who" || subj[w-1].text != "," {
		return phrase{}, false
	}
	seg := subj[:w-1]
	runs := capitalRuns(seg)
	if len(runs) == 0 || runs[len(runs)-1].end != len(seg) {
		return phrase{}, false
	}
	p, ok := personFromRun(seg, runs[len(runs)-1])
	return p, ok
}

// whichAntecedent reads the organisation that "which" stands for when
// its name ends the words before it ("the Chicago Police Department
// which").
func whichAntecedent(before []word) (phrase, bool) {
	for len(before) > 0 && before[len(before)-1].punct {
		before = before[:len(before)-1]
	}
	runs := capitalRuns(before)
	if len(runs) == 0 || runs[len(runs)-1].end != len(before) {
		return phrase{}, false
	}
	org, ok := orgIn(before[max(0, runs[len(runs)-1].start-1):]) // with its "the"
	if !ok {
		return phrase{}, false
	}
	return phrase{kind: phraseOrg, name: org}, true
}

// hearerVerbs are speech verbs whose object hears the words: in the
// passive ("was asked", "were told") their subject is no speaker.
var hearerVerbs = map[string]bool{
	"asked": true, "told": true, "pressed": true, "questioned": true, "urged": true,
	"asks": true, "tells": true, "presses": true, "questions": true, "urges": true,
}

// beForms make a passive of the participle after them.
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true}

// IsBeForm reports a form of "be" ("was", "been"), in any case: a verb
// after one is passive ("was posted").
func IsBeForm(w string) bool { return beForms[strings.ToLower(w)] }

// hearerPassive reports a passive hearer verb at v: "was asked"; a
// participle, not "there are questions".
func hearerPassive(ws []word, v int) bool {
	lw := ws[v].lower()
	return v > 0 && hearerVerbs[lw] && (lw == "told" || strings.HasSuffix(lw, "ed")) && beForms[ws[v-1].lower()]
}

// passiveAgent reads the "by" phrase after a passive hearer verb at v,
// up to a comma or the quotation at p: "was asked by host Bill Maher,".
func passiveAgent(ws []word, v, p int) (phrase, bool) {
	if v+2 >= p || ws[v+1].lower() != "by" {
		return phrase{}, false
	}
	end := v + 2
	for end < p && ws[end].text != "," && ws[end].q < 0 && !(ws[end].lower() == "whether" || ws[end].lower() == "about" || ws[end].lower() == "if") {
		end++
	}
	if end-(v+2) > 6 {
		return phrase{}, false
	}
	ph := parseSpeaker(ws[v+2 : end])
	return ph, ph.kind == phrasePerson || ph.kind == phraseOrg
}

// possessive reports a word that ends in a possessive "'s" or "’s".
func possessive(lw string) bool {
	return strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// sharedSubject reads the subject a speech verb shares with another
// verb: after "and" or "but", the earlier speech verb's ("Lazar said he
// welcomed extradition to the United States and added, "…"" quotes
// Lazar, not the United States) or, after a long verb phrase, the
// sentence's; and a lone he or she opening reported words is the
// reporting verb's person (reportedPronoun). subj is what subjectBefore
// gives for verb v.
func sharedSubject(ws []word, v int, subj []word) (phrase, bool) {
	n := len(subj)
	switch {
	case n == 1:
		return reportedPronoun(ws, v, subj[0])
	case n == 0:
		return phrase{}, false
	}
	if lw := subj[n-1].lower(); lw != "and" && lw != "but" {
		return phrase{}, false
	}
	k := v - n - 1 // the word subjectBefore stopped at
	if k < 1 || !isSpeechVerb(ws, k) || isGerund(ws[k].lower()) {
		// "Clinton, the former secretary, stressed her support of …
		// sponsored by NBC News and said": a long verb phrase before
		// "and" shares the sentence's subject.
		if n > 4 && k < 0 || n > 4 && ws[k].q >= 0 {
			return sentenceSubject(ws, v)
		}
		return phrase{}, false
	}
	ph := parseSpeaker(subjectBefore(ws, k))
	return ph, ph.kind == phrasePerson || ph.kind == phrasePronoun
}

// reportedPronoun reads "he" or "she" as the subject of the speech verb
// whose reported words it opens: in "Lynch said she recalled thinking,
// "…"", she is Lynch. The pronoun stands right before verb v.
func reportedPronoun(ws []word, v int, pronoun word) (phrase, bool) {
	g, ok := pronouns[pronoun.lower()]
	if !ok || (g != "m" && g != "f") || v < 3 {
		return phrase{}, false
	}
	k := v - 2 // the word before the pronoun
	if !isSpeechVerb(ws, k) || isGerund(ws[k].lower()) {
		return phrase{}, false
	}
	ph := parseSpeaker(subjectBefore(ws, k))
	if ph.kind != phrasePerson || ph.gender != "" && ph.gender != g {
		return phrase{}, false
	}
	return ph, true
}

// coordinatedSubject reads the subject of a speech verb joined by "and"
// to a short verb phrase before it: "Ms. Sherry smiled and [said]", "he
// paused and [added]". subj is what subjectBefore gives for the speech
// verb; the name or pronoun must open its clause.
func coordinatedSubject(subj []word) (phrase, bool) {
	n := len(subj)
	if n < 3 || subj[n-1].lower() != "and" {
		return phrase{}, false
	}
	clause := subj[:n-1]
	if rest := afterLastComma(clause); rest != nil {
		clause = rest
	}
	k := 0
	for k < len(clause) && clause[k].nameWord() {
		k++
	}
	if k == 0 && len(clause) > 0 {
		switch clause[0].lower() {
		case "he", "she", "they":
			k = 1
		}
	}
	verbs := clause[k:]
	if k == 0 || len(verbs) == 0 || len(verbs) > 3 {
		return phrase{}, false
	}
	for _, w := range verbs {
		if w.punct || w.q >= 0 || w.capitalized() {
			return phrase{}, false
		}
	}
	ph := parseSpeaker(clause[:k])
	return ph, ph.kind != phraseNone
}

// speechVerbBetween reports a speech verb between words a and b: a cue
// of its own for the later quotation.
func speechVerbBetween(ws []word, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if isSpeechVerb(ws, i) {
			return true
		}
	}
	return false
}

// sharesCue reports whether a fragment at b shares the cue of the one at
// a: no speech verb lies between them but a gerund after a comma, which
// goes on with the same subject (`X said it was "…," adding that "…"`),
// and a's own cue right after it.
func sharesCue(ws []word, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if !isSpeechVerb(ws, i) {
			continue
		}
		if i <= a+2 && !isGerund(ws[i].lower()) {
			// `"…," said Joe Biden, urging them to "give him time."`: the
			// first quotation's own cue, right after it.
			continue
		}
		if !isGerund(ws[i].lower()) || ws[i-1].text != "," && ws[i-1].q < 0 {
			return false
		}
	}
	return true
}

// invertedCue reads `said X, "…"`: a speech verb, then a name, then a
// comma or colon right before the quotation at p.
func invertedCue(ws []word, v, p int) (phrase, bool) {
	if hearerVerbs[ws[v].lower()] {
		return phrase{}, false // "Priebus later told Fox News: "…"": the hearer
	}
	if p-v < 3 || p-v > 8 || (ws[p-1].text != "," && ws[p-1].text != ":") {
		return phrase{}, false
	}
	ph := parseSpeaker(ws[v+1 : p-1])
	return ph, ph.kind == phrasePerson || ph.kind == phraseOrg
}

// gerundSubject reads who speaks in a cue made of a speech verb's -ing
// form: the name just before it ("footage of Hillary Clinton asking, …"),
// or after a comma the sentence's subject ("Hillary Clinton had mocked
// the complaint, saying …"). Anything else is no cue.
func gerundSubject(ws []word, v int) (phrase, bool) {
	if v == 0 {
		return phrase{}, false
	}
	// After a quotation the comma is inside its marks: "a defense of
	// "New York values," saying …".
	if ws[v-1].text != "," && ws[v-1].q < 0 {
		subj := subjectBefore(ws, v)
		// "released a statement Thursday night condemning": the time
		// after the noun is no part of it.
		n := len(subj)
		for n > 1 && (timeWords[subj[n-1].lower()] || IsWeekday(subj[n-1].lower())) {
			n--
		}
		if n > 0 && (ownWordsNouns[subj[n-1].lower()] || n > 1 && gerundOpeners[subj[n-1].lower()]) {
			// "Trump issued a statement saying …": the subject's own
			// words; "Ryan, despite admitting that …": the subject's act.
			return sentenceSubject(ws, v)
		}
		if len(subj) == 0 || !subj[len(subj)-1].capitalized() {
			return phrase{}, false
		}
		ph := parseSpeaker(subj)
		return ph, ph.kind == phrasePerson || ph.kind == phraseOrg
	}
	if ph, ok := clauseSpeaker(ws, v-1); ok {
		return ph, true
	}
	return sentenceSubject(ws, v)
}

// clauseSpeaker reads the speaker of a short clause of its own that ends
// at the comma c: "…, Nefzi said, adding, "…"" and "Hollande said Tuesday
// in Paris, noting …" give the gerund after the comma Nefzi and Hollande,
// not the sentence's subject. The clause runs back to the comma or
// quotation before it and holds a speech verb in the past or present,
// with a name before it ("Nefzi said") or after it ("said Nefzi").
func clauseSpeaker(ws []word, c int) (phrase, bool) {
	start := c - 1
	for start >= 0 && ws[start].text != "," && ws[start].q < 0 && !(ws[start].punct && ws[start].text != ".") {
		start--
	}
	start++
	for i := start; i < c; i++ {
		if !isSpeechVerb(ws, i) || isGerund(ws[i].lower()) || isInfinitive(ws, i) {
			continue
		}
		if i-start >= 1 && i-start <= 5 {
			if ph := parseSpeaker(ws[start:i]); ph.kind == phrasePerson || ph.kind == phraseOrg {
				return ph, true
			}
		}
		if i == start && c-i >= 2 && c-i <= 6 {
			if ph := parseSpeaker(ws[i+1 : c]); ph.kind == phrasePerson || ph.kind == phraseOrg {
				return ph, true
			}
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// gerundOpeners join a gerund to its sentence's subject: "despite
// admitting", "after saying", "without mentioning".
var gerundOpeners = map[string]bool{
	"despite": true, "after": true, "before": true, "while": true, "without": true, "by": true, "since": true,
}

// timeWords say when, after a noun: "a statement Thursday night".
var timeWords = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true,
	"yesterday": true, "tonight": true, "earlier": true, "later": true,
}

// ownWordsNouns are what someone puts out in their own words: "issued a
// statement saying", "posted a video saying".
var ownWordsNouns = map[string]bool{
	"statement": true, "release": true, "letter": true, "message": true, "tweet": true,
	"post": true, "video": true, "email": true, "memo": true, "note": true,
}

// sentenceOpeners are words that open a phrase before a sentence's
// subject: "In 2016, …", "Later on Sunday, …", "After the debate, …".
var sentenceOpeners = map[string]bool{
	"after": true, "before": true, "during": true, "since": true, "while": true, "when": true,
	"despite": true, "later": true, "earlier": true, "meanwhile": true, "then": true,
	"instead": true, "still": true, "yet": true, "also": true, "last": true, "this": true,
	"that": true, "throughout": true, "amid": true, "as": true, "under": true, "over": true,
	"within": true, "without": true, "like": true, "unlike": true, "once": true,
	"here": true, "there": true, "now": true, "today": true, "so": true, "but": true, "and": true,
	"ever": true, "even": true, "just": true, "only": true, "soon": true, "again": true, "indeed": true,
	"however": true, "moreover": true, "furthermore": true, "nevertheless": true, "nonetheless": true,
	"besides": true, "overall": true, "separately": true, "additionally": true, "similarly": true,
	"likewise": true, "otherwise": true, "finally": true, "first": true, "second": true, "third": true,
}

// participleOpens reports a past participle that opens a phrase at i,
// "Asked whether …,": a word in -ed before a lower-case word that is no
// speech verb ("Jared said" has a subject).
func participleOpens(ws []word, i int) bool {
	lw := ws[i].lower()
	return isPastForm(lw) && i+1 < len(ws) && startsLower(ws[i+1].text) && !isSpeechVerb(ws, i+1)
}

// sentenceSubject reads a person's name that opens the sentence, before
// word v, after any opening phrases ("In 2016,", "At an event in Ames,
// Iowa, on Sunday,"): the subject a later verb of the sentence shares.
func sentenceSubject(ws []word, v int) (phrase, bool) {
	ph, _, ok := sentenceSubjectEnd(ws, v)
	return ph, ok
}

// commaBefore reports a comma among ws[from:to]: "Eight years ago, he"
// opens with a phrase that a comma ends.
func commaBefore(ws []word, from, to int) bool {
	for _, w := range ws[from:to] {
		if w.text == "," {
			return true
		}
	}
	return false
}

// sentenceSubjectEnd is sentenceSubject, with the index of the word after
// the name.
func sentenceSubjectEnd(ws []word, v int) (phrase, int, bool) {
	start, opened := datelineEnd(ws), false
	for start < v {
		f := ws[start]
		lw := f.lower()
		if lw == "he" || lw == "she" {
			break
		}
		opener := !f.capitalized() || isGerund(lw) || isPreposition(lw) || sentenceOpeners[lw] ||
			participleOpens(ws, start) || adverbOpens(ws, start) || numberWords[lw] && commaBefore(ws, start, v) ||
			timeSpanOpens(ws, start)
		// "Ames, Iowa,": a place that goes on after an opening phrase.
		// "the union's leader, Piet Kramer," is a person the role names.
		place := opened && f.nameWord() && start+2 < v && (ws[start+1].text == "," || ws[start+1].nameWord() && ws[start+2].text == ",") &&
			!(start >= 2 && IsRole(strings.TrimSuffix(ws[start-2].lower(), "s")))
		if !opener && !place {
			break
		}
		comma := start
		for comma < v && ws[comma].text != "," {
			comma++
		}
		if comma >= v {
			return phrase{}, 0, false
		}
		start, opened = comma+1, true
	}
	if start >= v {
		return phrase{}, 0, false
	}
	if g, ok := pronouns[ws[start].lower()]; ok && (g == "m" || g == "f") && start+1 < v && startsLower(ws[start+1].text) {
		// "Eight years ago, he backed the plan and said": "he" is the
		// subject, resolved as any pronoun is.
		return phrase{kind: phrasePronoun, name: ws[start].lower(), gender: g}, start + 1, true
	}
	k := start
	for k < v && ws[k].nameWord() {
		k++
	}
	// "Amnesty International spokesman Eric Ferrero", "The Slate
	// technology columnist David Auerbach": an organisation, a role
	// (roleBetween) and the name; "praised Mrs. Clinton" is none.
	if k > start {
		n := k
		for n < v && n < k+3 && !ws[n].nameWord() {
			n++
		}
		if n < v && ws[n].nameWord() && roleBetween(ws[k:n]) {
			for k = n; k < v && ws[k].nameWord(); k++ {
			}
		}
	}
	if k > start && k < v && ws[k].text == "(" {
		if end := closingBracket(ws, k); end > 0 && end+1 < v {
			k = end + 1 // "Sen. Claire McCaskill (D-Mo.) scolded him:"
		}
	}
	if k == start || k >= v || trimPossessive(ws[k-1].text) != ws[k-1].text && someoneOf(ws[k:v]) {
		return phrase{}, 0, false // "Hillary Clinton's right-hand woman rallied"
	}
	ph := parseSpeaker(ws[start:k])
	return ph, k, ph.kind == phrasePerson
}

// someoneOf reports a possessive name's noun that is another person:
// "Clinton's right-hand woman", "Obama's first five questioners", not
// "Clinton's response". ws are the words after the name, up to the verb.
func someoneOf(ws []word) bool {
	for i, w := range ws {
		if i == 4 || !startsLower(w.text) {
			return false
		}
		lw := strings.TrimSuffix(w.lower(), "s")
		if IsRole(lw) || strings.HasSuffix(lw, "man") || strings.HasSuffix(w.lower(), "ers") ||
			lw == "wife" || lw == "husband" || lw == "aide" || lw == "son" || lw == "daughter" || lw == "staff" {
			return true
		}
	}
	return false
}

// datelineEnd returns where a sentence starts after its dateline, as
// wire copy opens it ("WASHINGTON, Dec. 8 (UPI) — …", "Washington (AFP) –
// …"), or 0 when it has none: capitalised words, numbers and brackets up
// to a dash, a bracketed agency among them.
func datelineEnd(ws []word) int {
	bracket := false
	for i, w := range ws {
		if i > 10 {
			return 0
		}
		switch {
		case w.text == "—" || w.text == "–" || w.text == "-":
			if bracket && i > 0 {
				return i + 1
			}
			return 0
		case w.text == "(":
			bracket = true
		case w.punct || w.capitalized() || w.text != "" && unicode.IsDigit([]rune(w.text)[0]):
		default:
			return 0
		}
	}
	return 0
}

// adverbOpens reports an adverb in -ly that opens a phrase at i, before
// a preposition or a comma: "Shortly after the call ended, …".
func adverbOpens(ws []word, i int) bool {
	lw := ws[i].lower()
	return len(lw) > 4 && strings.HasSuffix(lw, "ly") && i+1 < len(ws) && (ws[i+1].text == "," || isPreposition(ws[i+1].lower()) || sentenceOpeners[ws[i+1].lower()])
}

// timeSpanOpens reports a span of time that opens a phrase at i: "Hours
// later,", "Days after the vote,", "Weeks before".
func timeSpanOpens(ws []word, i int) bool {
	if i+1 >= len(ws) || !timeUnits[strings.TrimSuffix(ws[i].lower(), "s")] {
		return false
	}
	switch ws[i+1].lower() {
	case "later", "earlier", "ago", "after", "before", "into":
		return true
	}
	return false
}

// timeUnits are spans of time, in the singular.
var timeUnits = map[string]bool{
	"second": true, "minute": true, "moment": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true,
}

func isInfinitive(ws []word, v int) bool {
	return v > 0 && ws[v-1].lower() == "to"
}

func isGerund(w string) bool { return strings.HasSuffix(w, "ing") }

// isPastForm reports a word of five letters or more in -ed: a verb's past
// tense or participle ("charged", "prepared"), not "bed" or "red".
func isPastForm(w string) bool { return len(w) >= 5 && strings.HasSuffix(w, "ed") }

// subjectBefore returns the words before verb v back to the clause start.
func subjectBefore(ws []word, v int) []word {
	k := v - 1
	for ; k >= 0; k-- {
		w := ws[k]
		lw := w.lower()
		// A dot before ")" or "," closes an abbreviation, not a clause:
		// "Sen. David Perdue (R-Ga.) said".
		abbrevDot := w.text == "." && k+1 < len(ws) && (ws[k+1].text == ")" || ws[k+1].text == ",") || abbreviationDot(ws, k)
		if w.q >= 0 || (w.punct && (w.text == ":" || w.text == ";" || w.text == "." && !abbrevDot || w.text == "—")) ||
			lw == "that" || isSpeechVerb(ws, k) {
			break
		}
		if (lw == "but" || lw == "and" || lw == "while" || lw == "although" || lw == "because" || lw == "as" || lw == "so") &&
			k > 0 && ws[k-1].text == "," {
			break
		}
	}
	return ws[k+1 : v]
}

// endCue reads a cue that closes the sentence after the quotation at p,
// past other words: `"Boots on the ground" would be appropriate, candidate
// Ben Carson said.`
func endCue(ws []word, p int) (phrase, bool) {
	end := len(ws)
	for end > 0 && ws[end-1].punct {
		end--
	}
	comma := -1
	for i := end - 1; i > p; i-- {
		if ws[i].q >= 0 {
			return phrase{}, false // another quotation stands between
		}
		if ws[i].punct && ws[i].text == "," {
			comma = i
			break
		}
	}
	if v := endOfVerb(ws, end); comma < 0 && end-p >= 3 && end-p <= 11 && v > p && isSpeechVerb(ws, v) {
		// `"…" the Post's editor Steven Ginsberg responded.`: no comma
		// after the quotation, the speaker and the verb close the
		// sentence.
		ph := parseSpeaker(ws[p+1 : v])
		return ph, ph.kind == phrasePerson
	}
	if comma < 0 || end-comma < 3 || end-comma > 12 {
		return phrase{}, false
	}
	tail := ws[comma+1 : end]
	switch {
	case isSpeechVerb(tail, endOfVerb(tail, len(tail))): // …, X said.
		ph := parseSpeaker(tail[:endOfVerb(tail, len(tail))])
		return ph, ph.kind != phraseNone
	case isSpeechVerb(tail, 0): // …, said X.
		ph := parseSpeaker(tail[1:])
		return ph, ph.kind != phraseNone
	}
	// "…, said Steve Elmendorf, deputy campaign manager for …": a role
	// in lower case after the name; the cue is the part before it.
	if tail[0].capitalized() {
		return phrase{}, false
	}
	prev := -1
	for i := comma - 1; i >= p && i >= comma-8; i-- {
		if i == p {
			prev = p // `"…" said Nick Merrill, a spokesman.`: no comma after the quotation
			break
		}
		if ws[i].q >= 0 {
			return phrase{}, false
		}
		if ws[i].punct && ws[i].text == "," {
			prev = i
			break
		}
	}
	if prev < 0 || comma-prev < 3 || !isSpeechVerb(ws, prev+1) {
		return phrase{}, false
	}
	ph := parseSpeaker(ws[prev+2 : comma])
	return ph, ph.kind == phrasePerson
}

// laterCue reads the speaker of the quotation at p from the clauses after
// it, split at its commas, where endCue finds none because they run long
// or something stands between: a clause that opens with a speech verb
// names the speaker after it ("…," since most cases were close, said Lee
// Epstein, who teaches law in St. Louis; "…," said the campaign's
// manager, Rich Beeson, who ran …), or before it when the clauses before
// it are a name and its appositives ("…," Mr. Daniloff, now 81, said by
// telephone). It stops at the next quotation.
func laterCue(ws []word, p int) (phrase, bool) {
	end := len(ws)
	var cuts []int // where each clause starts; a clause ends at the next cut's comma
	var segs [][]word
	start := p + 1
	for i := p + 1; i <= end; i++ {
		if i < end && ws[i].q >= 0 {
			end = i
		}
		if i == end || ws[i].punct && (ws[i].text == "," || ws[i].text == ";" || ws[i].text == "—") {
			if i > start {
				cuts = append(cuts, start)
				segs = append(segs, ws[start:i])
			}
			start = i + 1
		}
	}
	for k, seg := range segs {
		if !isSpeechVerb(seg, 0) || isGerund(seg[0].lower()) {
			continue
		}
		if k > 0 && k <= 3 && segs[0][0].capitalized() {
			// The clauses before the verb: a name, then what it is.
			if ph := parseSpeaker(ws[cuts[0]:cuts[k]]); ph.kind == phrasePerson {
				return ph, true
			}
		}
		if len(seg) < 2 {
			return phrase{}, false
		}
		ph := parseSpeaker(seg[1:])
		if ph.kind != phrasePerson && k+1 < len(segs) && len(segs[k+1]) <= 4 {
			// "said the campaign's manager, Rich Beeson": the role, then the name.
			if named, ok := personIn(segs[k+1]); ok && endsWithName(segs[k+1], named.name) {
				if named.role == "" {
					named.role = joinWords(seg[1:])
				}
				named.gender = genderOf(named.role)
				return named, true
			}
		}
		return ph, ph.kind != phraseNone && ph.kind != phrasePronoun
	}
	return phrase{}, false
}

// dashCue reads a name after a dash that closes the sentence, as lists of
// readers' or voters' quotations give it: `"…" ― Sonya Herridge`.
func dashCue(ws []word, p int) (phrase, bool) {
	i := p + 1
	if i >= len(ws) || !ws[i].punct || !strings.Contains("―—–-", ws[i].text) {
		return phrase{}, false
	}
	rest := ws[i+1:]
	if len(rest) == 0 || len(rest) > 10 {
		return phrase{}, false
	}
	for _, w := range rest {
		if w.q >= 0 {
			return phrase{}, false
		}
	}
	ph := parseSpeaker(rest)
	if ph.kind != phrasePerson && ph.kind != phraseOrg {
		return phrase{}, false
	}
	return ph, true
}

// colonCue reads a name that introduces the quotation at p with a colon:
// `Philip Bump: "Two weeks ago …"`. Only a name will do: "He said:" is
// the other cues' work.
func colonCue(ws []word, p int) (phrase, bool) {
	if p < 2 || ws[p-1].text != ":" {
		return phrase{}, false
	}
	k := p - 2
	for k >= 0 && ws[k].nameWord() {
		k--
	}
	run := ws[k+1 : p-1]
	if len(run) == 0 || len(run) > 5 {
		return phrase{}, false
	}
	if k >= 0 && isPreposition(ws[k].lower()) && ws[k].lower() != "by" && ws[k].lower() != "from" {
		// "later that month on CNN:": where it was said, not who;
		// "contrasted him with Clinton:": whom the speaker set beside.
		// "A lesson from Ilse Brandt:" is hers.
		return phrase{}, false
	}
	if k >= 0 && (hearerVerbs[ws[k].lower()] || ws[k].lower() == "to") {
		return phrase{}, false // "he told Channel Nine News:", "said to CNN:": who heard it
	}
	ph := parseSpeaker(run)
	if ph.kind != phrasePerson && ph.kind != phraseOrg {
		return phrase{}, false
	}
	return ph, true
}

// introCue reads the speaker of a quotation that a colon or a dash sets
// after a clause of the sentence's subject: `Trump also embraced harsh
// interrogation -- "I think waterboarding is …"`. Only a person opening
// the sentence will do: `The sign read: "…"` names no one.
func introCue(ws []word, p int) (phrase, bool) {
	if p < 3 || ws[p-1].text != ":" && ws[p-1].text != "―" && dashBefore(ws, p) < 0 {
		return phrase{}, false
	}
	ph, k, ok := sentenceSubjectEnd(ws, p-1)
	if !ok || !startsLower(ws[k].text) || isPreposition(ws[k].lower()) || articles[ws[k].lower()] {
		return phrase{}, false // "Likewise, …", "Isaiah 45:1 reads", "Ever the optimist"
	}
	return ph, true
}

// startsLower reports a word that opens with a lower-case letter.
func startsLower(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

// dashBefore returns where the dash that ends right before word p
// starts: a dash, an en dash or two hyphens ("--"); -1 when there is none.
func dashBefore(ws []word, p int) int {
	switch {
	case p >= 2 && ws[p-1].text == "-" && ws[p-2].text == "-":
		return p - 2
	case p >= 1 && (ws[p-1].text == "—" || ws[p-1].text == "–"):
		return p - 1
	}
	return -1
}

// articles open a noun phrase.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// nameDashCue reads a person named right before a dash that opens the
// quotation at p: `including the former candidate Mitt Romney -- "…" --`.
func nameDashCue(ws []word, p int) (phrase, bool) {
	d := dashBefore(ws, p)
	if d < 1 {
		return phrase{}, false
	}
	k := d - 1
	for k >= 0 && ws[k].nameWord() {
		k--
	}
	run := ws[k+1 : d]
	if len(run) < 2 || len(run) > 5 {
		return phrase{}, false
	}
	if k >= 0 && (isPreposition(ws[k].lower()) || ws[k].lower() == "about" || ws[k].lower() == "against") {
		return phrase{}, false // "supportive of Mr. Trump -- …": the name is no subject
	}
	ph := parseSpeaker(run)
	return ph, ph.kind == phrasePerson
}

// cueSentence reads a sentence that is only a speaker and a speech verb,
// "Dianne Bystrom agreed." or "Smith added:", whose quotation follows in
// the next sentence.
func cueSentence(ws []word) (phrase, bool) {
	if ph, ok := invertedCueSentence(ws); ok {
		return ph, true
	}
	n := len(ws)
	if n < 3 || !ws[n-1].punct || (ws[n-1].text != "." && ws[n-1].text != ":") {
		return phrase{}, false
	}
	v := endOfVerb(ws, n-1)
	if v < 1 || !isSpeechVerb(ws, v) {
		return phrase{}, false
	}
	subj := subjectBefore(ws, v)
	if len(subj) == 0 || len(subj) != v {
		return phrase{}, false
	}
	ph := parseSpeaker(subj)
	return ph, ph.kind != phraseNone
}

// maxLeadSubject bounds the words of the subject leadCue reads.
const maxLeadSubject = 5

// leadCue reads a sentence opened by a person and a speech verb that
// goes on past it: "Lynch announced on Monday the DOJ lawsuit against
// the state." A quotation that is all of the next sentence is theirs.
func leadCue(ws []word) (phrase, bool) {
	for v := 1; v < min(len(ws), maxLeadSubject+1); v++ {
		if w := ws[v-1]; w.punct && w.text != "." || !w.punct && (!w.capitalized() || commonWord(w.lower())) && !titleWords[w.lower()] {
			return phrase{}, false // "In March, …", "While Brook pledged …": no name opens it
		}
		if isSpeechVerb(ws, v) {
			ph := parseSpeaker(ws[:v])
			return ph, ph.kind == phrasePerson
		}
	}
	return phrase{}, false
}

// invertedCueSentence reads a cue sentence with the verb first, "Stated
// Stone:" or "Added Mr. Cruz:", whose quotation follows.
func invertedCueSentence(ws []word) (phrase, bool) {
	n := len(ws)
	if n < 3 || n > 8 || ws[n-1].text != ":" || !isSpeechVerb(ws, 0) {
		return phrase{}, false
	}
	for _, w := range ws[1 : n-1] {
		if !w.nameWord() {
			return phrase{}, false
		}
	}
	ph := parseSpeaker(ws[1 : n-1])
	return ph, ph.kind == phrasePerson
}

// viewNouns close a cue of opinion: "in Bolton’s view", "in the senator’s words".
var viewNouns = map[string]bool{"view": true, "words": true, "opinion": true, "estimation": true, "telling": true}

// inView reads "in X's view" (or words, opinion, telling) anywhere in the
// sentence: the quotation is X's.
func inView(ws []word) (phrase, bool) {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower() != "in" || !viewNouns[ws[i+2].lower()] && (i+3 >= len(ws) || !viewNouns[ws[i+3].lower()]) {
			continue
		}
		j := i + 1
		for j < len(ws) && j <= i+3 && !viewNouns[ws[j].lower()] {
			j++
		}
		owner := ws[i+1 : j]
		last := owner[len(owner)-1].text
		if !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
			continue
		}
		ph := parseSpeaker(owner)
		if ph.kind == phrasePerson || ph.kind == phraseOrg {
			return ph, true
		}
	}
	return phrase{}, false
}

// accordingTo reads "according to X".
func accordingTo(ws []word) (phrase, bool) {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower() == "according" && ws[i+1].lower() == "to" {
			j := i + 2
			for j < len(ws) && !ws[j].punct && ws[j].q < 0 {
				j++
			}
			src := ws[i+2 : j]
			ph := parseSpeaker(src)
			if ph.kind == phraseNone && len(src) > 0 && len(src) <= maxSourceWords && !manner(src) {
				// "according to FEC records": a source that is no one,
				// kept by the words the text gives it. ("according to
				// their instinctive preference" names none: a possessive
				// opens a manner, not a record.)
				ph = phrase{kind: phraseLabel, name: joinWords(src)}
			}
			return ph, ph.kind != phraseNone
		}
	}
	return phrase{}, false
}

// possessivePronouns open a phrase that is someone's, not a source's name.
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// manner reports an "according to" phrase that is someone's way, not a
// source: a possessive and no body or role ("their instinctive
// preference", not "his campaign" or "her spokesman").
func manner(src []word) bool {
	last := src[len(src)-1].lower()
	return possessivePronouns[src[0].lower()] && !orgNouns[last] && !roleNouns[last] && !titleWords[last]
}

// maxSourceWords is the longest "according to" source kept by its words:
// longer ones are a clause, not a name for the source.
const maxSourceWords = 6
