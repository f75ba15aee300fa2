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
	"unicode"
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
	body, err := decode(p)
	if err != nil {
		return Article{}, fmt.Errorf("reading the page: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return Article{}, fmt.Errorf("reading the page's HTML: %w", err)
	}
	a := Article{URL: p.URL, Canonical: canonical(doc, p.URL)}
	u, _ := url.Parse(p.URL)
	ra, err := readability.FromDocument(doc, u)
	if err != nil || ra.Node == nil {
		return a, ErrNoArticle
	}
	a.Title = strings.Join(strings.Fields(ra.Title()), " ")
	a.Author = strings.Join(strings.Fields(ra.Byline()), " ")
	a.Paragraphs = withoutFurniture(blocks(ra.Node))
	if titleShare(a.Title, a.Paragraphs) < offTitle {
		// Readability chose a block that is not about the headline (terms
		// of use, a promotion): the paragraphs that are, if any, are the
		// story.
		if alt := onTitle(doc, a.Title); alt != nil {
			a.Paragraphs = withoutFurniture(alt)
		}
	}
	a.Date = pageDate(doc, ra, p.URL)
	return a, checkText(a)
}

// metaCharsetRe finds the charset a page declares in a meta tag.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decode gives a page's HTML as UTF-8. The charset is the one the server
// named; else the one a meta tag in the page's head names, wherever in
// the head it stands; else UTF-8 when the bytes are valid UTF-8; else
// what the HTML standard's sniffing guesses.
func decode(p *fetch.Page) ([]byte, error) {
	label := p.Charset
	if label == "" {
		head := p.Body[:min(len(p.Body), 64<<10)]
		if end := bytes.Index(bytes.ToLower(head), []byte("</head")); end >= 0 {
			head = head[:end]
		}
		if m := metaCharsetRe.FindSubmatch(head); m != nil {
			label = string(m[1])
		}
	}
	if label == "" && utf8.Valid(p.Body) {
		return p.Body, nil
	}
	var r io.Reader
	if enc, _ := charset.Lookup(label); enc != nil {
		r = enc.NewDecoder().Reader(bytes.NewReader(p.Body))
	} else if cr, err := charset.NewReader(bytes.NewReader(p.Body), p.ContentType); err == nil {
		r = cr
	} else {
		r = bytes.NewReader(p.Body)
	}
	return io.ReadAll(r)
}

// checkText refuses an article with too little text.
func checkText(a Article) error {
	if runes(a.Paragraphs) < minArticleRunes {
		return ErrNoArticle
	}
	return nil
}

// runes counts the characters of paragraphs.
func runes(ps []string) int {
	n := 0
	for _, p := range ps {
		n += utf8.RuneCountInString(p)
	}
	return n
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
		if f := strings.Fields(loose.String()); len(f) > 0 && !fragment(f) {
			out = append(out, strings.Join(f, " "))
		}
		loose.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "figcaption" || n.Data == "figure") {
			flush()
			return // a picture's caption or credit, not the story
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			flush()
			text, linked := innerText(n)
			f := strings.Fields(text)
			if t := strings.Join(f, " "); t != "" && !linkList(t, linked) && (n.Data != "p" || !fragment(f)) {
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

// innerText is the text of a node, and how many of its runes stand in
// links.
func innerText(n *html.Node) (string, int) {
	var b strings.Builder
	linked := 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			if inLink {
				linked += utf8.RuneCountInString(strings.TrimSpace(n.Data))
			}
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			b.WriteByte(' ')
		}
		inLink = inLink || n.Type == html.ElementNode && n.Data == "a"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return b.String(), linked
}

// linkList reports a block that is a label and a link: "Related: …",
// "Read also: …", "Lea también: …". The story's own paragraphs link a few
// words, not all that follows a colon.
func linkList(text string, linked int) bool {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i >= maxLabelBytes {
		return false
	}
	rest := utf8.RuneCountInString(text[i+1:])
	return rest > 0 && linked*10 >= rest*8
}

// maxLabelBytes bounds a label before a link: "Related", "VEA TAMBIÉN".
const maxLabelBytes = 30

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

// fragment reports a run of loose text of at most three words and
// maxFragmentRunes that does not end as a sentence ends: a button, a
// counter ("1 of 23"), a label. (Chinese or Japanese writes a whole
// sentence as one "word" between spaces; its length tells it apart.)
func fragment(words []string) bool {
	if len(words) > 3 || runes(words) > maxFragmentRunes {
		return false
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	return !strings.ContainsRune(`.!?"'。！？」`, r)
}

// maxFragmentRunes bounds a fragment's length.
const maxFragmentRunes = 30

// offTitle and onTitleShare bound how much of the headline's words a
// block holds: a story holds most of them, terms of use or a promotion
// almost none. Below offTitle readability's choice is doubted; a block
// holding onTitleShare is about the headline.
const (
	offTitle     = 0.25
	onTitleShare = 0.5
)

// skipTags hold no article text: what stands in them is page furniture.
var skipTags = map[string]bool{"nav": true, "footer": true, "aside": true, "form": true, "header": true,
	"script": true, "style": true, "noscript": true, "template": true, "select": true, "button": true}

// wordsOf splits text into lower-case words of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// titleShare is the share of a headline's words of four letters or more
// that paragraphs hold; 1 for a headline without such words.
func titleShare(title string, ps []string) float64 {
	want := map[string]bool{}
	for _, w := range wordsOf(title) {
		if utf8.RuneCountInString(w) >= 4 {
			want[w] = true
		}
	}
	if len(want) == 0 || unspaced(title) {
		return 1
	}
	seen := map[string]bool{}
	for _, p := range ps {
		for _, w := range wordsOf(p) {
			if want[w] {
				seen[w] = true
			}
		}
	}
	return float64(len(seen)) / float64(len(want))
}

// unspaced reports text in a script written without spaces between words
// (Chinese, Japanese, Thai), whose words this check cannot split.
func unspaced(text string) bool {
	for _, r := range text {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}

// onTitle is the paragraphs of the element whose own <p> children hold
// the most text, among those about the headline, outside navigation,
// headers, footers, asides and forms; nil when none is.
func onTitle(doc *html.Node, title string) []string {
	groups := map[*html.Node][]string{}
	var order []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && skipTags[n.Data] {
			return
		}
		if n.Type == html.ElementNode && n.Data == "p" && n.Parent != nil {
			text, linked := innerText(n)
			if t := strings.Join(strings.Fields(text), " "); t != "" && linked*2 < utf8.RuneCountInString(t) {
				if _, ok := groups[n.Parent]; !ok {
					order = append(order, n.Parent)
				}
				groups[n.Parent] = append(groups[n.Parent], t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var best []string
	for _, parent := range order {
		if ps := groups[parent]; runes(ps) > runes(best) && titleShare(title, ps) >= onTitleShare {
			best = ps
		}
	}
	return best
}
