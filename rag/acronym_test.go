package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// An acronym the articles never write, or write in a headline only, is
// read as the name whose initials it is, when they write that name; one
// that names nothing in them is still reported as never mentioned.
func TestAcronymsReadAsTheirNames(t *testing.T) {
	eng := openEngine(t)
	ctx := context.Background()
	for acr, name := range map[string]string{
		"why won't the SNC go to Geneva?":    "why won't the Syrian National Council go to Geneva?",
		"is the FSA at the talks":            "is the Free Syrian Army at the talks",
		"who is the president of the SNC's?": "who is the president of the Syrian National Council?",
		"why wont the snc go to geneva lol":  "why won't the Syrian National Council go to Geneva?", // typed in lower case
		// Written in a headline only ("…: NYT"), an acronym is still the
		// story's name.
		"what did the NYT say": "what did the New York Times say",
		"what did the nyt say": "what did the New York Times say",
	} {
		want, err := eng.Ask(ctx, name)
		if err != nil || want.Abstained {
			t.Fatalf("%q: %+v %v", name, want, err)
		}
		got, err := eng.Ask(ctx, acr)
		if err != nil || got.Abstained || len(got.Citations) == 0 || got.Citations[0].LineStart != want.Citations[0].LineStart || got.Citations[0].Source != want.Citations[0].Source {
			t.Errorf("%q: %+v, want the lines of %q", acr, got, name)
		}
	}
	got, err := eng.Ask(ctx, "what did the WXQ say about the talks?")
	if err != nil || !got.Abstained || !strings.Contains(got.Text, "WXQ") {
		t.Errorf("an acronym of nothing: %+v %v", got, err)
	}
}

// TestAcronymsInWhoSaid: the words of /who-said and of "who said …?" are
// read with their acronyms written out, as a question's are: "the HWU
// will not sign" is what the Harbour Workers Union said it would not do.
func TestAcronymsInWhoSaid(t *testing.T) {
	article := "Harbour Strike\n\n" +
		"The Harbour Workers Union has struck since March.\n" +
		"\"The Harbour Workers Union will not sign any deal that cuts wages,\" union leader Ilse Brandt said on Friday.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	ctx := context.Background()
	for _, words := range []string{"the HWU will not sign any deal", "the hwu wont sign any deal that cuts wages"} {
		got, err := eng.WhoSaid(ctx, words)
		if err != nil || len(got) == 0 || got[0].Speaker != "Ilse Brandt" {
			t.Errorf("/who-said %q: %+v %v", words, got, err)
		}
		a, err := eng.Ask(ctx, "who said "+words+"?")
		if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Ilse Brandt") {
			t.Errorf("who said %q?: %+v %v", words, a, err)
		}
	}
}

// TestAcronymsOfWrittenNames: an acronym the articles write is met where
// they write its name out too ("the PWF" in "members of the Port
// Workers Federation"), and a hyphenated word gives one initial for each
// part ("the APC" is the Anti-Pollution Council). What an organisation
// is given to say in quotation marks is its own words.
func TestAcronymsOfWrittenNames(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Vote\n\n" +
		"The PWF was founded in 1950 by dockers in the north.\n\n" +
		"Members of the Port Workers Federation gathered in Valdoria on Monday.\n\n" +
		"Ferries to Oslo were cancelled, and the prominent harbour rights group the Anti-Pollution Council strongly condemned the dumping and said it would \"publish\" every spill record.\n")}})
	askContrary(t, eng, []contraryCase{
		{"where did the pwf gather?", "", "Valdoria"},
		{"where did the PWF gather", "", "Valdoria"},
		{"what did the APC say it would do with the spill records?", "", "publish"},
	})
}
