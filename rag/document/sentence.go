package document

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"gen": true, "rep": true, "gov": true, "st": true, "ste": true, "sept": true,
	"sep": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "oct": true, "nov": true, "dec": true, "no": true,
	"vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jr": true, "sr": true, "lt": true, "col": true, "capt": true, "maj": true,
	"sgt": true, "ave": true, "blvd": true, "rd": true, "mt": true, "ft": true,
	"approx": true, "dept": true, "est": true, "fig": true, "gov't": true,
	"pres": true, "rev": true, "hon": true, "amb": true, "adm": true, "cmdr": true,
	"ca": true, "cf": true, "viz": true, "vol": true, "al": true,
	// titles before two or more names: "Sens. Robert Menendez and Marco Rubio"
	"sens": true, "reps": true, "govs": true, "gens": true, "drs": true,
	"profs": true, "messrs": true, "mmes": true,
}

// sentenceStarters are capitalised words that begin a new sentence after an
// acronym such as "U.S." ("... the U.S. The talks ...").
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"but": true, "and": true, "this": true, "that": true, "in": true, "a": true,
	"i": true, "there": true, "however": true, "his": true, "her": true,
}

// MaxSentenceRunes is the longest sentence Parley keeps whole; longer runs
// of text without a stop are cut at a space.
const MaxSentenceRunes = 1000

// isQuoteMark reports whether r opens or closes a quotation.
func isQuoteMark(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// isCloser reports whether r may follow a sentence's final stop.
func isCloser(r rune) bool {
	return isQuoteMark(r) || r == ')' || r == ']' || r == '’' || r == '\''
}

// splitParagraph splits consecutive content lines into sentences. firstLine
// is the 1-based number of lines[0].
func splitParagraph(lines []string, firstLine int) []Sentence {
	sents, _ := splitParagraphSpans(lines, firstLine)
	return sents
}

// paragraphText is paragraphString's text, with the rune offsets where
// each line begins in it.
func paragraphText(lines []string) (text string, starts []int) {
	starts = make([]int, len(lines))
	offset := 0
	for i, l := range lines {
		starts[i] = offset
		offset += utf8.RuneCountInString(cleanLine(l)) + 1
	}
	return paragraphString(lines), starts
}

// paragraphString joins a paragraph's lines, cleaned, with spaces. A
// paragraph of one line, as most of a news article's are, is that line
// cleaned, sharing its bytes: a start makes every paragraph's text again
// from its lines (see SavedParse), tens of megabytes at 10,000 articles.
func paragraphString(lines []string) string {
	if len(lines) == 1 {
		return cleanLine(lines[0])
	}
	size := len(lines)
	for _, l := range lines {
		size += len(l)
	}
	var b strings.Builder
	b.Grow(size)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cleanLine(l))
	}
	return b.String()
}

