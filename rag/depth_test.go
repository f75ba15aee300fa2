package rag

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestAnswerFromBeyondTheFirstPassages: the passages that share the
// most words with a question are often about its topic without
// answering it; the sentence that names who did it may rank lower, and
// the extractive answer reads deep enough to find it.
func TestAnswerFromBeyondTheFirstPassages(t *testing.T) {
	corpus := fstest.MapFS{}
	for i := range 30 {
		corpus[fmt.Sprintf("%02d_talks.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"Harbour Talks, Day %d\n\nThe harbour talks went on for a %s day. The harbour talks were led again behind closed doors. "+
				"Harbour talks, harbour talks: the talks were led late into the night.\n", i+1, []string{"long", "slow", "tense", "quiet"}[i%4])),
		}
	}
	filler := strings.Repeat("Rain fell over the cranes all week, and the ships waited out in the grey bay, their crews idle on deck, for the weather and the tides to turn at last. ", 6)
	corpus["99_profile.txt"] = &fstest.MapFile{Data: []byte("A Week At The Port\n\n" + filler +
		"Port director Ilse Brandt led the harbour talks for the dockers. " + filler + "\n")}
	eng := openFS(t, corpus)
	ans, err := eng.Ask(context.Background(), "who led the harbour talks?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Abstained || !strings.Contains(ans.Text, "Ilse Brandt") {
		t.Errorf("answer %q, want the sentence naming Ilse Brandt", ans.Text)
	}
}
