// Command attreval measures rag/quote on a corpus of news annotated with
// attributions in PolNeAR's brat format (a text/ folder of articles and an
// attributions/ folder of .ann files: Source, Cue and Content spans):
//
//	go run ./internal/tools/attreval -dir PATH/TO/polnear/dev
//
// It runs the extractor over all the articles as one corpus, as Parley
// would, and reports quotation recall and precision, speaker accuracy
// (the same person: surname and, when both give one, first name), the
// share of clean display names, and the recall of reported speech with a
// speech verb. The corpus is read from disk; none of it is in Parley.
package main

import (
	"flag"
	"fmt"
	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/wordvec"
)

// attribution is one annotated attribution.
type attribution struct {
	source, cue, content string
	contentStart         int
	// line is the 1-based line of the article where the content starts:
	// the same quotation may be quoted again elsewhere in the article, by
	// someone else, and only the one at this place is this attribution.
	line int
	// sourceStart and sourceEnd are the source span's rune offsets.
	sourceStart, sourceEnd int
	// coref is the name CoreNLP's coreference gives an unnamed source
	// ("he"), when the split has its corenlp/ folder.
	coref string
}

func main() {
	dir := flag.String("dir", "", "a PolNeAR split folder with text/ and attributions/")
	verbose := flag.Int("v", 0, "print up to this many examples of each kind of miss")
	whoSaid := flag.Int("who-said", 0, "also type up to this many gold quotations into who-said and score its first answer")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "attreval: -dir is required")
		os.Exit(2)
	}
	if err := run(*dir, *verbose, *whoSaid); err != nil {
		fmt.Fprintln(os.Stderr, "attreval:", err)
		os.Exit(1)
	}
}

func run(dir string, verbose, whoSaid int) error {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return fmt.Errorf("no articles in %s/text", dir)
	}
	gold := map[string][]attribution{}
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(t)
		if err != nil {
			return err
		}
		as, err := readAnn(anns[0], []rune(string(raw)))
		if err != nil {
			return err
		}
		coref := readCoref(filepath.Join(dir, "corenlp", filepath.Base(t)+".xml"))
		for i := range as {
			if !named(as[i].source) && as[i].sourceEnd > as[i].sourceStart {
				as[i].coref = coref.nameAt(as[i].sourceStart, as[i].sourceEnd)
			}
		}
		gold[filepath.Base(t)] = as
	}
	docs, err := document.LoadCorpus(os.DirFS(filepath.Join(dir, "text")), dir)
	if err != nil {
		return err
	}
	vectors, err := wordvec.Load()
	if err != nil {
		return err
	}
	res := quote.ExtractWith(index.QuoteDocuments(docs), nil, vectors.NameGender)
	byDoc := map[string][]quote.Quote{}
	for _, q := range res.Quotes {
		byDoc[q.Source] = append(byDoc[q.Source], q)
	}
	var s score
	for src, as := range gold {
		s.article(as, byDoc[src], verbose)
	}
	s.report(res)
	if whoSaid > 0 {
		return scoreWhoSaid(dir, gold, whoSaid, verbose)
	}
	return nil
}

// readAnn reads the attributions of one .ann file.
func readAnn(path string, text []rune) ([]attribution, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	type span struct {
		label      string
		start, end int
	}
	spans := map[string]span{}
	var events [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		fs := strings.Split(line, "\t")
		if len(fs) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(fs[0], "T"):
			head := strings.Fields(strings.ReplaceAll(fs[1], ";", " "))
			if len(head) < 3 {
				continue
			}
			start, _ := strconv.Atoi(head[1])
			end, _ := strconv.Atoi(head[len(head)-1])
			spans[fs[0]] = span{head[0], start, end}
		case strings.HasPrefix(fs[0], "E"):
			events = append(events, strings.Fields(fs[1]))
		}
	}
	at := func(sp span) string {
		if sp.start < 0 || sp.end > len(text) || sp.start >= sp.end {
			return ""
		}
		return string(text[sp.start:sp.end])
	}
	var out []attribution
	for _, ev := range events {
		var a attribution
		for _, part := range ev {
			role, id, ok := strings.Cut(part, ":")
			if !ok {
				continue
			}
			sp := spans[id]
			switch role {
			case "Source":
				a.source, a.sourceStart, a.sourceEnd = at(sp), sp.start, sp.end
			case "Cue":
				a.cue = at(sp)
			case "Content":
				a.content, a.contentStart = at(sp), sp.start
				a.line = lineOf(text, sp.start)
			}
		}
		if a.content != "" {
			out = append(out, a)
		}
	}
	return out, nil
}

