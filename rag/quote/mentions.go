package quote

import (
	"maps"
	"strings"
	"unicode"
)

// This file gathers the names the corpus gives, people and organisations,
// for the canonicalizer; a Memo lets a run read again only the documents
// that are new or changed.

// mention is a name as the corpus writes it, with where and how often.
// A run that updates an earlier one's names copies a mention before it
// changes it: the earlier run's stay as they were.
type mention struct {
	name    string
	tokens  []string // name in lower case, by word
	sources map[string]sourceUses
	// total counts the uses over the corpus. org reports a form read as
	// an organisation's name ("CNN President Jeff Zucker" may be) in the
	// first article that gives it, in corpus order: never a person's
	// canonical name. role is the first role given beside the name.
	total int
	org   bool
	role  string
}

// sourceUses is how one article gives a name form: how often, whether
// first as an organisation's, and the first role beside it.
type sourceUses struct {
	n    int
	org  bool
	role string
}

// firstRole returns the first role the corpus gives beside the name.
func (m *mention) firstRole() string {
	if m == nil {
		return ""
	}
	return m.role
}

// sum sets the mention's total, org and role from its sources; before
// orders the articles as the corpus does.
func (m *mention) sum(before func(a, b string) bool) {
	m.total, m.org, m.role = 0, false, ""
	first, firstRole := "", ""
	for source, u := range m.sources {
		m.total += u.n
		if first == "" || before(source, first) {
			first, m.org = source, u.org
		}
		if r := shownRole(u.role); r != "" && (firstRole == "" || before(source, firstRole)) {
			firstRole, m.role = source, r
		}
	}
}

// nameAdd is one name a document gives.
type nameAdd struct {
	name, role string
	org        bool
}

// asked is a word whose place in the corpus's lower-case words decided a
// document's names, and what that place was.
type asked struct {
	word  string
	lower bool
}

// docNames is what one document gives the corpus's names: the words it
// writes in lower case (joined by spaces), and its names, which depend on
// the rest of the corpus only through the words in asked.
type docNames struct {
	lower string
	asked []asked
	adds  []nameAdd
	// encoded is the above as a saved Memo holds it (see encode).
	encoded string
}

// nameChange is what one article gave the corpus's names in the run a
// Memo remembers (old) and gives in this one (now): nil where it was not,
// or is no more, in the corpus.
type nameChange struct {
	source   string
	old, now []nameAdd
}

// collectMentions gathers every name form in the corpus, people and
// organisations, titles stripped. With prev, documents it read before
// are not read again, unless a word their names turned on has become, or
// stopped being, one the corpus writes in lower case, and the names are
// prev's updated by what those and the new, changed and removed documents
// change; next (which may be nil) remembers this run's documents.
func collectMentions(docs []Document, prev, next *Memo) *corpusNames {
	// Words the corpus writes in lower case are common words: at the start
	// of a sentence ("On", "Even", "Conversely") they begin no name. The
	// set is counted by document, so a run takes away what the documents
	// that left or changed gave, and adds the new ones.
	keyed := true // a document without a Key cannot be remembered
	sorted := true
	for i, d := range docs {
		keyed = keyed && d.Key != ""
		sorted = sorted && (i == 0 || docs[i-1].Source < d.Source)
	}
	lower := map[string]int{}
	var kept map[string]*docNames
	if keyed && prev != nil && prev.lower != nil {
		lower, kept = maps.Clone(prev.lower), prev.names
	}
	var base *corpusNames
	if kept != nil && sorted && prev.canon != nil {
		base = prev.canon
	}
	current := make(map[string]bool, len(docs))
	for _, d := range docs {
		current[d.memoKey()] = true
	}
	changes := map[string]*nameChange{}
	change := func(source string) *nameChange {
		c := changes[source]
		if c == nil {
			c = &nameChange{source: source}
			changes[source] = c
		}
		return c
	}
	for key, dn := range kept {
		if !current[key] {
			countLower(lower, dn.lower, -1)
			if base != nil {
				change(key[:strings.IndexByte(key, 0)]).old = dn.adds
			}
		}
	}
	found := make([]*docNames, len(docs))
	for i, d := range docs {
		if dn, ok := kept[d.memoKey()]; ok {
			found[i] = dn
			continue
		}
		found[i] = &docNames{lower: lowerWords(d)}
		countLower(lower, found[i].lower, 1)
	}
	names := make(map[string]*docNames, len(docs))
	var order []*nameChange
	for i, d := range docs {
		dn := found[i]
		if dn.adds == nil || !dn.stillHolds(lower) {
			dn = &docNames{lower: dn.lower}
			dn.read(d, lower)
		}
		names[d.memoKey()] = dn
		switch {
		case base == nil:
			order = append(order, &nameChange{source: d.Source, now: dn.adds})
		case dn != found[i]:
			c := change(d.Source)
			if before, ok := kept[d.memoKey()]; ok {
				c.old = before.adds // read again: the corpus's lower-case words changed
			}
			c.now = dn.adds
			order = append(order, c)
		}
	}
	for _, c := range changes {
		if c.now == nil {
			order = append(order, c) // removed
		}
	}
	// Corpus order is the documents' order: their Sources' when sorted,
	// as a corpus is, which a later run's documents keep.
	before := func(a, b string) bool { return a < b }
	if !sorted {
		at := make(map[string]int, len(docs))
		for i := len(docs) - 1; i >= 0; i-- {
			at[docs[i].Source] = i
		}
		before = func(a, b string) bool { return at[a] < at[b] }
	}
	out := base.update(order, before)
	if next != nil && keyed {
		next.lower, next.names, next.canon = lower, names, out
	}
	return out
}

