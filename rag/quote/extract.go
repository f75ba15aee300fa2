// Package quote finds the quotations in news articles and who said them:
// direct quotations, partial ones inside reported speech, and indirect
// (reported) speech, each attributed to a speaker with a canonical name.
// It is deterministic, pure Go, and knows nothing of indexes or front ends.
package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is how a quotation is given.
type Kind string

// Kinds of quotation.
const (
	// Direct is a quotation standing as its own sentence or clause:
	// "…," Kerry said.
	Direct Kind = "direct"
	// Partial is a quoted fragment inside reported speech: was "pivotal."
	Partial Kind = "partial"
	// Indirect is reported speech with no quotation marks: X said it was …
	Indirect Kind = "indirect"
)

// Label names the kind for people: "direct quotation", "partial
// quotation", "reported speech".
func (k Kind) Label() string {
	switch k {
	case Direct:
		return "direct quotation"
	case Partial:
		return "partial quotation"
	case Indirect:
		return "reported speech"
	}
	return string(k)
}

// Speaker types.
const (
	TypePerson = "person"
	TypeOrg    = "organization"
	TypeGroup  = "group" // unnamed people, kept by their role label
)

// Sentence is one sentence of an article as the extractor reads it.
type Sentence struct {
	// Text is the sentence with line breaks made spaces.
	Text string
	// LineStart and LineEnd are the 1-based lines it spans.
	LineStart, LineEnd int
	// LineBreaks are the rune offsets in Text at which each next line
	// begins, in order.
	LineBreaks []int
	// Paragraph numbers the paragraph the sentence belongs to.
	Paragraph int
	// TitleCase reports a sentence written in Title Case, as headlines
	// and subheads are: every word would look like a name, so no names
	// are read from it.
	TitleCase bool
}

// Document is an article's sentences, in order.
type Document struct {
	Source    string
	Sentences []Sentence
	// Key, when set, identifies the document's content (a hash of its
	// file), so a Memo can tell it was read before.
	Key string
}

// Quote is one quotation and its speaker.
type Quote struct {
	// Text is the quotation: the words inside the marks, or for indirect
	// speech the reported clause.
	Text string `json:"quote"`
	Kind Kind   `json:"kind"`
	// Speaker is the speaker's canonical name, or for unnamed speakers the
	// label the text gives ("Syrian opposition leaders").
	Speaker string `json:"speaker"`
	// SpeakerType is TypePerson, TypeOrg or TypeGroup.
	SpeakerType string `json:"speaker_type"`
	// Role is the speaker's role as the text gives it here, if any.
	Role string `json:"role,omitempty"`
	// Source is the article's file name; Line the 1-based line where the
	// quotation starts.
	Source string `json:"source"`
	Line   int    `json:"line"`
	// Sentence is the whole sentence, the reported speech around it.
	Sentence string `json:"sentence"`
	// Written is the speaker as the article names them at the quotation,
	// before the corpus's canonical name replaced it: what a later run
	// reuses for an unchanged article (see Remember).
	Written string `json:"-"`
}

// speakerRef is a resolved speaker while reading one article.
type speakerRef struct {
	name, role, typ, gender string
	// at numbers the sentence of the mention the ref was made from, and
	// para its paragraph.
	at, para int
	// spoke marks a ref made from the speaker of a speech verb, not
	// from a sentence's subject.
	spoke bool
}

// docState carries what reading an article has learnt so far.
type docState struct {
	source  string
	persons []speakerRef // named people who spoke, in order
	genders map[string]string
	// surnameGenders holds, by the folded last word of full names whose
	// gender is known, that gender, or "" when two such persons differ
	// ("Bill Clinton", "Hillary Clinton").
	surnameGenders map[string]string
	orgs           []speakerRef // named organisations that spoke or reported, in order
	last           speakerRef   // the latest speaker of any kind
	// lastQuote is the speaker of the latest quotation, and its paragraph
	// and sentence.
	lastQuote     speakerRef
	lastQuotePara int
	lastQuoteSent int
	// sent numbers the sentence being read, and para its paragraph.
	sent, para int
	// lowered holds the words the article writes in lower case somewhere:
	// common words, however a sentence's opening capital dresses them.
	lowered map[string]bool
	// nameGender, if set, reads a gender from a first name.
	nameGender NameGender
	// named holds the persons named so far, and their surnames, folded.
	named map[string]bool
	// fullNamed holds the words, folded, that a sentence read so far
	// writes after another capitalised word: surnames of a full name.
	fullNamed map[string]bool
	// cue is the speaker of a sentence that was only a cue ("Jane Doe
	// agreed."), and cueSent that sentence's number.
	cue     speakerRef
	cueSent int
	// cueColon is true when that sentence ended with a colon.
	cueColon bool
	// cueLead is true when that sentence said more than the cue, its
	// speaker opening it ("Lynch announced on Monday the lawsuit …"):
	// only a quotation that is all of the next sentence is theirs.
	cueLead bool
	// fronted holds the persons named in the clause that opens sentence
	// frontedAt before its main one ("When Trump spoke, Kasich …"): no
	// rival, for "he", of the main clause's subject.
	fronted   []string
	frontedAt int
	// mentioned are the persons the sentences read so far name anywhere
	// outside quotation marks, speakers or not: rivals for "he" and "she".
	mentioned []speakerRef
	// subject is the person the sentence being read opens with, before
	// the quotation or cue at hand: "he" or "she" after it in the
	// sentence is them when their gender agrees ("Ban condemned what he
	// called …", "James Comey recommended …, but he called …").
	subject phrase
	// unresolved reports that the quotation being read had a cue whose
	// pronoun names no one for sure: it was spoken, by someone unclear.
	unresolved bool
	// quoted holds the words, folded, that the sentence being read
	// quotes: a person it names is spoken of, and no rival for "he".
	quoted map[string]bool
	// spokenOf holds the words, folded, of the quotations and reported
	// speech read, each with the last sentence that said it: a person
	// named there is spoken of by the speaker, and no rival for "he".
	spokenOf map[string]int
	// firstFull holds, by folded surname, the first person the article
	// names in full with it, and givenNames the words written before it
	// in the full names it gives ("chris", "marie" for "murphy").
	firstFull  map[string]speakerRef
	givenNames map[string]map[string]bool
	// fullOf holds the full name fuller found for the speaker of a
	// quotation read, by the quotation (see settleSurnames).
	fullOf map[quoteKey]string
	// interview is true once a paragraph has opened with "Q:": the
	// article runs an interview, and "A:" opens the answers of its
	// interviewee.
	interview   bool
	interviewee string
	// interviewCue is true once a sentence has said the article runs an
	// interview ("Here is the edited transcript of the interview"): an
	// explainer's "Q:" and "A:" are the writer's own.
	interviewCue bool
}

