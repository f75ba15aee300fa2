// Command exteval measures how well Parley reads an article from a web
// page (rag/news.Read), on public test sets kept outside the repository:
//
//   - -readability DIR: Mozilla Readability's test pages (test/test-pages:
//     source.html, expected.html, expected-metadata.json per page). It
//     gives the token precision, recall and F1 of the main text against
//     expected.html (which holds no title, so neither do the words
//     scored), and the share of publishedTime dates read right.
//   - -trafilatura DIR: trafilatura's evaluation set (tests/evaldata.json
//     with its pages in tests/eval and tests/cache). It gives the snippet
//     precision, recall and F1 trafilatura and go-trafilatura publish, on
//     the text Parley stores (news.Article.Text: title, date, paragraphs):
//     a "with" snippet found is a true positive, one missed a false
//     negative, a "without" snippet found a false positive. It also gives
//     the share of dates read right.
//   - -gold DIR: pages in DIR/html with the main text people marked in
//     DIR/gold (a .txt of the same name, title first), as in the news
//     extraction sets of MSVCode/ir-research-data. It gives the token
//     precision, recall and F1 of the title and main text.
//
// For example:
//
//	go run ./internal/tools/exteval -readability /path/to/readability/test/test-pages
//	go run ./internal/tools/exteval -trafilatura /path/to/trafilatura/tests
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/parleybot/parley/internal/textutil"
	"github.com/parleybot/parley/rag/fetch"
	"github.com/parleybot/parley/rag/news"
)

func main() {
	rd := flag.String("readability", "", "Mozilla Readability's test/test-pages folder")
	tf := flag.String("trafilatura", "", "trafilatura's tests folder")
	gold := flag.String("gold", "", "a folder of html/ and gold/ texts")
	verbose := flag.Bool("v", false, "print each page's figures")
	flag.Parse()
	var err error
	switch {
	case *rd != "" && *tf == "" && *gold == "":
		err = readabilitySet(*rd, *verbose)
	case *tf != "" && *rd == "" && *gold == "":
		err = trafilaturaSet(*tf, *verbose)
	case *gold != "" && *rd == "" && *tf == "":
		err = goldSet(*gold, *verbose)
	default:
		fmt.Fprintln(os.Stderr, "usage: exteval (-readability DIR | -trafilatura DIR | -gold DIR) [-v]")
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "exteval:", err)
		os.Exit(1)
	}
}

// read runs Parley's article reader on a saved page.
func read(body []byte, url string) (news.Article, error) {
	return news.Read(&fetch.Page{URL: url, Kind: fetch.HTML, ContentType: "text/html", Body: body})
}

// paragraphText is an article's paragraphs as one text.
func paragraphText(a news.Article) string {
	return strings.Join(a.Paragraphs, "\n")
}

// words splits text into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// htmlText is the text of an HTML fragment, blocks apart.
func htmlText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return b.String()
}

// prf is precision, recall and F1 from true and false positives and false
// negatives.
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// tokenScore sums the token overlap of pages: micro-averaged over all
// words, and macro-averaged over pages.
type tokenScore struct {
	tp, fp, fn, pages, refused int
	macroF                     float64
}

// add scores one page's words against the wanted ones, and returns its F1.
func (s *tokenScore) add(got, want []string) float64 {
	k := textutil.Shared(got, want)
	s.tp += k
	s.fp += len(got) - k
	s.fn += len(want) - k
	s.pages++
	_, _, f := prf(k, len(got)-k, len(want)-k)
	s.macroF += f
	return f
}

// print prints the pages read and the scores.
func (s *tokenScore) print() {
	p, r, f := prf(s.tp, s.fp, s.fn)
	fmt.Printf("pages %d (refused %d)\n", s.pages, s.refused)
	fmt.Printf("words: precision %.3f  recall %.3f  F1 %.3f (micro); mean page F1 %.3f\n", p, r, f, s.macroF/float64(max(s.pages, 1)))
}
