// Package claim checks a language model's answer against the articles it
// cites. The answer is split into claims (sentences, and clauses joined by
// "and", "but", ";" or ", which" that carry their own citation); a claim stands only
// when the sentences of the passages it cites hold its names, numbers,
// quoted words, negation and most of its content words. Claims that do not
// stand are removed, and every citation is narrowed to the sentences that
// support its claim.
package claim

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/retrieve"
)

// Result is a checked answer.
type Result struct {
	// Text is the answer with unsupported claims removed and its [n]
	// markers renumbered to Citations.
	Text string
	// Citations are the sentences that support the kept claims.
	Citations []answer.Citation
	// Claims counts the claims read; Removed those left out; Cited those
	// that cite a passage that exists.
	Claims, Removed, Cited int
}

// piece is one claim of the reply: its text without markers, and the
// passages it cites.
type piece struct {
	// raw is the piece as written, markers included; text is it without
	// markers.
	raw   string
	text  string
	cites []int // 1-based passage numbers
	// lead is the text before it in its sentence that joins it ("and");
	// tail the punctuation after its last marker.
	tail string
	// support are the sentences that hold it; ok reports whether it
	// stands; content is false for a piece with nothing to check.
	support []sentRef
	ok      bool
	content bool
	// cited is true when it cites a passage that exists.
	cited bool
	// introduces is true for a line that introduces a list ("Here is
	// what the articles say about the Astana talks:"): it rests on what
	// the list's lines cite, or on their articles' headlines, which say
	// what the articles are about.
	introduces bool
	// speaker is who the claim names as speaking ("Kerry" of "Kerry said
	// …"), as judge read it, or "".
	speaker string
}

// sentRef names one sentence of the index.
type sentRef struct{ doc, sent int }

// markerRe matches citation markers: [1], [2, 3].
var markerRe = regexp.MustCompile(`\[(\d+(?:\s*,\s*\d+)*)\]`)

// markersRe matches a run of marker groups with the spaces between them.
var markersRe = regexp.MustCompile(`(?:` + answer.MarkerPattern + `)+`)

// minClauseWords is the fewest words a clause cut off by its own
// citation has: "Russia [1] and Iran [2] sponsored the talks" is one claim.
const minClauseWords = 4

// joinerRe matches what joins a clause to the one before it: "and",
// "but", a semicolon, or a relative pronoun after a comma ("…, which
// ended in a deal").
var joinerRe = regexp.MustCompile(`^\s*(?:[,;:]?\s*(?:(?:and|but|while|whereas|yet)\b|;)|,\s*(?:which|who|where)\b)`)

// Check reads reply, which cites passages as [n], against the corpus m
// matches, and returns what of it the articles support. lx may be nil.
func Check(m *match.Matcher, lx *lexicon.Lexicon, reply string, passages []retrieve.Passage) Result {
	sents := splitReply(withoutSourceList(plainMarkers(reply)))
	ix := m.Index()
	c := checker{ix: ix, lx: lx, m: m, rd: m.Reader(), passages: passages}
	var res Result
	speaker := "" // who spoke in the last claim that names who speaks
	for k, s := range sents {
		for i := range s.pieces {
			p := &s.pieces[i]
			p.introduces = len(p.cites) == 0 && i == len(s.pieces)-1 && (strings.HasSuffix(p.text, ":") || len(s.pieces) == 1 && headingRe.MatchString(p.text))
			if p.introduces {
				// "The talks involve:" before a list rests on what the
				// list's lines cite, and is shown without markers.
				p.cites = introducedCites(sents[k+1:])
			} else if len(p.cites) == 0 {
				// "Krol is the US ambassador. He served in Belarus [1].":
				// a paragraph's marker may close all its sentences.
				p.cites = closingCites(sents[k+1:])
			}
			c.judge(p, speaker)
			if p.introduces {
				p.support = nil
			}
			if sp := p.speaker; sp != "" {
				speaker = sp
			}
			if p.ok && i > 0 && thatClauseRe.MatchString(p.text) && slices.ContainsFunc(s.pieces[:i], func(q piece) bool { return q.content && !q.ok }) {
				// "Kirby said the US shares his concerns [1], and that
				// there were no plans [2]": the second says what the
				// first's speaker said, and without it is a fragment.
				p.ok = false
			}
			if p.content {
				res.Claims++
				if p.cited {
					res.Cited++
				}
				if !p.ok {
					res.Removed++
				}
			}
		}
	}
	res.Text, res.Citations = render(ix, sents)
	return res
}

