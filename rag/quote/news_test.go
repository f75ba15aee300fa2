package quote

import (
	"strings"
	"testing"
)

// newsGold is a second gold table, written for these tests in the shapes
// news from many publishers takes (none of it is from a corpus): each case
// is an article's sentences and the quotations it holds, with speakers.
var newsGold = []struct {
	name  string
	sents []string
	want  []wantQuote // in order; speaker "" means none may be found
}{
	{"title abbreviation", []string{`“We will fund the bridge,” said former Ohio Gov. Ann Melrose.`},
		[]wantQuote{{"We will fund the bridge", "Ann Melrose", Direct}}},
	{"Rep. and a middle initial", []string{`"The vote is a disgrace," Rep. Elmer T. Walcott said on Tuesday.`},
		[]wantQuote{{"The vote is a disgrace", "Elmer T. Walcott", Direct}}},
	{"capitalised word before the role", []string{`“The poll is an outlier,” Walcott campaign spokeswoman Dana Pruitt said.`},
		[]wantQuote{{"The poll is an outlier", "Dana Pruitt", Direct}}},
	{"cue after other words", []string{`"Troops on the ground" would be a mistake, senator Hal Ostrander said.`},
		[]wantQuote{{"Troops on the ground", "Hal Ostrander", Direct}}},
	{"two apostrophes as marks", []string{`''We are not done yet,'' Mr. Corbin said.`},
		[]wantQuote{{"We are not done yet", "Corbin", Direct}}},
	{"speech verb in the infinitive", []string{
		`Neither Odile Marchetti nor her rivals showed much fight.`,
		`The forum was so quiet that Ms. Marchetti was prompted to say, ''I cannot believe how polite this is.''`},
		[]wantQuote{{"I cannot believe how polite this is.", "Odile Marchetti", Direct}}},
	{"infinitive after a pronoun", []string{`Mayor Ivo Lind spoke first.`, `He went on to say: “The port stays open.”`},
		[]wantQuote{{"The port stays open.", "Ivo Lind", Direct}}},
	{"pronoun to the main clause's subject", []string{
		`When Per Halvorsen tried to defend his remarks calling the plan ''bold'' in Bergen, Ola Strand sharply differed.`,
		`''I think the plan failed the workers,'' he said.`},
		[]wantQuote{{"I think the plan failed the workers", "Ola Strand", Direct}}},
	{"question mark and a tweet", []string{`“Who pays for this?” Lena Vasquez tweeted.`},
		[]wantQuote{{"Who pays for this?", "Lena Vasquez", Direct}}},
	{"pronoun to the person introduced", []string{
		`Mayor Tobias Grant spoke at the rally on Saturday.`,
		`“We don’t know yet,” he said.`},
		[]wantQuote{{"We don’t know yet", "Tobias Grant", Direct}}},
	{"role reference", []string{
		`Senator Ruth Okafor visited the plant.`,
		`“It is a good day for workers,” the senator said.`},
		[]wantQuote{{"It is a good day for workers", "Ruth Okafor", Direct}}},
	{"unresolved role stays unnamed", []string{`“Prices will rise,” the economist said.`},
		[]wantQuote{{"Prices will rise", "the economist", Direct}}},
	{"dash byline", []string{`“He never answered the question.” ― Marisol Ortega`},
		[]wantQuote{{"He never answered the question.", "Marisol Ortega", Direct}}},
	{"reported speech with a lexicon verb", []string{`Dana Pruitt contended that the audit was politically motivated.`},
		[]wantQuote{{"the audit was politically motivated", "Dana Pruitt", Indirect}}},
	{"sentence opener is no speaker", []string{`Instead, Walcott told reporters the plan would pass.`},
		[]wantQuote{{"the plan would pass", "Walcott", Indirect}}},
	{"show title is no quotation", []string{`Walcott appeared on "Meet the Press" on Sunday.`}, nil},
}

type wantQuote struct {
	text, speaker string
	kind          Kind
}

func TestNewsGold(t *testing.T) {
	for _, tt := range newsGold {
		t.Run(tt.name, func(t *testing.T) {
			var doc Document
			doc.Source = "a.txt"
			for i, s := range tt.sents {
				doc.Sentences = append(doc.Sentences, Sentence{Text: s, LineStart: i + 1, LineEnd: i + 1, Paragraph: i})
			}
			got := Extract([]Document{doc}).Quotes
			if len(got) != len(tt.want) {
				t.Fatalf("found %d quotations, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if !strings.Contains(g.Text, strings.TrimSuffix(w.text, ".")) || g.Speaker != w.speaker || g.Kind != w.kind {
					t.Errorf("got %q by %q (%s), want %q by %q (%s)", g.Text, g.Speaker, g.Kind, w.text, w.speaker, w.kind)
				}
			}
		})
	}
}

// TestMiddleInitialsMerge: "Donald J. Trump" and "Donald Trump" are one
// speaker, shown by the form the corpus uses most.
func TestMiddleInitialsMerge(t *testing.T) {
	docs := []Document{
		{Source: "a.txt", Sentences: []Sentence{{Text: `"We will win," Donald J. Trump said.`, LineStart: 1, LineEnd: 1}}},
		{Source: "b.txt", Sentences: []Sentence{
			{Text: `"Taxes are too high," Donald Trump said.`, LineStart: 1, LineEnd: 1},
			{Text: `Donald Trump spoke in Ohio.`, LineStart: 2, LineEnd: 2, Paragraph: 1},
		}},
	}
	res := Extract(docs)
	if len(res.Quotes) != 2 || res.Quotes[0].Speaker != res.Quotes[1].Speaker || res.Quotes[0].Speaker != "Donald Trump" {
		t.Fatalf("speakers %+v", res.Quotes)
	}
	if len(res.Speakers) != 1 {
		t.Errorf("%d speakers, want 1: %+v", len(res.Speakers), res.Speakers)
	}
}
