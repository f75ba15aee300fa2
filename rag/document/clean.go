package document

import (
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

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

// MonthName is a regular expression (without flags) for an English
// month's name or short form: "January", "Jan", "Sept". Month reads one.
const MonthName = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

const monthNames = MonthName + `\.?`

// dateLine matches a line that holds only a date (and maybe a time).
var dateLine = regexp.MustCompile(`(?i)^(?:` +
	`\d{1,2}\s*[/.\- ]\s*` + monthNames + `\s*[/.\- ]\s*\d{4}` + // 01 / October / 2016
	`|` + monthNames + `\s+\d{1,2},?\s+\d{4}` + // October 1, 2016
	`|\d{4}-\d{2}-\d{2}` + // 2016-10-01
	`|\d{1,2}/\d{1,2}/\d{4}` +
	`)(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|UTC|GMT)?)?$`)

// labelLine matches a line of one to three words in capitals, which
// labels a section rather than saying anything: archives' "ABSTRACT." and
// "FULL TEXT.", subheads such as "TOP STORIES." or "CORRECTION:".
var labelLine = regexp.MustCompile(`^\p{Lu}[\p{Lu}'’&-]*(?:\s+\p{Lu}[\p{Lu}'’&-]*){0,2}\s*[.:]?$`)

// lineKind classifies a line for cleaning.
type lineKind int

const (
	lineBlank lineKind = iota
	lineContent
	lineDropped
)

// layout is where analyze found a document's sentences, for a saved
// parse (see encodeParse): each paragraph's lines, [first, end) counted
// from 0, and each sentence's bytes in its paragraph's text.
type layout struct {
	paragraphs [][2]int
	spans      [][2]int
}

// analyze cleans the lines and splits the content into sentences.
func analyze(source string, lines []string) (sents []Sentence, title, date string, at layout) {
	kinds := make([]lineKind, len(lines))
	seen := make(map[string]bool)
	headline := -1
	// repeatable is a title written as a sentence, which the article may
	// repeat as its first sentence: the repeat is content.
	repeatable := false
	for i, raw := range lines {
		l := cleanLine(raw)
		switch {
		case l == "":
			kinds[i] = lineBlank
		case seen[l] && repeatable && l == title:
			kinds[i] = lineContent
			repeatable = false
		case seen[l]:
			kinds[i] = lineDropped
		case isBoilerplate(l), labelLine.MatchString(l), isStyleCode(l):
			kinds[i] = lineDropped
		case date == "" && dateLine.MatchString(l):
			date = l
			kinds[i] = lineDropped
		default:
			kinds[i] = lineContent
			if headline < 0 && title == "" && looksLikeHeadline(l) {
				headline = i
				title = l
			} else if headline < 0 && title == "" && sentenceTitle(l) && i+1 < len(lines) && cleanLine(lines[i+1]) == "" {
				// A short first line standing alone, though it ends as
				// a sentence: "The Latest: Cruz to give away engraved
				// shotgun." over the story.
				headline = i
				title = l
				repeatable = true
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
		found, spans := splitParagraphSpans(lines[i:j], i+1)
		at.paragraphs = append(at.paragraphs, [2]int{i, j})
		at.spans = append(at.spans, spans...)
		for _, s := range found {
			s.Source = source
			s.Headline = i == headline && (j == i+1 || j == i+2 && decked(lines[i]))
			s.TitleCase = s.Headline || TitleCase(s.Text)
			s.Segment = segment
			s.Paragraph = paragraph
			sents = append(sents, s)
		}
		paragraph++
		i = j
	}
	return sents, strings.TrimSpace(strings.TrimSuffix(title, ";")), date, at
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

// boilerplateStarts are how the boilerplate lines the patterns above
// anchor at the start begin, lower-cased; a line starting otherwise, and
// not holding "reprinted", is not checked further. Most lines of a
// corpus are looked at here, so this costs no allocation.
var boilerplateStarts = []string{"send", "news", "copyright", "(c)", "©", "all rights", "share", "tweet", "print", "email"}

func isBoilerplate(l string) bool {
	if len(l) > maxBoilerplateLen {
		return false
	}
	hinted := strings.Contains(l, "eprinted") || strings.Contains(l, "EPRINTED")
	for _, p := range boilerplateStarts {
		if len(l) >= len(p) && strings.EqualFold(l[:len(p)], p) {
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

// styleDeclaration matches a line of a style sheet's rule: "width:100%;",
// "-webkit-border-radius: 50px;", "height: 275px !important;".
var styleDeclaration = regexp.MustCompile(`^-?[a-z]+(?:-[a-z]+)*\s*:\s*[^;{}:]{1,80};$`)

// styleSelector matches a line that opens a style sheet's rule:
// ".gmobile {", "@media screen and (max-width: 600px) {", ".bio-text,
// .twitter-bio {".
var styleSelector = regexp.MustCompile(`^[.#@]?[a-z][\w-]*(?:[\s,.#:>()\w-]|:\s*\d+px)*\{$`)

// isStyleCode reports a line of a style sheet copied with a page's text
// (a CSS rule's selector, declaration or closing brace, whole or on one
// line), which is no content: ".gmobile {", "width:100%;", "}.", ".a {
// width:100%; }".
func isStyleCode(l string) bool {
	if l == "" {
		return false
	}
	switch l[len(l)-1] {
	case '{', ';', '}', '.':
	default:
		return false
	}
	if l == "}" || l == "}." {
		return true
	}
	if strings.HasSuffix(l, "{") {
		return styleSelector.MatchString(l)
	}
	if strings.HasSuffix(l, ";") {
		return styleDeclaration.MatchString(l)
	}
	// A whole rule on one line: a selector, then declarations in braces.
	open := strings.IndexByte(l, '{')
	body, closed := strings.CutSuffix(strings.TrimSuffix(l, "."), "}")
	if open < 0 || !closed || !styleSelector.MatchString(strings.TrimSpace(l[:open+1])) {
		return false
	}
	for _, d := range strings.Split(body[open+1:], ";") {
		if d = strings.TrimSpace(d); d != "" && !styleDeclaration.MatchString(d+";") {
			return false
		}
	}
	return true
}

// looksLikeHeadline reports whether a first content line reads as a title:
// short, and either not ending like a sentence or written in Title Case
// ("Stealth Over Health: Clinton Was Headed to ER.").
func looksLikeHeadline(l string) bool {
	if utf8.RuneCountInString(l) > 160 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsRune(".!?\"”’", last) || TitleCase(l)
}

// decked reports a title line that a deck, a second line of headline,
// follows: it ends with a semicolon ("Who scares Americans the most?;"
// over "Findings show voters fear …").
func decked(line string) bool { return strings.HasSuffix(cleanLine(line), ";") }

// maxSentenceTitle bounds a first line ending as a sentence that may be
// a title: headlines run to about 60-90 characters, a news story's
// first sentence to about twice that.
const maxSentenceTitle = 100

// sentenceTitle reports whether a first line that ends as a sentence may
// still be a title: short, one sentence, and no dateline ("DALLAS (AP) —
// …", "(CNN) -- …"), which opens a story, not its title.
func sentenceTitle(l string) bool {
	return utf8.RuneCountInString(l) <= maxSentenceTitle && !innerSentenceEnd.MatchString(l) && !datelineOpening.MatchString(l)
}

var (
	// innerSentenceEnd is a sentence ending inside a line, before another.
	innerSentenceEnd = regexp.MustCompile(`\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}`)
	// datelineOpening is a story's dateline: a place in capitals or an
	// agency in brackets, then a dash.
	datelineOpening = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}\p{L} .,'’-]*)?\s*\([\p{L} .]{2,20}\)\s*(?:—|–|--|-)|^\p{Lu}{2,}[\p{Lu} ,.'’-]*\s(?:—|–|--)`)
)

// TitleCase reports a line whose words of four letters or more are nearly
// all capitalised, as headlines are and sentences are not.
func TitleCase(l string) bool {
	long, capped := 0, 0
	for _, f := range strings.Fields(l) {
		w := strings.Trim(f, "\"“”‘’'(),.:;!?")
		first, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 4 || !unicode.IsLetter(first) {
			continue
		}
		long++
		if unicode.IsUpper(first) {
			capped++
		}
	}
	return long >= 3 && capped*10 >= long*9
}

// Day reads a date line as the corpus reader found it ("01 / October /
// 2016 04:47", "October 1, 2016", "2016-10-01") and returns it as
// YYYY-MM-DD; "" when it is not one of those, or is ambiguous (1/10/2016).
func Day(line string) string {
	line = strings.TrimSpace(line)
	if m := isoDay.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	f := strings.FieldsFunc(line, func(r rune) bool { return r == '/' || r == ',' || r == ' ' || r == '-' || r == '.' })
	if len(f) < 3 {
		return ""
	}
	day, month, year := f[0], f[1], f[2]
	if _, err := strconv.Atoi(f[0]); err != nil { // October 1, 2016
		day, month = f[1], f[0]
	}
	mon, ok := months[strings.ToLower(month)[:min(3, len(month))]]
	d, err := strconv.Atoi(day)
	y, err2 := strconv.Atoi(year)
	if !ok || err != nil || err2 != nil || d < 1 || d > 31 || y < 1000 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mon, d)
}

var isoDay = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})`)

// nameDayRe is a date written YYYY-MM-DD in a file's name, as archives
// name articles ("2015-11-25_golf-courses.txt", "nyt-2016-02-11-debate.md").
var nameDayRe = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:[^0-9]|$)`)

// nameDay returns the date a file's name gives, or "": an article whose
// text has no date line is dated by its name.
func nameDay(source string) string {
	if m := nameDayRe.FindStringSubmatch(path.Base(source)); m != nil {
		return m[1]
	}
	return ""
}

// Month returns the month a name or short form gives ("March", "mar.",
// "Sept"), by its first three letters; false for none.
func Month(name string) (time.Month, bool) {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if len(name) < 3 {
		return 0, false
	}
	m, ok := months[name[:3]]
	return time.Month(m), ok
}

// months numbers the months by their first three letters.
var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
