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
	var tp, fp, fn, pages, refused int
	var macroF float64
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
		pages++
		a, err := read(body, "https://news.example/"+base)
		var got []string
		if err != nil {
			refused++
		} else {
			got = words(a.Title + "\n" + paragraphText(a))
		}
		wantWords := words(string(want))
		k := overlap(got, wantWords)
		tp += k
		fp += len(got) - k
		fn += len(wantWords) - k
		_, _, f := prf(k, len(got)-k, len(wantWords)-k)
		macroF += f
		if verbose {
			fmt.Printf("%-40s F1 %.3f (%d words, want %d)\n", base, f, len(got), len(wantWords))
		}
	}
	if pages == 0 {
		return fmt.Errorf("no pages under %s/html with a gold text", dir)
	}
	p, r, f := prf(tp, fp, fn)
	fmt.Printf("pages %d (refused %d)\n", pages, refused)
	fmt.Printf("words: precision %.3f  recall %.3f  F1 %.3f (micro); mean page F1 %.3f\n", p, r, f, macroF/float64(pages))
	return nil
}
