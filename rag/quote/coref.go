package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file keeps track of the people an article names, and resolves
// "he", "she", "the senator" and sentence openers to one of them, or to
// nobody when it cannot tell.

// loweredWords collects the words a document writes starting in lower case.
func loweredWords(doc Document) map[string]bool {
	out := map[string]bool{}
	for _, s := range doc.Sentences {
		for _, f := range strings.Fields(s.Text) {
			f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
				out[f] = true
			}
		}
	}
	return out
}

// commonOpener reports a name whose first word the article also writes in
// lower case: "Sources", "Otherwise", "Looking" at a sentence's start.
func (st *docState) commonOpener(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return st.lowered[strings.ToLower(first)]
}

// introduce remembers a person who is the subject of a sentence ("Barack
// Obama spoke at the museum."), so that a later "he" can point to them
// even when they have not spoken yet. A person named only later in the
// sentence is no subject.
func (st *docState) introduce(ws []word) {
	defer st.learnFullNames(ws)
	defer st.mention(ws)
	defer st.introduceCoordinate(ws)
	st.learnFromSubjectPronoun(ws)
	k := openingClauseEnd(ws) // "While Clinton spoke, Sanders …": Sanders
	// "Washington (AFP) – Vice President Jane Doe on Monday …": the
	// subject comes after the dateline.
	dateline := datelineEnd(ws)
	k = max(k, dateline)
	for k < len(ws) && (ws[k].punct || commonCapitalized[ws[k].lower()] && !ws[k].capitalized()) {
		k++
	}
	p, end, ok := personOpening(ws, k)
	if !ok {
		return
	}
	// Every sentence opens with a capital: a lone word there ("Looking",
	// "Delegates") is a person only when the article has named them in
	// full before, or a person's title stands before it ("President
	// Obama backed her up.", not "President Obama's team was …").
	titled := personTitled(p) && end > 0 && trimPossessive(ws[end-1].text) == ws[end-1].text
	if !st.nameable(p.name) && !titled || st.commonOpener(p.name) {
		return
	}
	if k > dateline {
		st.front(ws, k)
	}
	if n := len(st.persons); n > 0 && st.persons[n-1].name == p.name {
		// Named again: "he" a few sentences on still means them.
		st.persons[n-1].at, st.persons[n-1].para = st.sent, st.para
		return
	}
	ref := speakerRef{name: p.name, role: p.role, typ: TypePerson, gender: genderOf(p.role), at: st.sent, para: st.para}
	st.remember(&ref)
}

// personTitles are the titles only a person is given before a name.
var personTitles = map[string]bool{
	"president": true, "senator": true, "sen.": true, "rep.": true, "representative": true,
	"governor": true, "gov.": true, "mayor": true, "mr.": true, "mrs.": true, "ms.": true,
	"dr.": true, "mr": true, "mrs": true, "ms": true, "dr": true, "prof.": true, "gen.": true,
	"col.": true, "lt.": true, "rev.": true, "capt.": true, "sgt.": true, "maj.": true,
	"pastor": true, "bishop": true, "judge": true, "justice": true, "congressman": true,
	"congresswoman": true, "secretary": true, "ambassador": true, "king": true, "queen": true,
	"prince": true, "pope": true,
}

// personTitled reports a name read with a person's title right before
// it: "President Obama", "Sen. Corker".
func personTitled(p phrase) bool {
	f := strings.Fields(p.role)
	return len(f) > 0 && personTitles[strings.ToLower(f[len(f)-1])]
}

// front remembers the persons named in the clause ws[:k] that opens a
// sentence before its main one, whose subject the sentence introduces.
func (st *docState) front(ws []word, k int) {
	st.fronted, st.frontedAt = st.fronted[:0], st.sent
	for _, seg := range splitSegments(ws[:k]) {
		for _, r := range capitalRuns(seg) {
			if p, ok := personFromRun(seg, r); ok {
				st.fronted = append(st.fronted, p.name)
			}
		}
	}
}

// coordinators join a main clause to the one before, after a comma: "…,
// but their neighbor Ben Grove knows …".
var coordinators = map[string]bool{"but": true, "and": true, "while": true, "whereas": true, "yet": true}

