package quote

import (
	"reflect"
	"testing"
)

func sentences(texts ...string) []Sentence {
	var out []Sentence
	for i, t := range texts {
		out = append(out, Sentence{Text: t, LineStart: i + 1, LineEnd: i + 1, Paragraph: i})
	}
	return out
}

// TestMentionsMemoFollowsLowerWords: a document read before is read again
// when another document makes a word its names turned on a common word,
// and again when that document leaves; each run gives what a run from
// scratch gives.
func TestMentionsMemoFollowsLowerWords(t *testing.T) {
	a := Document{Source: "a.txt", Key: "a1", Sentences: sentences(
		"Nevertheless Kerry met Lavrov in Geneva.", "The talks went on, officials said.")}
	b := Document{Source: "b.txt", Key: "b1", Sentences: sentences(
		"The talks went on nevertheless, officials said.")}
	alone, both := collectMentions([]Document{a}, nil, nil), collectMentions([]Document{a, b}, nil, nil)
	if reflect.DeepEqual(alone, both) {
		t.Fatal("b's lower-case word changes none of a's names; the test needs one that does")
	}
	var m1, m2, m3 Memo
	collectMentions([]Document{a}, nil, &m1)
	if got := collectMentions([]Document{a, b}, &m1, &m2); !reflect.DeepEqual(got, both) {
		t.Errorf("b added, with a memo: %v; from scratch: %v", keys(got), keys(both))
	}
	if got := collectMentions([]Document{a}, &m2, &m3); !reflect.DeepEqual(got, alone) {
		t.Errorf("b removed, with a memo: %v; from scratch: %v", keys(got), keys(alone))
	}
	if !reflect.DeepEqual(m3.lower, m1.lower) {
		t.Errorf("lower-case counts after b left: %v, want %v", m3.lower, m1.lower)
	}
	if m2.names["a.txt\x00a1"] == m1.names["a.txt\x00a1"] {
		t.Error("a was not read again when b made one of its words common")
	}
	m4 := Memo{}
	collectMentions([]Document{a, b}, &m2, &m4)
	if m4.names["a.txt\x00a1"] != m2.names["a.txt\x00a1"] {
		t.Error("a was read again though nothing it depends on changed")
	}
}

func keys(m map[string]*mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestTitleCaseGivesNoNames: a line in Title Case, a subhead say, gives
// no names: "Direct Hit On Jane Doe" is no person.
func TestTitleCaseGivesNoNames(t *testing.T) {
	d := Document{Source: "a.txt", Key: "a1", Sentences: sentences("Omar Ali Scores Direct Hit On Jane Doe.", "Jane Doe spoke in Lisbon on Monday.")}
	d.Sentences[0].TitleCase = true
	got := collectMentions([]Document{d}, nil, nil)
	if got["On Jane Doe"] != nil || got["Omar Ali Scores Direct Hit"] != nil || got["Jane Doe"] == nil {
		t.Errorf("names: %v", keys(got))
	}
}
