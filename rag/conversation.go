package rag

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/followup"
	"github.com/parleybot/parley/rag/generate"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// MaxTurns bounds how many earlier turns a follow-up is read with.
const MaxTurns = 6

// AskFollowUp answers q as the next question of a conversation: it is
// first made standalone from the earlier turns (he, it, there, "and
// Turkey?"), then answered as Ask would, with the previous question's words
// helping retrieval at a lower weight. Answer.Standalone is the question as
// understood. A reference nothing earlier resolves gets an answer that
// says so and asks, not an answer about something else.
func (e *Engine) AskFollowUp(ctx context.Context, history []Turn, q string, onPartial func(string)) (Answer, error) {
	return e.AskFollowUpStream(ctx, history, q, nil, onPartial)
}

// AskFollowUpStream is AskFollowUp that first tells readAs the question as
// understood, when the conversation made it differ from what was typed,
// before any of the answer streams to onPartial.
func (e *Engine) AskFollowUpStream(ctx context.Context, history []Turn, q string, readAs, onPartial func(string)) (Answer, error) {
	if err := ValidateQuestion(q); err != nil {
		return Answer{}, err
	}
	if len(history) > MaxTurns {
		history = history[len(history)-MaxTurns:]
	}
	cur := e.cur.Load()
	if a, ok := cur.whoSaidThat(history, q); ok {
		return a, nil
	}
	if a, ok := cur.articleBefore(history, q); ok {
		return a, nil
	}
	res := followup.Resolver{People: cur.peopleIn, IsName: cur.isName, Capitalised: cur.capitalised}.Resolve(history, q)
	if e.opt.Generator != nil && len(history) > 0 {
		// With an LLM, the model condenses the follow-up; the offline
		// reading stands when it fails.
		if s, ok := e.condense(ctx, history, q); ok {
			res.Standalone, res.Unresolved = s, ""
			res.Changed = s != question.Normalize(q)
		}
	}
	if res.Unresolved != "" {
		return Answer{Question: q, Standalone: res.Standalone, Abstained: true, Mode: ModeExtractive, Citations: []Citation{},
			Text: fmt.Sprintf("I'm not sure who “%s” is here. Could you say the name?", res.Unresolved)}, nil
	}
	if readAs != nil && res.Standalone != question.Normalize(q) {
		readAs(res.Standalone)
	}
	var before earlier
	if res.Changed || res.Context != "" {
		before.terms = term.Of(res.Context)
	}
	before.given = res.Given
	return e.askWhoSaid(ctx, cur, q, func() (Answer, error) {
		a, err := e.ask(ctx, q, res.Standalone, before, onPartial)
		a.Standalone = res.Standalone
		return a, err
	})
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

// isName reports a word, however typed, that the corpus writes as a name.
func (cur *state) isName(word string) bool {
	t := term.Word(word)
	return t != "" && cur.ix.IsName(t)
}

// capitalised reports a word, however typed, that the corpus mostly
// writes capitalised in the middle of sentences: a name, or a word of one.
func (cur *state) capitalised(word string) bool {
	t := term.Word(word)
	return t != "" && cur.ix.IsCapitalised(t)
}

// peopleIn lists the people a text names, in order of first mention: the
// corpus's speakers by any form of their name, with the gender their role
// gives, and the other people the text names.
func (cur *state) peopleIn(text string) []followup.Person {
	type hit struct {
		at int
		p  followup.Person
	}
	var hits []hit
	seen := map[string]bool{}
	for _, sp := range cur.ix.Speakers() {
		if sp.Type != quote.TypePerson {
			continue
		}
		at := -1
		for _, form := range append([]string{sp.Name}, sp.Aliases...) {
			// Chat writes names in lower case: "what did kerry say".
			if i := indexName(strings.ToLower(text), strings.ToLower(form)); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at >= 0 && !seen[sp.Name] {
			seen[sp.Name] = true
			hits = append(hits, hit{at, followup.Person{Name: sp.Name, Gender: cur.genderOf(sp)}})
		}
	}
	for _, p := range quote.Persons(text) {
		if seen[p.Name] || cur.quotes().KnownAlias(p.Name) {
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

// genderOf is the gender of a speaker: the one their role gives
// ("spokeswoman"), else the one their first name suggests in the word
// vectors ("Maria"), else "".
func (cur *state) genderOf(sp quote.Speaker) string {
	if g := quote.Gender(sp.Role); g != "" || cur.vectors == nil {
		return g
	}
	first, _, _ := strings.Cut(sp.Name, " ")
	return cur.vectors().NameGender(first)
}

// indexName finds a name in text at word boundaries, or -1; a name is
// found before a possessive ("Kerry's").
func indexName(text, name string) int { return textutil.IndexWord(text, name, isNameByte) }

// isNameByte reports bytes that continue a name: letters, digits, and
// any byte of a multi-byte character.
func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// Bounds of the condense step.
const (
	condenseTurns    = 3                // earlier turns shown to the model
	condenseAnswer   = 300              // characters of each earlier answer
	condenseDeadline = 10 * time.Second // at most; less when PARLEY_LLM_TIMEOUT is less
	maxStandalone    = 400              // characters of an acceptable rewrite
)

// condense asks the LLM to rewrite a follow-up as a standalone question
// from the last turns. It reports false when the call fails or the reply
// is not one short question, so the offline reading is used.
func (e *Engine) condense(ctx context.Context, history []Turn, q string) (string, bool) {
	if len(history) > condenseTurns {
		history = history[len(history)-condenseTurns:]
	}
	msgs := generate.CondensePrompt(history, q, condenseAnswer)
	cctx, cancel := context.WithTimeout(ctx, min(e.opt.LLMTimeout, condenseDeadline))
	defer cancel()
	start := time.Now()
	gen, err := e.opt.Generator.Generate(cctx, msgs, nil)
	e.opt.Observer.LLMCalled(time.Since(start), err)
	if err != nil {
		e.opt.Log.Warn("the LLM could not condense a follow-up; reading it offline", append(requestAttrs(ctx), "cause", fallbackCause(ctx, cctx, err))...)
		return "", false
	}
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(gen.Text), `"“”`))
	if s == "" || len(s) > maxStandalone || strings.Contains(s, "\n") || generate.SaysNotInArticles(s) {
		return "", false
	}
	return s, true
}