// thatClauseRe matches a clause that goes on with what a verb of the
// clause before it reports: "(, and) that there were no plans …".
var thatClauseRe = regexp.MustCompile(`(?i)^[\s,;]*(?:(?:and|but)\s+)?that\s`)

// introducedCites returns the citations of the lines after a line that
// introduces them (ends with a colon): the sentences that open a line,
// up to one that does not or a blank line (one may stand before the
// first).
func introducedCites(after []replySentence) []int {
	var out []int
	for i, s := range after {
		if s.sep != "\n" && (i > 0 || s.sep != "\n\n") {
			break // the list ends; a blank line may stand before its first line
		}
		for _, p := range s.pieces {
			for _, n := range p.cites {
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// markerFormRe finds a citation written otherwise than "[n]": "[Passage
// 2]", "[Source: 2]", a footnote's "[^2]", "【2】", or a range "[1-3]".
var markerFormRe = regexp.MustCompile(`(?i)\[\s*(?:(?:passage|source|doc|document|ref|reference|article)\s*:?\s*|\^\s*)(\d{1,3})\s*\]|【\s*(\d{1,3})\s*】|\[\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*\]`)

// maxMarkerRange is the widest range of passages "[1-3]" is read as.
const maxMarkerRange = 10

// sourceHeadingRe matches the heading of a list of sources a model
// appends to its answer: "Sources:", "**References**".
var sourceHeadingRe = regexp.MustCompile(`(?i)^\s*(?:#+\s*)?(?:\*\*|__)?(?:sources?|references?|citations?)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$`)

// sourceLineRe matches a line of such a list: a marker or a number,
// maybe after a bullet, then what it names ("[1] 003_b263.txt", "- [2]
// Astana article").
var sourceLineRe = regexp.MustCompile(`^\s*(?:[-*•]\s*)?(?:\[\d+(?:\s*,\s*\d+)*\]|\d+[.)])\s*\S`)

// withoutSourceList drops a list of sources that ends a reply: Parley
// lists the sources of what it shows itself, and a line naming a file is
// no claim to check.
func withoutSourceList(reply string) string {
	lines := strings.Split(reply, "\n")
	for i := len(lines) - 1; i > 0; i-- {
		if !sourceHeadingRe.MatchString(lines[i]) {
			continue
		}
		rest := lines[i+1:]
		listed := 0
		for _, l := range rest {
			switch {
			case strings.TrimSpace(l) == "":
			case sourceLineRe.MatchString(l):
				listed++
			default:
				return reply
			}
		}
		if listed == 0 {
			return reply
		}
		return strings.TrimRight(strings.Join(lines[:i], "\n"), " \n")
	}
	return reply
}

// plainMarkers writes the citations of a reply as "[n]", as the prompt
// asks for them: models write "[Passage 2]", "[^2]", "【2】" or "[1-3]"
// too, and these cite passages as "[2]" and "[1, 2, 3]" do.
func plainMarkers(reply string) string {
	return markerFormRe.ReplaceAllStringFunc(reply, func(m string) string {
		g := markerFormRe.FindStringSubmatch(m)
		switch {
		case g[1] != "":
			return "[" + g[1] + "]"
		case g[2] != "":
			return "[" + g[2] + "]"
		}
		lo, _ := strconv.Atoi(g[3])
		hi, _ := strconv.Atoi(g[4])
		if hi < lo || hi-lo > maxMarkerRange {
			return m
		}
		var ns []string
		for n := lo; n <= hi; n++ {
			ns = append(ns, strconv.Itoa(n))
		}
		return "[" + strings.Join(ns, ", ") + "]"
	})
}

// closingCites returns the citations of the next cited sentence of the
// same paragraph, which a sentence with none before it rests on as well:
// models often put one marker at the end of a paragraph. A sentence after
// the paragraph's last marker, or in a paragraph with none, stays
// uncited.
func closingCites(after []replySentence) []int {
	for _, s := range after {
		if s.sep != " " {
			break
		}
		for _, p := range s.pieces {
			if len(p.cites) > 0 {
				return p.cites
			}
		}
	}
	return nil
}

// replySentence is one sentence of the reply: its pieces, what stood
// before it (sep: "" first, " " on the same line, "\n" on the next line,
// "\n\n" after a blank one), and whether it ended with a stop, so that a
// list item or a heading is shown as the model wrote it; item is the
// number that opens an item of a numbered list ("2. "), shown before it
// and checked as no claim.
type replySentence struct {
	pieces []piece
	sep    string
	stop   bool
	item   string
}

// headingRe matches a line written as a heading: "### Sponsors",
// "**Sponsors**".
var headingRe = regexp.MustCompile(`^\s*(?:#{1,6}\s+[^#]+|\*\*[^*]+\*\*|__[^_]+__)\s*$`)

// itemRe finds the number that opens an item of a numbered list: "1. ",
// "2) ".
var itemRe = regexp.MustCompile(`^\s*\d{1,3}[.)]\s+`)

// splitReply cuts a reply into sentences, and each sentence into pieces
// that end with their own markers before a joining word.
func splitReply(reply string) []replySentence {
	var raw, seps, items []string
	sep := ""
	for _, para := range strings.Split(reply, "\n") {
		if strings.TrimSpace(para) == "" {
			if sep != "" {
				sep = "\n\n"
			}
			continue
		}
		// "1. The talks were held in Astana": the item's number is no
		// sentence of its own.
		item := itemRe.FindString(para)
		sents := document.SplitSentences(para[len(item):])
		if headingRe.MatchString(para) {
			sents = []string{strings.TrimSpace(para)} // "### Sponsors" is one line, marks and all
		}
		for _, s := range sents {
			raw, seps, items = append(raw, s), append(seps, sep), append(items, strings.TrimSpace(item))
			sep, item = " ", ""
		}
		sep = "\n"
	}
	// A marker after the stop ("… talks. [1] Next …") belongs to the
	// sentence before it.
	for i := 1; i < len(raw); i++ {
		if loc := markersRe.FindStringIndex(raw[i]); loc != nil && loc[0] == 0 {
			raw[i-1] += " " + strings.TrimSpace(raw[i][:loc[1]])
			raw[i] = strings.TrimSpace(raw[i][loc[1]:])
		}
	}
	var out []replySentence
	for i, s := range raw {
		if strings.TrimSpace(s) == "" {
			continue
		}
		out = append(out, replySentence{pieces: splitSentence(s), sep: seps[i], stop: endsSentence(s), item: items[i]})
	}
	return out
}

// splitSentence cuts a sentence after each run of markers that a joining
// word follows; the markers of a piece are its citations.
func splitSentence(s string) []piece {
	var out []piece
	start := 0
	runs := markersRe.FindAllStringIndex(s, -1)
	for k, r := range runs {
		rest := s[r[1]:]
		last := k == len(runs)-1
		if !last && (!joinerRe.MatchString(rest) || len(strings.Fields(markerRe.ReplaceAllString(s[start:r[0]], " "))) < minClauseWords) {
			continue
		}
		if last && hasWords(rest) && !joinerRe.MatchString(rest) {
			continue // markers mid-sentence: the sentence is one claim
		}
		out = append(out, makePiece(s[start:r[1]]))
		start = r[1]
	}
	if start < len(s) {
		tail := s[start:]
		if len(out) > 0 && !hasWords(tail) {
			out[len(out)-1].tail = strings.TrimSpace(tail)
		} else {
			out = append(out, makePiece(tail))
		}
	}
	return out
}

// makePiece reads a piece's citations and text.
func makePiece(s string) piece {
	p := piece{raw: strings.TrimSpace(s)}
	for _, m := range markerRe.FindAllStringSubmatch(s, -1) {
		for _, f := range strings.Split(m[1], ",") {
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && !slices.Contains(p.cites, n) {
				p.cites = append(p.cites, n)
			}
		}
	}
	p.text = strings.Join(strings.Fields(markerRe.ReplaceAllString(s, " ")), " ")
	p.text = strings.NewReplacer(" .", ".", " ,", ",", " ;", ";", " :", ":", " !", "!", " ?", "?").Replace(p.text)
	return p
}

// hasWords reports whether s holds a letter or digit.
func hasWords(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// render writes the kept pieces as the model wrote them, with their
// markers renumbered to the supporting sentences, numbered in order of
// first citation. A piece that opens a sentence after a removed one loses
// its joining word. Sentences keep the lines they stood on, so a list
// stays a list; a sentence that lost its end to a removed piece ends with
// a stop, and one the model wrote without a stop (a list item, a heading)
// gets none.
func render(ix *index.Index, sents []replySentence) (string, []answer.Citation) {
	num := map[sentRef]int{}
	var cits []answer.Citation
	var b strings.Builder
	sep := ""
	for _, s := range sents {
		if len(s.sep) > len(sep) {
			sep = s.sep // the break before a removed sentence stays
		}
		var line strings.Builder
		cut := false
		for _, p := range s.pieces {
			if p.content && !p.ok || p.raw == "" {
				cut = true
				continue
			}
			refs := ""
			for _, r := range sortRefs(p.support) {
				n, ok := num[r]
				if !ok {
					sent := ix.Documents()[r.doc].Sentences[r.sent]
					n = len(cits) + 1
					num[r] = n
					cits = append(cits, answer.Citation{N: n, Source: sent.Source, LineStart: sent.LineStart, LineEnd: sent.LineEnd, Text: sent.Text})
				}
				refs += "[" + strconv.Itoa(n) + "]"
			}
			first := true
			text := markersRe.ReplaceAllStringFunc(p.raw, func(string) string {
				if first && refs != "" {
					first = false
					return " " + refs
				}
				return ""
			})
			if refs != "" && first {
				text += " " + refs // a piece that stands with no marker of its own
			}
			text = strings.Join(strings.Fields(text), " ")
			if line.Len() == 0 {
				text = capitalize(strings.TrimSpace(joinerRe.ReplaceAllString(text, "")))
			} else if text != "" && !strings.ContainsRune(",;:", rune(text[0])) {
				line.WriteByte(' ')
			}
			line.WriteString(text + p.tail)
		}
		text := strings.TrimSpace(line.String())
		if text == "" {
			continue
		}
		if !endsSentence(text) && (cut || s.stop) {
			text = strings.TrimRight(text, ",;: ")
			if s.stop || !strings.Contains(sep, "\n") && b.Len() > 0 {
				text += "."
			}
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		if s.item != "" {
			b.WriteString(s.item + " ")
		}
		b.WriteString(text)
		sep = ""
	}
	return b.String(), cits
}

// endsSentence reports whether s ends with a stop, before or after its
// last markers.
func endsSentence(s string) bool {
	s = strings.TrimSpace(markersRe.ReplaceAllString(s, ""))
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’)", r)
}

// sortRefs orders sentences as they stand in the corpus.
func sortRefs(rs []sentRef) []sentRef {
	out := append([]sentRef(nil), rs...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].doc != out[j].doc {
			return out[i].doc < out[j].doc
		}
		return out[i].sent < out[j].sent
	})
	return out
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
