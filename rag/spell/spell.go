// Package spell corrects typos in questions against the words of the
// corpus: "sponserd" becomes "sponsored", "tlaks" "talks" and "Psacki"
// "Psaki", because those are the words the articles use.
package spell

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
)

// Speller suggests corpus words for misspelt ones. It is read-only and
// safe for concurrent use.
type Speller struct {
	// byLen holds the words by their length in runes, most frequent first.
	byLen map[int][]entry
}

type entry struct {
	word  string
	count int
}

// New makes a Speller from the corpus words (lower case) and how often
// each occurs.
func New(counts map[string]int) *Speller {
	s := &Speller{byLen: make(map[int][]entry)}
	for w, n := range counts {
		l := utf8.RuneCountInString(w)
		if l < minLen-1 {
			continue
		}
		s.byLen[l] = append(s.byLen[l], entry{w, n})
	}
	for _, es := range s.byLen {
		sort.Slice(es, func(i, j int) bool {
			if es[i].count != es[j].count {
				return es[i].count > es[j].count
			}
			return es[i].word < es[j].word
		})
	}
	return s
}

// minLen is the shortest word Parley corrects: shorter ones have too many
// neighbours one letter away.
const minLen = 4

// maxDistance is how many edits a word of n runes may be from its
// correction: one up to five letters, two from six.
func maxDistance(n int) int {
	switch {
	case n < minLen:
		return 0
	case n < 6:
		return 1
	}
	return 2
}

// Correct returns the corpus word nearest to w (lower-cased), and true, or
// "" and false when none is near enough. The nearest is the one with the
// fewest edits, then the most frequent, then the first in alphabetical
// order, so the answer never depends on map order. A correction two edits
// away must keep the first letter: typos rarely change it.
func (s *Speller) Correct(w string) (string, bool) {
	if s == nil {
		return "", false
	}
	w = strings.ToLower(w)
	n := utf8.RuneCountInString(w)
	maxD := maxDistance(n)
	if maxD == 0 {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(w)
	best, bestD, bestCount := "", maxD+1, 0
	for l := n - maxD; l <= n+maxD; l++ {
		for _, e := range s.byLen[l] {
			if abs(l-n) > bestD {
				break // a length this far off is more edits than the best; as many may tie on frequency ("kery": "Kerry", not "key")
			}
			d := textutil.EditDistance(w, e.word)
			if d == 0 {
				return e.word, true
			}
			if d > maxD {
				continue
			}
			if f, _ := utf8.DecodeRuneInString(e.word); d == 2 && f != first {
				continue
			}
			if d < bestD || d == bestD && (e.count > bestCount || e.count == bestCount && e.word < best) {
				best, bestD, bestCount = e.word, d, e.count
			}
		}
	}
	return best, best != ""
}

// minClipped is the shortest clipped word Parley completes, and
// minClippedTail how many letters it must lack at least: "prep" for
// "preparatory", "admin" for "administration".
const (
	minClipped     = 4
	minClippedTail = 3
)

// Complete returns the most frequent corpus word that w (lower-cased)
// begins and that is at least minClippedTail letters longer, and true:
// chat clips long words ("prep talks", "the admin"), and makes clips
// plural ("orgs" for "organizations"). Ties go to the first in
// alphabetical order. A word shorter than minClipped is not completed.
func (s *Speller) Complete(w string) (string, bool) {
	if s == nil {
		return "", false
	}
	w = strings.ToLower(w)
	n := utf8.RuneCountInString(w)
	if n < minClipped {
		return "", false
	}
	if best, ok := s.complete(w, n, ""); ok {
		return best, true
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok {
		// A clipped word made plural ("orgs", "convos") is the plural of
		// what its clip begins.
		return s.complete(stem, n-1, "s")
	}
	return "", false
}

// complete is Complete for a lower-cased prefix w of n letters, taking
// only words that end in suffix.
func (s *Speller) complete(w string, n int, suffix string) (string, bool) {
	best, bestCount := "", 0
	for l, es := range s.byLen {
		if l < n+minClippedTail {
			continue
		}
		for _, e := range es {
			if e.count < bestCount {
				break // most frequent first
			}
			if strings.HasPrefix(e.word, w) && strings.HasSuffix(e.word, suffix) && (e.count > bestCount || e.word < best) {
				best, bestCount = e.word, e.count
			}
		}
	}
	return best, best != ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
