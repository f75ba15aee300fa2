package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// This file holds the constraints a sentence must meet to answer: the
// question's years, numbers and names, its negation, its place in a
// sequence, and no contrary of what it asks.

// pins is what a question pins down beyond its words, read from it once
// and checked against each candidate sentence: the names the corpus as a
// whole is about (which a sentence need not say again), the numbered
// things it names ("Stage 3"), and the capitalised words that tell its
// names from others ("Spanish" in "the Spanish Parliament").
type pins struct {
	everywhere map[string]bool
	// labels are each a word and the number after it.
	labels [][2]string
	// counts are the things the question counts ("up to two months"),
	// each with its count.
	counts []counted
	names  []namePair
	// ofNames are the question's names of the form "House of Lords":
	// first is the word after "of", last the term of the word before.
	ofNames []namePair
	// namedNouns are the question's nouns a name goes before ("the
	// Astana talks"), each with its name's place among the words.
	namedNouns []namePair
	// roles are the roles the question gives for a name ("the president
	// of Turkey", "Russia's top negotiator").
	roles []roleGiven
	// owned are the question's nouns a name is given by a possessive
	// ("Obama's approval rating").
	owned []ownedNoun
	// slots are the question's pairs of capitalised words, not its first
	// ("the Free English"), for otherInSlot.
	slots []slotPair
	// namesake is true for a question on what something is named after
	// (namesakeAskedRe).
	namesake bool
	// kinds are the question's capitalised words before a noun in lower
	// case, not its first ("the English words"), for otherInSlot.
	kinds []slotPair
	// subject holds the terms of the name that does what the question
	// asks about ("Iran" in "what did Iran do on Yom Kippur?").
	subject map[string]bool
	// doer and verb are the terms of the name that does what a question
	// asks when, where, why or how long it did, and the place of the
	// verb among its words ("die" in "when did Tugh Temur die?"), or -1
	// (subjectVerb).
	doer map[string]bool
	verb int
	// thing is the question's word, by its place among its words, that
	// does what a question asks about when it is no name ("opposition"
	// in "did the opposition show up in Astana?"), or -1.
	thing int
	// topic holds the terms of the names a question asks what was said
	// about ("Geneva" in "what did the US say about Geneva?").
	topic map[string]bool
	// sayer are the words of the name a question asks what they said
	// (askedSayer: "the US" in "what does the US say about Assad?"):
	// saidBy checks it, by a quotation of one who speaks for it, so the
	// sentence need not name it ("He argued …").
	sayer []match.Word
	// supposing is true for a question that asks of a supposed case
	// (supposingAskedRe): a supposition may answer it.
	supposing bool
}

// subjectAuxRe opens a question whose name after "did" (or another
// auxiliary a verb follows) does what it asks about: "what did Iran do
// …?", "who did Britain exploit …?", "did Russia send a delegation?".
var subjectAuxRe = regexp.MustCompile(`^(?:(?i:what|how|why|when|where|who|whom|which \w+|how (?:many|much)(?: \w+){1,2})\s+)?(?i:did|does|do|will|would|could|can|has|have|had)\s+(?i:the\s+)?`)

// slotPair is two capitalised words in a row of the question, as typed,
// and the place of the second among the question's words.
type slotPair struct {
	first, next term.Token
	word        int
}

// subjectOf returns the terms of the name that does what the question
// asks about: the question's names (capitalised or not, "what did iran
// do") right after its auxiliary, followed by a word that is none, the
// verb; nil for a list ("why did GM, Ford and Chrysler …?") or none.
func subjectOf(qr match.Query) map[string]bool {
	loc := subjectAuxRe.FindStringIndex(qr.Question.Text)
	if loc == nil {
		return nil
	}
	rest := qr.Question.Text[loc[1]:]
	isName := func(t string) bool {
		return slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Term == t && w.NameLike })
	}
	out := map[string]bool{}
	for _, f := range strings.Fields(rest) {
		word := strings.TrimRight(f, "?.!")
		t := qr.Word(word)
		if t != "" && isName(t) && !strings.HasSuffix(f, ",") {
			out[t] = true
			continue
		}
		if len(out) == 0 || strings.HasSuffix(f, ",") {
			return nil // no name, or a list
		}
		return out
	}
	return nil
}

// subjectVerb returns the terms of the name right after a question's
// auxiliary and the place among its words of the verb right after that
// name, when the question asks when, where, why or how long the name
// did it and names no one else: "tugh", "temur" and "die" in "when did
// Tugh Temur die?" (a word of the name is capitalised, as typed or as
// the articles write it). verb is -1 otherwise: "who did Kerry meet?"
// may be answered by "Lavrov met Kerry".
func subjectVerb(ix *index.Index, qr match.Query) (subject map[string]bool, verb int) {
	switch qr.Question.Kind {
	case question.When, question.Where, question.Why, question.HowLong:
	default:
		return nil, -1
	}
	loc := subjectAuxRe.FindStringIndex(qr.Question.Text)
	if loc == nil {
		return nil, -1
	}
	subject = map[string]bool{}
	for _, f := range strings.Fields(qr.Question.Text[loc[1]:]) {
		word := strings.TrimRight(f, "?.!")
		t := qr.Word(word)
		if t != "" && (unicode.IsUpper([]rune(word)[0]) || ix.IsCapitalised(t)) && !strings.HasSuffix(f, ",") {
			subject[t] = true
			continue
		}
		if len(subject) == 0 || t == "" {
			return nil, -1 // no name, or no verb of its own: "where has Krol been ambassador?"
		}
		// Another name of the question may do it too: "when did Kerry
		// meet Lavrov?" is answered by "Lavrov met Kerry".
		for _, w := range qr.Words {
			if w.NameLike {
				subject[w.Term] = true
			}
		}
		return subject, slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == t && !w.NameLike })
	}
	return nil, -1
}

// asideRe finds an aside that a relative pronoun opens after a comma, up
// to the next comma: ", which was founded by Katie Packer,".
var asideRe = regexp.MustCompile(`,\s+(?:which|who|whose)\b[^,;]*`)

// timedOutsideAside reports a sentence that says a word of a "when"
// question, no name, only in an aside, and its times only outside it:
// "Our Principles PAC, which was founded by Katie Packer, launched an ad
// on Saturday" times the launch, not the founding. A "where" question
// likewise: "A photo of Ali, who died Friday at age 74, was shown on the
// screen overlooking the Court Philippe Chatrier" places the photo, not
// the death.
func timedOutsideAside(qr match.Query, text string) bool {
	var given func(string) bool
	switch qr.Question.Kind {
	case question.When:
		given = func(s string) bool { return monthOrDay.In(s) || yearRe.MatchString(s) }
	case question.Where:
		given = func(s string) bool { return namesPlace(qr, s) }
	default:
		return false
	}
	asides := asideRe.FindAllStringIndex(text, -1)
	if asides == nil {
		return false
	}
	var inside, outside strings.Builder
	last := 0
	for _, a := range asides {
		outside.WriteString(text[last:a[0]] + " ")
		inside.WriteString(text[a[0]:a[1]] + " ")
		last = a[1]
	}
	outside.WriteString(text[last:])
	if !given(outside.String()) || given(inside.String()) {
		return false
	}
	in, out := qr.TermsOf(inside.String()), qr.TermsOf(outside.String())
	return slices.ContainsFunc(qr.Words, func(w match.Word) bool {
		return !w.NameLike && w.Credit(in) >= match.CreditCorrected && w.Credit(out) < match.CreditCorrected
	})
}

