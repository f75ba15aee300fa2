package quote

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Speaker is one speaker of the corpus.
type Speaker struct {
	// Name is the canonical name: the fullest form the corpus gives.
	Name string `json:"name"`
	// Type is TypePerson, TypeOrg or TypeGroup.
	Type string `json:"type"`
	// Role is the first role the text gives the speaker, if any.
	Role string `json:"role,omitempty"`
	// Aliases are the other forms that name the speaker ("Kerry").
	Aliases []string `json:"aliases,omitempty"`
	// Quotes counts the speaker's quotations.
	Quotes int `json:"quotes"`
}

// Result is what Extract finds in a corpus.
type Result struct {
	Quotes   []Quote
	Speakers []Speaker
}

// Extract finds every quotation in the documents and gives each speaker
// one canonical name across the corpus: "Kerry", "John Kerry" and
// "Secretary of State John Kerry" are John Kerry.
func Extract(docs []Document) Result { return ExtractWith(docs, nil, nil) }

// NameGender reads the gender a first name suggests: "f", "m", or "" when
// it does not say. It lets "she" skip past "Bernie Sanders".
type NameGender func(first string) string

// Memo remembers what ExtractWith read in each document, by its Key, so
// that a document read before is not read again: its quotations, and the
// names it gives. Names are still made canonical across the whole corpus
// on every run.
type Memo struct {
	quotes map[string][]Quote // as found, before names are made canonical
	names  map[string]*docNames
	lower  map[string]int // how many documents write each word in lower case
	// canon is the corpus's names as the run left them, with the
	// canonical names it chose, for the next run to update.
	canon *corpusNames
}

// Remember makes a Memo of the quotations an earlier run found in the
// documents whose Keys keys gives by Source, for an index loaded from
// disk; the next run reads the documents' names again, then remembers
// them too.
func Remember(keys map[string]string, quotes []Quote) *Memo {
	m := &Memo{quotes: make(map[string][]Quote, len(keys))}
	bySource := make(map[string][]Quote)
	for _, q := range quotes {
		q.Speaker = q.Written
		bySource[q.Source] = append(bySource[q.Source], q)
	}
	for source, key := range keys {
		if key != "" {
			m.quotes[Document{Source: source, Key: key}.memoKey()] = bySource[source]
		}
	}
	return m
}

// ReadNames reads the names docs give into m, so that the next run reads
// again only the documents that change: for a memo made by Remember,
// which has none, or whose names LoadNames gave (then only documents it
// does not hold are read). It does nothing when a document has no Key.
func (m *Memo) ReadNames(docs []Document) {
	collectMentions(docs, &Memo{names: m.names, lower: m.lower}, m)
}

