// Package lexicon tells which index terms are related in meaning: synonyms
// (postpone, delay), derived forms (backer, back), places and their
// adjectives and capitals (Russian, Moscow, Russia); and which are
// opposites (win, lose). The table is made from
// WordNet 3.0 by internal/tools/lexicongen and embedded, so it works
// offline. WordNet 3.0 Copyright 2006 by Princeton University; see the
// README for its licence.
package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/parleybot/parley/rag/term"
)

//go:embed related.txt.gz
var relatedGz []byte

//go:embed antonyms.txt.gz
var antonymsGz []byte

//go:embed phrases.txt.gz
var phrasesGz []byte

//go:embed names.txt.gz
var namesGz []byte

//go:embed forms.txt.gz
var formsGz []byte

// Lexicon maps an index term to the terms related to it, and to its
// antonyms. It is read-only and safe for concurrent use.
type Lexicon struct {
	related  map[string][]string
	antonyms map[string][]string
	// phrases maps a verb of several words, keyed by PhraseWord of each
	// word joined by spaces ("call off", "get hold of"), to the one-word
	// terms of its senses (cancel; take, contact).
	phrases map[string][]string
	// phrasesOf maps a one-word term to the verbs of several words it is
	// a sense of (happen: "take place"): phrases read the other way.
	phrasesOf map[string][]string
	// names are the terms of words WordNet writes only with a capital
	// (Germany, Isis).
	names map[string][]string
	// forms links the terms of verbs' and nouns' irregular forms and
	// their bases, both ways (eat: ate eaten; ate: eat).
	forms map[string][]string
}

// Load reads the embedded tables. It takes a few tens of milliseconds, so
// callers load it once and keep it.
func Load() (*Lexicon, error) {
	// Values repeat across keys: share one string per term.
	intern := make(map[string]string, 1<<16)
	related, err := readTable(relatedGz, 1<<16, intern)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded lexicon: %w", err)
	}
	antonyms, err := readTable(antonymsGz, 1<<12, intern)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded antonyms: %w", err)
	}
	phrases, err := readTable(phrasesGz, 1<<13, intern)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded phrases: %w", err)
	}
	names, err := readTable(namesGz, 1<<14, intern)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded proper names: %w", err)
	}
	forms, err := readTable(formsGz, 1<<12, intern)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded irregular forms: %w", err)
	}
	phrasesOf := make(map[string][]string, 1<<13)
	for p, senses := range phrases {
		for _, t := range senses {
			phrasesOf[t] = append(phrasesOf[t], p)
		}
	}
	for _, ps := range phrasesOf {
		sort.Strings(ps)
	}
	return &Lexicon{related: related, antonyms: antonyms, phrases: phrases, phrasesOf: phrasesOf, names: names, forms: forms}, nil
}

// readTable reads a gzipped table of lines "term<TAB>term term …" after a
// version header.
func readTable(gz []byte, size int, intern map[string]string) (map[string][]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	out := make(map[string][]string, size)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			if err := checkHeader(line); err != nil {
				return nil, err
			}
			continue
		}
		key, vals, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		fs := strings.Fields(vals)
		terms := make([]string, len(fs))
		for i, f := range fs {
			s, ok := intern[f]
			if !ok {
				intern[f] = f
				s = f
			}
			terms[i] = s
		}
		out[key] = terms
	}
	return out, sc.Err()
}

// checkHeader makes sure the table was made with today's index terms.
func checkHeader(line string) error {
	i := strings.LastIndex(line, "term.Version ")
	if i < 0 {
		return fmt.Errorf("the embedded lexicon has no version header")
	}
	v, err := strconv.Atoi(strings.TrimSpace(line[i+len("term.Version "):]))
	if err != nil || v != term.Version {
		return fmt.Errorf("the embedded lexicon was made for term.Version %q, not %d: run internal/tools/lexicongen", line[i:], term.Version)
	}
	return nil
}

// IsProperName reports whether WordNet writes the word of term t only as
// a name, with a capital (Germany, Isis; not turkey, china or trump).
func (lx *Lexicon) IsProperName(t string) bool {
	_, ok := lx.names[t]
	return ok
}

// Knows reports whether WordNet has the word of term t, with a word
// related to it or an opposite.
func (lx *Lexicon) Knows(t string) bool {
	return lx != nil && (lx.related[t] != nil || lx.antonyms[t] != nil)
}

// Related returns the terms related to t, sorted; nil when there are none.
// The slice is shared: do not change it.
func (lx *Lexicon) Related(t string) []string {
	if lx == nil {
		return nil
	}
	return lx.related[t]
}

// Forms returns the terms of t's irregular forms, or of the base t is an
// irregular form of (eat: ate, eaten; paid: pay), sorted; nil when there
// are none. The slice is shared: do not change it.
func (lx *Lexicon) Forms(t string) []string {
	if lx == nil {
		return nil
	}
	return lx.forms[t]
}

// Antonyms returns the terms WordNet gives as opposites of t (win: lose;
// accept: refuse, reject), sorted; nil when there are none. The slice is
// shared: do not change it.
func (lx *Lexicon) Antonyms(t string) []string {
	if lx == nil {
		return nil
	}
	return lx.antonyms[t]
}

// MaxPhraseWords is the most words a phrase of the table has.
const MaxPhraseWords = 4

// PhraseWord is a word's key in a phrase: its index term, or, for a stop
// word, the word in lower case ("off", "of", "got").
func PhraseWord(w string) string {
	if t := term.Word(w); t != "" {
		return t
	}
	return strings.ToLower(w)
}

// Phrase returns the terms related to the verb of several words whose
// PhraseWord keys are keys ("call", "off": cancel, scratch, scrub), nil
// when WordNet has no such verb. The slice is shared: do not change it.
func (lx *Lexicon) Phrase(keys []string) []string {
	if lx == nil || len(keys) < 2 || len(keys) > MaxPhraseWords {
		return nil
	}
	return lx.phrases[strings.Join(keys, " ")]
}

// PhrasesOf returns the verbs of several words that t is a sense of, as
// Phrase keys them joined by spaces ("take place" for happen), and the
// names an abbreviation stands for ("initial public offering" for IPO),
// sorted; nil when there are none. The slice is shared: do not change it.
func (lx *Lexicon) PhrasesOf(t string) []string {
	if lx == nil {
		return nil
	}
	return lx.phrasesOf[t]
}

// Len returns the number of terms with related terms.
func (lx *Lexicon) Len() int { return len(lx.related) }
