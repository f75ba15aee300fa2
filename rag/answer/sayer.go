package answer

import (
	"slices"
	"strings"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/quote"
	"github.com/parleybot/parley/rag/term"
)

// askedSayer returns the name words of the one a question asks what they
// said: none when it asks no such thing, or names no one. When it names
// no one else, a word the articles write only inside names is one ("what
// did the Dutch say?": the Dutch Mission said nothing). Whose opinion a
// question asks is one only when they are a person the articles quote.
func askedSayer(ix *index.Index, qr match.Query) []match.Word {
	said := qr.Question.SayerWords()
	if len(said) == 0 {
		return nil
	}
	var out, inNames []match.Word
	for _, w := range qr.Words {
		if len(w.NameAlts) == 0 || !slices.Contains(said, strings.ToLower(w.Surface)) {
			continue
		}
		if w.NameLike || w.Name {
			out = append(out, w)
		} else if ix.IsCapitalised(w.Term) {
			inNames = append(inNames, w)
		}
	}
	if len(out) == 0 {
		out = inNames
	}
	if qr.Question.Opinion && !slices.ContainsFunc(ix.Speakers(), func(sp quote.Speaker) bool {
		return sp.Type == quote.TypePerson && namesSayer(out, qr.TermsOf(sp.Name))
	}) {
		return nil // what Turkey thinks of Assad may be what it does
	}
	return out
}

// askedGroup returns the terms of the words a question asks what they
// said by ("the syrian opposition"), as the articles write them, when one
// of them is no name: a group named by its noun. Nil otherwise.
func askedGroup(qr match.Query) []string {
	if qr.Question.Opinion {
		return nil // what the rebels think of Assad may be what they do
	}
	var out []string
	common := false
	for _, w := range qr.Question.SayerWords() {
		t := qr.Word(w)
		if t == "" {
			continue
		}
		out = append(out, asWritten(qr, t)) // "the syrian oposition" is the opposition
		common = common || !slices.ContainsFunc(qr.Words, func(qw match.Word) bool { return qw.Term == t && (qw.NameLike || qw.Name) })
	}
	if !common {
		return nil
	}
	return out
}

