package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
)

// Origin tells where an article added from the web was read: its address
// and its author as the page gave them, or "" for an article that was not
// added from the web. A question about who published an article is
// answered by them when its text credits nobody.
type Origin func(source string) (url, author string)

var (
	// copyrightRe is a copyright notice; its group is who holds it:
	// "RFE/RL" of "Copyright (c) 2015. RFE/RL, Inc. Reprinted …".
	copyrightRe = regexp.MustCompile(`(?i)^\W*(?:copyright\b|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s.,]*(?:by\s+)?(.+?)(?:,?\s+(?:inc|ltd|llc|plc|corp|gmbh)\b\.?|[.;,]\s|[.;]?$)`)
	// reprintRe credits a reprinted article's first publisher.
	reprintRe = regexp.MustCompile(`(?i)\b(?:reprinted|republished|reproduced|used)\s+(?:here\s+)?(?:with|by)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)\s+(.+?)(?:,|\.\s|\.?$)`)
	// sourceLineRe is a short line that names the source: "Source:
	// Reuters", "Via AP", "Courtesy of the Times".
	sourceLineRe = regexp.MustCompile(`^\W*(?:[Ss]ource|SOURCE|[Vv]ia|VIA|[Cc]ourtesy(?:\s+of)?|COURTESY(?:\s+OF)?)\s*:?\s+((?:the\s+)?\p{Lu}[^,;:]{1,48}?)\.?\s*$`)
	// bylineRe is a line that names the writer: "By Mara Quint".
	bylineRe = regexp.MustCompile(`^\W*(?:By|BY|BYLINE:|Byline:)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin))*(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)?)\s*(?:[,|–—-].{0,60})?$`)
	// creditTailRe is a report's last line that names its source after a
	// dash: "- Reuters.", "— AP".
	creditTailRe = regexp.MustCompile(`^[-–—]\s*(\p{Lu}[\p{L}&.'’ ]{1,30}?)\.?$`)
	// bioRe is a writer's note closing an opinion piece: "Cindy Godwin is
	// a retired marketing executive in Tucson.", "David A. Andelman, a
	// member of the USA TODAY Board of Contributors, is editor emeritus
	// of World Policy Journal."; its group is the name.
	bioRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s[^,]{1,90},)?\s+(?:is|was)\s+(?:(?:a|an|the)\s|\p{Ll})`)
	// reportedFromRe is a wire report's closing note on its writers:
	// "Lerer reported from Los Angeles."; its group is the names.
	reportedFromRe = regexp.MustCompile(`^(` + namesPattern + `)\s+reported\s+(?:from|in)\s+\p{Lu}[\p{L}.'’ -]{1,40}?\.?$`)
	// followWriterRe is the note that closes a piece by inviting readers
	// to follow its writer: "Follow Pam Key on Twitter @pamkeyNEN.".
	followWriterRe = regexp.MustCompile(`^Follow\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b`)
	// contributedRe is a closing note on a report's contributors:
	// "Associated Press writer Jill Colvin contributed from Albuquerque.";
	// its group is the names.
	contributedRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:writers?|reporters?|correspondents?)\s+(` + namesPattern + `)\s+contributed\b.{0,60}$`)
	// agencyRe is a wire dateline opening a report: "BEIRUT (Reuters) -",
	// "(CNN)"; its group is the agency.
	agencyRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.,'’ -]{0,40}?\s*\((\p{Lu}[\p{L}&.'’ ]{1,30})\)\s*[-–—:]\s|\((\p{Lu}[\p{L}&.'’ ]{1,30})\)\s*[-–—:]?\s)`)
	// outletTagRe is an outlet's name set before a report's first words:
	// "EghtesadOnline: U.S. Secretary of State …".
	outletTagRe = regexp.MustCompile(`^(\p{Lu}[\p{L}\d&.'’-]*(?:\s\p{Lu}[\p{L}\d&.'’-]*)?):\s+\S`)
)

// namesPattern is one person's name, or names joined by commas and
// "and": "Lerer", "Ken Thomas and Lisa Lerer".
const namesPattern = `(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})*`

// closingNotesLines is how many lines from its end a report's closing
// notes on its writers may stand.
const closingNotesLines = 6

// WhichArticleText answers a question about an article that names none.
const WhichArticleText = "Which article do you mean? I couldn't tell; name what it is about, as in “who published the article about the talks?”."