// namesPlace reports a text that may name a place: a capitalised word,
// not its first, that the question does not give and that is no month or
// day.
func namesPlace(qr match.Query, text string) bool {
	for i, t := range qr.Tokenize(text) {
		if i > 0 && otherName(qr, t) {
			return true
		}
	}
	return false
}

// doneByAnother reports a sentence in which another name does the
// question's verb (subjectVerb) wherever it says it, not the subject:
// "Kusala suddenly died only four days after a banquet with Tugh Temür"
// says nothing of when Tugh Temür died. The doer is the word before the
// verb, past adverbs and auxiliaries; a sentence whose verb follows
// anything else ("Tugh Temür, who ruled until 1332, died …") is left
// alone.
func doneByAnother(qr match.Query, verb int, subject map[string]bool, text string) bool {
	if verb < 0 {
		return false
	}
	v := qr.Words[verb]
	toks := qr.Surfaces(text)
	found := false
	for i, t := range toks {
		if t.Term == "" || v.Credit([]string{qr.Word(t.Surface)}) < match.CreditCorrected {
			continue
		}
		k := i - 1
		for k >= 0 && (strings.HasSuffix(strings.ToLower(toks[k].Surface), "ly") || doerSkips[strings.ToLower(toks[k].Surface)]) {
			k--
		}
		if k < 0 || !toks[k].Capitalized || toks[k].Term == "" || term.IsStop(strings.ToLower(toks[k].Surface)) || monthOrDay.In(strings.ToLower(toks[k].Surface)) {
			// No name does it, as far as the words tell; a day or a month
			// dates it: "Trump, who on Thursday clinched …".
			return false
		}
		if slices.ContainsFunc(toks[k+1:i+1], func(t term.Token) bool { return t.AfterBreak }) {
			// "Henry IV, having recanted … Roman Catholicism, issued
			// the Edict": the name before the comma ends an aside.
			return false
		}
		// The doer's whole name, back over its capitalised words and the
		// small words between them: "Edward the Confessor returned".
		var doer []string
		first := k
		for j := k; j >= 0; j-- {
			w := toks[j]
			if w.Capitalized && w.Term != "" {
				doer, first = append(doer, qr.Word(w.Surface)), j
				continue
			}
			if j > 0 && toks[j-1].Capitalized && (quote.IsNameParticle(w.Surface) || strings.EqualFold(w.Surface, "the") || strings.EqualFold(w.Surface, "of")) {
				continue
			}
			break
		}
		var surfaces []string
		for _, t := range toks[first : k+1] {
			surfaces = append(surfaces, t.Surface)
		}
		if whole := qr.PhraseTerms(strings.Join(surfaces, " "), doer); slices.ContainsFunc(qr.Words, func(w match.Word) bool { return subject[w.Term] && w.NameCredit(whole) > 0 }) {
			return false // the subject by its name written out: "the PWF" is the Port Workers Federation
		}
		if slices.ContainsFunc(doer, func(d string) bool {
			if !identifies(d, subject) {
				return false // "II" of "Duke William II" is no "King Harold II"
			}
			return subject[d] || slices.ContainsFunc(qr.Words, func(w match.Word) bool { return subject[w.Term] && w.NameCredit([]string{d}) > 0 })
		}) {
			return false // the subject does it
		}
		found = true
	}
	return found
}

// identifies reports whether a word of a doer's name can tell the
// question's subject: a title ("King") or a Roman numeral ("II") two
// people share does not, when the subject's name has another word.
func identifies(d string, subject map[string]bool) bool {
	if !quote.IsRole(d) && !romanNumeralRe.MatchString(d) {
		return true
	}
	for t := range subject {
		if !quote.IsRole(t) && !romanNumeralRe.MatchString(t) {
			return false
		}
	}
	return true
}

// romanNumeralRe is a Roman numeral as a name's number, in lower case
// as terms are: "ii", "xiv".
var romanNumeralRe = regexp.MustCompile(`(?i)^` + romanPattern + `$`)

// doerSkips are the words between a doer and its verb that say nothing of
// who does it: auxiliaries, negations, "then", "also".
var doerSkips = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"would": true, "will": true, "could": true, "did": true, "does": true, "not": true, "never": true,
	"then": true, "also": true, "later": true, "soon": true, "finally": true, "eventually": true, "himself": true, "herself": true,
}

// thingOf returns the place among a yes-no question's words of the word
// right after its auxiliary (and "the") when it is no name and more
// words follow it: "opposition" in "did the opposition show up in
// Astana?"; -1 when there is none. Other questions are left alone: their
// word after the auxiliary is as often no subject ("when did the first
// bible appear?", "what can often be predicted?").
func thingOf(qr match.Query) int {
	loc := subjectAuxRe.FindStringIndex(qr.Question.Text)
	if loc == nil || !qr.Question.YesNo {
		return -1
	}
	fs := strings.Fields(qr.Question.Text[loc[1]:])
	if len(fs) < 2 || strings.ContainsAny(fs[0], ",?.!") || question.Ordinal(fs[0]) > 0 || question.IsNumberWord(fs[0]) {
		return -1
	}
	t := qr.Word(fs[0])
	k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == t })
	if t == "" || k < 0 || qr.Words[k].NameLike || qr.Words[k].Name || len(qr.Words[k].Alts) == 0 {
		return -1
	}
	return k
}

// otherNameOpening returns the term of a sentence's first word when it
// is a word of a name that the question does not give, or else of the
// first word after an opening phrase set off by a comma ("Entering the
// final contests, Clinton leads …"); "" when neither is.
func otherNameOpening(ix *index.Index, qr match.Query, text string) string {
	toks := qr.Surfaces(text)
	if t := otherNameAt(ix, qr, toks, 0); t != "" {
		return t
	}
	// The opening phrase ends at a comma, not at a quotation mark
	// ("“Your comment about ‘Second Amendment people’ …" opens with no
	// name).
	head, _, ok := strings.Cut(text, ",")
	if !ok {
		return ""
	}
	k := len(qr.Surfaces(head))
	if k == 0 || k > maxOpeningPhrase || k >= len(toks) {
		return ""
	}
	for _, t := range toks[1:k] {
		if t.Capitalized && t.Term != "" && !monthOrDay.In(strings.ToLower(t.Surface)) {
			// A name in the opening phrase may be the subject's ("In
			// Trump's words, …"), or the phrase a clause of its own
			// ("Even before Washington returned, …"); a month's is no
			// name ("Entering the contests in June, Clinton leads …").
			return ""
		}
	}
	return otherNameAt(ix, qr, toks, k)
}

// maxOpeningPhrase is the most words an opening phrase before a
// sentence's subject holds, for otherNameOpening.
const maxOpeningPhrase = 8

// otherNameAt returns the term of word i of toks when it is a word of a
// name that the question does not give, else "".
func otherNameAt(ix *index.Index, qr match.Query, toks []term.Token, i int) string {
	if i >= len(toks) || !toks[i].Capitalized {
		return ""
	}
	t := qr.Word(toks[i].Surface)
	if t == "" || qr.InQuestion(toks[i].Surface) {
		return ""
	}
	// A word the articles capitalise mid-sentence, or the first of two
	// capitalised words ("Omar Ali, …").
	if ix.IsCapitalised(t) || i+1 < len(toks) && toks[i+1].Capitalized && toks[i+1].Term != "" {
		return t
	}
	return ""
}

