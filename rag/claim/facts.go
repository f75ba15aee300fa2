package claim

// What a claim says: its names, numbers, quotations, speaker and verbs.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// facts is what a claim says that can be checked.
type facts struct {
	q       match.Query
	rd      *term.Reader // the checker's, that read the claim
	names   []name
	numbers []float64
	// outer are the names of the whole claim a clause of it was read
	// from (readClause): who says a quotation in a clause that reports
	// no speech of its own ("Kerry argued …, because Assad \"has lost
	// the legitimacy …\"").
	outer []name
	// ownNegated and ownHeads are the terms the claim's negations govern,
	// and those each governs first (term.Negated, term.NegatedHeads).
	ownNegated, ownHeads []string
	// text is the claim as written, and toks its tokens.
	text string
	toks []term.Token
	// compares is true when the claim compares two things
	// (comparesThings): a sentence must too.
	compares bool
	// units are the terms of the words that follow the claim's numbers
	// ("40 minutes", "300,000 people").
	units []string
	// measured are, by number, the units of time or measure after it
	// (measuredNumbers).
	measured map[float64][]string
	// universal is true when the claim speaks of all of something
	// ("all of the rebel groups", "always"): a sentence must too.
	universal bool
	// relTimes are the times the claim gives relative to its article's
	// date ("last week", "yesterday"), as relativeTimes reads them.
	relTimes []string
	// ages are the ages the claim gives ("54 years old", "aged 54"): a
	// sentence must give them as ages, and may by a number set off after
	// a name ("Perez, 54, is …").
	ages []string
	// exclusive is true when the claim says something is the only one
	// ("the only sponsor", "solely"): the sentences must say so too.
	exclusive bool
	// anchors are, by number, the terms just before it (anchorsOf).
	anchors map[float64][]string
	// counted are, by number, the plural noun it counts (countedNouns).
	counted map[float64]string
	quotes  []string // folded
	negated bool
	terms   []string
	// reported are the terms after the claim's first verb of speech
	// ("said the talks had been hard going"), names left out: what it
	// says someone said.
	reported []string
	// byPronoun reports a claim whose speech a pronoun reports, with no
	// name before it ("He warned that any further American effort …"):
	// the names after it are what is said, not who says it.
	byPronoun bool
	// pronoun is the pronoun that reports the speech of a byPronoun
	// claim ("He" of "He also said …"); speaker is the name right before
	// the verb of speech of a claim that names who speaks ("Kerry" of
	// "Kerry said …"), or "".
	pronoun, speaker string
	// reportedVerb is the verb after a modal in what is reported
	// ("succeed" of "said arming the rebels would succeed"), or of what
	// is going on or done ("pressuring" of "said it was pressuring"), or
	// "". reportedPerfect reports it done ("said it had persuaded").
	reportedVerb    string
	reportedPerfect bool
	// reportedSubject is the head of the subject of a modal in what is
	// reported ("attack" of "said a chemical attack could push …"), or
	// "" for a name, a pronoun or none.
	reportedSubject string
	// relations are the claim's subjects and their verbs (relations);
	// predicate is what its last name does, when a verb follows it.
	relations []relation
	predicate *relation
	// descriptions are what it says its names are across a nationality
	// (descriptions).
	descriptions []relation
	// qualified are its nouns a nationality or party qualifies
	// ("Republican leaders").
	qualified []qualified
	// ordinals are the claim's ordinals from "second" on (ordinalsIn).
	ordinals []int
	// superlatives are the terms of the bases of the claim's
	// superlatives ("larg" of "largest"; superlative).
	superlatives []string
	// reasons are the heads of the claim's reason phrases (reasonHeads),
	// and purposes its purposes (readPurposes).
	reasons  []string
	purposes []purpose
	// undone are the terms of the verbs the claim writes after "to".
	undone map[string]bool
}

// find is re.FindStringSubmatch of the claim's text, remembered: the
// claim is tested against each set of sentences it may cite with the same
// patterns.
func (f facts) find(re *regexp.Regexp) []string { return f.rd.FindSubmatch(re, f.text) }

// name is a run of capitalised words: its head is the last word's term
// ("kerri" of "Secretary John Kerry"), which a sentence must hold; words
// are the terms of all its words.
type name struct {
	surface string
	head    string
	words   []string
	// at and end are the places of its first and last word among the
	// claim's tokens.
	at, end int
	// roles are the terms of the titles in it, before its last word
	// ("presid" of "President John Kerry"), which a sentence must give.
	roles []string
	// place is true for a name after a word that places something
	// ("areas of Damascus", "in Aleppo"): the place itself, which no
	// related name (Syria for Damascus) stands for.
	place bool
	// qualifies is true for a name that, after a determiner, qualifies
	// the noun after it ("the Astana talks brought …"): the noun is the
	// subject, and the name does nothing itself.
	qualifies bool
}

