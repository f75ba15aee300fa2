package document

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// This file repairs mojibake: UTF-8 text that was once read as
// Windows-1252 (or Latin-1) and saved as UTF-8 again, so that "é" shows
// as "Ã©" and a curly quote as "â€œ". Copied news often carries it.

// mojibakeMarks are the UTF-8 bytes that mojibake of accented letters and
// punctuation starts with: "Ã" and "Â" (as one letter, or as A with a
// combining tilde or circumflex, as a normalising editor leaves them),
// and "â€" and "â\u0080", the start of a curly quote or dash.
var mojibakeMarks = []string{"\u00c3", "\u00c2", "A\u0303", "A\u0302", "\u00e2\u20ac", "\u00e2\u0080"}

// maxMojibakeRounds bounds the repairs of text read wrongly more than once
// ("Ã¢â‚¬â„¢" for "’").
const maxMojibakeRounds = 2

// hasMojibakeMarks reports whether s may hold mojibake, cheaply.
func hasMojibakeMarks(s string) bool {
	for _, m := range mojibakeMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// repairMojibake returns s with its mojibake undone: each run of
// characters beyond ASCII whose Windows-1252 bytes (Latin-1 for the five
// bytes Windows-1252 leaves undefined) are valid UTF-8 for fewer
// characters is replaced by them. Text that is not mojibake stays as it
// is: an accented letter in Windows-1252 ("é", 0xE9) is never valid UTF-8
// on its own.
func repairMojibake(s string) string {
	if !hasMojibakeMarks(s) {
		return s
	}
	if strings.Contains(s, "A\u0303") || strings.Contains(s, "A\u0302") {
		s = norm.NFC.String(s)
	}
	for range maxMojibakeRounds {
		fixed := repairRuns(s)
		if fixed == s {
			break
		}
		s = fixed
	}
	return s
}

// repairRuns undoes one reading of mojibake, run by run.
func repairRuns(s string) string {
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		run := s[i:j]
		if fixed, ok := undoRun(run); ok {
			b.WriteString(fixed)
			changed = true
		} else {
			b.WriteString(run)
		}
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

// undoRun returns the text whose UTF-8 bytes, read as Windows-1252, give
// run, when they are valid UTF-8 of fewer characters.
func undoRun(run string) (string, bool) {
	bs := make([]byte, 0, len(run))
	for _, r := range run {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			if r >= 0x80 && r < 0xa0 {
				c, ok = byte(r), true // a C1 control: Latin-1's reading of a byte 1252 leaves undefined
			}
		}
		if !ok {
			return "", false
		}
		bs = append(bs, c)
	}
	if !utf8.Valid(bs) || utf8.RuneCount(bs) >= utf8.RuneCountInString(run) {
		return "", false
	}
	return string(bs), true
}