// pronounLeads reports whether text says a pronoun before any name
// other than its first word, so that the pronoun points back out of the
// sentence: "He then sent …", not "The State Department said it …".
func pronounLeads(qr match.Query, text string) bool {
	for i, t := range qr.Surfaces(text) {
		if pronouns.In(t.Surface) {
			return true
		}
		if i > 0 && t.Capitalized && t.Term != "" {
			return false
		}
	}
	return false
}

// sayTopicRe finds what a question asks was said about: "what did the
// US say about Geneva?", "what did Trump tweet about Jeb?".
var sayTopicRe = regexp.MustCompile(`(?i)\b(?:` + question.SayVerbs + `|says|think|thinks|thought)\s+(?:\w+\s+)?(?:about|of|on|regarding)\s+(.+)$`)

// sayTopicOf returns the terms of the names a question asks what someone
// said about; nil for none.
func sayTopicOf(qr match.Query) map[string]bool {
	var out map[string]bool
	for _, i := range sayTopicWords(qr, nil, nil) {
		if w := qr.Words[i]; w.NameLike && len(w.NameAlts) > 0 {
			if out == nil {
				out = map[string]bool{}
			}
			out[w.Term] = true
		}
	}
	return out
}

// counted is a count and the index term of the noun it counts.
type counted struct {
	n    int
	noun string
}

// countsIn returns the counts a text gives nouns: "two months", "3
// delegations"; "one" as a pronoun ("one cannot") counts no noun.
func countsIn(text string) []counted {
	toks := term.Tokenize(text)
	var out []counted
	for i := 0; i < len(toks); i++ {
		if n, ok := timesCount[strings.ToLower(toks[i].Surface)]; ok {
			out = append(out, counted{n, timesTerm}) // "twice" is "two times"
			continue
		}
		if i+1 < len(toks) {
			if n, ok := question.CountValue(toks[i].Surface); ok && toks[i+1].Term != "" && !term.IsNumber(toks[i+1].Surface) {
				out = append(out, counted{n, toks[i+1].Term})
			}
		}
	}
	return out
}

// timesCount are the words that count times by themselves; "once" is as
// often "formerly".
var timesCount = map[string]int{"twice": 2, "thrice": 3}

// timesTerm is the term of "times".
var timesTerm = term.Word("times")

// recountsOther reports a text that counts a noun the question counts
// ("up to two months") with another count, and never with the
// question's: "varied by up to one month" is another span.
func recountsOther(counts []counted, text string) bool {
	if len(counts) == 0 {
		return false
	}
	given := countsIn(text)
	for _, c := range counts {
		own, other := false, false
		for _, g := range given {
			if g.noun == c.noun {
				own, other = own || g.n == c.n, other || g.n != c.n
			}
		}
		if other && !own {
			return true
		}
	}
	return false
}

// roleGiven is a role noun of the question and the name it is held for,
// given by a possessive or "of", "to" or "for" ("the president of
// Turkey", "Russia's negotiator"), or, in a question on who holds it,
// by the name before it ("the Turkish negotiator"), each by its place
// among the question's words.
type roleGiven struct {
	role, word int
	// marked is false for a name before the role that nothing marks as
	// whose it is ("the Turkish negotiator"): a sentence may name the
	// holder without the role, but not give it to another.
	marked bool
	// before is true for a name typed before the role beside one after
	// it ("the American envoy to Syria"): only the name a sentence
	// writes before its role is compared ("the UN special envoy for
	// Syria" is another's; "the envoy to Syria" may be the American).
	before bool
}

// namePair is a capitalised word of the question before a name's last
// word: the word as typed, its place among the question's words, and the
// last word's term.
type namePair struct {
	first term.Token
	word  int
	last  string
}

// newPins reads what the question pins down (see pins).
func newPins(ix *index.Index, qr match.Query) pins {
	p := pins{everywhere: corpusTopics(ix, qr)}
	for _, m := range labelsIn(qr.Question.Text) {
		if _, month := document.Month(m[0]); month || term.IsStop(strings.ToLower(m[0])) {
			continue // "October 9" is a date
		}
		p.labels = append(p.labels, m)
	}
	p.counts = countsIn(qr.Question.Text)
	p.namesake = qr.Asks(namesakeAskedRe)
	p.supposing = qr.Asks(supposingAskedRe)
	p.subject = subjectOf(qr)
	p.doer, p.verb = subjectVerb(ix, qr)
	p.thing = -1
	if p.subject == nil {
		p.thing = thingOf(qr)
	}
	p.topic = sayTopicOf(qr)
	p.sayer = askedSayer(ix, qr)
	qt := qr.Tokenize(qr.Question.Text)
	p.owned = ownedNouns(qr, qt)
	for i := 0; i+1 < len(qt); i++ {
		// A name the question gives before another word: another name's
		// last word ("the Spanish Parliament"), or a noun ("the Astana
		// talks").
		first, next := qt[i], qt[i+1]
		if i > 0 && first.Term != "" && next.Term != "" && first.Capitalized && next.Capitalized && !term.IsNumber(next.Term) {
			if k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == next.Term }); k >= 0 {
				p.slots = append(p.slots, slotPair{first: first, next: next, word: k})
			}
		}
		if i > 0 && first.Term != "" && next.Term != "" && first.Capitalized && !next.Capitalized && !term.IsNumber(first.Term) && !term.IsNumber(next.Term) {
			// "the English words": a noun whose kind a capitalised word
			// before it gives (otherInSlot).
			if k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == first.Term && w.NameLike }); k >= 0 {
				p.kinds = append(p.kinds, slotPair{first: first, next: next, word: k})
			}
		}
		if first.Term == "" || next.Term == "" || p.everywhere[first.Term] {
			continue
		}
		k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == first.Term })
		if k < 0 || !qr.Words[k].NameLike {
			continue
		}
		pair := namePair{first: first, word: k, last: asWritten(qr, next.Term)}
		if i > 0 && first.Capitalized && next.Capitalized && strings.Contains(qr.Question.Text, first.Surface+" "+next.Surface) {
			p.names = append(p.names, pair)
		}
		if !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Term == next.Term && w.NameLike }) &&
			strings.Contains(strings.ToLower(qr.Question.Text), strings.ToLower(first.Surface+" "+next.Surface)) {
			p.namedNouns = append(p.namedNouns, pair)
		}
	}
	for i := 0; i+2 < len(qt); i++ {
		// "the talks in Astana" names its noun as "the Astana talks"
		// does.
		noun, in, place := qt[i], qt[i+1], qt[i+2]
		if noun.Term == "" || noun.Capitalized && i > 0 || !strings.EqualFold(in.Surface, "in") && !strings.EqualFold(in.Surface, "at") || place.Term == "" || p.everywhere[place.Term] {
			continue
		}
		k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == place.Term })
		if k >= 0 && qr.Words[k].NameLike && !slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Term == noun.Term && w.NameLike }) {
			p.namedNouns = append(p.namedNouns, namePair{first: place, word: k, last: asWritten(qr, noun.Term)})
		}
	}
	for i := 1; i+2 < len(qt); i++ {
		// "the House of Lords": the word after "of" tells it from the
		// House of Commons.
		head, of, tail := qt[i], qt[i+1], qt[i+2]
		if !head.Capitalized || head.Term == "" || !strings.EqualFold(of.Surface, "of") || !tail.Capitalized || tail.Term == "" || p.everywhere[tail.Term] {
			continue
		}
		if k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == tail.Term }); k >= 0 {
			p.ofNames = append(p.ofNames, namePair{first: tail, word: k, last: head.Term})
		}
	}
	named := namesCapitalised(qr, qt)
	for i, t := range qt {
		if t.Term == "" || !nounHead(qt, i) {
			continue
		}
		w := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == t.Term })
		if w < 0 {
			continue
		}
		// A role the articles never write ("the head of the FSA") is
		// still the role asked about: a spokesman is no head.
		unwritten := !qr.Words[w].Known && question.IsRoleNoun(t.Surface)
		if !unwritten && (len(qr.Words[w].Alts) == 0 || qr.Words[w].Alts[0].Credit < match.CreditCorrected ||
			!question.IsRoleHead(qr.Words[w].Alts[0].Term) || qr.Words[w].Alts[0].Credit == 1 && !question.IsRoleNoun(t.Surface)) {
			// A role as the corpus writes it: "presidnet" is "president";
			// "took command of the French" gives no one a role.
			continue
		}
		ats := question.AttachedTo(named, i)
		// A name the role is given for by a possessive or "of", "to" or
		// "for"; else, in a question on who holds it, the one before it:
		// "the Turkish negotiator" is Turkey's. Beside a name after it,
		// the one before says whose the role is: "the American envoy to
		// Syria" is not the UN's envoy to Syria.
		marked := slices.ContainsFunc(ats, func(a question.Attachment) bool { return a.Marked })
		for _, at := range ats {
			k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == at.Term })
			if k < 0 || !qr.Words[k].NameLike || len(qr.Words[k].NameAlts) == 0 {
				continue
			}
			switch {
			case at.Marked || !marked && qr.Question.Kind == question.Who:
				p.roles = append(p.roles, roleGiven{role: w, word: k, marked: at.Marked})
			case at.Before && marked:
				p.roles = append(p.roles, roleGiven{role: w, word: k, before: true})
			}
		}
	}
	return p
}

