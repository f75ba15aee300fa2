package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestManyIsNoTopicWord: "so many times" asks nothing about "many", as
// "several times" and "so few times" would not; the sentence that says
// why the vote was put off answers, not one that happens to say "many".
func TestManyIsNoTopicWord(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Vote Delayed\n\n" +
		"The council put off the harbour vote again because its members could not agree on the wages.\n" +
		"Many dockers asked about the harbour vote at the hall.\n" +
		"The vote is now set for June.\n")}})
	ans, err := eng.Ask(context.Background(), "why was the harbour vote delayed so many times?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Text, "could not agree") || strings.Contains(ans.Text, "Many dockers") {
		t.Errorf("answer %q, want the sentence that says why", ans.Text)
	}
}

// TestRelatedWordIsNotTheQuestions: a word merely related to one of the
// question's (WordNet gives "time" for "clip") may still be the answer:
// "on the Times website" says where the clip was posted.
func TestRelatedWordIsNotTheQuestions(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Minister's Remarks Leak\n\n" +
		"The minister said the strike would end soon.\n" +
		"\"We will find a deal,\" the minister said in an audio clip posted on the Times website.\n" +
		"The union did not comment.\n")}})
	ans, err := eng.Ask(context.Background(), "where was the audio clip posted?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Text, "Times website") {
		t.Errorf("answer %q, want the sentence saying it was posted on the Times website", ans.Text)
	}
}

// TestCantMeetsCannot: "can't", "can’t" and "cannot" are one word: "why
// cant the union negotiate" (typed "cant", read "cannot") meets the
// article's "can’t".
func TestCantMeetsCannot(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks Stall\n\n" +
		"Union leaders have said they can’t enter into a dialogue while they are locked out.\n" +
		"\"One cannot resolve issues like this in a day,\" the city's negotiator added.\n" +
		"The port owners declined to comment.\n")}})
	ans, err := eng.Ask(context.Background(), "why cant the union negotiate")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.HasPrefix(ans.Text, "Union leaders") {
		t.Errorf("answer %q, want the union's reason first", ans.Text)
	}
}
