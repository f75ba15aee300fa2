package quote

import (
	"fmt"
	"slices"
	"strconv"
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
		{"a name inside a relative clause is not the speaker", []string{`Tom Varga, whose new firm, Dockworks, builds cranes for ports, said the harbour "must grow or die."`}, []string{"Tom Varga|partial|must grow or die."}},
		{"scare quotes", []string{`The so-called "moderate" rebels left.`}, nil},
		{"title", []string{`He read "The Art Of War" on the plane.`}, nil},
		{"a title after a word of naming", []string{`There is also a mock book by the comedian Ana Brook titled "A Child's First Book of Harbours," and a film called "Dock Days."`}, nil},
		{"a book's title after according to", []string{`According to "The Harbour: Three Generations That Built a Port," by Ana Brook, Tom Varga told his roommate that the docks were his.`}, nil},
		{"no speaker, no quotation", []string{`The word "ceasefire" appears twice.`}, nil},
		{"party and state in brackets", []string{`"We will talk," Rep. Jane Doe (D-Wis.) said Friday.`}, []string{"Jane Doe|direct|We will talk"}},
		{"state in brackets", []string{`"We will talk," Sen. Jane Doe (Vt.) said.`}, []string{"Jane Doe|direct|We will talk"}},
		{"whose before the name", []string{`"We will talk," Veltra’s Jane Doe said.`}, []string{"Jane Doe|direct|We will talk"}},
		{"party and state after a comma", []string{`"We will talk," Senate Leader Jane Doe, R-Ky., said Tuesday.`}, []string{"Jane Doe|direct|We will talk"}},
		{"pronoun after an opening phrase", []string{`"Yes," spokeswoman Jane Doe said.`, `Leaning on the rail, she said the shifts would end "once the cranes are in."`}, []string{"Jane Doe|partial|once the cranes are in"}},
		{"a date in digits before the name", []string{`"We will talk," said 9/11 widow Jane Doe.`}, []string{"Jane Doe|direct|We will talk"}},
		{"a surname that is a title", []string{`"We will talk," Mr. King added.`}, []string{"King|direct|We will talk"}},
		{"unknown pronoun is not guessed, the words are kept", []string{`"Fine," he said.`}, []string{"|direct|Fine"}},
		{"a pronoun two persons could be is not guessed", []string{`Mayor Tom Varga spoke at the docks.`, `The crowd cheered when union leader Piet Kramer arrived.`, `"We will not sell the port to anyone," he said.`}, []string{"|direct|We will not sell"}},
		{"which stands for a thing, not the person before it", []string{`Mayor Tom Varga ordered a study of the harbour, which concluded the town "cannot afford a second dock."`}, nil},
		{"which stands for the organisation before it", []string{`Tom Varga cited the Harbour Police Department which reported "forty thefts" in May.`}, []string{"The Harbour Police Department|partial|forty thefts"}},
		{"the sentence's own subject is he", []string{`Mayor Tom Varga spoke at the docks.`, `Last week, Piet Kramer rejected the bid, but he called the offer "an insult to the workers here."`}, []string{"Piet Kramer|partial|an insult to the workers here."}},
		{"a speaker goes on as he or she past those named in what they said", []string{`Ana Brook told The Courier last week she would rather vote for Eva Lind than Tom Varga.`, `"I am ashamed of the port deal," she said.`}, []string{"Ana Brook|direct|I am ashamed"}},
		{"the subject of a deed does not go on past another named", []string{`Ana Brook praised Eva Lind at the docks.`, `"I am ashamed of the port deal," she said.`}, []string{"|direct|I am ashamed"}},
		{"a surname given in full before is a rival", []string{`Mayor Tom Varga met union leader Piet Kramer on Monday.`, `Varga later praised Kramer at the docks.`, `"We will not sell the port to anyone," he said.`}, []string{"|direct|We will not sell"}},
		{"a possessive names the person for a later he", []string{`Count Mayor Tom Varga among Piet Kramer’s critics.`, `"The harbour is not for sale," Varga said.`, `Since taking office, Kramer has backed the sale of the port to investors.`, `"Nobody else would buy it," he said.`}, []string{"Kramer|direct|Nobody else would buy it"}},
		{"a person the quotation speaks of is no rival for he", []string{`Mayor Tom Varga took swipes at fellow candidate Piet Kramer.`, `"Everybody is laughing at Piet Kramer," he wrote.`}, []string{"Tom Varga|direct|Everybody is laughing"}},
		{"a role after the name, without an article", []string{`Ana Brook, harbour analyst at Veltra Capital Partners, agreed: "The port has a great future."`}, []string{"Ana Brook|direct|The port has a great future."}},
		{"where the person works, after the name", []string{`"We rank the ports every year," Ms. Brook, of Veltra Capital Partners, said.`}, []string{"Brook|direct|We rank the ports"}},
		{"a role of several words between a paper and the name", []string{`The Courier harbour columnist Ana Brook went so far as to say: "The port is finished."`}, []string{"Ana Brook|direct|The port is finished."}},
		{"whose adviser the role says, then the person", []string{`Tom Varga spoke at the docks on Monday.`, `Varga senior adviser Piet Kramer said in a statement that the sale "would ruin the town."`, `"We will fight it in court," he added.`}, []string{"Piet Kramer|direct|We will fight it in court"}},
		{"an opening participle's phrase names no rival", []string{`"Yes," Mayor Tom Varga said.`, `Asked about Piet Kramer's plan last week, Varga blamed the board for the delay.`, `"The board should be ashamed," he said.`}, []string{"Varga|direct|The board should be ashamed"}},
		{"a role and a name after another name is that person", []string{`Or maybe Piet Kramer, harbour consultant Ana Brook says. "The board will look again at him."`}, []string{"Ana Brook|partial|The board will look again"}},
		{"a surname that names a paper too, after a person's title", []string{`"There is no bad publicity," said Vessby Mayor Don Guardian in an interview.`}, []string{"Don Guardian|direct|There is no bad publicity"}},
		{"the bare surname that names a paper too is the person", []string{`"There is no bad publicity," said Vessby Mayor Don Guardian.`, `"The port is going through bankruptcy," Guardian said.`}, []string{"Guardian|direct|The port is going through bankruptcy"}},
		{"he after what was said, then the speaker", []string{`Nor are tariffs likely to bring these jobs back, said Ana Brook, a professor of economics at Veltra University, who studies trade.`, `"We don't have silver bullets," she said.`}, []string{"Ana Brook|direct|We don't have silver bullets"}},
		{"a party member described is no name", []string{`"It is hers to lose," said one New Hampshire Democrat.`}, []string{"one New Hampshire Democrat|direct|It is hers to lose"}},
		{"a new clause after the quotation's comma", []string{`Contrast that with Jane Doe, who has called the plan "a disaster for the town," and Piet Kramer, who says it is "a gift to the rich."`}, []string{"Jane Doe|partial|a disaster for the town", "Piet Kramer|partial|a gift to the rich."}},
		{"I'm is no name", []string{`I'm old enough to remember Mayor Tom Varga on the radio, declaring a "moral failure of the port and of the town."`}, []string{"|partial|moral failure"}},
		{"a place and a day are no name", []string{`At the meeting in Hudson, New Harbour Monday, the union's leader retorted: "There is no deal without the dockers."`}, []string{"the union's leader|direct|There is no deal"}},
		{"a statement at a time, then a gerund", []string{`In Harbourton, Mayor Tom Varga released a statement Thursday night saying the port "will reopen in spring."`}, []string{"Tom Varga|partial|will reopen in spring."}},
		{"condemning reports speech", []string{`Mayor Tom Varga released a statement condemning "what appears to be an attack on the port."`}, []string{"Tom Varga|partial|what appears to be"}},
		{"an unclear he is no cue for another name", []string{`Mayor Tom Varga spoke at the docks, where he met union leader Piet Kramer.`, `"I prefer the old harbour plan by far," he said, noting he had once backed Sen. Ana Brook.`}, []string{"|direct|I prefer the old harbour plan"}},
		{"a people is a group, not a person", []string{`"We want to go home," Syrians said.`}, []string{"Syrians|direct|We want to go home"}},
		{"it's is no name", []string{`It’s implied that the mayor will not stand in the way.`, `"I will not stand in the way of the port's sale," he said.`}, []string{"|direct|I will not stand"}},
		{"a pronoun only one person can be", []string{`Mayor Tom Varga spoke at the docks.`, `The crowd cheered when he arrived.`, `"We will not sell," he said.`}, []string{"Tom Varga|direct|We will not sell"}},
		{"who is told hears the words", []string{`Mayor Tom Varga spoke at the docks.`, `Later he told Channel Nine News: "The port will reopen."`}, []string{"Tom Varga|direct|The port will reopen."}},
		{"who is told after a comma hears them", []string{`Mayor Tom Varga spoke at the docks.`, `He was asked about the cranes when he told Ana Brook of Harbour Radio, "We will buy two more."`}, []string{"Tom Varga|direct|We will buy two more."}},
		{"a number word is no name", []string{`Mayor Tom Varga spoke at the docks.`, `Eight years ago, he backed the port plan and said, "It will pay for itself."`}, []string{"Tom Varga|direct|It will pay for itself."}},
		{"a pronoun in the subject's clause is the subject", []string{`Mayor Tom Varga spoke at the docks.`, `Spokeswoman Ana Brook condemned what she called a "brazen breach" of the rules.`}, []string{"Ana Brook|partial|brazen breach"}},
		{"a pronoun cue set off by commas", []string{`Spokeswoman Ana Brook spoke at the docks.`, `The trouble with the Harbour-Rail deal, she said, is that "it never pays."`}, []string{"Ana Brook|partial|it never pays."}},
		{"a pronoun cue closes a clause", []string{`Spokeswoman Ana Brook spoke at the docks.`, `Ports are part of the towns around them, she said: "They owe them jobs."`}, []string{"Ana Brook|direct|They owe them jobs."}},
		{"lamented that reports speech", []string{`Union leader Ana Brook lamented that the "danger" came from the new cranes.`}, []string{"Ana Brook|partial|danger"}},
		{"an acronym before a name is what the person is", []string{`"We will talk," said Navy SEAL Ty Varga.`}, []string{"Ty Varga|direct|We will talk"}},
		{"elaborated reports speech", []string{`Spokeswoman Ana Brook spoke at the docks.`, `"The way I see it," she elaborated, "nobody questions the cranes."`}, []string{"Ana Brook|direct|The way I see it", "Ana Brook|direct|nobody questions the cranes."}},
		{"a title before a lone name makes a person", []string{`President Varga backed her up in an interview last October.`, `"I don't think it posed a problem," he said.`}, []string{"Varga|direct|I don't think it posed a problem"}},
		{"a name in an opening phrase is no rival", []string{`Spokeswoman Ana Brook spoke at the docks.`, `Regarding the mayor's remarks following Tom Varga's speech at the harbour, Brook shared her belief that none of it was wrong.`, `"The way I see it," she said, "nobody questions the cranes."`}, []string{"Brook|direct|The way I see it", "Brook|direct|nobody questions the cranes."}},
		{"a fragment after an inverted cue is the same speaker's", []string{`“Oh, let him make that decision,” said Mayor Tom Varga, urging those calling for the ferry's closure to “give him time.”`}, []string{"Tom Varga|direct|Oh, let him make that decision", "Tom Varga|partial|give him time."}},
		{"a title after an inverted cue is no fragment", []string{`“Sophisticated attackers would have known,” said Tom Varga, the author of “Harbour World Order,” who studies ports.`}, []string{"Tom Varga|direct|Sophisticated attackers would have known"}},
		{"a college one graduated from is no rival", []string{`Ana Brook, a 2009 Vessby College graduate, is saddled with debt.`, `"Who wants to live at home?" she said.`}, []string{"Ana Brook|direct|Who wants to live at home?"}},
		{"a name after a preposition before a colon is no speaker", []string{`Mayor Tom Varga praised the port and contrasted the old board with Ana Brook: "What I have seen working with Ms. Brook is a steady hand."`}, []string{"Tom Varga|partial|What I have seen"}},
		{"the role given after a dateline speaks as its holder", []string{`HELSBURG (AP) – Mayor Tom Varga on Monday toured the docks with Ana Brook for the first time.`, `In the port town, the mayor said Ms. Brook was "the only choice for the job."`}, []string{"Tom Varga|partial|the only choice"}},
		{"she before the verb, not the college before her", []string{`Spokeswoman Ana Brook spoke at the docks.`, `She studied the trade at Vessby College in the 1990s - where she urged her peers to work at "making the port pay" - then moved south.`}, []string{"Ana Brook|partial|making the port pay"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := extractDocument(doc(tt.lines...), nil)
			var got []string
			for _, q := range qs {
				if q.Line == len(tt.lines) && q.Kind != Indirect {
					if q.Speaker != "" && q.SpeakerType == TypePerson && isPeople(q.Speaker) {
						t.Errorf("a people typed as a person: %+v", q)
					}
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
	qs := extractDocument(d, nil)
	if len(qs) != 2 || qs[1].Speaker != "Jane Doe" || qs[1].Text != "It is time." {
		t.Errorf("got %+v, want the second quotation continued by Jane Doe and the third left out", qs)
	}
}

func TestIndirectSpeech(t *testing.T) {
	qs := extractDocument(doc(
		`Jane Doe, the envoy, told AFP on Sunday it was impossible to negotiate.`,
		`The agency said the talks would resume, adding that 10 groups agreed.`,
		`Officials met on Monday.`,
	), nil)
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

func TestSpeakerBeforeARelativeClauseAndAnAuxiliary(t *testing.T) {
	// The relative clause's "the Harbour Board" speaks no words.
	qs := extractDocument(doc(
		`Tom Varga, who was once a pitchman for the Harbour Board, has vowed to block the sale of the port.`,
	), nil)
	if len(qs) != 1 || qs[0].Speaker != "Tom Varga" || qs[0].Kind != Indirect || qs[0].Text != "to block the sale of the port" {
		t.Errorf("got %+v, want Tom Varga's vow alone", qs)
	}
}

// TestReportedSpeechBeforeItsSpeaker: "…, said NAME" closes what was
// said with its speaker; a hearer ("told POLITICO she …") is none.
func TestReportedSpeechBeforeItsSpeaker(t *testing.T) {
	qs := extractDocument(doc(
		`Nor are tariffs likely to bring these jobs back, said Ana Brook, a professor of economics at Veltra University.`,
		`The port could reopen by May, said Veltran strategist Tom Varga.`,
		`One docker not on the union slate, Piet Kramer, told The Courier he was leaning toward Brook.`,
	), nil)
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+"|"+q.Text)
	}
	want := []string{
		"Ana Brook|Nor are tariffs likely to bring these jobs back",
		"Tom Varga|The port could reopen by May",
		"Piet Kramer|he was leaning toward Brook",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPaperIsNoPersonsFullerName: "The Guardian", a paper, is not made
// "The Don Guardian" by a person of that surname in another article.
func TestPaperIsNoPersonsFullerName(t *testing.T) {
	res := Extract([]Document{
		doc(`"There is no bad publicity," said Vessby Mayor Don Guardian.`),
		doc(`The club will close, according to The Guardian newspaper report on Monday.`),
	})
	for _, q := range res.Quotes {
		if strings.Contains(q.Speaker, "Don") && q.Text != "There is no bad publicity" {
			t.Errorf("%q: %q", q.Text, q.Speaker)
		}
	}
}

// TestLamentingAThingIsNoSpeech: "lamented the loss of …" names what
// was lamented, no words; "lamented that …" reports them.
func TestLamentingAThingIsNoSpeech(t *testing.T) {
	qs := extractDocument(doc(`Mayor Tom Varga lamented the loss of the old ferry line to Ostby last spring.`), nil)
	if len(qs) > 0 {
		t.Errorf("got %+v, want no quotation", qs)
	}
	qs = extractDocument(doc(`Mayor Tom Varga lamented that the old ferry line to Ostby had closed last spring.`), nil)
	if len(qs) != 1 || qs[0].Kind != Indirect || qs[0].Speaker != "Tom Varga" {
		t.Errorf("got %+v, want Tom Varga's reported speech", qs)
	}
}

// TestASharedSurnameIsTheFirstNamed: in an article that names two
// people of one surname as often, the surname alone is the one it names
// first, its subject: "Zoe Varga, whose husband, Navy officer Tom Varga,
// …".
func TestASharedSurnameIsTheFirstNamed(t *testing.T) {
	res := Extract([]Document{doc(
		`Zoe Varga, whose husband, Navy officer Tom Varga, was killed in 2012, spoke with a radio host on Thursday.`,
		`Varga said she does not believe the critics.`,
		`"I would never want that," she said.`)})
	for _, q := range res.Quotes {
		if q.Speaker != "Zoe Varga" {
			t.Errorf("%q: %q, want Zoe Varga", q.Text, q.Speaker)
		}
	}
	if len(res.Quotes) != 2 {
		t.Errorf("got %d quotations, want 2", len(res.Quotes))
	}
}

// TestAPersonOfAChurchIsNamedInFull: "Pastor Tom Varga of Ostby Avenue
// Baptist Church" names a person before the church, so "Mr. Varga" is
// him, not another article's Varga.
func TestAPersonOfAChurchIsNamedInFull(t *testing.T) {
	other := doc(`Governor Jon Varga opened the ferry line on Monday.`)
	other.Source = "u.txt"
	res := Extract([]Document{
		doc(`Pastor Tom Varga of Ostby Avenue Baptist Church recruits volunteers for the port.`, `"We have a network," said Mr. Varga.`),
		other,
	})
	for _, q := range res.Quotes {
		if q.Text == "We have a network" && q.Speaker != "Tom Varga" {
			t.Errorf("%q: %q, want Tom Varga", q.Text, q.Speaker)
		}
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
	qs := extractDocument(d, nil)
	if len(qs) != 1 || qs[0].Line != 5 {
		t.Errorf("got %+v, want the quotation on line 5", qs)
	}
}

// para builds a document of sentences with the paragraphs given.
func para(paras ...[]string) Document {
	d := Document{Source: "t.txt"}
	line := 0
	for p, sents := range paras {
		for _, s := range sents {
			line++
			d.Sentences = append(d.Sentences, Sentence{Text: s, LineStart: line, LineEnd: line, Paragraph: p})
		}
	}
	return d
}

// TestPronounsNameSomeoneOnlyWhenClear checks that "he" and "she" name a
// person only when one person fits, and that otherwise the quotation is
// kept with no speaker rather than given a guess.
func TestPronounsNameSomeoneOnlyWhenClear(t *testing.T) {
	genders := func(first string) string {
		return map[string]string{"Ann": "f", "Bob": "m", "Dan": "m", "Mary": "f"}[first]
	}
	tests := []struct {
		name   string
		doc    Document
		gender NameGender
		want   string // the last quotation's speaker; "" for unattributed
	}{
		{"one person before", para([]string{`Bob Stone spoke on Monday.`, `"We will not give in to pressure from anyone," he said.`}), nil, "Bob Stone"},
		{"two people, genders unknown", para([]string{`Ann Lee met Bob Stone on Monday.`, `Bob Stone left early.`, `Ann Lee stayed.`, `"We will not give in to pressure from anyone," she said.`}), nil, ""},
		{"two people, first names tell", para([]string{`Ann Lee met Bob Stone on Monday.`, `Bob Stone left early.`, `Ann Lee stayed.`, `"We will not give in to pressure from anyone," she said.`}), genders, "Ann Lee"},
		{"the name decides over the nearer man", para([]string{`Ann Lee spoke at the hearing.`, `Bob Stone backed her rival.`, `"We will not give in to pressure from anyone," she said.`}), genders, "Ann Lee"},
		{"a new paragraph opened by its speaker", para([]string{`Bob Stone said talks were hard.`}, []string{`Tom Hale said talks would go on.`, `"We will not give in to pressure from anyone," he added.`}), nil, "Tom Hale"},
		{"named again since", para([]string{`Bob Stone spoke on Monday.`, `The talks went on.`, `Rain fell on the city.`, `Bob Stone left at noon.`, `The roads closed.`, `"We will not give in to pressure from anyone," he said.`}), nil, "Bob Stone"},
		{"named too long ago", para([]string{`Bob Stone spoke on Monday.`, `The talks went on.`, `Rain fell on the city.`, `The roads closed.`, `"We will not give in to pressure from anyone," he said.`}), nil, ""},
		{"a sentence opener is no person", para([]string{`Delegates arrived early.`, `"We will not give in to pressure from anyone," he said.`}), nil, ""},
		{"a surname two people share is the one named first", para([]string{`Sen. Dan Pell spoke at the docks.`, `He praised a nurse, Mary Ann Pell, who saved a boy.`, `"We owe her more than words can say," Pell said.`}), genders, "Dan Pell"},
		{"a capitalised common word is no person", para([]string{`Looking ahead, the talks resume.`, `The room was looking full.`, `"We will not give in to pressure from anyone," he said.`}), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := extractDocument(tt.doc, tt.gender)
			if len(qs) == 0 {
				t.Fatal("the quotation was dropped; want it kept")
			}
			if got := qs[len(qs)-1].Speaker; got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnattributedNeedsAStatement checks that a short quoted phrase with
// no speaker is taken for a term, not kept as a quotation.
func TestUnattributedNeedsAStatement(t *testing.T) {
	if qs := extractDocument(doc(`The plan was called "a fresh start" by some.`), nil); len(qs) != 0 {
		t.Errorf("kept %+v", qs)
	}
	qs := extractDocument(doc(`"Nobody here wants another winter of war," a banner read.`), nil)
	if len(qs) != 1 {
		t.Fatalf("got %+v, want the statement kept", qs)
	}
}

// TestCuesAcrossSentences checks cues the sentence splitter parts from
// their quotation, a name before a colon, and a quotation that ends with
// one of its own.
func TestCuesAcrossSentences(t *testing.T) {
	tests := []struct {
		name string
		doc  Document
		want []string // "speaker|quote prefix|line" of each quotation
	}{
		{"question split from its cue", para([]string{`“Why is this bank still too big to manage?”`, `Jane Doe asked.`}), []string{"Jane Doe|Why is this bank|1"}},
		{"cue on the next line", para([]string{`“Can anybody say what the plan is?”`, `Jane Doe asked, smiling.`, `“Neither can I.”`}), []string{"Jane Doe|Can anybody say|1", "Jane Doe|Neither can I.|3"}},
		{"a new paragraph is no cue", para([]string{`“Can anybody say what the plan is for the spring?”`}, []string{`Jane Doe asked.`}), []string{"|Can anybody say|1"}},
		{"name and colon", para([]string{`Polls moved again, as one analyst put it - Omar Ali: "Two weeks ago the south was his strongest ground."`}), []string{"Omar Ali|Two weeks ago|1"}},
		{"a sentence that is only the cue", para([]string{`Omar Ali agreed.`, `"Mainstream parties are running out of time to find a candidate."`}), []string{"Omar Ali|Mainstream parties|2"}},
		{"a quotation inside the quotation", para([]string{`"People say, 'It does not matter,'" said Omar Ali, a local organiser.`}), []string{"Omar Ali|People say|1"}},
		{"a verb of news outside WordNet's sense of saying", para([]string{`"The harbour will be the last to reopen," Omar Ali concluded on Friday.`}), []string{"Omar Ali|The harbour will|1"}},
		{"two verbs share the subject", para([]string{`Asked about the strike, Ms. Jane Doe smiled and said, "We will wait for the spring."`}), []string{"Jane Doe|We will wait|1"}},
		{"a cue with the verb first closes its paragraph", para([]string{`The dockers met on Friday.`, `Stated Omar Ali:`}, []string{`"The harbour will not reopen before the spring, whatever the board decides."`}), []string{"Omar Ali|The harbour will not|3"}},
		{"in someone's view", para([]string{`"This is not a strike one can settle in a day" at the harbour, in Omar Ali's view.`}), []string{"Omar Ali|This is not a strike|1"}},
		{"a gerund after a quotation", para([]string{`Omar Ali has made a strong defense of "harbour rules," saying the port kept the "trust of every docker."`}), []string{"Omar Ali|trust of every|1"}},
		{"a gerund opening the sentence is no speaker", para([]string{`Speaking to the dockers, Omar Ali said the deal was "the best on offer," adding that the board "cannot pay more."`}), []string{"Omar Ali|the best on offer|1", "Omar Ali|cannot pay more|1"}},
		{"initials and a suffix before the verb", para([]string{`"The port works as a way to move grain, and it works as a way to move arms," Omar B. Ali Jr., the director of the Harbour Board, said on Monday.`}), []string{"Omar B. Ali Jr|The port works|1"}},
		{"as someone put it", para([]string{`As Omar Ali, the No. 2 on the harbour board, put it: "This strike will not end before the spring, whatever anyone says."`}), []string{"Omar Ali|This strike will|1"}},
		{"no comma before the closing cue", para([]string{`"The board invited both of us to the port today to talk about the wage deal" the union's chief negotiator Omar Ali responded.`}), []string{"Omar Ali|The board invited|1"}},
		{"a body named by whose it is", para([]string{`In response, Mrs. Jane Doe's campaign said in a statement that "the senator will not be bullied by anyone."`}), []string{"Mrs. Jane Doe's campaign|the senator will|1"}},
		{"a later clause's verb is no cue", para([]string{`Omar Ali said he would close the port "before the winter ends," for instance, and Jane Doe vowed to keep it open.`}), []string{"Omar Ali|before the winter|1"}},
		{"a manner is no source", para([]string{`Voters simply push the button for "the party of their fathers and mothers," according to their instinctive preference.`}), []string{"|the party of their|1"}},
		{"the cue before a role at the end", para([]string{`"They can promise it, but it is very unlikely" that the port reopens, said Omar Ali, deputy director of the harbour board.`}), []string{"Omar Ali|They can promise|1"}},
		{"the writer's I is no one quoted before", para([]string{`Omar Ali claims he's worth $10 billion.`, `I claim Omar Ali is not a billionaire and believe me, you will never see his tax records.`}), []string{"Omar Ali|he's worth|1", "|Omar Ali is not|2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range extractDocument(tt.doc, nil) {
				got = append(got, q.Speaker+"|"+q.Text+"|"+strconv.Itoa(q.Line))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i, w := range tt.want {
				p := strings.SplitN(w, "|", 3)
				g := strings.SplitN(got[i], "|", 3)
				if g[0] != p[0] || !strings.HasPrefix(g[1], p[1]) || g[2] != p[2] {
					t.Errorf("got %q, want %q", got[i], w)
				}
			}
		})
	}
}

// TestSpeakerNamesAreClean checks that a speaker's name holds no title or
// place: the role goes beside it.
func TestSpeakerNamesAreClean(t *testing.T) {
	res := Extract([]Document{
		para([]string{`"We will cover every minute of it," CNN President Jeff Zucker said.`, `"Nothing is off the table," Zucker added.`}),
		para([]string{`"The bill is dead," said Sen. Sherrod Brown of Ohio.`}),
		// Where a person works follows the name: the person speaks, not
		// the university.
		para([]string{`"It would have been a real long shot," said Stephen Vladeck of the University of Texas School of Law.`}),
		para([]string{`"It was never likely," said Ann Lee of Harvard University.`}),
		para([]string{`However, as Archbishop Aris Vartan of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), "We have suffered the same fate."`}),
		// A lawmaker's party and state after the name are no person.
		para([]string{`Dashing into a luncheon, Senator Ann Lowe, Republican of West Virginia, called over her shoulder, "His comments are not helping."`}),
		// A modifier made from a name is no part of a name; a given name
		// joined by a hyphen is.
		para([]string{`"The bill is dead," said Ohio-based Lena Ostrova.`}),
		para([]string{`"We will talk," said President Park Min-jae.`}),
		// Where someone is from may end in a common noun.
		para([]string{`"There is just a passion for the mayor," said Rob Antal of the New York delegation.`}),
		// No comma after the quotation, a role after the name.
		para([]string{`"We have had to stand by for months" said Nick Marel, a campaign spokesman.`}),
	})
	wantSpeakers(t, res, "Jeff Zucker", "Jeff Zucker", "Sherrod Brown", "Stephen Vladeck", "Ann Lee", "Aris Vartan", "Ann Lowe", "Lena Ostrova", "Park Min-jae", "Rob Antal", "Nick Marel")
}

// TestQuantityIsNoSpeaker: a phrase that counts without naming whom ("a
// few" before "questions, including") is no speaker: the sentence's
// subject said it.
func TestQuantityIsNoSpeaker(t *testing.T) {
	res := Extract([]Document{
		para([]string{`"The people do not agree with him," Ilse Brandt said, suggesting a few questions, including, "Do you really think the port can wait?"`}),
		para([]string{`"We must act," said Tomas Varga, raising a lot of questions, among them, "Who pays for the harbour?"`}),
	})
	for _, q := range res.Quotes {
		if q.Speaker == "a few" || q.Speaker == "a lot" {
			t.Errorf("%q said by %q", q.Text, q.Speaker)
		}
	}
	wantSpeakers(t, res, "Ilse Brandt", "Ilse Brandt", "Tomas Varga", "Tomas Varga")
}

// wantSpeakers checks the quotations' speakers, in order.
func wantSpeakers(t *testing.T, res Result, want ...string) {
	t.Helper()
	if len(res.Quotes) != len(want) {
		t.Fatalf("got %+v", res.Quotes)
	}
	for i, q := range res.Quotes {
		if q.Speaker != want[i] {
			t.Errorf("quotation %d: speaker %q, want %q", i, q.Speaker, want[i])
		}
	}
}

// TestClauseBetweenSubjectAndVerb: a clause put between the speaker and
// the verb ("hoping to …", "who …") holds no speaker, even when it names a
// place; a "when" clause holds its own verb's speaker.
func TestClauseBetweenSubjectAndVerb(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Gov. Anna Kowal, hoping to surge in New Hampshire, called the mayor a "petulant child."`}),
		para([]string{`Tom Varga, who was elected to the House in 2012, said "we will win this."`}),
		para([]string{`It came up in a debate in December, when Nora Bell called him "the best recruiter."`}),
		// A town, then its state: the state is no speaker.
		para([]string{`Lowe, at a town hall meeting in Dayton, Ohio, said she was "going to win this state."`}),
		// After a time, the name is the speaker's.
		para([]string{`On Dec. 7 on MSNBC, Varga said "local forces" must lead the way.`}),
	})
	wantSpeakers(t, res, "Anna Kowal", "Tom Varga", "Nora Bell", "Lowe", "Tom Varga")
}

// TestCueAfterLongClauses: the speaker named after a quotation past a
// long clause, as a role then a name, or as a name with appositives
// before a late verb.
func TestCueAfterLongClauses(t *testing.T) {
	res := Extract([]Document{
		para([]string{`"Most of the cases could change," since so many were decided by one vote, said Lena Ostrova, who teaches constitutional law and legal institutions at Veltra University in St. Louis.`}),
		para([]string{`"We are treating the month as one long election day," said the mayor's deputy campaign manager, Rob Antal, who ran the ground game in 2012 as political director.`}),
		para([]string{`"I would have been sitting in prison for a long time," Mr. Varga, now 81 and retired in Cambridge, Mass., said by telephone this week.`}),
	})
	wantSpeakers(t, res, "Lena Ostrova", "Rob Antal", "Varga")
}

// TestGerundCueSharesTheSubject: "…, saying "…"" and "issued a statement
// saying "…"" quote the sentence's subject, after any opening phrases.
func TestGerundCueSharesTheSubject(t *testing.T) {
	res := Extract([]Document{
		para([]string{`In 2016, Anna Kowal endorsed the mayor for president, saying he had "the courage and the energy" to win the city.`}),
		para([]string{`On Thursday, after staying neutral for months, Nora Bell endorsed the mayor, saying, "I think having a fighter in the lead matters a great deal."`}),
		para([]string{`At a campaign event in Ames, Iowa, on Sunday, Ann Lowe tried to expand on her earlier remarks, saying the city should "lead the region on trade."`}),
		para([]string{`Tom Varga issued a statement saying the mayor was "a remarkable person and a brilliant judge."`}),
	})
	wantSpeakers(t, res, "Anna Kowal", "Nora Bell", "Ann Lowe", "Tom Varga")
}

// TestCueAfterAStopInsideTheMarks: a quotation that ends in "?" or a
// full stop inside its marks, two apostrophes among them, keeps the cue
// the sentence splitter parts from it; three apostrophes close a single
// quotation and then the double one.
func TestCueAfterAStopInsideTheMarks(t *testing.T) {
	res := Extract([]Document{
		para([]string{`''Do you want the port looking at every post of the city?''`, `said Zeynep Tufan.`}),
		para([]string{`''I would use the word 'old-school,''' said Greg Slayton.`}),
		para([]string{`''She would look at me and say, 'What did he mean by that?'''`, `Mr. Kalnin said, clutching the lectern.`}),
		para([]string{`“Russia, if you are listening, I hope you find the emails.”`, `Tom Varga said.`}),
	})
	wantSpeakers(t, res, "Zeynep Tufan", "Greg Slayton", "Kalnin", "Tom Varga")
}

// TestSubjectNotInsideAPhrase: the speaker is no name inside an opening
// phrase, a clause of a past participle, or the clause of an earlier
// verb that shares the subject.
func TestSubjectNotInsideAPhrase(t *testing.T) {
	res := Extract([]Document{
		para([]string{`In a long interview last year, Anton Lazar said he welcomed his extradition to the United States and added, "I will plead guilty, no problem."`}),
		para([]string{`A projection by the firm Veltra Economics, prepared for the National Harbour Federation, predicted that a "disproportionate number of workers" would lose pay.`}),
		para([]string{`Here in Columbia, Nora Bell stepped up her emphasis on the courts, saying, "We have got to reach the day when everyone can walk the streets."`}),
	})
	wantSpeakers(t, res, "Anton Lazar", "Veltra Economics", "Nora Bell")
	res = Extract([]Document{
		para([]string{`On Harbour Security, both candidates oppose a formula called the "chained wage index" that would lower payments.`}),
	})
	for _, q := range res.Quotes {
		if q.Speaker == "Harbour Security" {
			t.Errorf("an opening phrase is the speaker: %+v", q)
		}
	}
}

// TestColonOrDashAfterTheSubjectsClause: a quotation set after a colon
// or a dash quotes the person who opens the sentence, past an opening
// participle; a sign, or an adverb opening the sentence, is no speaker.
func TestColonOrDashAfterTheSubjectsClause(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Tom Varga also embraced the harbour plan -- "I think the plan is the best we have had in years."`}),
		para([]string{`Asked whether the campaign should take the blame, Mr. Kalnin shot back: "That would be good for all of us."`}),
		para([]string{`The sign on the harbour door read: "No entry for anyone after nine in the evening."`}),
		para([]string{`Likewise, the harbour report found: "Families at the top would gain the most from the plan."`}),
		para([]string{`Democratic Sen. Anna Kowal (D-Vt.) scolded him: "The harbour board is against you on this," she said.`}),
	})
	wantSpeakers(t, res, "Tom Varga", "Kalnin", "", "", "Anna Kowal")
}

// TestSentenceSubjectPastDatelinesAndOpeners: the subject a later verb
// shares comes after a wire dateline and an opening adverb, and is no
// name whose person or people the sentence is about.
func TestSentenceSubjectPastDatelinesAndOpeners(t *testing.T) {
	res := Extract([]Document{
		para([]string{`VELTRA, Dec. 8 (UPI) — Nora Bell has taken a swipe at the mayor's harbour plan, saying that "bombastic comments" do not help anyone.`}),
		para([]string{`Oslo (AFP) – Democrat Anna Kowal criticised the harbour plan, saying that "the port deserves better than this."`}),
		para([]string{`Shortly after the call ended, Tom Varga issued a statement saying the mayor owes "the city an explanation."`}),
		para([]string{`In response, Anna Kowal's right-hand woman rallied supporters, saying: "We have to be ready to stop him."`}),
	})
	wantSpeakers(t, res, "Nora Bell", "Anna Kowal", "Tom Varga", "")
}

// TestRetortCues: "shot back", "fired back" report speech, before the
// quotation or closing its sentence; the speaker of an earlier clause
// ("After X criticized …,") is not the one who retorts.
func TestRetortCues(t *testing.T) {
	res := Extract([]Document{
		para([]string{`After the mayor Tom Varga criticized the plan during a debate, Anna Kowal shot back, "I suppose I could have stayed home, but I chose to fight for this harbour."`}),
		para([]string{`"Nora wants to be a tough guy tonight," Ilse Brandt shot back.`}),
		para([]string{`When Varga suggested the port would sue, Nora Bell fired back forcefully: "If they sue us in a court in Oslo, they are going to lose."`}),
	})
	wantSpeakers(t, res, "Anna Kowal", "Ilse Brandt", "Nora Bell")
}

// TestPastVerbAfterTheQuotation: any verb in the past tense right after
// a quotation and its speaker reports it ("Kelly charged"); a verb in the
// present is no cue unless it reports speech.
func TestPastVerbAfterTheQuotation(t *testing.T) {
	res := Extract([]Document{
		para([]string{`"You have called the harbour board lazy, slow and useless," Nora Bell charged in her speech.`}),
		para([]string{`"The mayor is not against the port, guys," Varga assured the crowd.`}),
		para([]string{`"The harbour must stay open to all the boats," Anna Kowal hopes.`}),
	})
	wantSpeakers(t, res, "Nora Bell", "Varga", "")
}

// TestColonAfterAVenue: a name before a colon after "on", "in" or "at"
// says where something was said, not who said it; after "from" it is
// the speaker.
func TestColonAfterAVenue(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Then, later that month on Harbour TV: "I have never said we made a mistake going into the port deal."`}),
		para([]string{`A lesson from Ilse Brandt: "Be the voice that people hear in the harbour."`}),
	})
	wantSpeakers(t, res, "", "Ilse Brandt")
}

// TestSpeakerOfReportedWordsAndCoordinatedVerbs: "X said she recalled
// thinking, "…"" quotes X; a long verb phrase joined by "and" to the
// speech verb shares the sentence's subject; a person named right before
// a dash that opens a quotation speaks it.
func TestSpeakerOfReportedWordsAndCoordinatedVerbs(t *testing.T) {
	res := Extract([]Document{
		para(
			[]string{`In the 1980s, Anna Kowal worked at the harbour firm of Moore & Ilse Brandt, where clients asked her colleague.`},
			[]string{`Nora Bell said she recalled thinking, "This is what people have talked about, from time to time, at the harbour."`},
		),
		para([]string{`Anna Kowal, the former minister, stressed her support of the port raid during a "harbour forum" sponsored by Veltra News and said she has the quality the job needs: "Steadiness, and mixed with strength."`}),
		para([]string{`A chorus of dockers has said the same thing, including the former candidate Tom Varga -- "It is disqualifying for a mayor to hide the port's accounts" -- and others.`}),
	})
	wantSpeakers(t, res, "Nora Bell", "Anna Kowal", "Anna Kowal", "Tom Varga")
	// The object of a preposition before the dash is no speaker.
	res = Extract([]Document{
		para([]string{`Mr. Kalnin said the host has seemed supportive of Tom Varga -- "a completely different host to me, which was a shock to me."`}),
	})
	for _, q := range res.Quotes {
		if q.Speaker == "Tom Varga" {
			t.Errorf("the object of 'of' speaks: %+v", q)
		}
	}
}

// TestGerundAfterADespiteOrATweet: "X, despite admitting that … "…""
// and "X, a former chairman, poked at …, tweeting, "…"" quote X.
func TestGerundAfterADespiteOrATweet(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Speaker Tom Varga, despite admitting that he did have his concerns about "harbour lawyers trying to get rich" and other matters, backs the override.`}),
		para([]string{`Dean, a former harbour council chairman and mayoral candidate, poked at the mayor's habits during the debate, tweeting, "Notice the mayor sniffing all the time."`}),
	})
	wantSpeakers(t, res, "Tom Varga", "Dean")
}

// TestUnattributedReportedSpeech checks that reported speech whose "he"
// points to nobody is kept without a speaker, and a short clause dropped.
func TestUnattributedReportedSpeech(t *testing.T) {
	qs := extractDocument(doc(`The talks opened in the rain.`, `He said the talks would fail within a week of the vote.`, `He said it was fine.`), nil)
	if len(qs) != 1 || qs[0].Kind != Indirect || qs[0].Speaker != "" || !strings.HasPrefix(qs[0].Text, "the talks would fail") {
		t.Fatalf("got %+v", qs)
	}
}

// TestQuotationOverSentencesAndParagraphs checks a quotation that runs
// over several sentences, and one that runs into the next paragraph,
// where the opening mark repeats and its speaker is named.
func TestQuotationOverSentencesAndParagraphs(t *testing.T) {
	qs := extractDocument(para(
		[]string{`Jane Doe spoke at length on Monday.`},
		[]string{`“We came here to talk.`, `We will stay until the end of the week if we must.`},
		[]string{`“Nobody should expect a breakthrough before the spring,” Doe said.`},
		[]string{`“The guns must fall silent.`, `Then we talk,” Omar Ali said.`},
	), nil)
	want := []string{
		"Doe|We came here to talk. We will stay until the end of the week if we must.",
		"Doe|Nobody should expect a breakthrough before the spring",
		"Omar Ali|The guns must fall silent. Then we talk",
	}
	if len(qs) != len(want) {
		t.Fatalf("got %+v", qs)
	}
	for i, q := range qs {
		if got := q.Speaker + "|" + q.Text; got != want[i] {
			t.Errorf("got %q, want %q", got, want[i])
		}
	}
}

// TestGerundCues checks cues made of a speech verb's -ing form, and a
// cue whose speaker follows the verb before the quotation.
func TestGerundCues(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{`Jane Doe mocked the complaint, saying anybody who complains "is not having a good night."`, "Jane Doe"},
		{`The ad uses footage of Jane Doe asking, "Why aren't we fifty points ahead of them?"`, "Jane Doe"},
		{`The crowd kept chanting, "we want the talks to end now and for good."`, ""},
		{`He praised the host. But, said Jane Doe, "I do not want to drum up a conflict with him."`, "Jane Doe"},
		{`"Watch the whole thing and then tell me it was fair," said former envoy Jane Doe during the second debate.`, "Jane Doe"},
		{`Jane Doe did not name her rivals, but told her supporters, "our nation is in horrible trouble."`, "Jane Doe"},
		{`Another commenter said, "We all know how she feels about the police."`, "Another commenter"},
		// A gerund after the quotation is the subject's, not the next name's.
		{`Jane Doe said that there is "only one candidate in a position to win this race," adding that this is why Omar Ali attacks her.`, "Jane Doe"},
	} {
		qs := extractDocument(doc(tt.line), nil)
		if len(qs) != 1 || qs[0].Speaker != tt.want {
			t.Errorf("%s: got %+v, want speaker %q", tt.line, qs, tt.want)
		}
	}
}

