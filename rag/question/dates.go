package question

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Period is a span of publication dates a question asks about, as
// YYYY-MM-DD bounds; an empty bound is open.
type Period struct {
	From, To string
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

// periodOf reads the span of publication dates a question pins its
// articles to, now being today: "this week", "yesterday", "last month".
// "Today" is not one: "what is it called today?" means nowadays.
// A named year or month ("in 2017") is not read as one: it more often
// dates the event than the article, and the year constraint of the
// matcher already weighs it.
func periodOf(text string, now time.Time) Period {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	if m := relPeriodRe.FindStringSubmatch(text); m != nil {
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		switch strings.ToLower(m[1]) {
		case "yesterday":
			y := today.AddDate(0, 0, -1)
			return Period{day(y), day(y)}
		case "this week", "past week":
			return Period{From: day(today.AddDate(0, 0, -6))}
		case "last week":
			return Period{day(today.AddDate(0, 0, -13)), day(today.AddDate(0, 0, -7))}
		case "this month":
			return Period{From: day(time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC))}
		case "past month":
			return Period{From: day(today.AddDate(0, -1, 0))}
		case "last month":
			first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
			return Period{day(first.AddDate(0, -1, 0)), day(first.AddDate(0, 0, -1))}
		case "this year":
			return Period{From: strconv.Itoa(now.Year()) + "-01-01"}
		case "last year":
			y := strconv.Itoa(now.Year() - 1)
			return Period{y + "-01-01", y + "-12-31"}
		}
	}
	return Period{}
}