// clauseOpeners may stand before a coordinate clause subject's role: "their
// neighbor", "the mayor".
var clauseOpeners = map[string]bool{"the": true, "a": true, "an": true, "their": true, "his": true, "her": true, "its": true, "our": true, "my": true}

// introduceCoordinate remembers the person who is the subject of a main
// clause joined after a comma or a semicolon ("Ms. Brook avoids the
// election, but their neighbor Ben Grove, 83, knows what the town
// needs."): a later "he" can point to them. The subject is a name, after
// at most a determiner and a role of lower-case words, with no more than
// an aside set off by commas before a lower-case word, its verb.
func (st *docState) introduceCoordinate(ws []word) {
	for i := 1; i+1 < len(ws); i++ {
		k := 0
		switch {
		case ws[i].text == ";" && ws[i].punct:
			k = i + 1
		case ws[i].text == "," && ws[i].punct && coordinators[ws[i+1].lower()] && ws[i+1].q < 0:
			k = i + 2
		default:
			continue
		}
		if k < len(ws) && clauseOpeners[ws[k].lower()] {
			for n := k + 1; n < len(ws) && n <= k+3 && !ws[n].punct && ws[n].q < 0 && !ws[n].capitalized(); n++ {
				if n+1 < len(ws) && ws[n+1].capitalized() {
					k = n + 1
					break
				}
			}
		}
		p, end, ok := personOpening(ws, k)
		if !ok || !strings.Contains(p.name, " ") && !st.nameable(p.name) {
			continue
		}
		v := end
		if v < len(ws) && ws[v].text == "," { // an aside: ", 83,"
			for v++; v < len(ws) && v <= end+5 && ws[v].text != ","; v++ {
			}
			v++
		}
		if v >= len(ws) || ws[v].punct || ws[v].q >= 0 || ws[v].capitalized() || !verbLike(ws[v].lower()) {
			continue
		}
		ref := speakerRef{name: p.name, role: p.role, typ: TypePerson, gender: genderOf(p.role), at: st.sent, para: st.para}
		st.remember(&ref)
	}
}

// personOpening reads the person whose name opens ws[k:], up to its
// first comma, and where the name's run of capitals ends in ws.
func personOpening(ws []word, k int) (phrase, int, bool) {
	// The article a role opens with was passed over as no name.
	if k > 0 && articles[ws[k-1].lower()] {
		if p, end, ok := roleThenName(ws, k-1); ok {
			return p, end, true
		}
	}
	if k >= len(ws) || !ws[k].capitalized() || ws[k].q >= 0 {
		return phrase{}, 0, false
	}
	seg := splitSegments(ws[k:])[0]
	runs := capitalRuns(seg)
	if len(runs) == 0 || runs[0].start != 0 {
		return phrase{}, 0, false
	}
	r := runs[0]
	// "Trump senior communications adviser Jason Miller said": whose
	// adviser stands before the role, and the person after it.
	if len(runs) > 1 && roleBetween(seg[r.end:runs[1].start]) {
		r = runs[1]
	}
	p, ok := personFromRun(seg, r)
	return p, k + r.end, ok
}

// roleThenName reads a subject written as a role, then the name set off
// by commas, then the verb: "the French ambassador to the United
// Nations, Paul Delmont, uttered …".
func roleThenName(ws []word, k int) (phrase, int, bool) {
	var commas []int
	for j := k; j < len(ws) && len(commas) < 2; j++ {
		if ws[j].punct && ws[j].text != "," && ws[j].text != "." || ws[j].q >= 0 {
			return phrase{}, 0, false
		}
		if ws[j].text == "," {
			commas = append(commas, j)
		}
	}
	if len(commas) < 2 || commas[1]+1 >= len(ws) {
		return phrase{}, 0, false
	}
	role, name, next := ws[k:commas[0]], ws[commas[0]+1:commas[1]], ws[commas[1]+1]
	if len(role) == 0 || len(role) > maxAppositive || !startsAppositive(role) || namedByWhose(role) || !slices.ContainsFunc(role, lowerContentWord) ||
		len(name) == 0 || !namesToEnd(name) || next.capitalized() || next.punct || !verbLike(next.lower()) {
		return phrase{}, 0, false
	}
	p, ok := personIn(name)
	if !ok || !endsWithName(name, p.name) {
		return phrase{}, 0, false
	}
	if p.role == "" {
		p.role = joinWords(role)
	}
	return p, commas[1], true
}

