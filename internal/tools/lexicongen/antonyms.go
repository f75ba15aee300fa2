package main

import (
	"path/filepath"
	"strings"
)

// runAntonyms writes the antonym table: for each of a word's most
// frequent senses, the words WordNet marks as its antonyms (win, lose;
// accept, reject; first, last), and for an adjective or adverb every word
// of its antonym's sense (big: little, small), each with its irregular
// forms from the exception lists (won, lost), as index terms.
func runAntonyms(dir string) error {
	synsets, err := readSynsets(dir)
	if err != nil {
		return err
	}
	forms, err := irregularForms(dir, "noun", "verb", "adj", "adv")
	if err != nil {
		return err
	}
	terms := func(lemma string) []string {
		var out []string
		for _, w := range append([]string{lemma}, forms[lemma]...) {
			if t := single(w); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	opposite := table{}
	err = eachSense(dir, synsets, func(lemma, p string, ss *synset) {
		wordNo := indexOf(ss.words, lemma) + 1
		for _, ptr := range ss.ptrs {
			t := synsets[ptr.target]
			if ptr.symbol != "!" || t == nil || ptr.srcWord != wordNo || ptr.dstWord <= 0 {
				continue
			}
			others := []string{t.words[ptr.dstWord-1]}
			if p == "a" || p == "s" || p == "r" {
				// An adjective or adverb is opposed to every word of its
				// opposite's sense: big to little and to small, rarely
				// to often and to frequently.
				others = t.words
			}
			for _, other := range others {
				for _, x := range terms(lemma) {
					for _, y := range terms(other) {
						opposite.link(x, y)
					}
				}
				if p == "a" || p == "s" {
					// Adjectives are opposed degree by degree:
					// highest and lowest, larger and smaller.
					for _, suffix := range []string{"er", "est"} {
						gx, gy := graded(lemma, suffix, forms), graded(other, suffix, forms)
						x, y := single(gx), single(gy)
						if gx != "" && gy != "" && x != "" && y != "" {
							opposite.link(x, y)
						}
					}
				}
			}
		}
	})
	if err != nil {
		return err
	}
	return writeTable("antonymous index terms", opposite)
}

// graded returns an adjective's comparative (suffix "er") or superlative
// ("est"): its irregular form from the exception lists when it has one
// (worse, worst), or the regular one of a short word (larger, earliest,
// highest), or "" for a word graded with more and most.
func graded(adj, suffix string, forms map[string][]string) string {
	adj = strings.SplitN(adj, "(", 2)[0] // adjective markers: "(a)", "(p)"
	for _, f := range forms[adj] {
		if strings.HasSuffix(f, suffix) || suffix == "est" && strings.HasSuffix(f, "st") && !strings.HasSuffix(f, "er") {
			return f
		}
	}
	if strings.HasSuffix(adj, "est") || syllables(adj) > 2 || syllables(adj) == 2 && !strings.HasSuffix(adj, "y") {
		return "" // more and most grade it: "more important"
	}
	switch n := len(adj); {
	case strings.HasSuffix(adj, "e"):
		return adj + suffix[1:]
	case n > 2 && adj[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(adj[n-2])):
		return adj[:n-1] + "i" + suffix
	}
	return adj + suffix
}

// syllables counts a word's groups of vowels, about its syllables.
func syllables(w string) int {
	n, in := 0, false
	for _, r := range strings.TrimSuffix(w, "e") {
		v := strings.ContainsRune("aeiouy", r)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// irregularForms maps each lemma to its irregular forms (win: won; child:
// children), from the exception lists of the parts of speech given.
func irregularForms(dir string, poses ...string) (map[string][]string, error) {
	forms := map[string][]string{}
	for _, pos := range poses {
		err := eachLine(filepath.Join(dir, pos+".exc"), func(line string) {
			f := strings.Fields(line)
			for _, lemma := range f[1:] {
				forms[lemma] = append(forms[lemma], f[0])
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return forms, nil
}
