package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/term"
)

// An acronym is a word of two to six capital letters ("SNC", "ISSG").
const (
	minAcronym = 2
	maxAcronym = 6
)

// nameJoiners are the lower-case words a name may hold between its
// capitalised ones: "Organization of Petroleum Exporting Countries".
var nameJoiners = map[string]bool{"of": true, "for": true, "and": true, "on": true, "the": true, "de": true}

// acronyms maps the initials of the corpus's names of two or more
// capitalised words to the name written most often with them:
// "SNC" to "Syrian National Council".
func acronyms(ix *index.Index) map[string]string {
	counts := map[string]map[string]int{}
	for _, d := range ix.Documents() {
		for _, s := range d.Sentences {
			if s.Headline {
				continue // a headline capitalises every word
			}
			for _, run := range capitalRuns(nameWords(s.Text)) {
				addNames(counts, run)
			}
		}
	}
	out := make(map[string]string, len(counts))
	for initials, names := range counts {
		best, bestN := "", 0
		for name, n := range names {
			if n > bestN || n == bestN && name < best {
				best, bestN = name, n
			}
		}
		out[initials] = best
	}
	return out
}

// writtenAcronyms maps the acronyms the articles write to whether they
// write them outside their headlines (UN, ISSG: true) or in headlines
// only (false): a headline may shorten a name its story writes out ("…
// with force: NYT").
func writtenAcronyms(ix *index.Index) map[string]bool {
	out := map[string]bool{}
	for _, d := range ix.Documents() {
		for _, s := range d.Sentences {
			for _, w := range strings.Fields(s.Text) {
				if core := term.WithoutPossessive(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })); IsAcronym(core) { // "HP’s"
					out[core] = out[core] || !s.Headline
				}
			}
		}
	}
	return out
}

// nameWords splits text into words at spaces and at the slash that joins
// two names ("a New York Times/CBS News survey").
func nameWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
}

// capitalRuns splits words into runs of capitalised words, with joiners
// between them, cleaned of the punctuation around them; a run ends at a
// word that ends a clause.
func capitalRuns(words []string) [][]string {
	var runs [][]string
	var run []string
	flush := func() {
		for len(run) > 0 && !capitalised(run[len(run)-1]) {
			run = run[:len(run)-1] // no name ends with a joiner
		}
		if len(run) >= minAcronym {
			runs = append(runs, run)
		}
		run = nil
	}
	for _, w := range words {
		clean := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		clean = term.WithoutPossessive(clean)
		switch {
		case capitalised(clean):
			run = append(run, clean)
		case len(run) > 0 && nameJoiners[clean]:
			run = append(run, clean)
		default:
			flush()
		}
		if clean != w && strings.ContainsAny(w[len(w)-1:], ",.;:!?)\"”") {
			flush()
		}
	}
	flush()
	return runs
}

// capitalised reports a word in title case: a capital, then lower case;
// each part of a hyphenated word so ("Anti-Defamation").
func capitalised(w string) bool {
	for _, part := range strings.Split(w, "-") {
		r, size := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) || size == len(part) {
			return false
		}
		if rest := part[size:]; strings.ToLower(rest) != rest {
			return false
		}
	}
	return true
}

// addNames counts every name of two to six capitalised words in a run
// under its initials.
func addNames(counts map[string]map[string]int, run []string) {
	for i, w := range run {
		if !capitalised(w) {
			continue
		}
		var initials strings.Builder
		for j := i; j < len(run) && initials.Len() < maxAcronym; j++ {
			if !capitalised(run[j]) {
				continue
			}
			for _, part := range strings.Split(run[j], "-") { // "Anti-Defamation League": ADL
				r, _ := utf8.DecodeRuneInString(part)
				initials.WriteRune(r)
			}
			if initials.Len() >= minAcronym {
				key := initials.String()
				if counts[key] == nil {
					counts[key] = map[string]int{}
				}
				counts[key][strings.Join(run[i:j+1], " ")]++
			}
		}
	}
}

