package question

import (
	"regexp"
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

// This file holds the order of events a text gives by "before" and
// "after".

// orderMark is a "before" or an "after" in a text, with the index terms
// of the few words that follow it: what the event is placed against.
type orderMark struct {
	after bool
	terms []string
}

// orderReach is how many words after a "before" or an "after" may name
// what it places an event against ("before the Norman Conquest").
const orderReach = 4

// orderWord finds a "before" or an "after" without reading the words.
var orderWord = regexp.MustCompile(`(?i)\b(?:before|after)\b`)

// orderMarks returns a text's "before"s and "after"s.
func orderMarks(text string) []orderMark {
	toks := term.Tokenize(text)
	var out []orderMark
	for i, t := range toks {
		w := strings.ToLower(t.Surface)
		if w != "before" && w != "after" {
			continue
		}
		m := orderMark{after: w == "after"}
		for _, n := range toks[i+1 : min(len(toks), i+1+orderReach)] {
			if n.Term != "" {
				m.terms = append(m.terms, n.Term)
			}
		}
		out = append(out, m)
	}
	return out
}

// OtherOrder reports a text that places the event of a first one (a
// question, a claim) on the other side of what the first places it
// against, and not on the same side too: "how many had fled after the
// act was passed?" is not answered by "before the act was passed, 50,000
// had fled". A text that places the other event against the first's
// ("the act was passed after 50,000 had fled") says nothing against it.
func OtherOrder(first, text string) bool {
	if !orderWord.MatchString(first) {
		return false
	}
	qm := orderMarks(first)
	if len(qm) == 0 {
		return false
	}
	sm := orderMarks(text)
	for _, q := range qm {
		if len(q.terms) == 0 {
			continue
		}
		against := q.terms[0]
		other, same := false, false
		for _, m := range sm {
			if slices.Contains(m.terms, against) {
				other = other || m.after != q.after
				same = same || m.after == q.after
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}
