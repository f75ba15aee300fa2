package news

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"github.com/parleybot/parley/rag/document"
)

// pageDate reads an article's publication date from its page, trying in
// turn what states it most surely:
//   - metadata: meta tags, JSON-LD's datePublished, and any element marked
//     itemprop="datePublished";
//   - what readability read from the page's metadata;
//   - a <time> element, and the hAtom "published" microformat;
//   - a date in the address;
//   - the first full date written in the page's text.
//
// Dates keep the zone the page gives, so an article dated 23:30 in Paris
// is dated that day, not the next one in UTC. The result is zero when the
// page gives no date.
func pageDate(doc *html.Node, ra readability.Article, pageURL string) time.Time {
	if t := metaDate(doc); !t.IsZero() {
		return t
	}
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		return t
	}
	if t := markedDate(doc); !t.IsZero() {
		return t
	}
	if t := dateInURL(pageURL); !t.IsZero() {
		return t
	}
	return textDate(doc)
}

// publishedKeys are the meta tag names and properties that give a
// publication date, lower-cased.
var publishedKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "article:published": true,
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"publication_date": true, "date_published": true, "datepublished": true, "datecreated": true,
	"dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.date": true, "dcterms.issued": true, "dcterms.created": true,
	"citation_date": true, "citation_publication_date": true, "bepress_citation_date": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true, "uploaddate": true,
}

// metaDate reads a publication date from the page's metadata: meta tags,
// JSON-LD's datePublished, and elements marked itemprop="datePublished"
// (their content, datetime or title attribute, or their text).
func metaDate(doc *html.Node) time.Time {
	var t time.Time
	find(doc, func(n *html.Node) bool {
		switch {
		case n.Data == "meta":
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			key = strings.TrimPrefix(key, "schema:")
			if publishedKeys[key] {
				t = parseDate(attr(n, "content"))
			}
		case n.Data == "script":
			if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
				if m := ldDateRe.FindStringSubmatch(n.FirstChild.Data); m != nil {
					t = parseDate(m[1])
				}
			}
		case strings.EqualFold(attr(n, "itemprop"), "datePublished"):
			for _, k := range []string{"content", "datetime", "title"} {
				if t = parseDate(attr(n, k)); !t.IsZero() {
					break
				}
			}
			if t.IsZero() {
				text, _ := innerText(n)
				t = firstDate(text)
			}
		}
		return !t.IsZero()
	})
	return t
}

// ldDateRe finds JSON-LD's datePublished, wherever it nests.
var ldDateRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]+)"`)

// markedDate reads the date of the page's first <time datetime>, or of
// an hAtom <abbr class="published" title="…">.
func markedDate(doc *html.Node) time.Time {
	var t time.Time
	find(doc, func(n *html.Node) bool {
		switch {
		case n.Data == "time":
			t = parseDate(attr(n, "datetime"))
		case n.Data == "abbr" && hasClass(n, "published"):
			t = parseDate(attr(n, "title"))
		}
		return !t.IsZero()
	})
	return t
}

// hasClass reports whether an element has a class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
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

// layouts are the date formats metadata uses, most precise first.
var layouts = []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05", "2006-01-02 15:04:05Z0700", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123}

// isoDayRe is the day an ISO 8601 stamp begins with.
var isoDayRe = regexp.MustCompile(`^((?:19|20)\d\d)-(\d\d)-(\d\d)`)

// parseDate reads the date formats pages and feeds use, or gives zero. A
// stamp in a form it does not know whole is read for the day it begins
// with.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	if m := isoDayRe.FindStringSubmatch(s); m != nil {
		return day(m[1], m[2], m[3])
	}
	return time.Time{}
}

// day is a calendar day from its written year, month and day, or zero
// when they name none.
func day(year, month, dayOf string) time.Time {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(dayOf)
	if y < 1900 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{} // 31 April
	}
	return t
}

// textDateRe finds a full date written in text: 2017-01-23, 23.01.2017,
// January 23, 2017, or 23 January 2017. Dates with slashes are left
// alone: 03/04/2017 is March or April by country.
var textDateRe = regexp.MustCompile(`(?i)\b(?:((?:19|20)\d\d)-(\d\d)-(\d\d)|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)|(` + document.MonthName + `)\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\.? (` + document.MonthName + `)\.?,? ((?:19|20)\d\d))\b`)

// firstDate is the first full date written in a text, or zero.
func firstDate(text string) time.Time {
	for _, m := range textDateRe.FindAllStringSubmatch(text, -1) {
		var t time.Time
		switch {
		case m[1] != "":
			t = day(m[1], m[2], m[3])
		case m[4] != "":
			t = day(m[6], m[5], m[4])
		case m[7] != "":
			t = day(m[9], monthNumber(m[7]), m[8])
		default:
			t = day(m[12], monthNumber(m[11]), m[10])
		}
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// monthNumber is the number of a month's name, as text; "" for none.
func monthNumber(name string) string {
	m, ok := document.Month(name)
	if !ok {
		return ""
	}
	return strconv.Itoa(int(m))
}

// textDate is the first full date written in the page's text, outside
// scripts and styles, that is not in the future.
func textDate(doc *html.Node) time.Time {
	limit := time.Now().Add(48 * time.Hour)
	var t time.Time
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "noscript" || n.Data == "template") {
			return false
		}
		if n.Type == html.TextNode {
			if d := firstDate(n.Data); !d.IsZero() && d.Before(limit) {
				t = d
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return t
}
