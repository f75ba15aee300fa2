package news

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/parleybot/parley/internal/atomicfile"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

// MetaFile names the list of added articles in the store's folder.
const MetaFile = "sources.json"

// Meta is what Parley keeps of an article added from the web.
type Meta struct {
	// Source is the article's file name in the store.
	Source string `json:"source"`
	// URL is where it was read; Canonical the address the page gives.
	URL       string `json:"url"`
	Canonical string `json:"canonical,omitempty"`
	Title     string `json:"title"`
	Author    string `json:"author,omitempty"`
	// Date is the publication date, YYYY-MM-DD, or "".
	Date string `json:"date,omitempty"`
	// Feed is the feed it came from, or "".
	Feed  string    `json:"feed,omitempty"`
	Added time.Time `json:"added"`
	// Hash identifies its text, so the same article at another address
	// is not added twice.
	Hash string `json:"hash"`
}

// Store is the folder of articles added from the web: one text file each
// (its title, its date, then its paragraphs), which the corpus reader
// reads like any article, and MetaFile listing where each came from.
// Files are written whole, through a temporary file and a rename.
type Store struct {
	dir string
	mu  sync.Mutex
}

// OpenStore returns the store in folder dir, made when first written.
func OpenStore(dir string) *Store { return &Store{dir: dir} }

// Dir is the store's folder.
func (s *Store) Dir() string { return s.dir }

// ErrNotAdded is a source that is not an added article.
var ErrNotAdded = errors.New("not an article added from the web")

// Add keeps an article. When the same address, canonical address or text
// is kept already, it returns that one and false.
func (s *Store) Add(a Article, feed string) (Meta, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	metas, err := s.read()
	if err != nil {
		return Meta{}, false, err
	}
	text := a.Text()
	sum := sha256.Sum256([]byte(strings.Join(a.Paragraphs, "\n")))
	hash := hex.EncodeToString(sum[:])
	canon := Clean(a.Canonical)
	for _, m := range metas {
		if m.Hash == hash || Clean(m.URL) == Clean(a.URL) || m.Canonical != "" && m.Canonical == canon {
			return m, false, nil
		}
	}
	m := Meta{URL: a.URL, Canonical: canon, Title: a.Title, Author: a.Author, Feed: feed, Added: time.Now().UTC(), Hash: hash}
	day := "undated"
	if !a.Date.IsZero() {
		m.Date = a.Date.Format("2006-01-02")
		day = a.Date.Format("20060102")
	}
	m.Source = fmt.Sprintf("web-%s-%s-%s.txt", day, slug(a.Title), hash[:8])
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return Meta{}, false, fmt.Errorf("creating %s: %w", s.dir, err)
	}
	if err := atomicfile.Write(filepath.Join(s.dir, m.Source), []byte(text)); err != nil {
		return Meta{}, false, err
	}
	metas = append(metas, m)
	if err := s.write(metas); err != nil {
		os.Remove(filepath.Join(s.dir, m.Source))
		return Meta{}, false, err
	}
	return m, true, nil
}

// Remove deletes an added article.
func (s *Store) Remove(source string) (Meta, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	metas, err := s.read()
	if err != nil {
		return Meta{}, err
	}
	for i, m := range metas {
		if m.Source == source {
			if err := os.Remove(filepath.Join(s.dir, source)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return Meta{}, fmt.Errorf("removing %s: %w", source, err)
			}
			return m, s.write(append(metas[:i:i], metas[i+1:]...))
		}
	}
	return Meta{}, fmt.Errorf("%s: %w", source, ErrNotAdded)
}

// List returns the added articles, oldest first.
func (s *Store) List() ([]Meta, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read()
}

// ReadMeta reads the list of added articles from a store's folder, by
// source; an empty map when there is none or it cannot be read.
func ReadMeta(fsys fs.FS) map[string]Meta {
	out := map[string]Meta{}
	data, err := fs.ReadFile(fsys, MetaFile)
	if err != nil {
		return out
	}
	var metas []Meta
	if json.Unmarshal(data, &metas) == nil {
		for _, m := range metas {
			out[m.Source] = m
		}
	}
	return out
}

func (s *Store) read() ([]Meta, error) {
	data, err := os.ReadFile(filepath.Join(s.dir, MetaFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", MetaFile, err)
	}
	var metas []Meta
	if err := json.Unmarshal(data, &metas); err != nil {
		return nil, fmt.Errorf("%s in %s is not valid JSON: %w", MetaFile, s.dir, err)
	}
	return metas, nil
}

func (s *Store) write(metas []Meta) error {
	sort.SliceStable(metas, func(i, j int) bool { return metas[i].Added.Before(metas[j].Added) })
	data, err := json.MarshalIndent(metas, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(s.dir, MetaFile), data)
}

// Text is the article as it is stored and the corpus reader reads it: the
// title, the date on a line of its own, then the paragraphs, without a
// repeated title, a byline or a paragraph that is only a date.
func (a Article) Text() string {
	var b strings.Builder
	title := strings.Join(strings.Fields(a.Title), " ")
	if title == "" {
		title = "Untitled article"
	}
	b.WriteString(strings.TrimRight(title, ".") + "\n")
	if !a.Date.IsZero() {
		b.WriteString(a.Date.Format("2006-01-02") + "\n")
	}
	for _, p := range a.Paragraphs {
		if p == a.Title || isByline(p, a.Author) || dateOnly.MatchString(p) {
			continue // said above, or page furniture
		}
		b.WriteString("\n" + p + "\n")
	}
	return b.String()
}

// dateOnly matches a paragraph that is only a date.
var dateOnly = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:[\s,]+\d{1,2}:\d{2}.*)?$|^\d{4}-\d{2}-\d{2}$`)

// isByline reports a paragraph that only names the author: "By Mara
// Quint".
func isByline(p, author string) bool {
	if len(p) > 80 {
		return false
	}
	lp := strings.ToLower(p)
	return strings.HasPrefix(lp, "by ") && (author == "" || strings.Contains(lp, strings.ToLower(author)))
}

// slug is a short file-name form of a title.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "article"
	}
	return s
}

// Clean is an address without what tracks the reader (utm_ parameters,
// fbclid, gclid and the like) or marks a place in the page, so the same
// article shared with them is known as the same.
func Clean(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Fragment = ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "mc_cid" || lk == "mc_eid" || lk == "ref" || lk == "cmpid" || lk == "ocid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.Host = strings.ToLower(u.Host)
	return u.String()
}
