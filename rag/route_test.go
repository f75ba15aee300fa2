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
	}
	for _, tt := range tests {
		got, ok := WhoSaidQuery(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("WhoSaidQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
