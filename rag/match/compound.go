package match

import (
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// minCompoundPart is the fewest letters a part of a closed compound may
// have: shorter pieces ("a", "to", "be") split most words somewhere.
const minCompoundPart = 3

// compoundHead returns the index term of the last part of a closed
// compound that the articles write as two words: "airstrikes" where they
// write "air strikes", "peacekeepers" for "peace keepers". The word must
// be one neither the articles nor WordNet know (so "understand" is never
// "under stand"), written in lower-case letters, and split into two
// words of minCompoundPart letters or more that the articles both use;
// the first such split from the left wins. "" when there is none.
func compoundHead(ix *index.Index, lx *lexicon.Lexicon, surface, t string) string {
	if ix.SentenceDF(t) > 0 || lx.Related(t) != nil || len(surface) < 2*minCompoundPart {
		return ""
	}
	for _, r := range surface {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	for i := minCompoundPart; i <= len(surface)-minCompoundPart; i++ {
		first, head := term.Word(surface[:i]), term.Word(surface[i:])
		if first != "" && head != "" && ix.SentenceDF(first) > 0 && ix.SentenceDF(head) > 0 {
			return head
		}
	}
	return ""
}

// compoundSenses returns, by the term of its last part, what a question's
// hyphenated compound means as a whole, with the credit each meets it at:
// its joined form, as the index holds the articles' compounds
// ("cease-fire" as "ceasefire"), then the terms WordNet relates to it
// ("go-between": intermediary, mediator), those the articles use, in the
// compound's own sense. Its parts alone mean something else: "go" and
// "betweens" say nothing of an intermediary. It also returns the indexes
// in q.Words of the other parts of the compounds WordNet knows as words,
// which are no question words of their own.
func (m *Matcher) compoundSenses(q question.Question) (senses map[string][]Alt, parts map[int]bool) {
	for _, c := range term.HyphenCompounds(q.Text) {
		split := strings.LastIndexByte(c, '-')
		joined, head := term.Word(strings.ReplaceAll(c, "-", "")), term.Word(c[split+1:])
		if joined == "" || head == "" {
			continue
		}
		var alts []Alt
		if m.ix.SentenceDF(joined) > 0 {
			alts = append(alts, Alt{joined, CreditCorrected})
		}
		for _, r := range m.lx.Related(joined) {
			if m.ix.SentenceDF(r) > 0 && !m.otherSense(joined, r) {
				alts = append(alts, Alt{r, CreditRelated})
			}
		}
		if len(alts) == 0 {
			continue
		}
		if senses == nil {
			senses, parts = map[string][]Alt{}, map[int]bool{}
		}
		senses[head] = alts
		if m.lx.Related(joined) == nil {
			continue // no word of its own: "six-year" is still six years
		}
		// The words just before the head that are the compound's parts.
		before := strings.Split(c[:split], "-")
		for i, w := range q.Words {
			if strings.ToLower(w.Surface) != c[split+1:] {
				continue
			}
			for j := i - 1; j >= 0 && slices.Contains(before, strings.ToLower(q.Words[j].Surface)); j-- {
				parts[j] = true
			}
		}
	}
	return senses, parts
}

// particles follow a verb in the verbs of two words that news also
// writes as one noun: "melt down" and "meltdown", "crack down" and
// "crackdown", "take over" and "takeover".
var particles = []string{"down", "up", "out", "off", "over", "back", "through"}

// ParticleNouns returns, by the term of a verb among a text's tokens,
// the index term of the noun the verb and the particle after it make,
// when writes reports that the articles write it: "melting down" is met
// by "meltdown", "laid off" by "layoffs" (through the verb's base form).
// Retrieval, answering and who-said all read a question's verbs so.
func ParticleNouns(toks []term.Token, lx *lexicon.Lexicon, writes func(t string) bool) map[string]string {
	var out map[string]string
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i].Term, strings.ToLower(toks[i+1].Surface)
		if t == "" || toks[i].Capitalized || toks[i+1].AfterBreak || !slices.Contains(particles, next) {
			continue
		}
		for _, base := range append([]string{t}, lx.Forms(t)...) {
			c := term.Word(base + next)
			if c == "" || c == t || !writes(c) {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[t] = c
			break
		}
	}
	return out
}
