// Command newsgen makes a large corpus of news for benchmarks from a
// folder of real articles (PolNeAR's train split, say), kept outside the
// repo: copy k of an article has every name changed by a syllable of its
// own, so the corpus has as many distinct speakers as real news would,
// not the same few repeated:
//
//	go run ./internal/tools/newsgen -in polnear/data/train/text -out /tmp/news10k -n 10000
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	in := flag.String("in", "", "a folder of .txt articles")
	out := flag.String("out", "", "the folder to write")
	n := flag.Int("n", 10000, "how many articles to write")
	flag.Parse()
	if *in == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: newsgen -in DIR -out DIR [-n 10000]")
		os.Exit(2)
	}
	if err := run(*in, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "newsgen:", err)
		os.Exit(1)
	}
}

// nameRe matches a capitalised word that does not open a sentence or a
// line: a name, most often.
var nameRe = regexp.MustCompile(`([a-z,;] )([A-Z][a-z]{2,})\b`)

// syllables vary names; copy k takes a pair of them.
var syllables = []string{"ak", "el", "ov", "ina", "ur", "esh", "ado", "im", "ton", "ski", "ara", "ey", "oz", "ell", "und", "ari"}

func run(in, out string, n int) error {
	files, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .txt articles in %s", in)
	}
	sort.Strings(files)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		src := files[i%len(files)]
		data, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		copyN := i / len(files)
		text := string(data)
		if copyN > 0 {
			suffix := syllables[copyN%len(syllables)] + syllables[(copyN/len(syllables))%len(syllables)]
			text = nameRe.ReplaceAllString(text, "${1}${2}"+suffix)
		}
		name := fmt.Sprintf("%05d_%s", i, strings.TrimSuffix(filepath.Base(src), ".txt")+".txt")
		if err := os.WriteFile(filepath.Join(out, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
