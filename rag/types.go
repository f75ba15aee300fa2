package rag

import (
	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/embed"
	"github.com/parleybot/parley/rag/followup"
	"github.com/parleybot/parley/rag/generate"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/input"
)

// The types the facade's methods take and return are those of the layers
// that make them; these names let front ends import rag alone.
type (
	// Answer is Parley's reply to a question (see rag/answer).
	Answer = answer.Answer
	// Citation points at the lines of an article that support an answer.
	Citation = answer.Citation
	// Checked says what the claim check did to an answer.
	Checked = answer.Checked
	// Attribution is one answer to "who said this?" (see rag/attrib).
	Attribution = attrib.Attribution
	// QuoteRef is one quotation in a speaker's list.
	QuoteRef = attrib.QuoteRef
	// CorpusQuote is one quotation of the corpus with its speaker.
	CorpusQuote = attrib.CorpusQuote
	// SpeakerQuotes is what a speaker said, or suggestions.
	SpeakerQuotes = attrib.SpeakerQuotes
	// Speaker is a speaker of the corpus, for listings and autocomplete.
	Speaker = attrib.Speaker
	// Document is one article of the corpus (see rag/document).
	Document = document.Document
	// Source describes one article for listings.
	Source = document.Source
	// InputError is a problem with what the user typed; its message is
	// written for that user.
	InputError = input.Error
	// BuildInfo says how an index came to be (see rag/index).
	BuildInfo = index.BuildInfo
	// IndexOptions controls how the index is loaded or built.
	IndexOptions = index.Options
	// Embedder turns texts into vectors (see rag/embed).
	Embedder = embed.Embedder
	// Generator writes a reply to a chat prompt (see rag/generate).
	Generator = generate.Generator
	// ChatMessage is one message of a chat prompt.
	ChatMessage = generate.ChatMessage
	// Generation is a model's reply.
	Generation = generate.Generation
	// Turn is one earlier exchange of a conversation, oldest first.
	Turn = followup.Turn
)

// Answer modes.
const (
	ModeExtractive = answer.ModeExtractive
	ModeLLM        = answer.ModeLLM
)

// Input limits.
const (
	// MaxQuestionRunes is the longest question Parley accepts.
	MaxQuestionRunes = input.MaxQuestionRunes
	// MaxQuotationRunes is the longest /who-said text accepted.
	MaxQuotationRunes = attrib.MaxQuotationRunes
)

// ValidateQuestion checks a question before any work is done on it; a
// problem is an *InputError.
func ValidateQuestion(q string) error { return input.Question(q) }

// ValidateQuotation checks a /who-said text; a problem is an *InputError.
func ValidateQuotation(text string) error { return attrib.ValidateQuotation(text) }

// Unattributed is how a quotation whose article leaves the speaker unclear
// is shown.
const Unattributed = attrib.Unattributed

// ValidateSpeakerName checks a /quotes name; a problem is an *InputError.
func ValidateSpeakerName(name string) error { return attrib.ValidateSpeakerName(name) }
