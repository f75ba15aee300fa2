package answer

import (
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/term"
)

// This file reads the family ties a question asks about ("who is
// Qureshi's wife?") and how a sentence may give them.

// kinGroups are the words of family ties by the tie they give, singular
// and plural: a tie may be given from either side ("Edgar's sister
// Margaret" says who her brother is; "Ogedei's grandson Kaidu" who his
// grandfather was), or by a word of it ("married", "his first wedding").
var kinGroups = [][]string{
	{"wife", "wives", "husband", "husbands", "spouse", "spouses", "widow", "widower", "fiance", "fiancee",
		"girlfriend", "boyfriend", "married", "marries", "marry", "wed", "wedding", "marriage", "divorced", "divorce"},
	{"son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "father", "mother",
		"parent", "parents", "dad", "mom", "mum", "grandson", "granddaughter", "grandfather", "grandmother",
		"grandchildren", "grandparents"},
	{"brother", "brothers", "sister", "sisters", "sibling", "siblings"},
	{"uncle", "aunt", "nephew", "niece", "cousin", "cousins"},
}

// kinAsked reports a question on a family tie: one of its words is a
// word of kinGroups.
func kinAsked(qr match.Query) bool {
	return slices.ContainsFunc(qr.Words, func(w match.Word) bool {
		return !w.NameLike && kinGroupOf[strings.ToLower(w.Surface)] != nil
	})
}

// kinGroupOf maps each of kinGroups' words, as written in lower case,
// and its index term to the index terms of its group.
var kinGroupOf = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, g := range kinGroups {
		terms := map[string]bool{}
		for _, w := range g {
			terms[term.Word(w)] = true
		}
		for _, w := range g {
			out[w] = terms
		}
	}
	return out
}()

// kinUnmet reports a sentence that does not speak of a family tie the
// question asks about ("who is Qureshi's wife?"), in its own words or the
// sentence's before (ctx[2]): by the word asked, or by a word of the same
// tie. A partner in a law firm is no wife, though WordNet relates the
// words, nor is a father.
func kinUnmet(qr match.Query, sentTerms []string, ctx [][]string) bool {
	for _, w := range qr.Words {
		group := kinGroupOf[strings.ToLower(w.Surface)]
		if w.NameLike || group == nil {
			continue
		}
		sets := [][]string{sentTerms}
		if len(ctx) > 2 {
			sets = append(sets, ctx[2])
		}
		if !slices.ContainsFunc(sets, func(ts []string) bool {
			return w.Credit(ts) >= match.CreditCorrected || slices.ContainsFunc(ts, func(t string) bool { return group[t] })
		}) {
			return true
		}
	}
	return false
}

// kinShare returns what terms ts add to the question's coverage by
// giving a family tie it asks about by another word of the tie ("married"
// for "wife", "sister" for "brother"): the word's share of the weight at
// a related word's credit, less what ts meet of it already.
func kinShare(qr match.Query, ts []string) float64 {
	share := 0.0
	for _, w := range qr.Words {
		group := kinGroupOf[strings.ToLower(w.Surface)]
		if w.NameLike || group == nil || !slices.ContainsFunc(ts, func(t string) bool { return group[t] }) {
			continue
		}
		share += unmetShare(qr, w, match.CreditRelated, ts)
	}
	return share
}
