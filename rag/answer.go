package rag

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Answer is Parley's reply to a question.
type Answer struct {
	// Question is the question as asked.
	Question string `json:"question"`
	// Text is the answer, with [n] markers that refer to Citations.
	Text string `json:"answer"`
	// Abstained is true when the articles do not answer the question.
	Abstained bool `json:"abstained"`
	// Mode is "extractive" or "llm".
	Mode string `json:"mode"`
	// Citations are the passages the answer rests on, numbered from 1.
	Citations []Citation `json:"citations"`
	// Note tells the reader something about how the answer was made, such
	// as the LLM being unavailable; "" when there is nothing to say.
	Note string `json:"-"`
}

// Citation points at the lines of an article that support an answer.
type Citation struct {
	N         int    `json:"n"`
	Source    string `json:"source"`
	LineStart int    `json:"line_start"`
	LineEnd   int    `json:"line_end"`
	Text      string `json:"text"`
}

// Answer modes.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// qkind is what a question asks for.
type qkind int

const (
	askWhat qkind = iota
	askWho
	askWhen
	askWhere
	askHowMany
	askHowLong
	askWhich // "which countries", "what groups": a list of names
	askWhy
)

// question is an analysed question.
type question struct {
	kind qkind
	// terms are the question's distinct content terms, type words left out.
	terms []string
	// surface maps each term to a word as the user wrote it.
	surface map[string]string
	// capitalized holds the terms the user wrote with a capital letter
	// (other than the first word).
	capitalized map[string]bool
}

// typePhrases open questions of each kind; their words are not topic terms.
var typePhrases = []struct {
	prefix string
	kind   qkind
}{
	{"how many", askHowMany}, {"how much", askHowMany}, {"how long", askHowLong},
	{"what year", askWhen}, {"what date", askWhen}, {"what day", askWhen},
	{"what time", askWhen}, {"which year", askWhen}, {"what month", askWhen},
	{"who", askWho}, {"whom", askWho}, {"whose", askWho},
	{"when", askWhen}, {"where", askWhere}, {"why", askWhy},
	{"which", askWhich}, {"what", askWhat},
}

func analyzeQuestion(q string) question {
	lq := strings.ToLower(strings.TrimSpace(q))
	out := question{kind: askWhat, surface: map[string]string{}, capitalized: map[string]bool{}}
	typeWords := map[string]bool{}
	for _, tp := range typePhrases {
		if idx := indexWord(lq, tp.prefix); idx >= 0 && idx < 40 {
			out.kind = tp.kind
			for _, w := range strings.Fields(tp.prefix) {
				typeWords[w] = true
			}
			break
		}
	}
	toks := tokenize(q)
	seen := map[string]bool{}
	for i, t := range toks {
		if t.Term == "" || typeWords[strings.ToLower(t.Surface)] || seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		out.terms = append(out.terms, t.Term)
		out.surface[t.Term] = t.Surface
		if t.Capitalized && i > 0 {
			out.capitalized[t.Term] = true
		}
	}
	if out.kind == askWhat || out.kind == askWhich {
		// "what countries ...", "which groups ...": a plural noun asks for names.
		if len(toks) > 1 && strings.HasSuffix(strings.ToLower(toks[1].Surface), "s") &&
			(strings.EqualFold(toks[0].Surface, "which") || strings.EqualFold(toks[0].Surface, "what")) &&
			!isStopWord(strings.ToLower(toks[1].Surface)) {
			out.kind = askWhich
			// The noun names the kind of answer, not its topic.
			out.terms = removeTerm(out.terms, toks[1].Term)
		} else if out.kind == askWhich {
			out.kind = askWhat
		}
	}
	return out
}

func removeTerm(ts []string, t string) []string {
	out := ts[:0]
	for _, x := range ts {
		if x != t {
			out = append(out, x)
		}
	}
	return out
}