// saidBy reports whether sentence s of document doc gives the words of
// the one named by sayer: the articles give its quotations to them or to
// one speaking in a role of theirs, or their name is the subject of a
// word of speech, past the rest of a name, a role, an adverb and a "was
// trying to" ("Kerry said", "Lavrov also said", "State Department
// spokesman John Kirby said", "according to Kerry"). An
// inverted "…," said Kerry is a quotation the articles give him, and
// "says Obama is flouting" is not Obama's saying. "What did Obama say?"
// is not answered by "an argument within the Obama administration".
func saidBy(ix *index.Index, terms *termsMemo, sayer []match.Word, group []string, speaking map[string]bool, doc, s int) bool {
	// A speaker's own name, or a role they speak in.
	speakers := ix.PeopleQuotedIn(doc, s)
	if slices.ContainsFunc(speakers, func(sp string) bool { return namesSayer(sayer, terms.of(sp)) || speaking[sp] }) {
		return true
	}
	// An organisation's words are its own when its name holds every word
	// of the one asked about: "what did the ADL say?" is answered by what
	// the articles give "the Anti-Defamation League" to say.
	if len(sayer) > 0 {
		for _, q := range ix.QuotesIn(doc, s) {
			if q.SpeakerType != quote.TypePerson && !slices.ContainsFunc(sayer, func(w match.Word) bool { return w.NameCredit(terms.of(q.Speaker)) == 0 }) {
				return true
			}
		}
	}
	// A group asked for by a noun of its own ("the Syrian opposition")
	// speaks as the articles' group that holds all its words ("Syrian
	// opposition leaders"); a name alone ("Syria") is no group's.
	if len(group) > 0 {
		for _, q := range ix.QuotesIn(doc, s) {
			// Or whose role holds them: George Sabra, "the president of
			// the Syrian National Council, the biggest member of the
			// opposition coalition", speaks for the opposition.
			for _, ts := range [][]string{terms.of(q.Speaker), terms.of(roleOf(ix, q.Speaker))} {
				if !slices.ContainsFunc(group, func(g string) bool { return !slices.Contains(ts, g) }) {
					return true
				}
			}
		}
	}
	// Or the name is the subject of the sentence's word of speech, a
	// quotation in it given to its spokesman: "The US was trying to
	// stress peace talks were "the way …," she added". A group asked for
	// by its noun alone is met by its last word: "… the lawsuit said",
	// "Police said".
	subject := func(t string) bool { return namesSayer(sayer, []string{t}) }
	if len(sayer) == 0 {
		if len(group) == 0 {
			return false
		}
		head := group[len(group)-1]
		subject = func(t string) bool { return t == head }
	}
	if !slices.ContainsFunc(ix.SentenceTerms(doc, s), subject) {
		return false // the sentence's words are read only when it names them
	}
	toks := term.Tokenize(ix.Documents()[doc].Sentences[s].Text)
	speech := func(t term.Token) bool {
		w := strings.ToLower(t.Surface)
		// "to stress" is a word of speech as "stresses" is.
		return quote.ReportsSpeech(w) || answering[w] || findings[w] || quote.ReportsSpeech(w+"s") || quote.ReportsSpeech(w+"es")
	}
	for i, t := range toks {
		// A name of two words is one token: "United States" is the U.S.
		if t.Term == "" || !subject(t.Term) {
			continue
		}
		if i > 1 && strings.EqualFold(toks[i-2].Surface, "according") {
			return true
		}
		if supposedBefore(toks, i) {
			// "If Secretary Clinton thinks that I just come from a small
			// state …": a case put, not her saying.
			continue
		}
		// Past the rest of the name, a spokesman's role and name ("State
		// Department spokesman John Kirby said") and an adverb or two.
		j := i + 1
		for j < len(toks) && j <= i+5 && (toks[j].Capitalized || quote.IsRole(toks[j].Surface) || quote.StandsBeforeSpeech(strings.ToLower(toks[j].Surface))) {
			j++
		}
		if j < len(toks) && denied(toks[i+1:j]) && !answering[strings.ToLower(toks[j].Surface)] {
			// "Ramos said Trump has not replied": no saying of his. ("Did
			// not immediately respond" is his answer, a refusal.)
			continue
		}
		if j < len(toks) && speech(toks[j]) && (!gerund(toks[j]) || opensSentence(toks[:i])) {
			// "Union leader Omar Ali criticised the fees of Mayor Tomas
			// Berg, arguing that …": a participle after a name later in
			// the sentence is its subject's.
			return true
		}
		if opensSentence(toks[:i]) && speakingLater(toks[j:], speech) {
			return true
		}
	}
	return false
}

// supposedBefore reports a name at toks[i] that "if", "unless" or
// "whether" puts as a case, a title or two between: "If Secretary
// Clinton thinks …".
func supposedBefore(toks []term.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Surface) {
		case "if", "unless", "whether":
			return true
		}
		if !toks[j].Capitalized && !quote.IsRole(toks[j].Surface) {
			return false
		}
	}
	return false
}

// denied reports whether the words between a name and its verb deny it:
// "has not replied".
func denied(toks []term.Token) bool {
	return slices.ContainsFunc(toks, func(t term.Token) bool { return strings.EqualFold(t.Surface, "not") })
}

// maxSpeakingGap is how many words a subject's clause may run before the
// word of speech speakingLater finds in it.
const maxSpeakingGap = 15

