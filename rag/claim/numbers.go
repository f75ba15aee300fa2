package claim

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// numberWords are the values of number words; scales multiply what comes
// before them.
var (
	numberWords = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
	}
	scaleWords = map[string]float64{
		"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"m": 1e6, "bn": 1e9, "k": 1e3,
	}
)

// numberTokens splits text into digit groups (2,000,000 and 2.5) and
// ASCII words, as numbers are read.
func numberTokens(text string) []string {
	var out []string
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	for i := 0; i < len(text); {
		switch b := text[i]; {
		case isDigit(b):
			j := i + 1
			for j < len(text) && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			out = append(out, text[i:j])
			i = j
		case isLetter(b):
			j := i + 1
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			out = append(out, text[i:j])
			i = j
		default:
			i++
		}
	}
	return out
}

// smallWordLimit is the largest number written as a word that is not
// checked: "the two sides", "one of the", "a six-year conflict" use small
// number words for things that are seldom counted in the articles.
const smallWordLimit = 10

// numbers returns the values a text states: digits, with a scale word
// after them ("2 million", "2,000,000" and "two million" are all 2e6), and
// number words above smallWordLimit or with a scale.
func numbers(text string) []float64 {
	toks := numberTokens(text)
	var out []float64
	for i := 0; i < len(toks); i++ {
		t := strings.ToLower(toks[i])
		switch {
		case t[0] >= '0' && t[0] <= '9':
			v, ok := parseDigits(toks[i])
			if !ok || i+1 < len(toks) && ordinalSuffixes[strings.ToLower(toks[i+1])] {
				continue // "3rd" is an ordinal (ordinalsIn)
			}
			scaled := false
			for i+1 < len(toks) {
				s, isScale := scaleWords[strings.ToLower(toks[i+1])]
				if !isScale {
					break
				}
				v *= s
				i++
				scaled = true
			}
			if !scaled {
				v *= sharedScale(toks[i+1:], v)
			}
			out = append(out, v)
		case isNumberWord(t) || (t == "a" || t == "an") && i+1 < len(toks) && isScale(toks[i+1]):
			v, n, scaled := parseWords(toks[i:])
			if i > 0 && strings.EqualFold(toks[i-1], "half") {
				v /= 2 // half a million
			}
			i += n - 1
			if scaled || v > smallWordLimit || i+1 < len(toks) && question.IsTimeUnit(strings.ToLower(toks[i+1])) {
				out = append(out, v)
			}
		case (t == "a" || t == "an") && i+1 < len(toks) && question.IsTimeUnit(strings.ToLower(toks[i+1])):
			out = append(out, 1) // "a year ago" is one year
		}
	}
	return out
}

// rangeRe matches a range of numbers written with a dash or "to":
// "January 22-23", "300,000 to 400,000", "300 to 400 thousand".
var rangeRe = regexp.MustCompile(`(?i)\b\d[\d,.]*\s*(?:[-–—]|to)\s*\d[\d,.]*(?:\s+(?:thousand|million|billion))?\b`)

// numberRanges returns the ends of each range of numbers in text.
func numberRanges(text string) [][2]float64 {
	var out [][2]float64
	for _, m := range rangeRe.FindAllString(text, -1) {
		if vs := numbers(m); len(vs) == 2 {
			out = append(out, [2]float64{vs[0], vs[1]})
		}
	}
	return out
}

// rangeWords join the ends of a range of numbers.
var rangeWords = map[string]bool{"to": true, "and": true, "or": true}

// sharedScale is the scale the other end of a range gives a number
// written without one, or 1: "300 to 400 thousand" and "between 300 and
// 400 thousand" are 300,000 to 400,000. after are the tokens after the
// number (a dash between the ends is no token); the other end must be
// the greater.
func sharedScale(after []string, v float64) float64 {
	if len(after) > 0 && rangeWords[strings.ToLower(after[0])] {
		after = after[1:]
	}
	if len(after) < 2 || after[0][0] < '0' || after[0][0] > '9' {
		return 1
	}
	w, ok := parseDigits(after[0])
	s, isScale := scaleWords[strings.ToLower(after[1])]
	if !ok || !isScale || w <= v {
		return 1
	}
	return s
}

