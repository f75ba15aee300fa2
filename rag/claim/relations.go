package claim

// Relations a claim's words stand in: the qualifier of a noun, the agent
// of a passive, a complement, a reason, a purpose, a role taken as.

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// relationUnmet reports a claim that joins two names by a word that the
// sentences meet in no way, as written, by stem, as a related or a near
// word: the names alone say nothing of how they are joined ("Osama Abu
// Zaid leads the Free Syrian Army" where he is its spokesman). So does a
// claim whose last name is the subject of such a word ("Staffan de
// Mistura is boycotting the talks" where he is attending). The word is
// met in a sentence that names the subject, when one does: "Clinton
// opposed the war" is not met by a "policy" (near "oppose") beside
// "Clinton voted for that war". A sentence that names the subject only as
// a possessive ("in Kazakhstan's capital") says nothing of what it does,
// and the word may be met beside it.
func (c *checker) relationUnmet(f facts, set []sentRef) bool {
	rels := append(slices.Clip(f.relations), f.descriptions...)
	if f.predicate != nil {
		rels = append(rels, *f.predicate)
	}
	for _, rel := range rels {
		var own []sentRef
		for _, r := range set {
			if c.namedIn(rel.subject, r) && !c.onlyPossessive(rel.subject, r) {
				own = append(own, r)
			}
		}
		if len(own) == 0 {
			own = set
		}
		verb := rel.verb
		if lightVerbs[verb] && rel.object != "" {
			verb = rel.object // "Sanders gave his victory speech from Wyoming": the speech says it
		}
		for _, w := range f.q.Words {
			if w.Term != verb && w.Term != rel.manner || w.NameLike || w.Name || strings.ContainsAny(w.Term, "0123456789") {
				continue // "at the Dutch Mission on the 22nd of September": a date, checked as one
			}
			if term.Negates(w.Surface) {
				continue // "refused to attend" where the sentence says "would not attend": the negation rule's
			}
			switch {
			case w.Term == rel.manner:
				// "narrowly won" is not met by a loose paraphrase ("vote"),
				// least of all beside "a resounding win".
				w = above(w, match.CreditLoose)
			case stanceVerbs[w.Term]:
				// Vectors put a side beside its opposite and its topic:
				// "agree" is not met by "whether" of "remain at odds over
				// whether". A stance is met as written or through the
				// lexicon.
				w = above(w, match.CreditNear)
			}
			if !slices.ContainsFunc(own, func(r sentRef) bool { return c.meets(f, w, c.info(r)) }) {
				return true
			}
		}
	}
	return false
}

// qualified is a noun of a claim and the nationality or party before it:
// "Republican leaders".
type qualified struct {
	by   name
	noun string
}

// qualifiedElsewhere reports a claim noun qualified by a nationality or a
// party ("Republican leaders in Congress … insisted on acting now") that
// the sentences qualify only by others ("it's the Democratic leaders in
// Congress … who have insisted on acting now"). Where they never qualify
// the noun, the claim's word is checked as a name, as before.
func (c *checker) qualifiedElsewhere(f facts, set []sentRef) bool {
	for _, q := range f.qualified {
		other, same := false, false
		for _, r := range set {
			toks := c.info(r).tokens()
			for k := 1; k < len(toks); k++ {
				if toks[k].Term != q.noun || !toks[k-1].Capitalized || toks[k-1].Term == "" || k-1 == 0 && !c.ix.IsName(toks[k-1].Term) {
					continue
				}
				if c.nameMet(q.by, [][]string{{toks[k-1].Term}}) || possessive(toks[k-1].Surface) && c.ownerQualified(q.by, toks, k-1) {
					same = true
				} else {
					other = true
				}
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}

// irregularParticiples are past participles not in "-ed" or "-en" that a
// passive's "by" may follow.
var irregularParticiples = map[string]bool{
	"made": true, "led": true, "held": true, "run": true, "hit": true, "shot": true, "struck": true,
	"won": true, "brought": true, "built": true, "caught": true, "sent": true, "told": true,
	"sought": true, "bought": true, "fought": true, "paid": true, "set": true, "put": true,
}

// agentUnmet reports a passive whose agent, the noun after "by" that
// ends its phrase ("made by a Times reporter"), the sentences meet in no
// way, its verb ("reported") standing for no agent: who did it is then
// another. A named agent is checked as a name.
func (c *checker) agentUnmet(f facts, set []sentRef) bool {
	toks := f.toks
	for i := 1; i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Surface, "by") || toks[i].AfterBreak {
			continue
		}
		p := strings.ToLower(toks[i-1].Surface)
		if !strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "en") && !irregularParticiples[p] {
			continue
		}
		head := ""
		for _, t := range toks[i+1:] {
			if t.AfterBreak || relativePronouns[strings.ToLower(t.Surface)] || strings.EqualFold(t.Surface, "who") || prepositions[strings.ToLower(t.Surface)] {
				break
			}
			if t.Term != "" {
				head = t.Term
				if t.Capitalized || term.IsNumber(t.Term) {
					head = ""
				}
			}
		}
		k := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == head })
		if head == "" || k < 0 || f.q.Words[k].NameLike || f.q.Words[k].Name {
			continue
		}
		// Who did it is met as written, by stem or through the lexicon;
		// vectors put "reporter" beside "newspaper".
		w := above(f.q.Words[k], match.CreditNear)
		if !slices.ContainsFunc(set, func(r sentRef) bool { return c.meets(f, w, c.info(r)) }) {
			return true
		}
	}
	return false
}