// lineOf is the 1-based line of text holding rune offset off.
func lineOf(text []rune, off int) int {
	line := 1
	for _, r := range text[:min(max(off, 0), len(text))] {
		if r == '\n' {
			line++
		}
	}
	return line
}

// nearLines is how far, in lines, a found quotation may start from the
// gold content's start and still be the same attribution: a quotation
// may run on over a paragraph break, and PolNeAR's content may open with
// the reported clause a line before the marks.
const nearLines = 2

var quotedRe = regexp.MustCompile(`(?:["“”]|'')([^"“”]+?)(?:["“”]|'')`)

// score counts what the measures need.
type score struct {
	goldQuotes, foundQuotes       int
	extracted, extractedMatched   int
	speakerEval, speakerRight     int
	attributed                    int // found quotations Parley gives a speaker
	unnamedGold, unnamedAttrib    int // found quotations whose gold source is "he", "the senator"…
	corefEval, corefRight         int // those of them attributed, with a name from coreference
	names, cleanNames             int
	goldReported, foundReported   int
	reportedOut, reportedOK       int // reported speech found, and that matches some gold attribution
	missQ, wrongSp, junk, missRep []string
	wrongCoref, unattributed      []string
}

func (s *score) article(gold []attribution, got []quote.Quote, verbose int) {
	var marked []quote.Quote
	var reported []quote.Quote
	for _, q := range got {
		if q.Kind == quote.Indirect {
			reported = append(reported, q)
		} else {
			marked = append(marked, q)
		}
	}
	for _, q := range reported {
		s.reportedOut++
		for _, a := range gold {
			if tokenOverlap(q.Text, a.content) >= 0.5 {
				s.reportedOK++
				break
			}
		}
	}
	usedGold := map[int]bool{}
	for _, q := range marked {
		s.extracted++
		for i, a := range gold {
			if overlaps(q.Text, a.content) {
				s.extractedMatched++
				usedGold[i] = true
				break
			}
		}
	}
	for _, a := range gold {
		m := quotedRe.FindAllStringSubmatch(a.content, -1)
		if len(m) == 0 {
			if isSpeechCue(a.cue) {
				s.goldReported++
				found := false
				for _, q := range reported {
					if tokenOverlap(q.Text, a.content) >= 0.5 {
						found = true
						break
					}
				}
				if found {
					s.foundReported++
				} else if len(s.missRep) < verbose {
					s.missRep = append(s.missRep, fmt.Sprintf("%s | %s | %s", a.source, a.cue, shorten(a.content)))
				}
			}
			continue
		}
		s.goldQuotes++
		// The quotation found at the gold's place: the same words are
		// often quoted again further on, by another speaker.
		var hit *quote.Quote
		for i := range marked {
			d := marked[i].Line - a.line
			if d < -nearLines || d > nearLines {
				continue
			}
			for _, mm := range m {
				if overlaps(marked[i].Text, mm[1]) && (hit == nil || abs(d) < abs(hit.Line-a.line)) {
					hit = &marked[i]
					break
				}
			}
		}
		if hit == nil {
			if len(s.missQ) < verbose {
				s.missQ = append(s.missQ, fmt.Sprintf("%s | %s | %s", a.source, a.cue, shorten(a.content)))
			}
			continue
		}
		s.foundQuotes++
		if hit.SpeakerType == quote.TypePerson {
			s.names++
			if clean(hit.Speaker) {
				s.cleanNames++
			} else if len(s.junk) < verbose {
				s.junk = append(s.junk, hit.Speaker)
			}
		}
		if hit.Speaker != "" {
			s.attributed++
		}
		if !named(a.source) && strings.TrimSpace(a.source) != "" {
			s.unnamedGold++
			if hit.Speaker != "" {
				s.unnamedAttrib++
				if a.coref != "" {
					s.corefEval++
					if samePerson(a.coref, hit.Speaker) {
						s.corefRight++
					} else if len(s.wrongCoref) < verbose {
						s.wrongCoref = append(s.wrongCoref, fmt.Sprintf("gold %q = %q, got %q: %s", a.source, a.coref, hit.Speaker, shorten(hit.Text)))
					}
				}
			}
		}
		if named(a.source) && hit.Speaker == "" && len(s.unattributed) < verbose {
			s.unattributed = append(s.unattributed, fmt.Sprintf("%s | %s | %s", a.source, a.cue, shorten(hit.Text)))
		}
		if named(a.source) && hit.Speaker != "" {
			s.speakerEval++
			if samePerson(a.source, hit.Speaker) {
				s.speakerRight++
			} else if len(s.wrongSp) < verbose {
				s.wrongSp = append(s.wrongSp, fmt.Sprintf("gold %q, got %q: %s", a.source, hit.Speaker, shorten(hit.Text)))
			}
		}
	}
}

