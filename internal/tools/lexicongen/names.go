package main

import (
	"unicode"
	"unicode/utf8"
)

// runNames writes the proper-name table: the index terms of one-word
// lemmas WordNet writes only with a capital, in every sense of every
// part of speech (Germany, Isis, Hezbollah), and never in lower case
// (so not turkey, china or trump). A question typed in lower case names
// such a word as a name.
func runNames(dir string) error {
	synsets, err := readSynsets(dir)
	if err != nil {
		return err
	}
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, ss := range synsets {
		for _, w := range ss.words {
			t := single(w)
			if t == "" {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				capital[t] = true
			} else {
				lower[t] = true
			}
		}
	}
	names := table{}
	for t := range capital {
		if !lower[t] {
			names[t] = map[string]bool{}
		}
	}
	return writeTable("proper-name index terms", names)
}
