package news

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/parleybot/parley/rag/fetch"
)

// Item is one entry of a feed.
type Item struct {
	// Link is the article's address.
	Link, Title string
	// Date is when the feed says it was published; zero when it does not.
	Date time.Time
	// Article is the item's full text when the feed carries it (Atom
	// content, RSS content:encoded), so the page need not be fetched.
	Article *Article
}

// Items reads the entries of an RSS (0.9x, 1.0, 2.0) or Atom feed, newest
// first, at most max (0: all). Only the entries kept have their full text
// read, so a feed of 10,000 entries costs little more than its parse.
func Items(p *fetch.Page, max int) ([]Item, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(p.Body))
	if err != nil {
		return nil, fmt.Errorf("reading the feed: %w", err)
	}
	type entry struct {
		item Item
		feed *gofeed.Item
	}
	var entries []entry
	for _, it := range f.Items {
		if it == nil || strings.TrimSpace(it.Link) == "" {
			continue
		}
		item := Item{Link: strings.TrimSpace(it.Link), Title: strings.Join(strings.Fields(it.Title), " ")}
		switch {
		case it.PublishedParsed != nil:
			item.Date = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			item.Date = *it.UpdatedParsed
		}
		entries = append(entries, entry{item, it})
	}
	// Newest first; undated entries keep the feed's order after the dated.
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].item.Date.After(entries[j].item.Date) })
	if max > 0 && len(entries) > max {
		entries = entries[:max]
	}
	out := make([]Item, 0, len(entries))
	for _, e := range entries {
		item, it := e.item, e.feed
		if it.Content != "" {
			a := Article{URL: item.Link, Canonical: item.Link, Title: item.Title, Date: item.Date, Paragraphs: htmlParagraphs(it.Content)}
			if it.Author != nil {
				a.Author = it.Author.Name
			}
			if checkText(a) == nil {
				item.Article = &a
			}
		}
		out = append(out, item)
	}
	return out, nil
}

// htmlParagraphs reads the paragraphs of a fragment of HTML (or of plain
// text, which parses as one).
func htmlParagraphs(s string) []string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return paragraphs(s)
	}
	return blocks(doc)
}