// nameParticleRe finds a particle inside a name, before the name's next
// capitalised word: "al" of "Bashar al-Assad", "de" of "Staffan de Mistura".
var nameParticleRe = regexp.MustCompile(`\p{Lu}\p{L}*[\s-]+(al|el|bin|ibn|de|da|di|du|van|von|der|le|la)[\s-]+\p{Lu}`)

// readClause reads a clause of the claim whole, keeping whole's names as
// the clause's outer names when the clause reports no speech itself.
func (c *checker) readClause(text string, whole facts) facts {
	f := c.read(text)
	if len(f.reported) == 0 {
		f.outer = whole.names
	}
	return f
}

// read picks out a claim's checkable content.
func (c *checker) read(text string) facts {
	if f, ok := c.claims[text]; ok {
		return f
	}
	f := c.readOnce(text)
	if c.claims == nil {
		c.claims = map[string]facts{}
	}
	c.claims[text] = f
	return f
}

// readOnce reads a claim's checkable content (read caches it).
func (c *checker) readOnce(text string) facts {
	// "The SNC" names the Syrian National Council, as in a question, in
	// every check that reads the claim's words ("the president of the
	// SNC" gives the council's role); the quotations and numbers are
	// read as written.
	written := text
	text = c.m.ExpandAcronyms(text)
	q := question.ParseStatement(text)
	// "Kirby noted that …" says what "Kirby said that …" does: who spoke
	// is checked by name and mouth, and a plain word of speech is no
	// content the sentence must hold.
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return plainSpeech[strings.ToLower(w.Surface)] })
	// "Bashar al-Assad": a particle inside a name is part of the name,
	// no content word that a sentence naming someone else might meet.
	particles := map[string]bool{}
	for _, m := range nameParticleRe.FindAllStringSubmatch(text, -1) {
		particles[strings.ToLower(m[1])] = true
	}
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return particles[w.Surface] })
	ages := agesIn(text)
	if len(ages) > 0 {
		// "54 years old" is an age, which a sentence may give as
		// "Perez, 54,": its words are checked with the number.
		q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool { return ageWords[strings.ToLower(w.Surface)] })
	}
	if len(numbers(text)) > 0 {
		// "twenty people" is checked as the number 20, which a sentence
		// writes in digits: its words are no content words.
		q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool {
			s := strings.ToLower(w.Surface)
			return isNumberWord(s) && s != "a" && s != "an" || scaleWords[s] > 0
		})
	}
	// "the 23rd of January" is checked as the ordinal 23, which a
	// sentence may write as a day ("January 23-24").
	// "300k" is checked as the number 300,000 (numbers reads its scale).
	q.Words = slices.DeleteFunc(q.Words, func(w question.Word) bool {
		return w.Surface != "" && w.Surface[0] >= '0' && w.Surface[0] <= '9' && (digitOrdinalRe.MatchString(w.Surface) || scaledDigitsRe.MatchString(w.Surface))
	})
	// "No: Turkey and Russia remain at odds …": the answer word negates
	// nothing the claim goes on to say.
	plain := answerWordRe.ReplaceAllString(text, "")
	f := facts{q: c.m.Prepare(q), rd: c.rd, text: text, toks: c.rd.Tokenize(text), compares: comparesThings(written), numbers: numbers(written), quotes: quotations(written),
		negated: term.NegatesUncancelled(plain)}
	f.ownNegated, f.ownHeads = term.Negated(plain), term.NegatedHeads(plain)
	toks := c.rd.Tokenize(text)
	for _, t := range toks {
		switch {
		case plainSpeech[strings.ToLower(t.Surface)]:
			f.terms = append(f.terms, saidTerm) // shared with the sentence's "said"
		case t.Term != "":
			f.terms = append(f.terms, t.Term)
		}
	}
	f.units = units(text)
	if f.ages = ages; len(ages) > 0 {
		f.units = slices.DeleteFunc(f.units, func(u string) bool { return u == yearTerm })
	}
	f.ordinals = ordinalsIn(toks)
	f.measured = measuredNumbers(text)
	f.universal = universal(text)
	f.exclusive = exclusiveClaimRe.MatchString(notOnlyRe.ReplaceAllString(text, " "))
	for _, t := range toks {
		if base, ok := c.superlative(t.Surface); ok {
			f.superlatives = append(f.superlatives, base)
		}
	}
	f.relTimes = relativeTimes(text)
	f.anchors = anchorsOf(toks)
	f.counted = countedNouns(toks)
	// "No. According to the Times, …": the sentence after the answer
	// word starts at its second word.
	first := 0
	if plain != text {
		first = 1
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].Capitalized || toks[i].Term == "" || term.IsNumber(toks[i].Term) || isNumberWord(strings.ToLower(toks[i].Surface)) {
			continue // "Fourteen rebel organizations": a number, checked as one
		}
		j := i
		// A comma ends a name: "Almaty, Kazakhstan's capital" is two. A
		// particle goes on one: "Staffan de Mistura" is one.
		nameGoesOn := func(k int) bool {
			return k < len(toks) && toks[k].Capitalized && toks[k].Term != "" && !toks[k].AfterBreak
		}
		for j+1 < len(toks) && (nameGoesOn(j+1) || !toks[j+1].Capitalized && !toks[j+1].AfterBreak && quote.IsNameParticle(toks[j+1].Surface) && nameGoesOn(j+2)) {
			j++
		}
		// The first word of a sentence is capitalised anyway: it is a name
		// only when the articles write it as one, or never write it at all
		// ("China is a sponsor of the talks"), but for an opener set off
		// by a comma ("Overall, …") and an adverb WordNet knows as a word,
		// not only as a name ("Roughly 20 people took part"; not "Italy").
		if (i == 0 || i == first) && j == i && !c.ix.IsName(toks[i].Term) && (c.ix.SentenceDF(toks[i].Term) > 0 || i+1 < len(toks) && toks[i+1].AfterBreak || c.commonAdverb(toks[i]) || openingAdverbs[strings.ToLower(toks[i].Surface)] || openingPrepositions[strings.ToLower(toks[i].Surface)]) {
			continue
		}
		// "the 22nd of September": a month after "of" is a date, no place.
		n := name{surface: toks[j].Surface, head: toks[j].Term, at: i, end: j, place: i > 0 && placeWords[strings.ToLower(toks[i-1].Surface)] && !isMonth(toks[i].Surface)}
		for k := i; k <= j; k++ {
			if !toks[k].Capitalized {
				continue // the particle: the articles may write it capitalised ("De Mistura said")
			}
			n.words = append(n.words, toks[k].Term)
			if k < j && quote.IsRole(toks[k].Surface) && !honorifics[strings.ToLower(strings.TrimSuffix(toks[k].Surface, "."))] {
				n.roles = append(n.roles, toks[k].Term)
			}
		}
		n.qualifies = c.qualifiesNoun(toks, n)
		f.names = append(f.names, n)
		i = j
	}
	f.relations = relations(toks, f.names)
	f.descriptions = descriptions(toks, f.names)
	for _, n := range f.names {
		if modifies(toks, n) {
			f.qualified = append(f.qualified, qualified{n, toks[n.end+1].Term})
		}
	}
	if rel, ok := predicate(toks, f.names); ok {
		f.predicate = &rel
	}
	for i, t := range toks {
		if t.Capitalized || !reportsSpeech(strings.ToLower(t.Surface)) {
			continue
		}
		if i > 0 && quote.IsBeForm(toks[i-1].Surface) && !(i+1 < len(toks) && strings.EqualFold(toks[i+1].Surface, "that")) {
			continue // "an audio clip was posted on the Times website": no one reports
		}
		for _, r := range toks[i+1:] {
			if r.Term != "" && !r.Capitalized {
				f.reported = append(f.reported, r.Term)
			}
		}
		f.reportedVerb, f.reportedPerfect = modalVerb(toks[i+1:])
		f.reportedSubject = modalSubject(toks[i+1:])
		// "He said", "He also said", "She had repeatedly said".
		j := i - 1
		for j >= 0 && (quote.StandsBeforeSpeech(strings.ToLower(toks[j].Surface)) || c.commonAdverb(toks[j])) {
			j--
		}
		f.byPronoun = j >= 0 && reportingPronouns[strings.ToLower(toks[j].Surface)] && !slices.ContainsFunc(f.names, func(n name) bool { return n.end < i })
		if f.byPronoun {
			f.pronoun = toks[j].Surface
		} else if k := slices.IndexFunc(f.names, func(n name) bool { return n.end == j }); k >= 0 {
			f.speaker = f.names[k].surface
		}
		break
	}
	f.reasons = reasonHeads(f.text)
	f.purposes = f.readPurposes()
	f.undone = map[string]bool{}
	for _, m := range infinitiveRe.FindAllStringSubmatch(f.text, -1) {
		f.undone[term.Word(m[1])] = true
	}
	return f
}

