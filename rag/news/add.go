package news

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parleybot/parley/rag/fetch"
)

// Skip is an address that was not added, and why.
type Skip struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
	// Already is true when the article was added before: not a failure.
	Already bool `json:"-"`
}

// Feed is a feed followed over time: the validators of its last fetch,
// for conditional requests, and its failures, for backing off.
type Feed struct {
	URL                string
	ETag, LastModified string
	// Failures counts the polls that failed in a row; Next is when the
	// feed may be polled again after them.
	Failures int
	Next     time.Time
}

// maxBackoff bounds how long a failing feed is left alone.
const maxBackoff = 24 * time.Hour

// Poll fetches a feed unless it is backing off, asking the site whether it
// changed since the last poll, and keeps its newest maxItems articles that
// are new. After a failure the feed is left alone for every twice as long,
// from interval up to a day.
func (s *Store) Poll(ctx context.Context, c *fetch.Client, f *Feed, maxItems int, interval time.Duration) (added []Meta, skipped []Skip, err error) {
	if time.Now().Before(f.Next) {
		return nil, nil, nil
	}
	page, err := c.GetIf(ctx, f.URL, f.ETag, f.LastModified)
	if err == nil && !page.NotModified && page.Kind != fetch.Feed {
		err = fmt.Errorf("%s is not a feed (%s)", f.URL, page.ContentType)
	}
	if err != nil {
		f.Failures++
		wait := interval << min(f.Failures, 16)
		f.Next = time.Now().Add(min(wait, maxBackoff))
		return nil, nil, err
	}
	f.Failures, f.Next = 0, time.Time{}
	if page.NotModified {
		return nil, nil, nil
	}
	f.ETag, f.LastModified = page.ETag, page.LastModified
	added, skipped = s.feedItems(ctx, c, page, maxItems)
	return added, skipped, nil
}

// AddURL fetches an article, or a feed's newest maxItems articles (0:
// all), and keeps them in the store. Every address that could not be
// added is in skipped, with the reason; an article kept before is too,
// with Already set.
func (s *Store) AddURL(ctx context.Context, c *fetch.Client, rawURL string, maxItems int) (added []Meta, skipped []Skip) {
	page, err := c.Get(ctx, rawURL)
	if err != nil {
		return nil, []Skip{{URL: rawURL, Reason: reason(err)}}
	}
	if page.Kind != fetch.Feed {
		a, err := Read(page)
		if err != nil {
			return nil, []Skip{{URL: rawURL, Reason: reason(err)}}
		}
		return s.keep(a, "", added, skipped)
	}
	return s.feedItems(ctx, c, page, maxItems)
}

// feedItems keeps the newest maxItems articles of a fetched feed.
func (s *Store) feedItems(ctx context.Context, c *fetch.Client, page *fetch.Page, maxItems int) (added []Meta, skipped []Skip) {
	items, err := Items(page, maxItems)
	if err != nil {
		return nil, []Skip{{URL: page.URL, Reason: reason(err)}}
	}
	known := map[string]bool{}
	if metas, err := s.List(); err == nil {
		for _, m := range metas {
			known[Clean(m.URL)] = true
		}
	}
	for _, it := range items {
		if known[Clean(it.Link)] {
			skipped = append(skipped, Skip{URL: it.Link, Reason: "already added", Already: true})
			continue // a known item is not fetched again
		}
		if ctx.Err() != nil {
			skipped = append(skipped, Skip{URL: it.Link, Reason: "stopped before it was fetched"})
			continue
		}
		var a Article
		if it.Article != nil {
			a = *it.Article // the feed carries the full text
		} else {
			p, err := c.Get(ctx, it.Link)
			if err != nil {
				skipped = append(skipped, Skip{URL: it.Link, Reason: reason(err)})
				continue
			}
			if a, err = Read(p); err != nil {
				skipped = append(skipped, Skip{URL: it.Link, Reason: reason(err)})
				continue
			}
			if a.Date.IsZero() {
				a.Date = it.Date
			}
			if a.Title == "" {
				a.Title = it.Title
			}
		}
		added, skipped = s.keep(a, page.URL, added, skipped)
	}
	return added, skipped
}

// keep adds an article to the store and to added, or says why not.
func (s *Store) keep(a Article, feed string, added []Meta, skipped []Skip) ([]Meta, []Skip) {
	m, isNew, err := s.Add(a, feed)
	switch {
	case err != nil:
		skipped = append(skipped, Skip{URL: a.URL, Reason: err.Error()})
	case !isNew:
		skipped = append(skipped, Skip{URL: a.URL, Reason: "already added, as " + m.Source, Already: true})
	default:
		added = append(added, m)
	}
	return added, skipped
}

// reason words an error for the person who asked to add the address.
func reason(err error) string {
	var fe *fetch.Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	if errors.Is(err, ErrNoArticle) {
		return "the page holds no article text (a page of links, a paywall, or a page made by JavaScript)"
	}
	return err.Error()
}
