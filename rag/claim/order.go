package claim

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// This file holds the check of who does what in a claim: "Turkey supports
// Assad" holds every word of "Moscow supporting Assad and Turkey backing
// rebels", but Turkey is not the one supporting there.

// relation is a name of a claim and the first content word after it on
// the way to the next name, and the content word after that if any: the
// subject, its verb and its object in "Russia waged an air campaign in
// Syria" (Russia, waged, air).
type relation struct {
	subject      name
	verb, object string
	// manner is an adverb before the verb ("strongly" of "strongly
	// opposes"): it must be met too.
	manner string
}

// relations reads the relations of a claim from its tokens and names,
// the names in order with their places. A pair joined by a verb of
// speech ("Psaki said Ford …"), "according to" or a passive's "by" says
// nothing of who does what, one with no content word between ("Russia
// and Turkey") none either, and a nationality before its noun ("Syrian
// groups") is no subject.
func relations(toks []term.Token, names []name) []relation {
	// A day of the week dates the claim, as the numbers check reads it:
	// "Kerry said on Monday, after talks …" has Kerry say. (A month stays:
	// "January 22-23" is checked as one.)
	names = slices.DeleteFunc(slices.Clone(names), func(n name) bool { return quote.IsWeekday(strings.ToLower(n.surface)) })
	var out []relation
	for k := 0; k+1 < len(names); k++ {
		if names[k].qualifies {
			continue // "the Astana talks brought the sides together": the talks did
		}
		if possessive(toks[names[k].end].Surface) {
			continue // "Russia's ambassador to Kazakhstan": the ambassador is no verb of Russia's
		}
		if told(toks, names, k) {
			continue // "Sabra told AFP the council had taken …": AFP took nothing
		}
		if p := placer(toks, names[k]); p != "" && p != "with" {
			// "The negotiations in Astana were scheduled for January
			// 23-24": the negotiations were. ("with Moscow supporting
			// Assad" has Moscow support him.)
			continue
		}
		if rel, ok := relationAfter(toks, names[k], toks[names[k].end+1:names[k+1].at]); ok {
			out = append(out, rel)
		}
	}
	return out
}

// descriptions reads what a claim says a name is where a nationality
// stands between them: "Gilbert Chagoury is a Lebanese-Nigerian diplomat
// at the State Department" says he is a diplomat, though the nationality,
// as a name, ends the words relations reads after his name. They are
// checked only to be met, not for who does what.
func descriptions(toks []term.Token, names []name) []relation {
	var out []relation
	for k := 0; k+1 < len(names); k++ {
		if modifies(toks, names[k]) || !modifies(toks, names[k+1]) {
			continue
		}
		if _, ok := relationAfter(toks, names[k], toks[names[k].end+1:names[k+1].at]); ok {
			continue // "Russia supports the Syrian government": a relation
		}
		end := len(toks)
		for j := k + 2; j < len(names); j++ {
			if !modifies(toks, names[j]) {
				end = names[j].at
				break
			}
		}
		if rel, ok := relationAfter(toks, names[k], toks[names[k].end+1:end]); ok {
			out = append(out, rel)
		}
	}
	return out
}