// TestFragmentDoesNotContinueTheSpeaker checks that a quoted fragment in
// a sentence with no cue is not handed to the paragraph's last speaker,
// while a whole quotation is.
func TestFragmentDoesNotContinueTheSpeaker(t *testing.T) {
	qs := extractDocument(para([]string{
		`"We will stay at the table for as long as it takes," Jane Doe said.`,
		`Omar Ali dismissed the plan as "a fantasy."`,
		`"Nobody will leave this room before a deal is done."`,
	}), nil)
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker)
	}
	// The fragment is too short to keep unattributed; the whole quotation
	// goes on with Jane Doe.
	if want := []string{"Jane Doe", "Jane Doe"}; strings.Join(got, "|") != strings.Join(want, "|") || len(qs) != 2 || qs[1].Line != 3 {
		t.Errorf("got %q (%+v)", got, qs)
	}
}

// TestQuotedStatementInWritersWordsContinues checks that a statement
// quoted inside the writer's own sentence, right after a speaker's
// quotation in the same paragraph, goes on with that speaker; not when
// the sentence names someone else or points to someone ("he"), nor in a
// new paragraph, nor a sentence later.
func TestQuotedStatementInWritersWordsContinues(t *testing.T) {
	said := `"It is a turning point," said Jane Doe, a lawyer for the union.`
	statement := `Unless the board backs down, "it is very hard to see how the strike can be avoided this winter."`
	for _, tt := range []struct {
		name  string
		doc   Document
		want  string
		index int
	}{
		{"next sentence", para([]string{said, statement}), "Jane Doe", 1},
		{"someone named", para([]string{said, `Unless Omar Ali backs down, "it is very hard to see how the strike can be avoided this winter."`}), "", 1},
		{"a pronoun", para([]string{said, `Unless he backs down, "it is very hard to see how the strike can be avoided this winter."`}), "", 1},
		{"new paragraph", para([]string{said}, []string{statement}), "", 1},
		{"a sentence later", para([]string{said, "The board meets on Friday.", statement}), "", 1},
	} {
		qs := extractDocument(tt.doc, nil)
		if len(qs) <= tt.index || qs[tt.index].Speaker != tt.want {
			t.Errorf("%s: got %+v, want quotation %d by %q", tt.name, qs, tt.index, tt.want)
		}
	}
}

