package answer

import (
	"slices"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/index"
)

// repeats reports a sentence that says what one already chosen says:
// the same sentence in two articles (a wire story two sites ran, an
// update of a story, edited a little) is shown and cited once.
func repeats(ix *index.Index, chosen []candidate, c candidate) bool {
	ts := ix.SentenceTerms(c.doc, c.sent)
	return slices.ContainsFunc(chosen, func(o candidate) bool {
		return o.doc == c.doc && o.sent == c.sent || SaysTheSame(ts, ix.SentenceTerms(o.doc, o.sent))
	})
}

// repeatShare is the share of the words of the longer of two sentences
// that the other must hold for them to say the same.
const repeatShare = 0.8

// SaysTheSame reports two sentences, by their terms, that say the same:
// the one holds most of the other's words (a copy edited a little, with
// a dateline, or "the country" for "the United States").
func SaysTheSame(a, b []string) bool {
	return sameWords(textutil.Set(a), textutil.Set(b))
}

// sameWords is SaysTheSame of two sentences' sets of terms.
func sameWords(sa, sb map[string]bool) bool {
	short, long := min(len(sa), len(sb)), max(len(sa), len(sb))
	if short == 0 || float64(short) < repeatShare*float64(long) {
		return false // they cannot share enough
	}
	shared := 0
	for t := range sa {
		if sb[t] {
			shared++
		}
	}
	return float64(shared) >= repeatShare*float64(long)
}

// Said remembers the sentences given, by their terms, to tell one that
// says what one of them says (see SaysTheSame) without making their sets
// again for each.
type Said struct {
	sets []map[string]bool
}

// Add remembers a sentence's terms.
func (s *Said) Add(terms []string) {
	if len(terms) > 0 {
		s.sets = append(s.sets, textutil.Set(terms))
	}
}

// Repeats reports whether a sentence says what one remembered says.
func (s *Said) Repeats(terms []string) bool {
	if len(s.sets) == 0 || len(terms) == 0 {
		return false
	}
	set := textutil.Set(terms)
	return slices.ContainsFunc(s.sets, func(o map[string]bool) bool { return sameWords(set, o) })
}