// quoteKey tells the quotations of one article apart.
type quoteKey struct {
	line       int
	kind, text string
}

func keyOf(q Quote) quoteKey { return quoteKey{q.Line, string(q.Kind), q.Text} }

// extractDocument finds the quotations of one article. Speaker names are as
// written; Extract makes them canonical.
func extractDocument(doc Document, gender NameGender) []Quote {
	st := &docState{source: doc.Source, lastQuotePara: -1, genders: map[string]string{}, surnameGenders: map[string]string{}, lowered: loweredWords(doc), nameGender: gender, named: map[string]bool{}, fullNamed: map[string]bool{}}
	var out []Quote
	// pending are quotations that ran on into the next paragraph: its
	// first quotation's speaker is theirs.
	var pending []int
	// transcriptBy speaks the line transcriptLine, a transcript's.
	transcriptBy, transcriptLine := "", 0
	sents := doc.Sentences
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		// A quotation that runs over several sentences of its paragraph
		// is read as one.
		for n := 0; n < maxJoined && openQuote(s.Text) && i+1 < len(sents) && sents[i+1].Paragraph == s.Paragraph; n++ {
			s = joinSentences(s, sents[i+1])
			i++
		}
		if i+1 < len(sents) && cueFollows(s, sents[i+1]) {
			s = joinSentences(s, sents[i+1])
			i++
		}
		// Over several paragraphs, the opening mark repeats and no mark
		// closes the paragraph: it is closed here, and its speaker is
		// found in the paragraph that goes on.
		runsOn := openQuote(s.Text) && i+1 < len(sents) && sents[i+1].Paragraph != s.Paragraph && opensWithQuote(sents[i+1].Text)
		if runsOn {
			s.Text += "”"
		}
		if i == 0 || sents[i-1].Paragraph != s.Paragraph {
			transcriptBy = ""
			if sp, from, ok := st.transcriptSpeaker(s.Text); ok {
				// "Alex Seitz-Wald: She is right …": the line is what
				// they said.
				transcriptBy, transcriptLine = sp, s.LineEnd
				out = append(out, st.transcriptQuote(s, from, sp)...)
				continue
			}
		}
		if transcriptBy != "" && s.LineStart == transcriptLine {
			transcriptLine = s.LineEnd
			out = append(out, st.transcriptQuote(s, 0, transcriptBy)...)
			continue
		}
		transcriptBy = "" // the article's own words again
		qs := st.sentence(s)
		st.noteSpokenOf(qs)
		if len(pending) > 0 && len(qs) > 0 {
			if qs[0].Speaker != "" {
				for _, k := range pending {
					if out[k].Speaker == "" {
						st.copySpeaker(&out[k], qs[0])
					}
				}
			} else if prev, ok := lastSpoken(out, pending); ok {
				// The paragraph goes on with the words of whoever the
				// quotation it continues was given to ("Dr. Ward stated:",
				// then three paragraphs of her words).
				for k := range qs {
					if qs[k].Speaker == "" {
						st.copySpeaker(&qs[k], prev)
					}
				}
			}
			pending = nil
		}
		if runsOn {
			for k := range qs {
				pending = append(pending, len(out)+k)
			}
		}
		out = append(out, qs...)
	}
	st.settleSurnames(out)
	return out
}

// lastSpoken returns the last of the quotations out[k], k in ks, given a
// speaker.
func lastSpoken(out []Quote, ks []int) (Quote, bool) {
	for i := len(ks) - 1; i >= 0; i-- {
		if q := out[ks[i]]; q.Speaker != "" {
			return q, true
		}
	}
	return Quote{}, false
}

// noteSpokenOf remembers the words of the quotations of the sentence
// just read (spokenOf).
func (st *docState) noteSpokenOf(qs []Quote) {
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		if st.spokenOf == nil {
			st.spokenOf = map[string]int{}
		}
		for _, f := range strings.FieldsFunc(q.Text, notNameRune) {
			st.spokenOf[strings.ToLower(trimPossessive(f))] = st.sent
		}
	}
}

// maxJoined is the most sentences one quotation is read across within a
// paragraph: a stray mark must not swallow an article.
const maxJoined = 20

// openQuote reports a text with an odd number of double quotation marks:
// a quotation opens in it and does not close.
func openQuote(text string) bool {
	n := 0
	for _, r := range text {
		if isQuoteMark(r) {
			n++
		}
	}
	return n%2 == 1
}

// opensWithQuote reports a text that starts with a quotation mark.
func opensWithQuote(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return isQuoteMark(r)
}

// maxCueSentence is the longest sentence, in bytes, read as only a cue
// after a quotation that ends in a full stop ("Senator Jane Doe said.").
const maxCueSentence = 80

