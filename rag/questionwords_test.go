package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHowQuestionWordsAreMet asks one question of one invented article
// for each way a question's words are met or left out; each case fails
// without the rule it names.
func TestHowQuestionWordsAreMet(t *testing.T) {
	tests := []struct {
		name, article, question string
		// The answer must start with first and hold want, and must not
		// hold not.
		first, want, not string
	}{
		{
			// "so many times" asks nothing about "many", as "several
			// times" and "so few times" would not.
			name: "many is no topic word",
			article: "Harbour Vote Delayed\n\n" +
				"The council put off the harbour vote again because its members could not agree on the wages.\n" +
				"Many dockers asked about the harbour vote at the hall.\n" +
				"The vote is now set for June.\n",
			question: "why was the harbour vote delayed so many times?",
			want:     "could not agree", not: "Many dockers",
		},
		{
			// A word merely related to one of the question's (WordNet
			// gives "time" for "clip") may still be the answer.
			name: "a related word is not the question's",
			article: "Minister's Remarks Leak\n\n" +
				"The minister said the strike would end soon.\n" +
				"\"We will find a deal,\" the minister said in an audio clip posted on the Times website.\n" +
				"The union did not comment.\n",
			question: "where was the audio clip posted?",
			want:     "Times website",
		},
		{
			// "can't", "can’t" and "cannot" are one word: "cant", read
			// "cannot", meets the article's "can’t".
			name: "can't meets cannot",
			article: "Harbour Talks Stall\n\n" +
				"Union leaders have said they can’t enter into a dialogue while they are locked out.\n" +
				"\"One cannot resolve issues like this in a day,\" the city's negotiator added.\n" +
				"The port owners declined to comment.\n",
			question: "why cant the union negotiate",
			first:    "Union leaders",
		},
		{
			// A question may name the speaker of a quotation by the role
			// the articles give them; a sentence of the quotation is
			// theirs even where neither the name nor the role stands in
			// it or beside it.
			name: "a quoted speaker met by their role",
			article: "Harbour Talks Stall\n\n" +
				"Port envoy Ilse Brandt met the dockers' union on Friday.\n" +
				"The talks lasted four hours and ended without a deal.\n" +
				"\"We are losing trade to Rotterdam,\" Brandt said. \"One ship leaves us every three days.\"\n" +
				"The union says ships have left the harbour every week since the strike began.\n",
			question: "how often does a ship leave according to the port envoy?",
			want:     "every three days",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(tt.article)}})
			ans, err := eng.Ask(context.Background(), tt.question)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Abstained || !strings.HasPrefix(ans.Text, tt.first) || !strings.Contains(ans.Text, tt.want) || tt.not != "" && strings.Contains(ans.Text, tt.not) {
				t.Errorf("%q: answer %q; want it to open with %q, hold %q and not %q", tt.question, ans.Text, tt.first, tt.want, tt.not)
			}
		})
	}
}

// TestIrregularFormsAreMet: a question's verb meets its irregular form in
// the article ("eat" the "ate"), as a regular one meets its stem.
func TestIrregularFormsAreMet(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Dinner\n\n" +
		"The reception was held at the beachside hotel on Friday.\n\n" +
		"As the dockers ate oysters in a stuffy room, Mayor Ilse Brandt walked them through the plan.\n\n" +
		"The old ferry was built in 1990.\n\n" +
		"The old ferry sank on Tuesday near Valdoria.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what did they eat?", "", "oysters"},
		{"when did the old ferry sink?", "1990", "Tuesday"},
	})
}
