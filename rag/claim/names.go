package claim

// Names and roles: a claim's people and what they are, met in the sentences.

import (
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// ownerQualified reports whether the name that owns a noun ("Syrian
// President Bashar al-Assad's government", the owner at toks[owner]) is
// itself qualified by the claim's word: the capitalised words right before
// the owner, with the short particles inside a name ("al", "de"), meet it.
func (c *checker) ownerQualified(by name, toks []term.Token, owner int) bool {
	for j := owner - 1; j >= 0 && j >= owner-6; j-- {
		// "al-Assad's": a particle may be joined by a hyphen.
		particle := !toks[j].Capitalized && len(toks[j].Surface) <= 3
		if toks[j+1].AfterBreak && !particle || !toks[j].Capitalized && !particle || toks[j].Term == "" {
			return false
		}
		if c.nameMet(by, [][]string{{toks[j].Term}}) {
			return true
		}
	}
	return false
}

// onlyPossessive reports a sentence that writes n's last word only as a
// possessive ("Kazakhstan's capital").
func (c *checker) onlyPossessive(n name, r sentRef) bool {
	seen := false
	for _, t := range c.info(r).tokens() {
		if t.Term != n.head {
			continue
		}
		if !possessive(t.Surface) {
			return false
		}
		seen = true
	}
	return seen
}

// roleElsewhere reports a claim that gives a role to a name ("the U.S.
// ambassador to Kazakhstan and to Russia") that the cited sentences give
// that role nowhere, while they speak of the role (to Kazakhstan; to
// Uzbekistan and to Belarus; "our negotiators"). Only the roles of the
// claim that a possessive or "of", "to" or "for" gives are read: "U.S.
// ambassador" names a country's ambassador, not the one he is sent to;
// in the sentences, "State Department spokeswoman" gives the State
// Department's spokeswoman too. When the claim names who holds the role
// before it, only the sentences that name them are read.
func (c *checker) roleElsewhere(f facts, set []sentRef) bool {
	for i, t := range f.toks {
		if !question.IsRoleHead(t.Term) {
			continue
		}
		var names []string
		for _, at := range question.AttachedTo(f.toks, i) {
			if at.Marked {
				names = append(names, at.Term)
			}
		}
		if len(names) == 0 {
			continue
		}
		// "a spokesman for the Syrian government" is not "a spokesman for
		// the Free Syrian Army": the noun a name qualifies after the role
		// is given too.
		if head := nounAfterName(f.toks, i); head != "" {
			names = append(names, head)
		}
		// The one the claim gives the role must be in the sentence that
		// gives it: "Aleksandr Musienko is Russia's main negotiator" is not
		// held by a sentence on Musienko and one on "Aleksandr Lavrentyev,
		// Russia's main negotiator".
		holder := -1
		for k, n := range f.names {
			if n.end < i && !slices.Contains(names, n.head) {
				holder = k
			}
		}
		if holder < 0 {
			holder = namedAfterRole(f, i)
		}
		own, other := map[string]bool{}, false
		present := heldNow(f.toks, i)
		for _, r := range set {
			if holder >= 0 && !c.namedIn(f.names[holder], r) {
				continue
			}
			st := c.info(r).tokens()
			for j, u := range st {
				if u.Term != t.Term {
					continue
				}
				other = true // the role, given to no name or to others
				if present && heldBefore(st, j) {
					continue // "Krol is the ambassador to Uzbekistan" where he previously served as one
				}
				if holder >= 0 && !nestedRole(f.toks, i) && nestedRole(st, j) && !nestedByVerb(f.toks, i, st, j) {
					continue // "an adviser to Russia's ambassador" is no ambassador
				}
				attached := question.AttachedTo(st, j)
				if title := titleRun(st, j); len(title) > 0 && containsAll(title, roleModifiers(f.toks, i)) {
					// "Russian Foreign Minister" gives the role to Russia,
					// and is "Russia's foreign minister", not its defence
					// minister.
					for _, t := range title {
						attached = append(attached, question.Attachment{Term: t, Before: true})
					}
				}
				for _, at := range attached {
					if k := slices.IndexFunc(names, func(n string) bool { return c.sameName(n, at.Term) }); k >= 0 {
						own[names[k]] = true // "Russia's negotiator", "State Department spokeswoman", "Russian Foreign Minister"
						restOfName(f, names[k], c.info(r).terms, own)
					}
				}
				if h := nounAfterName(st, j); h != "" && slices.Contains(names, h) {
					own[h] = true
				}
			}
		}
		if other && len(own) < len(names) {
			return true
		}
	}
	return false
}

// pastMarkers say that a role was held before: "He previously served as
// the U.S. ambassador to Uzbekistan", "the former envoy".
var pastMarkers = map[string]bool{"previously": true, "formerly": true, "former": true, "once": true, "ex": true, "earlier": true}

// heldNow reports a role at toks[i] that a claim gives in the present,
// with a present form of "be" before it and no past marker: "Krol is the
// ambassador to Uzbekistan".
func heldNow(toks []term.Token, i int) bool {
	now := false
	for k := i - 1; k >= 0 && k >= i-maxRoleReach; k-- {
		w := strings.ToLower(toks[k].Surface)
		if pastMarkers[w] {
			return false
		}
		if w == "is" || w == "are" {
			now = true
		}
	}
	return now
}

// heldBefore reports a role at ts[j] that a past marker shortly before it
// in its clause says was held before.
func heldBefore(ts []term.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-maxRoleReach; k-- {
		if pastMarkers[strings.ToLower(ts[k].Surface)] {
			return true
		}
		if ts[k+1].AfterBreak && !strings.Contains(ts[k].Surface, ".") {
			return false // a comma; not the stops of "U.S."
		}
	}
	return false
}

// maxRoleReach is how many words before a role a marker of its time may
// stand: "previously served as the U.S. ambassador".
const maxRoleReach = 6

// namedAfterRole returns the index among the claim's names of the one a
// role at f.toks[i] is given by a form of "be" or an apposition after it
// ("Russia's main negotiator is Aleksandr Musienko", "Russia's main
// negotiator, Aleksandr Musienko, said"), or -1.
func namedAfterRole(f facts, i int) int {
	k := i + 1
	if k < len(f.toks) && !f.toks[k].AfterBreak && quote.IsBeForm(f.toks[k].Surface) {
		k++
	} else if k >= len(f.toks) || !f.toks[k].AfterBreak {
		return -1
	}
	return slices.IndexFunc(f.names, func(n name) bool { return n.at == k })
}

// titleRun returns the terms of the capitalised words before a
// capitalised role at ts[j] in its run ("russian", "foreign" of "Russian
// Foreign Minister Sergei Lavrov"), or none.
func titleRun(ts []term.Token, j int) []string {
	var out []string
	for k := j - 1; k >= 0 && ts[j].Capitalized && ts[k].Capitalized && ts[k].Term != "" && !ts[k+1].AfterBreak; k-- {
		out = append(out, ts[k].Term)
	}
	return out
}

// roleModifiers returns the terms of the words in lower case right before
// a role at ts[i], back to its owner ("foreign" of "Russia's foreign
// minister").
func roleModifiers(ts []term.Token, i int) []string {
	var out []string
	for k := i - 1; k >= 0 && !ts[k].Capitalized && ts[k].Term != "" && !ts[k+1].AfterBreak; k-- {
		out = append(out, ts[k].Term)
	}
	return out
}

// sameName reports whether two terms name one place: as written, or as a
// place and its people's adjective the lexicon relates ("Russia's foreign
// minister" is the "Russian Foreign Minister").
func (c *checker) sameName(a, b string) bool {
	if a == b {
		return true
	}
	return c.lx != nil && c.ix.IsCapitalised(b) && slices.Contains(c.lx.Related(a), b) && match.DemonymOf(a, b)
}

// restOfName marks as own the other words of the claim's name that holds
// t, where the sentence writes them: "George Krol" is given the role by
// "the U.S. ambassador to Kazakhstan, George A. Krol", whose initial
// ends what the role is attached to.
func restOfName(f facts, t string, sentence []string, own map[string]bool) {
	for _, n := range f.names {
		if !slices.Contains(n.words, t) {
			continue
		}
		for _, w := range n.words {
			if slices.Contains(sentence, w) {
				own[w] = true
			}
		}
	}
}

// nestedRole reports a role at ts[i] that is another role's object: "an
// adviser to Russia's ambassador", "an aide to the president". The one
// the sentence names holds the first, not this one.
func nestedRole(ts []term.Token, i int) bool {
	k := roleOwner(ts, i)
	if k < 1 {
		return false
	}
	switch strings.ToLower(ts[k].Surface) {
	case "to", "of", "for":
		return quote.IsRole(ts[k-1].Surface) && ts[k-1].Term != ts[i].Term
	}
	return false
}

// roleOwner returns the index of the word before the name that owns a
// role at ts[i] (articles and capitalised words passed: "Russia's", "the",
// "U.S."), or -1.
func roleOwner(ts []term.Token, i int) int {
	k := i - 1
	for k >= 0 && i-k <= 4 && (ts[k].Capitalized || strings.EqualFold(ts[k].Surface, "the") || strings.EqualFold(ts[k].Surface, "a")) {
		k--
	}
	if k < 0 || i-k > 4 {
		return -1
	}
	return k
}

// nestedByVerb reports a claim that nests the role at claim[i] as the
// sentence's role at st[j] is nested, by the verb of that outer role:
// "Musienko, who advises Russia's ambassador" for "Musienko, an adviser
// to Russia's ambassador".
func nestedByVerb(claim []term.Token, i int, st []term.Token, j int) bool {
	k, m := roleOwner(claim, i), roleOwner(st, j)
	if k < 0 || m < 1 || claim[k].Term == "" {
		return false
	}
	return claim[k].Term == st[m-1].Term
}

// nounAfterName returns the term of the word in lower case that follows
// the name after a role at ts[i] and "of", "to" or "for" ("government"
// in "spokesman for the Syrian government"): the name qualifies it, and
// the role is the noun's. "" when the name ends the phrase.
func nounAfterName(ts []term.Token, i int) string {
	k := i + 1
	if k >= len(ts) || !slices.Contains([]string{"of", "to", "for"}, strings.ToLower(ts[k].Surface)) {
		return ""
	}
	k++
	if k < len(ts) && strings.EqualFold(ts[k].Surface, "the") {
		k++
	}
	start := k
	for k < len(ts) && ts[k].Capitalized && ts[k].Term != "" && !ts[k].AfterBreak {
		k++
	}
	if k == start || k >= len(ts) || ts[k].Capitalized || ts[k].Term == "" || ts[k].AfterBreak || reportsSpeech(strings.ToLower(ts[k].Surface)) {
		return "" // "the spokesman for the Free Syrian Army said": a verb, no noun
	}
	return ts[k].Term
}

// nameStands reports whether one sentence holds a name where the claim
// puts it:
//   - an organisation's name (its last word a kind of body: News, Times,
//     Party) with a word the articles never write is not theirs;
//   - a name whose last word is not itself a name the articles use (Free
//     Syrian Army, State Department) is met only whole, in one sentence: the
//     army of one sentence and the Free of another make no Free Syrian
//     Army;
//   - and the sentence that holds it holds other words of the claim too,
//     so "the Russian ambassador" is not met by a sentence about a Russian
//     minister while another sentence holds the ambassador.
func (c *checker) nameStands(f facts, n name, set []sentRef, sets [][]string) bool {
	if len(n.words) > 1 && quote.IsOrgNoun(n.surface) && slices.ContainsFunc(n.words, func(w string) bool { return w != "" && c.ix.SentenceDF(w) == 0 }) {
		return false // "Fox News", where the articles never write "Fox", is not their "ABC News"
	}
	whole := len(n.words) > 1 && !c.ix.IsName(n.head)
	for i, ts := range sets {
		if whole {
			if !containsAll(ts, n.words) {
				continue
			}
		} else if !c.nameMet(n, [][]string{ts}) {
			continue
		}
		if len(sets) == 1 || sharesOther(f, n.words, ts, c.ix.Documents()[set[i].doc].Sentences[set[i].sent].Headline) {
			return true
		}
	}
	return false
}

// wholeNameWritten reports whether the articles of the passages write
// each word of a name before its last one (a first name, a particle
// aside) in a sentence with that last one: a name is met by its last
// word ("Kerry" for "John Kerry"), so the other words are checked here
// ("Bob Kerry" is no one the articles name). Titles and roles are
// checked otherwise; a name whose last word is no name ("Free Syrian
// Army") stands whole already.
func (c *checker) wholeNameWritten(n name) bool {
	if len(n.words) < 2 || !c.ix.IsName(n.head) {
		return true
	}
	key := strings.Join(n.words, " ") + "|" + strings.Join(n.roles, " ")
	if ok, seen := c.wholeNames[key]; seen {
		return ok
	}
	if c.wholeNames == nil {
		c.wholeNames = map[string]bool{}
	}
	ok := c.wholeNameWrittenOnce(n)
	c.wholeNames[key] = ok
	return ok
}

// wholeNameWrittenOnce is wholeNameWritten, read afresh.
func (c *checker) wholeNameWrittenOnce(n name) bool {
	var docs []int
	for _, p := range c.passages {
		if !slices.Contains(docs, p.Doc) {
			docs = append(docs, p.Doc)
		}
	}
	for _, w := range n.words[:len(n.words)-1] {
		if w == n.head || honorifics[w] || slices.Contains(n.roles, w) || quote.IsRole(w) {
			continue
		}
		if !slices.ContainsFunc(docs, func(d int) bool {
			return slices.ContainsFunc(c.ix.DocumentTerms(d), func(ts []string) bool { return slices.Contains(ts, w) && slices.Contains(ts, n.head) })
		}) {
			return false
		}
	}
	return true
}

// framedByHeadline reports whether a name the claim sets before a noun
// ("the Astana talks", "the Astana round") is the setting that the
// headline of a supporting sentence's article gives the same thing:
// "Sponsors, Syrian Sides Gather In Astana For Uncertain Talks" frames
// "The UN special envoy for Syria, Staffan de Mistura, is attending" as
// the Astana talks. A name the claim places ("to be held in Astana") is
// no such setting, and must be met in the sentences; so must one whose
// noun the sentence names itself ("the preparatory talks … on January 22"
// are not thereby the Astana talks), or one the claim rests on more than
// one sentence for.
func (c *checker) framedByHeadline(f facts, n name, set []sentRef) bool {
	if len(set) != 1 || n.end+1 >= len(f.toks) || n.place || n.at > 0 && placeWords[strings.ToLower(f.toks[n.at-1].Surface)] {
		return false
	}
	next := f.toks[n.end+1]
	if next.Capitalized || next.Term == "" || next.AfterBreak || modifies(f.toks, n) || slices.Contains(c.info(set[0]).terms, next.Term) {
		return false
	}
	noun := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == next.Term })
	if noun < 0 {
		return false
	}
	doc := set[0].doc
	h := slices.IndexFunc(c.ix.Documents()[doc].Sentences, func(s document.Sentence) bool { return s.Headline })
	if h < 0 {
		return false
	}
	ts := c.info(sentRef{doc, h}).terms
	return c.nameMet(n, [][]string{ts}) && f.q.Words[noun].Credit(ts) >= match.CreditRelated
}

