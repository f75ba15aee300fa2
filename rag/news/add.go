package news

import (
	"context"
	"errors"

	"github.com/parleybot/parley/rag/fetch"
)

// Skip is an address that was not added, and why.
type Skip struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
	// Already is true when the article was added before: not a failure.
	Already bool `json:"-"`
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
	items, err := Items(page, maxItems)
	if err != nil {
		return nil, []Skip{{URL: rawURL, Reason: reason(err)}}
	}
	for _, it := range items {
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
