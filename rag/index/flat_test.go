package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	chromem "github.com/philippgille/chromem-go"

	"github.com/parleybot/parley/rag/embed"
)

// randomUnit returns n random unit vectors of dim.
func randomUnit(n, dim int, seed int64) [][]float32 {
	rng := rand.New(rand.NewSource(seed))
	out := make([][]float32, n)
	for i := range out {
		v := make([]float32, dim)
		for j := range v {
			v[j] = float32(rng.NormFloat64())
		}
		embed.Normalize(v)
		out[i] = v
	}
	return out
}

// TestFlatSearchRows: a search over some rows finds, in order, the rows of
// the full ranking that are among them.
func TestFlatSearchRows(t *testing.T) {
	ctx := context.Background()
	vs := randomUnit(500, 32, 3)
	coll, ids := collectionOf(t, vs)
	f := newFlat(ctx, collections{coll}, ids)
	var rows []int
	in := map[string]bool{}
	for i := 0; i < len(ids); i += 3 {
		rows = append(rows, i)
		in[f.ids[i]] = true
	}
	for _, q := range randomUnit(10, 32, 4) {
		var want []Hit
		for _, h := range f.search(q, len(ids)) {
			if in[h.ID] && len(want) < 8 {
				want = append(want, h)
			}
		}
		if got := f.searchRows(q, 8, rows); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("over every third row:\n%v\nwant\n%v", got, want)
		}
	}
	if got := f.searchRows(randomUnit(1, 32, 5)[0], 8, []int{}); len(got) != 0 {
		t.Errorf("no rows: %v", got)
	}
}

// TestFlatHoldsEachVector: each row reads back as the vector copied in,
// across blocks and in the last, partial one.
func TestFlatHoldsEachVector(t *testing.T) {
	vs := randomUnit(2*flatBlock+37, 24, 7)
	coll, ids := collectionOf(t, vs)
	f := newFlat(context.Background(), collections{coll}, ids)
	if f.blocks() != 3 {
		t.Fatalf("%d blocks, want 3", f.blocks())
	}
	for i, id := range ids {
		if got := f.vector(id); !slices.Equal(got, vs[i]) {
			t.Fatalf("row %d reads back as %v, want %v", i, got[:3], vs[i][:3])
		}
	}
	if f.vector("nobody") != nil {
		t.Error("an unknown ID has a vector")
	}
}

// TestFlatSearchMatchesChromem: the flat scan finds what chromem-go's query
// finds, in the same order.
func TestFlatSearchMatchesChromem(t *testing.T) {
	ctx := context.Background()
	vs := randomUnit(2000, 64, 1)
	coll, ids := collectionOf(t, vs)
	f := newFlat(ctx, collections{coll}, ids)
	for _, q := range randomUnit(20, 64, 2) {
		want, err := coll.QueryEmbedding(ctx, q, 10, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := f.search(q, 10)
		var positive []chromem.Result
		for _, r := range want {
			if r.Similarity > 0 {
				positive = append(positive, r)
			}
		}
		if len(got) != len(positive) {
			t.Fatalf("%d hits, chromem %d", len(got), len(positive))
		}
		for i := range got {
			if got[i].ID != positive[i].ID {
				t.Errorf("hit %d is %s, chromem's %s", i, got[i].ID, positive[i].ID)
			}
		}
	}
}

func collectionOf(t testing.TB, vs [][]float32) (*chromem.Collection, []string) {
	db := chromem.NewDB()
	coll, err := db.CreateCollection("c", nil, func(context.Context, string) ([]float32, error) { return nil, nil })
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]chromem.Document, len(vs))
	ids := make([]string, len(vs))
	for i, v := range vs {
		ids[i] = "d" + strconv.Itoa(i)
		docs[i] = chromem.Document{ID: ids[i], Embedding: v, Content: ids[i]}
	}
	if err := coll.AddDocuments(context.Background(), docs, 2); err != nil {
		t.Fatal(err)
	}
	return coll, ids
}

