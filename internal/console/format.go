// Package console is Parley's terminal front end: a line-by-line chat on
// standard input and the plain-text rendering of answers.
package console

import (
	"fmt"
	"strings"

	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/quote"
)

// FormatAnswer renders an answer for a terminal: the text, a note if any,
// then one line per citation naming the file and lines.
func FormatAnswer(a rag.Answer) string {
	var b strings.Builder
	if rag.ReadAs(a) != "" {
		fmt.Fprintf(&b, "Answering: %s\n", rag.ReadAs(a))
	}
	b.WriteString(a.Text)
	b.WriteString("\n")
	if a.Note != "" {
		fmt.Fprintf(&b, "(%s)\n", a.Note)
	}
	if len(a.Citations) > 0 {
		b.WriteString("Sources:\n")
		for _, c := range a.Citations {
			fmt.Fprintf(&b, "  [%d] %s, %s\n", c.N, c.Source, LineRange(c.LineStart, c.LineEnd))
		}
	}
	return b.String()
}

// LineRange renders "line 4" or "lines 4-6".
func LineRange(start, end int) string {
	if end <= start {
		return fmt.Sprintf("line %d", start)
	}
	return fmt.Sprintf("lines %d-%d", start, end)
}

// FormatSources renders the article list.
func FormatSources(srcs []rag.Source) string {
	var b strings.Builder
	for _, s := range srcs {
		date := s.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(&b, "%s  (%s, %d lines)\n    %s\n", s.Source, date, s.Lines, s.Title)
	}
	return b.String()
}

// unattributedIfNone names a speaker, or says there is none.
func unattributedIfNone(speaker string) string {
	if speaker == "" {
		return rag.Unattributed
	}
	return speaker
}

// FormatAttributions renders the answer to "who said this?"; near are
// the quotations that come closest when ms is empty.
func FormatAttributions(ms, near []rag.Attribution) string {
	if len(ms) == 0 {
		text := "Nobody in the articles said that, as far as I can find.\n"
		if len(near) > 0 {
			text += rag.NearIntro + "\n"
			for _, m := range near {
				text += fmt.Sprintf("  “%s” — %s\n    %s, %s\n", m.Quote, unattributedIfNone(m.Speaker), m.Source, LineRange(m.Line, m.Line))
			}
		}
		return text
	}
	var b strings.Builder
	// A quotation in two copies of a story is listed once, with both places.
	groups := rag.Copies(len(ms), func(i int) string { return ms[i].Speaker + "\x00" + ms[i].Quote })
	for gi, g := range groups {
		if gi == 1 {
			b.WriteString("Also close:\n")
		}
		m := ms[g[0]]
		who := m.Speaker
		if who == "" {
			who = rag.Unattributed
		} else if m.Role != "" {
			who += " (" + m.Role + ")"
		}
		fmt.Fprintf(&b, "“%s” — %s\n  %s, %s · %s · match %.2f\n", m.Quote, who, m.Source, LineRange(m.Line, m.Line), quote.Kind(m.Kind).Label(), m.Score)
		for _, i := range g[1:] {
			fmt.Fprintf(&b, "  also %s, %s\n", ms[i].Source, LineRange(ms[i].Line, ms[i].Line))
		}
	}
	return b.String()
}

// FormatSpeakerQuotes renders what a speaker said, or suggestions.
func FormatSpeakerQuotes(name string, sq rag.SpeakerQuotes) string {
	var b strings.Builder
	if sq.Speaker == nil {
		fmt.Fprintf(&b, "No one called “%s” is quoted in the articles.", name)
		if len(sq.Suggestions) > 0 {
			fmt.Fprintf(&b, " Did you mean: %s?", strings.Join(sq.Suggestions, ", "))
		}
		b.WriteString("\n")
		return b.String()
	}
	who := *sq.Speaker
	if sq.Role != "" {
		who += " (" + sq.Role + ")"
	}
	// A quotation in two copies of a story is listed once, with both places.
	groups := rag.Copies(len(sq.Quotes), func(i int) string { return sq.Quotes[i].Quote })
	fmt.Fprintf(&b, "%s, %d quotation(s):\n", who, len(groups))
	for _, g := range groups {
		q := sq.Quotes[g[0]]
		fmt.Fprintf(&b, "- “%s”\n  %s, %s · %s\n", q.Quote, q.Source, LineRange(q.Line, q.Line), quote.Kind(q.Kind).Label())
		for _, i := range g[1:] {
			fmt.Fprintf(&b, "  also %s, %s\n", sq.Quotes[i].Source, LineRange(sq.Quotes[i].Line, sq.Quotes[i].Line))
		}
	}
	return b.String()
}

// FormatAllQuotes renders every quotation of the corpus with its speaker.
func FormatAllQuotes(qs []rag.CorpusQuote) string {
	var b strings.Builder
	for _, q := range qs {
		who := rag.Unattributed
		if q.Speaker != nil {
			who = *q.Speaker
			if q.Role != nil {
				who += " (" + *q.Role + ")"
			}
		}
		fmt.Fprintf(&b, "“%s” — %s\n  %s, %s · %s\n", q.Quote, who, q.Source, LineRange(q.Line, q.Line), quote.Kind(q.Kind).Label())
	}
	fmt.Fprintf(&b, "%d quotation(s)\n", len(qs))
	return b.String()
}

// FormatSpeakers renders the list of speakers.
func FormatSpeakers(sps []rag.Speaker) string {
	var b strings.Builder
	for _, s := range sps {
		fmt.Fprintf(&b, "%s", s.Name)
		if s.Role != "" {
			fmt.Fprintf(&b, " — %s", s.Role)
		}
		fmt.Fprintf(&b, " (%d)\n", s.Quotes)
	}
	return b.String()
}