// mostReported returns the index of the sentence, of their terms, that
// holds most of the words a claim reports someone said: what they said
// is said there.
func mostReported(f facts, terms [][]string) int {
	best, bestMet := 0, -1
	for i, ts := range terms {
		met := 0
		for _, t := range f.reported {
			if slices.Contains(ts, t) {
				met++
			}
		}
		if met > bestMet {
			best, bestMet = i, met
		}
	}
	return best
}

// modals stand before the verb of what someone said would happen.
var modals = map[string]bool{"would": true, "could": true, "will": true, "can": true, "may": true, "might": true, "should": true, "must": true, "shall": true}

// progressives and perfects are the forms of "be" and "have" before a
// verb that is going on ("was pressuring") or done ("had persuaded").
var (
	progressives = map[string]bool{"is": true, "was": true, "are": true, "were": true}
	perfects     = map[string]bool{"has": true, "had": true, "have": true}
)

// replaceWord replaces the first whole-word w of text ("he" of "Then he
// said", not of "Then") by by.
func replaceWord(text, w, by string) string {
	loc := regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).FindStringIndex(text)
	if loc == nil {
		return text
	}
	return text[:loc[0]] + by + text[loc[1]:]
}

// pastInEd reports a lower-case word that reads as a regular past form:
// five letters or more, ending in "ed" ("funded", not "red").
func pastInEd(low string) bool { return len(low) >= 5 && strings.HasSuffix(low, "ed") }