// ExpandAcronyms writes out the acronyms of a question that the articles
// never use ("why won't the SNC go to Geneva?"), or use in headlines
// only ("…: NYT"), as the name whose initials they are, when the articles
// write that name ("why won't the Syrian National Council go to
// Geneva?", "what did the New York Times say?"). Other words are left as
// typed.
func (m *Matcher) ExpandAcronyms(text string) string {
	words := strings.Fields(text)
	changed := false
	for i, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		core = term.WithoutPossessive(core) // a phone types "’"
		if core == "" {
			continue
		}
		key, written := core, m.ix.SentenceDF(m.stems.Word(core)) > 0
		if !IsAcronym(core) {
			key = strings.ToUpper(core)
			if !written && !m.chatAcronym(core) {
				continue
			}
		}
		if inBody, seen := m.writtenAcronyms()[key]; written && (!seen || inBody) {
			continue // the articles use it as it is (a word, or an acronym of their stories)
		}
		name, ok := m.acronyms()[key]
		if !ok {
			continue
		}
		if glossed(words[:i], w, core, name) {
			// "the Syrian National Council (SNC)": the acronym glosses
			// the name just written, and says it once more; the text
			// after the bracket stays ("(SNC)," keeps its comma).
			words[i-1] += w[strings.Index(w, ")")+1:]
			words[i] = ""
			changed = true
			continue
		}
		words[i] = strings.Replace(w, core, name, 1)
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(slices.DeleteFunc(words, func(w string) bool { return w == "" }), " ")
}

// glossed reports whether w is an acronym in brackets ("(SNC)", core
// "SNC") right after the name it stands for, written out by the words
// before it.
func glossed(before []string, w, core, name string) bool {
	if !strings.HasPrefix(w, "("+core+")") || len(before) == 0 {
		return false
	}
	n := len(strings.Fields(name))
	if len(before) < n {
		return false
	}
	written := strings.TrimRightFunc(strings.Join(before[len(before)-n:], " "), func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.EqualFold(written, name)
}

// acronymName returns, for a question's word that is an acronym the
// articles write in their stories ("RNC", or "rnc" typed in lower case),
// the name whose initials it is, as a phrase that PhraseTerms finds
// where the articles write it out ("republican nation committe" of
// "Republican National Committee"); "" for any other word. An acronym
// they never write is written out before (ExpandAcronyms).
func (m *Matcher) acronymName(surface string) string {
	core := term.WithoutPossessive(strings.TrimFunc(surface, func(r rune) bool { return !unicode.IsLetter(r) }))
	key := strings.ToUpper(core)
	if !IsAcronym(key) || core != key && core != strings.ToLower(core) || !m.writtenAcronyms()[key] {
		return ""
	}
	name, ok := m.acronyms()[key]
	if !ok {
		return ""
	}
	var keys []string
	for _, w := range term.SplitWords(name) {
		keys = append(keys, lexicon.PhraseWord(w))
	}
	return strings.Join(keys, " ")
}

// chatAcronym reports whether a lower-case word may be an acronym typed
// in lower case, as chat does ("why won't the snc go?"): three to six
// letters that are not a stop word and that the lexicon does not know as
// a word (so "the" or "war" is never read as initials). Without the
// lexicon, no word is.
func (m *Matcher) chatAcronym(w string) bool {
	if m.lx == nil || strings.ToLower(w) != w || !IsAcronym(strings.ToUpper(w)) || utf8.RuneCountInString(w) < 3 || term.IsStop(w) || m.stems.Word(w) == "" {
		return false
	}
	return len(m.lx.Related(m.stems.Word(w))) == 0 && len(m.lx.Related(w)) == 0
}

// IsAcronym reports a word of two to six capital letters, the short name
// of an organisation (UN, NATO, ISSG).
func IsAcronym(w string) bool {
	if n := utf8.RuneCountInString(w); n < minAcronym || n > maxAcronym {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