// namesCapitalised returns the question's tokens with the names it
// types in lower case capitalised, as the articles write them: "the
// american envoy" reads as "the American envoy".
func namesCapitalised(qr match.Query, qt []term.Token) []term.Token {
	out := slices.Clone(qt)
	for i, t := range out {
		if t.Term != "" && !t.Capitalized && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Term == t.Term && w.NameLike }) {
			out[i].Capitalized = true
		}
	}
	return out
}

// asWritten returns the term the articles write for a question word's
// term t: its correction when the question misspelt it ("tlaks" is
// "talks"), else t itself.
func asWritten(qr match.Query, t string) string {
	if k := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == t }); k >= 0 {
		if a := qr.Words[k].Alts; len(a) > 0 && a[0].Term != t && a[0].Credit >= match.CreditCorrected && a[0].Credit < 1 {
			return a[0].Term
		}
	}
	return t
}

// nounHead reports whether ts[i] ends its noun phrase: no word in lower
// case that carries a topic follows it ("top" in "top negotiator" is
// not the role).
func nounHead(ts []term.Token, i int) bool {
	return i+1 >= len(ts) || ts[i+1].Term == "" || ts[i+1].Capitalized
}

// roleMisplaced reports a sentence that gives a role the question asks
// about only for names other than the question's ("Syrian President
// Bashar al-Assad" for "the president of Turkey", "Veltra's envoy" for
// "Oslo's envoy"), or, when the question asks who holds the role, does
// not name the role at all.
func roleMisplaced(qr match.Query, roles []roleGiven, text string) bool {
	if len(roles) == 0 {
		return false
	}
	st := qr.Tokenize(text)
	for _, r := range roles {
		role := qr.Words[r.role]
		own, other, named := false, false, false
		lead := question.IsLeadRole(role.Surface)
		for i, t := range st {
			asRole := t.Term != "" && (role.Credit([]string{t.Term}) >= match.CreditRelated || question.AreEnvoys(role.Surface, t.Surface)) && (question.IsRoleNoun(t.Surface) || quote.IsRole(t.Surface))
			if !asRole && !(lead && question.SaysLeads(t.Surface)) {
				continue // "negotiations" and "talks" name no negotiator
			}
			// The words of one name after "of" count as one: "the
			// Scottish Conservatives" is the question's "Conservatives".
			var theirs, others bool
			for _, at := range question.AttachedTo(st, i) {
				if r.before && !at.Before {
					continue
				}
				if qr.Words[r.word].NameCredit([]string{at.Term}) > 0 {
					theirs = true
				} else {
					others = true
				}
			}
			if !asRole {
				// "the head of the council" is its president, or the one
				// who chaired it; another's president says nothing of it.
				if question.IsLeadRole(t.Surface) && !theirs {
					continue
				}
				named, own = true, true
				continue
			}
			named = true
			own = own || theirs
			other = other || others && !theirs
		}
		if !own && other || !named && r.marked && qr.Question.Kind == question.Who {
			return true
		}
	}
	return false
}

// ownedNoun is a noun the question gives a name by a possessive: the
// name's place among the question's words, and the term of the noun that
// ends the phrase ("rating" of "Obama's approval rating"). A noun given
// by "his" or "her" has that word for owner, and no place.
type ownedNoun struct {
	owner   int
	pronoun string
	head    string
}

// ownedNouns reads the question's nouns given a name, "his" or "her" by
// a possessive, past up to two words in lower case: "Obama's approval
// rating", "her running mate".
func ownedNouns(qr match.Query, qt []term.Token) []ownedNoun {
	var out []ownedNoun
	for i, t := range qt {
		surface := term.WithoutPossessive(t.Surface)
		pronoun := genderedPossessive(t.Surface)
		if (t.Term == "" || surface == t.Surface) && pronoun == "" {
			continue
		}
		k := -1
		if pronoun == "" {
			k = slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == qr.Word(surface) && w.NameLike && len(w.NameAlts) > 0 })
		}
		j := i + 1
		for j < len(qt) && j <= i+3 && qt[j].Term != "" && !qt[j].Capitalized && !term.IsNumber(qt[j].Term) {
			j++
		}
		if (k >= 0 || pronoun != "") && j > i+1 {
			out = append(out, ownedNoun{owner: k, pronoun: pronoun, head: qt[j-1].Term})
		}
	}
	return out
}

// genderedPossessive returns "his" or "her" for those words, in any
// case, and "" for any other.
func genderedPossessive(w string) string {
	switch lw := strings.ToLower(w); lw {
	case "his", "her":
		return lw
	}
	return ""
}

// ownedByOther reports a sentence that gives a noun the question gives
// a name by a possessive only to other names, by theirs: "Bush's
// approval rating" does not answer "what was Obama's approval rating?".
// Names joined by "and" share the possessive ("Clinton and Trump's
// ratings"). A noun the question gives by "her" is not met by "his"
// alone, nor the other way round: "drop out in favor of his running
// mate" does not say whom she picked as her running mate.
func ownedByOther(qr match.Query, owned []ownedNoun, text string) bool {
	if len(owned) == 0 {
		return false
	}
	st := qr.Tokenize(text)
	for _, o := range owned {
		own, other := false, false
		for i, t := range st {
			if t.Term != o.head {
				continue
			}
			for k, skipped := i-1, 0; k >= 0 && skipped <= 2; k-- {
				s := st[k]
				if p := genderedPossessive(s.Surface); p != "" {
					if o.pronoun == p {
						own = true
					} else if o.pronoun != "" {
						other = true
					}
					break
				}
				surface := term.WithoutPossessive(s.Surface)
				if surface != s.Surface {
					if o.pronoun != "" {
						own = true // "Clinton's running mate" may be hers
						break
					}
					if !s.Capitalized {
						break // "the party's rating": no name's
					}
					owners := []string{qr.Word(surface)}
					if k >= 2 && strings.EqualFold(st[k-1].Surface, "and") && st[k-2].Capitalized {
						owners = append(owners, st[k-2].Term)
					}
					if qr.Words[o.owner].NameCredit(owners) > 0 {
						own = true
					} else {
						other = true
					}
					break
				}
				if s.Term == "" || s.Capitalized {
					break
				}
				skipped++
			}
		}
		if other && !own {
			return true
		}
	}
	return false
}

