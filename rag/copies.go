package rag

import (
	"strings"
	"unicode"
)

// Copies groups the items that repeat an earlier one word for word, as
// the copies of one story in two articles do, so a front end lists a
// quotation once with every place it stands. words gives item i's words
// (its speaker's name and its quotation, say); items whose words differ
// only in case, spaces, dashes and quotation marks are copies. Each group
// is the indexes of one item's copies, the first first, in the order the
// first ones come.
func Copies(n int, words func(i int) string) [][]int {
	at := map[string]int{}
	var groups [][]int
	for i := range n {
		k := copyKey(words(i))
		if g, ok := at[k]; ok {
			groups[g] = append(groups[g], i)
			continue
		}
		at[k] = len(groups)
		groups = append(groups, []int{i})
	}
	return groups
}

// copyKey keeps the letters and digits of s, in lower case, one space
// between words.
func copyKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
