package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWhoPublishedTheArticle: "who published the X story?" and its
// kin are answered by whom the named article credits (a copyright or
// reprint notice, a byline, a wire dateline, an outlet's name before its
// first words), each cited on its line; an article credited to nobody
// gets an answer that says so, and an article added from the web is
// answered by the address it was read from.
func TestWhoPublishedTheArticle(t *testing.T) {
	added := fstest.MapFS{
		"sources.json": {Data: []byte(`[{"source":"web-20170304-tram-fares-rise-0a1b2c3d.txt","url":"https://news.example.org/tram-fares","title":"Tram fares rise","author":"Lena Fisk","added":"2017-03-04T10:00:00Z","hash":"0a1b2c3d"}]`)},
		"web-20170304-tram-fares-rise-0a1b2c3d.txt": {Data: []byte("Tram fares rise\n2017-03-04\n\nTram fares in Vardo will rise by ten percent in April, the council said.\n")},
	}
	eng, _, err := Open(context.Background(), Options{CorpusName: "corpus", Added: added, Corpus: fstest.MapFS{
		"dock.txt": {Data: []byte("Veltra Dock Strike Ends\n\nThe dockers of Veltra went back to work on Thursday after a strike of two weeks.\n" +
			"The union said wages would rise in May.\n\nCopyright (c) 2017. Harbour Post Media, Inc. Reprinted with the permission of The Harbour Post, 12 Quay Street.\n")},
		"ferry.txt":  {Data: []byte("Osterby ferry delayed\n\nOSTERBY (Nordwire) - The new ferry to Osterby will sail a month late, its builder said.\n")},
		"mine.txt":   {Data: []byte("Kolm Mine Reopens\n\nBy Aud Rask and Per Holt\n\nThe copper mine at Kolm reopened on Monday after a flood.\n")},
		"bridge.txt": {Data: []byte("Sandvik bridge opens\n\nFjordPost: The bridge to Sandvik opened on Friday, a year late.\n")},
		"school.txt": {Data: []byte("Lund school to close\n\nThe school at Lund will close in June, the mayor said.\n")},
		"tolls.txt":  {Data: []byte("Bridge tolls rise\n\nTolls on the Sandvik bridge will rise in May.\n\n\"We had no choice,\" the operator said.\n- Nordwire.\n")},
		"care.txt": {Data: []byte("Who cares for the carers?\n\nParents of disabled adults carry the cost of their care alone.\n\nThe state pays for a few places, and the waiting lists are long.\n\n" +
			"Ruth Alm is a retired nurse in Vardo and the mother of a disabled son.\n")},
		"senate.txt": {Data: []byte("Senator backs the bridge\n\nSen. Ola Berg (I-Vt.) on Monday backed the Sandvik bridge, saying \"it is overdue\".\n\n" +
			"\"It will cut the drive by an hour.\"\n- Ola Berg.\n\nThe vote is on Friday.\nOla Berg is a former mayor of Vardo.\n")},
		"note.txt": {Data: []byte("Ferry strike ends\n\nEditor's Note: This story was updated on Friday.\n\nThe ferry strike at Osterby ended on Thursday.\n")},
		"walls.txt": {Data: []byte("Walls won't stop the smugglers\n\nThe council wants a wall along the quay.\n\nIt will not stop a single boat.\n\n" +
			"Mari T. Osk, a member of the Harbour Post's board of contributors, is editor emeritus of Quay Journal.\n")},
		"tax.txt": {Data: []byte("Harbour tax fact-check\n\nThe harbour tax will not rise this year, the council said.\n\nFollow Ana Brook on Twitter @anabrook.\n")},
		"wire.txt": {Data: []byte("Harbour vote delayed\n\nThe harbour vote in Vardo was put off to May.\n\nThe BBC reported from Vardo.\n\n__.\n\n" +
			"Holm reported from Oslo. Nordwire writer Dag Lind contributed from Bergen.\n")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for q, want := range map[string]struct {
		text   []string
		source string
		line   int
	}{
		"who published the veltra dock strike story?":    {[]string{"Harbour Post Media", "The Harbour Post"}, "dock.txt", 6},
		"which outlet ran the osterby ferry piece":       {[]string{"Nordwire"}, "ferry.txt", 3},
		"who wrote the kolm mine article":                {[]string{"Aud Rask and Per Holt"}, "mine.txt", 3},
		"what's the source of the sandvik bridge story?": {[]string{"FjordPost"}, "bridge.txt", 3},
		"where is the sandvik bridge article from":       {[]string{"FjordPost"}, "bridge.txt", 3},
		"who is the veltra dock article by?":             {[]string{"The Harbour Post"}, "dock.txt", 6},
	} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 1 || a.Citations[0].Source != want.source || a.Citations[0].LineStart != want.line {
			t.Errorf("%q: %+v %v", q, a, err)
			continue
		}
		for _, w := range want.text {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: %q lacks %q", q, a.Text, w)
			}
		}
	}
	for q, want := range map[string]string{
		"who published the sandvik bridge tolls story?": "Nordwire",                                    // a dash before the source, last
		"who wrote the op-ed about carers":              "the writer Ruth Alm",                         // a closing note on the writer
		"who wrote the harbour vote delayed story":      "the writer Holm and Dag Lind (contributing)", // a wire report's closing notes
		"who wrote the harbour tax fact-check piece":    "Ana Brook",                                   // a note to follow the writer
		"who wrote the piece about walls and smugglers": "the writer Mari T. Osk",                      // a note with an aside, and a role without "a"
	} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, "credited to "+want+".") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	// A party label, a quotation's speaker after a dash, an editor's
	// note and a report's last sentence about someone it told of credit
	// nobody.
	for _, q := range []string{"who published the lund school story?", "who published the senator backs the bridge story", "who published the ferry strike story"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || !a.Abstained || !strings.Contains(a.Text, "names no publisher") {
			t.Errorf("%q: credited to nobody: %+v %v", q, a, err)
		}
	}
	a, err := eng.Ask(ctx, "who published the vardo tram fares article?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "https://news.example.org/tram-fares") || !strings.Contains(a.Text, "Lena Fisk") {
		t.Errorf("added from the web: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "who published this article?")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "Which article") {
		t.Errorf("no article named: %+v %v", a, err)
	}
	// "Which paper broke the story?" asks who first reported the news:
	// the articles' words answer it, not a credit.
	a, err = eng.Ask(ctx, "which union said wages would rise?")
	if err != nil || a.Abstained || strings.Contains(a.Text, "credited") {
		t.Errorf("a question about what an article says: %+v %v", a, err)
	}
}

// TestTheArticlesHeadline: "what's the headline of the X story?" is
// answered by the article's headline, cited on its line; an article
// without one is given by its first sentence, and says so.
func TestTheArticlesHeadline(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"dock.txt":   {Data: []byte("Veltra Dock Strike Ends\n\nThe dockers of Veltra went back to work on Thursday after a strike of two weeks.\n")},
		"school.txt": {Data: []byte("The school at Lund will close in June, the mayor of Lund said on Tuesday at a meeting with parents.\nParents asked for a bus to the next school.\n")},
	})
	ctx := context.Background()
	for _, q := range []string{"what's the headline of the veltra dock strike article?", "what was the veltra strike headline", "what is the veltra dock story called"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, "“Veltra Dock Strike Ends”") || len(a.Citations) != 1 || a.Citations[0].Source != "dock.txt" || a.Citations[0].LineStart != 1 {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	a, err := eng.Ask(ctx, "what's the headline of the lund school story")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "has no headline") || len(a.Citations) != 1 || a.Citations[0].Source != "school.txt" {
		t.Errorf("no headline: %+v %v", a, err)
	}
}

