package quote

import "testing"

// TestGenderOfARole: the first word that gives a gender is the role's
// own; another person it names comes after ("a spokesman for Mrs.
// Brandt").
func TestGenderOfARole(t *testing.T) {
	for role, want := range map[string]string{
		"a spokesman for Mrs. Brandt":      "m",
		"a spokeswoman for Mr. Lind":       "f",
		"Mrs. Brandt's chief of staff":     "f",
		"Mr. Lind's press secretary":       "m",
		"the harbour board's chairwoman":   "f",
		"a former mayor of Vardo":          "",
		"the congressman who endorsed her": "m",
	} {
		if got := Gender(role); got != want {
			t.Errorf("Gender(%q) = %q, want %q", role, got, want)
		}
	}
}