// lowerContentWord reports a lower-case word that is no article or
// preposition: "master" in "the harbour master", none in "the White
// House".
func lowerContentWord(w word) bool {
	return !w.punct && w.q < 0 && startsLower(w.text) && !articles[w.lower()] && !isPreposition(w.lower())
}

// roleBetween reports the words between two runs of capitals that are a
// role, as in "Amnesty International spokesman Eric Ferrero": at most
// three lower-case words, the last a role word.
func roleBetween(ws []word) bool {
	if len(ws) == 0 || len(ws) > 3 || !IsRole(ws[len(ws)-1].lower()) {
		return false
	}
	for _, w := range ws {
		if w.punct || w.q >= 0 || !startsLower(w.text) || !verbLike(w.lower()) || copulas[w.lower()] {
			return false // "Florent Groberg is a former U.S. Army captain": no role between
		}
	}
	return true
}

// copulas join a subject to what it is: "Groberg is a former captain".
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "becomes": true, "became": true}

// verbLike reports a lower-case word that may be the verb after a
// clause's subject: no function word that would make the name another
// part of the clause ("and Ben Grove of the union").
func verbLike(w string) bool {
	switch w {
	case "of", "and", "or", "to", "in", "for", "with", "from", "at", "on", "by", "as", "the", "a", "an", "who", "whom", "whose", "which", "that":
		return false
	}
	return true
}

// subjectBefore is the person the sentence's main clause opens with,
// before word v, or none. As in introduce, a lone word there ("Ports
// are …") is a person only when the article has named them in full
// before.
func (st *docState) subjectBefore(ws []word, v int) phrase {
	// "If Trump loses, he said he would …": the main clause's subject.
	if k := subordinateEnd(ws); k > 0 && k < v {
		ws, v = ws[k:], v-k
	}
	ph, ok := sentenceSubject(ws, v)
	if !ok || ph.kind != phrasePerson || !st.nameable(ph.name) {
		return phrase{}
	}
	return ph
}

// nameable reports a name the article can mean by it: two words or
// more, or one word it has named, or written after another capital,
// before.
func (st *docState) nameable(name string) bool {
	return strings.Contains(name, " ") || st.knows(name) || st.fullNamed[strings.ToLower(name)]
}

// subordinators open a clause that comes before a sentence's main one.
var subordinators = map[string]bool{
	"while": true, "although": true, "though": true, "whereas": true, "if": true,
	"because": true, "since": true, "as": true, "when": true, "after": true,
	"before": true, "unless": true, "until": true, "once": true, "whether": true,
}

// subordinateEnd returns where the main clause starts in a sentence that
// opens with a subordinate one, up to its comma ("While Clinton pledged
// …, Sanders insisted …"), or 0.
func subordinateEnd(ws []word) int {
	if len(ws) == 0 || !subordinators[ws[0].lower()] {
		return 0
	}
	for i, w := range ws {
		if w.q >= 0 {
			continue // "… calling it ''strong'' when …": a comma quoted is none of the clause's
		}
		if w.text == "," {
			return i + 1
		}
	}
	return 0
}

// openingClauseEnd is subordinateEnd, or where the main clause starts
// after an opening participle's phrase ("Asked about Trump's remarks,
// Christie blamed …") or a preposition's (phraseOpeners).
func openingClauseEnd(ws []word) int {
	if k := subordinateEnd(ws); k > 0 || len(ws) == 0 {
		return k
	}
	lw := ws[0].lower()
	opening := participleOpens(ws, 0) || gerundOpens(ws) || phraseOpeners[lw]
	// "Earlier in the political season, Davis, who …, was critical",
	// "In December, she …": a phrase of time or place, unless the comma
	// closes a name ("Then Davis, who …", "In Ames, Iowa, …").
	timed := isPreposition(lw) || timeOpeners[lw]
	if !opening && !timed {
		return 0
	}
	for i, w := range ws {
		if w.q >= 0 {
			return 0
		}
		if w.text == "," {
			if !opening && i > 0 && ws[i-1].capitalized() && !isDayOrMonth(ws[i-1].lower()) {
				return 0
			}
			return i + 1
		}
	}
	return 0
}

