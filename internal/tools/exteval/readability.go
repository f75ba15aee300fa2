package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// readabilityMeta is the part of expected-metadata.json exteval reads.
type readabilityMeta struct {
	PublishedTime *string `json:"publishedTime"`
	Readerable    *bool   `json:"readerable"`
}

// readabilitySet scores the main text's words against each page's
// expected.html, micro-averaged over all words and macro-averaged over
// pages, and the dates against publishedTime.
func readabilitySet(dir string, verbose bool) error {
	names, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	var score tokenScore
	var dated, datedRight int
	for _, src := range names {
		page := filepath.Dir(src)
		body, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		want, err := os.ReadFile(filepath.Join(page, "expected.html"))
		if err != nil {
			continue
		}
		var meta readabilityMeta
		if b, err := os.ReadFile(filepath.Join(page, "expected-metadata.json")); err == nil {
			_ = json.Unmarshal(b, &meta)
		}
		wantWords := words(htmlText(string(want)))
		a, err := read(body, "http://fakehost/test/page.html")
		gotWords := words(paragraphText(a))
		if err != nil {
			score.refused++
			gotWords = nil
		}
		f := score.add(gotWords, wantWords)
		dateNote := ""
		if meta.PublishedTime != nil && *meta.PublishedTime != "" {
			dated++
			if sameDay(*meta.PublishedTime, a.Date) {
				datedRight++
			} else {
				dateNote = fmt.Sprintf(" date %s, read %s", *meta.PublishedTime, a.Date.Format("2006-01-02"))
			}
		}
		if verbose {
			fmt.Printf("%-40s F1 %.3f (%d words, want %d)%s\n", filepath.Base(page), f, len(gotWords), len(wantWords), dateNote)
		}
	}
	if score.pages == 0 {
		return fmt.Errorf("no pages under %s", dir)
	}
	score.print()
	fmt.Printf("dates right: %d of %d\n", datedRight, dated)
	return nil
}

// sameDay reports whether a read date falls on the day an ISO 8601 stamp
// begins with.
func sameDay(want string, got time.Time) bool {
	return !got.IsZero() && len(want) >= 10 && got.Format("2006-01-02") == want[:10]
}
