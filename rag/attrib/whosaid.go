package attrib

import (
	"cmp"
	"context"
	"encoding/json"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/input"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// Attribution is one answer to "who said this?": a quotation of the corpus,
// who said it, where, and how well it matches.
type Attribution struct {
	// Speaker is who said it; "" when the article leaves it unclear (JSON
	// null).
	Speaker string  `json:"speaker"`
	Quote   string  `json:"quote"`
	Kind    string  `json:"kind"`
	Source  string  `json:"source"`
	Line    int     `json:"line"`
	Score   float64 `json:"score"`
	// Role is the speaker's role as the text gives it, for display.
	Role string `json:"-"`
}

// MarshalJSON writes an unattributed quotation's speaker as null.
func (a Attribution) MarshalJSON() ([]byte, error) {
	type plain Attribution
	var speaker *string
	if a.Speaker != "" {
		speaker = &a.Speaker
	}
	return json.Marshal(struct {
		Speaker *string `json:"speaker"`
		plain
	}{speaker, plain(a)})
}

// Unattributed is how a quotation with no speaker is shown.
const Unattributed = "unattributed in the article"

// QuoteRef is one quotation in a speaker's list, and where it stands.
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
	// MinScore is the least score Parley stands behind.
	MinScore = 0.6
	// minParaphraseCoverage is the share of a paraphrase's term weight a
	// quotation must hold.
	minParaphraseCoverage = 0.6
	// minParaphraseTerms is how many words a paraphrase must hold beyond
	// stop words: one shared word ("they came") is no evidence of who said
	// it, though the words found as written still are.
	minParaphraseTerms = 2
	// MaxMatches bounds the attributions of one query.
	MaxMatches = 5
	// MaxQuotationRunes is the longest /who-said text accepted.
	MaxQuotationRunes = 2000
)