// timeOpeners open a phrase of time before a sentence's main clause, up
// to its comma: "Earlier in the season,", "Last week,".
var timeOpeners = map[string]bool{
	"earlier": true, "later": true, "last": true, "meanwhile": true, "yesterday": true,
	"today": true, "now": true, "then": true, "once": true, "instead": true,
	"after": true, "before": true, "since": true, "until": true,
}

// gerundOpens reports a sentence that opens with a participle in -ing
// and a word in lower case: "Repeating from his speech last week, Biden
// rubbished …", "Speaking to reporters, she said …".
func gerundOpens(ws []word) bool {
	lw := ws[0].lower()
	return len(lw) > 5 && strings.HasSuffix(lw, "ing") && len(ws) > 1 && startsLower(ws[1].text)
}

// phraseOpeners open a phrase before a sentence's main clause, up to its
// comma: "Regarding Trump's rhetoric following Khizr Khan's speech,
// Woods shared her belief …".
var phraseOpeners = map[string]bool{
	"regarding": true, "concerning": true, "following": true, "despite": true, "amid": true,
	"unlike": true, "during": true, "throughout": true, "besides": true, "notwithstanding": true,
}

// learnFullNames remembers the words a sentence writes after another
// capitalised word ("Ohio Gov. John Kasich", "President Obama"): a later
// sentence opening with one alone ("Kasich took a different tack.")
// names that person, though they have not spoken.
func (st *docState) learnFullNames(ws []word) {
	for i := 1; i < len(ws); i++ {
		if ws[i].capitalized() && ws[i].q < 0 && ws[i-1].capitalized() && ws[i-1].q < 0 && !commonWord(ws[i-1].lower()) {
			st.fullNamed[trimPossessive(ws[i].lower())] = true // "Donald Trump’s detractors" names Trump
		}
	}
}

// mention remembers every person a sentence names outside quotation
// marks, as subject, object or in passing ("joined by Ana Brook"): a
// full name, or a one-word name the article has given in full before.
func (st *docState) mention(ws []word) {
	segs := splitSegments(ws)
	for i, seg := range segs {
		for _, r := range capitalRuns(seg) {
			if r.start == 0 && seg[0].start == 0 && r.end-r.start == 1 && !st.knows(seg[0].text) {
				continue // a word opening the sentence
			}
			p, ok := personFromRun(seg, r)
			if !ok || !st.nameable(p.name) {
				continue
			}
			if p.role == "" && r.end == len(seg) {
				p.role = appositiveRole(segs[i+1:])
			}
			g := st.genderOf(p.name, genderOf(p.role))
			st.mentioned = append(st.mentioned, speakerRef{name: p.name, role: p.role, gender: g, at: st.sent, para: st.para})
			st.noteSurname(p.name, g)
			st.noteFull(st.mentioned[len(st.mentioned)-1])
		}
	}
}

// maxAppositive bounds the words of a role written after a name.
const maxAppositive = 10

// appositiveRole returns the role written after a name, between commas,
// as appositiveSegments reads it, up to maxAppositive words, never into
// a quotation, and ending with its first part that is long or holds a
// role word: "the governor of New Jersey" of "Chris Christie, the
// governor of New Jersey, …", "the brusque, outspoken governor of New
// Jersey". Words that do not start as a role (", who …", ", said …") are
// none.
func appositiveRole(segs [][]word) string {
	if len(segs) == 0 || !startsAppositive(segs[0]) {
		return ""
	}
	var role []word
	for _, seg := range appositiveSegments(segs) {
		if len(role)+len(seg) > maxAppositive {
			break
		}
		if q := slices.IndexFunc(seg, func(w word) bool { return w.q >= 0 }); q >= 0 {
			role = append(role, seg[:q]...)
			break // a quotation is no role
		}
		role = append(role, seg...)
		if len(seg) > 3 || slices.ContainsFunc(seg, func(w word) bool {
			lw := w.lower()
			return roleNouns[lw] || titleWords[lw] && lw != "the" && lw != "of"
		}) {
			break
		}
	}
	return joinWords(trimPhrase(role))
}

