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
	sa, sb := textutil.Set(a), textutil.Set(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	shared := 0
	for t := range sa {
		if sb[t] {
			shared++
		}
	}
	return float64(shared) >= repeatShare*float64(max(len(sa), len(sb)))
}