// modifierOpeners stand right before a noun's modifier: an article, a
// possessive pronoun, or the "and" or "or" of a list of modifiers.
var modifierOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "and": true, "or": true,
}

// modifierSwapped reports a claim noun the sentences write with another
// modifier than the claim's, which they meet in no way: "education,
// rescue and military services" where they give "education, rescue and
// medical services"; "a ground campaign" where Russia waged "an air
// campaign". The modifier must follow an article, a possessive or a
// list's "and" (so that it is no verb: "they discussed peace talks").
func (c *checker) modifierSwapped(f facts, set []sentRef, terms [][]string) bool {
	toks := f.toks
	for i := 1; i+1 < len(toks); i++ {
		mod, noun := toks[i], toks[i+1]
		if !modifierOpeners[strings.ToLower(toks[i-1].Surface)] || mod.Capitalized || noun.Capitalized || noun.AfterBreak ||
			mod.Term == "" || noun.Term == "" || term.IsNumber(mod.Term) {
			continue
		}
		if !wordUnmet(f, mod.Term, terms) {
			continue
		}
		for _, r := range set {
			st := c.info(r).tokens()
			for k := 2; k < len(st); k++ {
				// The sentence's modifier follows an opener too: "whether
				// delegations … would meet" gives them none.
				if st[k].Term == noun.Term && !st[k].AfterBreak && st[k-1].Term != "" && !st[k-1].Capitalized && !term.IsNumber(st[k-1].Term) && st[k-1].Term != mod.Term && modifierOpeners[strings.ToLower(st[k-2].Surface)] {
					return true
				}
			}
		}
	}
	return false
}

// compoundRe finds a hyphenated modifier whose second part is in lower
// case: "rebel-held", "Vienna-based", "U.S.-led".
var compoundRe = regexp.MustCompile(`\b([A-Za-z][A-Za-z.]*)-([a-z]+)\b`)

// otherCompound reports a hyphenated modifier of the claim ("government-
// held") that no sentence writes, where one writes the same second part
// after another word ("rebel-held"): who holds, leads or backs a thing is
// then another. A name and its adjective are one ("Iran-backed",
// "Iranian-backed"); numbers are checked as numbers.
func otherCompound(claim string, sentences []string) bool {
	firsts := func(text, second string) []string {
		var out []string
		for _, m := range compoundRe.FindAllStringSubmatch(text, -1) {
			if strings.EqualFold(m[2], second) && !isNumberWord(strings.ToLower(m[1])) {
				out = append(out, strings.ToLower(strings.TrimSuffix(m[1], ".")))
			}
		}
		return out
	}
	same := func(a, b string) bool { return strings.HasPrefix(a, b) || strings.HasPrefix(b, a) }
	for _, m := range compoundRe.FindAllStringSubmatch(claim, -1) {
		a := strings.ToLower(strings.TrimSuffix(m[1], "."))
		if isNumberWord(a) {
			continue
		}
		met, other := false, false
		for _, s := range sentences {
			for _, b := range firsts(s, m[2]) {
				if same(a, b) {
					met = true
				} else {
					other = true
				}
			}
		}
		if other && !met {
			return true
		}
	}
	return false
}

