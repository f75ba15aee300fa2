package document

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func loadTestCorpus(t testing.TB) []Document {
	t.Helper()
	docs, err := LoadCorpus(os.DirFS("../../corpus"), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func docBySource(t testing.TB, docs []Document, prefix string) Document {
	t.Helper()
	for _, d := range docs {
		if strings.HasPrefix(d.Source, prefix) {
			return d
		}
	}
	t.Fatalf("no document %s", prefix)
	return Document{}
}

// sentenceWith finds the one sentence containing text.
func sentenceWith(t testing.TB, d Document, text string) Sentence {
	t.Helper()
	var found []Sentence
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, text) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d sentences contain %q", d.Source, len(found), text)
	}
	return found[0]
}

func TestRealArticlesMetadata(t *testing.T) {
	docs := loadTestCorpus(t)
	if len(docs) != 4 {
		t.Fatalf("loaded %d articles, want 4", len(docs))
	}
	tests := []struct {
		prefix, title, date string
	}{
		{"000", "The United States said on Tuesday it was persuading a key Syrian opposition group to take…", ""},
		{"002", "Kerry said he lost argument to back Syria diplomacy with force: NYT", "01 / October / 2016 04:47"},
		{"003", "Sponsors, Syrian Sides Gather In Astana For Uncertain Talks", ""},
	}
	for _, tt := range tests {
		d := docBySource(t, docs, tt.prefix)
		if d.Title != tt.title {
			t.Errorf("%s title = %q, want %q", tt.prefix, d.Title, tt.title)
		}
		if d.Date != tt.date {
			t.Errorf("%s date = %q, want %q", tt.prefix, d.Date, tt.date)
		}
	}
}

// TestAFileNameDatesAnUndatedArticle: an article whose text gives no
// date is dated by a YYYY-MM-DD in its file's name, as archives name
// articles; a date in the text comes first, and what is no date is none.
func TestAFileNameDatesAnUndatedArticle(t *testing.T) {
	body := []byte("Harbour Deal\n\nThe port of Veltra signed a lease with the dockers on Monday.\n")
	for name, want := range map[string]string{
		"archive/00248_nyt_2015-11-25_harbour-deal.txt": "2015-11-25",
		"2016-02-11.md":                "2016-02-11",
		"report-2016-13-40.txt":        "",
		"harbour-deal-12016-02-11.txt": "",
		"harbour-deal.txt":             "",
	} {
		if got := ParseDocument(name, body).Date; got != want {
			t.Errorf("%s: date %q, want %q", name, got, want)
		}
	}
	dated := []byte("Harbour Deal\n\nOctober 1, 2016\n\nThe port of Veltra signed a lease.\n")
	if got := ParseDocument("2015-11-25_harbour.txt", dated).Date; got != "October 1, 2016" {
		t.Errorf("the text's date yields to the name's: %q", got)
	}
}

// TestSectionLabelsAreNoSentences: a line of a few words in capitals
// labels a section ("ABSTRACT.", "FULL TEXT.", "TOP STORIES.") and is no
// sentence, while its line numbers stay the file's; a sentence in
// capitals of more words stays.
func TestSectionLabelsAreNoSentences(t *testing.T) {
	d := ParseDocument("a.txt", []byte("Harbour Deal Signed\n\nABSTRACT.\n\nThe port of Veltra signed a lease.\n\nFULL TEXT.\n\nThe dockers of Veltra agreed on Monday.\n\nTOP STORIES:\n\nTHE PORT WILL STAY OPEN ALL WINTER, THE MAYOR SAID.\n"))
	var texts []string
	for _, s := range d.Sentences {
		texts = append(texts, s.Text)
	}
	got := strings.Join(texts, " | ")
	if strings.Contains(got, "ABSTRACT") || strings.Contains(got, "FULL TEXT") || strings.Contains(got, "TOP STORIES") ||
		!strings.Contains(got, "THE PORT WILL STAY OPEN") {
		t.Errorf("sentences: %s", got)
	}
	if s := sentenceWith(t, d, "dockers of Veltra"); s.LineStart != 9 {
		t.Errorf("line %d, want 9", s.LineStart)
	}
}

