package question

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/parleybot/parley/rag/document"
)

// Period is a span of publication dates a question asks about, as
// YYYY-MM-DD bounds; an empty bound is open.
type Period struct {
	From, To string
	// Named is a span the question names by its date ("in January 2017",
	// "since March") rather than by today ("this week"). Such a date may
	// be the event's, not the article's: articles published then are
	// asked first, and when none of them answers, all are, with the date
	// read as words of the question.
	Named bool
	// Phrase is the words that named it, as written: "in January 2017",
	// "last month".
	Phrase string
}

// Without is a question's text without the words that name its period,
// for asking the articles of that period: an article of January 2017
// need not say "January".
func (p Period) Without(text string) string {
	if p.Phrase == "" {
		return text
	}
	return strings.Join(strings.Fields(strings.Replace(text, p.Phrase, " ", 1)), " ")
}

// Empty reports a period with no bound.
func (p Period) Empty() bool { return p.From == "" && p.To == "" }

// Holds reports whether a day (YYYY-MM-DD) falls in the period; an
// undated article ("") falls in no bounded period.
func (p Period) Holds(day string) bool {
	if p.Empty() {
		return true
	}
	return day != "" && (p.From == "" || day >= p.From) && (p.To == "" || day <= p.To)
}

// relPeriodRe finds the spans of time relative to today that a question
// can pin its articles to.
var relPeriodRe = regexp.MustCompile(`(?i)\b(yesterday|this week|last week|past week|this month|last month|past month|this year|last year)\b`)

// namedPeriodRe finds a span named by its date: "in January 2017", "in
// March", "news from October 2016", "during May 2016", "since March",
// "since Feb 2016", "since 2015". A bare year after
// "in" is not one: "what happened in 2011?" asks about events of 2011,
// told in articles of any year.
var namedPeriodRe = regexp.MustCompile(`(?i)\b(in|during|from|since)\s+(` + document.MonthName + `)\.?(?:\s+((?:19|20)\d\d))?\b|\bsince\s+((?:19|20)\d\d)\b`)

// yearNewsRe asks for the news of a year and nothing else: "anything
// from 2016?", "any articles from 2017", "news in 2016". A year with
// other words is the time of what they ask about.
var yearNewsRe = regexp.MustCompile(`(?i)^\W*(?:(?:any|anything|news|articles?|stories|story|reports?|is\s+there|are\s+there|got)\s+)+(?:from|in|during|of)\s+((?:19|20)\d\d)\W*$`)

// periodOf reads the span of publication dates a question pins its
// articles to, now being today: "this week", "yesterday", "last month",
// and, as a Named period, "in January 2017" or "since March". "Today" is
// not one: "what is it called today?" means nowadays. A month named
// without a year is its latest passing, this year's or last year's.
func periodOf(text string, now time.Time) Period {
	if m := relPeriodRe.FindStringSubmatch(text); m != nil {
		p := relativePeriod(strings.ToLower(m[1]), now)
		p.Phrase = m[1]
		return p
	}
	return namedPeriod(text, now)
}

// relativePeriod is the span a phrase relative to today names ("last
// month").
func relativePeriod(phrase string, now time.Time) Period {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch phrase {
	case "yesterday":
		y := today.AddDate(0, 0, -1)
		return Period{From: day(y), To: day(y)}
	case "this week", "past week":
		return Period{From: day(today.AddDate(0, 0, -6))}
	case "last week":
		return Period{From: day(today.AddDate(0, 0, -13)), To: day(today.AddDate(0, 0, -7))}
	case "this month":
		return Period{From: day(time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC))}
	case "past month":
		return Period{From: day(today.AddDate(0, -1, 0))}
	case "last month":
		first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
		return Period{From: day(first.AddDate(0, -1, 0)), To: day(first.AddDate(0, 0, -1))}
	case "this year":
		return Period{From: strconv.Itoa(now.Year()) + "-01-01"}
	case "last year":
		y := strconv.Itoa(now.Year() - 1)
		return Period{From: y + "-01-01", To: y + "-12-31"}
	}
	return Period{}
}

