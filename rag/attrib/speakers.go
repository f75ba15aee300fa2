package attrib

import (
	"slices"
	"sort"
	"strings"

	"github.com/parleybot/parley/internal/textutil"
)

// QuotesBy lists what a speaker said, found by any alias ("Kerry", "John
// Kerry", "de Mistura"); for an unknown name it suggests similar ones.
func (qi *Quotations) QuotesBy(name string) SpeakerQuotes {
	out := SpeakerQuotes{Quotes: []QuoteRef{}, Suggestions: []string{}}
	key := foldName(name)
	if names, ok := qi.ambiguous[key]; ok {
		out.Suggestions = append(out.Suggestions, names...)
		return out
	}
	i, ok := qi.lookup(key)
	if !ok {
		switch held := qi.byRole(name); len(held) {
		case 0:
			if j, ok := qi.byWords(key); ok {
				i = j // "nyt", "state department": the one speaker so named
				break
			}
			// "russia": Russia's negotiator, its foreign minister; then
			// names spelt alike.
			out.Suggestions = qi.byRoleWord(key)
			for _, n := range qi.suggest(key) {
				if len(out.Suggestions) < 5 && !slices.Contains(out.Suggestions, n) {
					out.Suggestions = append(out.Suggestions, n)
				}
			}
			return out
		case 1:
			i = held[0] // "the state dept spokesman": the one who holds the role
		default:
			for _, h := range held {
				out.Suggestions = append(out.Suggestions, qi.speakers[h].Name)
			}
			return out
		}
	}
	sp := qi.speakers[i]
	out.Speaker, out.Role = &sp.Name, sp.Role
	for _, q := range qi.all {
		if q.Speaker == sp.Name {
			out.Quotes = append(out.Quotes, QuoteRef{Quote: q.Text, Kind: string(q.Kind), Source: q.Source, Line: q.Line})
		}
	}
	return out
}

// byWords returns the one speaker whose name the folded words typed
// name: by its initials ("nyt" for The New York Times, "snc" for The
// Syrian National Council), or by words all of which it holds ("state
// department" for The U.S. State Department). ok is false when no
// speaker, or more than one, is so named.
func (qi *Quotations) byWords(key string) (int, bool) {
	typed := slices.DeleteFunc(strings.Fields(key), func(w string) bool { return nameLinks[w] })
	if len(typed) == 0 {
		return 0, false
	}
	found := -1
	for i, sp := range qi.speakers {
		words := slices.DeleteFunc(strings.Fields(foldName(sp.Name)), func(w string) bool { return nameLinks[w] })
		all := !slices.ContainsFunc(typed, func(w string) bool { return !slices.Contains(words, w) })
		if len(typed) == 1 && len(words) > 1 && typed[0] == initials(words) || all {
			if found >= 0 {
				return 0, false
			}
			found = i
		}
	}
	return found, found >= 0
}

// initials joins the first letters of folded words: "nyt" of "new york
// times".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w[:1])
	}
	return b.String()
}

// nameLinks are the small words of names that no initial stands for.
var nameLinks = map[string]bool{"the": true, "of": true, "and": true, "for": true}

