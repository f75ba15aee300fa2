package answer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
)

// maxOverview is how many articles an overview lists.
const maxOverview = 8

// overview answers "what are the articles about?": the articles' titles,
// newest first, each cited on the line that gives it.
func overview(ix *index.Index, ans Answer) Answer {
	return overviewOf(ix, byNewest(ix), "", ans)
}

// overviewOf lists the articles docs, in their order, as overview does;
// which says what they are, after "articles" ("published in …").
func overviewOf(ix *index.Index, docs []int, which string, ans Answer) Answer {
	var text string
	for i, d := range docs {
		if i == maxOverview {
			text += fmt.Sprintf("\n…and %d more.", len(docs)-maxOverview)
			break
		}
		s, ok := leadSentence(ix.Documents()[d])
		if !ok {
			continue
		}
		n := len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(n, s))
		text += fmt.Sprintf("\n- %s%s [%d]", ix.Documents()[d].Title, dated(ix.Documents()[d]), n)
	}
	if len(ans.Citations) == 0 {
		return ans
	}
	ans.Abstained = false
	order := ""
	if document.Day(ix.Documents()[docs[0]].Date) != "" {
		order = ", newest first"
	}
	if len(docs) == 1 {
		ans.Text = "There is 1 article" + which + ":" + text
	} else {
		ans.Text = fmt.Sprintf("There are %d articles%s%s:%s", len(docs), which, order, text)
	}
	ans.Checked.Claims = len(ans.Citations)
	return ans
}

// newest answers "what's the latest?" with no topic: the newest dated
// article's title and first two sentences. With no dated article, it gives
// the overview.
func newest(ix *index.Index, ans Answer) Answer {
	docs := byNewest(ix)
	if len(docs) == 0 || document.Day(ix.Documents()[docs[0]].Date) == "" {
		return overview(ix, ans)
	}
	d := ix.Documents()[docs[0]]
	parts := citeLead(d, 2, &ans)
	if len(parts) == 0 {
		return overview(ix, ans)
	}
	ans.Abstained = false
	ans.Text = "The newest article, from " + document.Day(d.Date) + ", is “" + d.Title + "”. " + strings.Join(parts, " ")
	ans.Checked.Claims = len(parts)
	return ans
}

// summarySentences is how many of an article's first sentences sum it up.
const summarySentences = 3

// summary answers "tldr of the Kerry story": the first retrieved article
// whose title meets the question's other words, since a title says what
// a story is about, or else the one whose sentence meets them as surely
// as an answer must; given by its title and its first sentences, which
// news writes to sum the story up. Otherwise it abstains.
func summary(ix *index.Index, qr match.Query, passages []retrieve.Passage, cands []candidate, ans Answer) Answer {
	doc := storyOf(ix, qr, passages, cands)
	if doc < 0 {
		return ans
	}
	d := ix.Documents()[doc]
	parts := citeLead(d, summarySentences, &ans)
	if len(parts) == 0 {
		return ans
	}
	ans.Abstained = false
	ans.Text = "In short, “" + d.Title + "”" + dated(d) + ": " + strings.Join(parts, " ")
	ans.Checked.Claims = len(parts)
	return ans
}

// published answers when the article the question names came out: the
// one whose headline, or whose best sentence, meets the question's other
// words. The answer cites the line that dates it, or its headline.
func published(ix *index.Index, qr match.Query, passages []retrieve.Passage, cands []candidate, ans Answer) Answer {
	doc := storyOf(ix, qr, passages, cands)
	if doc < 0 {
		ans.Text = dontSay + ": I couldn't tell which article you mean."
		return ans
	}
	d := ix.Documents()[doc]
	day := document.Day(d.Date)
	if day == "" {
		ans.Text = dontSay + ": “" + d.Title + "” (" + d.Source + ") carries no date."
		return ans
	}
	var c Citation
	for i, l := range d.Lines {
		if strings.Contains(l, d.Date) {
			c = lineCitation(1, d, i+1)
			break
		}
	}
	if c.LineStart == 0 {
		if len(d.Sentences) == 0 {
			return ans
		}
		c = citation(1, d.Sentences[0])
	}
	ans.Abstained = false
	ans.Citations = append(ans.Citations, c)
	ans.Text = "“" + d.Title + "” is dated " + day + ". [1]"
	ans.Checked.Claims = 1
	return ans
}

// storyOf is the article a question names: the first passage's whose
// headline meets the question's words, else the best sure sentence's, or
// -1.
func storyOf(ix *index.Index, qr match.Query, passages []retrieve.Passage, cands []candidate) int {
	for _, p := range passages {
		if qr.Coverage(headlineTerms(ix, p.Doc)) >= minSureCoverage {
			return p.Doc // the title names the story: "Port strike enters second week"
		}
	}
	for _, c := range cands {
		if c.ok(question.What) {
			if c.sure() {
				return c.doc
			}
			break
		}
	}
	return -1
}

// citeLead cites an article's first n sentences after its headline, whose
// title an answer says already, in ans, and returns them with their
// markers ("… [1]").
func citeLead(d document.Document, n int, ans *Answer) []string {
	var parts []string
	for _, s := range d.Sentences {
		if len(parts) == n {
			break
		}
		if s.Headline {
			continue
		}
		k := len(ans.Citations) + 1
		ans.Citations = append(ans.Citations, citation(k, s))
		parts = append(parts, fmt.Sprintf("%s [%d]", s.Text, k))
	}
	return parts
}

// periodOverview answers "any news from October 2016?" and "what
// happened in March?" with no other topic: the articles published then,
// listed as overview does. It abstains when none is.
func periodOverview(ix *index.Index, p question.Period, ans Answer) Answer {
	var docs []int
	for _, d := range byNewest(ix) {
		if day := document.Day(ix.Documents()[d].Date); day != "" && p.Holds(day) {
			docs = append(docs, d)
		}
	}
	span := "from " + p.From + " to " + p.To
	if p.To == "" {
		span = "since " + p.From
	}
	if len(docs) == 0 {
		// "anything from 2017?" when there is nothing: say so, and how
		// new the articles are.
		ans.Text = dontSay + ": none of them was published " + span + "."
		if newest := NewestDay(ix); newest != "" {
			ans.Text += " The newest article is from " + newest + "."
		}
		return ans
	}
	return overviewOf(ix, docs, " published "+span, ans)
}

// byNewest returns the documents' indexes, newest first; undated ones
// keep their corpus order after the dated.
func byNewest(ix *index.Index) []int {
	docs := ix.Documents()
	out := make([]int, len(docs))
	for i := range out {
		out[i] = i
	}
	sort.SliceStable(out, func(a, b int) bool { return document.Day(docs[out[a]].Date) > document.Day(docs[out[b]].Date) })
	return out
}

// leadSentence is the sentence that says what an article is: its
// headline, or its first sentence.
func leadSentence(d document.Document) (document.Sentence, bool) {
	if len(d.Sentences) == 0 {
		return document.Sentence{}, false
	}
	return d.Sentences[0], true
}

// dated is " (DATE)" for a dated article, else "".
func dated(d document.Document) string {
	if day := document.Day(d.Date); day != "" {
		return " (" + day + ")"
	}
	return ""
}