// cueFollows reports a sentence that is a quotation ending in "?" or "!",
// which splits it from its cue, and a next sentence in the paragraph that
// opens with that cue: `“Why now?” Vitter asked.`, the marks straight,
// curly or two apostrophes each; or a quotation ending in a full stop and
// a next sentence that is only a cue: `“We will go.” Trump said.`
func cueFollows(s, next Sentence) bool {
	t := []rune(strings.TrimSpace(s.Text))
	if next.Paragraph != s.Paragraph || len(t) < 3 {
		return false
	}
	width := 0
	switch {
	case isQuoteMark(t[len(t)-1]):
		width = 1
	case len(t) > 3 && t[len(t)-1] == '\'' && t[len(t)-2] == '\'':
		width = 2
	default:
		return false
	}
	stop := t[len(t)-1-width]
	if k := len(t) - 2 - width; (stop == '\'' || stop == '’') && k >= 0 {
		stop = t[k] // "say, 'What did he mean?'''": a single quotation closes inside
	}
	if stop != '?' && stop != '!' && (stop != '.' || len(next.Text) > maxCueSentence) {
		return false
	}
	runes := []rune(next.Text)
	ws := splitFrame(runes, make([]int, len(runes)+1))
	if stop == '.' {
		_, ok := cueSentence(ws)
		return ok
	}
	for i := 0; i < len(ws) && i < 5; i++ {
		if ws[i].punct {
			return false
		}
		if isSpeechVerb(ws, i) {
			return true
		}
	}
	return false
}

// joinSentences makes one sentence of two, keeping their line positions.
func joinSentences(a, b Sentence) Sentence {
	off := len([]rune(a.Text)) + 1
	out := a
	out.Text = a.Text + " " + b.Text
	out.LineEnd = b.LineEnd
	out.LineBreaks = append([]int(nil), a.LineBreaks...)
	if b.LineStart > a.LineEnd {
		out.LineBreaks = append(out.LineBreaks, off)
	}
	for _, lb := range b.LineBreaks {
		out.LineBreaks = append(out.LineBreaks, lb+off)
	}
	return out
}

// quoteSpan is one pair of quotation marks in a sentence.
type quoteSpan struct {
	open, close int // rune offsets of the first rune of each mark
	width       int // runes per mark: 1, or 2 for ''
}