// meetsConstraints reports whether a sentence, read with its neighbours
// and headline, is about what the question pins down: its years and
// numbers, the names it asks about, and a negation it asks about.
func meetsConstraints(ix *index.Index, qr match.Query, p *pins, text string, sentTerms []string, prevText, nextText string, ctx [][]string, referred func() [][]string) bool {
	near := text + " " + prevText
	for _, y := range qr.Question.Years {
		if !strings.Contains(near, y) {
			return false
		}
		if !strings.Contains(text, y) && question.GivesYear(text) {
			return false // "peaked during the 1979 energy crisis" is not 1973's peak, though 1973 is near
		}
	}
	if cs := qr.Question.Centuries; len(cs) > 0 {
		// "Who invaded Scotland in the 10th century?" is not answered
		// by what happened in 1072 or in the 11th century.
		if !slices.ContainsFunc(question.TimeCenturies(near+" "+nextText), func(c int) bool { return slices.Contains(cs, c) }) {
			return false
		}
	}
	for _, d := range qr.Question.Decades {
		// "Who led Russia in the 1960's?" is answered by a time in them.
		if !question.InDecade(near+" "+nextText, d) {
			return false
		}
	}
	for _, n := range qr.Question.Numbers {
		// Small numbers are often written as words; a number in the
		// sentence before is another's: "who were the 20 people?" is not
		// answered beside "the 20 participants".
		if len(n) > 1 && !strings.Contains(strings.ReplaceAll(text, ",", ""), n) {
			return false
		}
	}
	if labelsOther(p.labels, text) || recountsOther(p.counts, text) {
		return false
	}
	if !p.supposing && supposesRe.MatchString(text) {
		return false // "Suppose that Rubio wins 20 states": no fact
	}
	if p.namesake && !namesakeRe.MatchString(text) {
		// "what city was New Rochelle named after?" asks what the name
		// comes from: "a town which they named New Rochelle" does not
		// say.
		return false
	}
	// Names must be met in the sentence, or just before it (where "he" or
	// "the city" in the sentence comes from), or in the headline, or, for
	// a sentence with a pronoun, a little further back (referred): all
	// of one name, at least half the weight of several.
	var all, met float64
	names := 0
	var further [][]string // referred, read once when needed
	furtherRead := false
	for i, w := range qr.Words {
		if !w.NameLike || len(w.NameAlts) == 0 || p.everywhere[w.Term] && !p.subject[w.Term] && !p.topic[w.Term] || !qr.Counted(i) || slices.ContainsFunc(p.sayer, func(s match.Word) bool { return s.Term == w.Term }) {
			continue
		}
		names++
		all += w.Weight
		c := 0.0
		for _, j := range qr.Alternatives(i) { // "in Astana or Geneva": either one
			o := qr.Words[j]
			c = max(c, o.NameCredit(sentTerms))
			for _, ts := range ctx[1:min(len(ctx), 3)] { // headline and the sentence before
				c = max(c, o.NameCredit(ts))
			}
			if c > 0 || referred == nil || p.subject[w.Term] && !pronounLeads(qr, text) {
				continue // the subject: "it" after "the State Department" is that
			}
			if !furtherRead {
				further, furtherRead = referred(), true
			}
			for _, ts := range further {
				c = max(c, o.NameCredit(ts))
			}
		}
		k := w.SurnameAt()
		bySurname := k >= 0 && qr.Words[k].NameCredit(sentTerms) > 0
		if bySurname {
			c = 1 // "Mr. Hartman" names Alan Hartman
		}
		if c > 0 {
			met += w.Weight
		} else if p.subject[w.Term] {
			return false // "what did Iran do on Yom Kippur?" is not what Syria did
		}
		if p.subject[w.Term] && !bySurname && !slices.ContainsFunc(qr.Alternatives(i), func(j int) bool { return qr.Words[j].NameCredit(sentTerms) > 0 }) && otherNameOpening(ix, qr, text) != "" {
			// Met only around it, the subject is not what a sentence
			// that opens with another name is about: "why does the US
			// want the opposition at Geneva?" is not answered by "George
			// Sabra … told AFP …", though the sentence before names the
			// US.
			return false
		}
		if p.topic[w.Term] && !slices.ContainsFunc(qr.Alternatives(i), func(j int) bool {
			return qr.Words[j].NameCredit(sentTerms) > 0 || len(ctx) > 1 && len(qr.Words[j].Alts) > 0 && slices.Contains(ctx[1], qr.Words[j].Alts[0].Term)
		}) {
			// What was said about Geneva names it, or its article's
			// headline does, as written: a headline on Israel is not
			// about Jerusalem. Not the sentence before.
			return false
		}
	}
	if names == 1 && met == 0 || names > 1 && met < all/2 {
		return false
	}
	if p.thing >= 0 && !pronounLeads(qr, text) && !slices.ContainsFunc(ctx[:min(len(ctx), 3)], func(ts []string) bool { return qr.Words[p.thing].Credit(ts) > 0 }) {
		// A yes-no question's subject that is no name is met too, by
		// any word that meets it, in the sentence, the headline or the
		// sentence before, or by a pronoun that opens the sentence:
		// "did the opposition show up in Astana?" is not answered by
		// the U.S. sending no one.
		return false
	}
	// The sentence before, where "it" or the name's last word alone
	// comes from, may name the other one: "… passed by the United
	// Kingdom Parliament. Under the terms of the Act, …".
	if namesAnotherOne(ix, qr, p.names, strings.TrimSpace(prevText+" "+text), ctx) || ofAnotherOne(qr, p.ofNames, text, ctx) || roleMisplaced(qr, p.roles, text) || ownedByOther(qr, p.owned, text) || aboutOtherOnes(qr, p.namedNouns, text, sentTerms) {
		return false
	}
	if otherInSlot(qr, p.slots, false, text, sentTerms) || otherInSlot(qr, p.kinds, true, text, sentTerms) || doneByAnother(qr, p.verb, p.doer, text) || timedOutsideAside(qr, text) {
		return false
	}
	if placesOtherwise(qr, text) || kinUnmet(qr, sentTerms, ctx) {
		return false
	}
	if leavesOpen(qr, text) {
		return false // "who will staff it?" is not answered by "chatter about who might staff it"
	}
	if qr.Question.Negated && !negatesTopic(qr, text) && !(qr.Question.Kind == question.Why && lossRe.MatchString(text)) {
		return false
	}
	return !saysContrary(qr, sentTerms, text)
}

// saysContrary reports a sentence that says the contrary of what the
// question asks about: its opposite word, the other order ("after" for
// "before") or the other quantity ("most" for "few"). "Who won?" is not
// answered by who lost; "did Kerry win?" is, as any yes-no question.
func saysContrary(qr match.Query, sentTerms []string, text string) bool {
	return !qr.Question.YesNo &&
		(saysOpposite(qr, sentTerms, text) || question.OtherOrder(qr.Question.Text, text) || question.OtherQuantity(qr.Question.Text, text) || otherRank(qr, text))
}

