package rag

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/term"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/quote"
)

// Attribution is one answer to "who said this?".
type Attribution struct {
	Speaker string  `json:"speaker"`
	Quote   string  `json:"quote"`
	Kind    string  `json:"kind"`
	Source  string  `json:"source"`
	Line    int     `json:"line"`
	Score   float64 `json:"score"`
	// Role is the speaker's role as the text gives it, for display.
	Role string `json:"-"`
}

// QuoteRef is one quotation in a speaker's list.
type QuoteRef struct {
	Quote  string `json:"quote"`
	Kind   string `json:"kind"`
	Source string `json:"source"`
	Line   int    `json:"line"`
}

// SpeakerQuotes is what a speaker said, or suggestions when the name is
// not a speaker of the corpus.
type SpeakerQuotes struct {
	// Speaker is the canonical name, or nil when nobody matched.
	Speaker *string `json:"speaker"`
	// Quotes are the speaker's quotations in corpus order.
	Quotes []QuoteRef `json:"quotes"`
	// Suggestions are speakers with similar names ("did you mean").
	Suggestions []string `json:"suggestions"`
	// Role is the speaker's role, for display.
	Role string `json:"-"`
}

// Speaker is a speaker of the corpus, for listings and autocomplete.
type Speaker = quote.Speaker

// Attribution thresholds.
const (
	// minAttributionScore is the least score Parley stands behind.
	minAttributionScore = 0.6
	// minParaphraseCoverage is the share of a paraphrase's term weight a
	// quotation must hold.
	minParaphraseCoverage = 0.6
	maxAttributions       = 5
	// MaxQuotationRunes is the longest /who-said text accepted.
	MaxQuotationRunes = 2000
)

