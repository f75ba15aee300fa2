package quote

import (
	"regexp"
	"strings"
	"unicode"
)

// This file reads transcripts that an article runs: paragraphs that open
// with a speaker's name and a colon ("Alex Seitz-Wald: She is right on
// all these things …", "Matthews: Well, speculation is bad.").

// transcriptRe opens a paragraph with a name of up to four capitalised
// words and a colon, then the words spoken; its first group is the name,
// its second where the words begin.
var transcriptRe = regexp.MustCompile(`^["“]?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s+()\S`)

// transcriptSpeaker returns the speaker a paragraph's first sentence
// gives itself as a transcript does, and the rune offset where the words
// spoken begin: the name must be one the article has named a person by
// before ("MSNBC's Alex Seitz-Wald", then "Seitz-Wald:" or "Alex
// Seitz-Wald:"), so that "News ID: 737252" or "EghtesadOnline: …" is no
// speaker.
func (st *docState) transcriptSpeaker(text string) (string, int, bool) {
	m := transcriptRe.FindStringSubmatchIndex(text)
	if m == nil {
		return "", 0, false
	}
	name, from := text[m[2]:m[3]], len([]rune(text[:m[4]]))
	switch {
	case name == "Q":
		// The interviewer asks, no one's quotation; the one asked is the
		// person the article names most before its first question.
		if !st.interview && st.interviewCue {
			st.interview, st.interviewee = true, st.mostNamed()
		}
		return "", 0, false
	case name == "A" && st.interview:
		// "Q: What did you find? A: I came home from school …": the
		// answers are the interviewee's.
		if st.interviewee != "" {
			return st.interviewee, from, true
		}
		return "", 0, false
	}
	for _, ps := range [][]speakerRef{st.persons, st.mentioned} {
		for i := len(ps) - 1; i >= 0; i-- {
			if samePerson(ps[i].name, name) {
				return ps[i].name, from, true
			}
		}
	}
	if st.knows(name) {
		return name, from, true
	}
	if strings.Contains(name, " ") && name == strings.ToUpper(name) {
		// "KATE BOULDUAN:", as broadcast transcripts write their
		// speakers: a person, named here first; "BOULDUAN:" later is her.
		ref := speakerRef{name: titled(name), typ: TypePerson, at: st.sent, para: st.para}
		st.remember(&ref)
		return ref.name, from, true
	}
	return "", 0, false
}

// interviewCueRe finds the words that say an article runs an interview:
// "Q&A with Vice President Joe Biden", "the edited transcript of the
// interview", "Questions and answers have been edited", "spoke with".
var interviewCueRe = regexp.MustCompile(`(?i)\b(?:interview(?:ed|s)?|transcript|Q\s*&\s*A|questions and answers|(?:spoke|talked|sat down) with)\b`)

// mostNamed is the person the article names most often so far, the
// first of them on a tie; "" when it names no one.
func (st *docState) mostNamed() string {
	best, most := "", 0
	for _, m := range st.mentioned {
		n, full := 0, st.withoutCommonOpener(m.name)
		for _, o := range st.mentioned {
			if samePerson(o.name, m.name) {
				n++
				if o := st.withoutCommonOpener(o.name); fullerName(o, full) {
					full = o // "Diane Guerrero" of "Guerrero"
				}
			}
		}
		if n > most {
			best, most = full, n
		}
	}
	return best
}

// withoutCommonOpener drops the words opening a name that the article
// writes in lower case elsewhere: a sentence's opening capital joined
// "Actress" to "Actress Diane Guerrero has become …".
func (st *docState) withoutCommonOpener(name string) string {
	f := strings.Fields(name)
	for len(f) > 2 && st.lowered[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// fullerName reports whether name a names a person better than b: a
// full name over a surname, and the shorter of two full names, since a
// sentence's opening capital may join a role to one ("Actress Diane
// Guerrero").
func fullerName(a, b string) bool {
	fa, fb := strings.Contains(a, " "), strings.Contains(b, " ")
	if fa != fb {
		return fa
	}
	return fa && len(a) < len(b)
}

// titled writes a name given in capitals in title case: "KATE BOULDUAN"
// is "Kate Boulduan".
func titled(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// transcriptQuote is the quotation of a transcript's sentence s, from
// rune offset from on, by speaker; none when it holds no word ("….").
func (st *docState) transcriptQuote(s Sentence, from int, speaker string) []Quote {
	st.sent, st.para = st.sent+1, s.Paragraph
	text := strings.Trim(strings.TrimSpace(string([]rune(s.Text)[from:])), "\"“”")
	if !hasLetter([]rune(text)) {
		return nil
	}
	st.lastQuote, st.lastQuotePara, st.lastQuoteSent = speakerRef{name: speaker, typ: TypePerson}, s.Paragraph, st.sent
	return []Quote{{Text: text, Kind: Direct, Speaker: speaker, SpeakerType: TypePerson, Source: st.source, Line: lineAt(s, from), Sentence: s.Text}}
}