// BenchmarkVectorSearch compares, over 100,000 vectors of 256 and 384
// dimensions, chromem-go's QueryEmbedding, the flat scan Parley uses, and
// the memory floor: summing the same floats, which only reads them. The
// bytes reported are the vectors' size, so MB/s compares with the floor.
func BenchmarkVectorSearch(b *testing.B) {
	ctx := context.Background()
	for _, dim := range []int{256, 384} {
		vs := randomUnit(100_000, dim, 3)
		coll, ids := collectionOf(b, vs)
		f := newFlat(ctx, collections{coll}, ids)
		q := randomUnit(1, dim, 4)[0]
		bytes := int64(len(vs) * dim * 4)
		b.Run(fmt.Sprintf("chromem/d%d", dim), func(b *testing.B) {
			b.SetBytes(bytes)
			for b.Loop() {
				if _, err := coll.QueryEmbedding(ctx, q, 50, nil, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("flat/d%d", dim), func(b *testing.B) {
			b.SetBytes(bytes)
			for b.Loop() {
				f.search(q, 50)
			}
		})
		// A question as the local embedder makes it: a few of the
		// lexical dimensions, and the last 100 (the word vectors).
		sparse := make([]float32, dim)
		rng := rand.New(rand.NewSource(5))
		for range 12 {
			sparse[rng.Intn(dim-100)] = float32(rng.NormFloat64())
		}
		for d := dim - 100; d < dim; d++ {
			sparse[d] = float32(rng.NormFloat64())
		}
		embed.Normalize(sparse)
		b.Run(fmt.Sprintf("flat-question/d%d", dim), func(b *testing.B) {
			b.SetBytes(bytes)
			for b.Loop() {
				f.search(sparse, 50)
			}
		})
		b.Run(fmt.Sprintf("floor/d%d", dim), func(b *testing.B) {
			b.SetBytes(bytes)
			var sink float32
			for b.Loop() {
				var s0, s1, s2, s3 float32
				for _, all := range f.cols {
					for i := 0; i+4 <= len(all); i += 4 {
						s0 += all[i]
						s1 += all[i+1]
						s2 += all[i+2]
						s3 += all[i+3]
					}
				}
				sink += s0 + s1 + s2 + s3
			}
			_ = sink
		})
	}
}

// A flat copy written and read back is the same, and a damaged header or
// block file is refused, not misread.
func TestFlatFileRoundTripAndDamage(t *testing.T) {
	ctx := context.Background()
	vs := randomUnit(2*flatBlock+300, 32, 3)
	coll, ids := collectionOf(t, vs)
	f := newFlat(ctx, collections{coll}, ids)
	dir := t.TempDir()
	files, err := f.save(dir, dir, "x.flat")
	if err != nil {
		t.Fatal(err)
	}
	g, err := readFlat(dir, "x.flat")
	if err != nil {
		t.Fatal(err)
	}
	if g.dim != f.dim || !slices.Equal(g.ids, f.ids) || !slices.EqualFunc(g.cols, f.cols, slices.Equal) || g.row[ids[len(ids)-1]] != len(ids)-1 {
		t.Fatalf("read back differs: dim %d, %d ids, %d blocks", g.dim, len(g.ids), len(g.cols))
	}
	if !slices.Equal(g.files, files) || len(files) != 3 {
		t.Fatalf("the copy read remembers its blocks' files as %v, the save gave %v", g.files, files)
	}
	header, _ := os.ReadFile(filepath.Join(dir, "x.flat"))
	block, _ := os.ReadFile(files[1].path)
	for name, damage := range map[string]func(){
		"a flipped bit in the header": func() {
			b := slices.Clone(header)
			b[len(b)/2] ^= 1
			os.WriteFile(filepath.Join(dir, "x.flat"), b, 0o644)
		},
		"the header truncated": func() { os.WriteFile(filepath.Join(dir, "x.flat"), header[:len(header)-100], 0o644) },
		"the header too short": func() { os.WriteFile(filepath.Join(dir, "x.flat"), header[:5], 0o644) },
		"a huge count": func() {
			os.WriteFile(filepath.Join(dir, "x.flat"), withCRC(append([]byte(flatMagic), 0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 1)), 0o644)
		},
		"no dimensions":                   func() { os.WriteFile(filepath.Join(dir, "x.flat"), withCRC(append([]byte(flatMagic), 0, 3, 3)), 0o644) },
		"a block file with a bit flipped": func() { b := slices.Clone(block); b[7] ^= 1; os.WriteFile(files[1].path, b, 0o644) },
		"a block file truncated":          func() { os.WriteFile(files[1].path, block[:len(block)-4], 0o644) },
		"a block file missing":            func() { os.Remove(files[1].path) },
	} {
		damage()
		if _, err := readFlat(dir, "x.flat"); err == nil {
			t.Errorf("%s: read without error", name)
		}
		os.WriteFile(filepath.Join(dir, "x.flat"), header, 0o644)
		os.WriteFile(files[1].path, block, 0o644)
	}
}

// withCRC appends the checksum a flat file's header ends with.
func withCRC(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(body, crc32.ChecksumIEEE(body))
}

// TestSavedCopyLinksTheBlocksItShares: a copy that shares blocks with
// one saved before links their files into its snapshot instead of
// writing them again, and writes the blocks it changed; both read back.
func TestSavedCopyLinksTheBlocksItShares(t *testing.T) {
	ids, srcs, old := blocksOfRandom()
	first, second := t.TempDir(), t.TempDir()
	files, err := old.save(first, first, "c.flat")
	if err != nil {
		t.Fatal(err)
	}
	old.saved(files)
	for i := range ids {
		srcs[i] = vecSource{f: old, row: i}
	}
	grown := newFlatFrom(append(slices.Clone(ids), "n0"), append(srcs, vecSource{v: randomUnit(1, 8, 6)[0]}))
	if _, err := grown.save(second, second, "c.flat"); err != nil {
		t.Fatal(err)
	}
	for b, wantLinked := range []bool{true, true, false} {
		was, _ := os.Stat(files[b].path)
		now, err := os.Stat(filepath.Join(second, filepath.Base(files[b].path)))
		if linked := err == nil && os.SameFile(was, now); linked != wantLinked {
			t.Errorf("block %d linked %v, want %v", b, linked, wantLinked)
		}
	}
	back, err := readFlat(second, "c.flat")
	if err != nil || !slices.Equal(back.ids, grown.ids) || !slices.EqualFunc(back.cols, grown.cols, slices.Equal) {
		t.Fatalf("the grown copy does not read back (%v)", err)
	}
}

// TestFlatScanParallelMatchesSerial: a scan split over parts keeps the
// rows a single scan keeps, in the same order, ties included.
func TestFlatScanParallelMatchesSerial(t *testing.T) {
	ctx := context.Background()
	vs := randomUnit(4000, 16, 5)
	vs = append(vs, vs[:100]...) // ties: the same vectors under other IDs
	coll, ids := collectionOf(t, vs)
	f := newFlat(ctx, collections{coll}, ids)
	for _, v := range randomUnit(10, 16, 6) {
		q := newQuery(v)
		for _, parts := range []int{2, 3, 7} {
			want := fmt.Sprint(f.scanRange(q, 20, 0, f.blocks()).sorted())
			if got := fmt.Sprint(f.scanParallel(q, 20, parts).sorted()); got != want {
				t.Fatalf("%d parts:\n%s\nwant\n%s", parts, got, want)
			}
		}
	}
}

// blocksOfRandom returns a copy of two blocks and a part of random unit
// vectors, with their IDs and the slices it was made from.
func blocksOfRandom() ([]string, []vecSource, *flat) {
	vs := randomUnit(2*flatBlock+500, 8, 5)
	ids := make([]string, len(vs))
	srcs := make([]vecSource, len(vs))
	for i, v := range vs {
		ids[i], srcs[i] = fmt.Sprint("c", i), vecSource{v: slices.Clone(v)}
	}
	return ids, srcs, newFlatFrom(ids, srcs)
}

// TestFlatSharesUnchangedBlocks: a copy made from an older one shares
// the blocks whose rows it takes whole and in place, copies the others,
// and reads the same vectors either way.
func TestFlatSharesUnchangedBlocks(t *testing.T) {
	ids, _, old := blocksOfRandom()
	extra := randomUnit(3, 8, 6)
	for name, tc := range map[string]struct {
		ids    []string
		srcs   []vecSource
		shared []bool
	}{
		"added after": {
			ids: append(slices.Clone(ids), "n0", "n1", "n2"),
			srcs: func() []vecSource {
				var out []vecSource
				for i := range ids {
					out = append(out, vecSource{f: old, row: i})
				}
				for _, v := range extra {
					out = append(out, vecSource{v: slices.Clone(v)})
				}
				return out
			}(),
			shared: []bool{true, true, false},
		},
		"added first": {
			ids: append([]string{"n0"}, ids...),
			srcs: func() []vecSource {
				out := []vecSource{{v: slices.Clone(extra[0])}}
				for i := range ids {
					out = append(out, vecSource{f: old, row: i})
				}
				return out
			}(),
			shared: []bool{false, false, false},
		},
	} {
		f := newFlatFrom(tc.ids, tc.srcs)
		for b, want := range tc.shared {
			if got := b < len(old.cols) && &f.cols[b][0] == &old.cols[b][0]; got != want {
				t.Errorf("%s: block %d shared %v, want %v", name, b, got, want)
			}
		}
		for i, s := range tc.srcs {
			want := s.v
			if s.f != nil {
				want = s.f.at(s.row)
			}
			if got := f.at(f.row[tc.ids[i]]); !slices.Equal(got, want) {
				t.Fatalf("%s: row %d reads %v, want %v", name, i, got, want)
			}
		}
	}
}
