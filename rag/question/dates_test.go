package question

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPeriodOf(t *testing.T) {
	now := time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		q    string
		want Period
	}{
		{"what is the city called today?", Period{}},
		{"Any news from yesterday", Period{From: "2026-03-09", To: "2026-03-09"}},
		{"what's new this week", Period{From: "2026-03-04"}},
		{"what happened last month", Period{From: "2026-02-01", To: "2026-02-28"}},
		{"who spoke last year", Period{From: "2025-01-01", To: "2025-12-31"}},
		{"what happened in 2017", Period{}},
		{"what did Kerry say in January 2017?", Period{From: "2017-01-01", To: "2017-01-31", Named: true}},
		{"any news in march", Period{From: "2026-03-01", To: "2026-03-31", Named: true}},
		{"who spoke in Dec.", Period{From: "2025-12-01", To: "2025-12-31", Named: true}},
		{"what has changed since Feb 2016", Period{From: "2016-02-01", Named: true}},
		{"what has happened since 2015", Period{From: "2015-01-01", Named: true}},
		{"what happened in May", Period{From: "2025-05-01", To: "2025-05-31", Named: true}},
		{"what happened in may 2017", Period{From: "2017-05-01", To: "2017-05-31", Named: true}},
		{"is there a deal in may be", Period{}},
		{"what did they say in Marchand's report", Period{}},
		{"who met in Geneva", Period{}},
		{"is there any news from october 2016", Period{From: "2016-10-01", To: "2016-10-31", Named: true}},
		{"what did they agree during May 2016", Period{From: "2016-05-01", To: "2016-05-31", Named: true}},
		{"who came from Geneva", Period{}},
		{"anything from 2016?", Period{From: "2016-01-01", To: "2016-12-31", Named: true}},
		{"any articles in 2017", Period{From: "2017-01-01", To: "2017-12-31", Named: true}},
		{"who ruled from 1271", Period{}},
		{"what happened in 2016", Period{}},
	} {
		got := periodOf(tt.q, now)
		if got.Named && !strings.Contains(tt.q, got.Phrase) {
			t.Errorf("%q: phrase %q", tt.q, got.Phrase)
		}
		got.Phrase = ""
		if got != tt.want {
			t.Errorf("%q: got %+v, want %+v", tt.q, got, tt.want)
		}
	}
	if got := periodOf("Who met in January 2017 in Sochi?", now).Without("Who met in January 2017 in Sochi?"); got != "Who met in Sochi?" {
		t.Errorf("Without: %q", got)
	}
	p := Period{From: "2026-02-01", To: "2026-02-28"}
	if !p.Holds("2026-02-14") || p.Holds("2026-03-01") || p.Holds("") || !(Period{}).Holds("") {
		t.Error("Holds")
	}
}

func TestCenturies(t *testing.T) {
	for text, want := range map[string][]int{
		"Who invaded Scotland in the 10th century?": {10},
		"in the eleventh century":                   {11},
		"a mid-12th century church":                 {12},
		"Who began church reform in the 1100s":      {12},
		"the 900s and the 1700s":                    {10, 18},
		"in the 1990s":                              nil,
		"a century ago":                             nil,
	} {
		if got := Centuries(text); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
	if got := TimeCenturies("defeated in 1066, and again in the 12th century"); !slices.Equal(got, []int{12, 11}) {
		t.Errorf("TimeCenturies: %v", got)
	}
}

func TestDecades(t *testing.T) {
	for text, want := range map[string][]int{
		"in the 1960s":  {1960},
		"in the 1950's": {1950},
		"the 2010s":     {2010},
		"the 1700s":     nil, // a century
		"in 1960":       nil,
	} {
		if got := Decades(text); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
	if !InDecade("from 1962", 1960) || InDecade("in 1971", 1960) || !InDecade("the 1960s", 1960) {
		t.Error("InDecade")
	}
}