// predicate reads what a claim says its last name does or is, from the
// words after it ("Staffan de Mistura is boycotting the talks": boycotting,
// talks); false when no content word follows, or the name is no subject:
// a possessive's ("Assad's forces"), a nationality's, one before a
// relative pronoun, one after a preposition ("the discussion at the Dutch
// Mission lasted …"), or a name before a conjunction that joins a verb to
// an earlier subject ("the talks are in Astana, and were scheduled …").
func predicate(toks []term.Token, names []name) (relation, bool) {
	if len(names) == 0 {
		return relation{}, false
	}
	last := names[len(names)-1]
	rest := toks[last.end+1:]
	if possessive(toks[last.end].Surface) || len(rest) > 0 && relativePronouns[strings.ToLower(rest[0].Surface)] {
		return relation{}, false // "a ceasefire with Russia that later collapsed": the ceasefire did
	}
	if placedBy(toks, last) {
		return relation{}, false // "The recorded discussion at the Dutch Mission lasted 40 minutes": the discussion did
	}
	if len(rest) > 0 && prepositions[strings.ToLower(rest[0].Surface)] {
		return relation{}, false // "will represent the U.S. at the talks": a place follows, no verb of the U.S.
	}
	if told(toks, names, len(names)-1) {
		return relation{}, false // "told Al-Jazeera the opposition had one goal": the name is told, and says nothing
	}
	k := last.at - 1
	for k >= 0 && last.at-k <= 2 && !toks[k].Capitalized && toks[k].Term != "" && !articles[strings.ToLower(toks[k].Surface)] {
		k-- // "a new ISSG meeting": the words before the name qualify the noun too
	}
	if k >= 0 && articles[strings.ToLower(toks[k].Surface)] && len(rest) == 1 && rest[0].Term != "" && !rest[0].Capitalized {
		return relation{}, false // "is attending the Astana talks": the name qualifies the noun that ends the claim
	}
	return relationAfter(toks, last, rest)
}

// told reports whether names[i] is the one a verb of speech addresses
// ("told Al-Jazeera", "told the Velmar Post"; not "said Ford"): it is no
// subject of the words after it, which say what was told.
func told(toks []term.Token, names []name, i int) bool {
	start := names[i].at
	for j := i - 1; j >= 0 && names[j].end == start-1; j-- {
		start = names[j].at // "Al-Jazeera" is read as two names
	}
	k := start - 1
	for k >= 0 && articles[strings.ToLower(toks[k].Surface)] {
		k--
	}
	if k < 0 {
		return false
	}
	w := strings.ToLower(toks[k].Surface)
	return reportsSpeech(w) && addressed(w, true)
}

// placedBy reports a name a preposition places inside a phrase (articles
// may stand between): "at the Dutch Mission", "in Astana". It is not the
// subject of the verb that follows the phrase.
func placedBy(toks []term.Token, n name) bool { return placer(toks, n) != "" }

// placer returns the preposition that places a name (placedBy), in lower
// case, or "".
func placer(toks []term.Token, n name) string {
	k := n.at - 1
	for k >= 0 && articles[strings.ToLower(toks[k].Surface)] {
		k--
	}
	if k > 0 && (strings.EqualFold(toks[k].Surface, "and") || strings.EqualFold(toks[k].Surface, "or")) {
		// "between Lavrov and Kerry": the name joined to one placed is
		// placed too.
		k--
		start := k
		for k >= 0 && start-k < 4 && toks[k].Capitalized {
			k--
		}
		if k == start {
			return ""
		}
		for k >= 0 && articles[strings.ToLower(toks[k].Surface)] {
			k--
		}
	}
	if k < 0 || !prepositions[strings.ToLower(toks[k].Surface)] {
		return ""
	}
	return strings.ToLower(toks[k].Surface)
}

// articles may stand between a preposition and the name it places.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// prepositions place a name inside a phrase: the name after one is not
// the subject of the verb that follows the phrase.
var prepositions = map[string]bool{
	"at": true, "in": true, "on": true, "of": true, "from": true, "to": true, "with": true,
	"for": true, "by": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "inside": true, "about": true, "over": true, "under": true,
	"after": true, "before": true, "between": true, "among": true, "during": true,
}

// relativePronouns open a clause whose subject may be a name before the
// last one.
var relativePronouns = map[string]bool{"that": true, "which": true, "whose": true, "whom": true}

// possessive reports a word written as a possessive: "Assad's", "the
// rebels'".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")
}

// conjunctions join a verb to a subject named before them: the name
// between ("… in Astana, and were scheduled") is not its subject.
var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "while": true, "whereas": true, "yet": true, "then": true}

// adverb reports a word that reads as an adverb of manner: "strongly",
// "reluctantly"; not a noun or verb that ends so ("family", "supply",
// "rally").
func adverb(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply") && !strings.HasSuffix(w, "lly") && !strings.HasSuffix(w, "ily")
}