// rivalSince reports another person named since the sentence that named
// ref, whose gender does not rule them out as "he" or "she": the pronoun
// could be either, and naming one would be a guess.
func (st *docState) rivalSince(ref speakerRef, gender string) bool {
	for i := len(st.mentioned) - 1; i >= 0 && st.mentioned[i].at >= ref.at; i-- {
		m := st.mentioned[i]
		if ref.spoke && m.at == ref.at && ref.at < st.sent {
			continue // named in what ref said: "Ann told The Courier she backs Eva Lind."
		}
		if m.at == ref.at && ref.at == st.frontedAt && !ref.spoke && slices.Contains(st.fronted, m.name) {
			continue // "When Trump spoke, Kasich differed. He said": the main clause's subject
		}
		if m.at == ref.at && st.inRoleOf(ref, m.name) {
			continue // "Tom Fitton, the president of Judicial Watch, charged …": where ref works
		}
		if m.at == ref.at && !ref.spoke && ref.gender == gender && ref.at < st.sent {
			continue // "Jackson, a consultant, voted for Obama. “…,” he said": the sentence's subject
		}
		if st.quotedName(m.name) && !st.quotedName(ref.name) {
			continue // "“Everybody is laughing at Jeb Bush,” he wrote": Bush is spoken of
		}
		if !samePerson(m.name, ref.name) && (m.gender == "" || m.gender == gender) {
			return true
		}
	}
	return false
}

// inRoleOf reports a name that the role given to ref where ref was
// named holds: "Judicial Watch" of "Tom Fitton, the president of
// Judicial Watch".
func (st *docState) inRoleOf(ref speakerRef, name string) bool {
	for _, m := range st.mentioned {
		if m.at == ref.at && m.name == ref.name && m.role != "" && strings.Contains(m.role, name) {
			return true
		}
	}
	return false
}

// spokenOfAt returns the last sentence whose quotations wrote the
// surname of name, or -1.
func (st *docState) spokenOfAt(name string) int {
	i := strings.LastIndexByte(name, ' ')
	if at, ok := st.spokenOf[strings.ToLower(name[i+1:])]; ok {
		return at
	}
	return -1
}

// quotedName reports a person whose surname the quotations of the
// sentence being read write.
func (st *docState) quotedName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return st.quoted[strings.ToLower(name[i+1:])]
}

// notNameRune separates the words of a quotation: any rune that is no
// letter, digit, apostrophe or hyphen.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
}

// Pronoun reach, in sentences.
const (
	// pronounReach is how far back the person "he" or "she" points to
	// may have been named.
	pronounReach = 3
	// rivalReach is how close before that person another who could be
	// "he" makes the pronoun ambiguous.
	rivalReach = 1
)

// pronounReferent is the person "he" or "she" points to: the latest
// person named whose gender does not disagree, named recently, with no
// other such person named just before them in the same paragraph, nor
// named at all since.
// Otherwise nobody: an unattributed quotation beats a wrong name.
func (st *docState) pronounReferent(gender string) speakerRef {
	var first speakerRef
	for i := len(st.persons) - 1; i >= 0; i-- {
		p := st.persons[i]
		if p.gender != "" && p.gender != gender {
			continue
		}
		if first.name == "" {
			if st.sent-p.at > pronounReach {
				return speakerRef{}
			}
			first = p
			continue
		}
		if p.at < first.at-rivalReach || p.para != first.para {
			break // persons are in the order they were named
		}
		if samePerson(p.name, first.name) {
			continue
		}
		if p.at == first.at && first.at < st.sent && p.spoke && !first.spoke && st.spokenOfAt(first.name) == first.at {
			// "Qadri won the crowds, Berg said. “…,” he said": one
			// named in what the other said is spoken of; "he" is the
			// one who spoke.
			first = p
			continue
		}
		if first.gender == gender && p.gender != gender {
			continue // the gender the text gave decides
		}
		return speakerRef{}
	}
	if st.rivalSince(first, gender) {
		return speakerRef{}
	}
	first.role = ""
	return first
}

