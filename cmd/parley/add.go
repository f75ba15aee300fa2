package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/fetch"
	"github.com/parleybot/parley/rag/news"
)

// addedDir is the data dir's folder of articles added from the web.
const addedDir = "articles"

// store is the folder of added articles.
func (a *app) store() *news.Store {
	return news.OpenStore(filepath.Join(a.cfg.DataDir, addedDir))
}

// fetcher is the web client, with the configured limits.
func (a *app) fetcher() *fetch.Client {
	return fetch.New(fetch.Options{Timeout: a.cfg.FetchTimeout, MaxBytes: int64(a.cfg.FetchMaxBytes),
		AllowPrivate: a.cfg.FetchAllowPrivate, UserAgent: "Parley/" + buildVersion() + " (+https://github.com/parleybot/parley)"})
}

// addResult is parley add --json's object.
type addResult struct {
	Added   []rag.Source `json:"added"`
	Skipped []news.Skip  `json:"skipped"`
}

// cmdAdd adds the articles at urls (pages or feeds) and indexes them. It
// exits 0 when every one was added or was there already.
func cmdAdd(ctx context.Context, eng *rag.Engine, store *news.Store, c *fetch.Client, urls []string, asJSON bool, stdout, stderr io.Writer) int {
	res := addResult{Added: []rag.Source{}, Skipped: []news.Skip{}}
	var added []news.Meta
	failed := false
	for _, u := range urls {
		a, s := store.AddURL(ctx, c, u, maxFeedItems)
		added = append(added, a...)
		res.Skipped = append(res.Skipped, s...)
		for _, sk := range s {
			failed = failed || !sk.Already
		}
	}
	sources, err := indexAdded(ctx, eng, added)
	if err != nil {
		fmt.Fprintf(stderr, "parley: the articles were added, but indexing them failed: %v\n", err)
		return exitError
	}
	res.Added = append(res.Added, sources...)
	code := exitOK
	if failed {
		code = exitError
	}
	if asJSON {
		if writeJSON(stdout, stderr, res) != exitOK {
			return exitError
		}
		return code
	}
	for _, s := range res.Added {
		date := s.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(stdout, "added %s (%s, %d lines): %s\n", s.Source, date, s.Lines, s.Title)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stdout, "not added %s: %s\n", s.URL, s.Reason)
	}
	return code
}

// maxFeedItems is how many of a feed's newest items parley add takes.
const maxFeedItems = 50

// cmdRemove removes an article added from the web, and its index entries.
func cmdRemove(ctx context.Context, eng *rag.Engine, store *news.Store, source string, stdout, stderr io.Writer) int {
	m, err := store.Remove(source)
	if errors.Is(err, news.ErrNotAdded) {
		fmt.Fprintf(stderr, "parley: %s is not an article added with parley add (see parley sources)\n", source)
		return exitBadInput
	}
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	if _, err := eng.Reindex(ctx, false); err != nil {
		fmt.Fprintf(stderr, "parley: removed, but indexing failed: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "removed %s (%s)\n", m.Source, m.URL)
	return exitOK
}

// indexAdded indexes the articles just added and returns their listings.
func indexAdded(ctx context.Context, eng *rag.Engine, added []news.Meta) ([]rag.Source, error) {
	if len(added) == 0 {
		return nil, nil
	}
	if _, err := eng.Reindex(ctx, false); err != nil {
		return nil, err
	}
	bySource := map[string]rag.Source{}
	for _, s := range eng.Sources() {
		bySource[s.Source] = s
	}
	var out []rag.Source
	for _, m := range added {
		if s, ok := bySource[m.Source]; ok {
			out = append(out, s)
		}
	}
	return out, nil
}
