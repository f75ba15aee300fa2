package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestQuotedSpeakerByRole: a question may name the speaker of a
// quotation by the role the articles give them ("according to the port
// envoy"); a sentence of the quotation is theirs even where neither the
// name nor the role stands in it or beside it.
func TestQuotedSpeakerByRole(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks Stall\n\n" +
		"Port envoy Ilse Brandt met the dockers' union on Friday.\n" +
		"The talks lasted four hours and ended without a deal.\n" +
		"\"We are losing trade to Rotterdam,\" Brandt said. \"One ship leaves us every three days.\"\n" +
		"The union says ships have left the harbour every week since the strike began.\n")}})
	ans, err := eng.Ask(context.Background(), "how often does a ship leave according to the port envoy?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Text, "every three days") {
		t.Errorf("answer %q, want the envoy's \"every three days\"", ans.Text)
	}
}