// ordinalSuffixes end an ordinal written in digits ("3rd", "25th").
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// scaledDigitsRe matches a number written with its scale's letter:
// "300k", "2m", "1.5bn".
var scaledDigitsRe = regexp.MustCompile(`(?i)^\d[\d,.]*(?:k|m|bn)$`)

// digitOrdinalRe matches an ordinal written in digits.
var digitOrdinalRe = regexp.MustCompile(`(?i)^(\d+)(?:st|nd|rd|th)$`)

// ordinalsIn returns the ordinals of text from "second" on ("the second
// biggest", "3rd", "the 25th"): like numbers, a claim's must be the
// sentence's. "First" is left out: it also orders what is said ("First,
// …").
func ordinalsIn(toks []term.Token) []int {
	var out []int
	for _, t := range toks {
		n := question.Ordinal(t.Surface)
		if m := digitOrdinalRe.FindStringSubmatch(t.Surface); m != nil {
			n, _ = strconv.Atoi(m[1])
		}
		if n > 1 {
			out = append(out, n)
		}
	}
	return out
}

// ordinalMet reports whether a sentence holds ordinal n, or n as a number
// (a date: "the 12th of January" is "January 12").
func ordinalMet(n int, ordinals []int, numbers []float64) bool {
	return slices.Contains(ordinals, n) || slices.Contains(numbers, float64(n))
}

// isNumberWord reports a word that starts a number written out ("a"
// starts one only before a scale: "a million").
func isNumberWord(t string) bool {
	_, ok := numberWords[t]
	return ok && t != "a" && t != "an" || t == "hundred" || t == "thousand"
}

