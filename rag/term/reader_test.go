package term

import (
	"fmt"
	"reflect"
	"regexp"
	"sync"
	"testing"
)

// TestReaderGivesWhatItRemembers: a Reader's tokens, surfaces and terms
// are those of Tokenize, Surfaces and Of, the first time and the second,
// and two callers appending to what it gave them do not meet.
func TestReaderGivesWhatItRemembers(t *testing.T) {
	texts := []string{
		"The U.S.-Russian talks in Astana were sponsored by Russia, Iran and Turkey.",
		"united NATIONS envoys and the United Kingdom's delegates; United Airlines.",
		"Kerry's aides said 300,000 people had fled; we're told it'll resume.",
		"",
	}
	r := NewReader(NewStems())
	for round := range 2 {
		for _, text := range texts {
			if got, want := r.Tokenize(text), Tokenize(text); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d: Tokenize(%q) = %v, want %v", round, text, got, want)
			}
			if got, want := r.Surfaces(text), Surfaces(text); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d: Surfaces(%q) = %v, want %v", round, text, got, want)
			}
			if got, want := r.Of(text), Of(text); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d: Of(%q) = %v, want %v", round, text, got, want)
			}
			if got, want := r.Word("sponsored"), Word("sponsored"); got != want {
				t.Errorf("Word = %q, want %q", got, want)
			}
		}
	}
	// Patterns matched against texts are remembered by pattern and text.
	when, who := regexp.MustCompile(`(?i)^when (did|was)\b`), regexp.MustCompile(`(?i)^who\b`)
	for round := range 2 {
		for _, q := range []string{"When did the talks start?", "when was it", "Who sponsored them?"} {
			for _, re := range []*regexp.Regexp{when, who} {
				if got, want := r.FindSubmatch(re, q), re.FindStringSubmatch(q); !reflect.DeepEqual(got, want) {
					t.Errorf("round %d: FindSubmatch(%v, %q) = %q, want %q", round, re, q, got, want)
				}
			}
		}
	}
	// Two holders of one text's terms each append their own.
	a, b := append(r.Of(texts[0]), "mine"), append(r.Of(texts[0]), "yours")
	if a[len(a)-1] != "mine" || b[len(b)-1] != "yours" {
		t.Errorf("appends to shared terms overwrote each other: %q, %q", a[len(a)-1], b[len(b)-1])
	}
	ta, tb := append(r.Tokenize(texts[0]), Token{Surface: "mine"}), append(r.Tokenize(texts[0]), Token{Surface: "yours"})
	if ta[len(ta)-1].Surface != "mine" || tb[len(tb)-1].Surface != "yours" {
		t.Errorf("appends to shared tokens overwrote each other")
	}
}

// TestReaderAndStemsAreSafeTogether: questions read at once share the
// engine's stems, and one question's reader may be read from several
// goroutines (run with -race).
func TestReaderAndStemsAreSafeTogether(t *testing.T) {
	stems := NewStems()
	r := NewReader(stems)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			other := NewReader(stems)
			text := []string{"Lavrov met Kerry in Geneva.", "The talks were postponed again."}[i%2]
			if got, want := r.Of(text), Of(text); !reflect.DeepEqual(got, want) {
				t.Errorf("Of(%q) = %v, want %v", text, got, want)
			}
			if got, want := other.Tokenize(text), Tokenize(text); !reflect.DeepEqual(got, want) {
				t.Errorf("Tokenize(%q) = %v, want %v", text, got, want)
			}
		}()
	}
	wg.Wait()
}

// TestStemsKeepABoundedMemory: words past maxStems are read afresh, not
// kept, and read the same.
func TestStemsKeepABoundedMemory(t *testing.T) {
	s := NewStems()
	for i := range maxStems + 100 {
		s.Word(fmt.Sprintf("talks%dx", i))
	}
	if n := len(s.stemOf); n != maxStems {
		t.Errorf("kept %d words, want %d", n, maxStems)
	}
	if got, want := s.Word("negotiations"), Word("negotiations"); got != want {
		t.Errorf("a word past the bound: %q, want %q", got, want)
	}
}
