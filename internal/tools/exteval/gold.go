package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// goldSet scores the words of each page in DIR/html against the text of
// its namesake in DIR/gold (a .txt holding the title and the main text, as
// people marked it), micro-averaged over all words and macro-averaged over
// pages. The title and paragraphs are scored, not the date line.
func goldSet(dir string, verbose bool) error {
	names, err := filepath.Glob(filepath.Join(dir, "html", "*.htm*"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	var score tokenScore
	for _, src := range names {
		base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		want, err := os.ReadFile(filepath.Join(dir, "gold", base+".txt"))
		if err != nil {
			continue
		}
		body, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		a, err := read(body, "https://news.example/"+base)
		var got []string
		if err != nil {
			score.refused++
		} else {
			got = words(a.Title + "\n" + paragraphText(a))
		}
		wantWords := words(string(want))
		f := score.add(got, wantWords)
		if verbose {
			fmt.Printf("%-40s F1 %.3f (%d words, want %d)\n", base, f, len(got), len(wantWords))
		}
	}
	if score.pages == 0 {
		return fmt.Errorf("no pages under %s/html with a gold text", dir)
	}
	score.print()
	return nil
}
