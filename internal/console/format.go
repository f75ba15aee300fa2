// Package console is Parley's terminal front end: a line-by-line chat on
// standard input and the plain-text rendering of answers.
package console

import (
	"fmt"
	"strings"

	"github.com/parleybot/parley/rag"
)

// FormatAnswer renders an answer for a terminal: the text, a note if any,
// then one line per citation naming the file and lines.
func FormatAnswer(a rag.Answer) string {
	var b strings.Builder
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