// memoKey names a document's version in a Memo.
func (d Document) memoKey() string { return d.Source + "\x00" + d.Key }

// lowerWords returns the distinct words a document writes in lower case,
// stripped of the punctuation around them, joined by spaces.
func lowerWords(d Document) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, s := range d.Sentences {
		for _, f := range strings.Fields(s.Text) {
			if r := []rune(f); len(r) > 0 && unicode.IsLower(r[0]) {
				w := strings.Trim(f, ".,;:!?\"“”’'()")
				if w != "" && !seen[w] {
					seen[w] = true
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(w)
				}
			}
		}
	}
	return b.String()
}

// countLower adds sign to the count of each of the space-separated words,
// dropping those that reach zero.
func countLower(counts map[string]int, words string, sign int) {
	for _, w := range strings.Fields(words) {
		if counts[w] += sign; counts[w] <= 0 {
			delete(counts, w)
		}
	}
}

// stillHolds reports whether every lower-case word the document's names
// turned on is still as it was.
func (dn *docNames) stillHolds(lower map[string]int) bool {
	for _, a := range dn.asked {
		if (lower[a.word] > 0) != a.lower {
			return false
		}
	}
	return true
}

// read finds the names a document gives, remembering the words it asked
// of the corpus's lower-case set, and encodes them for a saved Memo.
func (dn *docNames) read(d Document, lower map[string]int) {
	dn.adds = []nameAdd{} // read: not nil, even with no names
	isLower := func(w string) bool {
		l := lower[w] > 0
		dn.asked = append(dn.asked, asked{w, l})
		return l
	}
	for _, s := range d.Sentences {
		if s.TitleCase {
			continue // every word would look like a name
		}
		runes := []rune(s.Text)
		ws := splitFrame(runes, make([]int, len(runes)+1))
		if len(ws) > 0 && ws[0].capitalized() && isLower(ws[0].lower()) {
			ws = ws[1:]
		}
		for _, seg := range splitSegments(ws) {
			for _, r := range capitalRuns(seg) {
				if org, ok := orgIn(seg[r.start:r.end]); ok && !titledPerson(seg[r.start:r.end]) {
					dn.adds = append(dn.adds, nameAdd{name: strings.TrimPrefix(org, "The "), org: true})
					// "Pastor Joseph Brown of Marion Avenue Baptist
					// Church": a person of the organisation, named first.
					if p, ok := personFromRun(seg, r); ok {
						dn.adds = append(dn.adds, nameAdd{name: p.name, role: p.role})
					}
				} else {
					// Common words lead no name: "Even China" is China.
					for r.end-r.start > 1 && !titleWords[seg[r.start].lower()] && isLower(seg[r.start].lower()) {
						r.start++
					}
					if p, ok := personFromRun(seg, r); ok {
						dn.adds = append(dn.adds, nameAdd{name: p.name, role: p.role})
					}
				}
			}
		}
	}
	dn.encode()
}
