package claim

// Who said what: the speaker, reporter and quotations of a claim.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// saidTerm is the index term of "said".
var saidTerm = term.Word("said")

// plainSpeech are the words of speech that say no more than "said".
var plainSpeech = map[string]bool{
	"noted": true, "notes": true, "stated": true, "states": true, "added": true, "adds": true,
	"remarked": true, "remarks": true, "commented": true, "comments": true, "observed": true,
	"mentioned": true, "mentions": true, "explained": true, "explains": true,
	// "The conflict is described as six years old" frames what it is.
	"described": true, "describes": true,
	// "Kerry believes Assad has lost the legitimacy …": a view given as
	// what he argued.
	"believes": true, "believed": true, "thinks": true, "feels": true, "felt": true,
	"considers": true, "maintains": true, "maintained": true, "contends": true, "contended": true,
}

// reportsSpeech reports whether a lower-case word reports speech, as the
// quotation extractor reads cues, or a view given as speech ("believes").
func reportsSpeech(w string) bool { return quote.ReportsSpeech(w) || plainSpeech[w] }

// speechActs are the index terms of verbs of speech that say what the
// speaker did by speaking, not only that words were said: "Psaki
// apologized for the delays" is no paraphrase of "Psaki said …", so the
// word must be met as any other. (Verbs that only frame the words,
// "said", "stressed", "acknowledged", paraphrase one another; a refusal
// or a denial is the negation rule's.)
var speechActs = termSet("apologize", "apologise", "thank", "praise", "criticize", "criticise", "condemn", "accuse", "blame",
	"threaten", "promise", "vow", "pledge", "boast", "joke", "congratulate", "welcome", "confess", "mock", "insult",
	"scoff", "plead", "beg", "forgive")

// personalSpeech are the pronouns that report a person's speech: "he"
// and "she" after a claim that names who spoke stand for that speaker.
var personalSpeech = map[string]bool{"he": true, "she": true}

// weRe finds the first person plural in a quotation: the speaker's side.
var weRe = regexp.MustCompile(`\b(?:[Ww]e|[Oo]ur|[Oo]urs|us)\b`)

// speakersWe reports whether a name is the "we" of a quotation in the
// sentences: the body the articles make its speaker speak for, by the
// role they give them ("State Department spokesman John Kirby": "We
// absolutely share his concerns" are the State Department's; "U.S.
// Secretary of State John Kerry": "We're trying to pursue the diplomacy"
// is the United States').
func (c *checker) speakersWe(n name, set []sentRef) bool {
	for _, r := range set {
		for _, q := range c.ix.QuotesIn(r.doc, r.sent) {
			if q.Speaker == "" || !weRe.MatchString(q.Text) {
				continue
			}
			if slices.ContainsFunc(c.rolesOf(q.Speaker), func(rt []string) bool { return containsAll(rt, n.words) }) {
				return true
			}
		}
	}
	return false
}

// rolesOf returns the terms of each role the articles give a speaker, in
// any of their quotations, read once per answer: the claims and the sets
// of sentences they may rest on ask again.
func (c *checker) rolesOf(speaker string) [][]string {
	if rs, ok := c.roles[speaker]; ok {
		return rs
	}
	var rs [][]string
	seen := map[string]bool{}
	for _, q := range c.ix.Quotes() {
		if q.Speaker == speaker && q.Role != "" && !seen[q.Role] {
			seen[q.Role] = true
			rs = append(rs, term.Of(q.Role))
		}
	}
	if c.roles == nil {
		c.roles = map[string][][]string{}
	}
	c.roles[speaker] = rs
	return rs
}

// rightMouth reports whether a quotation the claim puts in someone's mouth
// is theirs: when the articles attribute it, one of the claim's names must
// be its speaker's.
func (c *checker) rightMouth(f facts, q string) bool {
	if len(f.names) == 0 {
		return true
	}
	var speakers []string
	marked := false // the articles set the words in quotation marks
	for _, cq := range c.ix.Quotes() {
		if !strings.Contains(fold(cq.Text), q) {
			continue
		}
		marked = marked || cq.Kind != quote.Indirect
		if cq.Speaker != "" {
			speakers = append(speakers, cq.Speaker)
		}
		if cq.Role != "" && namesRole(f.toks, cq.Role) {
			return true // "The Free Syrian Army spokesman told Al-Jazeera …" of "a spokesman for the Free Syrian Army"
		}
	}
	if !marked && len(f.reported) > 0 && len(strings.Fields(q)) >= minQuotedWords {
		return false // `Lavrov said "14 rebel organizations have agreed"`: reported speech made a quotation
	}
	if len(speakers) == 0 {
		return true
	}
	for _, sp := range speakers {
		st := term.Of(sp)
		for _, n := range append(slices.Clip(f.names), f.outer...) {
			if slices.Contains(st, n.head) {
				return true
			}
		}
	}
	return false
}

