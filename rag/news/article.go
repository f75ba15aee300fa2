// Package news turns what rag/fetch gets into articles Parley can index:
// a web page's main text as paragraphs (without navigation, ads, related
// links, comments, share buttons or cookie notices, by readeck's
// go-readability), its title, author, canonical address and publication
// date; a feed's items (by gofeed); and the folder of added articles in
// the data dir, with their addresses and dates.
package news

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/parleybot/parley/rag/fetch"
)

// Article is one news article, read from the web.
type Article struct {
	// URL is where it was read; Canonical the address the page gives for
	// itself, or URL.
	URL, Canonical string
	Title, Author  string
	// Date is the publication date; zero when the page gives none.
	Date time.Time
	// Paragraphs are the main text.
	Paragraphs []string
}

// minArticleRunes is the least main text a page must have to be an
// article: a page of links or a paywall notice has less.
const minArticleRunes = 200

// ErrNoArticle is a page with no article text.
var ErrNoArticle = errors.New("the page holds no article text")

// Read reads the article on a page of HTML or plain text.
func Read(p *fetch.Page) (Article, error) {
	switch p.Kind {
	case fetch.Text:
		return readText(p)
	case fetch.HTML:
		return readHTML(p)
	}
	return Article{}, fmt.Errorf("a %s is not an article", p.ContentType)
}

// readText takes a plain-text page as it is: paragraphs between blank
// lines, the first line its title.
func readText(p *fetch.Page) (Article, error) {
	text := string(p.Body)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	a := Article{URL: p.URL, Canonical: p.URL, Paragraphs: paragraphs(text)}
	if len(a.Paragraphs) > 0 {
		a.Title = a.Paragraphs[0]
	}
	a.Date = dateInURL(p.URL)
	return a, checkText(a)
}

// readHTML finds the main text of a page and what the page says of it.
func readHTML(p *fetch.Page) (Article, error) {
	r, err := charset.NewReader(bytes.NewReader(p.Body), p.ContentType+"; charset="+p.Charset)
	if err != nil {
		r = bytes.NewReader(p.Body)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return Article{}, fmt.Errorf("reading the page: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return Article{}, fmt.Errorf("reading the page's HTML: %w", err)
	}
	a := Article{URL: p.URL, Canonical: canonical(doc, p.URL)}
	timeDate := timeElement(doc)
	u, _ := url.Parse(p.URL)
	ra, err := readability.FromDocument(doc, u)
	if err != nil || ra.Node == nil {
		return a, ErrNoArticle
	}
	a.Title = strings.Join(strings.Fields(ra.Title()), " ")
	a.Author = strings.Join(strings.Fields(ra.Byline()), " ")
	a.Paragraphs = withoutFurniture(blocks(ra.Node))
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		a.Date = t
	} else if t := metaDate(doc); !t.IsZero() {
		a.Date = t
	} else if !timeDate.IsZero() {
		a.Date = timeDate
	} else {
		a.Date = dateInURL(p.URL)
	}
	return a, checkText(a)
}

// checkText refuses an article with too little text.
func checkText(a Article) error {
	n := 0
	for _, p := range a.Paragraphs {
		n += utf8.RuneCountInString(p)
	}
	if n < minArticleRunes {
		return ErrNoArticle
	}
	return nil
}

// paragraphs splits text at blank lines, folding white space.
func paragraphs(text string) []string {
	var out []string
	for _, p := range regexp.MustCompile(`\n\s*\n`).Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// blockTags hold a paragraph of the main text each.
var blockTags = map[string]bool{"p": true, "h2": true, "h3": true, "h4": true, "li": true, "blockquote": true, "pre": true, "td": true}

// boundaryTags end loose text: what stands in two of them is two
// paragraphs.
var boundaryTags = map[string]bool{"br": true, "div": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "h1": true, "h5": true, "h6": true, "ul": true, "ol": true, "table": true, "aside": true, "nav": true}

// furniture matches a short paragraph that is page furniture, not news:
// cookie and consent notices, newsletter and subscription calls, share
// and ad labels, copyright lines.
var furniture = regexp.MustCompile(`(?i)\b(cookies?|consent|newsletter|subscribe|sign up|log in|share (on|this)|advertisement|all rights reserved|copyright|read more|related (stories|articles))\b`)

// withoutFurniture drops short paragraphs that are page furniture.
func withoutFurniture(ps []string) []string {
	out := ps[:0]
	for _, p := range ps {
		if utf8.RuneCountInString(p) < 120 && furniture.MatchString(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// blocks returns the text of the main text's blocks, in order; text that
// stands in no block is one paragraph of its own.
func blocks(n *html.Node) []string {
	var out []string
	var loose strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(loose.String()), " "); t != "" {
			out = append(out, t)
		}
		loose.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && blockTags[n.Data] {
			flush()
			if t := strings.Join(strings.Fields(innerText(n)), " "); t != "" {
				out = append(out, t)
			}
			return
		}
		if n.Type == html.TextNode {
			loose.WriteString(n.Data)
		}
		boundary := n.Type == html.ElementNode && boundaryTags[n.Data]
		if boundary {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if boundary {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

func innerText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// canonical returns the page's <link rel="canonical">, made absolute, or
// pageURL.
func canonical(doc *html.Node, pageURL string) string {
	out := pageURL
	find(doc, func(n *html.Node) bool {
		if n.Data != "link" || !strings.EqualFold(attr(n, "rel"), "canonical") {
			return false
		}
		base, err := url.Parse(pageURL)
		ref, err2 := url.Parse(attr(n, "href"))
		if err == nil && err2 == nil && attr(n, "href") != "" {
			if abs := base.ResolveReference(ref); abs.Scheme == "http" || abs.Scheme == "https" {
				out = abs.String()
			}
		}
		return true
	})
	return out
}

// metaDate reads a publication date from the page's metadata: meta tags
// (article:published_time, og:published_time, date, pubdate, DC.date) and
// JSON-LD's datePublished.
func metaDate(doc *html.Node) time.Time {
	var t time.Time
	find(doc, func(n *html.Node) bool {
		switch n.Data {
		case "meta":
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			switch key {
			case "article:published_time", "og:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished", "sailthru.date":
				t = parseDate(attr(n, "content"))
			}
		case "script":
			if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
				if m := ldDateRe.FindStringSubmatch(n.FirstChild.Data); m != nil {
					t = parseDate(m[1])
				}
			}
		}
		return !t.IsZero()
	})
	return t
}

// ldDateRe finds JSON-LD's datePublished, wherever it nests.
var ldDateRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`)

// timeElement returns the date of the page's first <time datetime>.
func timeElement(doc *html.Node) time.Time {
	var t time.Time
	find(doc, func(n *html.Node) bool {
		if n.Data != "time" {
			return false
		}
		t = parseDate(attr(n, "datetime"))
		return !t.IsZero()
	})
	return t
}

// find calls f on element nodes in document order until it returns true.
func find(n *html.Node, f func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && f(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if find(c, f) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// urlDateRe finds a date in an address: /2016/10/01/ or /2016-10-01-.
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)`)

// dateInURL returns the date an address holds, or zero.
func dateInURL(u string) time.Time {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}
	}
	return parseDate(m[1] + "-" + m[2] + "-" + m[3])
}

// parseDate reads the date formats pages and feeds use, or gives zero.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
