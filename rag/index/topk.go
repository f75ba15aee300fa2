package index

import (
	"container/heap"
	"sort"
)

// scored is a row index with a score.
type scored struct {
	idx   int
	score float64
}

// better orders by score, then by index for determinism.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.idx < b.idx
}

// topK keeps the k best (k > 0) of the rows offered to it, in a min-heap with the
// worst of the best at the top.
type topK struct {
	k int
	h minHeap
}

func newTopK(k int) *topK { return &topK{k: k, h: make(minHeap, 0, k)} }

// offer keeps s if it is among the k best so far.
func (t *topK) offer(s scored) {
	if len(t.h) < t.k {
		heap.Push(&t.h, s)
	} else if better(s, t.h[0]) {
		t.h[0] = s
		heap.Fix(&t.h, 0)
	}
}

// sorted returns the kept rows, best first.
func (t *topK) sorted() []scored {
	out := []scored(t.h)
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}

// minHeap keeps the worst of the best at the top.
type minHeap []scored

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return better(h[j], h[i]) }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
