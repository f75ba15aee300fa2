// Package textutil holds small text helpers shared by Parley's packages.
package textutil

import "strings"

// Shorten cuts s to at most n runes, on a word boundary when one is near,
// and adds an ellipsis when it cuts.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// EditDistance is the edit distance between two strings, in runes: the
// fewest insertions, deletions, substitutions and swaps of two neighbouring
// runes ("tlaks", "talks") that turn one into the other.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: the one before the previous is needed for swaps.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// IndexWord finds phrase in s where it stands as whole words: the bytes
// just before and after it are not word bytes as isWord tells them. It
// returns the byte offset, or -1.
func IndexWord(s, phrase string, isWord func(b byte) bool) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(phrase)
		if (i == 0 || !isWord(s[i-1])) && (end == len(s) || !isWord(s[end])) {
			return i
		}
		off = i + 1
	}
	return -1
}

// Set returns the distinct strings of ss as a set.
func Set(ss ...[]string) map[string]bool {
	m := make(map[string]bool)
	for _, s := range ss {
		for _, x := range s {
			m[x] = true
		}
	}
	return m
}

// Shared counts the words two lists share, with multiplicity: each word
// of a meets at most one equal word of b.
func Shared(a, b []string) int {
	left := map[string]int{}
	for _, w := range b {
		left[w]++
	}
	n := 0
	for _, w := range a {
		if left[w] > 0 {
			left[w]--
			n++
		}
	}
	return n
}