// namedPeriod reads a span a question names by its date ("in January
// 2017", "since March", "anything from 2016?").
func namedPeriod(text string, now time.Time) Period {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	if y := yearNewsRe.FindStringSubmatch(text); y != nil {
		return Period{From: y[1] + "-01-01", To: y[1] + "-12-31", Named: true, Phrase: y[1]}
	}
	m := namedPeriodRe.FindStringSubmatch(text)
	if m == nil {
		return Period{}
	}
	if m[4] != "" {
		return Period{From: m[4] + "-01-01", Named: true, Phrase: m[0]}
	}
	month, ok := document.Month(m[2])
	if !ok || strings.EqualFold(m[2], "may") && m[3] == "" && m[2] != "May" {
		return Period{} // "in may" without a year is more often the verb
	}
	year := now.Year()
	if m[3] != "" {
		year, _ = strconv.Atoi(m[3])
	} else if month > now.Month() {
		year-- // its latest passing
	}
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	if strings.EqualFold(m[1], "since") {
		return Period{From: day(first), Named: true, Phrase: m[0]}
	}
	return Period{From: day(first), To: day(first.AddDate(0, 1, -1)), Named: true, Phrase: m[0]}
}

// centuryRe finds a century by its ordinal ("the 10th century", "the
// eleventh century") or by its hundreds ("the 1100s").
var centuryRe = regexp.MustCompile(`(?i)\b(\w+)[\s-]+century\b|\b(1?\d)00s\b`)

// fullYearRe finds a year written in four digits.
var fullYearRe = regexp.MustCompile(`\b(1\d\d\d|20\d\d)\b`)

// Centuries returns the centuries a text names, by ordinal or by
// hundreds: 12 for "the 12th century" and for "the 1100s".
func Centuries(text string) []int {
	var out []int
	for _, m := range centuryRe.FindAllStringSubmatch(text, -1) {
		n := Ordinal(m[1])
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
			n++
		}
		if n > 0 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// TimeCenturies returns the centuries a text names (Centuries) and those
// of the years it gives in four digits: 11 for "in 1066".
func TimeCenturies(text string) []int {
	out := Centuries(text)
	for _, m := range fullYearRe.FindAllString(text, -1) {
		y, _ := strconv.Atoi(m)
		if c := y/100 + 1; !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// GivesYear reports whether a text gives a year in four digits.
func GivesYear(text string) bool { return fullYearRe.MatchString(text) }

// decadeRe finds a decade: "the 1960s", "the 1950's". One of hundreds
// ("the 1700s") is read as a century (Centuries).
var decadeRe = regexp.MustCompile(`\b(1\d\d0|20\d0)(?:s|'s|’s)\b`)

// Decades returns the first years of the decades a text names: 1960 for
// "the 1960s".
func Decades(text string) []int {
	var out []int
	for _, m := range decadeRe.FindAllStringSubmatch(text, -1) {
		if y, _ := strconv.Atoi(m[1]); (y%100 != 0 || y >= 2000) && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// InDecade reports whether a text gives a time in the decade that opens
// with the year from: the decade itself ("the 1960s") or one of its
// years.
func InDecade(text string, from int) bool {
	if slices.Contains(Decades(text), from) {
		return true
	}
	for _, m := range fullYearRe.FindAllString(text, -1) {
		if y, _ := strconv.Atoi(m); y >= from && y < from+10 {
			return true
		}
	}
	return false
}

// WritesPhrase reports whether text writes the words of phrase in their
// order, at most one word apart: "this fiscal year" writes "this year".
func WritesPhrase(text, phrase string) bool {
	want := strings.Fields(strings.ToLower(phrase))
	if len(want) == 0 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i := range words {
		k, gap := 0, 0
		for j := i; j < len(words) && k < len(want) && gap <= 1; j++ {
			if words[j] == want[k] {
				k, gap = k+1, 0
			} else if k > 0 {
				gap++
			} else {
				break
			}
		}
		if k == len(want) {
			return true
		}
	}
	return false
}
