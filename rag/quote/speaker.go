package quote

import (
	"slices"
	"strings"
)

// phraseKind is what a speaker phrase names.
type phraseKind int

const (
	phraseNone    phraseKind = iota
	phrasePerson             // a named person: "State Department spokeswoman Jen Psaki"
	phraseOrg                // a named organisation: "The Times"
	phraseOrgRef             // an organisation by description: "the newspaper"
	phraseLabel              // unnamed people: "one woman", "Syrian opposition leaders"
	phrasePronoun            // "he", "she", "it", "they"
	phraseRoleRef            // a person by role: "the senator", "the spokeswoman"
)

// phrase is a parsed speaker phrase.
type phrase struct {
	kind   phraseKind
	name   string // the name, label or pronoun
	role   string // the role the text gives, if any
	gender string // "f", "m" or ""
}

// trailingAdverbs are dropped from the end of a subject ("Kerry repeatedly").
var trailingAdverbs = map[string]bool{
	"also": true, "again": true, "later": true, "then": true, "still": true,
	"too": true, "previously": true, "today": true, "yesterday": true, "now": true,
	"had": true, "has": true, "have": true, "was": true, "is": true, "once": true,
}

// orgNouns describe an organisation without naming it ("the newspaper").
var orgNouns = map[string]bool{
	"newspaper": true, "paper": true, "agency": true, "ministry": true,
	"department": true, "council": true, "group": true, "government": true,
	"network": true, "broadcaster": true, "daily": true, "channel": true,
	"station": true, "website": true, "outlet": true, "report": true,
	"statement": true, "organization": true, "organisation": true, "committee": true,
	"campaign": true, "team": true, "company": true, "firm": true, "poll": true, "survey": true,
	"study": true, "administration": true, "party": true, "court": true, "ruling": true,
}