// parseDigits reads "2,000,000", "2.5" or "1.200.000".
func parseDigits(s string) (float64, bool) {
	switch {
	case strings.Count(s, ",") > 0 && strings.Count(s, ".") == 0:
		s = strings.ReplaceAll(s, ",", "")
	case strings.Count(s, ".") > 1:
		s = strings.ReplaceAll(s, ".", "")
	case strings.Count(s, ",") > 0:
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// parseWords reads a number written out from the start of toks
// ("twenty five thousand"), returning its value, how many tokens it took,
// and whether a scale word was among them.
func parseWords(toks []string) (float64, int, bool) {
	total, group, lastScale := 0.0, 0.0, 0.0
	n, scaled := 0, false
	for n < len(toks) {
		t := strings.ToLower(toks[n])
		if v, ok := numberWords[t]; ok && (t != "a" && t != "an" || n+1 < len(toks) && isScale(toks[n+1])) {
			group += v
		} else if s, ok := scaleWords[t]; ok && t != "m" && t != "k" && t != "bn" {
			if group == 0 {
				group = 1
			}
			scaled, lastScale = true, s
			if s == 100 {
				group *= s
			} else {
				total += group * s
				group = 0
			}
		} else if t == "and" && n > 0 && n+1 < len(toks) {
			// "three hundred and four" is one number; "five and ten"
			// and "three hundred thousand and four hundred thousand"
			// are two.
			if _, ok := numberWords[strings.ToLower(toks[n+1])]; !ok {
				break
			}
			if rest, _, _ := parseWords(toks[n+1:]); rest >= lastScale {
				break
			}
		} else {
			break
		}
		n++
	}
	return total + group, max(n, 1), scaled
}

func isScale(t string) bool {
	_, ok := scaleWords[strings.ToLower(t)]
	return ok
}

// numberIn reports whether v is among vs.
func numberIn(v float64, vs []float64) bool {
	for _, w := range vs {
		if math.Abs(v-w) <= 1e-9*math.Max(1, math.Abs(v)) {
			return true
		}
	}
	return false
}

// unitRe matches a number in digits and the word after it.
var unitRe = regexp.MustCompile(`\d+(?:[.,]\d+)*(?:\s*-\s*|\s+)([A-Za-z]+)`)

// units returns the index terms of the words that follow numbers in
// digits, scale words and numbers left out: what was counted.
func units(text string) []string {
	var out []string
	for _, m := range unitRe.FindAllStringSubmatch(text, -1) {
		w := strings.ToLower(m[1])
		if full, ok := unitAbbreviations[strings.TrimSuffix(w, ".")]; ok {
			w = full // "40 min" is "40 minutes"
		}
		if isScale(w) || isMonth(w) {
			continue // "22 September" is a date, checked by its day and its month's name
		}
		if t := term.Word(w); t != "" && !term.IsNumber(t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// unitAbbreviations are the short forms of units of time a model may
// write for the articles' words.
var unitAbbreviations = map[string]string{
	"sec": "seconds", "secs": "seconds", "min": "minutes", "mins": "minutes",
	"hr": "hours", "hrs": "hours", "wk": "weeks", "wks": "weeks", "yr": "years", "yrs": "years",
}

// isMonth reports a month's name, whole or shortened: "September",
// "Sept.", "sep".
func isMonth(w string) bool {
	return monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// monthNames are the months' names and their usual short forms.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// anchorReach is how many words before a number may say what it counts
// or measures ("killed every 25 minutes": killed).
const anchorReach = 3

// quantifiers stand before numbers of any kind ("every 25 minutes",
// "about 20 people") and say nothing of what a number counts.
var quantifiers = map[string]bool{
	"every": true, "each": true, "per": true, "about": true, "around": true, "nearly": true,
	"almost": true, "some": true, "over": true, "under": true, "more": true, "less": true,
	"fewer": true, "least": true, "most": true, "only": true, "just": true, "approximately": true,
	"roughly": true, "estimated": true, "average": true, "total": true, "than": true,
}

// anchorsOf returns, for each number written in digits among a text's
// tokens, the index terms of the words just before it, up to anchorReach
// of them, stopping at another number.
func anchorsOf(toks []term.Token) map[float64][]string {
	out := map[float64][]string{}
	for i, t := range toks {
		v, ok := parseDigits(t.Surface)
		if !ok {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-anchorReach; k-- {
			if _, isNum := parseDigits(toks[k].Surface); isNum {
				break
			}
			if toks[k].Term != "" && !quantifiers[strings.ToLower(toks[k].Surface)] {
				out[v] = append(out[v], toks[k].Term)
			}
		}
	}
	return out
}

// swappedNumber reports a claim that pairs a number with the words the
// sentence gives another of its numbers: "a Syrian is killed every 13
// minutes" against "one Syrian killed every 25 minutes, one Syrian
// wounded every 13 minutes". Both numbers are in the sentence; the claim
// moved one.
func swappedNumber(claim, sentence map[float64][]string) bool {
	for v, words := range claim {
		own, ok := sentence[v]
		if !ok || len(words) == 0 || sharesAny(words, own) {
			continue
		}
		for w, other := range sentence {
			if w != v && sharesAny(words, other) {
				return true
			}
		}
	}
	return false
}

// sharesAny reports whether a and b have a term in common.
func sharesAny(a, b []string) bool {
	return slices.ContainsFunc(a, func(t string) bool { return slices.Contains(b, t) })
}

// measuredNumbers returns, for each number in digits that a unit of time
// or measure follows ("13 minutes", "a 40-minute discussion"), its units'
// words in lower case.
func measuredNumbers(text string) map[float64][]string {
	toks := numberTokens(text)
	out := map[float64][]string{}
	for i := 0; i+1 < len(toks); i++ {
		v, ok := parseDigits(toks[i])
		if !ok {
			continue
		}
		j := i + 1
		if s, ok := scaleWords[strings.ToLower(toks[j])]; ok && j+1 < len(toks) {
			v, j = v*s, j+1
		}
		u := strings.ToLower(toks[j])
		if question.IsUnit(u) {
			out[v] = append(out[v], strings.TrimSuffix(u, "s"))
		}
	}
	return out
}

// otherMeasure reports a number the claim measures in one unit that the
// sentence measures only in another: "every 13 hours" against "every 13
// minutes", though the sentence says "48 hours" elsewhere.
func otherMeasure(claim, sentence map[float64][]string) bool {
	for v, us := range claim {
		theirs, ok := sentence[v]
		if !ok {
			continue
		}
		for _, u := range us {
			if !slices.Contains(theirs, u) {
				return true
			}
		}
	}
	return false
}

// countReach is how many words after a number may stand before the
// plural noun it counts ("14 rebel organizations").
const countReach = 3

// countedNouns returns, for each number written in digits, the index term
// of the plural noun it counts: the first plural word in lower case
// within countReach words after it, past other numbers, their scales and
// small words ("300,000 to 400,000 people", "14 rebel organizations"),
// never past a comma or other stop ("$5 million, all of which money
// goes to vets" counts nothing).
func countedNouns(toks []term.Token) map[float64]string {
	out := map[float64]string{}
	for i, t := range toks {
		v, ok := parseDigits(t.Surface)
		if !ok {
			continue
		}
		seen := 0
		for _, n := range toks[i+1:] {
			if n.AfterBreak {
				break
			}
			w := n.Surface
			if _, isNum := parseDigits(w); isNum || isScale(strings.ToLower(w)) || n.Term == "" {
				continue
			}
			if seen++; seen > countReach || n.Capitalized {
				break
			}
			if plural(w) {
				out[v] = n.Term
				break
			}
		}
	}
	return out
}

// countsOther reports a claim that counts another thing with a number of
// the sentence than the sentence does: "20 diplomats" against "20
// participants". The claim's noun must meet the sentence's as written,
// by stem or through a related or near word (its match.Word's credit).
func countsOther(f facts, sentence map[float64]string) bool {
	for v, n := range f.counted {
		m, ok := sentence[v]
		if !ok || m == n || people[n] {
			continue // "20 people" are "20 participants", "300,000 lives" are "300,000 people"
		}
		i := slices.IndexFunc(f.q.Words, func(w match.Word) bool { return w.Term == n })
		if i >= 0 && f.q.Words[i].Credit([]string{m}) == 0 {
			return true
		}
	}
	return false
}

// smallCounts returns, by the term of the plural noun they count, the
// values of the small number words ("five Syrian groups") and digits
// that stand at most two words before it: "four Syrian groups" counts
// groups with 4, "three or four countries" countries with 3 and 4, "Two
// House Committees" committees with 2, "six of the past seven contests"
// contests with 6 and 7, "five superdelegates, two of whom" superdelegates
// with 5 and 2.
func smallCounts(toks []term.Token) map[string][]float64 {
	out := map[string][]float64{}
	for i, t := range toks {
		lw := strings.ToLower(t.Surface)
		v, ok := numberWords[lw]
		if !ok {
			v, ok = parseDigits(t.Surface)
		}
		if !ok || lw == "a" || lw == "an" || lw == "one" || v > smallWordLimit {
			continue
		}
		if i+2 < len(toks) && strings.EqualFold(toks[i+1].Surface, "of") && partitivePronouns[strings.ToLower(toks[i+2].Surface)] {
			// "five superdelegates, two of whom": the plural before.
			for k := i - 1; k >= max(0, i-5); k-- {
				if n := toks[k]; n.Term != "" && !n.Capitalized && plural(n.Surface) {
					out[n.Term] = append(out[n.Term], v)
					break
				}
			}
			continue
		}
		reach := i + 4
		if i+1 < len(toks) && strings.EqualFold(toks[i+1].Surface, "of") {
			reach = i + 7 // "six of the past seven contests"
		}
		for k, n := range toks[i+1 : min(reach, len(toks))] {
			if n.Capitalized && plural(n.Surface) && !nounFollows(toks, i+2+k) {
				out[n.Term] = append(out[n.Term], v) // "Two House Committees on Monday"
				break
			}
			if n.Term == "" || n.Capitalized {
				continue // "four Syrian groups"
			}
			if _, num := numberWords[strings.ToLower(n.Surface)]; num {
				continue // "three or four countries"
			}
			if plural(n.Surface) {
				out[n.Term] = append(out[n.Term], v)
				break
			}
		}
	}
	return out
}

// plural reports a word written as a plural noun is: "groups", not
// "Congress".
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || irregularPlurals[strings.ToLower(w)]
}

// irregularPlurals are English plurals that do not end in "s": "three
// people" counts as "three participants" does.
var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true,
	"feet": true, "teeth": true, "mice": true, "geese": true, "personnel": true, "staff": true,
}

// nounFollows reports a word of common speech at toks[i]: the capitalised
// word before it qualifies it ("two United States senators").
func nounFollows(toks []term.Token, i int) bool {
	return i < len(toks) && !toks[i].Capitalized && toks[i].Term != "" && !toks[i].AfterBreak
}

// recountsSmall reports a claim that counts a noun with a small number
// that the sentences do not count it with, where they count it: "five
// Syrian groups" where they say "four Syrian groups".
func recountsSmall(claim map[string][]float64, sents []map[string][]float64) bool {
	for noun, vs := range claim {
		var theirs []float64
		for _, sc := range sents {
			theirs = append(theirs, sc[noun]...)
		}
		if len(theirs) > 0 && slices.ContainsFunc(vs, func(v float64) bool { return !slices.Contains(theirs, v) }) {
			return true // "five of the past seven contests" where they say six of seven
		}
	}
	return false
}

// countsOtherSmall reports a claim that counts a noun with a small number
// the sentences count only another noun with, one the claim's noun does
// not meet in any way (its match.Word's credit): "five Taliban
// commanders" where they say "five Taliban detainees". A noun they count
// themselves is recountsSmall's.
func countsOtherSmall(q match.Query, claim map[string][]float64, sents []map[string][]float64) bool {
	for noun, vs := range claim {
		if slices.ContainsFunc(sents, func(sc map[string][]float64) bool { return len(sc[noun]) > 0 }) {
			continue
		}
		i := slices.IndexFunc(q.Words, func(w match.Word) bool { return w.Term == noun })
		if i < 0 {
			continue
		}
		for _, sc := range sents {
			for other, theirs := range sc {
				if slices.ContainsFunc(vs, func(v float64) bool { return slices.Contains(theirs, v) }) && q.Words[i].Credit([]string{other}) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// vagueAmountRe finds an amount given by its order of magnitude
// ("tens of millions", "hundreds of people", "dozens of"), or by a
// share ("some of her emails", "most of", "all of").
var vagueAmountRe = regexp.MustCompile(`(?i)\b(dozens|tens|scores|hundreds|thousands|millions|billions|trillions|some|most|few|half|all|none)\s+of\b`)

// vagueAmounts returns the words of text's amounts given by their order
// of magnitude or share, in lower case.
func vagueAmounts(text string) []string {
	var out []string
	for _, m := range vagueAmountRe.FindAllStringSubmatch(text, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return out
}

// otherMagnitude reports a claim amount given by its order of magnitude
// or share ("hundreds of millions of dollars", "some of her emails") that
// no sentence of the set gives so ("tens of millions of dollars", "all of
// my emails").
func otherMagnitude(claim string, sentences []string) bool {
	for _, w := range vagueAmounts(claim) {
		if !slices.ContainsFunc(sentences, func(s string) bool { return slices.Contains(vagueAmounts(s), w) }) {
			return true
		}
	}
	return false
}

// boundRe finds a number with a word that bounds it from below ("more
// than 300", "over", "at least") or above ("nearly 300", "almost", "fewer
// than", "up to").
var boundRe = regexp.MustCompile(`(?i)\b(more\s+than|over|at\s+least|upwards\s+of|nearly|almost|fewer\s+than|less\s+than|under|up\s+to|just\s+under)\s+\$?(\d[\d,]*(?:\.\d+)?)`)

// bounds returns the side each bounded number of text is given from:
// +1 for "more than", -1 for "nearly", by the number's digits.
func bounds(text string) map[string]int {
	out := map[string]int{}
	for _, m := range boundRe.FindAllStringSubmatch(text, -1) {
		side := 1
		switch strings.Join(strings.Fields(strings.ToLower(m[1])), " ") {
		case "nearly", "almost", "fewer than", "less than", "under", "up to", "just under":
			side = -1
		}
		out[strings.ReplaceAll(m[2], ",", "")] = side
	}
	return out
}

// otherSide reports a claim that bounds a number from the other side than
// a sentence of the set does: "more than 300 pledged delegates" where the
// sentence says "nearly 300".
func otherSide(claim string, sentences []string) bool {
	for n, side := range bounds(claim) {
		for _, s := range sentences {
			if other, ok := bounds(s)[n]; ok && other != side {
				return true
			}
		}
	}
	return false
}

// partitivePronouns take up a plural just named: "two of whom", "three of
// them".
var partitivePronouns = map[string]bool{"whom": true, "which": true, "them": true, "those": true, "these": true}

// spanUnits give a unit of time in its family's smallest unit: seconds
// for the clock, months for the calendar (a month has no fixed number of
// days).
var spanUnits = map[string]struct {
	calendar bool
	size     float64
}{
	"second": {false, 1}, "minute": {false, 60}, "hour": {false, 3600}, "day": {false, 86400}, "week": {false, 604800},
	"month": {true, 1}, "year": {true, 12}, "decade": {true, 120}, "century": {true, 1200},
}

// span is a length of time a text gives: its number as written, and the
// length in its family's smallest unit.
type span struct {
	written, length float64
	calendar        bool
}

// spans returns the lengths of time a text gives, in digits or words:
// "48 hours", "two days", "a 40-minute discussion".
func spans(text string) []span {
	toks := numberTokens(text)
	var out []span
	for i := 0; i < len(toks); i++ {
		t := strings.ToLower(toks[i])
		var v float64
		n := 1
		switch {
		case t[0] >= '0' && t[0] <= '9':
			var ok bool
			if v, ok = parseDigits(toks[i]); !ok {
				continue
			}
		case isNumberWord(t) && t != "a" && t != "an":
			v, n, _ = parseWords(toks[i:])
		default:
			continue
		}
		if i+n >= len(toks) {
			break
		}
		unit := strings.ToLower(strings.TrimSuffix(toks[i+n], "."))
		if full, ok := unitAbbreviations[unit]; ok {
			unit = full // "2 hrs"
		}
		u, ok := spanUnits[strings.TrimSuffix(unit, "s")]
		if strings.EqualFold(toks[i+n], "centuries") {
			u, ok = spanUnits["century"]
		}
		if ok {
			out = append(out, span{v, v * u.size, u.calendar})
		}
		i += n - 1
	}
	return out
}

// sameSpan reports whether a number v the claim gives as a length of time
// is a length the sentences give in another unit: "two days" for "48
// hours", "18 months" for "a year and a half" is not read.
func sameSpan(v float64, claim string, sentences []string) bool {
	var theirs []span
	for _, c := range spans(claim) {
		if c.written != v {
			continue
		}
		if theirs == nil {
			theirs = spans(strings.Join(sentences, " "))
		}
		for _, s := range theirs {
			if s.calendar == c.calendar && math.Abs(s.length-c.length) <= 1e-9*math.Max(1, c.length) {
				return true
			}
		}
	}
	return false
}