// splitParagraphSpans is splitParagraph, also giving where each sentence's
// text stands in the paragraph's (see paragraphText), in bytes.
func splitParagraphSpans(lines []string, firstLine int) ([]Sentence, [][2]int) {
	text, starts := paragraphText(lines)
	runes := []rune(text)
	// A sentence's text is a slice of the paragraph's, not a new string.
	// Sentences come in order, so one cursor finds the byte offset of each
	// rune position (the text is valid UTF-8: ParseDocument makes it so).
	pos, off := 0, 0
	byteAt := func(p int) int {
		for ; pos < p; pos++ {
			off += utf8.RuneLen(runes[pos])
		}
		return off
	}
	lineOf := func(pos int) int { // the last line starting at or before pos
		return firstLine + max(sort.SearchInts(starts, pos+1)-1, 0)
	}
	inQuote := quoteInterior(runes)

	var sents []Sentence
	var spans [][2]int
	start := 0
	emit := func(end int) {
		seg := runes[start:end]
		lo, hi := 0, len(seg)
		for lo < hi && unicode.IsSpace(seg[lo]) {
			lo++
		}
		for hi > lo && unicode.IsSpace(seg[hi-1]) {
			hi--
		}
		if hi > lo {
			var breaks []int
			for _, ls := range starts[sort.SearchInts(starts, start+lo+1):] {
				if ls >= start+hi {
					break
				}
				breaks = append(breaks, ls-(start+lo))
			}
			span := [2]int{byteAt(start + lo), byteAt(start + hi)}
			spans = append(spans, span)
			sents = append(sents, Sentence{
				LineBreaks: breaks,
				LineStart:  lineOf(start + lo),
				LineEnd:    lineOf(start + hi - 1),
				Text:       text[span[0]:span[1]],
				Glued:      lo == 0 && start > 0 && !unicode.IsSpace(runes[start-1]),
			})
		}
		start = end
	}
	nextLine := 1 // the next line's place in starts
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if nextLine < len(starts) && i == starts[nextLine] {
			nextLine++
			if i > start && lineBreaksSentence(runes, i) {
				emit(i)
			}
		}
		if i-start >= MaxSentenceRunes {
			// Text with no sentence stops (a dump, a table, a list) is cut
			// at a space, so no "sentence" makes every question slow or an
			// answer too long to send.
			cut := i
			for k := i; k > start+MaxSentenceRunes/2; k-- {
				if unicode.IsSpace(runes[k]) {
					cut = k
					break
				}
			}
			emit(cut)
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		if inQuote[i] || !endsSentence(runes, i) {
			continue
		}
		end := i + 1
		for end < len(runes) && (isCloser(runes[end]) || runes[end] == '.' || runes[end] == '!' || runes[end] == '?') {
			end++
		}
		if end < len(runes) && !unicode.IsSpace(runes[end]) && !isDash(runes[end]) && !gluedSentence(runes, i, end) {
			continue
		}
		end = dashByline(runes, end)
		emit(end)
		i = end - 1
	}
	emit(len(runes))
	return sents, spans
}

func isDash(r rune) bool { return r == '―' || r == '—' || r == '–' }

// lineBreaksSentence reports whether the line that starts at rune i of a
// paragraph's text starts a sentence of its own, though the line before
// ends with no stop: after a bracketed credit ("… [Marina Fang,
// HuffPost]") or at an item of a list ("~ Two former punters died …",
// "• The vote is Monday"). Lines of wrapped text run on.
func lineBreaksSentence(runes []rune, i int) bool {
	k := i - 1
	for k >= 0 && unicode.IsSpace(runes[k]) {
		k--
	}
	if k >= 0 && runes[k] == ']' {
		return true
	}
	if i+1 < len(runes) && strings.ContainsRune("~•*▪►", runes[i]) && unicode.IsSpace(runes[i+1]) {
		return true
	}
	return false
}

// dashByline extends a sentence that ends a quotation over the name that a
// dash after it gives, as lists of quotations write it: “…” ― Sonya
// Herridge. It returns the new end, or end when no such name follows.
func dashByline(runes []rune, end int) int {
	k := end
	for k < len(runes) && unicode.IsSpace(runes[k]) {
		k++
	}
	if k >= len(runes) || !isDash(runes[k]) || end == 0 || !isCloser(runes[end-1]) {
		return end
	}
	j := k + 1
	for j < len(runes) && !isQuoteMark(runes[j]) && runes[j] != '.' && !isDash(runes[j]) {
		j++
	}
	if j < len(runes) && runes[j] == '.' && j > 0 && unicode.IsUpper(runes[j-1]) {
		// an initial: "Edwin G. Monroy"
		for j < len(runes) && !isQuoteMark(runes[j]) && !isDash(runes[j]) && !(runes[j] == '.' && j > 1 && unicode.IsLower(runes[j-1])) {
			j++
		}
	}
	words := strings.Fields(string(runes[k+1 : j]))
	if len(words) == 0 || len(words) > 8 {
		return end
	}
	for _, w := range words {
		if r := []rune(w); !unicode.IsUpper(r[0]) && len(r) > 3 {
			return end // a clause, not a name
		}
	}
	if j < len(runes) && runes[j] == '.' && (j+1 == len(runes) || unicode.IsSpace(runes[j+1])) {
		return j + 1 // "― Carla Sanchez.": the name's full stop ends the sentence
	}
	for j > k && unicode.IsSpace(runes[j-1]) {
		j--
	}
	return j
}