// parseSpeaker reads the subject of a speech verb.
func parseSpeaker(ws []word) phrase {
	// A comma before the verb closes what comes before it off: "Chris
	// Christie, hoping to surge in New Hampshire, called".
	// "Trump, who was once a pitchman for the Oreo, has vowed": past the
	// auxiliaries too.
	n := len(ws)
	for n > 0 && !ws[n-1].punct && trailingAdverbs[ws[n-1].lower()] {
		n--
	}
	closed := n > 0 && ws[n-1].text == ","
	ws = trimPhrase(withoutParentheticals(ws))
	if len(ws) == 0 {
		return phrase{}
	}
	for _, w := range ws {
		if w.q >= 0 {
			return phrase{} // a quotation is no speaker
		}
	}
	if len(ws) == 1 {
		if g, ok := pronouns[ws[0].lower()]; ok {
			return phrase{kind: phrasePronoun, name: ws[0].lower(), gender: g}
		}
	}
	segs := splitSegments(ws)
	// "Leaning on the rail, she said", "The problem with it, she said,
	// is …": a pronoun right before the verb, after a comma, is the
	// subject.
	if last := segs[len(segs)-1]; len(segs) > 1 && len(last) == 1 && !closed {
		if g, ok := pronouns[last[0].lower()]; ok {
			return phrase{kind: phrasePronoun, name: last[0].lower(), gender: g}
		}
	}
	// "NAME, ROLE, told": a bare name first, its role after it.
	// ("Instead, Walcott told": a first segment with no appositive after
	// it is an opener, not the speaker.)
	if p, ok := personIn(segs[0]); ok && endsWithName(segs[0], p.name) && (len(segs) == 1 || startsAppositive(segs[1]) && !opener(segs[0])) {
		if p.role == "" && len(segs) > 1 && startsAppositive(segs[1]) {
			p.role = joinWords(joinSegments(appositiveSegments(segs[1:])))
		}
		p.gender = genderOf(p.role)
		return p
	}
	// Otherwise the name nearest the verb: "Despite that plea, however,
	// State Department spokesman John Kirby".
	for i := len(segs) - 1; i >= 0; i-- {
		if i > 0 && (i < len(segs)-1 || closed) && (opensClause(segs[i]) || inRelative(segs, i)) {
			continue // "Chris Christie, hoping to surge in New Hampshire, called"
		}
		if i > 0 && (i < len(segs)-1 || closed) && placeGoesOn(segs[i-1], segs[i]) {
			continue // "Clinton, at a town hall in Columbus, Ohio, said"
		}
		if i < len(segs)-1 && opener(segs[i]) {
			continue // "On Social Security, both oppose …", "Likewise, the report found": an opening phrase
		}
		if i > 0 && (i < len(segs)-1 || closed) && affiliation(segs[i-1], segs[i]) {
			continue // "Mr. Mahaney, of RBC Capital Markets, said": where the person works
		}
		if i > 0 && startsAppositive(segs[i]) && !namedByWhose(segs[i]) && nameWithRole(segs[i-1]) {
			continue // "On Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said": the role of the name before it
		}
		if _, isOrg := orgIn(segs[i]); isOrg && !hasPerson(segs[i]) {
			break // "…, the New York Times reported": the organisation speaks
		}
		if p, ok := personIn(segs[i]); ok && endsWithName(segs[i], p.name) {
			// The role set off before the name, or else the one after it:
			// "Nevada's governor, Brian Sandoval, a Republican, said".
			if p.role == "" && i > 0 && startsAppositive(segs[i-1]) && len(segs[i-1]) <= 8 {
				p.role = joinWords(segs[i-1])
			}
			if p.role == "" && i+1 < len(segs) && startsAppositive(segs[i+1]) {
				p.role = joinWords(joinSegments(appositiveSegments(segs[i+1:])))
			}
			if p.role == "" {
				for j := 0; j < len(segs); j++ {
					if j != i && startsAppositive(segs[j]) && len(segs[j]) <= 8 {
						p.role = joinWords(segs[j])
						break
					}
				}
			}
			p.gender = genderOf(p.role)
			return p
		}
	}
	last := segs[len(segs)-1]
	first := last[0].lower()
	if (first == "a" || first == "an" || first == "another" || first == "some" || first == "several" || countOfPeople(last)) && !quantityWords[last[len(last)-1].lower()] {
		return phrase{kind: phraseLabel, name: joinWords(last), gender: genderOf(joinWords(last))}
	}
	if org, ok := orgIn(last); ok {
		return phrase{kind: phraseOrg, name: org}
	}
	if lw := last[len(last)-1].lower(); first == "the" && len(last) <= 4 && IsRole(lw) {
		return phrase{kind: phraseRoleRef, name: joinWords(last), role: lw, gender: genderOf(lw)}
	}
	if first == "the" && len(last) <= 3 && orgNouns[last[len(last)-1].lower()] {
		return phrase{kind: phraseOrgRef, name: joinWords(last)}
	}
	// "Mrs. Clinton's campaign", "Trump's team": a body named by whose it
	// is.
	if n := len(last); n >= 2 && n <= 5 && orgNouns[last[n-1].lower()] && last[0].capitalized() && trimPossessive(last[n-2].text) != last[n-2].text {
		return phrase{kind: phraseOrg, name: joinWords(last)}
	}
	if lw := last[len(last)-1]; len(last) <= 5 && !lw.punct && (isPluralPeople(lw.lower()) || isPeople(lw.text)) {
		return phrase{kind: phraseLabel, name: joinWords(last)}
	}
	return phrase{}
}

// nameWithRole reports a segment that is a person's name alone, or with
// the titles and role words before it ("Kevin Brady", "former Sen. Jim
// Webb"): not a phrase that ends with a name ("Following a meeting with
// Obama").
func nameWithRole(seg []word) bool {
	p, ok := personIn(seg)
	if !ok || !endsWithName(seg, p.name) {
		return false
	}
	for _, w := range seg {
		lw := w.lower()
		if w.capitalized() || w.text == "." || roleNouns[lw] || titleWords[lw] || lw == "former" || lw == "the" || lw == "of" {
			continue
		}
		return false
	}
	return true
}

// namedByWhose reports a segment that opens with a possessive and then a
// name: "Reuters' Luciana Lopez" is a person, not a role.
func namedByWhose(seg []word) bool {
	return len(seg) > 1 && trimPossessive(seg[0].text) != seg[0].text && seg[1].capitalized()
}

// opensClause reports a segment that is a clause put between a subject
// and its verb, not the subject: one opening with a lower-case -ing word
// ("hoping to surge in New Hampshire") or a relative pronoun ("who had
// failed to win"). A name in it is no speaker. ("when Mr. Buchanan
// called" is not one: the verb is the clause's own.)
func opensClause(seg []word) bool {
	f := seg[0]
	if f.capitalized() {
		return false
	}
	switch lw := f.lower(); lw {
	case "who", "whose", "which":
		return true
	default:
		// "including Trump" and "according to" name who is meant;
		// "prepared for the National Retail Federation" opens a clause.
		return strings.HasSuffix(lw, "ing") && len(lw) > 4 && lw != "including" && lw != "according" ||
			isPastForm(lw) && len(seg) > 1 && isPreposition(seg[1].lower())
	}
}

