package quote

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
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
	alone, both := collectMentions([]Document{a}, nil, nil).mentions, collectMentions([]Document{a, b}, nil, nil).mentions
	if reflect.DeepEqual(alone, both) {
		t.Fatal("b's lower-case word changes none of a's names; the test needs one that does")
	}
	var m1, m2, m3 Memo
	collectMentions([]Document{a}, nil, &m1)
	if got := collectMentions([]Document{a, b}, &m1, &m2).mentions; !reflect.DeepEqual(got, both) {
		t.Errorf("b added, with a memo: %v; from scratch: %v", keys(got), keys(both))
	}
	if got := collectMentions([]Document{a}, &m2, &m3).mentions; !reflect.DeepEqual(got, alone) {
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
	got := collectMentions([]Document{d}, nil, nil).mentions
	if got["On Jane Doe"] != nil || got["Omar Ali Scores Direct Hit"] != nil || got["Jane Doe"] == nil {
		t.Errorf("names: %v", keys(got))
	}
}

// TestUpdatedNamesAreNamesFromScratch: a run that updates the names an
// earlier run chose, as articles are added, changed and removed, gives
// what a run from scratch gives, quotations, canonical names and
// speakers alike, also when the memo was saved and loaded between runs,
// as a new process does.
func TestUpdatedNamesAreNamesFromScratch(t *testing.T) {
	pool := []string{
		`"We will not sign," port director Ilse Brandt said.`,
		`"Nothing has changed," Brandt added.`,
		`Tomas Brandt, the union's lawyer, said talks would resume.`,
		`"The strike goes on," said Tomas Brandt.`,
		`"It is over," Brandt told reporters.`,
		`Mayor Ana Ruiz said the city would mediate.`,
		`"We are ready," Ruiz said.`,
		`"The port loses money every day," said the Harbour Board in a statement.`,
		`Nevertheless Ruiz met Brandt on Monday.`,
		`The talks went on nevertheless, officials said.`,
		`"We will see," said Ana M. Ruiz.`,
		`"No comment," said CNN President Jeff Zucker.`,
		`"Fine," Zucker said.`,
		`"We cover the strike," said Zucker, the network's head.`,
	}
	rng := rand.New(rand.NewPCG(7, 11))
	doc := func(n int) Document {
		var texts []string
		key := ""
		for range 2 + rng.IntN(4) {
			i := rng.IntN(len(pool))
			texts = append(texts, pool[i])
			key += fmt.Sprint(i, ".")
		}
		return Document{Source: fmt.Sprintf("d%03d.txt", n), Key: key, Sentences: sentences(texts...)}
	}
	var docs []Document
	for n := range 6 {
		docs = append(docs, doc(n))
	}
	memo := &Memo{}
	next := 6
	for step := range 80 {
		switch k := rng.IntN(3); {
		case k == 0 || len(docs) < 2:
			docs = append(docs, doc(next))
			next++
		case k == 1:
			i := rng.IntN(len(docs))
			docs = slices.Delete(docs, i, i+1)
		default:
			i := rng.IntN(len(docs))
			d := doc(0)
			d.Source = docs[i].Source
			docs[i] = d
		}
		sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
		prev := *memo
		memo = &prev // a build copies the memo it updates, as the index does
		got := ExtractWith(slices.Clone(docs), memo, nil)
		want := ExtractWith(slices.Clone(docs), nil, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: updated run %+v, from scratch %+v", step, got.Speakers, want.Speakers)
		}
		if step%4 == 3 { // a new process loads the index: the memo is saved and loaded
			keys := map[string]string{}
			for _, d := range docs {
				keys[d.Source] = d.Key
			}
			loaded := Remember(keys, got.Quotes)
			if err := loaded.LoadNames(memo.SavedNames()); err != nil {
				t.Fatalf("step %d: loading the saved names: %v", step, err)
			}
			memo = loaded
		}
	}
}

// TestCorpusOrderIsTheDocumentsOrder: a speaker's first role is the one
// the first document gives, in the order the documents come, sorted by
// Source or not.
func TestCorpusOrderIsTheDocumentsOrder(t *testing.T) {
	b := Document{Source: "b.txt", Key: "b", Sentences: sentences(`Port director Ilse Brandt met the dockers on Monday.`, `"We will go," Brandt said.`)}
	a := Document{Source: "a.txt", Key: "a", Sentences: sentences(`Union lawyer Ilse Brandt met the dockers on Friday.`, `"We stay," Brandt said.`)}
	for _, tc := range []struct {
		docs []Document
		want string
	}{{[]Document{b, a}, "Port director"}, {[]Document{a, b}, "Union lawyer"}} {
		res := Extract(tc.docs)
		if len(res.Speakers) != 1 || res.Speakers[0].Role != tc.want {
			t.Errorf("documents %s, %s: speakers %+v, want one with the role %q", tc.docs[0].Source, tc.docs[1].Source, res.Speakers, tc.want)
		}
	}
}

// TestAContractionIsNoRole: "That’s Ilse Brandt" says who she is, not
// whose: "That" is no role.
func TestAContractionIsNoRole(t *testing.T) {
	d := Document{Source: "a.txt", Key: "a", Sentences: sentences(`The dockers want someone who knows the cranes. That’s Ilse Brandt, they say.`, `"We will go," Brandt said.`)}
	res := Extract([]Document{d})
	if len(res.Speakers) != 1 || res.Speakers[0].Name != "Ilse Brandt" || res.Speakers[0].Role != "" {
		t.Errorf("speakers %+v, want Ilse Brandt with no role", res.Speakers)
	}
}