// byRole returns the speakers the articles give a role that the words
// typed name, whole or at its end ("state dept spokesman", "the UN
// envoy", "spokeswoman"), in speaker order.
func (qi *Quotations) byRole(typed string) []int {
	want := roleWords(typed)
	if len(want) == 0 {
		return nil
	}
	// "the fsa guy": anyone with a role in the Free Syrian Army, the
	// role's own noun left out.
	anyRole := len(want) > 1 && personNouns[want[len(want)-1]]
	if anyRole {
		want = want[:len(want)-1]
	}
	matches := func(have []string) bool {
		if !anyRole {
			return endsWithRole(have, want) || endsWithRole(roleOfFirst(have), want)
		}
		// the role's noun last ("State Department spokesman") or first
		// ("spokesman for the Free Syrian Army")
		return len(have) > 1 && (endsWithRole(have[:len(have)-1], want) || roleOfFirst(have) != nil && endsWithRole(have[2:], want))
	}
	var out []int
	for i, sp := range qi.speakers {
		// The role whole, or up to its first comma ("the president of the
		// Syrian National Council, the biggest member …"), as given or
		// with its head last ("Syrian National Council president").
		first, _, _ := strings.Cut(sp.Role, ",")
		for _, have := range [][]string{roleWords(sp.Role), roleWords(first)} {
			if matches(have) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// roleOfFirst writes a role of the form "spokesman for the Free Syrian
// Army" as "Free Syrian Army spokesman", the way one types it; nil for a
// role of another form.
func roleOfFirst(have []string) []string {
	if len(have) < 3 || have[1] != "for" && have[1] != "of" {
		return nil
	}
	return append(slices.Clone(have[2:]), have[0])
}

// endsWithRole reports whether the role words have end with the words
// typed, each typed word one of the role's words or the initials of a
// run of them ("fsa" for "free syrian army").
func endsWithRole(have, want []string) bool {
	j := len(have)
	for k := len(want) - 1; k >= 0; k-- {
		w := want[k]
		if j > 0 && have[j-1] == w {
			j--
			continue
		}
		n := len([]rune(w))
		if n < 2 || j < n {
			return false
		}
		if initials(have[j-n:j]) != w {
			return false
		}
		j -= n
	}
	return true
}

// roleWords folds a role as typed or as the articles give it into words:
// no article, initials joined ("U.N." and "UN" are "un"), and the short
// forms chat uses written out ("dept", "govt", "sec").
func roleWords(s string) []string {
	var out []string
	single := false
	for _, w := range strings.Fields(foldName(s)) {
		if w == "the" || w == "a" || w == "an" {
			continue
		}
		if full, ok := roleShortForms[w]; ok {
			w = full
		}
		if len([]rune(w)) == 1 && single && len(out) > 0 {
			out[len(out)-1] += w // "u s" is "us"
			continue
		}
		single = len([]rune(w)) == 1
		out = append(out, w)
	}
	return out
}

// personNouns stand for anyone with a role: "the fsa guy", "the un
// person".
var personNouns = map[string]bool{
	"guy": true, "guys": true, "dude": true, "person": true, "people": true, "man": true,
	"woman": true, "lady": true, "official": true, "officials": true, "folks": true,
}

// roleShortForms are short forms of words of roles.
var roleShortForms = map[string]string{
	"dept": "department", "govt": "government", "gov": "governor", "sec": "secretary",
	"secy": "secretary", "amb": "ambassador", "rep": "representative", "sen": "senator",
	"pres": "president", "min": "minister", "spox": "spokesman",
}

// lookup finds a speaker by a folded name: an alias, or a name with a
// title before it ("secretary of state john kerry" ends with "john kerry").
func (qi *Quotations) lookup(key string) (int, bool) {
	if i, ok := qi.alias[key]; ok {
		return i, true
	}
	words := strings.Fields(key)
	for k := 1; k < len(words); k++ {
		if i, ok := qi.alias[strings.Join(words[k:], " ")]; ok && len(words)-k >= 2 {
			return i, true
		}
	}
	return 0, false
}

// byRoleWord returns up to five speakers whose role names what key
// names, by a word that begins with it ("Russia's main negotiator",
// "Russian Foreign Minister" for "russia"): none is called so, but they
// speak for it.
func (qi *Quotations) byRoleWord(key string) []string {
	typed := slices.DeleteFunc(strings.Fields(key), func(w string) bool { return nameLinks[w] })
	if len(typed) != 1 || len([]rune(typed[0])) < 2 {
		return []string{}
	}
	out := []string{}
	for _, sp := range qi.speakers {
		if len(out) == 5 {
			break
		}
		if slices.ContainsFunc(roleWords(sp.Role), func(w string) bool { return w == typed[0] || len(typed[0]) >= 4 && strings.HasPrefix(w, typed[0]) }) {
			out = append(out, sp.Name)
		}
	}
	return out
}

// suggest returns up to five speakers whose name or alias is close to key.
func (qi *Quotations) suggest(key string) []string {
	type cand struct {
		name string
		dist int
	}
	best := map[string]int{}
	for alias, i := range qi.alias {
		d := textutil.EditDistance(key, alias)
		if strings.HasPrefix(alias, key) || strings.Contains(" "+alias+" ", " "+key+" ") {
			d = 0
		}
		for _, w := range strings.Fields(key) {
			if len(w) >= 3 && strings.HasPrefix(alias, w) {
				d = min(d, 1)
			}
		}
		limit := max(2, len([]rune(alias))/3)
		if d > limit {
			continue
		}
		name := qi.speakers[i].Name
		if old, ok := best[name]; !ok || d < old {
			best[name] = d
		}
	}
	var cs []cand
	for n, d := range best {
		cs = append(cs, cand{n, d})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].dist != cs[j].dist {
			return cs[i].dist < cs[j].dist
		}
		return cs[i].name < cs[j].name
	})
	out := []string{}
	for i := 0; i < len(cs) && i < 5; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// Speakers lists the corpus's speakers by name, with roles and counts.
func (qi *Quotations) Speakers() []Speaker {
	return append([]Speaker(nil), qi.speakers...)
}

// SpeakerSuggestions returns up to n speakers whose name or alias starts
// with, or holds, what the user has typed, for autocomplete.
func (qi *Quotations) SpeakerSuggestions(typed string, n int) []Speaker {
	key := foldName(typed)
	var prefix, inside []Speaker
	for _, s := range qi.Speakers() {
		match := 0
		for _, name := range append([]string{s.Name}, s.Aliases...) {
			f := foldName(name)
			switch {
			case strings.HasPrefix(f, key) || strings.Contains(" "+f, " "+key):
				match = 2
			case match == 0 && strings.Contains(f, key):
				match = 1
			}
		}
		switch match {
		case 2:
			prefix = append(prefix, s)
		case 1:
			inside = append(inside, s)
		}
	}
	out := append(prefix, inside...)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// CorpusQuote is one quotation of the corpus with its speaker, for export
// and audit (`parley quotes --json --all`).
type CorpusQuote struct {
	// Speaker is the canonical name, or nil when the article leaves the
	// speaker unclear.
	Speaker *string `json:"speaker"`
	// SpeakerType is "person", "organization" or "group" (unnamed people
	// kept by the label the text gives them); "" when unattributed.
	SpeakerType string `json:"speaker_type,omitempty"`
	// Role is the speaker's role as the text gives it, or nil.
	Role   *string `json:"role"`
	Quote  string  `json:"quote"`
	Kind   string  `json:"kind"`
	Source string  `json:"source"`
	Line   int     `json:"line"`
}

// All lists every quotation of the corpus, in corpus order.
func (qi *Quotations) All() []CorpusQuote {
	out := make([]CorpusQuote, 0, len(qi.all))
	for _, q := range qi.all {
		c := CorpusQuote{SpeakerType: q.SpeakerType, Quote: q.Text, Kind: string(q.Kind), Source: q.Source, Line: q.Line}
		if q.Speaker != "" {
			c.Speaker = &q.Speaker
			if role := qi.roleOf(q); role != "" {
				c.Role = &role
			}
		}
		out = append(out, c)
	}
	return out
}
