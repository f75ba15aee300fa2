package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// Two dated rounds of talks, for the tests of dated questions.
const (
	sochiFirstRound  = "Talks in Sochi, first round\n2017-01-10\n\nThe delegations met in Sochi for the first round of talks on the aid corridor, officials said.\n"
	sochiSecondRound = "Talks in Sochi, second round\n2017-02-14\n\nThe delegations met in Sochi for the second round of talks on the aid corridor, officials said.\n"
)

// A question about the latest news is answered from the newest dated
// article that answers it, though an older one matches as well.
func TestLatestComesFromTheNewestArticle(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte(sochiFirstRound)},
		"b.txt": {Data: []byte(sochiSecondRound)},
		"c.txt": {Data: []byte("Markets\n2017-03-01\n\nMarkets rose on Monday as traders bought shares.\n")},
	}
	eng := openFS(t, fsys)
	for _, q := range []string{"What's the latest on the talks in Sochi?", "what happened most recently in the sochi talks", "any updates on the sochi talks?"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || len(a.Citations) == 0 || a.Citations[0].Source != "b.txt" {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	srcs := eng.Sources()
	if srcs[1].Date != "2017-02-14" {
		t.Errorf("sources %+v", srcs)
	}
}

// A question pinned to a time relative to today ("this week") is answered
// from an article of that time, and dated; one no article of that time
// answers is declined, not answered from older news.
func TestPeriodQuestionsKeepToTheirDates(t *testing.T) {
	day := func(back int) string { return time.Now().AddDate(0, 0, -back).Format("2006-01-02") }
	fsys := fstest.MapFS{
		"old.txt": {Data: []byte("Talks in Sochi, first round\n" + day(60) + "\n\nThe delegations met in Sochi for the first round of talks on the aid corridor, officials said.\n")},
		"new.txt": {Data: []byte("Talks in Sochi, second round\n" + day(3) + "\n\nThe delegations met in Sochi for the second round of talks on the aid corridor, officials said.\n")},
	}
	eng := openFS(t, fsys)
	a, err := eng.Ask(context.Background(), "Where did the delegations meet this week for the talks on the aid corridor?")
	if err != nil || a.Abstained || len(a.Citations) == 0 || a.Citations[0].Source != "new.txt" || !strings.HasPrefix(a.Text, "On "+day(3)) {
		t.Errorf("this week: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "Where did the delegations meet yesterday for the talks on the aid corridor?")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "newest article is from "+day(3)) {
		t.Errorf("yesterday should be declined: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "Where did the delegations meet for the talks on the aid corridor?")
	if err != nil || a.Abstained || strings.HasPrefix(a.Text, "On ") {
		t.Errorf("no period: %+v %v", a, err)
	}
}

// A question naming a date ("in January 2017", "since February") is
// asked of the articles published then; when none of them answers, the
// date may be the event's, and all articles are asked, date and all.
func TestNamedPeriodsPreferTheirArticles(t *testing.T) {
	fsys := fstest.MapFS{
		"jan.txt": {Data: []byte(sochiFirstRound)},
		"feb.txt": {Data: []byte(sochiSecondRound + "\nIn January 2015, the delegations met in Astana for early talks on an aid corridor.\n")},
	}
	eng := openFS(t, fsys)
	for _, c := range []struct{ q, source, prefix, holds string }{
		{"Where did the delegations meet in January 2017 for the talks on the aid corridor?", "jan.txt", "On 2017-01-10: ", "Sochi"},
		{"where have the delegations met since feb 2017 for talks on the aid corridor", "feb.txt", "On 2017-02-14: ", "Sochi"},
		{"Where did the delegations meet in January 2015 for talks on the aid corridor?", "feb.txt", "In January 2015", "Astana"},
	} {
		a, err := eng.Ask(context.Background(), c.q)
		if err != nil || a.Abstained || len(a.Citations) == 0 || a.Citations[0].Source != c.source || !strings.HasPrefix(a.Text, c.prefix) || !strings.Contains(a.Text, c.holds) {
			t.Errorf("%q: %+v %v", c.q, a, err)
		}
	}
	a, err := eng.Ask(context.Background(), "Where did the delegations meet in March 2016 for the talks on the aid corridor?")
	if err != nil || !a.Abstained {
		t.Errorf("no article of March 2016, and none says March: %+v %v", a, err)
	}
}

// TestAWrittenYearMayDateTheEvent: when the articles write the year a
// question names ("since 2011"), the date may be the event's, and the
// whole question is asked of all articles first, before the articles
// published since then.
func TestAWrittenYearMayDateTheEvent(t *testing.T) {
	fsys := fstest.MapFS{
		"dated.txt":   {Data: []byte("Harbour talks resume\n2017-03-01\n\nOne docker asked how many workers had to be hurt in the port before anyone acted.\n")},
		"undated.txt": {Data: []byte("Harbour safety\n\nAccidents in the port of Veltra have hurt 1,200 workers since 2011, the union said.\n")},
	}
	eng := openFS(t, fsys)
	a, err := eng.Ask(context.Background(), "how many workers have been hurt in the port since 2011??")
	if err != nil || a.Abstained || len(a.Citations) == 0 || a.Citations[0].Source != "undated.txt" || !strings.Contains(a.Text, "1,200") {
		t.Errorf("%+v %v", a, err)
	}
}

// "What are the articles about?" lists the articles, newest first, each
// cited on its first line; "what's the latest?" ("whats new?", "what's
// going on?") with no topic gives the newest article; with no dated
// article it gives the list.
func TestOverviewAndNewestWithoutATopic(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte(sochiFirstRound)},
		"b.txt": {Data: []byte(sochiSecondRound + "\nA third round is planned for March.\n")},
		"c.txt": {Data: []byte("Markets rose on Monday as traders bought shares.\n")},
	}
	eng := openFS(t, fsys)
	ctx := context.Background()
	for _, q := range []string{"What are the articles about?", "what do you know", "what articles do you have", "give me an overview", "how many articles do you have?", "what do the articles cover"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 3 || a.Citations[0].Source != "b.txt" || a.Citations[2].Source != "c.txt" ||
			!strings.HasPrefix(a.Text, "There are 3 articles, newest first:") || !strings.Contains(a.Text, "Talks in Sochi, second round (2017-02-14) [1]") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	for _, q := range []string{"what's the latest?", "any news?", "whats new?", "what's going on?"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 2 || a.Citations[0].Source != "b.txt" || !strings.HasPrefix(a.Text, "The newest article, from 2017-02-14, is “Talks in Sochi, second round”.") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	undated, _, err := Open(ctx, Options{Corpus: fstest.MapFS{"c.txt": fsys["c.txt"]}, CorpusName: "u"})
	if err != nil {
		t.Fatal(err)
	}
	if a, err := undated.Ask(ctx, "what's the latest?"); err != nil || a.Abstained || !strings.HasPrefix(a.Text, "There is 1 article:") {
		t.Errorf("undated latest: %+v %v", a, err)
	}
	if a, err := eng.Ask(ctx, "what do you know about the markets?"); err != nil || strings.HasPrefix(a.Text, "There are") {
		t.Errorf("a question about a topic is not an overview: %+v %v", a, err)
	}
}

// TestSummary: "tldr of X" gives the article about X by its title and
// first sentences, cited; a topic no article meets is declined.
func TestSummary(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Port strike enters second week\n2017-01-10\n\nDockers in Veltra stayed off work for a second week on Monday.\n\nThe union wants a wage rise of 6 percent.\n\nShipping lines have moved cargo to Ostmark.\n\nTalks resume on Friday.\n")},
		"b.txt": {Data: []byte("Markets rose on Monday as traders bought shares.\n")},
		// Another story says "port strike" in a sentence; the summary is of
		// the story whose title names it.
		"c.txt": {Data: []byte("Harbour budget approved\n2017-02-01\n\nThe port strike cost the city 3 million euros, the council said.\n")},
	}
	eng := openFS(t, fsys)
	ctx := context.Background()
	for _, q := range []string{"tldr of the port strike?", "summarize the dockers strike pls", "give me a quick recap of the veltra strike"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 3 || a.Citations[0].Source != "a.txt" ||
			!strings.HasPrefix(a.Text, "In short, “Port strike enters second week” (2017-01-10): Dockers in Veltra") || strings.Contains(a.Text, "Talks resume") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	if a, err := eng.Ask(ctx, "summarize the weather in oslo"); err != nil || !a.Abstained {
		t.Errorf("no article on the topic: %+v %v", a, err)
	}
}

// TestNewsOfANamedMonth: "any news from February 2017?" and "what
// happened in January 2017?" list the articles published then; a
// question with its own topic is answered from them.
func TestNewsOfANamedMonth(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte(sochiFirstRound)},
		"b.txt": {Data: []byte(sochiSecondRound)},
	}
	eng := openFS(t, fsys)
	ctx := context.Background()
	for q, want := range map[string]string{
		"any news from february 2017?":                    "b.txt",
		"any articles from February 2017":                 "b.txt",
		"what happened in January 2017?":                  "a.txt",
		"what happened during january 2017?":              "a.txt",
		"where did the delegations meet in January 2017?": "a.txt",
	} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 1 || a.Citations[0].Source != want {
			t.Errorf("%q: %+v %v, want %s only", q, a, err, want)
		}
	}
	if a, _ := eng.Ask(ctx, "any news from february 2017?"); !strings.HasPrefix(a.Text, "There is 1 article published from 2017-02-01 to 2017-02-28:") {
		t.Errorf("the listing says when: %q", a.Text)
	}
	// Articles that write the year in their sentences, dated by their
	// files' names: with no topic but the month, the month's articles are
	// still listed, not a sentence that names the month.
	named := openFS(t, fstest.MapFS{
		"2017-01-20_sochi.txt": {Data: []byte("Talks in Sochi\n\nThe delegations met in Sochi on Friday; a second round is planned for February 2017, officials said.\n")},
		"2017-02-14_sochi.txt": {Data: []byte("Talks in Sochi, second round\n\nThe delegations met again in Sochi for the second round, as planned in January 2017.\n")},
	})
	if a, _ := named.Ask(ctx, "any news from february 2017?"); len(a.Citations) != 1 || a.Citations[0].Source != "2017-02-14_sochi.txt" || !strings.HasPrefix(a.Text, "There is 1 article published") {
		t.Errorf("a month's news where the articles write the year: %+v", a)
	}
}

// TestWhoTheArticlesQuote: "who is quoted in the articles?" lists the
// speakers, most quoted first, with their roles and how often they are
// quoted, each cited where first quoted; a question about who spoke
// somewhere is no such list.
func TestWhoTheArticlesQuote(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks\n\n\"The ferries will sail again,\" harbour chief Ilse Brandt said on Monday.\n" +
			"Union leader Omar Ali said the strike would go on.\n" +
			"\"We will not give way,\" Ali said.\n")},
		"b.txt": {Data: []byte("Strike News\n\nThe dockers met in the square on Friday.\n" +
			"\"Nobody wants a long strike,\" Ali told reporters.\n")},
	})
	ctx := context.Background()
	for _, q := range []string{"who is quoted in the articles?", "list the speakers", "who gets quoted the most", "which people are quoted"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || a.Abstained || len(a.Citations) != 2 || !strings.HasPrefix(a.Text, "The articles quote 2 speakers, most quoted first:\n- Omar Ali, Union leader (3) [1]") ||
			!strings.Contains(a.Text, "- Ilse Brandt, ") || !strings.HasSuffix(a.Text, "(1) [2]") || a.Citations[0].LineStart != 4 || a.Citations[1].LineStart != 3 {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
	if a, err := eng.Ask(ctx, "who spoke in the square?"); err != nil || strings.HasPrefix(a.Text, "The articles quote") {
		t.Errorf("a question about who spoke somewhere is no list: %+v %v", a, err)
	}
}

// TestTheNewsOfAYear: "anything from 2017?" lists the articles of 2017;
// asked for a year or a month none of them is from, the answer says so
// and how new the articles are, rather than that the articles never
// mention it.
func TestTheNewsOfAYear(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte(sochiFirstRound)},
		"b.txt": {Data: []byte(sochiSecondRound)},
	})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "anything from 2017?")
	if err != nil || a.Abstained || len(a.Citations) != 2 || !strings.HasPrefix(a.Text, "There are 2 articles published from 2017-01-01 to 2017-12-31") {
		t.Errorf("2017: %+v %v", a, err)
	}
	for _, q := range []string{"any news from 2015?", "any news from october 2015?"} {
		a, err := eng.Ask(ctx, q)
		if err != nil || !a.Abstained || !strings.Contains(a.Text, "none of them was published") || !strings.Contains(a.Text, "The newest article is from 2017-02-14.") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
}