func isQuoteMark(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// mark is one quotation mark: where it starts and how many runes it takes.
type mark struct{ at, width int }

// quoteSpans pairs the quotation marks of a sentence in order; straight
// and curly marks pair with each other, and a last unpaired mark is left.
// Two apostrophes (”) are a mark too, as some papers write them; in a
// sentence with no double marks, single ones that clearly open and close
// a quotation ('…') pair as well.
func quoteSpans(runes []rune) []quoteSpan {
	var marks []mark
	for i := 0; i < len(runes); i++ {
		switch {
		case isQuoteMark(runes[i]):
			marks = append(marks, mark{i, 1})
		case runes[i] == '\'' && i+1 < len(runes) && runes[i+1] == '\'':
			if i+2 < len(runes) && runes[i+2] == '\'' && (i+3 == len(runes) || !unicode.IsLetter(runes[i+3])) {
				// "the word 'old-school,''' said": a single quotation
				// closes inside, then the double one.
				i++
			}
			marks = append(marks, mark{i, 2})
			i++
		}
	}
	if len(marks) == 0 {
		marks = singleQuoteMarks(runes)
	}
	var spans []quoteSpan
	for k := 0; k+1 < len(marks); k += 2 {
		a, b := marks[k], marks[k+1]
		if a.width != b.width && (a.width == 2 || b.width == 2) {
			k-- // '' pairs only with ''
			continue
		}
		inner := runes[a.at+a.width : b.at]
		if hasLetter(inner) {
			spans = append(spans, quoteSpan{a.at, b.at, a.width})
		}
	}
	return spans
}

// singleQuoteMarks finds '…' quotations: an opening ' after a space or the
// start and before a letter, and a closing ' after a letter or a stop and
// before a space, a stop or the end, with two words or more between. An
// apostrophe inside a word (don't) or after an s (voters') is no mark.
func singleQuoteMarks(runes []rune) []mark {
	isSingle := func(r rune) bool { return r == '\'' || r == '‘' || r == '’' }
	var out []mark
	open := -1
	for i, r := range runes {
		if !isSingle(r) {
			continue
		}
		before := i == 0 || unicode.IsSpace(runes[i-1]) || runes[i-1] == '('
		after := i+1 < len(runes) && unicode.IsLetter(runes[i+1])
		if open < 0 {
			if before && after && r != '’' {
				open = i
			}
			continue
		}
		closes := i+1 == len(runes) || unicode.IsSpace(runes[i+1]) || strings.ContainsRune(",.;:?!", runes[i+1])
		prevOK := unicode.IsLetter(runes[i-1]) && runes[i-1] != 's' || strings.ContainsRune(",.?!", runes[i-1])
		if closes && prevOK && r != '‘' && len(strings.Fields(string(runes[open+1:i]))) >= 2 {
			out = append(out, mark{open, 1}, mark{i, 1})
			open = -1
		}
	}
	return out
}

func hasLetter(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// lineAt returns the line of rune offset off in the sentence.
func lineAt(s Sentence, off int) int {
	line := s.LineStart
	for _, b := range s.LineBreaks {
		if off >= b {
			line++
		}
	}
	if line > s.LineEnd {
		line = s.LineEnd
	}
	return line
}

func (st *docState) sentence(s Sentence) []Quote {
	st.sent, st.para = st.sent+1, s.Paragraph
	if !st.interviewCue && interviewCueRe.MatchString(s.Text) {
		st.interviewCue = true
	}
	runes := []rune(s.Text)
	spans := quoteSpans(runes)
	qAt := make([]int, len(runes)+1)
	for i, sp := range spans {
		for p := sp.open; p < sp.close+sp.width; p++ {
			qAt[p] = i + 1
		}
	}
	ws := splitFrame(runes, qAt)
	if st.quoted == nil {
		st.quoted = map[string]bool{}
	}
	clear(st.quoted) // one map for every sentence: most quote nothing
	for _, sp := range spans {
		for _, f := range strings.FieldsFunc(string(runes[sp.open:sp.close]), notNameRune) {
			f = strings.ToLower(trimPossessive(f))
			st.quoted[f] = true
			for _, part := range strings.Split(f, "-") { // "Jeb Bush-spent"
				st.quoted[part] = true
			}
		}
	}
	// The sentence's subject, if a person, is introduced after its own
	// quotations are read: "he" in a later sentence may point to it. A
	// line in Title Case, a headline's, names no one ("Republican Medal
	// Of Honor Winner Opens Up …").
	if !s.TitleCase {
		defer st.introduce(ws)
	}
	if len(spans) == 0 {
		ph, ok := cueSentence(ws)
		lead := false
		if !ok {
			ph, ok = leadCue(ws)
			lead = ok
		}
		if ok {
			if ref, ok := st.resolve(ph); ok {
				st.cue, st.cueSent = ref, st.sent
				st.cue.para = s.Paragraph
				st.cueColon = ws[len(ws)-1].text == ":"
				st.cueLead = lead
			}
		}
		return st.indirect(s, runes, ws)
	}
	var out []Quote
	// prev is the word of the sentence's last attributed quotation, and
	// prevRef its speaker.
	prev, prevRef := -1, speakerRef{}
	for p, w := range ws {
		if w.q < 0 {
			continue
		}
		sp := spans[w.q]
		inner := strings.TrimSpace(string(runes[sp.open+sp.width : sp.close]))
		if isScareQuote(ws, p, inner) {
			continue
		}
		st.unresolved = false
		ref, ok := st.attribute(ws, p, inner, s.Paragraph)
		if !ok && prev >= 0 && prevRef.name != "" && sharesCue(ws, prev, p) && !titleLike(inner) {
			// A second fragment of the same reported speech: `X stated
			// that it was "more Rubio-style" and "did well."`, or `…,"
			// adding that "…"`.
			ref, ok = prevRef, true
		}
		if ok {
			prev, prevRef = p, ref
		}
		if !ok {
			// A quotation whose speaker the article leaves unclear is kept
			// without one, when a cue said it was spoken ("…," he said)
			// or it reads as speech rather than a term.
			if !st.unresolved && !isSpeechLike(inner) || !hasLower(inner) {
				continue
			}
			ref = speakerRef{}
		}
		st.lastQuote, st.lastQuotePara, st.lastQuoteSent = ref, s.Paragraph, st.sent
		if titleAfterPreposition(ws, p, inner) {
			// Read as a quotation, so that the speakers after it are
			// followed as before, but no one's words: "the hosts of
			// ''Morning Joe,''".
			continue
		}
		out = append(out, st.withFull(Quote{
			Text:        strings.TrimSpace(strings.TrimRight(inner, ",")),
			Kind:        kindOf(ws, p),
			Speaker:     ref.name,
			SpeakerType: ref.typ,
			Role:        shownRole(ref.role),
			Source:      st.source,
			Line:        lineAt(s, sp.open),
			Sentence:    s.Text,
		}, ref))
	}
	return out
}

// titleAfterPreposition reports quoted words in Title Case after a
// preposition or a word of naming, a comma or stop of the sentence's
// inside the marks: a show's or a book's title ("told the hosts of
// ”Morning Joe,”", "said on “Fox News Sunday.”", "a book titled “A
// Child's First Book of Trump,”"), not speech.
func titleAfterPreposition(ws []word, p int, inner string) bool {
	if p == 0 || !titlePrepositions[ws[p-1].lower()] && !namingWords[ws[p-1].lower()] {
		return false
	}
	bare := strings.TrimRight(inner, ",.")
	words := strings.Fields(bare)
	return len(words) >= 2 && len(words) <= 8 && titleCased(words) && !strings.ContainsAny(bare, ",.?!")
}

// titlePrepositions may stand before a title: "host of", "said on",
// "wrote in", "according to".
var titlePrepositions = map[string]bool{"of": true, "on": true, "in": true, "from": true, "at": true, "for": true, "with": true, "by": true, "to": true}

// namingWords give the title that follows them: "a faux thriller titled
// “The Day of the Donald,”", "a book called “Trump Revealed”".
var namingWords = map[string]bool{"titled": true, "entitled": true, "called": true, "named": true, "dubbed": true}

// isScareQuote reports quotation marks that quote no one: "so-called"
// words, and titles in Title Case with no speech verb near.
func isScareQuote(ws []word, p int, inner string) bool {
	if p > 0 && ws[p-1].lower() == "so-called" {
		return true
	}
	words := strings.Fields(inner)
	if len(words) >= 2 && len(words) <= 8 && titleCased(words) && !strings.ContainsAny(inner, ",.?!") && !(p > 0 && isSpeechVerb(ws, p-1)) {
		return true
	}
	// "''This Kind of War,'' by T.R. Fehrenbach": a work and its author.
	return p+1 < len(ws) && ws[p+1].lower() == "by" && titleLike(inner) && !strings.ContainsAny(strings.TrimRight(inner, ","), ",.?!")
}

// titleCased reports words each capitalised but for minor words ("of",
// "the"): a title's or a name's.
func titleCased(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !isMinorTitleWord(w) {
			return false
		}
	}
	return true
}

// IsTitle reports words inside quotation marks that read as a title, of
// two words or more, each capitalised but for minor words ("Trump and
// Me", "A Child's First Book of Trump"), a stop of the sentence's at
// their end aside.
func IsTitle(inner string) bool { return titleLike(inner) }

// titleLike reports quoted words that read as a title, each capitalised
// but for minor words: "the author of “Hacked World Order,”" quotes no
// one.
func titleLike(inner string) bool {
	words := strings.Fields(strings.TrimRight(inner, ",.!?"))
	return len(words) >= 2 && titleCased(words)
}

// minUnattributedWords is the fewest words a quotation with no speaker
// needs to be kept: shorter quoted phrases are mostly terms and titles.
const minUnattributedWords = 6

// isSpeechLike reports quoted words that read as something said: enough
// words to be a statement, not a name or a term put in marks.
func isSpeechLike(inner string) bool {
	return len(strings.Fields(inner)) >= minUnattributedWords && hasLower(inner)
}

// hasLower reports a lower-case letter: a quotation all in capitals or
// Title Case is a heading or a name.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func isMinorTitleWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at":
		return true
	}
	return false
}