// containsAll reports whether ts holds every term of want.
func containsAll(ts, want []string) bool {
	for _, w := range want {
		if w != "" && !slices.Contains(ts, w) {
			return false
		}
	}
	return true
}

// sharesOther reports whether ts holds a term of the claim that is not
// one of the name's own; in a headline, which names what its whole
// article is about, a related word will do: "Syrian Sides Gather In
// Astana For Uncertain Talks" places "the negotiations in Astana".
func sharesOther(f facts, own, ts []string, headline bool) bool {
	for _, t := range f.terms {
		if !slices.Contains(own, t) && slices.Contains(ts, t) {
			return true
		}
	}
	return headline && slices.ContainsFunc(f.q.Words, func(w match.Word) bool {
		return !slices.Contains(own, w.Term) && w.Credit(ts) >= match.CreditRelated
	})
}

// honorifics are the titles any name may take: "Mr. Kerry" is Kerry.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true}

// placeWords place what follows them: a name after one is a place.
var placeWords = map[string]bool{"of": true, "in": true, "at": true, "near": true, "outside": true, "around": true, "into": true, "across": true}

// nameMet reports whether the sentences hold a name: its head word, or a
// related name the articles use for it (American for the U.S., Moscow for
// Russia), unless the name is a place (name.place).
func (c *checker) nameMet(n name, sets [][]string) bool {
	in := func(t string) bool {
		for _, ts := range sets {
			if slices.Contains(ts, t) {
				return true
			}
		}
		return false
	}
	if in(n.head) || slices.ContainsFunc(c.m.AccentVariants(n.head), in) {
		return true // "Guantanamo" is the "Guantánamo" the articles write
	}
	if n.place {
		return false // "areas of Damascus" are not "the Syrian city of Aleppo"
	}
	for _, r := range c.lx.Related(n.head) {
		if c.ix.IsName(r) && in(r) {
			return true
		}
	}
	return false
}