// ExtractWith is Extract reusing what memo remembers of documents with the
// same Key; memo (which may be nil) then remembers the documents of this
// run only. gender, if set, gives people named without a gendered role a
// gender from their first name, for resolving "he" and "she".
func ExtractWith(docs []Document, memo *Memo, gender NameGender) Result {
	var quotes []Quote
	seen := map[string][]Quote{}
	for _, d := range docs {
		qs, ok := []Quote(nil), false
		if memo != nil && d.Key != "" {
			qs, ok = memo.quotes[d.memoKey()]
		}
		if !ok {
			qs = extractDocument(d, gender)
		}
		if d.Key != "" {
			seen[d.memoKey()] = qs
		}
		quotes = append(quotes, qs...) // copies: canonical names below leave qs as found
	}
	var prev *Memo
	if memo != nil {
		prev = &Memo{names: memo.names, lower: memo.lower, canon: memo.canon}
		memo.quotes = seen
	}
	names := collectMentions(docs, prev, memo)
	mentions := names.mentions
	canon := newCanonicalizer(names)
	defer names.settle()
	byName := map[string]*Speaker{}
	var order []string
	for i := range quotes {
		q := &quotes[i]
		q.Written = q.Speaker
		if q.Speaker == "" {
			continue // unattributed: no speaker to list
		}
		written := q.Speaker
		if q.SpeakerType != TypeGroup {
			q.Speaker = canon.name(q.Speaker, q.Source, q.SpeakerType == TypePerson)
		}
		sp := byName[q.Speaker]
		if sp == nil {
			sp = &Speaker{Name: q.Speaker, Type: q.SpeakerType}
			byName[q.Speaker] = sp
			order = append(order, q.Speaker)
		}
		sp.Quotes++
		if sp.Role == "" && q.Role != "" {
			sp.Role = q.Role
		}
		if written != q.Speaker && !slices.Contains(sp.Aliases, written) {
			sp.Aliases = append(sp.Aliases, written)
		}
	}
	res := Result{Quotes: quotes}
	for _, name := range order {
		sp := byName[name]
		if sp.Type == TypePerson {
			// The surname alone names the speaker too: "Kerry", "de Mistura".
			units := nameUnits(splitFrame([]rune(sp.Name), make([]int, len([]rune(sp.Name))+1)))
			if last := units[len(units)-1]; len(units) > 1 && !containsFold(sp.Aliases, last) {
				sp.Aliases = append(sp.Aliases, last)
			}
			if sp.Role == "" {
				sp.Role = mentions[sp.Name].firstRole()
			}
		}
		sort.Strings(sp.Aliases)
		res.Speakers = append(res.Speakers, *sp)
	}
	sort.Slice(res.Speakers, func(i, j int) bool { return res.Speakers[i].Name < res.Speakers[j].Name })
	return res
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// corpusNames are the corpus's name forms, indexed for choosing
// canonical names, and the names a run chose. A run that updates an
// earlier one's copies what it changes: the earlier one stays whole, for
// a build that fails and one that runs again.
type corpusNames struct {
	mentions map[string]*mention
	// byLast lists the forms by their last word, in lower case; byKey by
	// initialsKey; bySource by the articles that give them.
	byLast   map[string][]string
	byKey    map[string][]string
	bySource map[string][]string
	// chosen are the canonical names chosen (see canonicalizer.name).
	chosen map[canonKey]string
	// While a run that updates an earlier one chooses: the earlier
	// run's choices, and the last words of the forms and the articles
	// that changed since. A choice for a name whose last word is not
	// among them, quoted in an article that did not change, is the
	// same: every form that can stand for a name ends with its last word.
	before        map[canonKey]string
	changedLast   map[string]bool
	changedSource map[string]bool
}

// canonKey is a name to make canonical, where it is quoted, and whether
// it is a person's.
type canonKey struct {
	name, source string
	person       bool
}

// update returns names holding what changes give and take away; on a
// nil base, the names of the changes alone. before orders the articles.
func (base *corpusNames) update(changes []*nameChange, before func(a, b string) bool) *corpusNames {
	n := &corpusNames{chosen: map[canonKey]string{}}
	if base == nil {
		n.mentions, n.byLast, n.byKey, n.bySource = map[string]*mention{}, map[string][]string{}, map[string][]string{}, map[string][]string{}
	} else {
		n.mentions, n.byLast, n.byKey, n.bySource = maps.Clone(base.mentions), maps.Clone(base.byLast), maps.Clone(base.byKey), maps.Clone(base.bySource)
		n.before, n.changedLast, n.changedSource = base.chosen, map[string]bool{}, map[string]bool{}
	}
	touched := map[string]*mention{}
	get := func(name string) *mention {
		if m := touched[name]; m != nil {
			return m
		}
		m := &mention{name: name, tokens: nameTokens(name), sources: map[string]sourceUses{}}
		if old := n.mentions[name]; old != nil {
			cp := *old
			cp.sources = maps.Clone(old.sources)
			m = &cp
		}
		touched[name] = m
		n.mentions[name] = m
		return m
	}
	again := map[string]bool{}
	for _, c := range changes {
		for _, a := range c.old {
			delete(get(a.name).sources, c.source)
		}
		uses := map[string]sourceUses{}
		var forms []string
		for _, a := range c.now {
			u, seen := uses[a.name]
			if !seen {
				forms = append(forms, a.name)
				u.org = a.org // as the article first gives it
			}
			u.n++
			if u.role == "" {
				u.role = a.role
			}
			uses[a.name] = u
		}
		if !again[c.source] {
			// The article's forms are listed anew; documents sharing a
			// Source (a caller's, never a corpus's) count as one, in turn.
			again[c.source] = true
			delete(n.bySource, c.source)
			if n.changedSource != nil {
				n.changedSource[c.source] = true
			}
		}
		for _, f := range forms {
			m := get(f)
			u, had := m.sources[c.source]
			if had {
				u.n += uses[f].n
				u.role = cmp.Or(u.role, uses[f].role)
			} else {
				u = uses[f]
				n.bySource[c.source] = append(n.bySource[c.source], f)
			}
			m.sources[c.source] = u
		}
	}
	add := func(idx map[string][]string, k, form string) {
		if base == nil {
			idx[k] = append(idx[k], form)
		} else {
			idx[k] = append(slices.Clip(idx[k]), form) // base's slice stays as it was
		}
	}
	drop := func(idx map[string][]string, k, form string) {
		if list := slices.DeleteFunc(slices.Clone(idx[k]), func(f string) bool { return f == form }); len(list) > 0 {
			idx[k] = list
		} else {
			delete(idx, k)
		}
	}
	for form, m := range touched {
		existed := base != nil && base.mentions[form] != nil
		last := ""
		if k := len(m.tokens); k > 0 {
			last = m.tokens[k-1]
		}
		switch {
		case len(m.sources) == 0:
			delete(n.mentions, form)
			if existed {
				if last != "" {
					drop(n.byLast, last, form)
				}
				drop(n.byKey, initialsKey(form), form)
			}
		default:
			m.sum(before)
			if !existed {
				if last != "" {
					add(n.byLast, last, form)
				}
				add(n.byKey, initialsKey(form), form)
			}
		}
		if n.changedLast != nil && last != "" {
			n.changedLast[last] = true
		}
	}
	return n
}

// settle drops what only the run that made n needed.
func (n *corpusNames) settle() {
	n.before, n.changedLast, n.changedSource = nil, nil, nil
}

// canonicalizer picks canonical names, remembering its answers. Its
// indexes keep the work per name proportional to the forms that share its
// last word or its key, not to every form in the corpus.
type canonicalizer struct {
	*corpusNames
	// corpusBest remembers, by name and whether it is a person's, the
	// fullest form over the corpus (see name).
	corpusBest map[[2]string]scoredForm
}

// scoredForm is a name form and its score in name.
type scoredForm struct {
	form  string
	score int
}

func newCanonicalizer(names *corpusNames) *canonicalizer {
	return &canonicalizer{corpusNames: names, corpusBest: map[[2]string]scoredForm{}}
}

// name returns the fullest name in the corpus that ends with name,
// preferring one from the same article, then the most frequent.
func (c *canonicalizer) name(name, source string, person bool) string {
	key := canonKey{name, source, person}
	if v, ok := c.chosen[key]; ok {
		return v
	}
	prefix := ""
	bare := name
	if strings.HasPrefix(name, "The ") {
		prefix, bare = "The ", strings.TrimPrefix(name, "The ")
	}
	want := nameTokens(bare)
	if c.before != nil && !c.changedSource[source] && (len(want) == 0 || !c.changedLast[want[len(want)-1]]) {
		if v, ok := c.before[key]; ok {
			c.chosen[key] = v
			return v
		}
	}
	// A form from the same article first: two people may share a surname
	// across articles (Jeb Bush, George H.W. Bush), and within one the
	// form it gives most often, then the fullest ("Trump" is Eric Trump
	// in an article about him, not a one-off "apoplectic Cheeto Donald
	// Trump"), then, for a person, the first it names. Then the fullest, most frequent
	// form of the corpus, which is the same for every article.
	best, bestScore := bare, -1
	if len(want) > 0 {
		for _, form := range c.bySource[source] {
			m := c.mentions[form]
			if !m.fits(want, person) {
				continue
			}
			score := 1_000_000_000 + m.sources[source].n*1_000_000 + len(m.tokens)*1000 + min(m.total, 999)
			// On a tie the article's first person leads: "Dorothy Woods,
			// whose husband, Navy SEAL Ty Woods, …" is its "Woods".
			if score > bestScore || score == bestScore && !person && form < best {
				best, bestScore = form, score
			}
		}
		if bestScore < 0 {
			if b := c.bestInCorpus(bare, want, person); b.score >= 0 {
				best, bestScore = b.form, b.score
			}
		}
	}
	out := name
	if bestScore >= 0 {
		out = prefix + best
	}
	out = prefix + c.representative(strings.TrimPrefix(out, prefix))
	if person && strings.Contains(out, " ") && out == strings.ToUpper(out) {
		out = titled(out) // "JOEL BENENSON", as a transcript writes him
	}
	c.chosen[key] = out
	return out
}

// nameTokens is a name's words in lower case, without a suffix that
// follows the surname: "Harry B. Harris Jr." is a "Harris".
func nameTokens(name string) []string {
	ts := strings.Fields(strings.ToLower(name))
	if n := len(ts); n > 2 && nameSuffixes[strings.TrimSuffix(ts[n-1], ".")] {
		ts = ts[:n-1]
	}
	return ts
}

// fits reports whether form m is a fuller form of the name whose words
// are want: it ends with them. A person's name is never an
// organisation's, nor holds a title; nor is a person's an
// organisation's ("The Guardian" is no "Don Guardian").
func (m *mention) fits(want []string, person bool) bool {
	got := m.tokens
	return len(got) > len(want) && tokensEndWith(got, want) && !(person && (m.org || hasTitle(got))) && (person || m.org)
}

// rareFuller is how many times more often a name is written than a
// fuller form must be, at most, for the form to stand for it across the
// corpus: "Donald Trump", written thousands of times, is not the one
// article's "Cheeto Donald Trump", while "Kerry" is "John Kerry".
const rareFuller = 10

// bestInCorpus returns the fullest, then most frequent, form of the
// corpus that fits the name bare (whose words are want), or a score
// below 0 when none does.
func (c *canonicalizer) bestInCorpus(bare string, want []string, person bool) scoredForm {
	key := [2]string{bare, ""}
	if person {
		key[1] = "person"
	}
	if b, ok := c.corpusBest[key]; ok {
		return b
	}
	best := scoredForm{form: bare, score: -1}
	own := 0
	if m := c.mentions[bare]; m != nil {
		own = m.total
	}
	for _, form := range c.byLast[want[len(want)-1]] {
		m := c.mentions[form]
		if !m.fits(want, person) || m.total*rareFuller < own {
			continue
		}
		score := len(m.tokens)*1000 + m.total
		if score > best.score || (score == best.score && form < best.form) {
			best = scoredForm{form, score}
		}
	}
	c.corpusBest[key] = best
	return best
}

// hasTitle reports a name form holding a title or role word ("Press
// Secretary", "Speaker").
func hasTitle(tokens []string) bool {
	for _, t := range tokens {
		if titleWords[t] && t != "of" && t != "the" {
			return true
		}
	}
	return false
}

// representative merges the forms of one name that differ only by middle
// initials or case ("Donald J. Trump", "Donald Trump"): the most frequent
// form in the corpus stands for all, the fuller one on a tie.
func (c *canonicalizer) representative(name string) string {
	best, bestN := name, -1
	for _, form := range c.byKey[initialsKey(name)] {
		n := c.mentions[form].total
		if n > bestN || n == bestN && (len(form) > len(best) || len(form) == len(best) && form < best) {
			best, bestN = form, n
		}
	}
	return best
}

// initialsKey is a name in lower case without its middle initials.
func initialsKey(name string) string {
	fs := strings.Fields(strings.ToLower(name))
	out := fs[:0]
	for i, f := range fs {
		r := []rune(strings.Trim(f, "."))
		if i > 0 && i < len(fs)-1 && len(r) <= 1 || i > 0 && i < len(fs)-1 && strings.Count(f, ".") >= 2 && len(r) <= 4 {
			continue // "J.", "H.W."
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

func tokensEndWith(got, want []string) bool {
	off := len(got) - len(want)
	for i, w := range want {
		if got[off+i] != w {
			return false
		}
	}
	return true
}