// complementRe finds the word a claim ends on after a form of "be":
// "… was unimportant", "the talks are still uncertain".
var complementRe = regexp.MustCompile(`(?i)\b(?:is|was|are|were|be|been|being|remains|remained)\s+(?:\w+ly\s+|still\s+|not\s+)?(\w+)\W*$`)

// complementBeforeRe finds what a claim says something is, after a
// form of "be", where a phrase on its object follows: "were optimistic
// about a breakthrough", "was unhappy with the plan", "is confident
// that …".
var complementBeforeRe = regexp.MustCompile(`(?i)\b(?:is|was|are|were|remains|remained)\s+(?:\w+ly\s+|still\s+|not\s+)?(\w+)\s+(?:about|with|over|of|that)\b`)

// roleEndRe finds a role a claim ends on after a form of "be", past an
// article, a possessive and an adjective or two: "Lavrentyev is Russia's
// foreign minister".
var roleEndRe = regexp.MustCompile(`(?i)\b(?:is|was|are|were|remains|remained|became|becomes)\s+(?:[\p{L}'’.-]+\s+){0,3}(\p{L}+)\W*$`)

// complementUnmet reports a claim that ends by saying what something is
// with a word the sentences meet in no way, or says it before a phrase on
// its object: all it says of the thing is that word ("Psaki said the
// opposition's participation was unimportant" where she called it
// "pivotal").
func complementUnmet(f facts, terms [][]string) bool {
	if m := f.find(mannerEndRe); m != nil && !notManner[strings.ToLower(m[1])] && wordUnmet(f, term.Word(m[1]), terms) {
		return true // "Psaki said the process had gone smoothly" where it had "many ups and downs"
	}
	if m := f.find(roleEndRe); m != nil && question.IsRoleHead(term.Word(m[1])) && !roleMet(f, term.Word(m[1]), terms) {
		return true // "Aleksandr Lavrentyev is Russia's foreign minister" where he is its main negotiator
	}
	if m := f.find(complementRe); m != nil && wordUnmet(f, term.Word(m[1]), terms) {
		return true
	}
	if m := f.find(complementBeforeRe); m != nil && wordUnmet(f, term.Word(m[1]), terms) {
		return true // "Organizers were optimistic about a breakthrough" where they downplayed hopes for one
	}
	return false
}

// reasonPhraseRe finds a reason a claim gives as a phrase: "due to bad
// weather", "because of the fighting".
var reasonPhraseRe = regexp.MustCompile(`(?i)\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to)\s+([^,;.]+)`)

// reasonHeads returns the heads of the reason phrases of a claim's text:
// the last word of each one's first noun phrase ("weather" of "bad
// weather", "wrangling" of "internal wrangling among the opposition"). A
// name or a number is checked as one, and gives none.
func reasonHeads(text string) []string {
	var out []string
	for _, m := range reasonPhraseRe.FindAllStringSubmatch(text, -1) {
		head := ""
		for _, t := range term.Tokenize(m[1]) {
			if t.Term == "" {
				if head != "" {
					break
				}
				continue
			}
			head = t.Term
			if t.Capitalized || term.IsNumber(t.Term) {
				head = ""
				break
			}
		}
		if head != "" {
			out = append(out, head)
		}
	}
	return out
}

// reasonUnmet reports a reason phrase of the claim whose head the
// sentences meet in no way: a reason of its own making.
func reasonUnmet(f facts, terms [][]string) bool {
	return slices.ContainsFunc(f.reasons, func(head string) bool { return wordUnmet(f, head, terms) })
}

// purposeRe finds the verb of a purpose a claim gives: after "in order
// to", "so as to", "in a bid to", "in an effort to" or "in an attempt
// to"; after a place named after "in", "at", "to", "into" or "from"
// ("waged an air campaign in Syria to bolster Assad", "flew to Astana to
// attend"); after "aimed at" or "aim to", "intended to", "designed to",
// "meant to"; or after a noun of asking or trying ("a plea to halt
// flights", "a bid to end the war"). After other names "to" may open
// what there is to do ("no talks between Kerry and Lavrov to report"),
// no purpose.
var purposeRe = regexp.MustCompile(`(?:\b(?i:in\s+order|so\s+as|in\s+(?:a|an)\s+(?:bid|effort|attempt)|aim(?:s|ed|ing)?|intended|designed|meant|pleas?|calls?|bids?|efforts?|attempts?|plans?)|\b(?i:in|at|to|into|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?i:to|at)\s+(\p{Ll}+)\b`)