// inRelative reports a segment inside a relative clause that an earlier
// segment opens and that runs on past commas: "Paradata" in "Mr. Slinker,
// whose latest start-up, Paradata, uses big data, said".
func inRelative(segs [][]word, i int) bool {
	for j := 1; j < i; j++ {
		switch segs[j][0].lower() {
		case "who", "whose", "which":
			return true
		}
	}
	return false
}

// placeGoesOn reports a segment that goes on naming the place the one
// before it ends with, after a preposition of place: "Ohio" in "in Columbus, Ohio",
// "N.C." in "of Raleigh, N.C.,". Closed off by a comma, it is a place,
// not a speaker; "On Dec. 7 on MSNBC, Bush said" names Bush.
// affiliation reports a segment set off after a person's name that says
// where they work or come from: "of RBC Capital Markets", "from Ava".
func affiliation(prev, seg []word) bool {
	if len(seg) < 2 || seg[0].capitalized() || (seg[0].lower() != "of" && seg[0].lower() != "from") {
		return false
	}
	p, ok := personIn(prev)
	return ok && endsWithName(prev, p.name)
}

func placeGoesOn(prev, seg []word) bool {
	if len(seg) > 2 || len(prev) < 2 {
		return false
	}
	for _, w := range seg {
		if !w.capitalized() || titleWords[w.lower()] {
			return false
		}
	}
	runs := capitalRuns(prev)
	if len(runs) == 0 {
		return false
	}
	last := runs[len(runs)-1]
	if last.end != len(prev) || last.start == 0 {
		return false
	}
	switch prev[last.start-1].lower() {
	case "in", "of", "from", "near":
		return true // where someone is, not when ("on Sunday, Trump")
	}
	return false
}

// countOfPeople reports a phrase that counts people: "one woman",
// "three senators", and, short and unpunctuated, "52 percent of
// registered voters", "9 in 10 Democrats". A bare number ("49") or a
// number before another noun ("8 election") is none.
func countOfPeople(ws []word) bool {
	switch ws[0].lower() {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"dozens", "hundreds", "thousands":
		return true
	}
	if len(ws) < 2 || len(ws) > 8 || !digits(ws[0].text) {
		return false
	}
	for _, w := range ws {
		if w.punct && w.text != "%" {
			return false
		}
	}
	switch next := ws[1].lower(); next {
	case "percent", "%", "in", "of", "out":
		return true
	default:
		return isPluralPeople(next)
	}
}

// digits reports a word of digits only.
func digits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// quantityWords end a phrase that counts or measures without naming
// whom: "a few" before "questions, including" is no speaker, since the
// noun it counts was read as the verb.
var quantityWords = map[string]bool{"few": true, "lot": true, "little": true, "bit": true, "number": true}

// isPluralPeople reports nouns for groups of people ("leaders", "officials").
func isPluralPeople(w string) bool {
	switch w {
	case "leaders", "officials", "groups", "diplomats", "sources", "activists",
		"rebels", "witnesses", "residents", "analysts", "observers", "organizers",
		"sponsors", "delegates", "negotiators", "experts", "participants", "critics":
		return true
	}
	return false
}

