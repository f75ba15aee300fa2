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
	// asked marks a question's "before what?": what it places the event
	// against is the answer.
	asked bool
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
		if i+1 < len(toks) {
			switch strings.ToLower(toks[i+1].Surface) {
			case "what", "which", "whom", "who", "when":
				m.asked = true
			}
		}
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
// had fled", nor "the vote is held before what?" by "after the debate
// the vote is held". A text that places the other event against the first's
// ("the act was passed after 50,000 had fled") says nothing against it.
func OtherOrder(first, text string) bool {
	if !mentionsAny(first, "before", "after") || !mentionsAny(text, "before", "after") || !orderWord.MatchString(first) {
		return false
	}
	qm := orderMarks(first)
	if len(qm) == 0 {
		return false
	}
	sm := orderMarks(text)
	for _, q := range qm {
		if len(q.terms) == 0 && !q.asked {
			continue
		}
		other, same := false, false
		for _, m := range sm {
			// "held just before what?" is not answered by "just after
			// the debate … is held": what a text places the event
			// against, on either side, is the answer.
			if q.asked || slices.Contains(m.terms, q.terms[0]) {
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