// otherRank reports a sentence that ranks what the question asks the
// top of lower down: "who is the richest man?" is not answered by "the
// 10th-richest man", nor "the largest city" by "the second largest". A
// question that gives a rank of its own is read by the ordinals'
// opposites instead (see saysOpposite).
func otherRank(qr match.Query, text string) bool {
	var superlatives []string
	for _, w := range qr.Words {
		if question.Ordinal(w.Surface) > 0 {
			return false
		}
		if len(w.Surface) > 4 && strings.HasSuffix(strings.ToLower(w.Surface), "est") && !w.NameLike && !w.Name {
			superlatives = append(superlatives, strings.ToLower(w.Surface))
		}
	}
	if len(superlatives) == 0 {
		return false
	}
	lower := strings.ToLower(text)
	for _, sup := range superlatives {
		ranked, top := false, false
		for at := strings.Index(lower, sup); at >= 0; {
			words := strings.Fields(strings.ReplaceAll(lower[max(0, at-20):at], "-", " "))
			if n := len(words); n > 0 && question.Ordinal(strings.Trim(words[n-1], ",.;:")) > 1 {
				ranked = true
			} else {
				top = true
			}
			next := strings.Index(lower[at+len(sup):], sup)
			if next < 0 {
				break
			}
			at += len(sup) + next
		}
		if ranked && !top {
			return true
		}
	}
	return false
}

// openQuestionRe finds a question the sentence leaves open: a question
// word after a word that asks or doubts ("chatter about who might staff
// such an organization", "it was not clear when the talks would resume",
// "asked why he had not …"), with up to four words before what follows
// it. A relative "who" after a name ("Krol, who served …") is no such
// question.
var openQuestionRe = regexp.MustCompile(`(?i)\b(?:about|over|unclear|clear|know|known|knows|unknown|decide|decided|deciding|undecided|determine|determined|ask|asked|asks|asking|wonder|wondered|wondering|sure|certain|uncertain|question|questions|debate|debating|discuss|discussing)\s+(who|whom|when|where|why|how|what|which)\s+((?:\S+\s+){0,4})`)

// leavesOpen reports a sentence that asks the question's own question
// rather than answering it: the question's word (who, when, …) after a
// word that asks or doubts, followed within a few words by a word of the
// question as written or by stem.
func leavesOpen(qr match.Query, text string) bool {
	wh := qr.Question.Kind.String()
	if i := strings.IndexByte(wh, ' '); i > 0 {
		wh = wh[:i] // "how many", "how long": how
	}
	if !strings.Contains(strings.ToLower(text), wh) {
		return false // most sentences: the expression is not run
	}
	for _, m := range openQuestionRe.FindAllStringSubmatch(text, -1) {
		if !strings.EqualFold(m[1], wh) {
			continue
		}
		if slices.ContainsFunc(qr.Words, func(w match.Word) bool {
			return !w.NameLike && !w.Name && w.Credit(qr.TermsOf(m[2])) >= match.CreditCorrected
		}) {
			return true
		}
	}
	return false
}

// placesOtherwise reports a sentence that places its event otherwise in a
// sequence than the question does, and nowhere as it does: "When did it
// finally happen?" is not answered by when it first did.
func placesOtherwise(qr match.Query, text string) bool {
	if len(qr.Question.Sequence) == 0 {
		return false
	}
	own, other := false, false
	toks := qr.Tokenize(text)
	for i := range toks {
		if place := question.SequencePlace(toks, i); place == "" || place == question.DatePlace && qr.Question.Kind != question.When {
			// "last week" dates an event: it answers no "first" but
			// that of when ("when did they first meet?").
			continue
		} else if slices.Contains(qr.Question.Sequence, place) {
			own = true // "the last emperor" for "the final emperor"
		} else {
			other = true
		}
	}
	return other && !own
}

// namesAnotherOne reports a sentence that gives the last word of a name
// of the question ("the Spanish Parliament") after another name ("the
// Scottish Parliament"), and the question's own word before it nowhere in
// the sentence or just before it: the sentence is about another one.
// A title before the name ("President Obama" for "Barack Obama") names
// no other.
func namesAnotherOne(ix *index.Index, qr match.Query, names []namePair, text string, ctx [][]string) bool {
	var st []term.Token
	for _, n := range names {
		first, w := n.first, qr.Words[n.word]
		if slices.ContainsFunc(ctx[:min(len(ctx), 3)], func(ts []string) bool { return w.NameCredit(ts) > 0 }) {
			continue
		}
		if st == nil {
			st = qr.Tokenize(text)
		}
		for j := 1; j < len(st); j++ {
			other := st[j-1]
			if st[j].Term != n.last || !other.Capitalized || other.Term == "" || other.Term == first.Term || j-1 == 0 ||
				strings.HasSuffix(other.Surface, ".") || quote.IsRole(other.Surface) || sameWordSpelt(other.Surface, first.Surface) ||
				!strings.Contains(text, other.Surface+" "+st[j].Surface) {
				continue // a title, a spelling of the same word ("Forth Niagara"), or not the word before
			}
			if ix.IsCapitalised(other.Term) {
				return true
			}
		}
	}
	return false
}

// ofAnotherOne reports a sentence that gives the first word of a name of
// the question's "House of Lords" with another name after its "of"
// ("the House of Commons"), and the question's own word nowhere in the
// sentence, the one before it or the headline: it is about another one.
func ofAnotherOne(qr match.Query, names []namePair, text string, ctx [][]string) bool {
	var st []term.Token
	for _, n := range names {
		w := qr.Words[n.word]
		if slices.ContainsFunc(ctx[:min(len(ctx), 3)], func(ts []string) bool { return w.Credit(ts) >= match.CreditCorrected }) {
			continue
		}
		if st == nil {
			st = qr.Tokenize(text)
		}
		for j := 0; j+2 < len(st); j++ {
			other := st[j+2]
			if st[j].Term == n.last && st[j].Capitalized && strings.EqualFold(st[j+1].Surface, "of") &&
				other.Capitalized && other.Term != "" && other.Term != n.first.Term {
				return true
			}
		}
	}
	return false
}

// aboutOtherOnes reports a sentence about other ones of a thing the
// question names by a name: "Further talks are to be held in Geneva"
// does not answer about "the Astana talks", which it does not name,
// though its article does. A clause speaks of other ones when the word
// before the thing (or the one before that) is further, other, another,
// later, future, separate, subsequent, previous or earlier; the sentence
// is about them when the question's other words it meets stand only in
// such clauses, or, meeting none, when it speaks of the thing only there.
// "Further talks are to be held in Geneva, and some observers expressed
// hopes these initial talks might help" still says what observers hope.
// A question that says one of the nine words itself is not read so.
func aboutOtherOnes(qr match.Query, named []namePair, text string, sentTerms []string) bool {
	if len(named) == 0 || otherOnes.In(qr.Question.Text) || !otherOnes.In(text) {
		return false
	}
	var clauses [][]term.Token
	for _, n := range named {
		if qr.Words[n.word].NameCredit(sentTerms) > 0 {
			continue
		}
		if clauses == nil {
			for _, c := range clauseRe.Split(text, -1) {
				clauses = append(clauses, qr.Surfaces(c))
			}
		}
		others, thing, metOther, metOwn := false, false, false, false
		for _, st := range clauses {
			other := false
			for j, t := range st {
				if t.Term == n.last && (j > 0 && otherOnes.In(st[j-1].Surface) || j > 1 && otherOnes.In(st[j-2].Surface)) {
					other = true
				}
			}
			for _, t := range st {
				switch {
				case t.Term == "" || t.Term == n.first.Term:
				case t.Term == n.last:
					thing = thing || !other
				case slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Credit([]string{t.Term}) > 0 }):
					// met as written or otherwise ("led" for "running")
					metOther, metOwn = metOther || other, metOwn || !other
				}
			}
			others = others || other
		}
		if others && (metOther && !metOwn || !metOther && !metOwn && !thing) {
			return true
		}
	}
	return false
}