// articleFact answers what a question asks of an article itself (who it
// is credited to, or its headline): of the article it names, as
// storyOf finds it, or of the only one.
func articleFact(ix *index.Index, qr match.Query, passages []retrieve.Passage, cands []candidate, origin Origin, ans Answer) Answer {
	doc := -1
	if len(ix.Documents()) == 1 {
		doc = 0
	} else if !qr.Question.Empty() {
		doc = storyOf(ix, qr, passages, cands)
	}
	if doc < 0 {
		ans.Text = WhichArticleText
		return ans
	}
	return OfArticle(ix.Documents()[doc], qr.Question.Fact, origin, ans)
}

// reportsWork reports a question on an article that one of the articles
// tells of, not on one of them: "who wrote the piling on must stop
// column?" is answered by "In Sen. Jeff Sessions' column on Aug. 10, “The
// piling on must stop,” …", in a letter whose own headline is another.
// A sure sentence must name the work by the question's noun, and its
// article's headline must not be what the question names.
func reportsWork(ix *index.Index, qr match.Query, cands []candidate) bool {
	noun := question.WorkNoun(qr.Question.Text)
	if noun == "" || qr.Question.Empty() {
		return false
	}
	want := qr.Word(noun)
	for _, c := range cands {
		if !c.ok(question.What) {
			continue
		}
		if !c.sure() || qr.Coverage(headlineTerms(ix, c.doc)) >= minSureCoverage {
			return false
		}
		return slices.Contains(qr.TermsOf(ix.Documents()[c.doc].Sentences[c.sent].Text), want)
	}
	return false
}

// OfArticle answers what fact asks of article d, as ans: its headline,
// or who it is credited to. The conversation uses it for "who published
// it?" after an answer that cites d.
func OfArticle(d document.Document, fact question.ArticleFact, origin Origin, ans Answer) Answer {
	if fact == question.Headline {
		return headlineOf(d, ans)
	}
	return creditOf(d, origin, ans)
}

// headlineOf answers with an article's headline, cited on its line; an
// article without one is given by its first sentence.
func headlineOf(d document.Document, ans Answer) Answer {
	s, ok := leadSentence(d)
	if !ok {
		ans.Text = dontSay + ": " + d.Source + " holds no text."
		return ans
	}
	ans.Abstained = false
	ans.Citations = append(ans.Citations, citation(1, s))
	ans.Checked.Claims = 1
	if s.Headline {
		ans.Text = "Its headline is “" + s.Text + "”" + dated(d) + ". [1]"
	} else {
		ans.Text = d.Source + " has no headline; it opens: " + s.Text + " [1]"
	}
	return ans
}

