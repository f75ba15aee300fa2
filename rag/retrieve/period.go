package retrieve

import (
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/question"
)

// InPeriod keeps the passages whose article was published in the period
// a question is pinned to ("this week"). When no passage's article has a
// date, the corpus has none to filter by and all are kept.
func InPeriod(ix *index.Index, p question.Period, passages []Passage) []Passage {
	if p.Empty() {
		return passages
	}
	docs := ix.Documents()
	dated := false
	var kept []Passage
	for _, ps := range passages {
		day := document.Day(docs[ps.Doc].Date)
		dated = dated || day != ""
		if p.Holds(day) {
			kept = append(kept, ps)
		}
	}
	if !dated {
		return passages
	}
	return kept
}
