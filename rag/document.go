package rag

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/parleybot/parley/internal/textutil"
)

// Document is one article of the corpus, with its lines as written.
type Document struct {
	// Source is the article's file name, e.g. "000_266e12b3a42cefa8.txt".
	Source string
	// Title is the article's headline, or its first sentence shortened.
	Title string
	// Date is the publication date as the text gives it, or "".
	Date string
	// Lines holds the file's lines; Lines[0] is line 1.
	Lines []string
	// Hash is the SHA-256 of the file's bytes, hex-encoded.
	Hash string
	// Sentences are the article's content sentences in order, boilerplate
	// and repeated lines left out.
	Sentences []Sentence
}

// Sentence is one sentence of a document, with the lines it stands on.
type Sentence struct {
	// Source is the file name of the document.
	Source string
	// LineStart and LineEnd are the 1-based lines the sentence spans.
	LineStart, LineEnd int
	// Text is the sentence as written, with line breaks made spaces.
	Text string
	// Headline reports whether the sentence is the article's headline.
	Headline bool
	// Paragraph numbers the paragraph the sentence stands in.
	Paragraph int
	// LineBreaks are the rune offsets in Text at which each next line
	// begins, for sentences that span lines.
	LineBreaks []int
	// Glued reports that no space separates this sentence from the one
	// before it in the source ("authenticity.Russian").
	Glued bool
	// Segment numbers the runs of content lines between dropped lines;
	// chunks never cross a segment boundary.
	Segment int
}

// Source describes one article for listings.
type Source struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Lines  int    `json:"lines"`
}

// ErrEmptyCorpus is returned when a corpus folder holds no articles.
var ErrEmptyCorpus = errors.New("no .txt or .md articles")