// creditOf answers who an article is credited to, as its text says (a
// copyright or reprint notice, a source line, a byline, a wire dateline
// or an outlet's name before its first words), each cited on its line;
// else by the address it was read from. Otherwise it says the article
// names nobody.
func creditOf(d document.Document, origin Origin, ans Answer) Answer {
	var names []string
	var cites []int
	add := func(name string, line int) {
		name = strings.TrimFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' })
		name = strings.TrimSuffix(name, ".")
		if name == "" || len([]rune(name)) > 60 {
			return
		}
		for _, n := range names {
			if strings.EqualFold(n, name) {
				return
			}
		}
		if len(ans.Citations) == 0 || ans.Citations[len(ans.Citations)-1].LineStart != line {
			ans.Citations = append(ans.Citations, lineCitation(len(ans.Citations)+1, d, line))
		}
		names, cites = append(names, name), append(cites, len(ans.Citations))
	}
	for i, l := range d.Lines {
		l = strings.TrimSpace(l)
		if m := copyrightRe.FindStringSubmatch(l); m != nil {
			add(m[1], i+1)
		}
		if m := reprintRe.FindStringSubmatch(l); m != nil {
			add(m[1], i+1)
		}
		if m := sourceLineRe.FindStringSubmatch(l); m != nil {
			add(m[1], i+1)
		}
		if m := creditTailRe.FindStringSubmatch(l); m != nil && i == lastLine(d) {
			add(m[1], i+1) // elsewhere, "- Bernie Sanders." ends a quotation
		}
		if m := bylineRe.FindStringSubmatch(l); m != nil {
			add(writers(m[1]), i+1)
		}
	}
	for _, s := range d.Sentences {
		if s.Headline || s.LineStart <= lastLine(d)+1-closingNotesLines {
			continue
		}
		// "The BBC reported from Damascus." tells news, not who wrote.
		if m := reportedFromRe.FindStringSubmatch(s.Text); m != nil && !strings.HasPrefix(m[1], "The ") && !strings.HasPrefix(m[1], "A ") {
			add(writers(m[1]), s.LineStart)
		}
		if m := contributedRe.FindStringSubmatch(s.Text); m != nil {
			add(m[1]+" (contributing)", s.LineStart)
		}
		if m := followWriterRe.FindStringSubmatch(s.Text); m != nil {
			add(m[1], s.LineStart) // "Follow Pam Key on Twitter @pamkeyNEN." closes the writer's piece
		}
	}
	if s, ok := writersNote(d); ok {
		add("the writer "+bioRe.FindStringSubmatch(s.Text)[1], s.LineStart)
	}
	if s, ok := firstContent(d); ok {
		if m := agencyRe.FindStringSubmatch(s.Text); m != nil {
			add(m[1]+m[2], s.LineStart)
		} else if m := outletTagRe.FindStringSubmatch(s.Text); m != nil && !capitalsPlace(m[1]) && !notesTag.MatchString(m[1]) && !strings.HasPrefix(d.Title, m[1]) {
			add(m[1], s.LineStart)
		}
	}
	var url, author string
	if origin != nil {
		url, author = origin(d.Source)
	}
	if len(names) == 0 && url == "" {
		ans.Text = dontSay + ": “" + d.Title + "” (" + d.Source + ") names no publisher or writer."
		return ans
	}
	ans.Abstained = false
	ans.Checked.Claims = len(ans.Citations)
	if len(names) > 0 {
		// One marker after the last name each line gives.
		marked := make([]string, len(names))
		for i, n := range names {
			marked[i] = n
			if i < len(names)-1 && cites[i+1] != cites[i] {
				marked[i] += " [" + strconv.Itoa(cites[i]) + "]"
			}
		}
		ans.Text = "“" + d.Title + "” is credited to " + joinAnd(marked) + ". [" + strconv.Itoa(cites[len(cites)-1]) + "]"
	}
	if url != "" {
		if ans.Text != "" {
			ans.Text += " "
		}
		ans.Text += "It was added from " + url
		if author != "" {
			ans.Text += ", by " + author
		}
		ans.Text += "."
	}
	return ans
}

// writers names the writers of an article: "the writer Ann Lee", "the
// writers Ann Lee and Per Holt".
func writers(names string) string {
	if strings.Contains(names, " and ") {
		return "the writers " + names
	}
	return "the writer " + names
}

// joinAnd joins "a", "b and c".
func joinAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// firstContent is an article's first sentence after its headline.
func firstContent(d document.Document) (document.Sentence, bool) {
	for _, s := range d.Sentences {
		if !s.Headline {
			return s, true
		}
	}
	return document.Sentence{}, false
}

// notesTag is a label before a report's first words that names no
// outlet: "Editor's Note:", "Update:".
var notesTag = regexp.MustCompile(`(?i)\b(?:note|update|updated|correction|editor|editors|editor's|editor’s|breaking|exclusive|watch|read|video|photos?)\b`)

// lastLine is the index of an article's last line that is not blank.
func lastLine(d document.Document) int {
	for i := len(d.Lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(d.Lines[i]) != "" {
			return i
		}
	}
	return -1
}

// writersNote returns an article's last sentence when it is a short
// note on its writer (bioRe) naming someone the article names nowhere
// else: an opinion piece's closing line. A report's last sentence about
// someone it told of is none.
func writersNote(d document.Document) (document.Sentence, bool) {
	if len(d.Sentences) < 2 {
		return document.Sentence{}, false
	}
	last := d.Sentences[len(d.Sentences)-1]
	m := bioRe.FindStringSubmatch(last.Text)
	if m == nil || len(last.Text) > 250 {
		return document.Sentence{}, false
	}
	surname := m[1][strings.LastIndex(m[1], " ")+1:]
	for _, s := range d.Sentences[:len(d.Sentences)-1] {
		if strings.Contains(s.Text, surname) {
			return document.Sentence{}, false
		}
	}
	return last, true
}

// capitalsPlace reports a dateline's place written in capitals
// ("BEIRUT:"), which credits nobody; a short run of capitals ("AFP") is
// an agency's name.
func capitalsPlace(tag string) bool {
	return len(tag) > 4 && strings.ToUpper(tag) == tag
}