// addressed reports a verb of speech whose object is the name right after
// it (last): "Cheryl Mills emailed Abedin" says who wrote to whom, as
// "Kerry told Lavrov" does; "Psaki said Ford …" says nothing of who does
// what.
func addressed(w string, last bool) bool {
	return last && !sayings[w]
}

// stanceVerbs are the index terms of verbs of speech that say which side
// the speaker takes, not only that they spoke: "Russia and Turkey agree
// that Assad should step down" claims an agreement, which the sentences
// must hold as they must any verb, where "Russia said" claims only words.
var stanceVerbs = termSet("agree", "disagree", "deny", "reject", "refuse", "accept", "admit", "praise", "criticize", "welcome", "dispute", "oppose", "support", "confirm", "decline")

// sayings are the forms of "say", whose next name is what is said.
var sayings = map[string]bool{"say": true, "says": true, "said": true, "saying": true}

// relationAfter reads the relation of subject from the tokens that follow
// it (stretch): its first content word and the one after that.
func relationAfter(toks []term.Token, subject name, stretch []term.Token) (relation, bool) {
	rel, joined := relation{subject: subject}, false
	for i, t := range stretch {
		w := strings.ToLower(t.Surface)
		speech := reportsSpeech(w) && !stanceVerbs[t.Term]
		if speech && addressed(w, i == len(stretch)-1 && rel.verb == "") {
			rel.verb = t.Term
			continue
		}
		if speech && rel.verb == "" && sayings[w] {
			// "The Los Angeles Times said it would retract the
			// articles": what the subject says it does is its verb.
			if v, ok := reportedVerb(stretch[i+1:]); ok {
				rel.verb = v
				return rel, !modifies(toks, subject)
			}
		}
		if speech || w == "by" || w == "according" {
			return relation{}, false
		}
		if w == "rather" || w == "instead" {
			return relation{}, false // "George Krol, rather than a delegation from Washington": no one does a thing to the other
		}
		if subordinators[w] {
			// "… will represent the United States, since Washington is
			// not sending a delegation": a new clause, with its own
			// subject, begins.
			if rel.verb == "" {
				return relation{}, false
			}
			break
		}
		switch {
		case rel.verb == "" && conjunctions[w]:
			joined = true
		case t.Term == "" || t.Capitalized || term.IsNumber(t.Term): // "the Dutch Mission on 22 September": a date, no verb
		case negatedAuxiliary(w): // "Kirby didn't announce": the negation rule's, and no verb
		case rel.verb == "" && rel.manner == "" && adverb(w):
			rel.manner = t.Term // "Obama strongly opposes": the verb is "opposes"
		case rel.verb == "":
			if joined {
				return relation{}, false
			}
			rel.verb = t.Term
		case rel.object == "":
			rel.object = t.Term
		}
	}
	return rel, rel.verb != "" && !modifies(toks, subject)
}

// subordinators open a clause of its own: the words after one say nothing
// of the name before it.
var subordinators = map[string]bool{
	"since": true, "because": true, "while": true, "whereas": true, "although": true,
	"though": true, "unless": true, "until": true, "if": true, "when": true, "whether": true,
}