// trimPhrase drops punctuation and adverbs from both ends.
func trimPhrase(ws []word) []word {
	for len(ws) > 0 && (ws[0].punct || ws[0].lower() == "also" || ws[0].lower() == "however" || ws[0].lower() == "meanwhile") {
		ws = ws[1:]
	}
	for len(ws) > 0 {
		w := ws[len(ws)-1]
		lw := w.lower()
		if w.punct || trailingAdverbs[lw] || (!w.capitalized() && strings.HasSuffix(lw, "ly") && len(lw) > 4) {
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return ws
}

// splitSegments cuts a phrase at commas.
func splitSegments(ws []word) [][]word {
	var segs [][]word
	start := 0
	for i, w := range ws {
		if w.punct && (w.text == "," || w.text == "(" || w.text == ")") {
			if i > start {
				segs = append(segs, ws[start:i])
			}
			start = i + 1
		}
	}
	if start < len(ws) {
		segs = append(segs, ws[start:])
	}
	if len(segs) == 0 {
		segs = [][]word{ws}
	}
	return segs
}

func joinSegments(segs [][]word) []word {
	var out []word
	for i, s := range segs {
		if i > 0 {
			out = append(out, word{text: ",", lw: ",", punct: true, q: -1})
		}
		out = append(out, s...)
	}
	return out
}

// startsAppositive reports whether a segment reads as a role: "the
// president of ...", "a spokesman for ...", "Russia's main negotiator".
func startsAppositive(seg []word) bool {
	if len(seg) == 0 {
		return false
	}
	f := seg[0].lower()
	if f == "the" || f == "a" || f == "an" || f == "one" || strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
		return true
	}
	// "refugee rights program director at Human Rights Watch": a role
	// with no article, its role noun before any name.
	for i, w := range seg {
		lw := w.lower()
		if w.capitalized() || w.punct || w.q >= 0 || commonWord(lw) || lw == "who" || lw == "whose" {
			return false // a title or a name ("former President Bill Clinton"), or a clause ("who praised the governor")
		}
		if roleNouns[lw] && !commonRoleAdjective(lw) {
			// "digital consultant Phil Musser" is a person with their role
			return i+1 == len(seg) || !seg[i+1].capitalized() || titleWords[seg[i+1].lower()]
		}
	}
	return false
}

// appositiveSegments returns the segments of a role after a name, up to
// one that neither adds to the role ("…, a super PAC allied with …") nor
// goes on with its place ("from Ava, Mo."): "president of the Brady
// Campaign" of "…, president of the Brady Campaign, which …" or "…,
// president of the Brady Campaign, live tweeted".
func appositiveSegments(segs [][]word) [][]word {
	for i, seg := range segs {
		if i > 0 && !(startsAppositive(seg) || continues(segs[i-1], seg)) {
			return segs[:i]
		}
	}
	return segs
}

// continues reports a segment that carries on the one before past its
// comma: a state after a town ("Ava, Mo."), or the rest of a number
// ("$300,000").
func continues(prev, seg []word) bool {
	last := prev[len(prev)-1]
	if digits(last.text) && digits(seg[0].text) {
		return true
	}
	if len(seg) > 3 || !last.capitalized() {
		return false
	}
	for _, w := range seg {
		if !w.capitalized() && !(w.punct && w.text == ".") || titleWords[w.lower()] {
			return false
		}
	}
	return true
}

// commonRoleAdjective reports a role word that is mostly an adjective
// before a noun ("special", "senior", "foreign"), which alone makes no
// role.
func commonRoleAdjective(w string) bool {
	switch w {
	case "special", "senior", "deputy", "foreign", "general", "prime", "chief", "head":
		return true
	}
	return false
}

// nameRun is a run of capitalised words in a phrase.
type nameRun struct {
	start, end int // word indexes, end exclusive
}

// capitalRuns finds runs of capitalised words, letting particles ("de",
// "al-") and "of" between capitals ("Secretary of State") join them.
func capitalRuns(seg []word) []nameRun {
	var runs []nameRun
	for i := 0; i < len(seg); {
		if seg[i].punct || seg[i].q >= 0 || !seg[i].capitalized() {
			i++
			continue
		}
		j := i + 1
		for j < len(seg) {
			w := seg[j]
			lw := w.lower()
			if w.punct || w.q >= 0 {
				break
			}
			if _, pronoun := pronouns[lw]; pronoun {
				break // "Washington D.C. He recalled …": a new sentence's "He"
			}
			if w.capitalized() {
				j++
				continue
			}
			if (nameParticles[lw] || lw == "of" || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-")) &&
				j+1 < len(seg) && (seg[j+1].capitalized() || strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-")) {
				j++
				continue
			}
			if strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") {
				j++
				continue
			}
			break
		}
		runs = append(runs, nameRun{i, j})
		i = j
	}
	return runs
}

// personIn finds a person's name in a segment; the words before it in the
// segment are the role. A name that ends the segment comes first, as the
// subject of a verb ends with it ("Clinton campaign spokesman Brian
// Fallon"); otherwise the first name in the segment.
func personIn(seg []word) (phrase, bool) {
	runs := capitalRuns(seg)
	if n := len(runs); n > 1 && runs[n-1].end == len(seg) && !afterOf(seg, runs[n-1].start) {
		if p, ok := personFromRun(seg, runs[n-1]); ok {
			return p, true
		}
	}
	for _, r := range runs {
		if p, ok := personFromRun(seg, r); ok {
			return p, true
		}
	}
	return phrase{}, false
}

// partyWords name a party member, as in "Republican of West Virginia".
var partyWords = map[string]bool{"republican": true, "democrat": true, "independent": true, "libertarian": true}

// afterOf reports whether the words before seg[i] are "of" or "of the":
// a name there says where someone is from ("Archbishop Aris Shirvanian
// of the Armenian Patriarchate"), and is not the speaker.
func afterOf(seg []word, i int) bool {
	if i > 0 && seg[i-1].lower() == "the" {
		i--
	}
	return i > 0 && seg[i-1].lower() == "of"
}

// personFromRun reads a person's name from one run of capitalised words.
func personFromRun(seg []word, r nameRun) (phrase, bool) {
	run := seg[r.start:r.end]
	// "Ann Lee of Harvard University": a person of two words or more,
	// then where they are from; the organisation is no part of the name.
	for j := 2; j+1 < len(run); j++ {
		if run[j].lower() == "of" && !titleWords[run[j-1].lower()] && !isOrgRun(run[:j]) && isOrgRun(run[j+1:]) {
			run, r.end = run[:j], r.start+j
			break
		}
	}
	if isOrgRun(run) && !titledPerson(run) {
		return phrase{}, false
	}
	// Strip leading titles, nationalities and sentence openers, and
	// anything before the last title in the run ("Wisconsin Gov. Jim Doyle").
	k := 0
	for k < len(run) {
		lw := run[k].lower()
		// "It's", "That's": a common word and "is", no name; nor "I'm".
		if titleWords[lw] || commonWord(lw) || commonWord(trimPossessive(lw)) || contraction(lw) || isNationality(run[k].text) || adverbForm(run[k]) {
			k++
			continue
		}
		break
	}
	// "Navy SEAL Ty Woods", "CEO Tim Cook": an acronym before a name of
	// two words or more written in mixed case is what the person is.
	for j := len(run) - 3; j >= k; j-- {
		if acronymWord(run[j].text) && !acronymWord(run[j+1].text) && !slices.ContainsFunc(run[j+1:], func(w word) bool { return !w.capitalized() }) {
			k = j + 1
			break
		}
	}
	if t := lastTitle(run); t >= k {
		k = t + 1
	}
	// "Russia's Vladimir Putin", "Ohio's John Kasich": whose the person
	// is stands before the name and is no part of it.
	for j := len(run) - 2; j >= k; j-- {
		if lw := run[j].lower(); strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			k = j + 1
			break
		}
	}
	// "Mr. King", "Dr. Bishop": after an honorific comes a surname, even
	// one that is a title word too.
	if n := len(run); k >= n && n >= 2 && titleAbbrevs[strings.TrimSuffix(run[n-2].lower(), ".")] {
		k = n - 1
	}
	// "Republican of West Virginia", "Democrat of Ohio": a lawmaker's
	// party and state, written after the name; the state is no person.
	if k >= 2 && run[k-1].lower() == "of" && partyWords[run[k-2].lower()] {
		return phrase{}, false
	}
	name := run[k:]
	// "Brown of Ohio", "Schmieding of Berenberg": a name, then where the
	// person is from. The place is no part of the name.
	for j := len(name) - 2; j >= 1; j-- {
		if name[j].lower() == "of" && !titleWords[name[j-1].lower()] {
			name = name[:j]
			break
		}
	}
	if len(name) == 0 {
		return phrase{}, false
	}
	// "a New Hampshire Democrat", "the Wisconsin Republican": a party
	// member described, not named; "in Hudson, New Hampshire Monday": a
	// place and a day.
	if last := name[len(name)-1].lower(); partyWords[last] || IsWeekday(last) {
		return phrase{}, false
	}
	// "Syrians", "Mexicans": a people, not a person.
	if len(name) == 1 && isPeople(name[0].text) {
		return phrase{}, false
	}
	// A lone word after a preposition is a place: "envoy for Syria".
	if len(name) == 1 && r.start > 0 && isPreposition(seg[r.start-1].lower()) {
		return phrase{}, false
	}
	units := nameUnits(name)
	// "ambassador to Syria Robert Ford": a place after a preposition
	// is not part of the name.
	if len(units) >= 3 && r.start > 0 && isPreposition(seg[r.start-1].lower()) && k == 0 {
		units = units[1:]
	}
	if len(units) > 3 {
		units = units[len(units)-3:]
	}
	full := trimPossessive(strings.Join(units, " "))
	if strings.EqualFold(full, "of") || len([]rune(full)) < 2 {
		return phrase{}, false
	}
	// The name is the run's tail; the words before it are the role.
	nameStart := r.end - countWords(units)
	return phrase{kind: phrasePerson, name: full, role: roleBefore(seg, nameStart)}, true
}