// kindOf tells a direct quotation (it opens the sentence, or follows
// "X said," / "said:") from a partial one inside reported speech.
func kindOf(ws []word, p int) Kind {
	k := p - 1
	for k >= 0 && ws[k].punct && ws[k].text != "," && ws[k].text != ":" {
		k--
	}
	if k < 0 {
		return Direct
	}
	if (ws[k].text == "," || ws[k].text == ":") && k > 0 && (isSpeechVerb(ws, k-1) || toldWhom(ws, k)) {
		return Direct
	}
	if ws[k].q >= 0 {
		return Direct // a quotation continued after a break
	}
	return Partial
}

// closesSentence reports a cue verb at v that ends its sentence, but for
// a few words: "…, he added.", "…, she told reporters on Friday."
func closesSentence(ws []word, v int) bool {
	return wordsAfter(ws, v) <= 4 && v > 1 && (ws[v-2].text == "," || ws[v-1].text == ",")
}

// toldWhom reports a hearer verb and its object before the mark at k:
// "he told Channel Nine News:", "asked Ana Brook of Harbour Radio,".
func toldWhom(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if hearerVerbs[ws[j].lower()] {
			return j < k-1
		}
		if lw := ws[j].lower(); !ws[j].nameWord() && lw != "of" && lw != "the" {
			return false
		}
	}
	return false
}

// attribute finds the speaker of the quotation at word p.
func (st *docState) attribute(ws []word, p int, inner string, para int) (speakerRef, bool) {
	st.subject = st.subjectBefore(ws, p)
	// The cues, nearest and surest first.
	cues := []func() (phrase, bool){
		func() (phrase, bool) { return afterCue(ws, p, inner) },
		func() (phrase, bool) { return nameDashCue(ws, p) },
		func() (phrase, bool) { return beforeCue(ws, p) },
		func() (phrase, bool) { return accordingTo(ws) },
		func() (phrase, bool) { return endCue(ws, p) },
		func() (phrase, bool) { return laterCue(ws, p) },
		func() (phrase, bool) { return inView(ws) },
		func() (phrase, bool) { return dashCue(ws, p) },
		func() (phrase, bool) { return colonCue(ws, p) },
		func() (phrase, bool) { return introCue(ws, p) },
	}
	for _, cue := range cues {
		ph, ok := cue()
		if !ok {
			continue
		}
		if ref, ok := st.resolve(ph); ok {
			return ref, true
		}
		if st.unresolved {
			// ""I prefer Kasich," he said, noting he had backed Sen.
			// Marco Rubio": the cue is found and its "he" unclear; no
			// later rule may name someone else.
			return speakerRef{}, false
		}
	}
	// The sentence before was the cue: "Jane Doe agreed."; one that ends
	// with a colon ("Stated Stone:") may close its paragraph, the
	// quotation opening the next.
	if st.cueSent == st.sent-1 && st.cue.name != "" && (st.cue.para == para || st.cueColon && p == 0) && (!st.cueLead || p == 0 && allQuoted(ws)) {
		return st.cue, true
	}
	// A quotation with no cue of its own continues the paragraph's
	// speaker; a fragment inside someone's sentence ("Trump called them
	// "the bad ones."") does not.
	if !hasSpeechVerb(ws) && st.lastQuotePara == para && st.lastQuote.name != "" && kindOf(ws, p) == Direct {
		return st.lastQuote, true
	}
	// A quoted statement set in the writer's own words right after the
	// speaker's quotation, with no cue and no one else in them, goes on
	// with the speaker too: "Unless rivals quit the race, "it's very
	// difficult to see how he is stopped."" after "said Steve Schmidt".
	if !hasSpeechVerb(ws) && st.lastQuotePara == para && st.lastQuoteSent == st.sent-1 && st.lastQuote.name != "" && isSpeechLike(inner) && !st.mentionsSomeone(ws) {
		return st.lastQuote, true
	}
	return speakerRef{}, false
}

// allQuoted reports a sentence whose words are all inside quotation
// marks.
func allQuoted(ws []word) bool {
	for _, w := range ws {
		if !w.punct && w.q < 0 {
			return false
		}
	}
	return true
}

// mentionsSomeone reports words outside a sentence's quotations that
// name or point to someone who might be speaking: a capitalised word
// (the first only if the article never writes it in lower case), or a
// personal pronoun.
func (st *docState) mentionsSomeone(ws []word) bool {
	for i, w := range ws {
		if w.punct || w.q >= 0 {
			continue
		}
		if w.capitalized() && (i > 0 || !commonCapitalized[w.lower()] && !st.lowered[w.lower()]) {
			return true
		}
		if g, ok := pronouns[w.lower()]; ok && g != "org" {
			return true
		}
	}
	return false
}

func hasSpeechVerb(ws []word) bool { return speechVerbBetween(ws, -1, len(ws)) }