// reportedVerb returns the verb of what a subject says it does, from the
// words after "said": an optional "that", a pronoun standing for the
// subject ("it", "he", "she", "they", "we"), any auxiliaries ("would",
// "had been") and the verb ("retract" of "said it would retract the
// articles"); false when the words run otherwise ("said Ford would …").
func reportedVerb(rest []term.Token) (string, bool) {
	i := 0
	if i < len(rest) && strings.EqualFold(rest[i].Surface, "that") {
		i++
	}
	if i >= len(rest) || !reportingPronouns[strings.ToLower(rest[i].Surface)] || rest[i].AfterBreak {
		return "", false
	}
	if strings.EqualFold(rest[i].Surface, "it") && (i+1 >= len(rest) || !modalAfterIt[strings.ToLower(rest[i+1].Surface)]) {
		return "", false // "said it was unclear whether …": "it" stands for nothing
	}
	for i++; i < len(rest) && rest[i].Term == "" && !rest[i].AfterBreak; i++ {
		if strings.EqualFold(rest[i].Surface, "not") || strings.HasSuffix(strings.ToLower(rest[i].Surface), "n't") {
			return "", false // a negated saying is the negation rule's
		}
	}
	if i >= len(rest) || rest[i].AfterBreak || rest[i].Capitalized || term.IsNumber(rest[i].Term) || negatedAuxiliary(rest[i].Surface) {
		return "", false
	}
	return rest[i].Term, true
}

// negatedAuxiliary reports an auxiliary joined to "n't" ("didn't",
// "don't", "won't"): the negation rule reads it, and the verb follows it.
func negatedAuxiliary(w string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	return strings.HasSuffix(w, "n't")
}

// reportingPronouns stand for the one who says, after a verb of saying.
var reportingPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// modalAfterIt are the auxiliaries after which "it" stands for a body
// that says what it will do ("said it would retract"), not for nothing
// ("said it was unclear").
var modalAfterIt = map[string]bool{
	"would": true, "will": true, "could": true, "can": true, "had": true, "has": true,
	"did": true, "does": true, "should": true, "might": true, "may": true,
}

// modifies reports a name that qualifies the noun right after it, as a
// nationality does ("four Syrian groups", "Russian forces"): the word
// after it is no verb of it.
func modifies(toks []term.Token, n name) bool {
	if n.end+1 >= len(toks) || toks[n.end+1].Capitalized {
		return false
	}
	w := strings.ToLower(toks[n.end].Surface)
	return slices.ContainsFunc([]string{"ian", "ean", "ese", "ish", "ican"}, func(suffix string) bool { return strings.HasSuffix(w, suffix) })
}

// clauseBreakRe splits a sentence where an aside or a clause may begin:
// at commas, semicolons, colons and dashes.
var clauseBreakRe = regexp.MustCompile(`[,;:—–]|\s-\s`)

// thousandsRe finds the comma that groups a number's thousands.
var thousandsRe = regexp.MustCompile(`(\d),(\d{3})\b`)

// asideRe matches a short aside in parentheses: "Trey Gowdy (R-S.C.)
// sent a letter" has Gowdy for the subject, not R-S.C.
var asideRe = regexp.MustCompile(`\([^()]{0,40}\)`)

// segments returns the tokens of each stretch of the sentence between
// clause breaks, asides left out, read once.
func (si *sentInfo) segments() [][]term.Token {
	if si.segs == nil {
		text := thousandsRe.ReplaceAllString(asideRe.ReplaceAllString(si.text, " "), "$1$2") // "7,000 people" is one number
		for _, part := range clauseBreakRe.Split(text, -1) {
			si.segs = append(si.segs, si.rd.Tokenize(part))
		}
	}
	return si.segs
}

// swapped reports a claim that gives a verb of the sentences it cites to
// another subject than theirs, or to another object: in every sentence
// that holds the claim's subject and its verb as written, the name
// nearest before the verb in its clause (with those joined to it by
// "and" or "or") is not the subject ("… with Moscow supporting Assad"),
// or the claim's object is not in that clause ("Russia and Turkey have
// backed opposing sides" is not "Russia is backing the rebels"). A verb with no name before it in its clause ("George A.
// Krol, will represent"), or followed by "by", leaves its subject
// unknown, and the claim stands.
func (c *checker) swapped(f facts, set []sentRef) bool {
	for _, rel := range f.relations {
		if c.apart(rel, set) {
			return true
		}
		seen, other := false, true
		for _, r := range set {
			si := c.info(r)
			if !slices.Contains(si.terms, rel.verb) || !c.nameMet(rel.subject, [][]string{si.terms}) {
				continue
			}
			segs := si.segments()
			for s, seg := range segs {
				for i, t := range seg {
					if t.Term != rel.verb {
						continue
					}
					seen = true
					subject := c.subjectBefore(seg, i, s == 0)
					if len(subject) == 0 {
						subject = c.subjectAcrossAsides(segs, s, i)
					}
					switch {
					case len(subject) == 0 || passiveAt(seg, i):
						other = false // no subject to read
					case c.nameMet(rel.subject, [][]string{subject}) && (rel.object == "" || objectIn(rel.object, seg, i)):
						other = false
					}
				}
			}
		}
		if seen && other {
			return true
		}
	}
	return false
}