// TestReportedSpeechAfterAComma checks reported speech whose cue follows
// a comma: an opening phrase, or a cue set off in mid-sentence.
func TestReportedSpeechAfterAComma(t *testing.T) {
	for _, tt := range []struct{ line, speaker, text string }{
		{`Jane Doe spoke on Monday. In 1999, she said the envoy had been treated unfairly by the press.`, "Jane Doe", "the envoy had been treated unfairly by the press"},
		{`Jane Doe spoke on Monday. Many of the closures, she said, have hit the poorest towns hardest.`, "Jane Doe", "Many of the closures, have hit the poorest towns hardest"},
	} {
		d := para(strings.SplitAfter(tt.line, ". "))
		qs := extractDocument(d, nil)
		if len(qs) != 1 || qs[0].Speaker != tt.speaker || qs[0].Kind != Indirect || strings.TrimSpace(qs[0].Text) != tt.text {
			t.Errorf("%s: got %+v", tt.line, qs)
		}
	}
}

// TestAccordingToARecord checks that "according to" a source that is no
// one keeps the reported clause with the source's own words as its label.
func TestAccordingToARecord(t *testing.T) {
	qs := extractDocument(doc(`The campaign spent $2 million on television in March, according to FEC records.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "FEC records" || qs[0].SpeakerType != TypeGroup || qs[0].Kind != Indirect {
		t.Fatalf("got %+v", qs)
	}
}

// TestFragmentsShareTheirCue checks that several quoted fragments of one
// reported sentence share its speaker, and that a new cue between them
// takes over.
func TestFragmentsShareTheirCue(t *testing.T) {
	qs := extractDocument(doc(`Jane Doe stated that the debate was "more substantive" and that the senator "did well, because it was a serious debate."`), nil)
	if len(qs) != 2 || qs[0].Speaker != "Jane Doe" || qs[1].Speaker != "Jane Doe" {
		t.Errorf("got %+v", qs)
	}
	qs = extractDocument(doc(`Jane Doe called the plan "a fantasy," and Omar Ali said it was "a plan for nobody at all in the region."`), nil)
	if len(qs) != 2 || qs[1].Speaker != "Omar Ali" {
		t.Errorf("got %+v", qs)
	}
	// A gerund after a comma goes on with the same subject; one with a
	// subject of its own does not.
	qs = extractDocument(doc(`Jane Doe said that there is "only one candidate who can win," adding that this is why Omar Ali "attacks us and ignores the others."`), nil)
	if len(qs) != 2 || qs[0].Speaker != "Jane Doe" || qs[1].Speaker != "Jane Doe" {
		t.Errorf("got %+v", qs)
	}
	qs = extractDocument(doc(`Jane Doe called the plan "a fantasy," with Omar Ali saying it was "a plan for nobody at all in the region."`), nil)
	if len(qs) == 2 && qs[1].Speaker == "Jane Doe" {
		t.Errorf("got %+v", qs)
	}
}

// TestReportedSpeechAfterAnAdverbial: an adverbial between the speech verb
// and its "that" is not part of what was said.
func TestReportedSpeechAfterAnAdverbial(t *testing.T) {
	for _, tt := range []struct{ line, text string }{
		{`Jane Doe said ahead of the meeting that the talks would resume in March.`, "the talks would resume in March"},
		{`Jane Doe said at a news conference in Geneva that the talks would resume in March.`, "the talks would resume in March"},
		{`Jane Doe said in a statement that the talks would resume in March.`, "the talks would resume in March"},
		{`Jane Doe said in Geneva the talks would resume in March.`, "in Geneva the talks would resume in March"},
	} {
		qs := extractDocument(para([]string{tt.line}), nil)
		if len(qs) != 1 || qs[0].Speaker != "Jane Doe" || qs[0].Kind != Indirect || strings.TrimSpace(qs[0].Text) != tt.text {
			t.Errorf("%s: got %+v", tt.line, qs)
		}
	}
}

// TestOpenersAndCounts: a word that opens a sentence ("Still", "Last
// month") is no speaker, and a count of people speaks as a group.
func TestOpenersAndCounts(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Still, 52 percent of registered voters say they would back the harbour plan in a vote.`}),
		para([]string{`Last month, Mayor Tom Varga said "we will win this."`}),
		para([]string{`Even Veltra said it was "resolutely opposed" to the plan.`}),
		// "Sure, he admits …": "Sure" is no one; "he" is the mayor the
		// sentence before named.
		para([]string{`Mayor Tom Varga spoke to the dockers on Monday.`, `Sure, he admits that "the problem with the harbour deal is that it is unfair to the dockers who saved."`}),
		// An adverb opens a sentence and names no one; a name with "-ly"
		// is still a name.
		para([]string{`Domestically, the plan drew a rebuke from Mayor Tom Varga, who called it "unfit to serve the harbour."`}),
		para([]string{`Kelly said the dockers were "ready to strike."`}),
	})
	wantSpeakers(t, res, "52 percent of registered voters", "Tom Varga", "Veltra", "Tom Varga", "Tom Varga", "Kelly")
	if res.Quotes[0].SpeakerType != TypeGroup {
		t.Errorf("a count of people is a group: %+v", res.Quotes[0])
	}
	res = Extract([]Document{para([]string{`Conversely, Harbour Watch rated 22% of Belport claims as "entirely true."`})})
	for _, q := range res.Quotes {
		if q.Speaker == "Conversely" {
			t.Errorf("an adverb is no speaker: %+v", q)
		}
	}
}

