package rag

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/parleybot/parley/rag/followup"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Turn is one earlier exchange of a conversation, oldest first.
type Turn = followup.Turn

// MaxTurns bounds how many earlier turns a follow-up is read with.
const MaxTurns = 6

// AskFollowUp answers q as the next question of a conversation: it is
// first made standalone from the earlier turns (he, it, there, "and
// Turkey?"), then answered as Ask would, with the previous question's words
// helping retrieval at a lower weight. Answer.Standalone is the question as
// understood. A reference nothing earlier resolves gets an answer that
// says so and asks, not an answer about something else.
func (e *Engine) AskFollowUp(ctx context.Context, history []Turn, q string, onPartial func(string)) (Answer, error) {
	if err := ValidateQuestion(q); err != nil {
		return Answer{}, err
	}
	if len(history) > MaxTurns {
		history = history[len(history)-MaxTurns:]
	}
	ix := e.ix.Load()
	res := followup.Resolver{People: ix.peopleIn}.Resolve(history, q)
	if res.Unresolved != "" {
		return Answer{Question: q, Standalone: res.Standalone, Abstained: true, Mode: ModeExtractive, Citations: []Citation{},
			Text: fmt.Sprintf("I'm not sure who “%s” is here. Could you say the name?", res.Unresolved)}, nil
	}
	var ctxTerms []string
	if res.Changed || res.Context != "" {
		ctxTerms = term.Of(res.Context)
	}
	a, err := e.ask(ctx, q, res.Standalone, ctxTerms, onPartial)
	a.Standalone = res.Standalone
	return a, err
}

// ReadAs returns the question an answer answered when a conversation made
// it differ from what was typed ("What did Aleksandr Lavrentyev say?" for
// "what did he say?"), so front ends can show it; "" when it does not
// differ.
func ReadAs(a Answer) string {
	if a.Standalone == "" || a.Standalone == question.Normalize(a.Question) {
		return ""
	}
	return a.Standalone
}

// peopleIn lists the people a text names, in order of first mention: the
// corpus's speakers by any form of their name, with the gender their role
// gives, and the other people the text names.
func (ix *Index) peopleIn(text string) []followup.Person {
	type hit struct {
		at int
		p  followup.Person
	}
	var hits []hit
	seen := map[string]bool{}
	for _, sp := range ix.quotes.speakers {
		if sp.Type != quote.TypePerson {
			continue
		}
		at := -1
		for _, form := range append([]string{sp.Name}, sp.Aliases...) {
			if i := indexName(text, form); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at >= 0 && !seen[sp.Name] {
			seen[sp.Name] = true
			hits = append(hits, hit{at, followup.Person{Name: sp.Name, Gender: quote.Gender(sp.Role)}})
		}
	}
	for _, p := range quote.Persons(text) {
		if seen[p.Name] || ix.quotes.knownAlias(p.Name) {
			continue
		}
		seen[p.Name] = true
		hits = append(hits, hit{indexName(text, p.Name), followup.Person{Name: p.Name, Gender: p.Gender}})
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	out := make([]followup.Person, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.p)
	}
	return out
}

// indexName finds a name in text at word boundaries, or -1.
func indexName(text, name string) int {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(name)
		if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// parseQuestion is question.Parse; it is here so every path reads
// questions the same way.
func parseQuestion(q string) question.Question { return question.Parse(q) }