// boilerplate matches whole lines that are not article content.
var boilerplate = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^send (us )?(your )?comments?\b`),
	regexp.MustCompile(`(?i)^news\s*id\s*:`),
	regexp.MustCompile(`(?i)^copyright\b`),
	regexp.MustCompile(`(?i)^(\(c\)|©)\s*\d{4}`),
	regexp.MustCompile(`(?i)\breprinted with (the )?permission\b`),
	regexp.MustCompile(`(?i)^all rights reserved\.?$`),
	regexp.MustCompile(`(?i)^(share|tweet|print|email) (this|on)\b`),
}

const monthNames = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// dateLine matches a line that holds only a date (and maybe a time).
var dateLine = regexp.MustCompile(`(?i)^(?:` +
	`\d{1,2}\s*[/.\- ]\s*` + monthNames + `\s*[/.\- ]\s*\d{4}` + // 01 / October / 2016
	`|` + monthNames + `\s+\d{1,2},?\s+\d{4}` + // October 1, 2016
	`|\d{4}-\d{2}-\d{2}` + // 2016-10-01
	`|\d{1,2}/\d{1,2}/\d{4}` +
	`)(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|UTC|GMT)?)?$`)

// LoadCorpus reads every .txt and .md file at the top of fsys, in name order.
// name is the folder's name for error messages.
func LoadCorpus(fsys fs.FS, name string) ([]Document, error) {
	docs, _, err := LoadCorpusNotices(fsys, name)
	return docs, err
}

// Notice is something worth telling the person who keeps the corpus
// folder: a file skipped (binary, empty, a broken link) or decoded from
// another encoding.
type Notice struct {
	// File is the file's name in the corpus folder.
	File string
	// Skipped is true when the file was left out; false when it was read
	// with a note (another encoding).
	Skipped bool
	// Reason says why, for the log.
	Reason string
}

// LoadCorpusNotices is LoadCorpus, also returning what it skipped or read
// specially. A file that cannot be read, is empty, or is not text is
// skipped, never fatal; an empty corpus is an error.
func LoadCorpusNotices(fsys fs.FS, name string) ([]Document, []Notice, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("reading the corpus folder %s: %w", name, err)
	}
	var docs []Document
	var notes []Notice
	for _, e := range entries {
		ext := strings.ToLower(path.Ext(e.Name()))
		if e.IsDir() || (ext != ".txt" && ext != ".md") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			// A dangling link, a link loop, a file gone or unreadable.
			notes = append(notes, Notice{File: e.Name(), Skipped: true, Reason: "cannot be read: " + err.Error()})
			continue
		}
		text, note := decodeText(data)
		switch {
		case note == noteBinary:
			notes = append(notes, Notice{File: e.Name(), Skipped: true, Reason: "not text (binary data)"})
			continue
		case strings.TrimSpace(text) == "":
			notes = append(notes, Notice{File: e.Name(), Skipped: true, Reason: "empty"})
			continue
		case note != "":
			notes = append(notes, Notice{File: e.Name(), Reason: note})
		}
		doc := ParseDocument(e.Name(), []byte(text))
		doc.Hash = hashOf(data)
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, notes, fmt.Errorf("%w in the corpus folder %s", ErrEmptyCorpus, name)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	return docs, notes, nil
}

// Notes decodeText gives.
const (
	noteBinary  = "binary"
	note1252    = "decoded as Windows-1252 (Latin-1): it is not UTF-8"
	maxControls = 0.01 // share of control bytes above which a file is binary
)

// decodeText turns a file's bytes into text: UTF-8 as it is; text in
// Windows-1252 or Latin-1 (the usual other encoding of Western news)
// decoded; anything with NUL bytes or many control bytes is binary.
func decodeText(data []byte) (string, string) {
	if bytes.IndexByte(data, 0) >= 0 {
		return "", noteBinary
	}
	controls := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7f {
			controls++
		}
	}
	if len(data) > 0 && float64(controls) > maxControls*float64(len(data)) {
		return "", noteBinary
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), ""
	}
	return string(text), note1252
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ParseDocument reads one article: its lines, title, date and sentences.
// Invalid UTF-8 is replaced, never fatal.
func ParseDocument(source string, data []byte) Document {
	sum := sha256.Sum256(data)
	text := string(data)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	doc := Document{Source: source, Lines: lines, Hash: hex.EncodeToString(sum[:])}
	doc.Sentences, doc.Title, doc.Date = analyze(source, lines)
	if doc.Title == "" && len(doc.Sentences) > 0 {
		doc.Title = textutil.Shorten(doc.Sentences[0].Text, 90)
	}
	return doc
}

// lineKind classifies a line for cleaning.
type lineKind int

const (
	lineBlank lineKind = iota
	lineContent
	lineDropped
)

// analyze cleans the lines and splits the content into sentences.
func analyze(source string, lines []string) (sents []Sentence, title, date string) {
	kinds := make([]lineKind, len(lines))
	seen := make(map[string]bool)
	headline := -1
	for i, raw := range lines {
		l := cleanLine(raw)
		switch {
		case l == "":
			kinds[i] = lineBlank
		case seen[l]:
			kinds[i] = lineDropped
		case isBoilerplate(l):
			kinds[i] = lineDropped
		case date == "" && dateLine.MatchString(l):
			date = l
			kinds[i] = lineDropped
		default:
			kinds[i] = lineContent
			if headline < 0 && title == "" && looksLikeHeadline(l) {
				headline = i
				title = l
			} else if headline < 0 {
				headline = len(lines) // content came first: no headline
			}
		}
		if l != "" {
			seen[l] = true
		}
	}
	segment, paragraph := 0, 0
	for i := 0; i < len(lines); {
		if kinds[i] != lineContent {
			if kinds[i] == lineDropped {
				segment++
			}
			i++
			continue
		}
		// A paragraph: consecutive content lines.
		j := i
		for j < len(lines) && kinds[j] == lineContent {
			j++
		}
		for _, s := range splitParagraph(lines[i:j], i+1) {
			s.Source = source
			s.Headline = i == headline && j == i+1
			s.Segment = segment
			s.Paragraph = paragraph
			sents = append(sents, s)
		}
		paragraph++
		i = j
	}
	return sents, title, date
}

// cleanLine trims a line and drops Markdown heading and quote markers.
func cleanLine(l string) string {
	l = strings.TrimSpace(l)
	l = strings.TrimLeft(l, "#>")
	return strings.TrimSpace(l)
}

// maxBoilerplateLen bounds the lines checked for boilerplate: such lines
// are short, and the check need not cost on long paragraphs.
const maxBoilerplateLen = 400

// boilerplateHints are words one of which every boilerplate line holds; a
// line with none of them is not checked further.
var boilerplateHints = []string{"comment", "news", "copyright", "(c)", "©", "reprint", "rights", "share", "tweet", "print", "email"}

func isBoilerplate(l string) bool {
	if len(l) > maxBoilerplateLen {
		return false
	}
	ll := strings.ToLower(l)
	hinted := false
	for _, h := range boilerplateHints {
		if strings.Contains(ll, h) {
			hinted = true
			break
		}
	}
	if !hinted {
		return false
	}
	for _, re := range boilerplate {
		if re.MatchString(l) {
			return true
		}
	}
	return false
}

// looksLikeHeadline reports whether a first content line reads as a title:
// short, and either not ending like a sentence or written in Title Case
// ("Stealth Over Health: Clinton Was Headed to ER.").
func looksLikeHeadline(l string) bool {
	if utf8.RuneCountInString(l) > 160 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".!?\"”’", last) || titleCase(l)
}

// titleCase reports a line whose words of four letters or more are nearly
// all capitalised, as headlines are and sentences are not.
func titleCase(l string) bool {
	long, capped := 0, 0
	for _, f := range strings.Fields(l) {
		r := []rune(strings.Trim(f, "\"“”‘’'(),.:;!?"))
		if len(r) < 4 || !unicode.IsLetter(r[0]) {
			continue
		}
		long++
		if unicode.IsUpper(r[0]) {
			capped++
		}
	}
	return long >= 3 && capped*10 >= long*9
}

// CitationFound reports whether text stands on lines start..end (1-based) of
// doc, comparing with white space folded. Front ends and tests use it to check
// that a citation is real.
func CitationFound(doc Document, start, end int, text string) bool {
	if start < 1 || end < start || end > len(doc.Lines) || strings.TrimSpace(text) == "" {
		return false
	}
	joined := strings.Join(doc.Lines[start-1:end], " ")
	return strings.Contains(strings.Join(strings.Fields(joined), " "), strings.Join(strings.Fields(text), " "))
}
