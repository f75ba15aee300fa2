package textutil

import "testing"

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"abcdefghijklmnop", 5, "abcde…"},
		{"été été été", 6, "été…"},
	}
	for _, tt := range tests {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"kirby", "kirby", 0}, {"kirbi", "kirby", 1}, {"", "abc", 3},
		{"PARLEY_LLM_MODLE", "PARLEY_LLM_MODEL", 1}, {"tlaks", "talks", 1}, {"sponserd", "sponsored", 2}, {"mistura", "de mistura", 3}, {"été", "ete", 2},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestShared(t *testing.T) {
	a, b := []string{"the", "talks", "the", "end"}, []string{"the", "end", "end", "talks", "talks"}
	if got := Shared(a, b); got != 3 {
		t.Errorf("Shared = %d, want 3 (the, talks, end; the second \"the\" has no match)", got)
	}
	if Shared(b, a) != Shared(a, b) || Shared(nil, a) != 0 {
		t.Error("Shared is not symmetric, or meets words in nothing")
	}
}
