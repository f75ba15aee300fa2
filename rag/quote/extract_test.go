package quote

import (
	"strings"
	"testing"
)

// doc builds a one-paragraph-per-line document.
func doc(lines ...string) Document {
	d := Document{Source: "t.txt"}
	for i, l := range lines {
		d.Sentences = append(d.Sentences, Sentence{Text: l, LineStart: i + 1, LineEnd: i + 1, Paragraph: i})
	}
	return d
}

func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		// want lists "speaker|kind|quote prefix" for the last line's quotations.
		want []string
	}{
		{"X said", []string{`"We will talk," Jane Doe said.`}, []string{"Jane Doe|direct|We will talk"}},
		{"said X", []string{`"We will talk," said Foreign Minister Jane Doe.`}, []string{"Jane Doe|direct|We will talk"}},
		{"colon intro", []string{`Jane Doe said: "We will talk."`}, []string{"Jane Doe|direct|We will talk."}},
		{"comma intro", []string{`Jane Doe said, "We will talk."`}, []string{"Jane Doe|direct|We will talk."}},
		{"split quote", []string{`"We will talk," Jane Doe said, "but not today."`}, []string{"Jane Doe|direct|We will talk", "Jane Doe|direct|but not today."}},
		{"listener is not the speaker", []string{`"No," Jane Doe told Reuters.`}, []string{"Jane Doe|direct|No"}},
		{"appositive role", []string{`"No," Jane Doe, a senior diplomat, told reporters.`}, []string{"Jane Doe|direct|No"}},
		{"pronoun she", []string{`"Yes," John Roe said.`, `"Maybe," spokeswoman Ann Lee said.`, `"No," she added.`}, []string{"Ann Lee|direct|No"}},
		{"pronoun he skips a woman", []string{`"Yes," spokesman John Roe said.`, `"Maybe," spokeswoman Ann Lee said.`, `"No," he added.`}, []string{"John Roe|direct|No"}},
		{"partial with name inside", []string{`Jane Doe said talks with Omar Ali were "useful."`}, []string{"Jane Doe|partial|useful."}},
		{"subject of quoted clause is not the speaker", []string{`John Roe said that, as Omar Ali "has no plan," talks stall.`}, []string{"John Roe|partial|has no plan"}},
		{"according to", []string{`Talks need "a new start," according to Jane Doe.`}, []string{"Jane Doe|partial|a new start"}},
		{"organisation reports a person", []string{`The Times said Jane Doe asked "why now" at the meeting.`}, []string{"Jane Doe|partial|why now"}},
		{"organisation speaks", []string{`"Talks resume Monday," the Times said.`}, []string{"The Times|direct|Talks resume Monday"}},
		{"unnamed speaker keeps the label", []string{`"We are ready," a State Department spokesman said.`}, []string{"a State Department spokesman|direct|We are ready"}},
		{"scare quotes", []string{`The so-called "moderate" rebels left.`}, nil},
		{"title", []string{`He read "The Art Of War" on the plane.`}, nil},
		{"no speaker, no quotation", []string{`The word "ceasefire" appears twice.`}, nil},
		{"unknown pronoun is not guessed", []string{`"Fine," he said.`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := extractDocument(doc(tt.lines...))
			var got []string
			for _, q := range qs {
				if q.Line == len(tt.lines) && q.Kind != Indirect {
					got = append(got, q.Speaker+"|"+string(q.Kind)+"|"+q.Text)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("got %q, want %q", got[i], tt.want[i])
				}
			}
		})
	}
}

func TestContinuationStaysInParagraph(t *testing.T) {
	d := Document{Source: "t.txt", Sentences: []Sentence{
		{Text: `"We agree," Jane Doe said.`, LineStart: 1, LineEnd: 1, Paragraph: 0},
		{Text: `"It is time."`, LineStart: 1, LineEnd: 1, Paragraph: 0},
		{Text: `"Nobody knows."`, LineStart: 3, LineEnd: 3, Paragraph: 1},
	}}
	qs := extractDocument(d)
	if len(qs) != 2 || qs[1].Speaker != "Jane Doe" || qs[1].Text != "It is time." {
		t.Errorf("got %+v, want the second quotation continued by Jane Doe and the third left out", qs)
	}
}

func TestIndirectSpeech(t *testing.T) {
	qs := extractDocument(doc(
		`Jane Doe, the envoy, told AFP on Sunday it was impossible to negotiate.`,
		`The agency said the talks would resume, adding that 10 groups agreed.`,
		`Officials met on Monday.`,
	))
	if len(qs) != 2 {
		t.Fatalf("got %d quotations, want 2: %+v", len(qs), qs)
	}
	if qs[0].Speaker != "Jane Doe" || qs[0].Kind != Indirect || qs[0].Text != "it was impossible to negotiate" || qs[0].Role != "the envoy" {
		t.Errorf("first: %+v", qs[0])
	}
	if qs[1].Speaker != "The agency" || qs[1].SpeakerType != TypeGroup {
		t.Errorf("second: %+v (an unnamed agency keeps its label)", qs[1])
	}
}

func TestCanonicalNames(t *testing.T) {
	res := Extract([]Document{
		doc(`Secretary of State John Kerry arrived.`, `"We are ready," Kerry said.`),
		{Source: "u.txt", Sentences: []Sentence{{Text: `"Soon," De Mistura said, citing U.N. envoy Staffan de Mistura's plan.`, LineStart: 1, LineEnd: 1}}},
	})
	names := map[string]bool{}
	for _, q := range res.Quotes {
		names[q.Speaker] = true
	}
	if !names["John Kerry"] || !names["Staffan de Mistura"] || len(names) != 2 {
		t.Errorf("speakers %v, want John Kerry and Staffan de Mistura", names)
	}
	for _, s := range res.Speakers {
		if s.Name == "Staffan de Mistura" && !containsFold(s.Aliases, "de Mistura") {
			t.Errorf("aliases %v lack de Mistura", s.Aliases)
		}
	}
}

func TestLineOfQuoteInMultiLineSentence(t *testing.T) {
	text := `Jane Doe said on the first line that talks were "useful."`
	d := Document{Source: "t.txt", Sentences: []Sentence{{Text: text, LineStart: 4, LineEnd: 5, LineBreaks: []int{strings.Index(text, "that")}}}}
	qs := extractDocument(d)
	if len(qs) != 1 || qs[0].Line != 5 {
		t.Errorf("got %+v, want the quotation on line 5", qs)
	}
}
