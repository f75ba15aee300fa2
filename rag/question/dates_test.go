package question

import (
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
		{"Any news from yesterday", Period{"2026-03-09", "2026-03-09"}},
		{"what's new this week", Period{From: "2026-03-04"}},
		{"what happened last month", Period{"2026-02-01", "2026-02-28"}},
		{"who spoke last year", Period{"2025-01-01", "2025-12-31"}},
		{"what happened in 2017", Period{}},
		{"who met in Geneva", Period{}},
	} {
		if got := periodOf(tt.q, now); got != tt.want {
			t.Errorf("%q: got %+v, want %+v", tt.q, got, tt.want)
		}
	}
	p := Period{"2026-02-01", "2026-02-28"}
	if !p.Holds("2026-02-14") || p.Holds("2026-03-01") || p.Holds("") || !(Period{}).Holds("") {
		t.Error("Holds")
	}
}