// purposeUnmet reports a purpose of the claim (readPurposes) whose verb
// no sentence meets beside the action it is the purpose of: what one did
// something for is no content word that the others may outvote, nor one
// to take from a sentence about another deed ("Russia waged an air campaign in
// Syria to topple Assad" is not met by "to bolster Assad" and, elsewhere,
// "rebels seeking his ouster"). The verb is met as written, by stem or as
// a related word, not by a near one (the word vectors put "halt" beside
// "resume"), nor by a word the claim writes itself ("ending" is not met
// by the "cease" of "the cease-fire" it ends). The action is the claim's
// common words before the purpose, not its "meant" or "plea" ("it was
// meant to end the crisis" may rest on "aimed at ending the crisis") nor
// a verb of speech; the sentence must hold one of them as written or by
// stem (a related word may be any deed: "campaign" and "supporting"). A
// claim with none needs the verb met anywhere.
func purposeUnmet(f facts, terms [][]string) bool {
	for _, p := range f.purposes {
		if !slices.ContainsFunc(terms, func(ts []string) bool {
			return p.verb.Credit(ts) > 0 && (len(p.action) == 0 || slices.ContainsFunc(p.action, func(w match.Word) bool { return w.Credit(ts) >= match.CreditCorrected }))
		}) {
			return true
		}
	}
	return false
}

// purpose is a purpose a claim gives: its verb, with the words that may
// meet it, and the words of the action it is the purpose of.
type purpose struct {
	verb   match.Word
	action []match.Word
}

// readPurposes reads the claim's purposes (purposeRe), once for all the
// sentences it may rest on. A quotation is checked word for word: its
// "effort to arm" is the speaker's.
func (f facts) readPurposes() []purpose {
	var out []purpose
	for _, m := range purposeRe.FindAllStringSubmatch(quoteRe.ReplaceAllString(f.text, " … "), -1) {
		t := term.Word(m[1])
		i := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == t && !w.NameLike && !w.Name })
		if t == "" || i < 0 {
			continue
		}
		p := purpose{verb: notOwn(f, above(f.q.Words[i], match.CreditNear))}
		for _, w := range f.q.Words[:i] {
			if !w.NameLike && !w.Name && !term.IsNumber(w.Term) && !strings.Contains(m[0], w.Surface) && !reportsSpeech(strings.ToLower(w.Surface)) {
				p.action = append(p.action, w)
			}
		}
		out = append(out, p)
	}
	return out
}

// roleMet reports whether the sentences meet a claim's role (term t) as
// written, by stem, or by another role that stands for it: a verb the
// role noun shares a sense with ("minister" and "meet") is no role.
func roleMet(f facts, t string, terms [][]string) bool {
	for _, w := range f.q.Words {
		if w.Term != t {
			continue
		}
		for _, a := range w.Alts {
			if a.Term != t && !question.IsRoleHead(a.Term) {
				continue
			}
			if slices.ContainsFunc(terms, func(ts []string) bool { return slices.Contains(ts, a.Term) }) {
				return true
			}
		}
		return false
	}
	return true
}

// mannerEndRe finds an adverb of manner ending a claim after its verb:
// "had gone smoothly", "ended abruptly". All the claim says of how the
// thing went is that word.
var mannerEndRe = regexp.MustCompile(`(?i)\b[a-z]+\s+([a-z]{3,}ly)\W*$`)