func (s *score) report(res quote.Result) {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f (%d/%d)", float64(a)/float64(b), a, b)
	}
	fmt.Printf("quotations found (recall)       %s\n", pct(s.foundQuotes, s.goldQuotes))
	fmt.Printf("precision                       %s\n", pct(s.extractedMatched, s.extracted))
	fmt.Printf("given a speaker                 %s\n", pct(s.attributed, s.foundQuotes))
	fmt.Printf("right speaker, named sources    %s\n", pct(s.speakerRight, s.speakerEval))
	fmt.Printf("pronoun/role sources attributed %s\n", pct(s.unnamedAttrib, s.unnamedGold))
	fmt.Printf("right speaker, pronoun/role     %s (by CoreNLP coreference)\n", pct(s.corefRight, s.corefEval))
	fmt.Printf("right speaker, all              %s\n", pct(s.speakerRight+s.corefRight, s.speakerEval+s.corefEval))
	fmt.Printf("clean display names             %s\n", pct(s.cleanNames, s.names))
	fmt.Printf("reported speech, speech verbs   %s\n", pct(s.foundReported, s.goldReported))
	fmt.Printf("reported speech precision       %s\n", pct(s.reportedOK, s.reportedOut))
	fmt.Printf("speakers %d, quotations %d\n", len(res.Speakers), len(res.Quotes))
	for _, l := range []struct {
		title string
		xs    []string
	}{{"missed quotations", s.missQ}, {"wrong speakers", s.wrongSp}, {"named sources unattributed", s.unattributed}, {"wrong pronoun speakers", s.wrongCoref}, {"unclean names", s.junk}, {"missed reported speech", s.missRep}} {
		if len(l.xs) > 0 {
			fmt.Printf("\n%s:\n", l.title)
			for _, x := range l.xs {
				fmt.Println("  -", x)
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fold lower-cases and keeps letters and digits, for comparing texts.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// overlaps reports whether two quotation texts are the same quotation:
// one holds the other, or they share most of their words.
func overlaps(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == "" || fb == "" {
		return false
	}
	if strings.Contains(fa, fb) || strings.Contains(fb, fa) {
		return true
	}
	return tokenOverlap(a, b) >= 0.6
}

// tokenOverlap is the share of the shorter text's words found in the other.
func tokenOverlap(a, b string) float64 {
	wa, wb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	return float64(textutil.Shared(wa, wb)) / float64(min(len(wa), len(wb)))
}

var speechCues = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true,
	"wrote": true, "writes": true, "stated": true, "states": true, "asked": true, "asks": true,
	"explained": true, "noted": true, "argued": true, "insisted": true, "warned": true, "claimed": true,
	"declared": true, "announced": true, "replied": true, "responded": true, "tweeted": true,
	"according to": true, "continued": true, "recalled": true, "suggested": true, "acknowledged": true,
	"admitted": true, "reported": true, "reports": true, "complained": true, "predicted": true,
}

// isSpeechCue reports a cue made of a speech verb.
func isSpeechCue(cue string) bool {
	c := strings.ToLower(strings.TrimSpace(cue))
	if speechCues[c] {
		return true
	}
	fs := strings.Fields(c)
	return len(fs) > 0 && speechCues[fs[len(fs)-1]]
}

// named reports a gold source that names someone (not "he", "sources").
func named(src string) bool {
	switch strings.ToLower(strings.TrimSpace(src)) {
	case "he", "she", "they", "it", "we", "i", "you":
		return false
	}
	return len(capWords(src)) > 0
}

// titleWords are the words of a source that are no part of its name:
// titles and roles.
var titleWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "sen": true, "rep": true, "lt": true,
	"gen": true, "president": true, "senator": true, "governor": true, "secretary": true, "the": true,
	"republican": true, "democrat": true, "democratic": true, "former": true, "candidate": true,
	"nominee": true, "presidential": true, "vice": true, "speaker": true, "house": true, "state": true,
	"campaign": true, "chairman": true, "spokesman": true, "spokeswoman": true, "manager": true,
	"rev": true, "sir": true, "gop": true, "u": true, "s": true, "in": true, "of": true,
	"chancellor": true, "representative": true, "chief": true, "minister": true, "retired": true,
	"lawyer": true, "economist": true, "police": true, "executive": true,
	"admiral": true, "adm": true, "professor": true,
}

// suffixes follow a surname and are no part of it: "Joseph R. Biden Jr."
// is a Biden.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// capWords are the capitalised words of a phrase that are not titles.
func capWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		r := []rune(w)
		if len(r) > 1 && unicode.IsUpper(r[0]) && !titleWords[strings.ToLower(w)] && !suffixes[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// samePerson compares a gold source with the name Parley gives: some run
// of capitalised words in the source must name the same person, the
// surname matching and the first names too when both give one.
func samePerson(goldSrc, got string) bool {
	p := capWords(got)
	if len(p) == 0 {
		return false
	}
	for _, g := range capRuns(goldSrc) {
		if !strings.EqualFold(g[len(g)-1], p[len(p)-1]) {
			continue
		}
		// The first names are the words just before the surnames: a role
		// left before a name ("White House Josh Earnest") is no first name.
		if gf, pf := g[max(0, len(g)-2)], p[max(0, len(p)-2)]; len(g) >= 2 && len(p) >= 2 && !strings.EqualFold(gf, pf) && !strings.HasPrefix(pf, gf[:1]) {
			continue
		}
		return true
	}
	// An organisation, or a name written otherwise.
	return strings.Contains(fold(goldSrc), fold(got)) || strings.Contains(fold(got), fold(strings.Join(capWords(goldSrc), " ")))
}

// parentheticalRe is a bracketed aside in a gold source: "(D-Nev.)".
var parentheticalRe = regexp.MustCompile(`\([^()]*\)`)

// capRuns are the runs of capitalised, non-title words of a phrase, its
// bracketed asides left out ("Harry M. Reid (D-Nev.)" ends with Reid).
func capRuns(s string) [][]string {
	s = parentheticalRe.ReplaceAllString(s, ",")
	var out [][]string
	var cur []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".;:"), "’s"), "'s")
		r := []rune(w)
		if len(r) > 1 && unicode.IsUpper(r[0]) && !titleWords[strings.ToLower(w)] && !suffixes[strings.ToLower(w)] {
			cur = append(cur, w)
			continue
		}
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// clean reports a display name fit to show: one to four capitalised
// words, no titles, parties or roles, no sentence openers.
func clean(name string) bool {
	fs := strings.Fields(name)
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	for i, f := range fs {
		r := []rune(f)
		lw := strings.ToLower(strings.Trim(f, ".,"))
		if titleWords[lw] || strings.HasSuffix(f, ".") && len(r) > 2 {
			return false
		}
		if !unicode.IsUpper(r[0]) && !(i > 0 && (lw == "de" || lw == "van" || lw == "von" || lw == "al" || lw == "bin" || lw == "la" || lw == "le")) {
			return false
		}
	}
	return true
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 140 {
		return string(r[:140]) + "…"
	}
	return s
}