// quoteInterior marks the positions strictly inside a quotation, pairing
// quote marks in order within the paragraph (so a straight opening mark may
// close with a curly one). Two apostrophes, as some papers write the
// marks, pair with each other. An unpaired last mark is ignored.
func quoteInterior(runes []rune) []bool {
	in := make([]bool, len(runes))
	type mark struct{ at, width int }
	var marks, doubled []mark
	for i := 0; i < len(runes); i++ {
		switch r := runes[i]; {
		case isQuoteMark(r):
			marks = append(marks, mark{i, 1})
		case r == '\'' && i+1 < len(runes) && runes[i+1] == '\'':
			if i+2 < len(runes) && runes[i+2] == '\'' && (i+3 == len(runes) || !unicode.IsLetter(runes[i+3])) {
				i++ // a single quotation closes inside first
			}
			doubled = append(doubled, mark{i, 2})
			i++
		}
	}
	for _, ms := range [][]mark{marks, doubled} {
		for k := 0; k+1 < len(ms); k += 2 {
			if ms[k+1].at-ms[k].at > longQuoteRunes {
				continue // a speech or a transcript's turn splits as prose does
			}
			for p := ms[k].at + ms[k].width; p < ms[k+1].at-1; p++ {
				in[p] = true
			}
		}
	}
	return in
}

// longQuoteRunes is the longest quotation kept whole as one sentence: a
// longer one is a speech or a transcript's turn, whose sentences answer
// questions one by one as prose's do.
const longQuoteRunes = 400

// endsSentence decides whether the stop at i ends a sentence, looking at the
// word before it and the text after it.
func endsSentence(runes []rune, i int) bool {
	if dashThenLower(runes, i+1) {
		// "at the end of ''Hail, Caesar!'' -- a movie set for release":
		// a dash and a word in lower case go on with the sentence.
		return false
	}
	if runes[i] != '.' {
		// "“Blink twice if you’re in trouble!” one person tweeted": a
		// quotation's cue in lower case goes on with its sentence, as
		// does a name with its mark ("Jeb! was better than before").
		if (isCloser(runeAt(runes, i+1)) || runeAt(runes, i+1) == ' ') && unicode.IsLower(runeAfter(runes, i+1)) {
			return false
		}
		// So does a cue that names the speaker: "“Why now?” Kerry
		// asked.", "“Not us!” Murphy, the head of the PAC, tweeted".
		return !(isCloser(runeAt(runes, i+1)) && namedCueAfter(runes, i+2))
	}
	// Ellipses ("...", ". . .") do not end a sentence here.
	if (i+1 < len(runes) && runes[i+1] == '.') || (i > 0 && runes[i-1] == '.') {
		return false
	}
	if i+2 < len(runes) && runes[i+1] == ' ' && runes[i+2] == '.' {
		return false
	}
	w := wordBefore(runes, i)
	if w == "" {
		return true
	}
	next := wordAfter(runes, i+1)
	lw := strings.ToLower(w)
	after := runeAfter(runes, i+1)
	switch {
	case abbreviations[lw]:
		return false
	case unicode.IsLower(after):
		// A sentence does not open in lower case: "e.g. the", "approx. two".
		return false
	case unicode.IsDigit(after) && len([]rune(w)) == 1 && unicode.IsLower([]rune(w)[0]):
		// "c. 1500": a lone lower-case letter before a number.
		return false
	case len([]rune(w)) == 1 && unicode.IsUpper([]rune(w)[0]):
		// An initial, as in "George A. Krol".
		return false
	case strings.Contains(w, ".") && isAcronymWord(w):
		// "U.S." ends a sentence only before a typical sentence opener,
		// capitalised: "the U.S. and Russia" goes on.
		first, _ := utf8.DecodeRuneInString(next)
		return unicode.IsUpper(first) && sentenceStarters[strings.ToLower(next)]
	}
	return true
}

// gluedSentence reports whether a stop followed by no space still ends a
// sentence, as in "authenticity.Russian forces": a lower-case word of three
// or more letters, then a capitalised word.
func gluedSentence(runes []rune, stop, next int) bool {
	if next >= len(runes) || !unicode.IsUpper(runes[next]) || stop < 3 {
		return false
	}
	for k := stop - 3; k < stop; k++ {
		if !unicode.IsLower(runes[k]) {
			return false
		}
	}
	return true
}