// TestRelativeTimeAsTheArticlesWriteIt: "who did Olsen dismiss last
// month?" of articles none of which is from last month is answered by a
// sentence that writes "last month" itself, of its article's date, with
// a note that says so; a question whose answer does not write it ("what
// did Olsen say this week?") is still told that no article is from then,
// unless the article writes the words as a name ("This Week").
func TestRelativeTimeAsTheArticlesWriteIt(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour chief goes\n2017-03-01\n\nLast month, Mayor Olsen dismissed his harbour chief, Per Lind, after the strike.\n" +
			"\"The harbour will open again in May,\" Olsen said.\n\nThe port is expected to lay off 40 dockers this week.\n")},
	})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "who did olsen dismiss last month?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Per Lind") || !strings.Contains(a.Note, "No article is from last month") {
		t.Errorf("written by the article: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "what did olsen say this week?")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "newest article is from 2017-03-01") || a.Note != "" {
		t.Errorf("not written by it: %+v %v", a, err)
	}
	// The words may be written loosely, by a sentence that is not the
	// best answer to the question without them: "this fiscal year".
	eng2 := openFS(t, fstest.MapFS{
		"b.txt": {Data: []byte("Port Budget\n2017-03-01\n\nOver 10 years, through fiscal year 2025, the port's deficits would add up to $90 million.\n" +
			"The port's deficit for this fiscal year, which ends in June, is projected to be $40 million.\n")},
	})
	a, err = eng2.Ask(ctx, "how big will the port's deficit be this year?")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The port's deficit for this fiscal year") || !strings.Contains(a.Note, "No article is from this year") {
		t.Errorf("written loosely: %+v %v", a, err)
	}
	// A question that names nobody takes the words from the article too.
	a, err = eng.Ask(ctx, "how many dockers will be laid off this week?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "40 dockers") || !strings.Contains(a.Note, "No article is from this week") {
		t.Errorf("naming nobody: %+v %v", a, err)
	}
	// An article that writes the words as a name ("This Week", a
	// programme) is asked as if they named no time, and says nothing of
	// times.
	eng = openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mayor on television\n2017-03-01\n\nMayor Olsen went on NRK's ''This Week'' on Sunday.\n\nThe harbour would open in May, Mayor Olsen said on the programme.\n")},
	})
	a, err = eng.Ask(ctx, "what did mayor olsen say on this week?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "harbour would open in May") || a.Note != "" {
		t.Errorf("a programme: %+v %v", a, err)
	}
}
