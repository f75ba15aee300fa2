package question

import "testing"

func TestOtherQuantity(t *testing.T) {
	for w := range quantifiers {
		if !quantifierWord.MatchString("the " + w + " dockers") {
			t.Errorf("quantifierWord misses %q", w)
		}
	}
	for _, tt := range []struct {
		first, text string
		want        bool
	}{
		{"Very few dockers are drawn from which union?", "Most dockers are drawn from the harbour union.", true},
		{"Very little of the work is done where?", "Much of the work of the port is done at night.", true},
		{"Very few dockers are drawn from which union?", "Few dockers are drawn from the harbour union, and most from the city.", false},
		{"Very few dockers are drawn from which union?", "The dockers are drawn from the harbour union.", false},
		{"Which is the least important port?", "Veltra is the most important port of the south.", true},
		{"Which is more costly, the ferry or the bridge?", "The bridge is less costly than the ferry.", false},
		{"Which port is more costly?", "Veltra is less costly than Oslo.", true},
		// Asking how many, or a bound on a number, gives no quantity.
		{"How many dockers came?", "Few dockers came.", false},
		{"Which port took at least 14 ferries?", "Veltra took more ferries than Oslo.", false},
	} {
		if got := OtherQuantity(tt.first, tt.text); got != tt.want {
			t.Errorf("OtherQuantity(%q, %q): %v, want %v", tt.first, tt.text, got, tt.want)
		}
	}
}
