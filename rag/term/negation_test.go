package term

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestAllButNegates: "rarely", "seldom", "hardly" and "scarcely" all but
// negate what follows, and NegatedHeads gives the one word each negation
// governs first.
func TestAllButNegates(t *testing.T) {
	if got := Negated("Kerry rarely complained about it"); !slices.Contains(got, Word("complained")) {
		t.Errorf("rarely: %v", got)
	}
	got := NegatedHeads("Kerry rarely complained that his diplomacy had not been backed by force")
	if want := []string{Word("complained"), Word("backed")}; !slices.Equal(got, want) {
		t.Errorf("heads: %v, want %v", got, want)
	}
	if Negates("the talks had been hard going") {
		t.Error("hard going negates nothing")
	}
}

// TestYetToNegates: "had yet to endorse" says one has not.
func TestYetToNegates(t *testing.T) {
	if got := NegatedHeads("he had yet to endorse Clinton"); !slices.Equal(got, []string{Word("endorse")}) {
		t.Errorf("yet to: %v", got)
	}
}

// TestANotToWithoutItsVerb: "decided not to following the death of his
// son" leaves out the verb it negates, and negates none of the words
// after it; "decided not to run" negates running.
func TestANotToWithoutItsVerb(t *testing.T) {
	for _, text := range []string{
		"he ultimately decided not to following the death of his son",
		"she chose not to, after all, and the ferry left",
		"they had planned not to after the vote",
	} {
		if got := Negated(text); len(got) != 0 {
			t.Errorf("%q negates %v", text, got)
		}
	}
	if got := Negated("he decided not to run again"); !slices.Contains(got, Word("run")) {
		t.Errorf("not to run: %v", got)
	}
}

// TestAQuotationClosedByTwoApostrophes: a negation ends where a quotation
// closes, by two apostrophes as archives write it too.
func TestAQuotationClosedByTwoApostrophes(t *testing.T) {
	if got := Negated("''people that we couldn't get our hands on,'' he told Harbour TV."); slices.Contains(got, Word("told")) {
		t.Errorf("the saying is negated: %v", got)
	}
}

// TestRatherThanSetsAside: "rather than" and "instead of" negate the
// alternative they set aside, and nothing before them.
func TestRatherThanSetsAside(t *testing.T) {
	for _, text := range []string{"the consul, Tomas Lind, rather than a delegation from Osterby", "the consul, Tomas Lind, instead of a delegation from Osterby"} {
		got := Negated(text)
		if !slices.Contains(got, Word("delegation")) || slices.Contains(got, Word("consul")) {
			t.Errorf("%q: negated %v", text, got)
		}
	}
}

// negationSpec is the regular expression negations scans for, kept as
// the reference it must agree with.
var negationSpec = regexp.MustCompile(`(?i)\b(not|never|no|none|neither|nor|without|cannot|refused|declined|failed|denied|rejected|impossible|unable|rarely|seldom|hardly|scarcely|rather\s+than|instead\s+of)\b|n['’]t\b|\bnon-|\byet\s+to\b`)

// TestNegationsAgreeWithTheirSpec: the scan finds what the regular
// expression of the same words finds, at the same offsets, on every line
// of the built-in articles and on texts made to catch its edges.
func TestNegationsAgreeWithTheirSpec(t *testing.T) {
	texts := []string{
		"", "no", "No.", "not", "NOT_", "knot", "nothing", "Notably not", "2no", "x-not", "non-binding", "nonstop", "Non-",
		"don't", "DON'T", "can’t", "isn'tx", "n't", "n'", "n’", "'n't'", "won't've",
		"rather than", "rather  \t than", "ratherthan", "rather thanks", "rather, than", "instead of", "instead off", "insteadof",
		"yet to", "yet\nto", "yet tomorrow", "not yet to be", "neither nor", "they refused; declined, failed", "unable/impossible",
		"héllo not", "Ñot", "no-fly zone", "yes, no, maybe",
	}
	entries, err := os.ReadDir("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		data, err := os.ReadFile(filepath.Join("../../corpus", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	found := 0
	for _, text := range texts {
		var got [][]int
		for _, loc := range negations(text) {
			got = append(got, []int{loc[0], loc[1]})
		}
		want := negationSpec.FindAllStringIndex(text, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
		found += len(want)
	}
	if found < 50 {
		t.Errorf("only %d negations in all: the texts were not read", found)
	}
}
