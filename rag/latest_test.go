package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// A question about the latest news is answered from the newest dated
// article that answers it, though an older one matches as well.
func TestLatestComesFromTheNewestArticle(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Talks in Sochi, first round\n2017-01-10\n\nThe delegations met in Sochi for the first round of talks on the aid corridor, officials said.\n")},
		"b.txt": {Data: []byte("Talks in Sochi, second round\n2017-02-14\n\nThe delegations met in Sochi for the second round of talks on the aid corridor, officials said.\n")},
		"c.txt": {Data: []byte("Markets\n2017-03-01\n\nMarkets rose on Monday as traders bought shares.\n")},
	}
	eng, _, err := Open(context.Background(), Options{Corpus: fsys, CorpusName: "t"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"What's the latest on the talks in Sochi?", "what happened most recently in the sochi talks"} {
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
	eng, _, err := Open(context.Background(), Options{Corpus: fsys, CorpusName: "t"})
	if err != nil {
		t.Fatal(err)
	}
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
