package news

import (
	"strings"
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