// TestDescribedSpeakerAndWhatOthersSaidIsCalled: an article and a word
// that describes the person may stand before the name in a cue after the
// quotation ("an angry Varga retaliated"); and what a subject calls
// another's remarks ("denounced Varga's remarks as "…"") is the subject's
// word, not the other's.
func TestDescribedSpeakerAndWhatOthersSaidIsCalled(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Mayor Tom Varga spoke on Monday.`, `"The harbour will always be ours," an angry Varga retaliated.`}),
		para([]string{`Lena Ostrova spoke on Tuesday.`, `Ostrova denounced Varga's remarks as "reckless and rude" and warned of strikes.`}),
	})
	wantSpeakers(t, res, "Tom Varga", "Lena Ostrova")
}

// A speech word after a possessive is a noun ("Varga's comments"): the
// quotation is said of the comments, by the verb's subject before them.
func TestPossessiveSpeechNounIsNoCue(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Mayor Tom Varga spoke on Monday.`, `Lena Ostrova told reporters that Varga's comments "show how little he knows."`}),
		para([]string{`Nora Bell said Varga's claim that the port was safe was "simply not true."`}),
	})
	wantSpeakers(t, res, "Lena Ostrova", "Nora Bell")
}

// A name is made canonical by the form an article gives it most often,
// and across the corpus never by a one-off fuller form of a name written
// far more often.
func TestCanonicalNameIsTheUsualFullerForm(t *testing.T) {
	var docs []Document
	for i := range 12 {
		docs = append(docs, Document{Source: fmt.Sprintf("a%02d.txt", i), Sentences: []Sentence{
			{Text: `Mayor Tom Varga spoke on Monday.`, LineStart: 1, LineEnd: 1},
			{Text: `"We will rebuild," Tom Varga said.`, LineStart: 2, LineEnd: 2},
		}})
	}
	docs = append(docs,
		Document{Source: "b.txt", Sentences: []Sentence{
			{Text: `"Fewer back him than ever," apoplectic Cheeto Tom Varga said.`, LineStart: 1, LineEnd: 1},
		}},
		Document{Source: "c.txt", Sentences: []Sentence{
			{Text: `Tom Varga came with Ana Maria Varga, his daughter.`, LineStart: 1, LineEnd: 1},
			{Text: `"I am proud," Tom Varga said.`, LineStart: 2, LineEnd: 2},
			{Text: `Tom Varga thanked the crowd.`, LineStart: 3, LineEnd: 3},
			{Text: `"We are home," Varga said.`, LineStart: 4, LineEnd: 4},
		}},
	)
	res := Extract(docs)
	for _, q := range res.Quotes {
		if q.Source == "b.txt" {
			continue // it gives the one-off form
		}
		if q.Speaker != "Tom Varga" {
			t.Errorf("%s %q: speaker %q, want Tom Varga", q.Source, q.Text, q.Speaker)
		}
	}
}