// indirect finds reported speech in a sentence without quotation marks:
// "George Sabra ... told AFP on Sunday it was impossible to …".
func (st *docState) indirect(s Sentence, runes []rune, ws []word) []Quote {
	type cue struct {
		ph      phrase
		verb    int
		subject []word
		// impersonal marks "it was announced that …": said, by nobody
		// the sentence names.
		impersonal bool
		// inverted marks "…, said David Autor, a professor …": the
		// speaker after the verb, what was said before its comma.
		inverted bool
	}
	var cues []cue
	for v := range ws {
		if !isSpeechVerb(ws, v) || isInfinitive(ws, v) || isGerund(ws[v].lower()) ||
			v > 0 && nounAfterPossessive(ws[v-1].lower(), ws[v].lower()) || nounAfterArticle(ws, v) {
			continue
		}
		if ph, ok := invertedSpeaker(ws, v); ok {
			cues = append(cues, cue{ph: ph, verb: v, inverted: true})
			continue
		}
		if impersonalPassive(ws, v) {
			cues = append(cues, cue{verb: v, impersonal: true})
			continue
		}
		if hearerPassive(ws, v) {
			// "Mr. Varga was asked about it …": who was asked heard the
			// words, which the sentence gives no one; a "he" after it
			// may still be them.
			if ph := parseSpeaker(subjectBefore(ws, v)); ph.kind == phrasePerson {
				st.resolve(ph)
			}
			cues = append(cues, cue{verb: v, impersonal: true})
			continue
		}
		subj := subjectBefore(ws, v)
		tail := afterLastComma(subj)
		split := len(tail) > 0 && len(tail) < len(subj)
		// "…, the Times said.": a cue that ends the sentence has its
		// speaker after the last comma, and all before it is what was
		// said, a "that" of a relative clause too ("groups that provide
		// education, …").
		if split && len(tail) <= maxClosingSpeaker && wordsAfter(ws, v) <= 4 {
			if ph := parseSpeaker(tail); ph.kind != phraseNone && ph.kind != phraseLabel {
				cues = append(cues, cue{ph: ph, verb: v, subject: tail})
				continue
			}
		}
		// A pronoun read after a comma ("Many of the closures, he") is the
		// tail's: the words before it are part of what was said.
		if ph := parseSpeaker(subj); ph.kind != phraseNone && (ph.kind != phrasePronoun || !split) {
			cues = append(cues, cue{ph: ph, verb: v, subject: subj})
		} else if split {
			// "In 1999, he said …", "Many of the closures, he said, have …":
			// the speaker is the words after the comma.
			if ph := parseSpeaker(tail); ph.kind != phraseNone && ph.kind != phraseLabel {
				cues = append(cues, cue{ph: ph, verb: v, subject: tail})
			}
		}
	}
	if ph, ok := accordingTo(ws); ok {
		cues = append(cues, cue{ph: ph, verb: -1})
	}
	if len(cues) == 0 {
		return nil
	}
	// A person reported by an organisation is the speaker: "The Times said
	// Kerry repeatedly complained that …".
	// A cue in an opening subordinate clause ("While Clinton pledged …,
	// Sanders insisted that …") gives way to the main clause's.
	best, sub := cues[0], subordinateEnd(ws)
	if sub > 0 {
		for _, c := range cues {
			if c.verb >= sub {
				best = c
				break
			}
		}
	}
	for _, c := range cues {
		if (c.verb >= sub || best.verb < sub) && (c.ph.kind == phrasePerson || (c.ph.kind == phrasePronoun && (c.ph.name == "he" || c.ph.name == "she"))) {
			best = c
			break
		}
	}
	// Organisations that report are remembered for "it" and "the newspaper".
	for _, c := range cues {
		if c.ph.kind == phraseOrg && c.verb != best.verb {
			st.orgs = append(st.orgs, speakerRef{name: c.ph.name, typ: TypeOrg})
		}
	}
	// "Podesta, who said the project was vetted, said he was unaware of
	// it": the relative clause's words are the subject's, and so are the
	// main clause's.
	var clause *Quote
	if best.verb >= 0 && inRelativeClause(ws, best.verb) && !best.impersonal {
		if main, comma := mainVerbAfterClause(ws, best.verb); main > 0 {
			rel := reportedClause(runes, ws[:comma], best.verb, best.subject)
			if len(strings.Fields(rel)) >= 3 {
				clause = &Quote{Text: rel, Kind: Indirect, Source: st.source, Line: lineAt(s, startOffset(ws, best.verb)), Sentence: s.Text}
			}
			best = cue{ph: best.ph, verb: main, subject: best.subject}
		}
	}
	content := reportedClause(runes, ws, best.verb, best.subject)
	if pre := parentheticalLead(runes, ws, best.verb, best.subject); pre != "" && content != "" {
		content = pre + " " + content
	}
	if best.inverted {
		content = string(runes[ws[0].start:ws[best.verb-2].end])
	}
	if len(strings.Fields(content)) < 3 {
		return nil
	}
	// "Mr. Trump fits that bill, he added.": a cue that closes the
	// sentence follows what was said, and the sentence's subject is in
	// it, not the speaker.
	st.subject = phrase{}
	if best.verb >= 0 && !closesSentence(ws, best.verb) {
		st.subject = st.subjectBefore(ws, best.verb)
	}
	ref, ok := speakerRef{}, best.impersonal
	if !best.impersonal {
		ref, ok = st.resolve(best.ph)
	}
	if !ok && (best.ph.kind != phrasePronoun || !isSpeechLike(content)) {
		return nil
	}
	// "he said the talks would fail" with no one "he" can be: the
	// reported speech is kept, unattributed.
	var out []Quote
	if clause != nil {
		clause.Speaker, clause.SpeakerType, clause.Role = ref.name, ref.typ, shownRole(ref.role)
		out = append(out, st.withFull(*clause, ref))
	}
	return append(out, st.withFull(Quote{
		Text:        content,
		Kind:        Indirect,
		Speaker:     ref.name,
		SpeakerType: ref.typ,
		Role:        shownRole(ref.role),
		Source:      st.source,
		Line:        lineAt(s, startOffset(ws, best.verb)),
		Sentence:    s.Text,
	}, ref))
}

