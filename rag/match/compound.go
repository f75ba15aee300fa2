package match

import (
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/term"
)

// minCompoundPart is the fewest letters a part of a closed compound may
// have: shorter pieces ("a", "to", "be") split most words somewhere.
const minCompoundPart = 3

// compoundHead returns the index term of the last part of a closed
// compound that the articles write as two words: "airstrikes" where they
// write "air strikes", "peacekeepers" for "peace keepers". The word must
// be one neither the articles nor WordNet know (so "understand" is never
// "under stand"), written in lower-case letters, and split into two
// words of minCompoundPart letters or more that the articles both use;
// the first such split from the left wins. "" when there is none.
func compoundHead(ix *index.Index, lx *lexicon.Lexicon, surface, t string) string {
	if ix.SentenceDF(t) > 0 || lx.Related(t) != nil || len(surface) < 2*minCompoundPart {
		return ""
	}
	for _, r := range surface {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	for i := minCompoundPart; i <= len(surface)-minCompoundPart; i++ {
		first, head := term.Word(surface[:i]), term.Word(surface[i:])
		if first != "" && head != "" && ix.SentenceDF(first) > 0 && ix.SentenceDF(head) > 0 {
			return head
		}
	}
	return ""
}