// subjectAcrossAsides returns the names of the subject of the verb at
// segs[s][i] when the verb opens its clause (after auxiliaries: "will
// represent") right after an aside set off by commas: a relative clause
// ("Douglas J. Band, who led the foundation's Clinton Global Initiative,
// emailed …"), a name in apposition ("the U.S. ambassador to Kazakhstan,
// George A. Krol, will represent …") or a description ("George Sabra, the
// president of the Syrian National Council, told …"). The names are those
// of the asides and of the clause before them, all of which may be the
// subject; none when the verb does not open its clause that way ("…, and
// later flew to Geneva" leaves the subject unread).
func (c *checker) subjectAcrossAsides(segs [][]term.Token, s, i int) []string {
	for _, t := range segs[s][:i] {
		if !auxiliaries[strings.ToLower(t.Surface)] {
			return nil
		}
	}
	if s == 0 || !aside(segs[s-1]) {
		return nil
	}
	var out []string
	for k := s - 1; k >= 0; k-- {
		seg := segs[k]
		if len(seg) > 0 && !relativePronouns[strings.ToLower(seg[0].Surface)] && strings.ToLower(seg[0].Surface) != "who" {
			for j, t := range seg {
				if t.Capitalized && t.Term != "" && !(k == 0 && j == 0 && !c.ix.IsName(t.Term)) {
					out = append(out, t.Term)
				}
			}
		}
		if !aside(seg) {
			break
		}
	}
	return out
}

// auxiliaries may stand between an aside and the verb after it: "George
// A. Krol, will represent".
var auxiliaries = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "has": true, "have": true, "had": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"did": true, "does": true, "do": true, "also": true,
}

// aside reports a clause set off by commas that may stand beside a
// subject: one opening with "who" or a relative pronoun, or an article or
// "another", or a name alone.
func aside(seg []term.Token) bool {
	if len(seg) == 0 {
		return false
	}
	switch strings.ToLower(seg[0].Surface) {
	case "who", "which", "whose", "whom", "the", "a", "an", "another":
		return true
	}
	return !slices.ContainsFunc(seg, func(t term.Token) bool { return !t.Capitalized && t.Term != "" })
}

// subjectBefore returns the terms of the name nearest before seg[i], and
// of the names joined to it by "and" or "or" ("Russia and Turkey have
// backed"); a sentence's first word counts only when the articles use it
// as a name.
func (c *checker) subjectBefore(seg []term.Token, i int, first bool) []string {
	isName := func(k int) bool {
		t := seg[k]
		return t.Capitalized && t.Term != "" && !(first && k == 0 && !c.ix.IsName(t.Term)) && !quote.IsWeekday(strings.ToLower(t.Surface))
	}
	k := i - 1
	for k >= 0 && !isName(k) {
		k--
	}
	var out []string
	for k >= 0 {
		for ; k >= 0 && isName(k); k-- {
			out = append(out, seg[k].Term)
		}
		if k < 1 || !joins(seg[k].Surface) || !isName(k-1) {
			break
		}
		k--
	}
	return out
}

// joins reports a word that joins two names as one subject.
func joins(w string) bool { return strings.EqualFold(w, "and") || strings.EqualFold(w, "or") }

