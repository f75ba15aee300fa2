package match

import (
	"regexp"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

// markAlternatives sets Or on the names of text that "or" joins, as
// alternatives: "is the envoy in Astana or Geneva?" asks about one place
// or the other, and a sentence that says either meets the question as
// one that says both would. A name of several words is one alternative
// ("Staffan de Mistura or John Kerry"), and so are the names a list
// gives before it ("Oslo, Bern or Rome"). After "which of", "and" joins
// alternatives as "or" does. Other words are left alone: "or"
// often joins near synonyms ("introduced or popularized"), which one
// sentence may both say.
func markAlternatives(text string, toks []term.Token, words []Word) {
	// at[k] is the word of token k, or -1: the question's words are its
	// content tokens, in order.
	at := make([]int, len(toks))
	next := 0
	for k, t := range toks {
		at[k] = -1
		if next < len(words) && t.Term != "" && strings.EqualFold(t.Surface, words[next].Surface) {
			at[k] = next
			next++
		}
	}
	choice := whichOfRe.MatchString(text)
	for k := 1; k+1 < len(toks); k++ {
		if !strings.EqualFold(toks[k].Surface, "or") && !(choice && strings.EqualFold(toks[k].Surface, "and")) {
			continue
		}
		after := k + 1
		if after+1 < len(toks) && articles[strings.ToLower(toks[after].Surface)] {
			after++ // "Astana or the capital"
		}
		left, right := at[k-1], at[after]
		if left < 0 || right < 0 || !named(words[left]) || !named(words[right]) {
			continue // "introduced or popularized": a sentence may say both
		}
		// A name of several words, right before "or" and right after it,
		// is one alternative.
		first, last := left, right
		for p := k - 2; p >= 0 && first > 0 && at[p] == first-1 && (toks[p].Capitalized || named(words[first-1])); p-- {
			first--
		}
		for p := after + 1; p < len(toks) && last+1 < len(words) && at[p] == last+1 && (toks[p].Capitalized || named(words[last+1])); p++ {
			last++
		}
		group := first + 1
		if words[first].Or > 0 {
			group = words[first].Or // "Oslo, Bern or Rome" joins the group before
		}
		for i := first; i <= last; i++ {
			words[i].Or = group
		}
	}
}

// whichOfRe matches a question that asks which of the names it lists:
// "which of russia, iran and turkey backs the rebels?" asks about one of
// them, as "or" does.
var whichOfRe = regexp.MustCompile(`(?i)^\W*which\s+(?:one\s+)?of\s`)

// named reports a word the question capitalises, or the articles do.
func named(w Word) bool { return w.Name || w.NameLike }

// articles may stand between "or" and its alternative.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// groupHeaviest returns the index of the heaviest word of the
// alternatives whose first word is first; ties go to the earlier.
func groupHeaviest(words []Word, first int) int {
	best := first
	for i := first; i < len(words); i++ {
		if words[i].Or == first+1 && words[i].Weight > words[best].Weight {
			best = i
		}
	}
	return best
}

// Counted reports whether word i's weight counts in the question's: it
// is one of no alternatives, or the heaviest of its own.
func (qr Query) Counted(i int) bool {
	w := qr.Words[i]
	return w.Or == 0 || groupHeaviest(qr.Words, w.Or-1) == i
}

// Alternatives returns the indexes of the words that stand for word i:
// itself, and the alternatives "or" joins it to.
func (qr Query) Alternatives(i int) []int {
	w := qr.Words[i]
	if w.Or == 0 {
		return []int{i}
	}
	var out []int
	for j, o := range qr.Words {
		if o.Or == w.Or {
			out = append(out, j)
		}
	}
	return out
}