// A conjunction or preposition opening a sentence is no part of the name
// after it, nor a person on its own.
func TestOpeningConjunctionIsNoName(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Mayor Tom Varga spoke on Monday.`, `Although Varga says the port "will reopen in spring," the union disagrees.`}),
		para([]string{`Regarding Bell, "we have no comment," a spokesman said.`}),
	})
	wantSpeakers(t, res, "Tom Varga", "a spokesman")
	for _, sp := range res.Speakers {
		if strings.Contains(sp.Name, "Regarding") || strings.Contains(sp.Name, "Although") {
			t.Errorf("speaker %q", sp.Name)
		}
	}
}

// A gerund after a clause with a speech verb of its own ("Bell said,
// adding") shares that clause's speaker, not the sentence's subject.
func TestGerundAfterSaidClause(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Tom Varga rarely went to the meetings, Nora Bell said, adding, "He was not very interested."`}),
		para([]string{`Tom Varga's plans are costly, Ana Ruiz said on Tuesday in Lyon, noting the mayor "has no budget for any of it."`}),
		para([]string{`Tom Varga had mocked the complaint, saying "nobody reads those reports anyway."`}),
	})
	wantSpeakers(t, res, "Nora Bell", "Ana Ruiz", "Tom Varga")
}

// Whoever "was asked" hears the question: its speaker is the "by"
// phrase's, or nobody the sentence names.
func TestPassiveAskedHearsTheWords(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Tom Varga was asked by host Nora Bell, who backs him, "Why did you close the port after only two weeks of talks?"`}),
		para([]string{`In an interview, Tom Varga was asked, "What is the most dangerous place you have ever been to?"`}),
	})
	wantSpeakers(t, res, "Nora Bell", "")
	// A noun after "are" is no passive: the Times said it.
	res = Extract([]Document{para([]string{`There are questions about the port, as The Times reported on Saturday, and the strike has already cost the city dearly.`})})
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "The Times" {
		t.Errorf("there are questions: %+v, want The Times's words", res.Quotes)
	}
	// Reported: "she was asked about …" is no word of hers.
	res = Extract([]Document{para([]string{`Ana Brook spoke at the debate on Monday.`, `She was asked about the strike at the port and whether she would end it.`})})
	for _, q := range res.Quotes {
		if q.Speaker != "" {
			t.Errorf("%q: speaker %q, want none: she was asked", q.Text, q.Speaker)
		}
	}
}

// A surname opening a sentence names the person an earlier sentence gave
// in full, though they have not spoken: "he" after it is them.
func TestSurnameOfAFullNameIntroducesThePerson(t *testing.T) {
	res := Extract([]Document{para(
		[]string{`Tom Varga and Ohio Mayor Ana Ruiz's deputy, Paul Kerr, met on Monday.`},
		[]string{`Varga spoke first, and said the port would reopen.`},
		[]string{`Kerr took a different tack.`, `"You have to unite people," he said.`},
	)})
	wantSpeakers(t, res, "Paul Kerr")
}

