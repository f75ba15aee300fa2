package spell

import "testing"

func TestCorrect(t *testing.T) {
	s := New(map[string]int{
		"sponsored": 3, "talks": 12, "psaki": 4, "astana": 9, "tasks": 1, "kerry": 7,
		"geneva": 5, "the": 100, "russia": 8, "russian": 6, "key": 1,
	})
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"sponserd", "sponsored", true},
		{"tlaks", "talks", true}, // a swap counts as one edit; talks is the more frequent
		{"Psacki", "psaki", true},
		{"astanna", "astana", true},
		{"Kery", "kerry", true},     // one edit, as "key" is: kerry is the more frequent
		{"russias", "russia", true}, // one edit, more frequent than russian
		{"teh", "", false},          // too short to guess
		{"merkel", "", false},
		{"bstanna", "", false}, // two edits away, and the first letter changed
	}
	for _, tt := range tests {
		got, ok := s.Correct(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Correct(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	var nilS *Speller
	if _, ok := nilS.Correct("talks"); ok {
		t.Error("a nil speller corrected")
	}
}

func TestComplete(t *testing.T) {
	s := New(map[string]int{"preparatory": 2, "prepared": 5, "prep": 1, "administration": 3, "adm": 1,
		"organizations": 2, "organized": 4, "orgy": 1})
	for w, want := range map[string]string{"prep": "prepared", "Admin": "administration", "prepa": "prepared",
		"orgs": "organizations"} {
		if got, ok := s.Complete(w); !ok || got != want {
			t.Errorf("Complete(%q) = %q %v, want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"pre", "zzzz", "prepared", "ads", "zzzs", "admins"} {
		if got, ok := s.Complete(w); ok {
			t.Errorf("Complete(%q) = %q, want none", w, got)
		}
	}
}