// maxInvertedSpeaker bounds the words of a speaker named after the verb
// that closes what was said: "…, said Atlantic City Mayor Don Guardian".
const maxInvertedSpeaker = 6

// invertingVerbs are the speech verbs news writes before their speaker,
// after what was said: "…, said David Autor". A hearer after "told" or
// "emailed" is no speaker.
var invertingVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "wrote": true, "writes": true,
	"explained": true, "noted": true, "recalled": true, "argued": true, "continued": true, "observed": true,
	"predicted": true, "insisted": true, "acknowledged": true, "conceded": true, "remarked": true, "quipped": true,
	"recounted": true, "remembered": true,
}

// invertedSpeaker reads the person named right after a speech verb that
// follows what was said and its comma: "Nor are tariffs likely to bring
// these jobs back, said David Autor, a professor of economics at M.I.T.,
// who …". The name runs to the next comma or the sentence's end; what
// was said, before the comma, is three words or more.
func invertedSpeaker(ws []word, v int) (phrase, bool) {
	if v < 4 || ws[v-1].text != "," || !ws[v-1].punct || !invertingVerbs[ws[v].lower()] {
		return phrase{}, false
	}
	end := v + 1
	for end < len(ws) && !(ws[end].punct && ws[end].text != ".") && ws[end].q < 0 {
		end++
	}
	name := ws[v+1 : end]
	for len(name) > 0 && name[len(name)-1].text == "." && name[len(name)-1].punct {
		name = name[:len(name)-1]
	}
	if len(name) < 2 || len(name) > maxInvertedSpeaker || !name[0].capitalized() {
		return phrase{}, false
	}
	for _, w := range name {
		if !w.nameWord() && !titleWords[w.lower()] && !IsRole(w.lower()) {
			return phrase{}, false // "…, told POLITICO she was leaning toward Cruz"
		}
	}
	ph := parseSpeaker(name)
	if ph.kind != phrasePerson || !endsWithName(name, ph.name) {
		return phrase{}, false
	}
	if ph.role == "" && end < len(ws) && ws[end].text == "," {
		ph.role = appositiveRole(splitSegments(ws[end+1:]))
	}
	ph.gender = genderOf(ph.role)
	return ph, true
}

// impersonalPassive reports a speech verb at v in the passive with "it"
// for its subject: "it was announced that …", "it has been reported
// that …". The "it" stands for what was said, not for a speaker.
func impersonalPassive(ws []word, v int) bool {
	k := v - 1
	for k >= 0 && (beForms[ws[k].lower()] || ws[k].lower() == "has" || ws[k].lower() == "had") {
		k--
	}
	return k < v-1 && k >= 0 && ws[k].lower() == "it" && beForms[ws[v-1].lower()]
}

// maxClosingSpeaker bounds the words of a speaker named after the last
// comma of a sentence that a speech verb ends: "…, the State Department
// spokesman said."
const maxClosingSpeaker = 6

// wordsAfter counts the words, not punctuation, after ws[v].
func wordsAfter(ws []word, v int) int {
	n := 0
	for _, w := range ws[v+1:] {
		if !w.punct {
			n++
		}
	}
	return n
}

// afterLastComma returns the words of a subject after its last comma.
func afterLastComma(subj []word) []word {
	for k := len(subj) - 1; k >= 0; k-- {
		if subj[k].punct && subj[k].text == "," {
			return subj[k+1:]
		}
	}
	return nil
}

// parentheticalLead returns the words before a cue set off by commas in
// mid-sentence ("Many of the closures, he said, have …"): the reported
// clause starts before the cue. It is "" for any other cue.
func parentheticalLead(runes []rune, ws []word, v int, subject []word) string {
	if v < 0 || v+1 >= len(ws) || ws[v+1].text != "," || len(subject) == 0 {
		return ""
	}
	k := 0
	for k < len(ws) && ws[k].start < subject[0].start {
		k++
	}
	lead := ws[:k]
	for len(lead) > 0 && lead[len(lead)-1].punct {
		lead = lead[:len(lead)-1]
	}
	if len(lead) < 3 || lead[0].q >= 0 {
		return ""
	}
	for _, w := range lead {
		if w.punct && w.text != "," || w.q >= 0 {
			return "" // not one clause
		}
	}
	return string(runes[lead[0].start:lead[len(lead)-1].end]) + ","
}

func startOffset(ws []word, v int) int {
	if v < 0 || v >= len(ws) {
		return 0
	}
	return ws[v].start
}

// listenerWords may follow "told" before the reported clause.
var listenerWords = map[string]bool{"reporters": true, "journalists": true, "him": true, "her": true, "them": true, "us": true}