// speakingLater reports whether toks, the words after a subject, go on
// to it saying something in a clause of its own: "Donald Trump has
// offered few ideas aside from stating that the government shouldn't
// profit", "Obama came out of meetings … and reported that …". The
// clause ends at another name or a relative pronoun, whose words those
// would be ("… criticised Clinton, saying that").
func speakingLater(toks []term.Token, speech func(term.Token) bool) bool {
	for k, t := range toks[:min(len(toks), maxSpeakingGap)] {
		w := strings.ToLower(t.Surface)
		if t.Capitalized || w == "who" || w == "whom" || w == "which" || w == "whose" {
			return false
		}
		if gerund(t) && speech(t) && k+1 < len(toks) && (strings.EqualFold(toks[k+1].Surface, "that") || toldTo(toks[k+1:])) {
			return true
		}
		if k > 0 && strings.EqualFold(toks[k-1].Surface, "and") && !gerund(t) && speech(t) && k+1 < len(toks) && strings.EqualFold(toks[k+1].Surface, "that") {
			// "President Obama came out of meetings with our closest
			// allies and reported that they are 'rattled'": a second
			// verb of the same subject.
			return true
		}
	}
	return false
}

// maxToldWords is how many words the one told may take in toldTo.
const maxToldWords = 3

// toldTo reports whether toks, after a word of speech, name whom it
// addresses and go on to what they are told: "telling Christie to get on
// a plane", "urging them to vote", "telling Kerry that".
func toldTo(toks []term.Token) bool {
	for k, t := range toks[:min(len(toks), maxToldWords+1)] {
		w := strings.ToLower(t.Surface)
		if k > 0 && (w == "to" || w == "that") {
			return true
		}
		if !t.Capitalized && !objectPronouns[w] {
			return false
		}
	}
	return false
}

// objectPronouns may be the one a word of speech addresses.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true}

// gerund reports whether t is a verb's -ing form: "saying", "arguing".
func gerund(t term.Token) bool { return strings.HasSuffix(strings.ToLower(t.Surface), "ing") }

// opensSentence reports whether toks, the words before a name, are only
// the capitalised words and roles that open a sentence with it
// ("Union leader", "Mayor"): the name is the sentence's subject.
func opensSentence(toks []term.Token) bool {
	return !slices.ContainsFunc(toks, func(t term.Token) bool {
		return t.Term != "" && !t.Capitalized && !quote.IsRole(t.Surface)
	})
}

// namesSayer reports whether terms ts name the one a question asks what
// they said.
func namesSayer(sayer []match.Word, ts []string) bool {
	return slices.ContainsFunc(sayer, func(w match.Word) bool { return w.NameCredit(ts) > 0 })
}

// speakingFor returns the speakers who speak for the one a question asks
// what they said, by a role the articles give them anywhere: a role that
// names it ("U.S. Secretary of State John Kerry" speaks for the US where
// an article calls him only "Secretary of State"), or one in an
// organisation the articles name as its ("State Department spokesman"
// speaks for the US when an article writes "the U.S. State Department").
func speakingFor(ix *index.Index, terms *termsMemo, sayer []match.Word) map[string]bool {
	var orgs [][]string // the words of the articles' organisations named as the sayer's, but the sayer's
	for _, sp := range ix.Speakers() {
		if ts := terms.of(sp.Name); namesSayer(sayer, ts) { // of any type: the quotation reader may take "the Norway Harbour Board" for a person
			orgs = append(orgs, slices.DeleteFunc(slices.Clone(ts), func(t string) bool { return namesSayer(sayer, []string{t}) }))
		}
	}
	speaks := func(role string) bool {
		if namesSayer(sayer, terms.of(role)) {
			return true
		}
		var org []string // the role's words that are no role: "State Department"
		for _, t := range term.Tokenize(role) {
			if t.Term != "" && !quote.IsRole(t.Surface) {
				org = append(org, t.Term)
			}
		}
		return len(org) > 0 && slices.ContainsFunc(orgs, func(ts []string) bool { return slices.Equal(org, ts) })
	}
	out := map[string]bool{}
	roles := map[string]bool{} // each role read once: many quotations share one
	add := func(speaker, role string) {
		if role == "" || out[speaker] {
			return
		}
		ok, seen := roles[role]
		if !seen {
			ok = speaks(role)
			roles[role] = ok
		}
		if ok {
			out[speaker] = true
		}
	}
	for _, q := range ix.Quotes() {
		add(q.Speaker, q.Role)
	}
	for _, sp := range ix.Speakers() {
		// The role the articles give a speaker where no quotation of
		// theirs is: "U.N. envoy Staffan de Mistura's urgent plea".
		add(sp.Name, sp.Role)
	}
	return out
}