// ValidateQuotation checks a /who-said text: not empty, not a single
// character, not only punctuation, and otherwise as ValidateQuestion.
func ValidateQuotation(text string) error {
	if err := validateText(text, "quotation", MaxQuotationRunes); err != nil {
		return err
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters == 0 {
		return &InputError{Reason: "That quotation has no words in it. Please give a few words of what was said."}
	}
	if utf8.RuneCountInString(strings.TrimSpace(text)) < 2 || letters < 2 {
		return &InputError{Reason: "That is too short to look up. Please give a few words of what was said."}
	}
	return nil
}

// ValidateSpeakerName checks a /quotes name.
func ValidateSpeakerName(name string) error {
	if err := validateText(name, "name", 200); err != nil {
		return err
	}
	if foldName(name) == "" {
		return &InputError{Reason: "That name has no letters in it. Please type a speaker's name, such as Kerry."}
	}
	return nil
}

// WhoSaid attributes a quotation, a fragment of one, or a paraphrase to the
// speakers of the corpus, best first. An empty list means nobody in the
// articles said it.
func (ix *Index) WhoSaid(ctx context.Context, text string) ([]Attribution, error) {
	all, err := ix.scoreQuotations(ctx, text)
	if err != nil {
		return nil, err
	}
	return best(all, minAttributionScore, maxAttributions), nil
}

// best returns up to n of the scored attributions (best first) that reach
// min; never nil.
func best(all []Attribution, min float64, n int) []Attribution {
	out := []Attribution{}
	for _, a := range all {
		if a.Score >= min && len(out) < n {
			out = append(out, a)
		}
	}
	return out
}

// scoreQuotations scores every quotation against the text, best first,
// leaving out those that score nothing.
func (ix *Index) scoreQuotations(ctx context.Context, text string) ([]Attribution, error) {
	qi := &ix.quotes
	if len(qi.all) == 0 {
		return nil, nil
	}
	qf := foldForMatch(text)
	named := qi.namedSpeakers(qf)
	qTerms := qi.paraphraseTerms(text)
	weights, total := map[string]float64{}, 0.0
	for _, t := range qTerms {
		w := math.Log(1 + float64(len(qi.all))/(float64(qi.df[t])+0.5))
		weights[t] = w
		total += w
	}
	sims, err := qi.similarities(ctx, ix, text, qTerms)
	if err != nil {
		return nil, err
	}
	var out []Attribution
	for i, q := range qi.all {
		score := qi.exactScore(i, qf)
		if total > 0 {
			cov := coverage(weights, total, qi.terms[i], qi.sentTerms[i])
			// Coverage leads; word order and vector similarity refine.
			order := bigramShare(qTerms, qi.terms[i], qi.sentTerms[i])
			fuzzy := 0.85 * cov * (0.75 + 0.15*order + 0.1*float64(sims[i]))
			if cov < minParaphraseCoverage {
				fuzzy *= 0.5 // never enough alone; kept to rank candidates
			}
			score = math.Max(score, fuzzy)
		}
		if score > 0 && named[q.Speaker] {
			score = math.Min(1, score+0.05)
		}
		if score <= 0 {
			continue
		}
		out = append(out, Attribution{
			Speaker: q.Speaker, Quote: q.Text, Kind: string(q.Kind), Source: q.Source,
			Line: q.Line, Score: math.Round(score*1000) / 1000, Role: qi.roleOf(q),
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, nil
}

// exactScore scores a fragment found word for word in quotation i (or in
// the reported speech around it). A longer fragment is stronger evidence:
// one word scores from 0.65, two or three from 0.8, more from 0.9; and
// more as it covers more of the quotation.
func (qi *quoteIndex) exactScore(i int, qf string) float64 {
	words := strings.Fields(qf)
	if len(words) == 0 || (len(words) == 1 && utf8.RuneCountInString(qf) < 4) {
		return 0
	}
	base := 0.9
	switch {
	case len(words) == 1:
		base = 0.65
	case len(words) <= 3:
		base = 0.8
	}
	in := func(hay string) bool { return strings.Contains(" "+hay+" ", " "+qf+" ") }
	switch {
	case in(qi.folded[i]):
		return base + 0.1*float64(len(qf))/float64(max(len(qi.folded[i]), 1))
	case qi.foldedS[i] != "" && in(qi.foldedS[i]):
		return base - 0.05 + 0.1*float64(len(qf))/float64(max(len(qi.foldedS[i]), 1))
	}
	return 0
}

// namedSpeakers returns the speakers a query names ("Kirby said the ...").
func (qi *quoteIndex) namedSpeakers(qf string) map[string]bool {
	out := map[string]bool{}
	padded := " " + qf + " "
	for alias, i := range qi.alias {
		if strings.Contains(padded, " "+alias+" ") {
			out[qi.speakers[i].Name] = true
		}
	}
	return out
}

// paraphraseTerms are the query's terms less speaker names and speech verbs,
// which say who, not what.
func (qi *quoteIndex) paraphraseTerms(text string) []string {
	drop := map[string]bool{"say": true, "tell": true, "ad": true, "ask": true, "claim": true, "state": true}
	for alias := range qi.alias {
		for _, t := range term.Of(alias) {
			drop[t] = true
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range term.Of(text) {
		if !drop[t] && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// similarities returns the cosine similarity of the query to the nearest
// quotations, from the chromem-go collection.
func (qi *quoteIndex) similarities(ctx context.Context, ix *Index, text string, qTerms []string) (map[int]float32, error) {
	out := map[int]float32{}
	n := min(20, qi.coll.Count())
	if n == 0 || len(qTerms) == 0 {
		return out, nil
	}
	vs, err := ix.embedder.Embed(ctx, []string{strings.Join(qTerms, " ")})
	if err != nil {
		return nil, fmt.Errorf("embedding the quotation: %w", err)
	}
	if len(vs) != 1 || !normalize(vs[0]) {
		return out, nil
	}
	res, err := qi.coll.QueryEmbedding(ctx, vs[0], n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("searching the quotations: %w", err)
	}
	for _, r := range res {
		if r.Similarity > 0 {
			for _, i := range qi.byID[r.ID] {
				out[i] = r.Similarity
			}
		}
	}
	return out, nil
}

// coverage is the weighted share of the query terms found in the sets.
func coverage(weights map[string]float64, total float64, sets ...[]string) float64 {
	got := 0.0
	for t, w := range weights {
		for _, s := range sets {
			if slices.Contains(s, t) {
				got += w
				break
			}
		}
	}
	return got / total
}

// bigramShare is the share of the query's adjacent term pairs found
// adjacent in one of the sets.
func bigramShare(q []string, sets ...[]string) float64 {
	if len(q) < 2 {
		return 1
	}
	hit := 0
	for i := 0; i+1 < len(q); i++ {
	search:
		for _, s := range sets {
			for j := 0; j+1 < len(s); j++ {
				if s[j] == q[i] && s[j+1] == q[i+1] {
					hit++
					break search
				}
			}
		}
	}
	return float64(hit) / float64(len(q)-1)
}

// roleOf returns the role of a quotation's speaker.
func (qi *quoteIndex) roleOf(q quote.Quote) string {
	if q.Role != "" {
		return q.Role
	}
	if i, ok := qi.alias[foldName(q.Speaker)]; ok {
		return qi.speakers[i].Role
	}
	return ""
}

// QuotesBy lists what a speaker said, found by any alias ("Kerry", "John
// Kerry", "de Mistura"); for an unknown name it suggests similar ones.
func (ix *Index) QuotesBy(name string) SpeakerQuotes {
	qi := &ix.quotes
	out := SpeakerQuotes{Quotes: []QuoteRef{}, Suggestions: []string{}}
	key := foldName(name)
	if names, ok := qi.ambiguous[key]; ok {
		out.Suggestions = append(out.Suggestions, names...)
		return out
	}
	i, ok := qi.lookup(key)
	if !ok {
		out.Suggestions = qi.suggest(key)
		return out
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

// lookup finds a speaker by a folded name: an alias, or a name with a
// title before it ("secretary of state john kerry" ends with "john kerry").
func (qi *quoteIndex) lookup(key string) (int, bool) {
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

// suggest returns up to five speakers whose name or alias is close to key.
func (qi *quoteIndex) suggest(key string) []string {
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
func (ix *Index) Speakers() []Speaker {
	return append([]Speaker(nil), ix.quotes.speakers...)
}

// llmCandidates is how many near misses the LLM may choose from.
const llmCandidates = 5

// minCandidateScore is the least score of a near miss shown to the LLM.
const minCandidateScore = 0.15

// WhoSaid attributes a quotation; invalid input gives an *InputError.
// When no quotation matches with confidence and an LLM is configured, the
// LLM may pick one of the nearest quotations as a paraphrase.
func (e *Engine) WhoSaid(ctx context.Context, text string) ([]Attribution, error) {
	if err := ValidateQuotation(text); err != nil {
		return nil, err
	}
	all, err := e.ix.Load().scoreQuotations(ctx, text)
	if err != nil {
		return nil, err
	}
	ms := best(all, minAttributionScore, maxAttributions)
	if len(ms) > 0 || e.opt.Generator == nil {
		return ms, nil
	}
	cands := best(all, minCandidateScore, llmCandidates)
	if a, ok := e.chooseQuotation(ctx, text, cands); ok {
		return []Attribution{a}, nil
	}
	return ms, nil
}

// QuotesBy lists what a speaker said; invalid input gives an *InputError.
func (e *Engine) QuotesBy(_ context.Context, speaker string) (SpeakerQuotes, error) {
	if err := ValidateSpeakerName(speaker); err != nil {
		return SpeakerQuotes{}, err
	}
	return e.ix.Load().QuotesBy(speaker), nil
}

// Speakers lists the corpus's speakers, for autocomplete.
func (e *Engine) Speakers() []Speaker { return e.ix.Load().Speakers() }

// QuotationSuggestions returns up to n quotations whose text holds what
// the user has typed so far (folded), for autocomplete; with nothing typed,
// the first n in corpus order.
func (e *Engine) QuotationSuggestions(typed string, n int) []Attribution {
	qi := &e.ix.Load().quotes
	key := foldForMatch(typed)
	var out []Attribution
	for i, q := range qi.all {
		if len(out) >= n {
			break
		}
		if key == "" || strings.Contains(qi.folded[i], key) {
			out = append(out, Attribution{Speaker: q.Speaker, Quote: q.Text, Kind: string(q.Kind), Source: q.Source, Line: q.Line, Role: qi.roleOf(q)})
		}
	}
	return out
}

// SpeakerSuggestions returns up to n speakers whose name or alias starts
// with, or holds, what the user has typed, for autocomplete.
func (e *Engine) SpeakerSuggestions(typed string, n int) []Speaker {
	key := foldName(typed)
	var prefix, inside []Speaker
	for _, s := range e.Speakers() {
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