func TestRealArticlesCleaning(t *testing.T) {
	docs := loadTestCorpus(t)
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, bad := range []string{"Send comments", "News ID", "Copyright", "Reprinted with the permission", "01 / October / 2016"} {
				if strings.Contains(s.Text, bad) {
					t.Errorf("%s:%d kept boilerplate %q", d.Source, s.LineStart, bad)
				}
			}
			if !CitationFound(d, s.LineStart, s.LineEnd, s.Text) {
				t.Errorf("%s: sentence not on its lines %d-%d: %q", d.Source, s.LineStart, s.LineEnd, s.Text)
			}
		}
	}
	// 000 repeats its first sentence on line 2; 002 repeats its headline.
	d0 := docBySource(t, docs, "000")
	if s := sentenceWith(t, d0, "persuading a key Syrian opposition group"); s.LineStart != 1 {
		t.Errorf("repeated first sentence kept at line %d, want line 1 only", s.LineStart)
	}
	d2 := docBySource(t, docs, "002")
	if s := sentenceWith(t, d2, "Kerry said he lost argument"); s.LineStart != 3 || !s.Headline {
		t.Errorf("headline at line %d (headline=%v), want line 3 only", s.LineStart, s.Headline)
	}
}

func TestRealArticlesSentenceLines(t *testing.T) {
	docs := loadTestCorpus(t)
	tests := []struct {
		prefix, text string
		line         int
	}{
		{"000", "George Sabra told AFP", 8},
		{"000", "There have been many ups and downs in this process. And that's not unexpected", 4},
		{"000", "she told reporters", 5},
		{"001", "International Syrian Support Group (ISSG)", 5},
		{"001", "I don’t have any recent discussion between [Russian] Foreign Minister Lavrov and the Secretary [John Kerry]. They speak frequently", 4},
		{"002", "took place at the Dutch Mission to the United Nations on Sept. 22.", 11},
		{"002", "confirmed its authenticity.", 23},
		{"002", "Russian forces joined the Syrian war a year ago", 23},
		{"003", `"hard going ... But one needs to give time`, 9},
		{"003", "George A. Krol, will represent the country.", 27},
	}
	for _, tt := range tests {
		s := sentenceWith(t, docBySource(t, docs, tt.prefix), tt.text)
		if s.LineStart != tt.line || s.LineEnd != tt.line {
			t.Errorf("%q on lines %d-%d, want %d", tt.text, s.LineStart, s.LineEnd, tt.line)
		}
	}
	// "authenticity.Russian" has no space after the stop, yet two sentences.
	s := sentenceWith(t, docBySource(t, docs, "002"), "confirmed its authenticity.")
	if strings.Contains(s.Text, "Russian forces") {
		t.Errorf("glued sentences not split: %q", s.Text)
	}
}

