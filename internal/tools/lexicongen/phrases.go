package main

import (
	"path/filepath"
	"strings"

	"github.com/parleybot/parley/rag/lexicon"
)

// runPhrases writes WordNet's verbs of several words ("call off", "get
// hold of", "take part") with the one-word terms of their most frequent
// senses: the other words of each sense (cancel; participate), the
// broader sense (postpone, delay) and the derived forms (participation).
// A phrase is keyed by lexicon.PhraseWord of each word, once for each
// form of its first word (got hold of, took part, getting hold of).
func runPhrases(dir string) error {
	synsets, err := readSynsets(dir)
	if err != nil {
		return err
	}
	forms, err := irregularForms(dir, "verb")
	if err != nil {
		return err
	}
	phrases := table{}
	err = readIndex(filepath.Join(dir, "index.verb"), func(lemma string, offsets []string) {
		words := strings.Split(lemma, "_")
		if len(words) < 2 || len(words) > lexicon.MaxPhraseWords || strings.Contains(lemma, "-") {
			return
		}
		var terms []string
		add := func(w string) {
			if t := single(w); t != "" {
				terms = append(terms, t)
			}
		}
		for i, off := range offsets {
			if i == sensesPerWord("v") {
				break
			}
			ss := synsets["v"+off]
			if ss == nil {
				continue
			}
			wordNo := indexOf(ss.words, lemma) + 1
			for _, w := range ss.words {
				add(w)
			}
			for _, ptr := range ss.ptrs {
				t := synsets[ptr.target]
				switch {
				case t == nil:
				case ptr.symbol == "@" && ptr.srcWord == 0:
					for _, w := range t.words {
						add(w)
					}
				case ptr.symbol == "+" && ptr.srcWord == wordNo && ptr.dstWord > 0:
					add(t.words[ptr.dstWord-1])
				}
			}
		}
		own := map[string]bool{}
		for _, w := range words {
			own[lexicon.PhraseWord(w)] = true
		}
		for _, first := range firstForms(words[0], forms[words[0]]) {
			keys := []string{lexicon.PhraseWord(first)}
			for _, w := range words[1:] {
				keys = append(keys, lexicon.PhraseWord(w))
			}
			key := strings.Join(keys, " ")
			for _, t := range terms {
				if !own[t] {
					phrases.add(key, t)
				}
			}
		}
	})
	if err != nil {
		return err
	}
	if err := addAbbreviations(dir, synsets, phrases); err != nil {
		return err
	}
	return writeTable("verb phrases and their related index terms, and the names abbreviations stand for", phrases)
}

// Abbreviations are of minAbbreviation to maxAbbreviation letters.
const (
	minAbbreviation = 3
	maxAbbreviation = 6
)

// abbreviationJoiners are the words of a name that give no initial:
// "Office of Management and Budget" is OMB.
var abbreviationJoiners = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "to": true}

// addAbbreviations keys the names of several words that a noun sense
// shares with their initials (initial public offering, IPO; gross
// domestic product, GDP) by the name's words, with the abbreviation's
// term: an article that writes "IPO" answers a question that writes the
// name out, and the other way round. Only an abbreviation WordNet knows
// in no other sense, and whose term is itself, is taken: "add" is a
// verb as well as attention deficit disorder, and "AIDS" the term "aid".
func addAbbreviations(dir string, synsets map[string]*synset, phrases table) error {
	senses := map[string]int{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := readIndex(filepath.Join(dir, "index."+pos), func(lemma string, offsets []string) {
			senses[lemma] += len(offsets)
		})
		if err != nil {
			return err
		}
	}
	for key, ss := range synsets {
		if key[0] != 'n' {
			continue
		}
		for _, abbr := range ss.words {
			low := strings.ToLower(abbr)
			if len(abbr) < minAbbreviation || len(abbr) > maxAbbreviation || strings.Trim(low, "abcdefghijklmnopqrstuvwxyz") != "" || senses[low] != 1 {
				continue
			}
			t := single(abbr)
			if t != low {
				continue // "AIDS" is the term "aid", of other words too
			}
			for _, name := range ss.words {
				words := strings.Split(strings.ToLower(name), "_")
				if len(words) < 2 || len(words) > lexicon.MaxPhraseWords {
					continue
				}
				var initials strings.Builder
				keys := make([]string, len(words))
				for i, w := range words {
					keys[i] = lexicon.PhraseWord(w)
					if !abbreviationJoiners[w] && w != "" {
						initials.WriteByte(w[0])
					}
				}
				if initials.String() == low {
					phrases.add(strings.Join(keys, " "), t)
				}
			}
		}
	}
	return nil
}

// firstForms are the forms of a phrase's first word to key it by: the
// word, its irregular forms (got, gotten), and, for a stop word that the
// index terms do not stem, its -s and -ing forms (gets, getting).
func firstForms(verb string, irregular []string) []string {
	out := append([]string{verb}, irregular...)
	if single(verb) == "" && !strings.Contains(verb, "-") {
		out = append(out, verb+"s", verb+"ing")
		if n := len(verb); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(verb[n-1])) && strings.ContainsRune("aeiou", rune(verb[n-2])) && !strings.ContainsRune("aeiou", rune(verb[n-3])) {
			out = append(out, verb+verb[n-1:]+"ing") // getting
		}
	}
	return out
}

// add puts b in a's set, one way.
func (t table) add(a, b string) {
	if t[a] == nil {
		t[a] = map[string]bool{}
	}
	t[a][b] = true
}