// remember adds a person to those "he" and "she" may point to, with the
// gender the text gave them before, or their role now, or failing both
// their first name, or for a surname alone its full name's (genderOf).
func (st *docState) remember(ref *speakerRef) {
	if ref.gender = st.genderOf(ref.name, ref.gender); ref.gender != "" {
		st.genders[ref.name] = ref.gender
	}
	st.persons = append(st.persons, *ref)
	st.noteSurname(ref.name, ref.gender)
	st.noteFull(*ref)
	lower := strings.ToLower(ref.name)
	st.named[lower] = true
	if i := strings.LastIndexByte(lower, ' '); i >= 0 {
		st.named[lower[i+1:]] = true
	}
}

// learnFromSubjectPronoun reads a sentence whose subject is "he" or
// "she", at its start or after an opening phrase's comma, with no person
// named before it: "Groberg is a captain. But on Thursday, he spoke out
// for Clinton." The one the pronoun points to has its gender.
func (st *docState) learnFromSubjectPronoun(ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].q >= 0 {
			return // a quotation's "he" is another's
		}
		if i > 0 && ws[i-1].text != "," {
			continue
		}
		g, ok := pronouns[ws[i].lower()]
		if !ok || g != "m" && g != "f" {
			continue
		}
		if next := ws[i+1]; next.punct || !startsLower(next.text) || !verbLike(next.lower()) {
			return
		}
		for _, seg := range splitSegments(ws[:i]) {
			if hasPerson(seg) {
				return
			}
		}
		st.learnGender(st.pronounReferent(g), g)
		return
	}
}

// learnGender gives a person whose gender the text has not told the
// gender a pronoun that points to them says: "he" after "Florent
// Groberg is a captain" makes Groberg a man, and a later "he" no
// other man's.
func (st *docState) learnGender(ref speakerRef, g string) {
	if ref.name == "" || ref.typ != TypePerson || st.genderOf(ref.name, "") != "" {
		return
	}
	st.genders[ref.name] = g
	for i := range st.persons {
		if st.persons[i].name == ref.name {
			st.persons[i].gender = g
		}
	}
	for i := range st.mentioned {
		if st.mentioned[i].name == ref.name {
			st.mentioned[i].gender = g
		}
	}
	st.noteSurname(ref.name, g)
}

// givenGender is the gender the text gives a person named here: the one
// their role here gives, or the text gave them before, or their first
// name's.
func (st *docState) givenGender(name, fromRole string) string {
	switch {
	case fromRole != "":
		return fromRole
	case st.genders[name] != "":
		return st.genders[name]
	case st.nameGender != nil && strings.Contains(name, " "):
		first, _, _ := strings.Cut(name, " ")
		return st.nameGender(first)
	}
	return ""
}

// genderOf is givenGender, or for a surname alone ("Clinton" after
// "Hillary Clinton") the fuller form's.
func (st *docState) genderOf(name, fromRole string) string {
	if g := st.givenGender(name, fromRole); g != "" || strings.Contains(name, " ") {
		return g
	}
	return st.surnameGenders[strings.ToLower(name)]
}

// noteSurname remembers the gender of a full name by its last word, for
// genderOf; a surname two genders share keeps none.
func (st *docState) noteSurname(name, gender string) {
	i := strings.LastIndexByte(name, ' ')
	if gender == "" || i < 0 {
		return
	}
	last := strings.ToLower(name[i+1:])
	if g, ok := st.surnameGenders[last]; ok && g != gender {
		gender = ""
	}
	st.surnameGenders[last] = gender
}

// noteFull remembers a person's full name as the first its surname
// stands for, unless another came first, and the word before the
// surname among the given names the surname has.
func (st *docState) noteFull(ref speakerRef) {
	i := strings.LastIndexByte(ref.name, ' ')
	if i < 0 || st.nameGender == nil {
		return
	}
	first, _, _ := strings.Cut(ref.name, " ")
	if lf := strings.ToLower(first); titleWords[lf] || IsRole(lf) || commonWord(lf) || st.nameGender(first) == "" {
		return // "Understated Perez", "Rep McCaul": no first name
	}
	fs := strings.Fields(strings.ToLower(ref.name))
	last, given := fs[len(fs)-1], fs[len(fs)-2]
	if st.givenNames == nil {
		st.firstFull, st.givenNames = map[string]speakerRef{}, map[string]map[string]bool{}
	}
	if st.givenNames[last] == nil {
		st.givenNames[last] = map[string]bool{}
		st.firstFull[last] = ref
	}
	st.givenNames[last][given] = true
}