func TestSplitParagraph(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"abbreviations", []string{"The U.S. ambassador met U.N. staff on Sept. 22 at 1201 Connecticut Ave NW, Ste 400. Then he left."},
			[]string{"The U.S. ambassador met U.N. staff on Sept. 22 at 1201 Connecticut Ave NW, Ste 400.", "Then he left."}},
		{"acronym ends sentence", []string{"Talks were held in the U.S. The delegates left."},
			[]string{"Talks were held in the U.S.", "The delegates left."}},
		{"acronym before and", []string{"He urged the U.S. and Russia to act. They did."},
			[]string{"He urged the U.S. and Russia to act.", "They did."}},
		{"a title before several names", []string{"Corker teamed up with Sens. Robert Menendez and Marco Rubio. Reps. Ann Wagner and Messrs. Lee and Ho agreed."},
			[]string{"Corker teamed up with Sens. Robert Menendez and Marco Rubio.", "Reps. Ann Wagner and Messrs. Lee and Ho agreed."}},
		{"initial", []string{"George A. Krol will represent the country."},
			[]string{"George A. Krol will represent the country."}},
		{"ellipsis", []string{"It was hard going ... But one needs time. Next."},
			[]string{"It was hard going ... But one needs time.", "Next."}},
		{"quote kept whole", []string{`"We tried. We failed," he said. She agreed.`},
			[]string{`"We tried. We failed," he said.`, "She agreed."}},
		{"quote in two apostrophes kept whole", []string{"Mr. Varga said, ''I watched him. And I learned.'' She agreed."},
			[]string{"Mr. Varga said, ''I watched him. And I learned.''", "She agreed."}},
		{"dash byline after a no-break space", []string{"“How did we get this low?”\u00a0― Jacklyn Ashley\u00a0", "“We stay.”― Carla Sanchez."},
			[]string{"“How did we get this low?”\u00a0― Jacklyn Ashley", "“We stay.”― Carla Sanchez."}},
		{"mismatched quote marks", []string{`"We press on. Always,” she said. Done.`},
			[]string{`"We press on. Always,” she said.`, "Done."}},
		{"a speech-long quotation splits as prose", []string{`"CHAIR: I feel for the families of the dockers we lost at the harbour, but she is wrong. We were scrambling to get information that was changing by the hour, and when we had it, we made it public. So I testified for 11 hours. Anybody who watched that knows I answered every question I was asked. We lost 250 dockers when the old mayor was in office in Veltra. At no other time were those losses politicized. Instead people said, let us learn the lesson and save lives."`},
			[]string{`"CHAIR: I feel for the families of the dockers we lost at the harbour, but she is wrong.`, `We were scrambling to get information that was changing by the hour, and when we had it, we made it public.`, `So I testified for 11 hours.`, `Anybody who watched that knows I answered every question I was asked.`, `We lost 250 dockers when the old mayor was in office in Veltra.`, `At no other time were those losses politicized.`, `Instead people said, let us learn the lesson and save lives."`}},
		{"question and exclamation", []string{"Why now? Because! OK."},
			[]string{"Why now?", "Because!", "OK."}},
		{"a quotation's cue in lower case goes on", []string{"“Blink twice if you are in trouble!” one docker wrote. “Why now?” she asked. “Now!” He left."},
			[]string{"“Blink twice if you are in trouble!” one docker wrote.", "“Why now?” she asked.", "“Now!”", "He left."}},
		{"a quotation's cue that names its speaker goes on", []string{"“Why now?” Tomas Berg asked. “Not us!” Berg, the head of the union, tweeted on Friday. “Now!” Berg left."},
			[]string{"“Why now?” Tomas Berg asked.", "“Not us!” Berg, the head of the union, tweeted on Friday.", "“Now!”", "Berg left."}},
		{"a mark in a name goes on before lower case", []string{"Yahoo! was sold on Monday. Why? nobody would say. Go! The talks end."},
			[]string{"Yahoo! was sold on Monday.", "Why? nobody would say.", "Go!", "The talks end."}},
		{"a dash and lower case go on", []string{"It opens with ''Harbour Nights!'' -- a film about dockers. Then it ends. Why? — Nobody knows."},
			[]string{"It opens with ''Harbour Nights!'' -- a film about dockers.", "Then it ends.", "Why?", "— Nobody knows."}},
		{"across lines", []string{"A sentence that", "runs over two lines. Another."},
			[]string{"A sentence that runs over two lines.", "Another."}},
		{"a line after a bracketed credit starts anew", []string{"Here is why you should worry. [Ana Brook, The Courier]", "TWO HURT IN HARBOUR FIRE Three people were detained."},
			[]string{"Here is why you should worry.", "[Ana Brook, The Courier]", "TWO HURT IN HARBOUR FIRE Three people were detained."}},
		{"an item of a list starts anew", []string{"~ Two dockers were hurt", "~ The vote is Monday", "• A new ferry runs"},
			[]string{"~ Two dockers were hurt", "~ The vote is Monday", "• A new ferry runs"}},
		{"a bracket inside a wrapped line runs on", []string{"The mayor [of Veltra] said", "the vote is Monday."},
			[]string{"The mayor [of Veltra] said the vote is Monday."}},
		{"abbreviation before a number", []string{"The population was ca. 2 million, c. 1700. It grew."},
			[]string{"The population was ca. 2 million, c. 1700.", "It grew."}},
		{"lower case goes on", []string{"Some groups, e.g. the SNC, stayed away. Others came."},
			[]string{"Some groups, e.g. the SNC, stayed away.", "Others came."}},
		{"decimal", []string{"Growth was 2.5 percent. Fine."},
			[]string{"Growth was 2.5 percent.", "Fine."}},
		{"multi-byte text across lines", []string{"Señor Müller — «à Genève» —", "left 東京. Then Zoë spoke."},
			[]string{"Señor Müller — «à Genève» — left 東京.", "Then Zoë spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitParagraph(tt.in, 1)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", texts, tt.want)
			}
		})
	}
	got := splitParagraph([]string{"A sentence that", "runs over two lines. Another."}, 7)
	if got[0].LineStart != 7 || got[0].LineEnd != 8 || got[1].LineStart != 8 {
		t.Errorf("line spans = %+v", got)
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	empty := t.TempDir()
	if _, err := LoadCorpus(os.DirFS(empty), empty); err == nil || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty folder: err = %v, want one naming %s", err, empty)
	}
	os.WriteFile(empty+"/notes.pdf", []byte("x"), 0o644)
	if _, err := LoadCorpus(os.DirFS(empty), empty); err == nil {
		t.Error("folder with no .txt/.md: no error")
	}
}