// titledPerson reports an organisation's title and then a person's name
// in one run: "CNN President Jeff Zucker". The name is two words or more
// after the last title, with no organisation word among them but, after
// a title of a person, a surname.
func titledPerson(run []word) bool {
	t := lastTitle(run)
	if t < 0 || len(run)-t-1 < 2 {
		return false
	}
	// "Atlantic City Mayor Don Guardian": after a person's title, a
	// first name and a surname that is also a paper's or a body's.
	byName := len(run)-t-1 == 2 && roleNouns[run[t].lower()] && !orgWords[run[t+1].lower()]
	return !isOrgRun(run[t+1:]) || byName
}

// lastTitle is the index of the last title word of a run before its last
// word ("Wisconsin Gov. Jim Doyle": Gov.), or -1. "of", "the" and "state"
// join titles ("Secretary of State") but end none.
func lastTitle(run []word) int {
	for i := len(run) - 2; i >= 0; i-- {
		if lw := run[i].lower(); titleWords[lw] && lw != "of" && lw != "the" && lw != "state" {
			return i
		}
	}
	return -1
}

// nameSuffixes follow a person's name: "Jr.", "III".
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// endsWithName reports whether the segment's last word closes the name:
// the subject of a verb ends with the speaker's name.
func endsWithName(seg []word, name string) bool {
	// "James Comey Jr.": a suffix of the name, and its dot, follow it.
	for len(seg) > 1 && (seg[len(seg)-1].text == "." || nameSuffixes[seg[len(seg)-1].lower()]) {
		seg = seg[:len(seg)-1]
	}
	if f := strings.Fields(name); len(f) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))] {
		name = strings.Join(f[:len(f)-1], " ")
	}
	last := trimPossessive(seg[len(seg)-1].text)
	if strings.HasSuffix(name, last) {
		return true
	}
	// "Sherrod Brown of Ohio", "Stephen Vladeck of the University of
	// Texas": where the person is from follows the name.
	for j := 1; j+1 < len(seg); j++ {
		if seg[j].lower() != "of" {
			continue
		}
		k := j + 1
		if seg[k].lower() == "the" && k+1 < len(seg) {
			k++
		}
		if seg[k].capitalized() && (namesToEnd(seg[k:]) || nameThenNouns(seg[k:])) && strings.HasSuffix(name, trimPossessive(seg[j-1].text)) {
			return true
		}
	}
	return false
}

