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
