package question

import "testing"

// TestOtherOrder: a text that places the event on the other side of what
// the first text places it against says otherwise; one that places it on
// both sides, or places the other event, does not.
func TestOtherOrder(t *testing.T) {
	first := "How many had fled after the act was passed?"
	for text, want := range map[string]bool{
		"Before the act was passed, 50,000 had fled.":                                true,
		"After the act was passed, 50,000 had fled.":                                 false,
		"Before the act was passed, 50,000 had fled, and after the act 20,000 more.": false,
		"The act was passed after 50,000 had fled.":                                  false,
		"The port closed before the harvest.":                                        false,
	} {
		if got := OtherOrder(first, text); got != want {
			t.Errorf("OtherOrder(%q): %v, want %v", text, got, want)
		}
	}
	if OtherOrder("How many had fled?", "Before the act was passed, 50,000 had fled.") {
		t.Error("a first text with no order says no other")
	}
	// Asked what it comes before, the answer is what a text places it
	// against: on the other side only, it answers nothing.
	asked := "A harbour vote is usually held just before what?"
	for text, want := range map[string]bool{
		"Just after the dockers' debate a harbour vote is held.":  true,
		"A harbour vote is held just before the dockers' debate.": false,
		"The harbour vote is held on Fridays.":                    false,
	} {
		if got := OtherOrder(asked, text); got != want {
			t.Errorf("OtherOrder(%q, %q): %v, want %v", asked, text, got, want)
		}
	}
}