// ValidateQuotation checks a /who-said text: not empty, not a single
// character, not only punctuation, and otherwise as input.Question.
func ValidateQuotation(text string) error {
	if err := input.Text(text, "quotation", MaxQuotationRunes); err != nil {
		return err
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters == 0 {
		return &input.Error{Reason: "That quotation has no words in it. Please give a few words of what was said."}
	}
	if utf8.RuneCountInString(strings.TrimSpace(text)) < 2 || letters < 2 {
		return &input.Error{Reason: "That is too short to look up. Please give a few words of what was said."}
	}
	return nil
}

// ValidateSpeakerName checks a /quotes name.
func ValidateSpeakerName(name string) error {
	if err := input.Text(name, "name", 200); err != nil {
		return err
	}
	if foldName(name) == "" {
		return &input.Error{Reason: "That name has no letters in it. Please type a speaker's name, such as Kerry."}
	}
	return nil
}

// WhoSaid attributes a quotation, a fragment of one, or a paraphrase to the
// speakers of the corpus, best first. An empty list means nobody in the
// articles said it.
func (qi *Quotations) WhoSaid(ctx context.Context, text string) ([]Attribution, error) {
	all, err := qi.Score(ctx, text)
	if err != nil {
		return nil, err
	}
	return Best(all, MinScore, MaxMatches), nil
}

// Best returns up to n of the scored attributions (best first) that reach
// min; never nil.
func Best(all []Attribution, min float64, n int) []Attribution {
	out := []Attribution{}
	for _, a := range all {
		if a.Score >= min && len(out) < n {
			out = append(out, a)
		}
	}
	return out
}

// Score scores the quotations that can match the text (candidates), best
// first, leaving out those that score nothing.
func (qi *Quotations) Score(ctx context.Context, text string) ([]Attribution, error) {
	if len(qi.all) == 0 {
		return nil, nil
	}
	qf := foldForMatch(text)
	named, namedTerms := qi.namedSpeakers(qf)
	frag := newFragment(qf).withDroppable()
	// "cant" is "cannot", "no one" "nobody", "lots of" "many" and "a
	// single" "one", no words of their own (plainWording).
	read := plainWording(oneAsBody(question.ChatSpellings(text)))
	all := term.Of(read)
	qTerms := qi.paraphraseTerms(all, namedTerms)
	weights, total := map[string]float64{}, 0.0
	for _, t := range qTerms {
		w := math.Log(1 + float64(len(qi.all))/(float64(qi.df[t])+0.5))
		weights[t] = w
		total += w
	}
	var lx *lexicon.Lexicon
	if qi.lexicon != nil {
		lx = qi.lexicon()
	}
	near := qi.nearTerms(read, qTerms, lx)
	var neg []string
	if term.Negates(read) {
		neg = append([]string{}, term.Negated(read)...)
	}
	measured := measuredTerms(read)
	cands := qi.candidates(all, near)
	sims, err := qi.similarities(ctx, qTerms, cands)
	if err != nil {
		return nil, err
	}
	var out []Attribution
	for _, i := range cands {
		q := qi.all[i]
		score := qi.exactScore(i, frag)
		if score == 0 {
			score = qi.nearVerbatimScore(i, frag)
		}
		if total > 0 {
			sets, negated, own := [][]string{qi.terms[i], qi.sentTerms[i]}, qi.negated[i], qi.terms[i]
			cov := coverage(weights, total, near, sets...)
			if next := qi.continued(i); next >= 0 {
				// A query that runs over two sentences of one saying
				// ("… states have to balance budgets," he said. "… higher
				// education is not a priority.") is met by the two, and
				// cited by the one that holds more of it.
				both := append(slices.Clone(sets), qi.terms[next], qi.sentTerms[next])
				if joint := coverage(weights, total, near, both...); joint > cov && qi.holdsMore(cov, i, next, weights, total, near) {
					cov, sets = joint, both
					negated = append(slices.Clone(negated), qi.negated[next]...)
					own = append(slices.Clone(own), qi.terms[next]...)
				}
			}
			// Coverage leads; word order and vector similarity refine.
			order := bigramShare(qTerms, near, sets...)
			fuzzy := 0.85 * cov * (0.75 + 0.15*order + 0.1*float64(sims[i]))
			// A paraphrase that says the opposite is read for only when
			// it would count.
			if cov < minParaphraseCoverage || len(qTerms) < minParaphraseTerms ||
				fuzzy > score && (saysOpposite(lx, qTerms, sets...) || negatesOther(neg, negated, qTerms, own) ||
					otherUnit(measured, sets...)) {
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
	slices.SortStableFunc(out, func(a, b Attribution) int { return cmp.Compare(b.Score, a.Score) })
	return out, nil
}

// continued returns the quotation that goes on from quotation i, or
// comes before it, in the same paragraph and the same speaker's mouth;
// -1 when there is none.
func (qi *Quotations) continued(i int) int {
	q := qi.all[i]
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(qi.all) {
			continue
		}
		if o := qi.all[j]; o.Speaker != "" && o.Speaker == q.Speaker && o.Source == q.Source && o.Line == q.Line && o.Text != q.Text {
			return j
		}
	}
	return -1
}

// holdsMore reports whether quotation i, whose coverage of the query is
// cov, holds more of it than quotation j, the other of its pair (the
// earlier one on a tie): the one the pair's score goes to.
func (qi *Quotations) holdsMore(cov float64, i, j int, weights map[string]float64, total float64, near map[string]map[string]float64) bool {
	other := coverage(weights, total, near, qi.terms[j], qi.sentTerms[j])
	return cov > other || cov == other && i < j
}

// fragment is a folded query, read once for matching every quotation.
type fragment struct {
	text string
	// base is the score of a match of this many words; 0 for none.
	base float64
	// mid, pre and suf are the text with a space around, before and after.
	mid, pre, suf string
	// words are the text's words, and droppable tells those a match may
	// leave out (see nearVerbatimScore).
	words     []string
	droppable []bool
}

func newFragment(qf string) fragment {
	f := fragment{text: qf, mid: " " + qf + " ", pre: qf + " ", suf: " " + qf}
	words := strings.Fields(qf)
	switch {
	case len(words) == 0 || (len(words) == 1 && utf8.RuneCountInString(qf) < 4):
	case len(words) == 1:
		f.base = 0.65
	case len(words) <= 3:
		f.base = 0.8
	default:
		f.base = 0.9
	}
	return f
}

// withDroppable returns the fragment with its words and those a match
// may leave out: stop words that negate nothing.
func (f fragment) withDroppable() fragment {
	f.words = strings.Fields(f.text)
	f.droppable = make([]bool, len(f.words))
	for i, w := range f.words {
		f.droppable[i] = term.IsStop(w) && !term.Negates(w) && !strings.HasSuffix(w, "nt")
	}
	return f
}

// in reports whether hay holds the fragment as whole words.
func (f fragment) in(hay string) bool {
	return hay == f.text || strings.HasPrefix(hay, f.pre) || strings.HasSuffix(hay, f.suf) || strings.Contains(hay, f.mid)
}

// exactScore scores a fragment found word for word in quotation i (or in
// the reported speech around it). A longer fragment is stronger evidence:
// one word scores from 0.65, two or three from 0.8, more from 0.9; and
// more as it covers more of the quotation.
func (qi *Quotations) exactScore(i int, f fragment) float64 {
	if f.base == 0 {
		return 0
	}
	qf, base, in := f.text, f.base, f.in
	switch {
	case in(qi.folded[i]):
		return base + 0.1*float64(len(qf))/float64(max(len(qi.folded[i]), 1))
	case qi.foldedS[i] != "" && in(qi.foldedS[i]):
		return base - 0.05 + 0.1*float64(len(qf))/float64(max(len(qi.foldedS[i]), 1))
	}
	return 0
}

// droppedWordCost is what each stop word of a fragment that the
// quotation does not hold costs a match found without it.
const droppedWordCost = 0.05

// nearVerbatimScore scores a fragment found word for word in quotation i
// once the stop words the quotation does not hold are left out: "we only
// have one goal here" is "we have one goal" misremembered, less surely
// for every word left out. At least three words must be found, twice as
// many as are left out; a negation is never left out, for it turns what
// is said around.
func (qi *Quotations) nearVerbatimScore(i int, f fragment) float64 {
	if f.base == 0 {
		return 0
	}
	if len(f.words) < 4 || !slices.Contains(f.droppable, true) {
		return 0 // three words kept and one left out at least
	}
	held := func(w string) bool {
		return textutil.IndexWord(qi.folded[i], w, isFoldedByte) >= 0 || textutil.IndexWord(qi.foldedS[i], w, isFoldedByte) >= 0
	}
	for k, w := range f.words {
		if !f.droppable[k] && !held(w) {
			return 0 // a word that must be found is not: most quotations
		}
	}
	kept := make([]string, 0, len(f.words))
	dropped := 0
	for k, w := range f.words {
		if f.droppable[k] && !held(w) {
			dropped++
			continue
		}
		kept = append(kept, w)
	}
	if dropped == 0 || len(kept) < 3 || 2*dropped > len(kept) {
		return 0
	}
	s := qi.exactScore(i, newFragment(strings.Join(kept, " ")))
	if s == 0 {
		return 0
	}
	return s - droppedWordCost*float64(dropped)
}

// isFoldedByte reports a byte of a word of a folded text, whose words
// single spaces split (foldForMatch).
func isFoldedByte(b byte) bool { return b != ' ' }

// namedSpeakers returns the speakers a query names ("Kirby said the ..."):
// those with a name or alias that is a run of its words, and the terms
// of those runs. qf is folded, so its words are split by single spaces,
// as the aliases' are.
func (qi *Quotations) namedSpeakers(qf string) (map[string]bool, map[string]bool) {
	out, terms := map[string]bool{}, map[string]bool{}
	var starts, ends []int // each word's byte span in qf
	for i, w := range strings.Split(qf, " ") {
		at := 0
		if i > 0 {
			at = ends[i-1] + 1
		}
		starts, ends = append(starts, at), append(ends, at+len(w))
	}
	for i := range starts {
		for j := i; j < len(ends) && j-i < qi.aliasWords; j++ {
			if k, ok := qi.alias[qf[starts[i]:ends[j]]]; ok {
				out[qi.speakers[k].Name] = true
				for _, t := range term.Of(qf[starts[i]:ends[j]]) {
					terms[t] = true
				}
			}
		}
	}
	return out, terms
}

// speechTerm reports the terms of speech verbs, which say who, not what.
func speechTerm(t string) bool {
	switch t {
	case "say", "tell", "ad", "ask", "claim", "state":
		return true
	}
	return false
}

// candidates are the quotations that can score for a query of terms ts:
// those that hold one of its terms, or a word near one. A quotation holding none
// has no fragment of the query word for word and covers none of it. A
// query of no terms at all ("it is what it is") is matched against all.
func (qi *Quotations) candidates(ts []string, near map[string]map[string]float64) []int {
	if len(ts) == 0 {
		out := make([]int, len(qi.all))
		for i := range out {
			out[i] = i
		}
		return out
	}
	seen := make([]bool, len(qi.all))
	var out []int
	add := func(t string) {
		for _, i := range qi.holding[t] {
			if !seen[i] {
				seen[i] = true
				out = append(out, int(i))
			}
		}
	}
	for _, t := range ts {
		add(t)
		for u := range near[t] {
			add(u)
		}
	}
	sort.Ints(out)
	return out
}

// paraphraseTerms are a query's terms ts less the speakers' names it
// says (named, see namedSpeakers) and speech verbs, which say who, not
// what. A word of a name the query does not say is its content: the
// "opposition" of "the opposition being there is pivotal" is no
// mention of "Syrian opposition leaders".
func (qi *Quotations) paraphraseTerms(ts []string, named map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range ts {
		if !speechTerm(t) && !named[t] && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// similarities returns the cosine similarity of the query to the nearest
// of the candidate quotations, by the index's vectors: only a candidate
// can score, so only theirs are read.
func (qi *Quotations) similarities(ctx context.Context, qTerms []string, cands []int) (map[int]float32, error) {
	out := map[int]float32{}
	if len(qTerms) == 0 {
		return out, nil
	}
	ids := make([]string, len(cands))
	for k, i := range cands {
		ids[k] = qi.ids[i]
	}
	hits, err := qi.ix.SearchQuotesAmong(ctx, strings.Join(qTerms, " "), 20, ids)
	if err != nil {
		return nil, err
	}
	for _, h := range hits {
		for _, i := range qi.byID[h.ID] {
			out[i] = float32(h.Score)
		}
	}
	return out, nil
}

// nearTerms returns, for each query term, the quotations' terms near it
// with their cosines: by the word vectors, and its related terms
// (WordNet's synonyms and kin) and the noun a verb and its particle
// make in read, the query (match.ParticleNouns), at relatedCosine unless
// the vectors put them nearer.
func (qi *Quotations) nearTerms(read string, qTerms []string, lx *lexicon.Lexicon) map[string]map[string]float64 {
	near := map[string]map[string]float64{}
	nw := qi.near()
	// meet records that u meets t at cosine c, the best of its ways.
	meet := func(t, u string, c float64) {
		if near[t] == nil {
			near[t] = map[string]float64{}
		}
		near[t][u] = max(near[t][u], c)
	}
	for _, t := range qTerms {
		// Vectors never stand in for a name or a number: "Vienna" is
		// near "Moscow", and "Assad" near "Syria", but neither says it.
		if !isName(lx, t) && !term.IsNumber(t) {
			for u, c := range nw.of(t) {
				if !isName(lx, u) {
					meet(t, u, c)
				}
			}
		}
		if qi.df[t] == 0 {
			// A word the quotations write is met by its own stem, not
			// by a kin's.
			for _, u := range qi.kin(t) {
				meet(t, u, kinCosine)
			}
		}
		// Related words meet a word the quotations write elsewhere too
		// ("pushing for" is "press for", though another quotation says
		// "push"), when its vector is as near as a loose paraphrase's:
		// the relation is of the sense the word is used in, not a far
		// one (owner and save, 0.35).
		for _, r := range lx.Related(t) {
			if qi.df[r] > 0 && (qi.df[t] == 0 || nw.cosine(t, r) >= match.MinLooseCosine) {
				meet(t, r, relatedCosine)
			}
		}
	}
	// "the world is melting down" is the "meltdown" a quotation says.
	for t, c := range match.ParticleNouns(term.Tokenize(read), lx, func(c string) bool { return qi.df[c] > 0 }) {
		meet(t, c, relatedCosine)
	}
	return near
}

// isName reports a term WordNet knows only as a name (Vienna, Syria).
func isName(lx *lexicon.Lexicon, t string) bool { return lx != nil && lx.IsProperName(t) }

// measuredTerms returns the terms of each number in text that a unit
// follows ("every 25 minutes"), with the unit's term: {"25", "minut"}.
func measuredTerms(text string) [][2]string {
	var out [][2]string
	toks := term.Tokenize(text)
	for i := 0; i+1 < len(toks); i++ {
		if term.IsNumber(toks[i].Term) && question.IsUnit(strings.ToLower(toks[i+1].Surface)) {
			out = append(out, [2]string{toks[i].Term, toks[i+1].Term})
		}
	}
	return out
}

// otherUnit reports a quotation that holds a number the query measures
// (measuredTerms) but never in the query's unit: "one Syrian killed every
// 25 hours" is not "every 25 minutes", though the quotation says "48
// hours" too.
func otherUnit(measured [][2]string, sets ...[]string) bool {
	for _, m := range measured {
		held, inUnit := false, false
		for _, s := range sets {
			for j, t := range s {
				if t == m[0] {
					held = true
					inUnit = inUnit || j+1 < len(s) && s[j+1] == m[1]
				}
			}
		}
		if held && !inUnit {
			return true
		}
	}
	return false
}

// saysOpposite reports a quotation that holds the opposite of a query
// word and not the word ("I lost the argument" for "Kerry won the
// argument"): it is no paraphrase of the query, though it holds the rest.
func saysOpposite(lx *lexicon.Lexicon, qTerms []string, sets ...[]string) bool {
	held := func(t string) bool {
		return slices.ContainsFunc(sets, func(s []string) bool { return slices.Contains(s, t) })
	}
	for _, t := range qTerms {
		if held(t) {
			continue
		}
		for _, a := range lx.Antonyms(t) {
			if !slices.Contains(qTerms, a) && held(a) {
				return true
			}
		}
	}
	return false
}

// negatesOther reports a quotation that negates what the query says, or
// says what the query negates: "the US will send a delegation" is not
// "it would not send a delegation". neg and quoteNeg are the query's and
// the quotation's negated terms (term.Negated), nil for no negation.
func negatesOther(neg, quoteNeg, qTerms, quoteTerms []string) bool {
	if neg == nil {
		return slices.ContainsFunc(quoteNeg, func(t string) bool { return slices.Contains(qTerms, t) })
	}
	// The query negates words the quotation says but does not negate:
	// "we have no plans to meet Russia" is not "the meeting took place
	// … as Moscow rejected a plea", whose negation is of other words.
	said := false
	for _, t := range neg {
		if slices.Contains(quoteNeg, t) {
			return false
		}
		said = said || slices.Contains(quoteTerms, t)
	}
	return said
}

// relatedCosine is the cosine a related term counts as: the least a near
// word needs (match.MinCosine), so it earns a near word's least credit,
// half of the word's weight, as a related word earns half in answering
// (match.CreditRelated).
const relatedCosine = match.MinCosine

// kinCosine is the cosine a term's kin counts as (see kin): near the
// same word, as "legitimacy" is "legitimate" said as a noun.
const kinCosine = 0.8

// nearCredit is what a word met by a near word counts in a paraphrase:
// half at match.MinCosine, rising to whole at synonymCosine, where GloVe's
// neighbours are synonyms (truce and ceasefire, 0.92); 0 for no cosine.
func nearCredit(cos float64) float64 {
	if cos < match.MinCosine {
		return 0
	}
	return 0.5 + 0.5*min(1, (cos-match.MinCosine)/(synonymCosine-match.MinCosine))
}

// synonymCosine is the cosine from which a near word counts as the same.
const synonymCosine = 0.85

// coverage is the weighted share of the query terms found in the sets:
// a term found as it is counts whole, one met by a near word (near[t])
// counts its cosine.
func coverage(weights map[string]float64, total float64, near map[string]map[string]float64, sets ...[]string) float64 {
	got := 0.0
	for t, w := range weights {
		best := 0.0
		for _, s := range sets {
			if slices.Contains(s, t) {
				best = 1
				break
			}
			for _, u := range s {
				best = max(best, nearCredit(near[t][u]))
			}
		}
		got += best * w
	}
	return got / total
}

// bigramShare is the share of the query's adjacent term pairs found
// adjacent in one of the sets.
func bigramShare(q []string, near map[string]map[string]float64, sets ...[]string) float64 {
	if len(q) < 2 {
		return 1
	}
	same := func(a, b string) bool { return a == b || near[a][b] > 0 }
	hit := 0
	for i := 0; i+1 < len(q); i++ {
	search:
		for _, s := range sets {
			for j := 0; j+1 < len(s); j++ {
				if same(q[i], s[j]) && same(q[i+1], s[j+1]) {
					hit++
					break search
				}
			}
		}
	}
	return float64(hit) / float64(len(q)-1)
}

// roleOf returns the role of a quotation's speaker.
func (qi *Quotations) roleOf(q quote.Quote) string {
	if q.Role != "" {
		return q.Role
	}
	return qi.speakerRole[q.Speaker]
}

// QuotationSuggestions returns up to n quotations whose text holds what
// the user has typed so far (folded), for autocomplete; with nothing typed,
// the first n in corpus order.
func (qi *Quotations) QuotationSuggestions(typed string, n int) []Attribution {
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
