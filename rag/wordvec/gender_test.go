package wordvec

import "testing"

// TestNameGender checks the gender read from first names in the embedded
// table: clear names lean their way; unknown words and non-names give none.
func TestNameGender(t *testing.T) {
	tb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Susan": "f", "Maria": "f", "Nancy": "f", "Frank": "m", "Paul": "m", "Mike": "m",
		"Qxzvbn": "", "the": "", "": "",
	} {
		if got := tb.NameGender(name); got != want {
			t.Errorf("NameGender(%q) = %q, want %q", name, got, want)
		}
	}
	var none *Table
	if got := none.NameGender("Susan"); got != "" {
		t.Errorf("a nil table gave %q", got)
	}
}
