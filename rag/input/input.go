// Package input checks what a user typed before any work is done on it:
// valid UTF-8, not empty, not too long, no control characters. Its errors
// are written for that user.
package input

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionRunes is the longest question Parley accepts, in characters.
const MaxQuestionRunes = 2000

// Error is a problem with what the user typed. Its message is written for
// that user and is safe to show as it is.
type Error struct {
	// Reason is the polite, user-facing explanation.
	Reason string
}

func (e *Error) Error() string { return e.Reason }

// Question checks a question before any work is done on it: not empty,
// not over MaxQuestionRunes characters, valid UTF-8, and free of control
// characters (tabs and line breaks are fine).
func Question(q string) error {
	return Text(q, "question", MaxQuestionRunes)
}

// Text checks any typed text as Question does; what names it in the
// message ("quotation", "name") and max bounds its characters.
func Text(q, what string, max int) error {
	if !utf8.ValidString(q) {
		return &Error{Reason: fmt.Sprintf("That %s isn't valid text (it has bytes that are not UTF-8). Please type it again.", what)}
	}
	if strings.TrimSpace(q) == "" {
		return &Error{Reason: fmt.Sprintf("The %s is empty. Please type something to look up.", what)}
	}
	if n := utf8.RuneCountInString(q); n > max {
		return &Error{Reason: fmt.Sprintf("That %s is %d characters long; please keep it under %d.", what, n, max)}
	}
	for _, r := range q {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return &Error{Reason: fmt.Sprintf("That %s has control characters in it (like %U). Please type it as plain text.", what, r)}
		}
	}
	return nil
}