// reportedClause returns the words reported by the speech verb at v, as
// written: after the verb (less a listener, a time and "that"), or, when
// the cue closes the sentence ("…, the newspaper reported"), before it.
func reportedClause(runes []rune, ws []word, v int, subject []word) string {
	if v < 0 {
		return strings.TrimSpace(strings.TrimRight(string(runes), "."))
	}
	i := v + 1
	if ws[v].lower() == "told" || ws[v].lower() == "tells" {
		for i < len(ws) && !ws[i].punct && (ws[i].capitalized() || listenerWords[ws[i].lower()] ||
			// "told The Star-Ledger of Newark": a joiner inside the name
			i > v+1 && ws[i-1].capitalized() && (ws[i].lower() == "of" || ws[i].lower() == "for" || nameParticles[ws[i].lower()]) && i+1 < len(ws) && ws[i+1].capitalized()) {
			i++
		}
	}
	for i < len(ws) {
		lw := ws[i].lower()
		if lw == "on" && i+1 < len(ws) && commonCapitalized[ws[i+1].lower()] {
			i += 2
			continue
		}
		if (lw == "at" || lw == "over") && i+2 < len(ws) && ws[i+1].lower() == "the" && ws[i+2].lower() == "weekend" {
			i += 3
			continue
		}
		if (lw == "last" || lw == "this" || lw == "next") && i+1 < len(ws) && isTimeNoun(ws[i+1].lower()) {
			i += 2
			continue
		}
		if commonCapitalized[lw] && ws[i].capitalized() && isDayOrMonth(lw) {
			i++
			continue
		}
		if lw == "that" || (ws[i].punct && ws[i].text == ",") {
			i++
			continue
		}
		if k := thatAfterAdverbial(ws, i); k > i {
			i = k
			continue
		}
		break
	}
	rest := ws[i:]
	if inRelativeClause(ws, v) && !slices.ContainsFunc(ws[v+1:i], func(w word) bool { return w.lower() == "that" }) {
		// "Clinton, who announced a $275 billion plan on Monday, plans
		// to …": what was said ends with the clause; a clause after
		// "that" has a verb of its own to come ("who said that Tom Roe,
		// under fire, should resign").
		if k := slices.IndexFunc(rest, func(w word) bool { return w.punct && w.text == "," }); k >= 0 {
			rest = rest[:k]
		}
	}
	for len(rest) > 0 && rest[len(rest)-1].punct {
		rest = rest[:len(rest)-1]
	}
	if len(rest) >= 3 {
		return string(runes[rest[0].start:rest[len(rest)-1].end])
	}
	// The cue closes the sentence: the clause is what comes before it.
	if len(subject) > 0 {
		before := ws[:0]
		for k := range ws {
			if ws[k].start >= subject[0].start {
				break
			}
			before = ws[:k+1]
		}
		for len(before) > 0 && before[len(before)-1].punct {
			before = before[:len(before)-1]
		}
		if len(before) > 0 {
			return string(runes[before[0].start:before[len(before)-1].end])
		}
	}
	return ""
}

// inRelativeClause reports a speech verb that opens a relative clause set
// off by commas: ", who announced", ", who also said".
func inRelativeClause(ws []word, v int) bool {
	k := v - 1
	if k >= 0 && adverbOfVerb(ws[k]) {
		k--
	}
	return k >= 1 && ws[k].lower() == "who" && ws[k-1].text == ","
}

// adverbOfVerb reports a word that may stand just before a speech verb
// in a clause: "also", or an adverb in -ly ("who previously said").
func adverbOfVerb(w word) bool {
	lw := w.lower()
	return lw == "also" || strings.HasSuffix(lw, "ly")
}

// mainVerbAfterClause returns the speech verb right after a comma that
// closes the relative clause whose verb is at v ("Podesta, who said …,
// said he …"), an adverb between aside, and that comma; or -1.
func mainVerbAfterClause(ws []word, v int) (verb, comma int) {
	for k := v + 1; k+1 < len(ws); k++ {
		if ws[k].q >= 0 {
			return -1, -1
		}
		if !ws[k].punct || ws[k].text != "," {
			continue
		}
		m := k + 1
		if adverbOfVerb(ws[m]) {
			m++
		}
		if m < len(ws) && isSpeechVerb(ws, m) && !isGerund(ws[m].lower()) {
			return m, k
		}
	}
	return -1, -1
}

// maxAdverbial bounds the words of an adverbial between a speech verb
// and its "that": "said at a news conference in Geneva that".
const maxAdverbial = 8

// adverbialOpeners start an adverbial that may stand between a speech
// verb and the clause it reports.
var adverbialOpeners = map[string]bool{"ahead": true, "after": true, "before": true, "during": true,
	"earlier": true, "later": true, "again": true, "repeatedly": true, "publicly": true, "privately": true, "separately": true}

// thatAfterAdverbial returns where the reported clause starts when the
// words at i are an adverbial ending in "that" ("said ahead of the
// gathering that talks are aimed …"): after the "that"; else i.
func thatAfterAdverbial(ws []word, i int) int {
	if i >= len(ws) || !(isPreposition(ws[i].lower()) || adverbialOpeners[ws[i].lower()]) {
		return i
	}
	for k := i + 1; k < len(ws) && k <= i+maxAdverbial; k++ {
		if ws[k].punct || ws[k].q >= 0 {
			return i
		}
		if ws[k].lower() == "that" && k+1 < len(ws) && !ws[k+1].punct {
			return k + 1
		}
	}
	return i
}

func isTimeNoun(w string) bool {
	switch w {
	case "week", "month", "year", "weekend", "night", "morning", "evening":
		return true
	}
	return false
}

// orgKinds says which organisation names a description may stand for.
var orgKinds = map[string][]string{
	"newspaper":  {"times", "post", "journal", "herald", "guardian", "daily", "gazette", "tribune", "telegraph", "nyt"},
	"paper":      {"times", "post", "journal", "herald", "guardian", "daily", "gazette", "tribune", "telegraph", "nyt"},
	"agency":     {"reuters", "afp", "ap", "press", "agency", "tass", "xinhua", "irna", "sana", "interfax", "ria"},
	"ministry":   {"ministry"},
	"department": {"department"},
	"council":    {"council"},
	"government": {"government", "states", "kremlin", "administration"},
}

// IsOrgDescription reports a noun that stands for an organisation named
// before it: "newspaper", "agency", "ministry".
func IsOrgDescription(w string) bool {
	_, ok := orgKinds[strings.ToLower(w)]
	return ok
}

// OrgFits reports whether the organisation name fits a description such as
// "the newspaper": "The New York Times" does, "Reuters" does not.
func OrgFits(name, description string) bool {
	ds := strings.Fields(strings.ToLower(description))
	kinds := orgKinds[ds[len(ds)-1]]
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, k := range kinds {
			if w == k {
				return true
			}
		}
	}
	return false
}

// IsWeekday reports a day of the week, folded: "monday".
func IsWeekday(w string) bool { return isDayOrMonth(w) && strings.HasSuffix(w, "day") }

// isDayOrMonth reports the name of a day of the week or of a month,
// folded: "monday", "may".
func isDayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}