// fuller returns the full name a speaker named by surname alone may
// stand for: the first person the article gave it to in full, when their
// genders agree, or "". An article names the person it is about first
// and calls them by the surname; another who shares it is written in
// full ("Anne Marie Murphy" in a piece on Sen. Chris Murphy).
func (st *docState) fuller(ref speakerRef) string {
	if ref.typ != TypePerson || strings.Contains(ref.name, " ") {
		return ""
	}
	full, ok := st.firstFull[strings.ToLower(ref.name)]
	if !ok {
		return ""
	}
	if g := st.genderOf(full.name, ""); g != "" && ref.gender != "" && g != ref.gender {
		return ""
	}
	return full.name
}

// withFull returns q, remembering the full name fuller finds for its
// speaker ref.
func (st *docState) withFull(q Quote, ref speakerRef) Quote {
	if full := st.fuller(ref); full != "" {
		if st.fullOf == nil {
			st.fullOf = map[quoteKey]string{}
		}
		st.fullOf[keyOf(q)] = full
	}
	return q
}

// copySpeaker gives dst the speaker of src, and the full name found for
// it.
func (st *docState) copySpeaker(dst *Quote, src Quote) {
	dst.Speaker, dst.SpeakerType, dst.Role = src.Speaker, src.SpeakerType, src.Role
	if full, ok := st.fullOf[keyOf(src)]; ok {
		st.fullOf[keyOf(*dst)] = full
	} else {
		delete(st.fullOf, keyOf(*dst))
	}
}

// settleSurnames gives each quotation whose speaker is a surname alone,
// which two persons of the article share, the full name fuller found
// for it; the rest the canonicalizer names.
func (st *docState) settleSurnames(qs []Quote) {
	for k := range qs {
		if full, ok := st.fullOf[keyOf(qs[k])]; ok && len(st.givenNames[strings.ToLower(qs[k].Speaker)]) > 1 {
			qs[k].Speaker = full
		}
	}
}

// samePerson reports two forms of one person's name: "Kerry" and "John
// Kerry".
func samePerson(a, b string) bool {
	ta, tb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(ta) < len(tb) {
		ta, tb = tb, ta
	}
	return len(tb) > 0 && tokensEndWith(ta, tb)
}

// knows reports a one-word name that is, or ends, the name of a person
// the article has named before ("Obama" after "Barack Obama").
func (st *docState) knows(name string) bool {
	return st.named[strings.ToLower(name)]
}

// resolve turns a speaker phrase into a speaker, resolving pronouns and
// descriptions to the right earlier speaker, and remembers it.
func (st *docState) resolve(ph phrase) (speakerRef, bool) {
	var ref speakerRef
	switch ph.kind {
	case phrasePerson:
		ref = speakerRef{name: ph.name, role: ph.role, typ: TypePerson, gender: ph.gender, at: st.sent, para: st.para, spoke: true}
		st.remember(&ref)
	case phrasePronoun:
		switch ph.name {
		case "he", "she":
			ref = st.pronounReferent(ph.gender)
			st.learnGender(ref, ph.gender)
			// The sentence's own subject comes first, unless the text gave
			// them the other gender: "Sen. Anna Kowal scolded him: "…," she
			// said", "Ban Ki-moon condemned what he called …".
			if b := st.subject; b.name != "" {
				if g := st.genderOf(b.name, b.gender); g == ph.gender || g == "" {
					ref = speakerRef{name: b.name, role: b.role, typ: TypePerson, gender: ph.gender, at: st.sent, para: st.para}
					st.remember(&ref)
				}
			}
		case "it":
			if len(st.orgs) > 0 {
				ref = st.orgs[len(st.orgs)-1]
			}
		case "i":
			// An interview's answers are its interviewee's ("A: … I said
			// when I announced …"); elsewhere "I claim Trump is not a
			// billionaire" is the writer's, whom the article does not
			// name as a speaker, not the last one quoted.
			if st.interview {
				ref = st.last
			}
		default: // they, we
			ref = st.last
		}
		if ref.name == "" {
			st.unresolved = true
			return ref, false
		}
	case phraseOrg:
		if !strings.Contains(ph.name, " ") && st.knows(ph.name) {
			// "Guardian said" after "Mayor Don Guardian" spoke: the
			// person, though "Guardian" names a paper too.
			ref = speakerRef{name: ph.name, typ: TypePerson, gender: st.genderOf(ph.name, ""), at: st.sent, para: st.para, spoke: true}
			st.remember(&ref)
			break
		}
		ref = speakerRef{name: ph.name, typ: TypeOrg}
		st.orgs = append(st.orgs, ref)
	case phraseOrgRef:
		// "the newspaper" is the latest newspaper named; with none, the
		// description stays the label.
		ref = speakerRef{name: ph.name, typ: TypeGroup}
		for i := len(st.orgs) - 1; i >= 0; i-- {
			if OrgFits(st.orgs[i].name, ph.name) {
				ref = st.orgs[i]
				break
			}
		}
	case phraseRoleRef:
		// "the senator" is the latest person given that role; with none,
		// the description stays the label: never a guess.
		ref = speakerRef{name: ph.name, typ: TypeGroup, gender: ph.gender}
		if p, ok := st.holderOf(ph.role, qualifiers(ph.name)); ok {
			ref = p
			ref.role = ""
		}
	case phraseLabel:
		ref = speakerRef{name: ph.name, typ: TypeGroup, gender: ph.gender}
	default:
		return ref, false
	}
	st.last = ref
	return ref, true
}

