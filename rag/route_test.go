package rag

import "testing"

func TestWhoSaidQuery(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{`who said "I lost the argument"?`, "I lost the argument", true},
		{`Who said that the ISSG continues to have value?`, "the ISSG continues to have value", true},
		{`who said: “how many Syrians”`, "how many Syrians", true},
		{`Who told reporters the talks were pivotal?`, "the talks were pivotal", true},
		{`Who sponsored the Astana talks?`, "", false},
		{`who said?`, "", false},
		{`What did Kerry say?`, "", false},
		{`who said that's why we came here`, "that's why we came here", true},
		{`who said that, in the end, they would go?`, "in the end, they would go", true},
		{`"we came here to consolidate the ceasefire" who said that?`, "we came here to consolidate the ceasefire", true},
		{`no one is more frustrated than we are - who said this`, "no one is more frustrated than we are", true},
		{`the talks were pivotal. who said it?`, "the talks were pivotal", true},
		{`what happened and who said it?`, "", false},
		{`who told afp that`, "", false},
		{`who said this?`, "", false},
		{`who wrote the kerry story?`, "", false},
		{`who wrote "the source of the story is wrong"?`, "the source of the story is wrong", true},
	}
	for _, tt := range tests {
		got, ok := WhoSaidQuery(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("WhoSaidQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestIsHelpRequest: a message that asks, as a whole, what Parley is or
// how to use it is a help request; a question about the articles that
// shares its words is not.
func TestIsHelpRequest(t *testing.T) {
	for q, want := range map[string]bool{
		"help":                      true,
		"what can you do?":          true,
		"what is this bot":          true,
		"who are you?":              true,
		"what's parley":             true,
		"what does this bot do?":    true,
		"what is this for?":         true,
		"who is this bot's source?": false,
		"what is the ISSG?":         false,
		"who are the sponsors?":     false,
	} {
		if got := IsHelpRequest(q); got != want {
			t.Errorf("IsHelpRequest(%q) = %v, want %v", q, got, want)
		}
	}
}
