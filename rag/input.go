package rag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionRunes is the longest question Parley accepts, in characters.
const MaxQuestionRunes = 2000

// InputError is a problem with what the user typed. Its message is written
// for that user and is safe to show as it is.
type InputError struct {
	// Reason is the polite, user-facing explanation.
	Reason string
}

func (e *InputError) Error() string { return e.Reason }

// ValidateQuestion checks a question before any work is done on it: not
// empty, not over MaxQuestionRunes characters, valid UTF-8, and free of
// control characters (tabs and line breaks are fine).
func ValidateQuestion(q string) error {
	return validateText(q, "question", MaxQuestionRunes)
}

func validateText(q, what string, max int) error {
	if !utf8.ValidString(q) {
		return &InputError{Reason: fmt.Sprintf("That %s isn't valid text (it has bytes that are not UTF-8). Please type it again.", what)}
	}
	if strings.TrimSpace(q) == "" {
		return &InputError{Reason: fmt.Sprintf("The %s is empty. Please type something to look up.", what)}
	}
	if n := utf8.RuneCountInString(q); n > max {
		return &InputError{Reason: fmt.Sprintf("That %s is %d characters long; please keep it under %d.", what, n, max)}
	}
	for _, r := range q {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return &InputError{Reason: fmt.Sprintf("That %s has control characters in it (like %U). Please type it as plain text.", what, r)}
		}
	}
	return nil
}
