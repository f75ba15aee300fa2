package answer

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/quote"
)

// quoted answers "who is quoted in the articles?": the speakers the
// articles quote most, most first, each with their role and the number
// of their quotations, and the sentence of their first quotation cited.
func quoted(ix *index.Index, ans Answer) Answer {
	first := map[string][2]int{} // speaker: document and sentence of the first quotation
	for d, doc := range ix.Documents() {
		for s := range doc.Sentences {
			for _, q := range ix.QuotesIn(d, s) {
				if _, ok := first[q.Speaker]; !ok && q.Speaker != "" {
					first[q.Speaker] = [2]int{d, s}
				}
			}
		}
	}
	var speakers []quote.Speaker
	for _, sp := range ix.Speakers() {
		if _, ok := first[sp.Name]; ok && sp.Quotes > 0 {
			speakers = append(speakers, sp)
		}
	}
	if len(speakers) == 0 {
		return ans
	}
	slices.SortStableFunc(speakers, func(a, b quote.Speaker) int {
		return cmp.Or(cmp.Compare(b.Quotes, a.Quotes), cmp.Compare(a.Name, b.Name))
	})
	text := fmt.Sprintf("The articles quote %d speakers, most quoted first:", len(speakers))
	if len(speakers) == 1 {
		text = "The articles quote 1 speaker:"
	}
	for i, sp := range speakers {
		if i == maxOverview {
			text += fmt.Sprintf("\n…and %d more.", len(speakers)-maxOverview)
			break
		}
		at := first[sp.Name]
		n := len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(n, ix.Documents()[at[0]].Sentences[at[1]]))
		role := ""
		if sp.Role != "" {
			role = ", " + sp.Role
		}
		text += fmt.Sprintf("\n- %s%s (%d) [%d]", sp.Name, role, sp.Quotes, n)
	}
	ans.Abstained = false
	ans.Text = text
	ans.Checked.Claims = len(ans.Citations)
	return ans
}