// namesToEnd reports whether words are one name to the end: capitalised
// words and the joiners inside names ("University of Texas School of
// Law"), not "National Museum … on Saturday".
func namesToEnd(ws []word) bool {
	for _, w := range ws {
		switch lw := w.lower(); {
		case w.capitalized(), lw == "of", lw == "the", lw == "and", lw == "for", lw == "&":
		default:
			return false
		}
	}
	return true
}

// nameThenNouns reports whether words are a name, then one or two nouns
// in lower case that end the phrase: "New York delegation", "Clinton
// campaign staff".
func nameThenNouns(ws []word) bool {
	n := len(ws)
	for n > 0 && !ws[n-1].capitalized() && !ws[n-1].punct && ws[n-1].q < 0 {
		n--
	}
	tail := len(ws) - n
	return n > 0 && tail >= 1 && tail <= 2 && len(ws) <= 5 && namesToEnd(ws[:n]) && !isGerund(ws[len(ws)-1].lower())
}

func hasPerson(seg []word) bool {
	_, ok := personIn(seg)
	return ok
}

// opener reports a segment that opens a sentence before its subject: a
// phrase ("On Social Security,") or a word ("Likewise,").
func opener(seg []word) bool {
	return opensWithPhrase(seg) || len(seg) == 1 && sentenceOpeners[seg[0].lower()]
}

