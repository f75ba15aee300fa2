package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// trafilaturaItem is one page of trafilatura's evaldata.json.
type trafilaturaItem struct {
	File    string   `json:"file"`
	Date    string   `json:"date"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// trafilaturaSet scores snippets found and not found in each page's main
// text, and the dates.
func trafilaturaSet(dir string, verbose bool) error {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return err
	}
	var items map[string]trafilaturaItem
	if err := json.Unmarshal(b, &items); err != nil {
		return err
	}
	urls := make([]string, 0, len(items))
	for u := range items {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var tp, fp, fn, tn, pages, missing, refused, dated, datedRight int
	for _, u := range urls {
		it := items[u]
		body, err := os.ReadFile(filepath.Join(dir, "eval", it.File))
		if err != nil {
			body, err = os.ReadFile(filepath.Join(dir, "cache", it.File))
		}
		if err != nil {
			missing++
			continue
		}
		pages++
		a, err := read(body, u)
		text := ""
		if err == nil {
			text = fold(a.Text())
		} else {
			refused++
		}
		var notes []string
		for _, s := range it.With {
			if strings.Contains(text, fold(s)) {
				tp++
			} else {
				fn++
				notes = append(notes, "missed "+fmt.Sprintf("%q", s))
			}
		}
		for _, s := range it.Without {
			if strings.Contains(text, fold(s)) {
				fp++
				notes = append(notes, "kept "+fmt.Sprintf("%q", s))
			} else {
				tn++
			}
		}
		if it.Date != "" {
			dated++
			if !a.Date.IsZero() && a.Date.Format("2006-01-02") == it.Date {
				datedRight++
			} else {
				notes = append(notes, "date "+it.Date+", read "+a.Date.Format("2006-01-02"))
			}
		}
		if verbose && len(notes) > 0 {
			fmt.Printf("%s: %s\n", it.File, strings.Join(notes, "; "))
		}
	}
	if pages == 0 {
		return fmt.Errorf("no pages under %s", dir)
	}
	p, r, f := prf(tp, fp, fn)
	fmt.Printf("pages %d (refused %d, missing %d)\n", pages, refused, missing)
	fmt.Printf("snippets: precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f\n", p, r, f, float64(tp+tn)/float64(tp+tn+fp+fn))
	fmt.Printf("dates right: %d of %d (%.3f)\n", datedRight, dated, float64(datedRight)/float64(max(dated, 1)))
	return nil
}

// fold folds white space, as the main text's paragraphs are folded.
func fold(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
