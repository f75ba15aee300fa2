package rag

import (
	"context"
	"strings"
	"testing"
)

// An acronym the articles never write is read as the name whose initials
// it is, when they write that name; one that names nothing in them is
// still reported as never mentioned.
func TestAcronymsReadAsTheirNames(t *testing.T) {
	eng := openEngine(t)
	ctx := context.Background()
	for acr, name := range map[string]string{
		"why won't the SNC go to Geneva?":    "why won't the Syrian National Council go to Geneva?",
		"is the FSA at the talks":            "is the Free Syrian Army at the talks",
		"who is the president of the SNC's?": "who is the president of the Syrian National Council?",
		"why wont the snc go to geneva lol":  "why won't the Syrian National Council go to Geneva?", // typed in lower case
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
