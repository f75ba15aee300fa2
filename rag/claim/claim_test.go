package claim

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
	"github.com/parleybot/parley/rag/wordvec"
)

func TestNumbersReadAlike(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"2 million people died", []float64{2e6}},
		{"2,000,000 people died", []float64{2e6}},
		{"two million people died", []float64{2e6}},
		{"300,000 to 400,000 people since 2011", []float64{3e5, 4e5, 2011}},
		{"the two sides met in a six-year conflict", nil},
		{"twenty-five delegations", []float64{25}},
		{"half a million", []float64{5e5}},
		{"2.5 billion dollars", []float64{2.5e9}},
		{"January 23-24", []float64{23, 24}},
	}
	for _, tt := range tests {
		if got := numbers(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("numbers(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSplitIntoClaims(t *testing.T) {
	tests := []struct {
		reply string
		want  []string
	}{
		{"The talks were sponsored by France and Germany [1], and 2 million people died [1].",
			[]string{"The talks were sponsored by France and Germany", ", and 2 million people died"}},
		{"Russia [1] and Iran [2] sponsored the talks.", []string{"Russia and Iran sponsored the talks."}},
		{"They met in Astana. [2] It was cold [3].", []string{"They met in Astana.", "It was cold"}},
		{"No markers at all; none here.", []string{"No markers at all; none here."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitReply(tt.reply) {
			for _, p := range s {
				got = append(got, p.text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: claims %q, want %q", tt.reply, got, tt.want)
		}
	}
}

// BenchmarkCheck checks a three-claim answer against the passages of one
// question on the built-in corpus.
func BenchmarkCheck(b *testing.B) {
	docs, err := document.LoadCorpus(os.DirFS("../../corpus"), "corpus")
	if err != nil {
		b.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	lx, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	vec, err := wordvec.Load()
	if err != nil {
		b.Fatal(err)
	}
	m := match.NewMatcher(ix, lx, vec)
	qr := m.Prepare(question.Parse("Who sponsored the Astana talks?"))
	passages, err := retrieve.Retrieve(context.Background(), ix, qr, 20)
	if err != nil {
		b.Fatal(err)
	}
	reply := "Russia, Iran and Turkey sponsored the Astana talks [1]. They were scheduled for January 23-24 [1], and 14 rebel organizations agreed to take part [2]. France paid for them [1]."
	var res Result
	for b.Loop() {
		res = Check(m, lx, reply, passages)
	}
	if res.Claims != 4 || !strings.Contains(res.Text, "Russia") {
		b.Fatalf("checked %+v", res)
	}
}
