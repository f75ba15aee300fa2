package quote

import "testing"

// A title before a name is no part of it: after "Harbour Board Chair Ana
// Lee" and "Rep. Tom Roe" in one sentence, "he" is Tom Roe, since Ana is
// no "he" ("Chair Ana" had no first name to tell).
func TestTitleBeforeANameLeavesTheFirstName(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Tom": "m", "Ana": "f"}[first] }
	for _, title := range []string{"Chair", "Chancellor", "Commissioner", "Professor", "Economist", "Sheriff"} {
		d := doc(`The port may close in May.`,
			`Rep. Tom Roe (D-Ore.) last month joked to Harbour Board `+title+` Ana Lee that the tide did not want her to close it.`,
			`“The tide’s plan is that things rise in the spring, so you might want to wait until June,” he said at a hearing.`)
		d.Sentences[2].Paragraph = 1
		qs := extractDocument(d, gender)
		if len(qs) == 0 || qs[len(qs)-1].Speaker != "Tom Roe" {
			t.Errorf("%s: got %+v, want Tom Roe", title, qs)
		}
	}
}

// A surname is the fuller name's that ends with it and a suffix: "Admiral
// Roe" is "Tom B. Roe Jr.".
func TestSurnameOfANameWithASuffix(t *testing.T) {
	res := Extract([]Document{para(
		[]string{`Adm. Tom B. Roe Jr., who leads the harbour fleet, makes no apologies.`},
		[]string{`“I view them as a professional navy,” Admiral Roe said.`},
	)})
	wantSpeakers(t, res, "Tom B. Roe Jr")
}

// A speech word after a possessive is a noun: "Belport's claim over the
// harbour" reports nothing of Belport's.
func TestClaimAfterAPossessiveIsNoSpeech(t *testing.T) {
	qs := extractDocument(doc(`The panel could declare Belport's claim over most of the harbour, which stretches from the docks to the beaches, invalid.`), nil)
	for _, q := range qs {
		if q.Speaker == "Belport" {
			t.Errorf("got %+v", q)
		}
	}
}

// A work's title in quotation marks, then its author, is no one's words.
func TestTitleAndItsAuthorQuoteNoOne(t *testing.T) {
	for _, l := range []string{
		`One of his recent reads, ''This Kind of Peace,'' by T.R. Varga, about the Harbour War, drove that point home.`,
		`One of his recent reads, "This Kind of Peace," by Tom Varga, about the Harbour War, drove that point home.`,
	} {
		if qs := extractDocument(doc(l), nil); len(qs) != 0 {
			t.Errorf("%q: got %+v", l, qs)
		}
	}
}

// A relative clause's speech verb reports the clause, and the main
// clause's verb after it reports the rest, both the subject's.
func TestSpeechInARelativeClause(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string // "speaker|text"
	}{
		{`Varga, who said the port was vetted by his counsel, said he was unaware of any such disputes.`,
			[]string{"Varga|the port was vetted by his counsel", "Varga|he was unaware of any such disputes"}},
		{`Varga, who said that the port was vetted by his counsel, also said he was unaware of any such disputes.`,
			[]string{"Varga|the port was vetted by his counsel", "Varga|he was unaware of any such disputes"}},
		{`Ostrova, who announced a $5 million harbour plan on Monday, plans to focus on jobs and the docks throughout December.`,
			[]string{"Ostrova|a $5 million harbour plan on Monday"}},
		// After "that" the clause has a verb of its own to come.
		{`It was derided by Ana Brook, the leader of the opposition, who suggested that Mr. Varga, under fire for the closures, would do better to keep quiet.`,
			[]string{"Ana Brook|Mr. Varga, under fire for the closures, would do better to keep quiet"}},
	} {
		qs := extractDocument(doc(tt.line), nil)
		var got []string
		for _, q := range qs {
			got = append(got, q.Speaker+"|"+q.Text)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: got %q, want %q", tt.line, got[i], tt.want[i])
			}
		}
	}
}

// Whose a speaker is, written before the name, is shown without its "'s";
// "remembered" after a quotation reports it.
func TestPossessiveRoleAndRemembered(t *testing.T) {
	qs := extractDocument(doc(`“We will talk,” Harbour Watch’s Tom Roe said at the docks.`), nil)
	if len(qs) != 1 || qs[0].Role != "Harbour Watch" {
		t.Errorf("got %+v, want the role Harbour Watch", qs)
	}
	qs = extractDocument(doc(`"An awful lot of dockers said, 'No, don't do this,' and she took it upon herself to prove them wrong," remembered Tom Roe, the port's former spokesman.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "Tom Roe" {
		t.Errorf("got %+v, want Tom Roe", qs)
	}
}
