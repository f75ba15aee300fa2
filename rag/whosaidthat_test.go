package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/answer"
)

// TestWhoSaidThat: "who said that?" (or "according to who?", "source?")
// after an answer names the speaker of
// the sentence it cited, or says the article speaks in its own words, and
// cites that sentence.
func TestWhoSaidThat(t *testing.T) {
	article := "Harbour Strike\n\n" +
		"The dock strike has cost the port 40 million euros since March.\n" +
		"\"We will not sign a deal that cuts wages,\" union leader Ilse Brandt said on Friday.\n" +
		"Two ferries were turned away from the harbour on Sunday, according to the Veltra Post.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	ctx := context.Background()
	for _, tt := range []struct{ question, want, line string }{
		{"how much has the dock strike cost the port?", "No one is quoted there", "40 million euros"},
		{"what did the union say about a deal that cuts wages?", "Ilse Brandt", "We will not sign"},
		{"how many ferries were turned away from the harbour?", "The Veltra Post said it", "Two ferries"},
	} {
		first, err := eng.Ask(ctx, tt.question)
		if err != nil || first.Abstained {
			t.Fatalf("%q: %+v %v", tt.question, first, err)
		}
		history := []Turn{{Question: tt.question, Answer: first.Text}}
		for _, follow := range []string{"who said that?", "who told the paper that", "according to who?", "source?", "link?", "says who", "what's the source", "where did you get that?"} {
			a, err := eng.AskFollowUp(ctx, history, follow, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, tt.want) || len(a.Citations) != 1 || !strings.Contains(a.Citations[0].Text, tt.line) {
				t.Errorf("after %q, %q: %q %+v, want %q citing %q", tt.question, follow, a.Text, a.Citations, tt.want, tt.line)
			}
		}
	}
	// With nothing cited before it, there is no "that" to look up.
	for _, history := range [][]Turn{nil, {{Question: "x", Answer: "The articles don't say: no passage in them answers that."}}} {
		a, err := eng.AskFollowUp(ctx, history, "who said that", nil)
		if err != nil || !a.Abstained || a.Text != WhoSaidWhatText {
			t.Errorf("after %v: %+v %v", history, a, err)
		}
	}
	if a, err := eng.Ask(ctx, "Who said that?"); err != nil || a.Text != WhoSaidWhatText {
		t.Errorf("asked alone: %+v %v", a, err)
	}
	if a, err := eng.AskFollowUp(ctx, []Turn{{Question: "x", Answer: "The articles don't say: no passage in them answers that."}}, "source?", nil); err != nil || !a.Abstained || a.Text != SourceOfWhatText {
		t.Errorf("source? after an abstention: %+v %v", a, err)
	}
	// After an answer in words of its own, its sources are the ones
	// listed under it; "who said that?" is answered as any question.
	own := []Turn{{Question: "x", Answer: "Ilse Brandt (union leader) said it, as the article reports. [1]"}}
	if a, err := eng.AskFollowUp(ctx, own, "according to whom?", nil); err != nil || !a.Abstained || a.Text != SourcesBelowText {
		t.Errorf("source? after an answer in other words: %+v %v", a, err)
	}
	if a, err := eng.AskFollowUp(ctx, own, "who said that?", nil); err != nil || a.Text == SourcesBelowText {
		t.Errorf("who said that? after an answer in other words: %+v %v", a, err)
	}
	// Another question is answered as usual.
	a, err := eng.AskFollowUp(ctx, []Turn{{Question: "x", Answer: "The dock strike has cost the port 40 million euros since March. [1]"}}, "who said that the strike would end?", nil)
	if err != nil || strings.HasPrefix(a.Text, "No one is quoted") {
		t.Errorf("a question of its own: %q %v", a.Text, err)
	}
	a, err = eng.AskFollowUp(ctx, []Turn{{Question: "x", Answer: "The dock strike has cost the port 40 million euros since March. [1]"}}, "what is the source of the strike?", nil)
	if err != nil || strings.HasPrefix(a.Text, "No one is quoted") {
		t.Errorf("a question on a source: %q %v", a.Text, err)
	}
}

