package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parleybot/parley/rag"
)

// minTypedWords is the fewest words of a gold quotation typed into
// who-said: shorter ones ("a mistake") name nobody in particular.
const minTypedWords = 5

// scoreWhoSaid types real quotations, with named speakers, into who-said
// over the same articles and scores its first answer: the same person as
// the gold source, someone else, unattributed, or nothing.
func scoreWhoSaid(dir string, gold map[string][]attribution, limit, verbose int) error {
	type typed struct{ text, source string }
	var all []typed
	srcs := make([]string, 0, len(gold))
	for src := range gold {
		srcs = append(srcs, src)
	}
	sort.Strings(srcs)
	for _, src := range srcs {
		for _, a := range gold[src] {
			if !named(a.source) {
				continue
			}
			for _, m := range quotedRe.FindAllStringSubmatch(a.content, -1) {
				if len(strings.Fields(m[1])) >= minTypedWords {
					all = append(all, typed{strings.TrimSpace(m[1]), a.source})
					break
				}
			}
		}
	}
	// An even sample across the articles when there are more than limit.
	picked := all
	if len(all) > limit {
		picked = make([]typed, 0, limit)
		for i := 0; i < limit; i++ {
			picked = append(picked, all[i*len(all)/limit])
		}
	}
	ctx := context.Background()
	eng, _, err := rag.Open(ctx, rag.Options{Corpus: os.DirFS(filepath.Join(dir, "text")), CorpusName: dir})
	if err != nil {
		return err
	}
	var right, wrong, unattributed, none int
	var misses []string
	for _, q := range picked {
		ms, err := eng.WhoSaid(ctx, q.text)
		if err != nil {
			none++
			continue
		}
		switch {
		case len(ms) == 0:
			none++
		case ms[0].Speaker == "":
			unattributed++
			if len(misses) < verbose {
				misses = append(misses, fmt.Sprintf("gold %q, unattributed: %s | %s:%d", q.source, shorten(q.text), ms[0].Source, ms[0].Line))
			}
		case samePerson(q.source, ms[0].Speaker):
			right++
		default:
			wrong++
			if len(misses) < verbose {
				misses = append(misses, fmt.Sprintf("gold %q, got %q: %s", q.source, ms[0].Speaker, shorten(q.text)))
			}
		}
	}
	n := len(picked)
	pct := func(a int) string { return fmt.Sprintf("%.2f (%d/%d)", float64(a)/float64(max(n, 1)), a, n) }
	fmt.Printf("\nwho-said, first answer, on %d real quotations:\n", n)
	fmt.Printf("  the right person   %s\n", pct(right))
	fmt.Printf("  someone else       %s\n", pct(wrong))
	fmt.Printf("  unattributed       %s\n", pct(unattributed))
	fmt.Printf("  nothing found      %s\n", pct(none))
	for _, m := range misses {
		fmt.Println("  -", m)
	}
	return nil
}