// answering are the words of an answer, or of its refusal, to a question
// put to someone: "did not immediately respond", "declined to comment".
var answering = map[string]bool{
	"respond": true, "responded": true, "comment": true, "commented": true, "declined": true,
}

// findings are the verbs by which a body gives its view, which is what
// it says: "the Congressional Budget Office cited the tax as a major
// reason …", "the study found", "the court ruled".
var findings = map[string]bool{
	"cited": true, "cites": true, "found": true, "finds": true, "believes": true, "believed": true,
	"thinks": true, "thought": true, "projected": true, "projects": true, "recommended": true,
	"recommends": true, "ruled": true,
}

// sayTopicWords returns the places among the question's words of the
// words of what it asks someone said about ("the ceasefire" of "what did
// Kerry say about the ceasefire?"), past the sayer's own; none when it
// asks no topic.
func sayTopicWords(qr match.Query, sayer []match.Word, group []string) []int {
	m := qr.AskedMatch(sayTopicRe)
	if m == nil {
		return nil
	}
	var out []int
	for _, t := range qr.TermsOf(m[1]) {
		if slices.ContainsFunc(sayer, func(w match.Word) bool { return w.Term == t }) || slices.Contains(group, t) {
			continue
		}
		if i := slices.IndexFunc(qr.Words, func(w match.Word) bool { return w.Term == t }); i >= 0 && len(qr.Words[i].Alts) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// speaksOf reports whether sentence s of document doc, with terms own,
// may speak of the topic a question asks what was said about (its words
// at topic, from sayTopicWords): the sentence, or its article's headline
// (headline, its pinningTerms) or lede, meets at least half the topic's
// weight (topicMet). "What did
// Kerry say about the ceasefire?" is not answered by what he says in a
// sentence that only follows one on the ceasefire, but in a report on
// the Astana talks what Lavrov says of "the gathering" is about Astana.
// With no topic, any sentence may.
func speaksOf(ix *index.Index, qr match.Query, topic []int, doc, s int, own, headline []string) bool {
	if len(topic) == 0 {
		return true
	}
	about := [][]string{own, headline}
	if k := ledeOf(ix, doc); k >= 0 && s-k <= ledeReach {
		about = append(about, ix.SentenceTerms(doc, k))
	}
	return topicMet(qr, topic, about...)
}

// topicMet reports whether the term lists meet at least half the weight
// of the topic's words, each at its best credit above a loose
// paraphrase's: "the middle class" is not met by "group", which WordNet
// relates to "class" alone. With no topic, it holds.
func topicMet(qr match.Query, topic []int, sets ...[]string) bool {
	got, all := 0.0, 0.0
	for _, i := range topic {
		w := qr.Words[i]
		all += w.Weight
		best := 0.0
		for _, ts := range sets {
			if c := w.Credit(ts); c > match.CreditLoose {
				best = max(best, c)
			}
		}
		got += best * w.Weight
	}
	return got >= all/2
}

// sayerName is how an answer names the one a question asks what they
// said: the articles' name for the one person they quote whom its words
// name ("kery" typed is John Kerry), or the name as typed
// (nameAsWritten) when they quote no such person, or two ("Clinton").
func sayerName(ix *index.Index, qr match.Query, sayer []match.Word) string {
	name := ""
	for _, sp := range ix.Speakers() {
		if sp.Type == quote.TypePerson && namesSayer(sayer, qr.TermsOf(sp.Name)) {
			if name != "" {
				return nameAsWritten(qr.Question.Sayer)
			}
			name = sp.Name
		}
	}
	if name == "" {
		return nameAsWritten(qr.Question.Sayer)
	}
	return name
}
