package rag

import (
	"context"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/term"
)

// llmCandidates is how many near misses the LLM may choose from.
const llmCandidates = 5

// minCandidateScore is the least score of a near miss shown to the LLM.
const minCandidateScore = 0.15

// WhoSaid attributes a quotation; invalid input gives an *InputError.
// When no quotation matches with confidence and an LLM is configured, the
// LLM may pick one of the nearest quotations as a paraphrase.
func (e *Engine) WhoSaid(ctx context.Context, text string) ([]Attribution, error) {
	if err := ValidateQuotation(text); err != nil {
		return nil, err
	}
	all, ms, err := e.quotationMatches(ctx, e.cur.Load(), text)
	if err != nil {
		return nil, err
	}
	if len(ms) > 0 || e.opt.Generator == nil {
		return ms, nil
	}
	cands := attrib.Best(all, minCandidateScore, llmCandidates)
	if a, ok := e.chooseQuotation(ctx, text, cands); ok {
		return []Attribution{a}, nil
	}
	return ms, nil
}

// NearIntro leads the quotations NearQuotations gives, in a reply that
// names nobody.
const NearIntro = "These quotations come closest, though they may not say the same:"

// maxNear is how many near quotations NearQuotations gives.
const maxNear = 3

// minNearScore is the least score of a quotation shown as near one when
// /who-said names nobody: half of what it stands behind, about a
// quotation that holds half of the words asked for in their order.
const minNearScore = attrib.MinScore / 2

// NearQuotations returns the quotations nearest to text that WhoSaid
// does not stand behind (up to maxNear, best first), for a reply that
// names nobody to show as what comes closest, never as who said it.
// Invalid input gives an *InputError.
func (e *Engine) NearQuotations(ctx context.Context, text string) ([]Attribution, error) {
	if err := ValidateQuotation(text); err != nil {
		return nil, err
	}
	all, ms, err := e.quotationMatches(ctx, e.cur.Load(), text)
	if err != nil || len(ms) > 0 {
		return nil, err
	}
	return attrib.Best(all, minNearScore, maxNear), nil
}

// quotationMatches scores text against every quotation, and returns the
// scores with the matches /who-said stands behind, best first. "i lost
// the arguement": with no match, the words neither the corpus nor
// WordNet knows are read as typos, by the rule questions follow.
func (e *Engine) quotationMatches(ctx context.Context, cur *state, text string) (all, ms []Attribution, err error) {
	text = cur.matcher().ExpandAcronyms(text) // "the snc" said what the Syrian National Council did
	if all, err = cur.quotes().Score(ctx, text); err != nil {
		return nil, nil, err
	}
	ms = attrib.Best(all, attrib.MinScore, attrib.MaxMatches)
	if len(ms) == 0 {
		if fixed, ok := e.fixTypos(cur.ix, text); ok {
			if all, err = cur.quotes().Score(ctx, fixed); err != nil {
				return nil, nil, err
			}
			ms = attrib.Best(all, attrib.MinScore, attrib.MaxMatches)
		}
	}
	return all, ms, nil
}

// fixTypos rewrites the typed words that match.Typo reads as typos;
// ok is false when there are none.
func (e *Engine) fixTypos(ix *index.Index, text string) (string, bool) {
	words := strings.Fields(text)
	lx := e.lexiconOrNil()
	changed := false
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if core == "" {
			continue
		}
		if fixed, _, ok := match.Typo(ix, lx, core, term.Word(core)); ok {
			words[i] = strings.Replace(w, core, fixed, 1)
			changed = true
		}
	}
	return strings.Join(words, " "), changed
}

// QuotesBy lists what a speaker said; invalid input gives an *InputError.
func (e *Engine) QuotesBy(_ context.Context, speaker string) (SpeakerQuotes, error) {
	if err := ValidateSpeakerName(speaker); err != nil {
		return SpeakerQuotes{}, err
	}
	return e.cur.Load().quotes().QuotesBy(speaker), nil
}

// AllQuotes lists every quotation of the corpus in corpus order, those
// the articles leave unattributed included.
func (e *Engine) AllQuotes() []CorpusQuote { return e.cur.Load().quotes().All() }

// Speakers lists the corpus's speakers, for autocomplete.
func (e *Engine) Speakers() []Speaker { return e.cur.Load().quotes().Speakers() }

// QuotationSuggestions returns up to n quotations whose text holds what
// the user has typed so far, for autocomplete; with nothing typed, the
// first n in corpus order.
func (e *Engine) QuotationSuggestions(typed string, n int) []Attribution {
	return e.cur.Load().quotes().QuotationSuggestions(typed, n)
}

// SpeakerSuggestions returns up to n speakers whose name or alias starts
// with, or holds, what the user has typed, for autocomplete.
func (e *Engine) SpeakerSuggestions(typed string, n int) []Speaker {
	return e.cur.Load().quotes().SpeakerSuggestions(typed, n)
}