// indexWord finds phrase in s at a word boundary.
func indexWord(s, phrase string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(phrase)
		before := i == 0 || !isWordByte(s[i-1])
		after := end == len(s) || !isWordByte(s[end])
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// relatedTerms are near-synonyms in news about negotiations and wars. A
// question term met only through one of them counts at relatedWeight.
var relatedTerms = groupTerms(
	[]string{"talk", "negoti", "confer", "meet", "summit", "gather"},
	[]string{"war", "conflict", "fight"},
	[]string{"ceasefir", "truce"},
	[]string{"kill", "die", "dead", "death"},
	[]string{"spokesman", "spokeswoman", "spokesperson"},
	[]string{"envoy", "repres", "ambassador", "deleg"},
)

const relatedWeight = 0.6

// groupTerms builds a term → related terms map from groups of stems.
func groupTerms(groups ...[]string) map[string][]string {
	m := make(map[string][]string)
	for _, g := range groups {
		for _, t := range g {
			for _, u := range g {
				if u != t {
					m[t] = append(m[t], u)
				}
			}
		}
	}
	return m
}

// candidate is a sentence considered for the answer.
type candidate struct {
	doc, sent int
	coverage  float64
	typed     bool // holds the kind of answer asked for
	score     float64
}

// Answering thresholds.
const (
	// minCoverage is the share of the question's term weight that the best
	// passage (with its article's headline) must match for Parley to answer.
	minCoverage = 0.5
	// minSentenceCoverage is the share a sentence must match itself to be
	// part of an answer; a sentence of the kind asked for (a date for
	// "when") may match less, since its neighbours carry the topic.
	minSentenceCoverage      = 0.25
	minTypedSentenceCoverage = 0.15
	// keepRatio keeps further sentences scoring at least this share of the best.
	keepRatio = 0.85
	// maxAnswerSentences bounds the extractive answer.
	maxAnswerSentences = 3
)

var (
	monthOrDay = regexp.MustCompile(`(?i)\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|yesterday|today|tomorrow)\b`)
	yearRe     = regexp.MustCompile(`\b(1[89]|20)\d\d\b`)
	relTimeRe  = regexp.MustCompile(`(?i)\b(ago|last (week|month|year)|next (week|month|year)|earlier this|later this)\b`)
	numberRe   = regexp.MustCompile(`(?i)\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?)\b`)
	durationRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty)[\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b`)
	placeRe    = regexp.MustCompile(`\b(in|at|to|near|inside|outside|from)\s+(the\s+)?([A-Z][\p{L}'’-]+)`)
	listRe     = regexp.MustCompile(`[A-Z][\p{L}'’-]+,\s+[A-Z][\p{L}'’-]+,?\s+(and|or)\s+[A-Z][\p{L}'’-]+`)
)

// typeWeight is how much fitting the kind of answer counts: a "when"
// question is not answered by a sentence without a date.
func typeWeight(k qkind) float64 {
	switch k {
	case askWhen, askHowMany, askHowLong:
		return 0.5
	case askWhat, askWhy:
		return 0
	}
	return 0.3
}

// typeBonus scores how well a sentence fits the kind of answer asked for,
// from 0 to 1. Words of the question itself do not count as the answer.
func typeBonus(q question, text string, toks []token) float64 {
	inQ := func(s string) bool {
		t := normalizeWord(s)
		if t == "" {
			return false
		}
		for _, qt := range q.terms {
			// A shared stem start counts too: "Syria" is in "Syrian talks".
			if qt == t || (len(t) >= 5 && len(qt) >= 5 && (strings.HasPrefix(qt, t) || strings.HasPrefix(t, qt))) {
				return true
			}
		}
		return false
	}
	switch q.kind {
	case askWho:
		run := 0
		for i, t := range toks {
			if t.Capitalized && i > 0 && !inQ(t.Surface) && t.Term != "" {
				run++
				if run >= 2 {
					return 1
				}
			} else {
				run = 0
			}
		}
	case askWhen:
		if monthOrDay.MatchString(text) || yearRe.MatchString(text) || relTimeRe.MatchString(text) {
			return 1
		}
	case askWhere:
		for _, m := range placeRe.FindAllStringSubmatch(text, -1) {
			if !inQ(m[3]) {
				return 1
			}
		}
	case askHowMany:
		for _, m := range numberRe.FindAllString(text, -1) {
			if !inQ(m) {
				return 1
			}
		}
	case askHowLong:
		if durationRe.MatchString(text) {
			return 1
		}
	case askWhich:
		if listRe.MatchString(text) {
			return 1
		}
	}
	return 0
}

// idfWeight is the weight of a question term in sentence scoring; terms the
// corpus never uses weigh the most.
func (ix *Index) idfWeight(t string) float64 {
	df := float64(ix.sentDF[t])
	if df == 0 {
		df = 0.5
	}
	return math.Log(1 + float64(ix.nSents)/df)
}

// extractive answers from the passages by picking the best-supported
// sentences, or abstains.
func (ix *Index) extractive(qText string, passages []Passage) Answer {
	q := analyzeQuestion(qText)
	ans := Answer{Question: qText, Mode: ModeExtractive, Citations: []Citation{}}
	if len(q.terms) == 0 {
		ans.Abstained = true
		ans.Text = "I couldn't find a question about the articles in that. Try, for example: \"Who sponsored the Astana talks?\""
		return ans
	}
	if ix.mostlyUnknown(q) && len(ix.unknownNames(q)) < len(ix.unknownTerms(q)) {
		ans.Abstained = true
		ans.Text = "The articles don't say. I couldn't match that to them; they are English news reports on the Syrian peace talks."
		return ans
	}
	if missing := ix.unknownNames(q); len(missing) > 0 {
		ans.Abstained = true
		ans.Text = fmt.Sprintf("The articles don't say: they never mention %s.", joinQuoted(missing))
		return ans
	}
	cands, passageCov := ix.scoreSentences(q, passages)
	if len(cands) == 0 || passageCov < minCoverage {
		ans.Abstained = true
		ans.Text = ix.abstainText(q)
		return ans
	}
	best := cands[0].score
	var picked []candidate
	for _, c := range cands {
		if len(picked) == maxAnswerSentences || c.score < keepRatio*best {
			break
		}
		if c.coverage < minSentenceCoverage && !(c.typed && c.coverage >= minTypedSentenceCoverage) {
			continue
		}
		picked = append(picked, c)
	}
	var parts []string
	for i, c := range picked {
		s := ix.docs[c.doc].Sentences[c.sent]
		ans.Citations = append(ans.Citations, Citation{
			N: i + 1, Source: s.Source, LineStart: s.LineStart, LineEnd: s.LineEnd, Text: s.Text,
		})
		parts = append(parts, fmt.Sprintf("%s [%d]", s.Text, i+1))
	}
	ans.Text = strings.Join(parts, " ")
	return ans
}

// scoreSentences ranks the sentences of the passages for the question. It
// also returns the best coverage of the question by one passage together
// with its article's headline.
func (ix *Index) scoreSentences(q question, passages []Passage) ([]candidate, float64) {
	var total float64
	weights := make(map[string]float64, len(q.terms))
	for _, t := range q.terms {
		w := ix.idfWeight(t)
		weights[t] = w
		total += w
	}
	cover := func(sets ...[]string) float64 {
		got := 0.0
		for t, w := range weights {
			best := 0.0
			for _, ts := range sets {
				if containsTerm(ts, t) {
					best = 1
					break
				}
				for _, r := range relatedTerms[t] {
					if containsTerm(ts, r) {
						best = relatedWeight
					}
				}
			}
			got += best * w
		}
		return got / total
	}
	seen := map[[2]int]bool{}
	var cands []candidate
	bestPassage := 0.0
	for rank, p := range passages {
		headline := ix.headlineTerms(p.Doc)
		passageTerms := [][]string{headline}
		for s := p.First; s <= p.Last; s++ {
			passageTerms = append(passageTerms, ix.sentTerms[p.Doc][s])
		}
		bestPassage = max(bestPassage, cover(passageTerms...))
		for s := p.First; s <= p.Last; s++ {
			key := [2]int{p.Doc, s}
			if seen[key] {
				continue
			}
			seen[key] = true
			sentTerms := ix.sentTerms[p.Doc][s]
			cov := cover(sentTerms)
			if cov == 0 {
				continue
			}
			ctx := [][]string{sentTerms, headline}
			if s > 0 {
				ctx = append(ctx, ix.sentTerms[p.Doc][s-1])
			}
			if s+1 < len(ix.sentTerms[p.Doc]) {
				ctx = append(ctx, ix.sentTerms[p.Doc][s+1])
			}
			sent := ix.docs[p.Doc].Sentences[s]
			typed := 0.0
			if !sent.Headline { // headlines are title case: no names to find
				typed = typeBonus(q, sent.Text, tokenize(sent.Text))
			}
			score := cov + 0.35*(cover(ctx...)-cov) + typeWeight(q.kind)*typed
			if sent.Headline {
				score -= 0.5
			}
			score += 0.02 / float64(rank+1)
			cands = append(cands, candidate{doc: p.Doc, sent: s, coverage: cov, typed: typed > 0, score: score})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	return cands, bestPassage
}

// headlineTerms returns the terms of a document's headline, if it has one.
func (ix *Index) headlineTerms(doc int) []string {
	sents := ix.docs[doc].Sentences
	if len(sents) > 0 && sents[0].Headline {
		return ix.sentTerms[doc][0]
	}
	return nil
}

func containsTerm(ts []string, t string) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// unknownNames returns the names in the question (capitalised words) that
// the corpus never uses: a question about them cannot be answered.
func (ix *Index) unknownNames(q question) []string {
	var out []string
	for _, t := range q.terms {
		if q.capitalized[t] && ix.sentDF[t] == 0 {
			out = append(out, q.surface[t])
		}
	}
	return out
}

// mostlyUnknown reports whether most of the question's terms (70% or more)
// never occur in the corpus: another language, or another subject.
func (ix *Index) mostlyUnknown(q question) bool {
	n := len(ix.unknownTerms(q))
	return n > 0 && n*10 >= len(q.terms)*7
}

// unknownTerms returns the question's terms that the corpus never uses.
func (ix *Index) unknownTerms(q question) []string {
	var out []string
	for _, t := range q.terms {
		if ix.sentDF[t] == 0 {
			out = append(out, t)
		}
	}
	return out
}

// abstainText explains an abstention, naming what the articles lack.
func (ix *Index) abstainText(q question) string {
	var missing []string
	for _, t := range ix.unknownTerms(q) {
		missing = append(missing, q.surface[t])
	}
	if len(missing) > 0 {
		return fmt.Sprintf("The articles don't say: nothing in them is about %s.", joinQuoted(missing))
	}
	return "The articles don't say: no passage in them answers that."
}

// joinQuoted lists words as “a”, “b” and “c”, with only letters, digits and
// simple punctuation kept, so no user text becomes markup.
func joinQuoted(words []string) string {
	q := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == ' ' || r == '.' {
				return r
			}
			return -1
		}, w)
		if w != "" {
			q = append(q, "“"+w+"”")
		}
	}
	switch len(q) {
	case 0:
		return "that"
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}
