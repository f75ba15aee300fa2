package answer

import (
	"context"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/corpus"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// TestWordSetsFindWhatTheRegexpsFind: a wordSet finds its words wherever
// the case-insensitive regexp of them between \b does, in the built-in
// articles and at the edges a regexp's \b sees.
func TestWordSetsFindWhatTheRegexpsFind(t *testing.T) {
	lines := corpusLines(t)
	for _, c := range []struct {
		name  string
		set   wordSet
		re    string
		edges []string
	}{
		{"monthOrDay", monthOrDay,
			`(?i)\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|yesterday|today|tomorrow|tonight|spring|summer|autumn|winter)\b`,
			[]string{"", "May", "MAY", "mayor", "dismay", "May's", "in_may", "(Sept.", "Sept22", "Sept 22", "sepember",
				"Ümay", "Décember", "déc", "on Monday—or Tuesday", "springs", "Spring-time", "a 2016-09-22 date", "über Juli"}},
		{"placeWords", placeWords,
			`(?i)\b(north|south|east|west|northern|southern|eastern|western|central|region|city|capital|island|coast|border|province|country|village|town|mission|headquarters|embassy|hotel|palace|building|room|river|sea|ocean|mountains?)\b`,
			[]string{"the Mountains", "mountainous", "North-east", "sea-side", "towns", "a Town_hall", "in the city", "CAPITAL"}},
	} {
		re := regexp.MustCompile(c.re)
		found := 0
		for _, text := range append(c.edges, lines...) {
			want := re.MatchString(text)
			if got := c.set.In(text); got != want {
				t.Errorf("%s.In(%q) = %v, the regexp says %v", c.name, text, got, want)
			}
			if want {
				found++
			}
		}
		if found < 10 {
			t.Errorf("%s: only %d texts hold its words: the check compares too little", c.name, found)
		}
	}
}

// TestPrefilterWordsGuardTheirRegexps: a text without any of a pattern's
// guard words is one the pattern cannot match.
func TestPrefilterWordsGuardTheirRegexps(t *testing.T) {
	cases := []string{
		"in the 19th century", "about 300 BC", "two years ago", "last week", "three days later",
		"at the time", "in the early 1990s", "for decades", "during the war", "earlier this month",
	}
	for _, text := range cases {
		if !centuryRe.MatchString(text) && !relTimeRe.MatchString(text) {
			t.Errorf("%q matches neither pattern: the case tests nothing", text)
		}
	}
	numbers := []string{"three people", "Fifty-one", "a dozen", "50%", "half of them", "1,200", "Millions"}
	for _, text := range append(append(cases, numbers...), corpusLines(t)...) {
		if (centuryRe.MatchString(text) && !centuryWords.In(text)) || (relTimeRe.MatchString(text) && !relTimeWords.In(text)) {
			t.Errorf("%q matches a pattern its guard words miss", text)
		}
		if numberRe.MatchString(text) && !mayHoldNumber(text) {
			t.Errorf("%q holds a number mayHoldNumber misses", text)
		}
	}
	for _, text := range numbers {
		if !numberRe.MatchString(text) {
			t.Errorf("%q holds no number: the case tests nothing", text)
		}
	}
}

// corpusLines returns the lines of the built-in articles.
func corpusLines(t *testing.T) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(corpus.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus.FS(), path)
		out = append(out, strings.Split(string(data), "\n")...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGivenAsReason: "given the …" gives a reason, a passive's "given"
// does not.
func TestGivenAsReason(t *testing.T) {
	for text, want := range map[string]bool{
		"It was impossible to negotiate given the suffering on the ground.": true,
		"Given the damage, the talks were put off.":                         true,
		"She was given the award in May.":                                   false,
		"The envoys had been given their orders.":                           false,
	} {
		if got := givenAsReason(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestEventTimed: "after" or "before" an event places a time, as does
// a phase of one ("at the beginning of each term"); "named after"
// someone places none.
func TestEventTimed(t *testing.T) {
	for text, want := range map[string]bool{
		"Immediately after Decision Time a debate is held.": true,
		"Before the vote, the union met.":                   true,
		"The hall was named after a fisherman.":             false,
		"The street is called after the king.":              false,
		"The harbour is quiet.":                             false,
		"Boards are elected at the beginning of each term.": true,
		"After a short debate, members vote.":               true,
		"By the end of the war the port was closed.":        true,
		"The end of the pier is closed.":                    false,
	} {
		if got := eventTimed(text); got != want {
			t.Errorf("eventTimed(%q) = %v", text, got)
		}
	}
}

// exactQuery is a question whose words are met only as written: no
// index, lexicon or vectors.
func exactQuery(text string) match.Query {
	q := question.Parse(text)
	qr := match.Query{Question: q}
	for _, w := range q.Words {
		qr.Words = append(qr.Words, match.Word{Word: w, Alts: []match.Alt{{Term: w.Term, Credit: 1}}})
	}
	return qr
}

// TestTimesOtherEvent: a sentence that says when something else took
// place does not answer when the question's event did, unless the event
// it is timed by is the question's.
func TestTimesOtherEvent(t *testing.T) {
	for _, tt := range []struct {
		question, text string
		want           bool
	}{
		{"when did the strike start?", "The summit took place days after a strike by dockers had ended.", true},
		{"when did the strike end?", "The summit took place days after a strike by dockers had ended.", false},
		{"when was the summit?", "The summit took place days after a strike by dockers had ended.", false},
		{"when did the strike start?", "The vote, which was held in May, ended the strike.", true},
		{"when did the strike start?", "It took place in May.", false},
		{"when did the strike start?", "The strike began in May.", false},
		{"when will the strike end?", "Owners hope for a deal at the talks, scheduled for May 3.", true},
		{"when are the talks?", "Owners hope for a deal at the talks, scheduled for May 3.", false},
		{"when was the recording made?", "The gazette had a recording of the long discussion that took place on May 3.", false},
		{"when was the strike called?", "The gazette had a recording of the long discussion that took place on May 3.", true},
	} {
		if got := timesOtherEvent(exactQuery(tt.question), tt.text); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.question, tt.text, got, tt.want)
		}
	}
}

// TestPlaceOfAVerbOfSeveralWords: "where did the meeting happen?" is
// answered where a place follows "took place", the verb of several words
// that meets "happen", as it is where a place follows a word of the
// question itself.
func TestPlaceOfAVerbOfSeveralWords(t *testing.T) {
	article := "Harbour Talks\n\nThe newspaper said the discussion took place at the Oslo Mission on Sept. 22.\n" +
		"Brandt said the vote would end in Veltra.\n"
	_, ix := buildIndex(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	qr := match.NewMatcher(ix, lx, nil).Prepare(question.Parse("where did the meeting happen"))
	if !placeOfQuestionWord(qr, "The newspaper said the discussion took place at the Oslo Mission on Sept. 22.") {
		t.Error("a place after \"took place\" is not the place of the meeting's happening")
	}
	if placeOfQuestionWord(qr, "Brandt said the vote would end in Veltra.") {
		t.Error("a place after another verb is read as the meeting's")
	}
}

// TestByAgent: a sentence that names after "by" who did what the
// question asks who did answers it, a name or not; "by" a time does not.
func TestByAgent(t *testing.T) {
	for _, tt := range []struct {
		question, text string
		want           bool
	}{
		{"who recorded the vote?", "The vote was recorded by a docker who attended the session.", true},
		{"who recorded the vote?", "The vote was recorded by the end of May.", false},
		{"who recorded the vote?", "The vote was recorded by 2011.", false},
		{"who recorded the vote?", "The vote was held by the harbour.", false},
		{"who recorded the vote?", "A docker who attended recorded the vote.", false},
	} {
		if got := byAgent(exactQuery(tt.question), tt.text); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.question, tt.text, got, tt.want)
		}
	}
}

// TestTheQuestionsMonthIsNoAnswer: "when did the truce in March end?" is
// not answered by "a March truce", which names only the question's
// month.
func TestTheQuestionsMonthIsNoAnswer(t *testing.T) {
	text := "The envoy called for a March truce to be enforced."
	if got := answerType(exactQuery("when did the truce in March end?"), text, nil); got != 0 {
		t.Errorf("the question's month: %v", got)
	}
	if got := answerType(exactQuery("when did the truce end?"), text, nil); got != 1 {
		t.Errorf("a month: %v", got)
	}
}

// TestADayBeforeItsMonthIsATime: "24 August" and "3 Oct." date; "3
// marines" and "15 mayors" count.
func TestADayBeforeItsMonthIsATime(t *testing.T) {
	for _, c := range []struct {
		number, after string
		want          bool
	}{
		{"24", " August – 3 October 1572", true},
		{"3", " Oct. 1572", true},
		{"3", " marines were hurt", false},
		{"15", " mayors met", false},
		{"300", " May", false},
	} {
		if got := timeNumber("the riots of ", c.number, c.after); got != c.want {
			t.Errorf("%s%s: %v, want %v", c.number, c.after, got, c.want)
		}
	}
}

// TestReasonsGivenAsAResponse: "in protest against", "in response to",
// "for fear of" give a reason, as "because" does; a protest or a
// response that is only what happened gives none.
func TestReasonsGivenAsAResponse(t *testing.T) {
	for text, want := range map[string]bool{
		"They switched to German in protest against the occupation.": true,
		"The port closed in response to the strike.":                 true,
		"The ferries stayed in port for fear of the storm.":          true,
		"They acted out of fear for their homes.":                    true,
		"A protest was held in May.":                                 false,
		"Her response came a week later.":                            false,
	} {
		if got := reasonWords.In(text) && reasonRe.MatchString(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestATitleIsNoPlace: "in response to Secretary Brandt" names a person
// after "to", not a place; "to Veltra" names one.
func TestATitleIsNoPlace(t *testing.T) {
	_, ix := buildIndex(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\nThe dockers met in the hall.\n")}})
	qr := match.NewMatcher(ix, nil, nil).Prepare(question.Parse("where did the dockers meet"))
	for text, want := range map[string]float64{
		"In response to Secretary Brandt, the dockers said they would not meet.": 0,
		"The dockers said they would meet Gov. Brandt on Friday.":                0,
		"The dockers said they would travel to Veltra to meet.":                  1,
	} {
		if got := answerType(qr, text, nil); got != want {
			t.Errorf("answerType(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTheDatelineIsInTheHeadlinesTerms: a report's dateline place
// ("SYRACUSE, N.Y. -", "BEIRUT (Reuters) -") places every sentence of it,
// as its headline does; an opening that is no dateline adds nothing.
func TestTheDatelineIsInTheHeadlinesTerms(t *testing.T) {
	docs, ix := buildIndex(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mayor Returns\n\nVELTRA, Norland - The last time Mayor Olsen came to this town, he was running for office.\n\nThe crowd was smaller on Friday.\n")},
		"b.txt": {Data: []byte("Ferry Talks\n\nOSLO (Nordwire) - Ferry owners met on Monday.\n")},
		"c.txt": {Data: []byte("Harbour Fair\n\nThe harbour fair in Morvik opened on Friday - early.\n")},
	})
	for doc, want := range map[int]string{0: "veltra", 1: "oslo"} {
		if ts := headlineTerms(ix, doc); !slices.Contains(ts, term.Word(want)) {
			t.Errorf("%s: headline terms %v lack %q", docs[doc].Source, ts, want)
		}
	}
	if ts := headlineTerms(ix, 2); slices.Contains(ts, term.Word("morvik")) {
		t.Errorf("no dateline: headline terms %v", ts)
	}
}

// TestAListOfNamesInTheHeadlinePinsNoSentence: a headline that lists
// people ("Olsen, Lind, Brandt earned fees …", "Olsen and Lind face the
// voters") speaks for every sentence with its other words, not its
// names: a sentence about one of them is about none of the others. One
// name of several words ("French and Indian War") stays.
func TestAListOfNamesInTheHeadlinePinsNoSentence(t *testing.T) {
	docs, ix := buildIndex(t, fstest.MapFS{
		"a.txt": {Data: []byte("Olsen, Lind, Brandt earned speaking fees during campaign\n\nOlsen gave seven paid talks.\n")},
		"b.txt": {Data: []byte("Olsen and Lind face the voters in Vardo\n\nThe vote is on Sunday.\n")},
		"c.txt": {Data: []byte("French and Indian War\n\nThe war was fought in North America.\n")},
	})
	for doc, c := range []struct{ left, kept []string }{
		{[]string{"olsen", "lind", "brandt"}, []string{"speaking", "fees"}},
		{[]string{"olsen", "lind"}, []string{"voters", "vardo"}},
		{nil, []string{"french", "indian", "war"}},
	} {
		ts := pinningTerms(ix, doc)
		for _, w := range c.left {
			if slices.Contains(ts, term.Word(w)) {
				t.Errorf("%s: %q pins its sentences: %v", docs[doc].Source, w, ts)
			}
		}
		for _, w := range c.kept {
			if !slices.Contains(ts, term.Word(w)) {
				t.Errorf("%s: %q lost: %v", docs[doc].Source, w, ts)
			}
		}
	}
}

// buildIndex reads the articles of fsys and indexes them in memory.
func buildIndex(t *testing.T, fsys fstest.MapFS) ([]document.Document, *index.Index) {
	t.Helper()
	docs, err := document.LoadCorpus(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return docs, ix
}

// TestANameEndingInTheKindNamesOne: asked "which school", a name that
// ends with "School" names one ("the city's Harbour School"); the noun
// inside another's name does not ("the School Board of Veltra"), nor
// does the question's own name.
func TestANameEndingInTheKindNamesOne(t *testing.T) {
	article := "Schools\n\nOmar Lind, the one who got into the city's Harbour School, studied law.\nThe School Board of Veltra met.\n"
	_, ix := buildIndex(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	qr := match.NewMatcher(ix, nil, nil).Prepare(question.Parse("which school did omar lind go to"))
	for text, want := range map[string]bool{
		"Omar Lind, the one who got into the city's Harbour School, studied law.": true,
		"The School Board of Veltra met.":                                         false,
	} {
		if got := namesKind(qr, text); got != want {
			t.Errorf("namesKind(%q) = %v, want %v", text, got, want)
		}
	}
}