// opensWithPhrase reports a segment that opens on a gerund or a
// preposition: an opening phrase, not a clause of what was said.
func opensWithPhrase(seg []word) bool {
	return len(seg) > 1 && (isGerund(seg[0].lower()) || isPreposition(seg[0].lower()))
}

// roleNouns are words of a role that stand before a name.
var roleNouns = map[string]bool{
	"envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"negotiator": true, "adviser": true, "advisor": true, "ambassador": true,
	"minister": true, "president": true, "secretary": true, "official": true,
	"chief": true, "leader": true, "commander": true, "diplomat": true,
	"mediator": true, "representative": true, "head": true, "director": true,
	"special": true, "senior": true, "deputy": true, "foreign": true, "general": true,
	"prime": true, "chairman": true, "chairwoman": true, "activist": true,
	"senator": true, "governor": true, "congressman": true, "congresswoman": true,
	"candidate": true, "nominee": true, "businessman": true, "businesswoman": true,
	"mayor": true, "lawmaker": true, "economist": true, "lawyer": true, "judge": true,
	"analyst": true, "columnist": true, "strategist": true, "professor": true, "correspondent": true, "editor": true, "reporter": true, "founder": true, "executive": true, "manager": true, "consultant": true, "aide": true, "attorney": true, "researcher": true, "scientist": true, "expert": true, "author": true, "writer": true, "officer": true, "partner": true, "pollster": true, "historian": true, "host": true, "anchor": true, "producer": true, "owner": true, "organizer": true, "fellow": true, "member": true, "volunteer": true, "operative": true, "donor": true, "investor": true, "banker": true, "teacher": true, "student": true, "resident": true, "voter": true, "supporter": true,
}

// roleBefore returns the title words just before a name: "Secretary of
// State", "State Department spokeswoman", "U.N. envoy".
func roleBefore(seg []word, nameStart int) string {
	k := nameStart
	for k > 0 && nameStart-k < 8 {
		w := seg[k-1]
		lw := w.lower()
		if w.punct || w.q >= 0 {
			break
		}
		// "That’s Ilse Brandt": a common word and "is", no role.
		if w.capitalized() && !commonWord(lw) && !commonWord(trimPossessive(lw)) || roleNouns[lw] || titleWords[lw] ||
			lw == "to" || lw == "for" || lw == "of" {
			k--
			continue
		}
		break
	}
	for k < nameStart {
		lw := seg[k].lower()
		if lw == "to" || lw == "for" || lw == "of" || lw == "the" {
			k++
			continue
		}
		break
	}
	return joinWords(seg[k:nameStart])
}

// shownRole is a role as a speaker is shown with it: "" for one that is
// only a courtesy title ("Mr.", "Ms."), which tells the gender, kept in
// the speaker's role for that, but no office: "Tom Varga (Mr.)" says
// nothing; and without a possessive's "'s".
func shownRole(role string) string {
	// "American Action Forum’s Douglas Holtz-Eakin": whose the person is.
	role = trimPossessive(role)
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch strings.TrimSuffix(w, ".") {
		case "mr", "mrs", "ms", "miss", "mx", "messrs":
		default:
			return role
		}
	}
	return ""
}

// isPeople reports a nationality's plural, as written: "Syrians".
func isPeople(w string) bool {
	return strings.HasSuffix(w, "s") && isNationality(strings.TrimSuffix(w, "s"))
}

