package news

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleybot/parley/rag/fetch"
)

const page = `<html><head><title>Monitors Report Calm | Ledger</title>
<link rel="canonical" href="https://ledger.example/world/monitors-report-calm?utm_source=rss">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-02-20T08:00:00Z"}</script>
</head><body><nav>Home World Sport</nav><div class="cookie">We use cookies.</div>
<article><h1>Monitors Report Calm</h1>
<p>Ceasefire monitors reported a calm night in Idlib on Sunday, the first without shelling since the truce was signed in January, according to the mission's spokesman.</p>
<p>"The guns were silent from dusk to dawn," the spokesman said, adding that patrols would extend to the southern villages later this week if the calm held.</p>
</article><div class="share">Share on Twitter</div><footer>All rights reserved</footer></body></html>`

func TestReadAnArticle(t *testing.T) {
	a, err := Read(&fetch.Page{URL: "https://ledger.example/world/monitors-report-calm?utm_source=rss&fbclid=x", Kind: fetch.HTML, ContentType: "text/html", Charset: "utf-8", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Title, "Monitors Report Calm") || a.Date.Format("2006-01-02") != "2017-02-20" || len(a.Paragraphs) < 2 {
		t.Errorf("article %+v", a)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "cookies") || strings.Contains(p, "Share on") || strings.Contains(p, "rights reserved") {
			t.Errorf("clutter kept: %q", p)
		}
	}
	if Clean(a.Canonical) != "https://ledger.example/world/monitors-report-calm" || Clean(a.URL) != Clean(a.Canonical) {
		t.Errorf("canonical %q, cleaned %q", a.Canonical, Clean(a.URL))
	}
	if _, err := Read(&fetch.Page{URL: "https://ledger.example/", Kind: fetch.HTML, ContentType: "text/html", Body: []byte("<html><body><a href=/a>A</a> <a href=/b>B</a></body></html>")}); err != ErrNoArticle {
		t.Errorf("a page of links: %v", err)
	}
}

func TestAtomFeedItems(t *testing.T) {
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
<entry><title>Older</title><link href="https://ledger.example/a"/><updated>2017-01-01T00:00:00Z</updated></entry>
<entry><title>Newer</title><link href="https://ledger.example/b"/><published>2017-02-01T00:00:00Z</published></entry>
<entry><title>No link</title></entry></feed>`
	items, err := Items(&fetch.Page{Kind: fetch.Feed, Body: []byte(atom)}, 0)
	if err != nil || len(items) != 2 || items[0].Title != "Newer" || !items[0].Date.Equal(time.Date(2017, 2, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("items %+v, %v", items, err)
	}
	if _, err := Items(&fetch.Page{Kind: fetch.Feed, Body: []byte("<rss><channel><item>")}, 0); err == nil {
		t.Error("broken XML read as a feed")
	}
	if items, err := Items(&fetch.Page{Kind: fetch.Feed, Body: []byte(`<rss version="2.0"><channel><title>x</title></channel></rss>`)}, 0); err != nil || len(items) != 0 {
		t.Errorf("an empty feed: %v %v", items, err)
	}
}

// A followed feed is asked whether it changed (ETag), its known items are
// not fetched again, and after a failure it is left alone for a while.
func TestPollConditionalAndBackoff(t *testing.T) {
	var hits, conditional, articleHits atomic.Int32
	var failing atomic.Bool
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if failing.Load() {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>x</title><item><title>Monitors Report Calm</title><link>%s/a</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		articleHits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()
	store := OpenStore(t.TempDir())
	c := fetch.New(fetch.Options{AllowPrivate: true})
	f := &Feed{URL: srv.URL + "/feed.xml"}
	ctx := context.Background()
	if added, _, err := store.Poll(ctx, c, f, 10, time.Minute); err != nil || len(added) != 1 {
		t.Fatalf("first poll: %v %v", added, err)
	}
	if added, _, err := store.Poll(ctx, c, f, 10, time.Minute); err != nil || len(added) != 0 || conditional.Load() != 1 {
		t.Fatalf("second poll: %v %v, %d conditional", added, err, conditional.Load())
	}
	f.ETag = "" // the site changed nothing, but Parley forgot: the item is known
	if _, skipped, err := store.Poll(ctx, c, f, 10, time.Minute); err != nil || len(skipped) != 1 || !skipped[0].Already || articleHits.Load() != 1 {
		t.Fatalf("third poll: %v %v, article fetched %d times", skipped, err, articleHits.Load())
	}
	failing.Store(true)
	if _, _, err := store.Poll(ctx, c, f, 10, time.Minute); err == nil || f.Failures != 1 || time.Until(f.Next) < time.Minute {
		t.Fatalf("failing poll: %v, failures %d, next in %s", err, f.Failures, time.Until(f.Next))
	}
	before := hits.Load()
	store.Poll(ctx, c, f, 10, time.Minute)
	if hits.Load() != before {
		t.Error("polled again while backing off")
	}
}

// bigFeed is an RSS feed of n items, oldest first, each with its full
// text, as a site that never trims its feed serves it.
func bigFeed(base string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>`)
	day := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<item><title>Bulletin %d</title><link>%s/b/%d</link><pubDate>%s</pubDate><content:encoded><![CDATA[<p>Bulletin %d: delegates met again in the capital, and the talks went on late into the night without a statement from either side.</p><p>Officials said the next round would be announced within days, after consultations with the mediators.</p>]]></content:encoded></item>`,
			i, base, i, day.Add(time.Duration(i)*time.Hour).Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// A feed of 10,000 items adds its newest PARLEY_FEED_MAX_ITEMS, from the
// feed's own text, and polling it again adds nothing.
func TestFeedOfTenThousandItems(t *testing.T) {
	var articleHits atomic.Int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, bigFeed(srv.URL, 10000))
	})
	mux.HandleFunc("/b/", func(w http.ResponseWriter, r *http.Request) { articleHits.Add(1) })
	srv = httptest.NewServer(mux)
	defer srv.Close()
	store := OpenStore(t.TempDir())
	c := fetch.New(fetch.Options{AllowPrivate: true})
	f := &Feed{URL: srv.URL + "/feed.xml"}
	added, skipped, err := store.Poll(context.Background(), c, f, 50, time.Minute)
	if err != nil || len(added) != 50 || len(skipped) != 0 {
		t.Fatalf("first poll: %d added, %v skipped, %v", len(added), skipped, err)
	}
	if added[0].Title != "Bulletin 9999" || added[49].Title != "Bulletin 9950" || articleHits.Load() != 0 {
		t.Errorf("added %q … %q, pages fetched %d", added[0].Title, added[49].Title, articleHits.Load())
	}
	added, skipped, err = store.Poll(context.Background(), c, f, 50, time.Minute)
	if err != nil || len(added) != 0 || len(skipped) != 50 || !skipped[0].Already {
		t.Errorf("second poll: %d added, %d skipped, %v", len(added), len(skipped), err)
	}
	if metas, _ := store.List(); len(metas) != 50 {
		t.Errorf("%d articles kept", len(metas))
	}
}

func BenchmarkItemsTenThousand(b *testing.B) {
	body := []byte(bigFeed("https://wire.example", 10000))
	b.SetBytes(int64(len(body)))
	for i := 0; i < b.N; i++ {
		if items, err := Items(&fetch.Page{Kind: fetch.Feed, Body: body}, 50); err != nil || len(items) != 50 {
			b.Fatal(len(items), err)
		}
	}
}