// holderOf returns the person "the senator" speaks as: the latest
// person who has spoken or been a sentence's subject whose role, there
// or wherever the article named them ("the endorsement of Gov. Mike
// Pence"), holds the role word w and the words that qualify it: "the
// Florida senator" is not the Iowa one. A person named only in passing
// is none: "the president" who speaks after "golf with World Bank
// President Jim Yong Kim" is still the one the article quotes. Past a
// person whose role the article never gave, it names nobody.
func (st *docState) holderOf(w string, quals []string) (speakerRef, bool) {
	fits := func(r speakerRef, name string) bool {
		if !samePerson(r.name, name) || !roleHolds(r.role, w) {
			return false
		}
		words := strings.FieldsFunc(strings.ToLower(r.role), func(c rune) bool { return !unicode.IsLetter(c) })
		return !slices.ContainsFunc(quals, func(q string) bool { return !slices.Contains(words, q) })
	}
	known := func(name string) bool { // the article gave them some role
		for _, refs := range [][]speakerRef{st.persons, st.mentioned} {
			if slices.ContainsFunc(refs, func(r speakerRef) bool { return r.role != "" && samePerson(r.name, name) }) {
				return true
			}
		}
		return false
	}
	for i := len(st.persons) - 1; i >= 0; i-- {
		p := st.persons[i]
		for _, refs := range [][]speakerRef{st.persons[:i+1], st.mentioned} {
			if slices.ContainsFunc(refs, func(r speakerRef) bool { return fits(r, p.name) }) {
				return p, true
			}
		}
		if !known(p.name) {
			// "Rubio sought to … the senator said": one whose role the
			// article never gave may be the one; naming another who
			// holds it would be a guess.
			return speakerRef{}, false
		}
	}
	return speakerRef{}, false
}

// qualifiers returns the words of a description by role between its
// determiner and its role word, in lower case: "florida" of "the Florida
// senator"; a possessive says whose role it is, not which, and is left
// out.
func qualifiers(description string) []string {
	ws := strings.Fields(strings.ToLower(description))
	if len(ws) < 3 {
		return nil
	}
	var out []string
	for _, w := range ws[1 : len(ws)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue // "the congressman's spokesman": whose, not which
		}
		if w = strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// roleHolds reports whether a person's role holds the role word w, as
// written or abbreviated before the name: "Gov. Mike Pence" is the one
// "the governor" speaks as, "Sen. Ted Cruz" "the senator".
func roleHolds(role, w string) bool {
	role = strings.ToLower(role)
	if strings.Contains(role, w) {
		return true
	}
	for _, f := range strings.Fields(role) {
		if TitleInFull(strings.TrimSuffix(f, ".")) == w {
			return true
		}
	}
	return false
}
