package news

import (
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/rag/fetch"
)

// story is a paragraph long enough to make a page an article.
const story = `<p>Delegations from both sides arrived in the capital on Monday for a round of talks that mediators described as the most serious in years, and officials said a draft text was already on the table.</p>`

func readPage(t *testing.T, url, charset string, body []byte) Article {
	t.Helper()
	a, err := Read(&fetch.Page{URL: url, Kind: fetch.HTML, ContentType: "text/html", Charset: charset, Body: body})
	if err != nil {
		t.Fatalf("reading %s: %v", url, err)
	}
	return a
}

func TestCharsetFromLateMetaTag(t *testing.T) {
	// The meta tag stands after 1,024 bytes of head, past where the HTML
	// standard's sniffing looks; the page is Latin-1.
	head := "<html><head><title>Café</title>" + strings.Repeat(`<link rel="preload" href="/x.js">`, 40) +
		`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><article>`
	body := []byte(head + story + "<p>Le caf\xe9 des n\xe9gociateurs \xe9tait plein jusqu'au soir, et personne ne voulait partir avant la fin.</p></article></body></html>")
	a := readPage(t, "https://news.example/cafe", "", body)
	if text := a.Text(); !strings.Contains(text, "café des négociateurs était plein") {
		t.Errorf("Latin-1 page misread:\n%s", text)
	}
}

func TestUndeclaredUTF8(t *testing.T) {
	body := []byte("<html><head><title>Ü</title></head><body><article>" + story +
		"<p>Der Außenminister sagte, die Gespräche würden in Genf fortgesetzt, sobald beide Seiten zustimmten.</p></article></body></html>")
	a := readPage(t, "https://news.example/genf", "", body)
	if !strings.Contains(a.Text(), "Außenminister sagte, die Gespräche würden") {
		t.Errorf("UTF-8 page misread:\n%s", a.Text())
	}
}

func TestLabelledLinksCaptionsAndFragmentsLeftOut(t *testing.T) {
	body := []byte(`<html><head><title>Talks</title></head><body><article>` + story +
		`<p>Related: <a href="/other">Earlier round of talks ends without a deal</a></p>
<figure><img src="a.jpg"><figcaption>Photo: AP</figcaption></figure>
<figure><img src="b.jpg"><figcaption>Delegates leave the conference hall in the capital after the first session on Monday.</figcaption></figure>
<div class="gallery"><div>Hide Caption</div><div>1 of 23</div></div>
<p>The mediator, who <a href="/profile">spoke to reporters</a> after the session, said the next meeting would follow within a week.</p></article></body></html>`)
	a := readPage(t, "https://news.example/talks", "utf-8", body)
	text := a.Text()
	for _, bad := range []string{"Earlier round of talks", "Photo: AP", "Delegates leave the conference hall", "Hide Caption", "1 of 23"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q kept:\n%s", bad, text)
		}
	}
	for _, good := range []string{"Delegations from both sides", "spoke to reporters after the session"} {
		if !strings.Contains(text, good) {
			t.Errorf("%q lost:\n%s", good, text)
		}
	}
}

// When readability picks a block that is not about the headline (here,
// long terms of use), the paragraphs that are about it are the story.
func TestStoryOnTheHeadlineWinsOverTermsOfUse(t *testing.T) {
	terms := strings.Repeat(`<p>You may use the website but are required to register as a user if you wish to read the full content, and you may not modify, publish, transmit, transfer or sell, reproduce, create derivative works from, distribute, perform, link or display any of it, in whole or in part, without our prior written consent.</p>`, 12)
	body := []byte(`<html><head><title>Envoys Agree Aid Corridor to Aleppo</title></head><body>
<div class="modal"><h2>Terms and Conditions</h2>` + terms + `</div>
<div class="story"><h1>Envoys Agree Aid Corridor to Aleppo</h1>
<p>Envoys agreed on Tuesday to open an aid corridor to Aleppo, the mediator said after a long night of talks in the capital.</p>
<p>The corridor to Aleppo will open at dawn, and envoys will review it after a week, when the first convoys have reached the city.</p></div></body></html>`)
	a := readPage(t, "https://news.example/aleppo", "utf-8", body)
	text := a.Text()
	if !strings.Contains(text, "open an aid corridor to Aleppo") || strings.Contains(text, "derivative works") {
		t.Errorf("read the terms, not the story:\n%s", text)
	}
}

func TestPageDates(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<html><head><title>Talks</title>" + head + "</head><body>" + body + "<article>" + story + story + "</article></body></html>")
	}
	cases := []struct {
		name, url string
		body      []byte
		want      string
	}{
		{"the page's own day, not UTC's", "https://news.example/a", page(`<meta property="article:published_time" content="2019-12-10T00:30:00+01:00">`, ""), "2019-12-10"},
		{"time with a space", "https://news.example/b", page("", `<time datetime="2020-02-08 11:00">Feb 8</time>`), "2020-02-08"},
		{"itemprop text", "https://news.example/c", page("", `<div itemprop="datePublished">20.06.2019 11:43</div>`), "2019-06-20"},
		{"hAtom", "https://news.example/d", page("", `<abbr class="published" title="2018-06-05T08:00:00-07:00">June 5</abbr>`), "2018-06-05"},
		{"meta name", "https://news.example/e", page(`<meta name="publication_date" content="2022-02-08T14:00:00">`, ""), "2022-02-08"},
		{"the address", "https://news.example/2016/10/01/talks", page("", ""), "2016-10-01"},
		{"written in the text", "https://news.example/f", page("", `<p class="byline">Published March 5th, 2019 by the desk</p>`), "2019-03-05"},
		{"no date", "https://news.example/g", page("", `<p class="byline">03/04/2019 31 April 2019</p>`), "0001-01-01"},
	}
	for _, c := range cases {
		a := readPage(t, c.url, "utf-8", c.body)
		if got := a.Date.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: dated %s, want %s", c.name, got, c.want)
		}
	}
}

func TestFutureTextDateIgnored(t *testing.T) {
	next := time.Now().AddDate(1, 0, 0).Format("January 2, 2006")
	a := readPage(t, "https://news.example/h", "utf-8", []byte("<html><body><p>Conference on "+next+"</p><article>"+story+story+"</article></body></html>"))
	if !a.Date.IsZero() {
		t.Errorf("dated by a future event: %v", a.Date)
	}
}

// A page in a script written without spaces keeps its paragraphs: a whole
// Chinese sentence is one "word" between spaces, not a fragment, and the
// headline check cannot split its words.
func TestUnspacedScriptKept(t *testing.T) {
	para := "<p>叙利亚和平谈判周一在阿斯塔纳开始，俄罗斯、伊朗和土耳其作为担保国出席了会议，各方代表表示希望巩固停火</p>"
	body := []byte("<html><head><title>阿斯塔纳会谈开幕</title></head><body><article>" + strings.Repeat(para, 4) + "</article></body></html>")
	a := readPage(t, "https://news.example/zh", "utf-8", body)
	if len(a.Paragraphs) != 4 {
		t.Errorf("paragraphs %q", a.Paragraphs)
	}
}