// isAcronymWord reports whether w is like "U.S" or "U.N": capitals and dots.
func isAcronymWord(w string) bool {
	for _, r := range w {
		if r != '.' && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Reach of a named cue after a quotation (namedCueAfter), in words.
const (
	maxCueName       = 5  // "US Senator Jeff Sessions"
	maxCueAppositive = 10 // ", the head of Right to Rise USA,"
)

// cueVerbs are the verbs of speech that follow a speaker's name after a
// quotation: "“Why now?” Kerry asked."
var cueVerbs = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true, "tells": true,
	"added": true, "adds": true, "wrote": true, "writes": true, "tweeted": true, "tweets": true,
	"posted": true, "replied": true, "replies": true, "responded": true, "continued": true,
	"shouted": true, "yelled": true, "exclaimed": true, "declared": true, "insisted": true,
	"quipped": true, "joked": true, "recalled": true, "wondered": true, "demanded": true,
}

// namedCueAfter reports whether the words from i on are a quotation's
// cue that names its speaker: up to maxCueName capitalised words, perhaps
// a role between commas, then a verb of speech.
func namedCueAfter(runes []rune, i int) bool {
	words := strings.Fields(string(runes[i:min(len(runes), i+300)]))
	k := 0
	for k < len(words) && k < maxCueName && unicode.IsUpper([]rune(words[k])[0]) && !strings.ContainsAny(words[k], ".!?") {
		if strings.HasSuffix(words[k], ",") {
			// "Murphy, the head of the PAC, tweeted": past the role.
			for j := k + 1; j < len(words) && j <= k+maxCueAppositive; j++ {
				if strings.ContainsAny(words[j], ".!?\"“”") {
					return false
				}
				if strings.HasSuffix(words[j], ",") {
					return j+1 < len(words) && cueVerbs[strings.ToLower(strings.Trim(words[j+1], ".,;:"))]
				}
			}
			return false
		}
		k++
	}
	return k > 0 && k < len(words) && cueVerbs[strings.ToLower(strings.Trim(words[k], ".,;:"))]
}

// wordBefore returns the word ending just before position i (letters and
// inner dots, as in "U.S").
func wordBefore(runes []rune, i int) string {
	j := i
	for j > 0 && (unicode.IsLetter(runes[j-1]) || runes[j-1] == '.' || runes[j-1] == '\'') {
		j--
	}
	return strings.Trim(string(runes[j:i]), ".")
}

// wordAfter returns the next word after position i, skipping spaces and
// quote marks.
func wordAfter(runes []rune, i int) string {
	for i < len(runes) && (unicode.IsSpace(runes[i]) || isCloser(runes[i])) {
		i++
	}
	j := i
	for j < len(runes) && unicode.IsLetter(runes[j]) {
		j++
	}
	return string(runes[i:j])
}

// dashThenLower reports whether, from i on, past spaces and closing
// marks, a dash comes and then a word in lower case.
func dashThenLower(runes []rune, i int) bool {
	for i < len(runes) && (unicode.IsSpace(runes[i]) || isCloser(runes[i])) {
		i++
	}
	dashes := 0
	for i < len(runes) && (runes[i] == '-' || runes[i] == '—' || runes[i] == '–') {
		i++
		dashes++
	}
	if dashes == 0 {
		return false
	}
	for i < len(runes) && unicode.IsSpace(runes[i]) {
		i++
	}
	return i < len(runes) && unicode.IsLower(runes[i])
}

// runeAt is runes[i], or 0 past the end.
func runeAt(runes []rune, i int) rune {
	if i < len(runes) {
		return runes[i]
	}
	return 0
}

// runeAfter is the first rune from i on that is not a space or a closing
// mark, or 0 at the end.
func runeAfter(runes []rune, i int) rune {
	for i < len(runes) && (unicode.IsSpace(runes[i]) || isCloser(runes[i])) {
		i++
	}
	if i == len(runes) {
		return 0
	}
	return runes[i]
}

// SplitSentences splits one paragraph of text into its sentences, as
// articles are split: "U.S.", "Sept.", initials, quotations and ellipses do
// not end a sentence.
func SplitSentences(text string) []string {
	// The splitter counts in runes and slices in bytes: text not in UTF-8
	// (a model's reply cut mid-character) is made valid first.
	text = strings.ToValidUTF8(text, "\uFFFD")
	sents := splitParagraph([]string{text}, 1)
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.Text
	}
	return out
}
