package wordvec

import (
	"fmt"
	"os"
	"testing"

	"github.com/parleybot/parley/rag/term"
)

func TestNearWords(t *testing.T) {
	tab, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if tab.Dim() != 100 || tab.Len() < 20000 {
		t.Fatalf("table of %d terms × %d", tab.Len(), tab.Dim())
	}
	if os.Getenv("WORDVEC_PAIRS") != "" {
		for _, p := range [][2]string{{"died", "killed"}, {"delayed", "postponed"}, {"truce", "ceasefire"}, {"strengthen", "consolidate"}, {"disagree", "odds"}, {"toll", "killed"}, {"obtained", "got"}, {"talks", "negotiations"}, {"russia", "ukraine"}, {"kerry", "clinton"}, {"sponsor", "back"}, {"france", "germany"}, {"meeting", "discussion"}, {"top", "main"}, {"next", "further"}, {"newspaper", "times"}, {"held", "took"}, {"rebels", "opposition"}, {"want", "goal"}, {"recording", "tape"}, {"january", "february"}, {"million", "thousand"}, {"said", "told"}, {"attend", "attending"}, {"city", "capital"}} {
			c, _ := tab.Cosine(term.Word(p[0]), term.Word(p[1]))
			fmt.Printf("%-12s %-12s %.2f\n", p[0], p[1], c)
		}
	}
}

// BenchmarkLoad decodes the embedded table, as every start does once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
