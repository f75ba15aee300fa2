package match

import (
	"strings"

	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// determiners are the words that open a noun phrase: "going to the
// talks" goes somewhere.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"any": true, "some": true, "each": true, "every": true,
}

// IsDeterminer reports whether a lower-case word opens a noun phrase
// ("the", "its", "every"): what follows it is no verb.
func IsDeterminer(w string) bool { return determiners[w] }

// futureGoings returns the indexes in q.Words of the "going"s that make
// a future ("what is Russia going to do?", "who is going to represent
// them?"): "going to" and a word that is no name and opens no noun
// phrase. Such a "going" asks about no going: "what is Russia going to
// do?" is not answered by talks that were "hard going". "who is going
// to Astana?" and "going to the talks" keep theirs, and so does a yes-no
// question: its answer must meet more of it ("is Assad going to be
// arrested?" would otherwise be answered by a plea "to halt flights",
// WordNet relating arrest to halt).
func (m *Matcher) futureGoings(q question.Question, toks []term.Token) map[int]bool {
	if q.YesNo {
		return nil
	}
	var futures []bool // for each "going" of the question, in order
	for i, t := range toks {
		if !strings.EqualFold(t.Surface, "going") {
			continue
		}
		future := false
		if i+2 < len(toks) && strings.EqualFold(toks[i+1].Surface, "to") {
			next := toks[i+2]
			lower := strings.ToLower(next.Surface)
			future = !determiners[lower] && !next.Capitalized && !term.IsNumber(lower) &&
				!(next.Term != "" && (m.ix.IsCapitalised(next.Term) || m.lx != nil && m.lx.IsProperName(next.Term)))
		}
		futures = append(futures, future)
	}
	var out map[int]bool
	k := 0
	for j, w := range q.Words {
		if !strings.EqualFold(w.Surface, "going") {
			continue
		}
		if k < len(futures) && futures[k] {
			if out == nil {
				out = map[int]bool{}
			}
			out[j] = true
		}
		k++
	}
	return out
}