func TestParseDocumentOddInput(t *testing.T) {
	d := ParseDocument("odd.txt", []byte("\xff\xfe bad bytes. Then \x00 text.\r\nSecond line.\r\n"))
	if len(d.Sentences) == 0 {
		t.Fatal("no sentences from odd input")
	}
	for _, s := range d.Sentences {
		if !CitationFound(d, s.LineStart, s.LineEnd, s.Text) {
			t.Errorf("sentence not on its lines: %q", s.Text)
		}
	}
}

func TestDay(t *testing.T) {
	for in, want := range map[string]string{
		"01 / October / 2016 04:47": "2016-10-01", "October 1, 2016": "2016-10-01", "2016-10-01": "2016-10-01",
		"Sept. 22, 2016": "2016-09-22", "1/10/2016": "", "": "", "Tuesday": "",
	} {
		if got := Day(in); got != want {
			t.Errorf("Day(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBoilerplateLines: the lines the cleaner drops, however they are
// capitalised, and news lines that only look like them.
func TestBoilerplateLines(t *testing.T) {
	for _, l := range []string{
		"Send us your comments", "NEWS ID: 12345", "Copyright 2016 Reuters", "(C) 2015 RFE/RL", "© 2015 RFE/RL",
		"This story was Reprinted With Permission of the author.", "All rights reserved.", "Share this", "EMAIL THIS",
	} {
		if !isBoilerplate(l) {
			t.Errorf("%q kept", l)
		}
	}
	for _, l := range []string{
		"News of the deal spread quickly, officials said.", "Sharing power was the sticking point.",
		"The envoy printed copies of the draft for both sides.", "Reprints of the report circulated in Geneva.",
	} {
		if isBoilerplate(l) {
			t.Errorf("%q dropped", l)
		}
	}
}

// TestStyleCodeLines: a style sheet copied with a page's text is
// dropped, line by line or a rule to a line; news lines that only hold
// a colon, a semicolon or braces are kept.
func TestStyleCodeLines(t *testing.T) {
	for _, l := range []string{
		".gmobile {", "width:100%;", "-webkit-border-radius: 50px;", "height: 275px !important;", "}", "}.",
		"@media screen and (max-width: 600px) {", ".bio-text, .twitter-bio, .facebook-bio {", ".image-wrap img {",
		".gmobile { width:100%; padding-top:20px; }",
	} {
		if !isStyleCode(l) {
			t.Errorf("%q kept", l)
		}
	}
	for _, l := range []string{
		"Update: the vote was postponed;", "The mayor said: \"We will build.\"", "Talks resume in March.",
		"He wrote {sic} in the margin.", "Note: prices rose 3%;", "The harbour {", "Tomas Lind, 54, spoke.",
	} {
		if isStyleCode(l) {
			t.Errorf("%q dropped", l)
		}
	}
	doc := ParseDocument("a.txt", []byte("Harbour Talks\n\nThe envoys met on Monday.\n\n.gmobile {\n   width:100%;\n   }\n\nAna Brook is port editor at The Courier.\n"))
	var texts []string
	for _, s := range doc.Sentences {
		texts = append(texts, s.Text)
	}
	if want := []string{"Harbour Talks", "The envoys met on Monday.", "Ana Brook is port editor at The Courier."}; !slices.Equal(texts, want) {
		t.Errorf("sentences %q, want %q", texts, want)
	}
}

// TestSentencesKnowTitleCase: parsing marks the headline and a section
// title in title case, not a sentence, so readers need not count the
// capitals again.
func TestSentencesKnowTitleCase(t *testing.T) {
	doc := ParseDocument("a.txt", []byte("Envoys Gather In Veltra\n\nThe envoys met on Monday in the harbour town.\n\nWhat Comes Next For The Harbour Talks\n\nTalks resume in March.\n"))
	got := map[string]bool{}
	for _, s := range doc.Sentences {
		got[s.Text] = s.TitleCase
	}
	want := map[string]bool{
		"Envoys Gather In Veltra":                       true,
		"The envoys met on Monday in the harbour town.": false,
		"What Comes Next For The Harbour Talks":         true,
		"Talks resume in March.":                        false,
	}
	for text, tc := range want {
		if v, ok := got[text]; !ok || v != tc {
			t.Errorf("%q: TitleCase %v (found %v), want %v; sentences %v", text, v, ok, tc, got)
		}
	}
}

// TestAShortFirstLineIsATitle: a short first line standing alone is the
// article's title though it ends with a full stop, as archives write
// headlines ("Cruz to give away engraved shotgun."); a story's dateline
// opening or a long first sentence is no title, and a title the story
// repeats as its first sentence stays a sentence there. A title ending
// with a semicolon has a deck, a second line of headline, under it.
func TestAShortFirstLineIsATitle(t *testing.T) {
	long := "The dockers' union of Veltra said on Monday that it would end the strike at the harbour after talks with the port authority."
	for _, tt := range []struct {
		text, first string
		headline    bool
	}{
		{"Veltra union to end port strike.\n\nOSLO (AP) — The dockers' union said on Monday it would end the strike.\n", "Veltra union to end port strike.", true},
		{"OSLO (AP) — Dockers ended the strike.\n\nThe union said so on Monday.\n", "OSLO (AP) — Dockers ended the strike.", false},
		{"(CNN) -- Dockers ended the strike.\n\nThe union said so on Monday.\n", "(CNN) -- Dockers ended the strike.", false},
		{long + "\n\nThe union said so on Monday.\n", long, false},
		{"Dockers end the strike. Ships sail.\n\nThe union said so on Monday.\n", "Dockers end the strike.", false},
	} {
		d := ParseDocument("a.txt", []byte(tt.text))
		if len(d.Sentences) == 0 || d.Sentences[0].Text != tt.first || d.Sentences[0].Headline != tt.headline {
			t.Errorf("%q: first sentence %+v, want %q with headline %v", tt.text, d.Sentences, tt.first, tt.headline)
		}
	}
	d := ParseDocument("a.txt", []byte("Who runs the port?; \nFindings show dockers trust the union more than the city.\n\nThe union said so on Monday.\n"))
	if d.Title != "Who runs the port?" || len(d.Sentences) != 2 || !d.Sentences[0].Headline || d.Sentences[1].Headline {
		t.Errorf("a title and its deck: title %q, sentences %+v", d.Title, d.Sentences)
	}
	d = ParseDocument("a.txt", []byte("Dockers end the strike on Monday.\n\nDockers end the strike on Monday.\nThe union said so.\n"))
	if len(d.Sentences) != 3 || !d.Sentences[0].Headline || d.Sentences[1].Headline || d.Sentences[1].LineStart != 3 {
		t.Errorf("a repeated title: %+v", d.Sentences)
	}
}

// TestSplitSentencesOfBrokenText: text that is not UTF-8 (a reply cut
// mid-character) is split, not a panic: the splitter counts in runes and
// slices in bytes, so the bytes are made valid first.
func TestSplitSentencesOfBrokenText(t *testing.T) {
	for _, text := range []string{"\xf8", "The quay closed.\xe2\x80 It opened again.", "Ja\xc3"} {
		got := SplitSentences(text)
		if len(got) == 0 {
			t.Errorf("SplitSentences(%q) = nothing", text)
		}
		for _, s := range got {
			if !utf8.ValidString(s) {
				t.Errorf("SplitSentences(%q) gives %q, not UTF-8", text, s)
			}
		}
	}
}
