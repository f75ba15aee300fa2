package quote

import "testing"

// TestTranscriptLines: a paragraph that opens with the name of a person
// the article named before and a colon is what they said, to the end of
// its line; a label that names no one ("News ID:", a site's name) is no
// speaker.
func TestTranscriptLines(t *testing.T) {
	d := Document{Source: "t.txt", Sentences: []Sentence{
		{Text: "Instead, Hill, NordTV’s Anna Berg and the Herald’s Tomas Lind argued that the plan is naive.", LineStart: 1, LineEnd: 1, Paragraph: 0},
		{Text: "News ID: 737252", LineStart: 3, LineEnd: 3, Paragraph: 1},
		{Text: "HarbourOnline: The port reopened on Monday.", LineStart: 5, LineEnd: 5, Paragraph: 2},
		{Text: "Anna Berg: She is right on all these things.", LineStart: 7, LineEnd: 7, Paragraph: 3},
		{Text: "She is selling broccoli.", LineStart: 7, LineEnd: 7, Paragraph: 3},
		{Text: "Lind: Well, no. ….", LineStart: 9, LineEnd: 9, Paragraph: 4},
		{Text: "To be clear, the tax would fall on the rich.", LineStart: 10, LineEnd: 10, Paragraph: 4},
	}}
	wantDirect(t, d, "Anna Berg|She is right on all these things.", "Anna Berg|She is selling broccoli.", "Tomas Lind|Well, no. ….")
}

// wantDirect checks the direct quotations of d, as "speaker|text".
func wantDirect(t *testing.T, d Document, want ...string) {
	t.Helper()
	var got []string
	for _, q := range extractDocument(d, nil) {
		if q.Kind == Direct {
			got = append(got, q.Speaker+"|"+q.Text)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quotation %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// TestBroadcastTranscript: a broadcast transcript names its speakers in
// capitals the first time, by surname after; a surname the article named
// in full before is that person.
func TestBroadcastTranscript(t *testing.T) {
	d := doc("Talks Declined", "Video Transcript:",
		"A few weeks ahead of the vote, Marta Kovacs's campaign says it will not debate.",
		"ANNA BERG: Why not debate?",
		"TOMAS LIND: He is running a negative campaign.",
		"BERG: Why not debate in Oslo?",
		"KOVACS: You should be willing to debate anytime.")
	wantDirect(t, d, "Anna Berg|Why not debate?", "Tomas Lind|He is running a negative campaign.", "Anna Berg|Why not debate in Oslo?", "Marta Kovacs|You should be willing to debate anytime.")
}

// TestTranscriptSpeakersAreTitled: a speaker named only in capitals is
// listed in title case.
func TestTranscriptSpeakersAreTitled(t *testing.T) {
	res := Extract([]Document{doc("Talks Declined", "ANNA BERG: Why not debate?", "BERG: Why not debate in Oslo?")})
	if len(res.Speakers) != 1 || res.Speakers[0].Name != "Anna Berg" || res.Speakers[0].Quotes != 2 {
		t.Errorf("speakers %+v", res.Speakers)
	}
}

// TestInterviewAnswers: in an article that says it runs an interview,
// after "Q:", an "A:" paragraph is the words of the person the article
// names most before its first question, though the questions name
// another more; "A:" with no question before it, or in an explainer
// that runs no interview, is no one's.
func TestInterviewAnswers(t *testing.T) {
	res := Extract([]Document{para(
		[]string{`Harbour master Pim Varga has run the port of Belport since 2009.`, `Varga spoke with the Courier about the strike.`},
		[]string{`Q: Ana Lind of the union wants the port closed. Is Ana Lind right?`},
		[]string{`A: A wall is not going to keep the ships away from their harbour.`},
		[]string{`Q: And what about Ana Lind and her union?`},
		[]string{`A: They will be back at work before the summer.`},
	)})
	if len(res.Quotes) != 2 {
		t.Fatalf("got %+v, want two answers", res.Quotes)
	}
	for _, q := range res.Quotes {
		if q.Speaker != "Pim Varga" {
			t.Errorf("%q: speaker %q, want Pim Varga", q.Text, q.Speaker)
		}
	}
	res = Extract([]Document{para(
		[]string{`Harbour master Pim Varga has run the port of Belport since 2009.`},
		[]string{`A: the ships may come back in May, the board hopes.`},
	)})
	for _, q := range res.Quotes {
		if q.Speaker == "Pim Varga" {
			t.Errorf("no question before: got %+v", q)
		}
	}
	// An explainer's questions and answers, with no word of an
	// interview, are the writer's own.
	res = Extract([]Document{para(
		[]string{`Harbour master Pim Varga has run the port of Belport since 2009.`, `Varga wants the strike over.`},
		[]string{`Q: What is the strike about?`},
		[]string{`A: Pay, and the hours the dockers work at night.`},
	)})
	for _, q := range res.Quotes {
		if q.Speaker == "Pim Varga" {
			t.Errorf("explainer: got %+v", q)
		}
	}
}