// namesRole reports whether a claim calls someone by the role the
// articles give the speaker: a role noun of it, with the words that
// qualify it in the claim ("Free Syrian Army spokesman", "spokesman for
// the Free Syrian Army") all words of the role. A role alone ("the
// spokesman") or qualified otherwise ("the Syrian government spokesman")
// names no one.
func namesRole(toks []term.Token, role string) bool {
	rt := term.Of(role)
	for i, t := range toks {
		if !quote.IsRole(t.Surface) || !slices.Contains(rt, t.Term) {
			continue
		}
		var qual []string
		for k := i - 1; k >= 0 && toks[k].Term != "" && !toks[k+1].AfterBreak; k-- {
			qual = append(qual, toks[k].Term)
		}
		if k := i + 1; k+1 < len(toks) && (strings.EqualFold(toks[k].Surface, "for") || strings.EqualFold(toks[k].Surface, "of")) {
			k++
			if strings.EqualFold(toks[k].Surface, "the") {
				k++
			}
			for ; k < len(toks) && toks[k].Capitalized && toks[k].Term != ""; k++ {
				qual = append(qual, toks[k].Term)
			}
		}
		if len(qual) > 0 && !slices.ContainsFunc(qual, func(w string) bool { return !slices.Contains(rt, w) }) {
			return true
		}
	}
	return false
}

// rightReporter reports whether speech the claim reports ("X said …")
// is the speech of someone it names: of the sentences it rests on, take
// the one that holds most of what is reported; when the articles give a
// person as the speaker of a quotation or reported speech standing in
// it, one of the claim's names must hold that person's last name.
// "Lavrentyev said the preparatory talks had been hard going" rests on a
// sentence of Aleksandr Musienko's words.
func (c *checker) rightReporter(f facts, set []sentRef, terms [][]string) bool {
	if len(f.names) == 0 || len(f.reported) == 0 {
		return true
	}
	if !reportedHeld(f, terms) {
		return false
	}
	if f.byPronoun {
		return true // no one named says it, as when the claim names no one
	}
	best, bestMet := sentRef{}, 0
	for _, r := range set {
		met := 0
		for _, t := range f.reported {
			if slices.Contains(c.info(r).terms, t) {
				met++
			}
		}
		if met > bestMet {
			best, bestMet = r, met
		}
	}
	speakers := c.ix.PeopleQuotedIn(best.doc, best.sent)
	if bestMet*2 < len(f.reported) || len(speakers) == 0 {
		return true // not said in one sentence, or by no one the articles name
	}
	for _, sp := range speakers {
		st := term.Of(sp)
		if len(st) == 0 {
			continue
		}
		for _, n := range f.names {
			if slices.Contains(n.words, st[len(st)-1]) {
				return true // "Kirby said", "Aleksandr Lavrentyev, Russia's negotiator, said"
			}
		}
	}
	if slices.ContainsFunc(c.ix.QuotesIn(best.doc, best.sent), func(q quote.Quote) bool { return q.Role != "" && namesRole(f.toks, q.Role) }) {
		return true // "The Free Syrian Army spokesman told Al-Jazeera …"
	}
	// "The US was trying to stress peace talks were \"the way …,\" she
	// added": the sentence has the claim's name say it in its own words.
	return slices.ContainsFunc(f.names, func(n name) bool { return c.saysItself(n, c.info(best).text) })
}

// speakerReach is how many words after a name its verb of speech may
// stand for the name to be the one who speaks.
const speakerReach = 5

// saysItself reports whether text, outside its quotations, names n and,
// within speakerReach words after it, a verb of speech.
func (c *checker) saysItself(n name, text string) bool {
	toks := c.rd.Tokenize(quoteRe.ReplaceAllString(text, " … "))
	for i, t := range toks {
		if t.Term == "" || !slices.Contains(n.words, t.Term) {
			continue
		}
		for _, v := range toks[i+1 : min(len(toks), i+1+speakerReach)] {
			if reportsSpeech(strings.ToLower(v.Surface)) {
				return true
			}
		}
	}
	return false
}

// reportedHeld reports whether the sentences meet, as written, by stem
// or as a related word (not a loose paraphrase), at least half of the
// words a claim reports someone said: the names and the saying alone do
// not hold "Rubio said the trade was a reasonable price to pay for the
// Americans' freedom" where his words are on hostages and concessions.
// terms are the sentences' terms, as gather reads them.
func reportedHeld(f facts, terms [][]string) bool {
	met, all := 0, 0
	for _, t := range f.reported {
		i := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == t })
		if i < 0 {
			continue
		}
		all++
		if slices.ContainsFunc(terms, func(ts []string) bool { return f.q.Words[i].Credit(ts) >= match.CreditRelated }) {
			met++
		}
	}
	return met*2 >= all
}

// quoteRe matches quoted text.
var quoteRe = regexp.MustCompile(`["“”]([^"“”]+)["“”]`)

// minQuotedWords is the fewest words of a quotation a claim gives
// someone that the articles must set in quotation marks too: a word or
// two in marks ("pivotal") may be a term the sentence uses.
const minQuotedWords = 3

// ellipsisRe matches an ellipsis, where a quotation leaves words out.
var ellipsisRe = regexp.MustCompile(`\.\s*\.\s*\.|…`)

// quotations returns the folded texts of a claim's quotations, a single
// word included: `was "irrelevant"` quotes the articles as surely as a
// sentence does. A quotation that leaves words out with an ellipsis
// ("The Syrian National Council ... has taken the firm decision") gives
// each part on either side as a quotation of its own.
func quotations(text string) []string {
	var out []string
	for _, m := range quoteRe.FindAllStringSubmatch(text, -1) {
		for _, part := range ellipsisRe.Split(m[1], -1) {
			if f := fold(part); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// fold keeps the words of s, lower-cased, one space apart, with
// typographic apostrophes made plain.
func fold(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ")
}