// contraction reports a word, folded, that joins a pronoun and a verb:
// "i'm", "we're", "they've", "he'll", "she'd".
func contraction(lw string) bool {
	lw = strings.ReplaceAll(lw, "’", "'")
	for _, suf := range []string{"'m", "'re", "'ve", "'ll", "'d"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// trimPossessive drops a final "'s": "de Mistura’s" names de Mistura.
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

func isPreposition(w string) bool {
	switch w {
	case "to", "in", "of", "from", "for", "at", "with", "on", "by":
		return true
	}
	return false
}

// nameUnits groups a name's words: particles join the next word ("de
// Mistura", "Abu Zaid"), initials the previous one ("George A.").
func nameUnits(name []word) []string {
	var units []string
	for i := 0; i < len(name); i++ {
		w := name[i].text
		lw := strings.ToLower(w)
		if nameParticles[lw] && i+1 < len(name) {
			units = append(units, w+" "+name[i+1].text)
			i++
			continue
		}
		if len(units) > 0 && isInitialish([]rune(strings.TrimSuffix(w, "."))) && strings.HasSuffix(w, ".") {
			units[len(units)-1] += " " + w
			continue
		}
		units = append(units, w)
	}
	return units
}

func countWords(units []string) int {
	n := 0
	for _, u := range units {
		n += len(strings.Fields(u))
	}
	return n
}

func isOrgRun(run []word) bool {
	for _, w := range run {
		if orgWords[w.lower()] {
			return true
		}
	}
	return false
}

// orgIn finds an organisation's name in a segment: "The Times", "the New
// York Times", "The so-called Syrian National Council".
func orgIn(seg []word) (string, bool) {
	for _, r := range capitalRuns(seg) {
		run := seg[r.start:r.end]
		if !isOrgRun(run) {
			continue
		}
		k := 0
		for k < len(run) && (run[k].lower() == "the" || run[k].lower() == "so-called") {
			k++
		}
		if k == len(run) {
			continue
		}
		name := joinWords(run[k:])
		// Keep "The" when the text gives it: "The Times", "The United States".
		if (r.start > 0 && seg[r.start-1].lower() == "the") || (k > 0 && run[0].lower() == "the") ||
			(r.start > 1 && seg[r.start-1].lower() == "so-called" && seg[r.start-2].lower() == "the") {
			name = "The " + name
		}
		return name, true
	}
	return "", false
}

// genderOf reads a gender from a role, where the text gives one: by the
// first word that gives one, the role's own noun before the words of
// another it names ("a spokesman for Mrs. Clinton" is a man's role).
func genderOf(role string) string {
	lr := " " + strings.ToLower(role) + " "
	gender, at, size := "", len(lr), 0
	for _, g := range genderMarks {
		if i := strings.Index(lr, g.mark); i >= 0 && (i < at || i == at && len(g.mark) > size) {
			gender, at, size = g.gender, i, len(g.mark) // " mrs" before " mr" at one place
		}
	}
	return gender
}

// genderMarks are the words of a role that give its holder's gender.
var genderMarks = []struct{ mark, gender string }{
	{"spokeswoman", "f"}, {" woman ", "f"}, {"chairwoman", "f"}, {" mrs", "f"}, {" ms.", "f"}, {" ms ", "f"},
	{"congresswoman", "f"}, {" her ", "f"},
	{"spokesman", "m"}, {" man ", "m"}, {"chairman", "m"}, {" mr", "m"}, {"congressman", "m"}, {" his ", "m"},
}

// Person is a person a text names, with the gender its role gives ("f",
// "m" or "").
type Person struct {
	Name, Gender string
}

// Persons lists the people a text names, in order, by the same reading
// of names and roles as attribution: organisations, titles alone and
// sentence openers are not people.
func Persons(text string) []Person {
	runes := []rune(text)
	ws := splitFrame(runes, make([]int, len(runes)+1))
	var out []Person
	seen := map[string]bool{}
	for _, seg := range splitSegments(ws) {
		for _, r := range capitalRuns(seg) {
			if r.start == 0 && seg[0].start == 0 && questionOpeners[seg[0].lower()] {
				r.start++ // "Is George A. Krol a diplomat?": the question's word is no name's
			}
			if r.start == 0 && seg[0].start == 0 && r.end-r.start == 1 || r.end <= r.start {
				continue // one capitalised word opening the text
			}
			p, ok := personFromRun(seg, r)
			if !ok || seen[p.name] || len(strings.Fields(p.name)) < 2 && r.end-r.start < 2 {
				continue
			}
			seen[p.name] = true
			out = append(out, Person{Name: p.name, Gender: genderOf(p.role)})
		}
	}
	return out
}

// questionOpeners are the words a question opens with that no name does.
var questionOpeners = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "did": true, "does": true, "do": true,
	"can": true, "could": true, "will": true, "would": true, "has": true, "have": true, "had": true,
	"who": true, "what": true, "when": true, "where": true, "why": true, "how": true, "which": true,
}

// Gender reads a gender from a role such as "spokeswoman" or "one woman":
// "f", "m" or "".
func Gender(role string) string { return genderOf(role) }

// acronymWord reports a word of two or more capital letters only: "SEAL",
// "CEO", "NFL".
func acronymWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