// termSet returns the index terms of words, stop words left out: the
// word lists the check reads by term ("apologized" and "apologize" alike).
func termSet(words ...string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		if t := term.Word(w); t != "" {
			out[t] = true
		}
	}
	return out
}

// qualifiesNoun reports a name after a determiner, with a word after it
// that a verb or an auxiliary follows: "the Astana talks brought the
// sides together", "the UN envoy was categorical". (In "the Kremlin
// denied reports", the word after the name is the verb.)
func (c *checker) qualifiesNoun(toks []term.Token, n name) bool {
	if n.at == 0 || !match.IsDeterminer(strings.ToLower(toks[n.at-1].Surface)) || n.end+2 >= len(toks) {
		return false
	}
	noun, next := toks[n.end+1], toks[n.end+2]
	if noun.Capitalized || noun.Term == "" || noun.AfterBreak || next.AfterBreak || next.Capitalized {
		return false
	}
	low := strings.ToLower(next.Surface)
	if quote.IsBeForm(low) || modals[low] || perfects[low] || pastInEd(low) {
		return true
	}
	// An irregular past: one the index reads as its base ("brought" as
	// "bring"), or one the lexicon gives forms of ("paid").
	return next.Term != "" && !strings.HasSuffix(low, "s") && (!strings.HasPrefix(low, next.Term) || len(c.lx.Forms(next.Term)) > 0)
}

// openingAdverbs are adverbs not in -ly that may open a claim, no names:
// "Somewhere between 300 and 400 thousand people …".
var openingAdverbs = map[string]bool{"somewhere": true, "anywhere": true, "everywhere": true, "elsewhere": true, "meanwhile": true,
	"overall": true, "instead": true, "otherwise": true, "nonetheless": true, "nevertheless": true, "altogether": true, "likewise": true,
	"today": true, "yesterday": true, "tomorrow": true, "sometimes": true, "often": true, "later": true, "earlier": true, "previously": true}

// openingPrepositions are prepositions outside the stop list that may
// open a claim, no names: "According to the Times, …", "Despite the
// plea, …".
var openingPrepositions = map[string]bool{"according": true, "despite": true, "regarding": true, "concerning": true, "following": true,
	"amid": true, "amidst": true, "including": true, "given": true, "thanks": true, "due": true, "owing": true, "prior": true,
	"contrary": true, "per": true, "unlike": true, "besides": true, "beyond": true, "within": true, "without": true, "toward": true, "towards": true}

// commonAdverb reports a word in -ly that the lexicon knows as a common
// word, not only as a name ("roughly", "reportedly"; not "Italy").
func (c *checker) commonAdverb(t term.Token) bool {
	return strings.HasSuffix(strings.ToLower(t.Surface), "ly") && c.lx.Knows(t.Term) && !c.lx.IsProperName(t.Term)
}