// clauseRe parts a sentence's clauses: at a semicolon, or a comma before
// "and", "but", "while" or "whereas".
var clauseRe = regexp.MustCompile(`;\s+|,\s+(?:and|but|while|whereas)\s+`)

// otherOnes are the words before a noun that say its ones are not those
// spoken of before: later or earlier ones, or ones held to prepare them.
var otherOnes = newWordSet("further", "other", "another", "later", "future", "separate", "subsequent", "previous", "earlier", "preparatory", "preliminary")

// sameWordSpelt reports two spellings of one word: one word each, opening
// with at least four letters alike ("Fort" and "Forth"). Names the
// tokenizer keeps whole ("United Kingdom", "United States") differ where
// their words do.
func sameWordSpelt(a, b string) bool {
	return !strings.Contains(a, " ") && !strings.Contains(b, " ") && sharedPrefix(a, b) >= 4
}

// sharedPrefix counts the letters two words open with alike, in any case.
func sharedPrefix(a, b string) int {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// labelRe is a word and the number that follows it: "Stage 3",
// "Article 50", "day 2"; or a name and the Roman numeral that follows
// it: "Louis XV", "Elizabeth II", "Geneva II".
var labelRe = regexp.MustCompile(`\b(\p{L}+)\s+(\d+)\b|\b(\p{Lu}\p{L}*)\s+(` + romanPattern + `)\b`)

// romanPattern is a Roman numeral up to XXXIX, in capitals, as a name's
// or a label's number follows it.
const romanPattern = `(?:X{0,3})(?:IX|IV|V?I{1,3}|V|X)`

// labelsIn returns the labels (labelRe) text gives, each a word and its
// number.
func labelsIn(text string) [][2]string {
	var out [][2]string
	for _, m := range labelRe.FindAllStringSubmatch(text, -1) {
		if m[1] != "" {
			out = append(out, [2]string{m[1], m[2]})
		} else {
			out = append(out, [2]string{m[3], romanValue(m[4])})
		}
	}
	return out
}

// romanValue writes a Roman numeral in digits, so "Geneva II" and
// "geneva 2" give the same label.
func romanValue(r string) string {
	value := func(c byte) int {
		switch c {
		case 'V':
			return 5
		case 'X':
			return 10
		}
		return 1
	}
	n := 0
	for i := 0; i < len(r); i++ {
		v := value(r[i])
		if i+1 < len(r) && value(r[i+1]) > v {
			v = -v // IV, IX
		}
		n += v
	}
	return strconv.Itoa(n)
}

// labelsOther reports a text that gives a word of the question's "Stage
// 3" (labels, see pins) another number and never the question's: "Stage
// 1 takes place in committee" is about another stage.
func labelsOther(labels [][2]string, text string) bool {
	for _, m := range labels {
		own, other := false, false
		for _, t := range labelsIn(text) {
			if strings.EqualFold(t[0], m[0]) {
				if t[1] == m[1] {
					own = true
				} else {
					other = true
				}
			}
		}
		if other && !own {
			return true
		}
	}
	return false
}

// saysOpposite reports a sentence that puts the opposite of a question's
// word before the word that follows it in the question (after the one
// before it, for the question's last word), and does not put the word
// itself there: "Who wrote that imperialism is the lowest
// stage?" is not answered by "the Highest Stage of Capitalism", nor "what
// do public bill committees do?" by "Private Bill Committees consider
// ...", nor "where is Charleston, North Carolina?" by "in North America,
// in Charleston, South Carolina". An opposite elsewhere ("Emma, sister of
// Richard" for "who was Emma's brother?") is no contrary, unless it
// opposes the question's last word after no name (endsOpposed); nor is the
// passive of a verb of giving for the question's verb of getting: "was
// given command" is "took command".
func saysOpposite(qr match.Query, sentTerms []string, text string) bool {
	qs := qr.Question.Terms()
	var passive map[string]bool // read once, when a getting verb's giving is met
	var negated []string        // the sentence's negated terms, read once an opposite is met
	negRead := false
	given := func(t string) bool {
		if passive == nil {
			passive = map[string]bool{}
			for _, m := range passiveRe.FindAllStringSubmatch(text, -1) {
				passive[qr.Word(m[1])] = true
			}
		}
		return passive[t]
	}
	for _, w := range qr.Words {
		k := slices.Index(qs, w.Term) // the word's neighbours in the question, in order
		if len(w.Opposites) == 0 || k < 0 || len(qs) < 2 {
			continue
		}
		// The word that follows it, or, for the question's last word, the
		// one before it: "around the foot of what?" is not answered by
		// "around the head of the mace".
		step := 1
		if k+1 == len(qs) {
			step = -1
		}
		beside := qs[k+step]
		if step < 0 && slices.ContainsFunc(qr.Words, func(o match.Word) bool { return o.Term == beside && o.NameLike }) {
			continue // "Emma, sister of Richard" still answers "who was Emma's brother?"
		}
		opposite, same := false, false
		for j, t := range sentTerms {
			if j+step < 0 || j+step >= len(sentTerms) || sentTerms[j+step] != beside {
				continue
			}
			if slices.Contains(w.Opposites, t) && !(slices.Contains(gettingGiven[w.Term], t) && given(t)) {
				if !negRead {
					negated, negRead = term.Negated(text), true
				}
				if slices.Contains(negated, t) {
					same = true // "was not clear" is the question's "unclear"
					continue
				}
				opposite = true
			}
			if slices.ContainsFunc(w.Alts, func(a match.Alt) bool { return a.Credit >= match.CreditCorrected && a.Term == t }) {
				same = true // "did not lose the vote, but won the vote"
			}
		}
		if opposite && !same {
			return true
		}
		if step < 0 && endsOpposed(w, sentTerms) {
			return true
		}
	}
	return false
}

// endsOpposed reports a sentence that says the opposite of w, the
// question's last word, anywhere, and holds nothing that meets the word
// itself, not even a related or near word (a loose paraphrase is too
// loose to stand for it): "When was the script destroyed?" is
// not answered by the years it "was preserved", nor "how did the last
// emperor begin?" by his end. The last word is what the question asks
// of its subject, so the sentence speaks of the other event. An ordinal
// is left out: a sentence lists "first … second … lastly" in any order.
func endsOpposed(w match.Word, sentTerms []string) bool {
	if w.NameLike || question.Ordinal(w.Surface) != 0 {
		return false
	}
	has := func(t string) bool { return slices.Contains(w.Opposites, t) }
	meets := func(t string) bool {
		return slices.ContainsFunc(w.Alts, func(a match.Alt) bool { return a.Credit > match.CreditLoose && a.Term == t })
	}
	return slices.ContainsFunc(sentTerms, has) && !slices.ContainsFunc(sentTerms, meets)
}

// supposesRe opens a sentence that supposes a case rather than reports
// one: "Suppose that …", "For instance, imagine …", "Let's say …".
var supposesRe = regexp.MustCompile(`(?i)^\W*(?:(?:for (?:instance|example)|or|and|but|now|so|then),?\s+)?(?:suppose|supposing|imagine|let['’]?s say|let us say)\b`)

// supposingAskedRe finds a question that asks of a supposed case: "what
// would happen if …", "suppose …", "in that scenario".
var supposingAskedRe = regexp.MustCompile(`(?i)\b(?:if|would|suppose|supposing|imagine|scenario|hypothetical(?:ly)?)\b`)

// namesakeAskedRe finds a question on what something is named after:
// "what was New Rochelle named after?", "named for whom?"; not what a
// plan "called for".
var namesakeAskedRe = regexp.MustCompile(`(?i)\b(?:named|renamed)\s+(?:\S+\s+){0,3}?(?:after|for)\b|\bcalled\s+(?:\S+\s+){0,3}?after\b|\bnamesake\b`)

// namesakeRe finds a sentence that says what a name comes from: "named
// New Rochelle after La Rochelle", "named in honour of", "its namesake".
var namesakeRe = regexp.MustCompile(`(?i)\b(?:named|renamed|called|name|names|naming)\b(?:\s+\S+){0,6}?\s+(?:after|for|in\s+honou?r\s+of)\b|\bnamesake\b`)

// gettingGiven are, by the term of a verb of getting, the terms of the
// verbs of giving whose passive says it of their subject: one who "was
// given" something took it, one who "was sold" it bought it.
var gettingGiven = map[string][]string{
	"take": {"give"}, "receiv": {"give"}, "buy": {"sell", "sold"}, "bought": {"sell", "sold"},
	"borrow": {"lend", "lent"}, "learn": {"teach", "taught"},
}

// passiveRe finds a verb after a form of "be": "was given", "were sold".
var passiveRe = regexp.MustCompile(`(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?(\p{L}+)`)

// negationReach is how many content words after a negation may say what
// it negates ("did not arrive", "refused to attend the talks").
const negationReach = 4

// negatesTopic reports whether a text negates something the question
// speaks of (see negatesAWord), when the question's own negation does:
// "… areas that are not explicitly reserved to Westminster" does not
// answer "what parliament has no power to legislate?".
func negatesTopic(qr match.Query, text string) bool {
	if exclusion.MatchString(text) {
		// "the conquest of Europe was complete, excluding only Iberia":
		// what a sentence sets apart is what its topic does not hold, and
		// the words set apart are the answer, no word of the question.
		return true
	}
	if !negation.MatchString(text) {
		return false
	}
	if !negatesAWord(qr, qr.Question.Text) {
		return true // "what do they say they can't do?": any negation may say it
	}
	if loc := elidedNegationRe.FindStringIndex(text); loc != nil && slices.ContainsFunc(qr.TermsOf(text[:loc[0]]), func(t string) bool { return relatedToAWord(qr, t) }) {
		// "… contemplated another presidential run, but he decided not
		// to following the death of his son": what is not done is what
		// the sentence named before, the verb left out.
		return true
	}
	return negatesAWord(qr, text)
}

// elidedNegationRe is a negated infinitive whose verb is left out: "decided
// not to.", "chose not to, because …", "decided not to following …".
var elidedNegationRe = regexp.MustCompile(`(?i)\bnot\s+to(?:\s*(?:[,.;:)—–]|$)|\s+(?:after|because|since|following|given|until|when|amid|despite)\b)`)

// relatedToAWord reports a term that meets a word of the question as
// written, corrected or through WordNet (not only by a near vector).
func relatedToAWord(qr match.Query, t string) bool {
	return t != "" && slices.ContainsFunc(qr.Words, func(w match.Word) bool { return w.Credit([]string{t}) >= match.CreditRelated })
}

// negatesAWord reports whether a text negates a word of the question:
// the negating word itself ("refused", "non-Russians"), or one of the
// negationReach content words after a negation ("did not attend").
func negatesAWord(qr match.Query, text string) bool {
	meets := func(t string) bool { return relatedToAWord(qr, t) }
	for _, loc := range negation.FindAllStringIndex(text, -1) {
		start, end := loc[0], loc[1]
		for start > 0 && isWordByte(text[start-1]) {
			start-- // the whole word: "non-Russians", "can't"
		}
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
		if slices.ContainsFunc(qr.TermsOf(text[start:end]), meets) {
			return true
		}
		content := 0
		for _, t := range qr.Tokenize(text[end:]) {
			if t.Term == "" {
				continue
			}
			if meets(t.Term) {
				return true
			}
			if content++; content == negationReach {
				break
			}
		}
	}
	return false
}

// lossRe finds a reason why something is not done that says what is
// missing or cannot be: "why won't the council attend?" is answered by
// "it was impossible to carry out negotiations", "why can't Assad lead?"
// by "he has lost the legitimacy", "why can't the plane land there?" by
// "too heavy to land", though they negate no word of the question
// (negatesTopic).
var lossRe = regexp.MustCompile(`(?i)\b(impossible|lost|lack(s|ed|ing)?|loss)\b|\btoo\s+\p{L}+\s+to\b`)

var negation = regexp.MustCompile(`(?i)\b(not|never|no|none|nor|neither|without|cannot|unable|impossible|except|refus(ed|al|es|ing)|declined|failed|rejected|absent|avoid(?:ed|s|ing)?|abstain(?:ed|s|ing)?|refrain(?:ed|s|ing)?)\b|\bnon-|n['’]t\b`)

// exclusion finds the words that set something apart from what a
// sentence says of the rest: "all of Europe except Iberia".
var exclusion = regexp.MustCompile(`(?i)\b(except|excepting|excluding|apart from|other than|save for|but for)\b`)

// minKin is how near two words' vectors must be for one to stand in the
// other's place as another of its kind: English and French are at 0.63,
// South and North at 0.92, Louis and George at 0.64; a word and one it
// only goes with are further (Army and Syrian 0.35).
const minKin = 0.5

// otherInSlot reports a sentence that writes, beside the fixed word of
// one of the question's pairs, another word of the kind of the pair's
// other word, and meets that other word nowhere, not even by a related
// word ("Dynasty" for "Emperor" may name the same): it speaks of
// another one. After the first word of a name (slots, the next word
// varies): "the Free French" for "the Free English", "King George" for
// "King Louis"; before a noun (kinds, the first word varies): "the
// French words" for "the English words", "Iranian forces" for "Russian
// forces". The other is capitalised and near the question's
// word in meaning (minKin), as words of one kind are. namesAnotherOne is
// the case of another first word of a name. The pairs are read once by
// newPins; pair.word is the varying word's place among the question's
// words.
func otherInSlot(qr match.Query, pairs []slotPair, firstVaries bool, text string, sentTerms []string) bool {
	var st []term.Token
	for _, pair := range pairs {
		if qr.Words[pair.word].Credit(sentTerms) > 0 {
			continue
		}
		if st == nil {
			st = qr.Tokenize(text)
		}
		fixed, varying := pair.first, pair.next
		if firstVaries {
			fixed, varying = pair.next, pair.first
		}
		for j := 0; j+1 < len(st); j++ {
			same, other := st[j], st[j+1]
			if firstVaries {
				same, other = st[j+1], st[j]
			}
			if same.Term != fixed.Term || fixed.Capitalized && !same.Capitalized || !other.Capitalized || other.Term == "" ||
				j == 0 && firstVaries && term.IsStop(strings.ToLower(other.Surface)) ||
				qr.InQuestion(other.Surface) || sameWordSpelt(other.Surface, varying.Surface) {
				continue
			}
			if qr.Kin(varying.Term, other.Term) >= minKin {
				return true
			}
		}
	}
	return false
}