// A pronoun after the subject of its own sentence is that subject when
// their genders agree, whoever was named before.
func TestPronounAfterItsSentencesSubject(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Piet": "m", "Tom": "m", "Ana": "f"}[first] }
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{`Mayor Tom Varga spoke at the docks.`, `Last week, the union's leader, Piet Kramer, rejected the bid, but he called the offer "an insult to the workers."`}, "Piet Kramer"},
		{[]string{`Mayor Tom Varga spoke at the docks.`, `Last week, the union's leader, Ana Brook, rejected the bid, but he called the offer "an insult to the workers."`}, "Tom Varga"},
	} {
		qs := extractDocument(doc(tt.lines...), gender)
		if len(qs) != 1 || qs[0].Speaker != tt.want {
			t.Errorf("%q: got %+v, want %s", tt.lines[1], qs, tt.want)
		}
	}
}

// The main clause's speaker reports, not one in an opening subordinate
// clause; a rival's gender may come from their full name, written
// before.
func TestSubordinateClauseAndRivalGender(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Tom": "m", "Ana": "f"}[first] }
	qs := extractDocument(doc(
		`The vote pitted Mayor Tom Varga against union leader Ana Brook.`,
		`While Brook pledged to fight on, Varga insisted that the port would be sold by spring.`,
		`"Nothing will stop this sale now," he said.`,
	), gender)
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+"|"+q.Text)
	}
	want := []string{"Varga|the port would be sold by spring", "Varga|Nothing will stop this sale now"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "He" is bound only to the subject of its own main clause: a cue that
// closes the sentence follows what was said, whose subject is in the
// words reported, and an opening "If …" clause has a subject of its own.
func TestHeIsBoundOnlyInItsMainClause(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Piet": "m", "Tom": "m"}[first] }
	qs := extractDocument(doc(
		`"We are sick of it," union leader Piet Kramer said.`,
		`Mayor Tom Varga, who takes no money from the port, fits that bill for many dockers, he added.`,
	), gender)
	if len(qs) != 2 || qs[1].Speaker != "Piet Kramer" {
		t.Errorf("got %+v, want the second by Piet Kramer", qs)
	}
	// The subject is the whole name: an organisation, a role, a person.
	qs = extractDocument(doc(
		`"We are sick of it," union leader Piet Kramer said.`,
		`Harbour Watch spokesman Tom Varga said observers walked with the marchers, whom he described as "peaceful," all the way.`,
	), gender)
	if len(qs) < 2 || qs[len(qs)-1].Speaker != "Tom Varga" {
		t.Errorf("got %+v, want the last by Tom Varga", qs)
	}
	// Nor is the subject of an opening subordinate clause theirs.
	qs = extractDocument(doc(
		`"We are sick of it," union leader Piet Kramer said.`,
		`If Mayor Tom Varga loses the vote, he said the dockers would strike on Monday.`,
	), gender)
	if len(qs) != 2 || qs[1].Speaker != "Piet Kramer" {
		t.Errorf("got %+v, want the second by Piet Kramer", qs)
	}
}

// TestImpersonalPassiveNamesNobody: "it was announced that …" says
// who spoke no more than "it has been reported that …"; "it" is not the
// organisation quoted before.
func TestImpersonalPassiveNamesNobody(t *testing.T) {
	qs := extractDocument(doc(
		`"The council has taken the firm decision not to go," the Dalby Council said.`,
		`After talks last month, it was announced that the partners now hope to meet in mid-November.`,
		`It has been reported that the envoy will resign within a week.`), nil)
	var got []string
	for _, q := range qs {
		if q.Kind == Indirect {
			got = append(got, q.Speaker)
			if q.Speaker != "" {
				t.Errorf("%q said by %q", q.Text, q.Speaker)
			}
		}
	}
	if len(got) != 2 {
		t.Errorf("reported speech: %d, want 2: %+v", len(got), qs)
	}
}

// TestClosingCueAfterARelativeThat: in "… groups that provide …, the
// Times said." the "that" is a relative clause's, inside what was said;
// the speaker is after the last comma and the words are all before it.
func TestClosingCueAfterARelativeThat(t *testing.T) {
	qs := extractDocument(doc(`The 20 delegates included members of four groups that run schools and clinics in the hills, the Times said.`), nil)
	want := "The 20 delegates included members of four groups that run schools and clinics in the hills"
	if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker != "The Times" {
		t.Fatalf("got %+v", qs)
	}
}

// TestAPronounEndsAName: "… in Washington D.C. He said …", one sentence
// to the splitter, gives no speaker "Washington D.C. He".
func TestAPronounEndsAName(t *testing.T) {
	for _, q := range extractDocument(para([]string{`Bob Stone met the mayor in Washington D.C. He said the talks were hard and would go on for weeks.`}), nil) {
		if strings.HasSuffix(q.Speaker, " He") {
			t.Errorf("speaker %q for %q", q.Speaker, q.Text)
		}
	}
}

// TestPersonsLeaveTheQuestionWordOut: "Is George A. Krol a diplomat?"
// names George A. Krol, not "Is George A. Krol".
func TestPersonsLeaveTheQuestionWordOut(t *testing.T) {
	for text, want := range map[string]string{
		"Is George A. Krol a diplomat?":      "George A. Krol",
		"Did Tomas Berg meet the mayor?":     "Tomas Berg",
		"Where has Anna Kowal worked before": "Anna Kowal",
	} {
		ps := Persons(text)
		if len(ps) != 1 || ps[0].Name != want {
			t.Errorf("Persons(%q) = %+v, want %s", text, ps, want)
		}
	}
}

// TestPronounAfterACoordinateClausesSubject: the subject of a main clause
// joined by ", but" is who "he" points to next: "their neighbor Ben
// Grove, 83, knows …", though the sentence opens with Ms. Hughes.
func TestPronounAfterACoordinateClausesSubject(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Ben": "m", "Ana": "f"}[first] }
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{`Ana Hughes avoids the election with her mother, but their neighbor Ben Grove, 83, knows what the town needs.`, `"It will take a tough mayor to fix this town," he said.`}, "Ben Grove"},
		{[]string{`Ana Hughes avoids the election with her mother; Ben Grove knows what the town needs.`, `"It will take a tough mayor to fix this town," he said.`}, "Ben Grove"},
		// A name that is no clause's subject is no referent.
		{[]string{`Ana Hughes avoids the election, and Ben Grove of the union agrees.`, `"It will take a tough mayor to fix this town," he said.`}, ""},
	} {
		qs := extractDocument(para(tt.lines), gender)
		if len(qs) == 0 {
			t.Fatalf("%q: the quotation was dropped", tt.lines)
		}
		if got := qs[len(qs)-1].Speaker; got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.lines[0], got, tt.want)
		}
	}
}

