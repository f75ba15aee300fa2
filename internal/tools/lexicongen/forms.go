package main

import (
	"path/filepath"
	"strings"
)

// runForms writes the irregular-form table: each verb's and noun's
// irregular forms from WordNet's exception lists (ate, eaten: eat; paid:
// pay; mice: mouse) and the base back from each form, as index terms,
// where the stemmer leaves them apart. A form whose term is a verb's of
// WordNet (found, of "to found"; fell, of "to fell"; leaves, whose term
// is leave's) is left out: it would meet a word of another meaning.
func runForms(dir string) error {
	verbs := map[string]bool{} // the index terms of WordNet's verbs
	err := eachLine(filepath.Join(dir, "index.verb"), func(line string) {
		if lemma, _, ok := strings.Cut(line, " "); ok && !strings.HasPrefix(line, " ") {
			verbs[single(lemma)] = true
		}
	})
	if err != nil {
		return err
	}
	forms := table{}
	for _, pos := range []string{"verb", "noun"} {
		err := eachLine(filepath.Join(dir, pos+".exc"), func(line string) {
			f := strings.Fields(line)
			if len(f) < 2 || verbs[single(f[0])] {
				return // "found" is a verb's; "leaves" (of leaf) is "leave"'s term
			}
			for _, lemma := range f[1:] {
				forms.link(single(f[0]), single(lemma))
			}
		})
		if err != nil {
			return err
		}
	}
	return writeTable("irregular-form index terms", forms)
}