// objectIn reports whether a clause holds the claim's object as written
// (or by stem), after its verb at i or before it ("a ceasefire Kerry had
// negotiated"); after it, only up to another subject joined on with its
// own verb ("supporting Assad and Turkey backing rebels": the rebels are
// Turkey's). A related word is not enough: WordNet relates "port" to
// "side", by the port side of a ship.
func objectIn(object string, seg []term.Token, i int) bool {
	if slices.ContainsFunc(seg[:i], func(t term.Token) bool { return t.Term == object }) {
		return true
	}
	for k := i + 1; k < len(seg); k++ {
		if joins(seg[k].Surface) && k+2 < len(seg) && seg[k+1].Capitalized && seg[k+1].Term != "" && !seg[k+2].Capitalized && seg[k+2].Term != "" {
			return false // "and Turkey backing …": another subject's verb
		}
		if seg[k].Term == object {
			return true
		}
	}
	return false
}

// passiveAt reports a verb followed by "by" within two words: its
// subject is the one acted on ("supported by Iranian ground forces").
func passiveAt(seg []term.Token, i int) bool {
	for k := i + 1; k < min(i+3, len(seg)); k++ {
		if strings.EqualFold(seg[k].Surface, "by") {
			return true
		}
	}
	return false
}

// apart reports a claim that joins a subject and a verb its sentences
// hold only apart: one sentence names the subject and another holds the
// verb as written, and none holds both. "Aleksandr Lavrentyev is an
// adviser to Russia's ambassador", citing a sentence on Lavrentyev and
// one on "Aleksandr Musienko, an adviser to Russia's ambassador", gives
// Musienko's role to Lavrentyev. A sentence holds the subject by name,
// as the speaker of its quotation, or by a personal pronoun before the
// verb when one of the two sentences before it names the subject ("He
// previously served as …", "The newspaper said it had obtained …").
func (c *checker) apart(rel relation, set []sentRef) bool {
	verb, subject := false, false
	for _, r := range set {
		si := c.info(r)
		named := c.nameMet(rel.subject, [][]string{si.terms})
		has := slices.Contains(si.terms, rel.verb)
		if has && (named || c.speaks(rel.subject, r) || c.pronounFor(rel, r)) {
			return false
		}
		verb = verb || has
		subject = subject || named
	}
	return verb && subject
}

// speaks reports whether the sentence's quotation is given to the name.
func (c *checker) speaks(n name, r sentRef) bool {
	return slices.ContainsFunc(c.ix.PeopleQuotedIn(r.doc, r.sent), func(sp string) bool {
		return c.nameMet(n, [][]string{term.Of(sp)})
	})
}

// pronounFor reports a sentence with a personal pronoun before the
// relation's verb, one of the two sentences before it naming the
// relation's subject: the pronoun may stand for it.
func (c *checker) pronounFor(rel relation, r sentRef) bool {
	before := false
	for _, t := range c.info(r).tokens() {
		if t.Term == rel.verb {
			break
		}
		before = before || personalPronouns[strings.ToLower(t.Surface)]
	}
	return before && c.namedJustBefore(rel.subject, r)
}

// namedJustBefore reports whether one of the two sentences before r
// names n, for a pronoun in r to stand for.
func (c *checker) namedJustBefore(n name, r sentRef) bool {
	for s := max(r.sent-2, 0); s < r.sent; s++ {
		if c.nameMet(n, [][]string{c.ix.SentenceTerms(r.doc, s)}) {
			return true
		}
	}
	return false
}

// namedIn reports whether a sentence names n: by name, as the speaker of
// its quotation, or by a personal pronoun when one of the two sentences
// before it names n ("He previously served as …").
func (c *checker) namedIn(n name, r sentRef) bool {
	if c.nameMet(n, [][]string{c.info(r).terms}) || c.speaks(n, r) {
		return true
	}
	return slices.ContainsFunc(c.info(r).tokens(), func(t term.Token) bool { return personalPronouns[strings.ToLower(t.Surface)] }) &&
		c.namedJustBefore(n, r)
}

// personalPronouns may stand for a name the sentences before give.
var personalPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true}
