package match

import (
	"slices"

	"github.com/parleybot/parley/rag/term"
)

// occurrenceTerms are the index terms of the verbs by which an event
// comes about: "happen", "occur", and "hold" (and so "held") and
// "convene" of a meeting. Asked where or when an event happens, one says
// what another does: "where will the talks happen?" is answered by
// "talks are to be held in Geneva". WordNet relates "happen" and "take
// place", not "hold".
var occurrenceTerms = []string{term.Word("happen"), term.Word("occur"), term.Word("hold"), term.Word("convene")}

// isOccurrence reports whether t is one of occurrenceTerms.
func isOccurrence(t string) bool { return slices.Contains(occurrenceTerms, t) }