// modalVerb returns the term of the first word of common speech after a
// modal ("succeed" of "would succeed", "counterproductive" of "would be
// counterproductive"), or of the verb after a form of "be" or "have" that
// says it is going on ("pressuring" of "was pressuring") or done
// ("persuaded" of "had persuaded", and then perfect), or "".
func modalVerb(toks []term.Token) (verb string, perfect bool) {
	for i, t := range toks {
		aux := strings.ToLower(t.Surface)
		if !modals[aux] && !progressives[aux] && !perfects[aux] {
			continue
		}
		for _, r := range toks[i+1:] {
			if r.AfterBreak {
				return "", false
			}
			if r.Term == "" {
				continue
			}
			if r.Capitalized || term.IsNumber(r.Term) {
				return "", false
			}
			w := strings.ToLower(r.Surface)
			switch {
			case modals[aux]:
				return r.Term, false
			case progressives[aux] && strings.HasSuffix(w, "ing"):
				return r.Term, false
			case perfects[aux] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")):
				return r.Term, true
			}
			break
		}
	}
	return "", false
}

// modalSubject returns the term of the word right before the first modal
// of toks, when it is a common noun in a short subject ("attack" of "a
// chemical attack could push"), or "".
func modalSubject(toks []term.Token) string {
	i := slices.IndexFunc(toks, func(t term.Token) bool { return modals[strings.ToLower(t.Surface)] })
	if i < 1 || i > maxSubjectWords || toks[i].AfterBreak {
		return ""
	}
	s := toks[i-1]
	if s.Term == "" || s.Capitalized || term.IsNumber(s.Term) || strings.HasSuffix(strings.ToLower(s.Surface), "ly") {
		return ""
	}
	return s.Term
}

// relativeClauses returns the terms of the verbs that open a relative
// clause after a noun, "fight" of "four groups that fight in rebel-held
// areas", and of their objects, the first content word after each verb
// when it is no name or number: "weapons" of "four groups that provide
// weapons to rebels". What the clause says its noun does, and what it
// does it to, are claims of their own.
func relativeClauses(toks []term.Token) (verbs, objects []string) {
	for k := 1; k+1 < len(toks); k++ {
		w := strings.ToLower(toks[k].Surface)
		if w != "that" && w != "who" && w != "which" {
			continue
		}
		noun, verb := toks[k-1], toks[k+1]
		if noun.Term == "" || noun.Capitalized || reportsSpeech(strings.ToLower(noun.Surface)) || verb.Term == "" || verb.Capitalized || verb.AfterBreak || term.IsNumber(verb.Term) || lightVerbs[verb.Term] {
			continue // "who held talks with Kerry": the talks say it
		}
		verbs = append(verbs, verb.Term)
		for _, o := range toks[k+2:] {
			if o.AfterBreak {
				break
			}
			if o.Term == "" {
				continue
			}
			if !o.Capitalized && !term.IsNumber(o.Term) {
				objects = append(objects, o.Term)
			}
			break
		}
	}
	return verbs, objects
}

// maxSubjectWords is how many words may open what is reported before its
// modal for the last of them to be read as its subject's head.
const maxSubjectWords = 6

// conjoinedVerbs returns the terms of the verbs an "and" or "but" joins
// to the subject before it with an auxiliary ("and is boycotting", "but
// has refused"): no name stands before them to be their subject, so who
// does what does not check them, and they must be met as they are.
func conjoinedVerbs(toks []term.Token) []string {
	var out []string
	for i := 0; i+2 < len(toks); i++ {
		if w := strings.ToLower(toks[i].Surface); w != "and" && w != "but" {
			continue
		}
		if aux := strings.ToLower(toks[i+1].Surface); !modals[aux] && !progressives[aux] && !perfects[aux] {
			continue
		}
		for _, t := range toks[i+2:] {
			if t.AfterBreak || t.Capitalized {
				break
			}
			if t.Term != "" {
				if !term.IsNumber(t.Term) {
					out = append(out, t.Term)
				}
				break
			}
		}
	}
	return out
}

// onlyGoingOn reports a sentence that writes verb term v only as going on
// ("was persuading"), never as done: a claim that it "had persuaded" says
// more.
func onlyGoingOn(toks []term.Token, v string) bool {
	seen := false
	for i, t := range toks {
		if t.Term != v {
			continue
		}
		if i == 0 || !progressives[strings.ToLower(toks[i-1].Surface)] || !strings.HasSuffix(strings.ToLower(t.Surface), "ing") {
			return false
		}
		seen = true
	}
	return seen
}