// notManner are words in "-ly" that say no manner: times, amounts and
// words that are no adverbs.
var notManner = map[string]bool{
	"only": true, "early": true, "likely": true, "unlikely": true, "daily": true, "weekly": true,
	"monthly": true, "yearly": true, "quarterly": true, "hourly": true, "nightly": true, "family": true,
	"italy": true, "july": true, "rally": true, "ally": true, "reply": true, "supply": true,
	"apply": true, "fly": true, "holy": true, "ugly": true, "friendly": true, "elderly": true,
	"recently": true, "lately": true, "currently": true, "previously": true, "formerly": true,
	"immediately": true, "eventually": true, "finally": true, "initially": true, "originally": true,
	"reportedly": true, "allegedly": true, "apparently": true, "publicly": true, "privately": true,
	"officially": true, "nearly": true, "roughly": true, "approximately": true, "mostly": true,
	"mainly": true, "largely": true, "partly": true, "fully": true, "directly": true, "personally": true,
}

// otherModifier reports a term a negation governs after its first (not
// its head) that the claim writes right after a common word of its own
// which the negation does not govern: "a political solution" is not the
// "solution" of "not a military solution".
func otherModifier(toks []term.Token, t string, negs, heads []string) bool {
	if slices.Contains(heads, t) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Term != t || toks[k].AfterBreak {
			continue
		}
		m := toks[k-1]
		if m.Term != "" && !m.Capitalized && !term.IsNumber(m.Term) && !slices.Contains(negs, m.Term) {
			return true
		}
	}
	return false
}

// roleAsRe finds the role a claim gives someone after a verb of working
// and "as": "worked as a waiter", "served as ambassador to Russia",
// "hired as a consultant"; its group is the phrase, up to three words.
var roleAsRe = regexp.MustCompile(`(?i)\b(?:work|works|worked|working|serve|serves|served|serving|employed|hired|began|started|acted|job|career|post|stint)\s+as\s+(?:a|an|the|its|their|his|her)?\s*((?:[\w-]+\s+){0,2}[\w-]+)`)

// roleAsUnmet reports a claim that gives someone a role after "as" with
// a noun the sentences meet in no way: "he worked as a waiter to help pay
// for his degree" where he collected trash to pay for it. The role's
// last word before a preposition is its noun.
func roleAsUnmet(f facts, terms [][]string) bool {
	for _, m := range roleAsRe.FindAllStringSubmatch(f.text, -1) {
		words := strings.Fields(m[1])
		noun := ""
		for _, w := range words {
			if isPrepositionWord(strings.ToLower(w)) {
				break
			}
			noun = w
		}
		if t := term.Word(noun); t != "" && wordUnmet(f, t, terms) {
			return true
		}
	}
	return false
}

// isPrepositionWord reports a preposition that ends a role's noun phrase:
// "ambassador to Russia", "adviser for the campaign".
func isPrepositionWord(w string) bool {
	switch w {
	case "to", "for", "of", "at", "in", "on", "with", "from", "under", "during", "until":
		return true
	}
	return false
}

// inclusionMarkers open the members of a group a claim names: "About 20
// participants, including Bashar al-Assad".
var inclusionMarkers = map[string]bool{"including": true, "includes": true, "include": true, "included": true}

// memberElsewhere reports a name a claim counts among a group ("20
// participants, including Bashar al-Assad") that no sentence naming it
// speaks of the group in: none meets the number the claim counts the
// group by before "including", or without one, a word it gives it. A member is not pieced from a sentence on
// the group and one that names someone else.
func (c *checker) memberElsewhere(f facts, set []sentRef) bool {
	for i, t := range f.toks {
		if !inclusionMarkers[strings.ToLower(t.Surface)] {
			continue
		}
		group := f.toks[:i]
		counted := slices.ContainsFunc(group, func(u term.Token) bool { return term.IsNumber(u.Term) })
		ofGroup := func(r sentRef) bool {
			si := c.info(r)
			for _, u := range group {
				switch {
				case u.Term == "" || u.Capitalized:
				case term.IsNumber(u.Term):
					if vs := numbers(u.Surface); len(vs) == 1 && numberIn(vs[0], si.numbers) {
						return true
					}
				case counted:
					// "About 20 participants": the count says which group.
				case slices.Contains(si.terms, u.Term):
					return true
				default:
					if k := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == u.Term }); k >= 0 && f.q.Words[k].Credit(si.terms) >= match.CreditNear {
						return true
					}
				}
			}
			return false
		}
		for _, n := range f.names {
			if n.at > i && !slices.ContainsFunc(set, func(r sentRef) bool { return ofGroup(r) && c.nameMet(n, [][]string{c.info(r).terms}) }) {
				return true
			}
		}
	}
	return false
}