// TestACourtesyTitleIsNoRole: "Mr." tells a speaker's gender but no
// office, so it is not shown as their role; "Mayor" is.
func TestACourtesyTitleIsNoRole(t *testing.T) {
	res := Extract([]Document{para([]string{`Tom Varga owns three ferries.`, `"It is like a new boat," Mr. Varga said.`, `"We will sail," said Mayor Ana Brook.`})})
	roles := map[string]string{}
	for _, q := range res.Quotes {
		roles[q.Speaker] = q.Role
	}
	for _, sp := range res.Speakers {
		if sp.Role != roles[sp.Name] {
			t.Errorf("speaker %s: role %q, quotation's %q", sp.Name, sp.Role, roles[sp.Name])
		}
	}
	if r, ok := roles["Tom Varga"]; !ok || r != "" {
		t.Errorf("Tom Varga: role %q (%v), want none", r, ok)
	}
	if r := roles["Ana Brook"]; r != "Mayor" {
		t.Errorf("Ana Brook: role %q, want Mayor", r)
	}
}

// TestTheRoleNamesWhoTheArticleTitled: "the governor" speaks as the
// person the article titled "Gov." even when that title was given in
// passing or between commas after the name ("Ana Brook, the governor of
// the province"), but not past a person whose role the article never
// gave, and "the Iowa senator" is not a senator of another state.
func TestTheRoleNamesWhoTheArticleTitled(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{`The bridge won the support of Gov. Ana Brook, who toured it on Monday.`, `Brook said the town would pay for the repairs.`, `"We will not close it," the governor said.`}, "Ana Brook"},
		{[]string{`The bridge won the support of Sen. Ana Brook on Monday.`, `Brook said the town would pay for the repairs.`, `"We will not close it," the senator said.`}, "Ana Brook"},
		// Past a speaker with no known role, "the governor" may be them.
		{[]string{`The bridge won the support of Gov. Ana Brook, who toured it on Monday.`, `Brook said the town would pay for the repairs.`, `Tom Varga said the bridge was too old.`, `"We will not close it," the governor said.`}, "the governor"},
		// A qualifier the title lacks names nobody.
		{[]string{`The bridge won the support of Sen. Ana Brook on Monday.`, `Brook said the town would pay for the repairs.`, `"We will not close it," the Iowa senator said.`}, "the Iowa senator"},
		// A role written between commas after the name counts too, an
		// adjective set off by its own comma running on into it; "who …"
		// is no role, and the governor may be someone else.
		{[]string{`The bridge was opened by Ana Brook, the governor of the province.`, `Brook defended the bridge on Monday.`, `"We will not close it," the governor said.`}, "Ana Brook"},
		{[]string{`Was that really Ana Brook, the brusque, outspoken governor of the province?`, `Brook defended the bridge on Monday.`, `"We will not close it," the governor said.`}, "Ana Brook"},
		{[]string{`The bridge was opened by Ana Brook, who praised the governor of the province.`, `Brook defended the bridge on Monday.`, `"We will not close it," the governor said.`}, "the governor"},
		{[]string{`The bridge was opened by Ana Brook, the brusque, who praised the governor of the province.`, `Brook defended the bridge on Monday.`, `"We will not close it," the governor said.`}, "the governor"},
	} {
		qs := Extract([]Document{para(tt.lines)}).Quotes
		if len(qs) == 0 {
			t.Fatalf("%q: the quotation was dropped", tt.lines)
		}
		if got := qs[len(qs)-1].Speaker; got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestToldANameWithOfReportsTheClauseAfterIt checks that the listener of
// "told" is the whole name, joiners and all ("The Courier of Varna"),
// and a time after it, so the reported words are the clause.
func TestToldANameWithOfReportsTheClauseAfterIt(t *testing.T) {
	qs := Extract([]Document{para([]string{`Ana Brook, the former governor, told The Courier of Varna last week she would rather vote for Tom Varga.`})}).Quotes
	if len(qs) != 1 {
		t.Fatalf("got %d quotations, want 1: %+v", len(qs), qs)
	}
	if want := "she would rather vote for Tom Varga"; qs[0].Text != want || qs[0].Speaker != "Ana Brook" {
		t.Errorf("got %q by %q, want %q by Ana Brook", qs[0].Text, qs[0].Speaker, want)
	}
}

// TestARoleWithoutAnArticleIsTheSpeakersRole checks that "NAME, program
// director at ORGANISATION, said" names the person, not the
// organisation, and that a role after a name stops before a clause or
// the words that lead to the verb.
func TestARoleWithoutAnArticleIsTheSpeakersRole(t *testing.T) {
	for _, tt := range []struct {
		line, speaker, role string
	}{
		{`"The port must stay open," Tom Varga, refugee rights program director at Harbour Rights Watch, said on Monday.`, "Tom Varga", "refugee rights program director at Harbour Rights Watch"},
		{`"The port must stay open," Tom Varga, the president of the Dockers Union, which backs the plan, said on Monday.`, "Tom Varga", "the president of the Dockers Union"},
		// The role stops before words that carry on to the verb, but
		// keeps a state after its town.
		{`Tom Varga, the president of the Dockers Union, live tweeted "the port must stay open."`, "Tom Varga", "the president of the Dockers Union"},
		{`"The port must stay open," Tom Varga, a dock worker from Ava, Mo., said on Monday.`, "Tom Varga", "a dock worker from Ava, Mo"},
		// A title before a name is a list of people, not a role.
		{`"The port must stay open," Ana Brook, former President Tom Varga and others said on Monday.`, "Ana Brook", ""},
	} {
		qs := Extract([]Document{para([]string{tt.line})}).Quotes
		if len(qs) != 1 {
			t.Fatalf("%q: got %d quotations, want 1", tt.line, len(qs))
		}
		if qs[0].Speaker != tt.speaker || qs[0].Role != tt.role {
			t.Errorf("%q: got %q (%q), want %q (%q)", tt.line, qs[0].Speaker, qs[0].Role, tt.speaker, tt.role)
		}
	}
}

// TestIsOffice: a job or role is an office; a word that only qualifies
// one, or a courtesy title, is not.
func TestIsOffice(t *testing.T) {
	for w, want := range map[string]bool{"CEO": true, "strategist": true, "Governor": true, "director": true, "senior": false, "deputy": false, "Mr.": false, "former": false, "harbour": false} {
		if got := IsOffice(w); got != want {
			t.Errorf("IsOffice(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTitleAfterPrepositionQuotesNoOne: a show's title in quotation
// marks after a preposition, the sentence's comma or stop inside them,
// is no one's words; a title a speech verb introduces may be.
func TestTitleAfterPrepositionQuotesNoOne(t *testing.T) {
	qs := extractDocument(para([]string{
		`"I wish him well," Jane Doe told the hosts of "Morning Harbour," adding that the fees would rise.`,
		`Omar Ali said on "Ferry Week." He left early.`,
	}), nil)
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+": "+q.Text)
	}
	if want := []string{"Jane Doe: I wish him well"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAnOpeningParticipleIsNoSubject: a sentence that opens with a
// participle in -ing ("Repeating from his speech, …") has its subject
// after the comma; "he" after it is not the one whose claim it rebuts.
func TestAnOpeningParticipleIsNoSubject(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Piet": "m", "Tom": "m"}[first] }
	qs := extractDocument(doc(
		`Union leader Piet Kramer spoke at the docks on Monday.`,
		`Repeating from his speech at the harbour last week, Kramer rubbished Mayor Tom Varga's claim to understand the dockers.`,
		`"It's a bunch of nonsense," he said.`,
	), gender)
	for _, q := range qs {
		if strings.Contains(q.Text, "nonsense") && q.Speaker == "Tom Varga" {
			t.Errorf("the rebuttal given to the one rebutted: %+v", q)
		}
	}
}

// TestAPhraseOfTimeOpensBeforeTheSubject: "Earlier in the season, Varga,
// who …, was critical" has Varga for its subject, whom a later "he"
// names.
func TestAPhraseOfTimeOpensBeforeTheSubject(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Tom": "m"}[first] }
	qs := extractDocument(doc(
		`Mayor Tom Varga spoke at the docks on Monday.`,
		`The port's new owners were not there.`,
		`The ferries left on time.`,
		`The fish market opened late.`,
		`Earlier in the season, Varga, who was estranged from the union, was critical of every bid.`,
		`"None of them is like us," he said in December.`,
	), gender)
	if len(qs) != 1 || !samePerson(qs[0].Speaker, "Tom Varga") {
		t.Errorf("got %+v, want the quotation given to Tom Varga", qs)
	}
}

// TestTimeSpanOpensASentence: "Hours later," and "Days after the vote,"
// open a sentence; the speaker is the subject after them.
func TestTimeSpanOpensASentence(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Hours later, Varga returned the compliment to Lowe, telling Reuters, “We have been friends for a long time and I would love his support.”`}),
		para([]string{`Days after the vote, Ann Lowe wrote to the council, saying, “The harbour will stay open for as long as I am mayor.”`}),
	})
	wantSpeakers(t, res, "Varga", "Ann Lowe")
}

// TestAQuotationOverManySentences: a speech-long quotation that the
// splitter parts into a dozen sentences is read as one, and is its
// speaker's.
func TestAQuotationOverManySentences(t *testing.T) {
	res := Extract([]Document{
		para([]string{`“I think she will,” Ann Lowe replied.`,
			`“I think she has been clear that she is going to.`, `Yes, I would.`, `I post my accounts online.`,
			`I was one of the first on the council to do that.`, `I like openness.`, `I know the mayor does as well.`,
			`She wants to bring openness to the harbour.`, `I think last night you saw she was very lucid.`,
			`I think she cares about openness.`, `And I think she will release them at the right time.”`}),
	})
	wantSpeakers(t, res, "Ann Lowe", "Ann Lowe")
	if !strings.Contains(res.Quotes[1].Text, "I post my accounts online.") {
		t.Errorf("the second quotation is %q", res.Quotes[1].Text)
	}
}

// TestInvertedCueWithARoleBeforeTheName: "…,” said Veltra constituent
// Dan Holm when asked about Ilse Berg: the quotation is Holm's, not the
// one he was asked about.
func TestInvertedCueWithARoleBeforeTheName(t *testing.T) {
	res := Extract([]Document{
		para([]string{`“Anyone who refuses to follow our laws puts us at risk. That is treason,” said Veltra constituent Dan Holm when asked about Ilse Berg.`}),
	})
	wantSpeakers(t, res, "Dan Holm")
}

// TestAssuresReportsSpeech: "assures his audience he will …" reports
// what was said, as "tells" does.
func TestAssuresReportsSpeech(t *testing.T) {
	qs := extractDocument(doc(`In his address to the union, Tomas Berg assures his audience he will keep the harbour open for another ten years.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "Tomas Berg" || qs[0].Kind != Indirect {
		t.Fatalf("got %+v", qs)
	}
}

// TestHeIsTheOneWhoSpokeNotTheOneSpokenOf: after "Qadri electrified the
// crowds, Berg said.", a "he said" is Berg's: Qadri is named in what
// Berg said, and is no rival for "he".
func TestHeIsTheOneWhoSpokeNotTheOneSpokenOf(t *testing.T) {
	res := Extract([]Document{
		para([]string{`Joining him at some of those early meetings was Tomas Berg, a docker who was campaigning himself for harbour assessor.`, `Berg joined Omar Qadri at union gatherings in bars around Veltra.`},
			[]string{`Qadri electrified the small crowds with impassioned speeches and promises to shake things up in the capital if elected, Berg said.`},
			[]string{`“He was very articulate, smart, well-spoken,” he said.`}),
	})
	wantSpeakers(t, res, "Tomas Berg", "Tomas Berg")
}

// TestANameSetOffAfterTheSpeakersDescription: "…,” said another Twitter
// user, Ilse Brandt.": the name after the comma is the speaker.
func TestANameSetOffAfterTheSpeakersDescription(t *testing.T) {
	res := Extract([]Document{
		para([]string{`“We're anxious,” said another Twitter user, Ilse Brandt.`}),
	})
	wantSpeakers(t, res, "Ilse Brandt")
}

// TestQuotationOverParagraphsAfterAColon checks that a speech given over
// several paragraphs after "NAME stated:", each opening with a mark and
// only the last closing, is the speaker's throughout.
func TestQuotationOverParagraphsAfterAColon(t *testing.T) {
	d := para([]string{`Mayor Ana Brook stated:`},
		[]string{`"The harbour board isn't about “Ships First” anymore. It is about a few men's plans for the docks.`},
		[]string{`"The latest example is the sale of Pier 4 to a private fund, which nobody in this town asked for.`},
		[]string{`"I will stand for the workers, not the fund. I will stop the sale at the harbour gate."`})
	qs := extractDocument(d, nil)
	var last Quote
	for _, q := range qs {
		if strings.Contains(q.Text, "harbour gate") {
			last = q
		}
	}
	if last.Speaker != "Ana Brook" {
		t.Errorf("the last paragraph's words are given to %q, want Ana Brook; all: %+v", last.Speaker, qs)
	}
}

// TestAQuotationAloneAfterItsSpeakersAnnouncement: a sentence that is
// only a quotation, right after one in which a person announces
// something, is theirs; words of the writer's around a quotation are
// not the announcement's.
func TestAQuotationAloneAfterItsSpeakersAnnouncement(t *testing.T) {
	qs := extractDocument(para([]string{`Mayor Ana Brook announced on Monday the sale of Pier 4 to a private fund.`, `“We are seeking a buyer who will keep the docks open for the town’s workers.”`}), nil)
	if len(qs) == 0 || qs[len(qs)-1].Speaker != "Ana Brook" {
		t.Errorf("got %+v, want the quotation given to Ana Brook", qs)
	}
	qs = extractDocument(para([]string{`Mayor Ana Brook announced on Monday the sale of Pier 4 to a private fund.`, `Critics of the deal have long seen the docks as “the last public land the town has left to sell.”`}), nil)
	for _, q := range qs {
		if q.Speaker == "Ana Brook" && strings.Contains(q.Text, "public land") {
			t.Errorf("a quotation in the writer's sentence given to the announcer: %+v", q)
		}
	}
}
