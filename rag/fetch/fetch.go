// Package fetch gets pages and feeds from the web for Parley, safely: only
// http and https; a timeout and a size cap on every request; no
// connection to loopback, private, link-local, multicast or unspecified
// addresses, checked when the connection is made (so neither a redirect
// nor a DNS answer gets around it); at most five redirects; a User-Agent
// that names Parley; robots.txt respected; one request at a time per host;
// and only the content types an article or a feed comes in.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 5 << 20
	DefaultMaxRedirects = 5
)

// Options configures a Client.
type Options struct {
	// Timeout bounds each request, reading the body included.
	Timeout time.Duration
	// MaxBytes bounds a response's body.
	MaxBytes int64
	// AllowPrivate lets the client connect to loopback and private
	// addresses: intranets, and tests.
	AllowPrivate bool
	// UserAgent names the client, e.g. "Parley/1.2 (+https://…)".
	UserAgent string
}

// Kind is what a page holds, by its content type.
type Kind string

// Kinds of page.
const (
	HTML Kind = "html"
	Feed Kind = "feed"
	Text Kind = "text"
)

// Page is a fetched page.
type Page struct {
	// URL is where the page was found, after redirects.
	URL string
	// Kind is what the content type says it holds.
	Kind Kind
	// ContentType is the media type, without parameters.
	ContentType string
	// Charset is the content type's charset parameter, or "".
	Charset string
	// Body is the page's bytes.
	Body []byte
	// LastModified and ETag are the response's validators, or "": sent
	// back with GetIf, the site may answer that nothing changed.
	LastModified, ETag string
	// NotModified is true when the site answered 304 to GetIf: Body is
	// empty, and what was fetched before still stands.
	NotModified bool
}

// Error is a page that could not be fetched; its message says why, for
// the person who asked for it.
type Error struct {
	URL    string
	Reason string
	Err    error
}

func (e *Error) Error() string { return e.URL + ": " + e.Reason }

// Unwrap returns the underlying error, if any.
func (e *Error) Unwrap() error { return e.Err }

// errPrivate is the dialer's refusal.
var errPrivate = errors.New("a loopback, private, link-local, multicast or unspecified address")

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opt  Options
	http *http.Client
	mu   sync.Mutex
	// hosts serialises requests per host; robots caches each host's rules.
	hosts  map[string]*sync.Mutex
	robots map[string]*robots
}

// New returns a client with opt's limits (zero values take the defaults).
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "Parley (+https://github.com/parleybot/parley)"
	}
	c := &Client{opt: opt, hosts: map[string]*sync.Mutex{}, robots: map[string]*robots{}}
	dialer := &net.Dialer{Timeout: opt.Timeout, Control: c.control}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would connect for us, past the address check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opt.Timeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
	}
	c.http = &http.Client{
		Transport: transport,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > DefaultMaxRedirects {
				return fmt.Errorf("more than %d redirects", DefaultMaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("a redirect to a %s: address", req.URL.Scheme)
			}
			return nil
		},
	}
	return c
}

// control refuses, at connection time, addresses that are not public.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	if c.opt.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || !public(ip) {
		return errPrivate
	}
	return nil
}

// public reports whether an address may be connected to.
func public(ip net.IP) bool {
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	if v4 := ip.To4(); v4 != nil {
		switch {
		case v4[0] == 0, // "this network"
			v4[0] == 100 && v4[1]&0xc0 == 64,         // shared address space (CGNAT)
			v4[0] == 192 && v4[1] == 0 && v4[2] == 0, // IETF protocol assignments
			v4[0] >= 240:                             // reserved, and broadcast
			return false
		}
	}
	return true
}

// Get fetches a page of a kind Parley reads (HTML, a feed, or plain text).
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	return c.GetIf(ctx, rawURL, "", "")
}

// GetIf is Get with a conditional request: with the ETag and Last-Modified
// of the last fetch, a site whose page did not change answers 304, and the
// page comes back with NotModified set.
func (c *Client) GetIf(ctx context.Context, rawURL, etag, lastModified string) (*Page, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return nil, &Error{URL: rawURL, Reason: "not a web address (http:// or https://)"}
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, &Error{URL: rawURL, Reason: fmt.Sprintf("only http and https addresses are fetched, not %s:", u.Scheme)}
	}
	u.Fragment = ""
	if ok, err := c.allowed(ctx, u); err != nil {
		return nil, err
	} else if !ok {
		return nil, &Error{URL: u.String(), Reason: "the site's robots.txt does not allow Parley to fetch it"}
	}
	return c.get(ctx, u, true, etag, lastModified)
}

// get fetches u, one request per host at a time; accept refuses types
// Parley does not read; etag and lastModified make it conditional.
func (c *Client) get(ctx context.Context, u *url.URL, accept bool, etag, lastModified string) (*Page, error) {
	unlock := c.lockHost(u.Host)
	defer unlock()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: u.String(), Reason: "not a web address", Err: err}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.describe(u.String(), err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode == http.StatusNotModified && (etag != "" || lastModified != "") {
		return &Page{URL: final, NotModified: true, ETag: etag, LastModified: lastModified}, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &Error{URL: final, Reason: fmt.Sprintf("the site answered %s", resp.Status)}
	}
	media, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	kind, ok := kindOf(media)
	if accept && !ok {
		if media == "" {
			media = "none given"
		}
		return nil, &Error{URL: final, Reason: fmt.Sprintf("its content type is %s: Parley reads web pages (HTML), RSS and Atom feeds, and plain text", media)}
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, c.tooLarge(final)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, c.describe(final, err)
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, c.tooLarge(final)
	}
	return &Page{URL: final, Kind: kind, ContentType: media, Charset: params["charset"], Body: body,
		LastModified: resp.Header.Get("Last-Modified"), ETag: resp.Header.Get("ETag")}, nil
}

func (c *Client) tooLarge(u string) error {
	return &Error{URL: u, Reason: fmt.Sprintf("the page is larger than %d bytes (PARLEY_FETCH_MAX_BYTES)", c.opt.MaxBytes)}
}

// describe words a failed request for the person who asked.
func (c *Client) describe(u string, err error) error {
	var ne net.Error
	switch {
	case errors.Is(err, errPrivate):
		return &Error{URL: u, Reason: "it is on a loopback or private address, which Parley does not fetch (PARLEY_FETCH_ALLOW_PRIVATE=true allows it)", Err: err}
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return &Error{URL: u, Reason: fmt.Sprintf("the site did not answer within %s (PARLEY_FETCH_TIMEOUT)", c.opt.Timeout), Err: err}
	case strings.Contains(err.Error(), "redirect"):
		return &Error{URL: u, Reason: "it redirects too often or to an address that is not http or https", Err: err}
	}
	return &Error{URL: u, Reason: "the site could not be reached: " + err.Error(), Err: err}
}

// kindOf maps a media type to the kind of page it holds.
func kindOf(media string) (Kind, bool) {
	switch media {
	case "text/html", "application/xhtml+xml":
		return HTML, true
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json":
		return Feed, true
	case "text/plain":
		return Text, true
	}
	return "", false
}

// lockHost takes the host's turn and returns its release.
func (c *Client) lockHost(host string) func() {
	c.mu.Lock()
	m := c.hosts[host]
	if m == nil {
		m = &sync.Mutex{}
		c.hosts[host] = m
	}
	c.mu.Unlock()
	m.Lock()
	return m.Unlock
}
