package match

import (
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/term"
)

// phraseSenses finds a question's verbs of several words that WordNet
// knows ("call off", "got hold of", "take part"), longest first at each
// word, and returns the one-word terms of their senses by the term of
// each of the verb's content words (call: cancel; take and part:
// participate). Each word of the verb stands for the whole: "part" of
// "take part" is no part of anything.
func (m *Matcher) phraseSenses(toks []term.Token) map[string][]string {
	if m.lx == nil {
		return nil
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = lexicon.PhraseWord(t.Surface)
	}
	var out map[string][]string
	for i := 0; i < len(toks); i++ {
		for n := min(lexicon.MaxPhraseWords, len(toks)-i); n >= 2; n-- {
			senses := m.lx.Phrase(keys[i : i+n])
			if senses == nil {
				continue
			}
			for _, t := range toks[i : i+n] {
				if t.Term != "" && out[t.Term] == nil {
					if out == nil {
						out = map[string][]string{}
					}
					out[t.Term] = senses
				}
			}
			i += n - 1
			break
		}
	}
	return out
}
