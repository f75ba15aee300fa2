package main

import (
	"path/filepath"
	"strings"
)

// runAntonyms writes the antonym table: for each of a word's most
// frequent senses, the words WordNet marks as its antonyms (win, lose;
// accept, reject; first, last), each with its irregular forms from the
// exception lists (won, lost), as index terms.
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
			if ptr.symbol == "!" && t != nil && ptr.srcWord == wordNo && ptr.dstWord > 0 {
				for _, x := range terms(lemma) {
					for _, y := range terms(t.words[ptr.dstWord-1]) {
						opposite.link(x, y)
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
