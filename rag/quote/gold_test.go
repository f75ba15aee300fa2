package quote_test

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/quote"
)

// corpusDocuments reads the built-in articles as the extractor sees them.
func corpusDocuments(t testing.TB) []quote.Document {
	t.Helper()
	docs, err := document.LoadCorpus(os.DirFS("../../corpus"), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return index.QuoteDocuments(docs)
}

type goldQuote struct {
	source  string
	line    int
	kind    quote.Kind
	speaker string
	text    string
}

func loadGold(t *testing.T) []goldQuote {
	f, err := os.Open("testdata/gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gold []goldQuote
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		p := strings.Split(sc.Text(), "\t")
		line, _ := strconv.Atoi(p[1])
		gold = append(gold, goldQuote{p[0], line, quote.Kind(p[2]), p[3], p[4]})
	}
	return gold
}

func fold(s string) string {
	r := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}

// TestGoldQuotations scores detection and attribution of direct and partial
// quotations against the hand-made gold table.
func TestGoldQuotations(t *testing.T) {
	gold := loadGold(t)
	res := quote.Extract(corpusDocuments(t))
	var found []quote.Quote
	for _, q := range res.Quotes {
		if q.Kind != quote.Indirect {
			found = append(found, q)
		}
	}
	matched := make([]int, len(found)) // gold index + 1
	var tp, rightSpeaker, rightKind int
	var confusion []string
	for gi, g := range gold {
		hit := -1
		for fi, q := range found {
			if matched[fi] == 0 && q.Source == g.source && q.Line == g.line && strings.HasPrefix(fold(q.Text), fold(g.text)) {
				hit = fi
				break
			}
		}
		if hit < 0 {
			confusion = append(confusion, fmt.Sprintf("missed   %s:%d %q (%s)", g.source[:3], g.line, g.text, g.speaker))
			continue
		}
		matched[hit] = gi + 1
		tp++
		q := found[hit]
		if q.Speaker == g.speaker {
			rightSpeaker++
		} else {
			confusion = append(confusion, fmt.Sprintf("speaker  %s:%d %q: got %q, want %q", g.source[:3], g.line, g.text, q.Speaker, g.speaker))
		}
		if q.Kind == g.kind {
			rightKind++
		} else {
			confusion = append(confusion, fmt.Sprintf("kind     %s:%d %q: got %s, want %s", g.source[:3], g.line, g.text, q.Kind, g.kind))
		}
	}
	for fi, q := range found {
		if matched[fi] == 0 {
			confusion = append(confusion, fmt.Sprintf("spurious %s:%d %q (%s, %s)", q.Source[:3], q.Line, q.Text, q.Speaker, q.Kind))
		}
	}
	precision := float64(tp) / float64(max(len(found), 1))
	recall := float64(tp) / float64(len(gold))
	speakerAcc := float64(rightSpeaker) / float64(max(tp, 1))
	t.Logf("gold %d, detected %d, matched %d", len(gold), len(found), tp)
	t.Logf("detection precision %.3f, recall %.3f; speaker accuracy %.3f; kind accuracy %.3f",
		precision, recall, speakerAcc, float64(rightKind)/float64(max(tp, 1)))
	for _, c := range confusion {
		t.Log(c)
	}
	if precision < 0.95 || recall < 0.95 {
		t.Errorf("detection precision %.3f, recall %.3f; want both ≥ 0.95", precision, recall)
	}
	if speakerAcc < 0.95 {
		t.Errorf("speaker accuracy %.3f, want ≥ 0.95", speakerAcc)
	}
}

// TestMemoGivesWhatExtractGives: extracting again with a memo, after one
// article changed, gives what extracting from scratch gives.
func TestMemoGivesWhatExtractGives(t *testing.T) {
	docs := corpusDocuments(t)
	for i := range docs {
		docs[i].Key = fmt.Sprint("v1-", i)
	}
	var memo quote.Memo
	quote.ExtractWith(docs, &memo, nil)
	docs[2].Sentences = docs[2].Sentences[:len(docs[2].Sentences)/2]
	docs[2].Key = "v2"
	got := quote.ExtractWith(docs, &memo, nil)
	want := quote.Extract(docs)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("with a memo: %d quotations, %d speakers; from scratch: %d, %d", len(got.Quotes), len(got.Speakers), len(want.Quotes), len(want.Speakers))
	}
}

// TestRememberGivesWhatExtractGives: a memo made from the quotations of an
// index loaded from disk serves the next run as a live one does.
func TestRememberGivesWhatExtractGives(t *testing.T) {
	docs := corpusDocuments(t)
	for i := range docs {
		docs[i].Key = fmt.Sprint("v1-", i)
	}
	saved := quote.Extract(docs).Quotes
	changed := slices.Clone(docs)
	changed[1].Sentences = changed[1].Sentences[:len(changed[1].Sentences)/2]
	changed[1].Key = "v2"
	changed = slices.Delete(changed, 3, 4)
	keys := map[string]string{}
	for _, d := range docs {
		keys[d.Source] = d.Key
	}
	got := quote.ExtractWith(changed, quote.Remember(keys, saved), nil)
	if want := quote.Extract(changed); !reflect.DeepEqual(got, want) {
		t.Fatalf("remembered: %d quotations, %d speakers; from scratch: %d, %d", len(got.Quotes), len(got.Speakers), len(want.Quotes), len(want.Speakers))
	}
	renamed := 0
	for _, q := range saved {
		if q.Written != q.Speaker {
			renamed++
		}
	}
	if renamed == 0 {
		t.Error("no speaker was given a canonical name, so Written is untested")
	}
}