// TestWhoSaidWords: "who said <words>?" is answered as /who-said would,
// naming the speaker of the quotation that holds the words and citing
// its sentence, when the sentence holds what was asked; otherwise the
// question is answered as any other.
func TestWhoSaidWords(t *testing.T) {
	article := "Harbour Strike\n\n" +
		"Mayor Tom Varga said the strike would end within a week, after talks with the port's owners.\n" +
		"The strike began in March and has cost the port 40 million euros.\n" +
		"\"We came here to save the jobs of the dockers,\" union leader Ilse Brandt said on Friday.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "who said we came here to save the dockers' jobs?")
	if err != nil || !strings.HasPrefix(a.Text, "Ilse Brandt (leader) said it: “We came here") || len(a.Citations) != 1 || !strings.Contains(a.Citations[0].Text, "We came here") {
		t.Errorf("a quotation: %q %+v %v", a.Text, a.Citations, err)
	}
	// Reported speech is the article's own words: the question is
	// answered as any other, from the sentence.
	a, err = eng.Ask(ctx, "Who said that the strike would end within a week")
	if err != nil || strings.Contains(a.Text, "said it:") || !strings.Contains(a.Text, "Mayor Tom Varga said the strike would end") {
		t.Errorf("reported speech: %q %v", a.Text, err)
	}
	// Words /who-said finds but the sentence does not hold: the question
	// is asked as any other, and when that abstains, the closest
	// quotation is the lead shown.
	abstains := func() (Answer, error) {
		return Answer{Abstained: true, Text: "The articles don't say.", Citations: []Citation{}}, nil
	}
	a, err = eng.askWhoSaid(ctx, eng.cur.Load(), "who said the strike would end soon", abstains)
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "The closest quotation: “the strike would end within a week") ||
		!strings.Contains(a.Text, "— Tom Varga") || len(a.Citations) != 1 || a.Citations[0].LineStart != 3 {
		t.Errorf("closest quotation: %+v %v", a, err)
	}
	// Words no sentence holds: an answer from a sentence that shares a
	// few of them names no one who said them, so it abstains, showing
	// that sentence as the closest. A question on a topic ("about") is
	// answered as any other.
	a, err = eng.Ask(ctx, "who said the port must close for good")
	if err != nil || !a.Abstained || !strings.HasPrefix(a.Text, answer.ClosestIntro) || len(a.Citations) == 0 {
		t.Errorf("words no sentence holds: %+v %v", a, err)
	}
	// Words with nothing to look up get asked for.
	for _, q := range []string{"who said ???? !!! ...", "who said the the the"} {
		if a, err := eng.Ask(ctx, q); err != nil || !a.Abstained || a.Text != WhoSaidWhatText || len(a.Citations) != 0 {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	a, err = eng.Ask(ctx, "who said something about the strike")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Tom Varga") {
		t.Errorf("a topic: %+v %v", a, err)
	}
	// Who argued for something is who stood for it, not who said the
	// words after "for"; who argued that something is who said it.
	if words, ok := saidWordsAsked("who argued for the use of force against the strikers"); ok {
		t.Errorf("argued for: read as words said: %q", words)
	}
	if words, ok := saidWordsAsked("who argued that the strike would end soon"); !ok || words != "the strike would end soon" {
		t.Errorf("argued that: %q %v", words, ok)
	}
	// Asked in full, they are no attribution; nor are words a quotation
	// holds only in part.
	for _, q := range []string{"who said the strike would end soon", "who said we came here to save the dockers from the owners"} {
		a, err = eng.Ask(ctx, q)
		if err != nil || strings.Contains(a.Text, "said it") {
			t.Errorf("%q: no quotation holds it: %q %v", q, a.Text, err)
		}
	}
}

// TestWhoSaidWordsParaphrase: on the built-in articles, a quotation
// /who-said finds only as a paraphrase ("strengthen the truce" for
// "consolidate the cease-fire") is no answer, since its sentence holds
// too little of the words asked; it is the lead of an abstention.
func TestWhoSaidWordsParaphrase(t *testing.T) {
	eng := openEngine(t)
	ctx := context.Background()
	// The words, and the words with a typo, found as /who-said finds them.
	for _, q := range []string{"who said we came here to consolidate the ceasefire", "who said they came here to consolidate the ceasfire"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || !strings.HasPrefix(a.Text, "Osama Abu Zaid") || !strings.Contains(a.Text, "said it: “That is to consolidate the cease-fire") {
			t.Errorf("%q: %q %v", q, a.Text, err)
		}
	}
	abstains := func() (Answer, error) { return Answer{Abstained: true, Citations: []Citation{}}, nil }
	a, err := eng.askWhoSaid(ctx, eng.cur.Load(), "who said they came to strengthen the truce", abstains)
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "The closest quotation: “That is to consolidate the cease-fire") ||
		!strings.Contains(a.Text, "— Osama Abu Zaid") {
		t.Errorf("a paraphrase: %q %v", a.Text, err)
	}
}

// TestWhatElseAfterSaidIt: "what else did she say?" after a quotation
// was named is answered with her other words, not the quotation again,
// though the answer gave it in other quotation marks.
func TestWhatElseAfterSaidIt(t *testing.T) {
	article := "Harbour Strike\n\n" +
		"The dock strike has cost the port 40 million euros since March.\n" +
		"\"We have one demand, which all the crews back,\" union leader Ilse Brandt told Harbour Radio. \"That is to keep every job. That is why we walked out.\"\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	ctx := context.Background()
	q := "who said that is to keep every job"
	first, err := eng.Ask(ctx, q)
	if err != nil || !strings.HasPrefix(first.Text, "Ilse Brandt") || !strings.Contains(first.Text, "said it: “That is to keep every job") {
		t.Fatalf("%q: %+v %v", q, first, err)
	}
	a, err := eng.AskFollowUp(ctx, []Turn{{Question: q, Answer: first.Text}}, "what else did she say", nil)
	if err != nil || a.Abstained || strings.Contains(a.Text, "That is to keep every job") {
		t.Errorf("what else: %q %v", a.Text, err)
	}
}