// TestWhoPublishedItAfterAnAnswer: "who published it?" or "what's the
// headline?" after an answer is asked of the article that answer cites;
// with no cited answer before it, the reply asks which article is meant.
func TestWhoPublishedItAfterAnAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"dock.txt":  {Data: []byte("Veltra Dock Strike Ends\n\nThe dockers of Veltra went back to work on Thursday after a strike of two weeks.\n\nCopyright (c) 2017. Harbour Post Media, Inc.\n")},
		"ferry.txt": {Data: []byte("Osterby Ferry Delayed\n\nOSTERBY (Nordwire) - The new ferry to Osterby will sail a month late, its builder said.\n")},
	})
	ctx := context.Background()
	first, err := eng.Ask(ctx, "when did the veltra dockers go back to work")
	if err != nil || first.Abstained || first.Citations[0].Source != "dock.txt" {
		t.Fatalf("first answer: %+v %v", first, err)
	}
	history := []Turn{{Question: "when did the veltra dockers go back to work", Answer: first.Text}}
	for q, want := range map[string]string{"who published that article?": "Harbour Post Media", "what's the headline?": "Veltra Dock Strike Ends"} {
		a, err := eng.AskFollowUp(ctx, history, q, nil)
		if err != nil || a.Abstained || !strings.Contains(a.Text, want) || len(a.Citations) != 1 || a.Citations[0].Source != "dock.txt" {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	// After an answer about the article itself, which quotes its title.
	credit, err := eng.AskFollowUp(ctx, history, "who published that article?", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := eng.AskFollowUp(ctx, append(history, Turn{Question: "who published that article?", Answer: credit.Text}), "what's the headline?", nil)
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Veltra Dock Strike Ends") || len(a.Citations) != 1 || a.Citations[0].Source != "dock.txt" {
		t.Errorf("after a credit: %+v %v", a, err)
	}
	a, err = eng.AskFollowUp(ctx, nil, "who published it?", nil)
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "Which article") {
		t.Errorf("no answer before: %+v %v", a, err)
	}
}

// TestWhoWroteAWorkAnArticleTellsOf: "who wrote the X column?" where X
// is no article's headline but a column one of them names is answered
// by the sentence that names it; the article's own writer is still
// asked of the article.
func TestWhoWroteAWorkAnArticleTellsOf(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"letters.txt": {Data: []byte("Readers Answer the Mayor\n\n" +
			"In Mayor Ilse Berg's column on May 3, \"Mend the ferry now,\" the mayor blames the council for the delays.\n\n" +
			"I am glad the paper printed it.\n\n" +
			"Tom Varga.\n")},
	})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "who wrote the mend the ferry now column")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Ilse Berg's column") {
		t.Errorf("the column named: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "who wrote the article")
	if err != nil || strings.Contains(a.Text, "Ilse Berg's column") {
		t.Errorf("the article itself: %+v %v", a, err)
	}
}
