package match

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/lexicon"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
	"github.com/parleybot/parley/rag/wordvec"
)

// indexOver indexes one article.
func indexOver(t *testing.T, article string) *index.Index {
	t.Helper()
	docs, err := document.LoadCorpus(fstest.MapFS{"a.txt": {Data: []byte(article)}}, "t")
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// matcherOver indexes one article and matches against it, with no
// lexicon and no word vectors.
func matcherOver(t *testing.T, article string) *Matcher {
	t.Helper()
	return NewMatcher(indexOver(t, article), nil, nil)
}

// lexiconMatcherOver indexes one article and matches against it with
// WordNet, and no word vectors.
func lexiconMatcherOver(t *testing.T, article string) *Matcher {
	t.Helper()
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	return NewMatcher(indexOver(t, article), lx, nil)
}

// wordAlts returns how the question q's word, as typed, is met, and
// whether q has that word.
func wordAlts(m *Matcher, q, word string) ([]Alt, bool) {
	for _, w := range m.Prepare(question.Parse(q)).Words {
		if w.Surface == word {
			return w.Alts, true
		}
	}
	return nil, false
}

// TestDigitsMeetRomanNumerals: "oslo 3" meets the "Oslo III" an article
// writes; a number the articles never write as a numeral gets no such
// alternative, and one is never read as "I".
func TestDigitsMeetRomanNumerals(t *testing.T) {
	m := matcherOver(t, "Talks\n\nThe Oslo III conference was first talked of in March. I think so, said one of 2 envoys.\n")
	alts := func(q, word string) []Alt {
		a, ok := wordAlts(m, q, word)
		if !ok {
			t.Fatalf("%q: no word %q", q, word)
		}
		return a
	}
	if got := alts("when was oslo 3 first talked of", "3"); !hasAlt(got, "iii") {
		t.Errorf("3: alternatives %v, want iii", got)
	}
	if got := alts("when was oslo 4 first talked of", "4"); hasAlt(got, "iv") {
		t.Errorf("4: alternatives %v, but the article has no IV", got)
	}
	if romanNumeral("1") != "" || romanNumeral("14") != "XIV" || romanNumeral("20") != "XX" || romanNumeral("21") != "" || romanNumeral("x") != "" {
		t.Error("romanNumeral reads numbers wrongly")
	}
}

// TestAccentsMeet: a word typed without its accents meets the word the
// articles write with them, and the other way round.
func TestAccentsMeet(t *testing.T) {
	m := matcherOver(t, "Rulers\n\nTugh Temür supported the academy. The envoy met Lopez in Besancon.\n")
	for word, want := range map[string]string{"Temur": "temür", "López": "lopez", "Besançon": "besancon"} {
		var got []Alt
		for _, w := range m.Prepare(question.Parse("what did " + word + " do")).Words {
			if w.Surface == word {
				got = w.Alts
			}
		}
		if !hasAlt(got, want) {
			t.Errorf("%s: alternatives %v, want %s", word, got, want)
		}
	}
	if stripAccents("Möngke") != "Mongke" || stripAccents("talks") != "talks" {
		t.Error("stripAccents")
	}
}

// TestChatAcronyms: an acronym typed in lower case is read as the name
// whose initials it is, unless the lexicon knows it as a word ("war" is
// never Western Agrarian Revival), and not without the lexicon.
func TestChatAcronyms(t *testing.T) {
	const article = "Parties\n\nThe Western Agrarian Revival and the Northern Farmers Union met in Oslo on Monday.\nThe union and Taxes Hurt Everyone, a new party, met again.\n"
	m := lexiconMatcherOver(t, article)
	for in, want := range map[string]string{
		"why did the nfu meet":  "why did the Northern Farmers Union meet",
		"why did the NFU meet":  "why did the Northern Farmers Union meet",
		"who leads the nfu's":   "who leads the Northern Farmers Union's",
		"who leads the nfu’s":   "who leads the Northern Farmers Union’s",
		"what did the war want": "what did the war want",
		"who won the vote":      "who won the vote", // a stop word is no acronym

		"what did the nf want": "what did the nf want", // two letters: too short to tell

		// An acronym in brackets after its name glosses it: said once.
		"the Northern Farmers Union (NFU) met in Oslo":   "the Northern Farmers Union met in Oslo",
		"the Northern Farmers Union (NFU), a party, met": "the Northern Farmers Union, a party, met",
		"the union (NFU) met":                            "the union (Northern Farmers Union) met",
	} {
		if got := m.ExpandAcronyms(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	if got := matcherOver(t, article).ExpandAcronyms("why did the nfu meet"); got != "why did the nfu meet" {
		t.Errorf("without the lexicon: %q", got)
	}
}

// TestAcronymWrittenAsAPossessive: an acronym the articles write only
// as a possessive ("the NFU’s leader") is still one they write, so the
// question's acronym may be met by the name it stands for.
func TestAcronymWrittenAsAPossessive(t *testing.T) {
	name := strings.Join(term.Of("Northern Farmers Union"), " ")
	for _, apostrophe := range []string{"’", "'"} {
		m := lexiconMatcherOver(t, "Parties\n\nThe Northern Farmers Union met in Oslo on Monday.\nThe NFU"+apostrophe+"s leader spoke after.\n")
		qr := m.Prepare(question.Parse("where did the nfu meet"))
		if !slices.ContainsFunc(qr.Words[0].Alts, func(a Alt) bool { return a.Term == name }) {
			t.Errorf("NFU%ss: %+v, want %q among its alternatives", apostrophe, qr.Words[0], name)
		}
	}
}

// TestAcronymOfANameBeforeASlash: "a Veltra Harbour Courier/CBS News
// survey" writes the Courier's name whole: "vhc" typed stands for it.
func TestAcronymOfANameBeforeASlash(t *testing.T) {
	m := lexiconMatcherOver(t, "Polls\n\nMayor Brandt leads, according to a Veltra Harbour Courier/CBS News survey released on Thursday.\n")
	if got, want := m.ExpandAcronyms("what does the vhc poll say"), "what does the Veltra Harbour Courier poll say"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// tables loads the embedded WordNet table and word vectors.
func tables(t *testing.T) (*lexicon.Lexicon, *wordvec.Table) {
	t.Helper()
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	vec, err := wordvec.Load()
	if err != nil {
		t.Fatal(err)
	}
	return lx, vec
}

// TestNearWordsAreNoOpposites: word vectors put opposites close (rise and
// fall), but a word's near words leave its WordNet antonyms out, and the
// antonyms of its related words.
func TestNearWordsAreNoOpposites(t *testing.T) {
	lx, vec := tables(t)
	base := matcherOver(t, "Markets\n\nShares fall when rates climb, and they rise again when rates drop.\n")
	m := NewMatcher(base.ix, lx, vec)
	near := m.Near(term.Word("rise"))
	if slices.Contains(near, term.Word("fall")) {
		t.Errorf("near words of rise %v hold its opposite, fall", near)
	}
	if !slices.Contains(near, term.Word("climb")) {
		t.Errorf("near words of rise %v lack climb", near)
	}
	// WordNet gives "start" only "stop" as its opposite, but "begin", as
	// near as a synonym, has "end".
	base = matcherOver(t, "Talks\n\nThe talks start today and end in May; the last ones began in March.\n")
	m = NewMatcher(base.ix, lx, vec)
	if near := m.Near(term.Word("start")); slices.Contains(near, term.Word("end")) {
		t.Errorf("near words of start %v hold end", near)
	}
	// "increase" is no antonym of "cut" in WordNet, but it is of
	// "reduce", a related word of "cut" in its sense in the news.
	base = matcherOver(t, "Budget\n\nThe plan increases taxes and slashes fees.\n")
	m = NewMatcher(base.ix, lx, vec)
	if near := m.Near(term.Word("cut")); slices.Contains(near, term.Word("increase")) || !slices.Contains(near, term.Word("slash")) {
		t.Errorf("near words of cut %v: want slash, not increase", near)
	}
	if opp := m.Opposites(term.Word("cut")); !slices.Contains(opp, term.Word("increase")) {
		t.Errorf("opposites of cut %v lack increase", opp)
	}
}

// TestRelatedWordsInTheArticlesSense: WordNet relates "host" to "army"
// (a host of angels) and to "entertain"; in an article on a summit, a
// question about who hosts it meets "entertained", whose vector is near,
// and not the army, whose vector is as far as an unrelated word's.
// Without vectors both relations stand.
func TestRelatedWordsInTheArticlesSense(t *testing.T) {
	lx, vec := tables(t)
	base := matcherOver(t, "Summit\n\nThe army guarded the hall while the mayor entertained the summit.\n")
	alts := func(m *Matcher) []string {
		as, _ := wordAlts(m, "who hosts the summit?", "hosts")
		var out []string
		for _, a := range as {
			out = append(out, a.Term)
		}
		return out
	}
	if got := alts(NewMatcher(base.ix, lx, nil)); !slices.Contains(got, term.Word("army")) || !slices.Contains(got, term.Word("entertain")) {
		t.Fatalf("without vectors, hosts is met by %v; want army and entertain", got)
	}
	got := alts(NewMatcher(base.ix, lx, vec))
	if slices.Contains(got, term.Word("army")) {
		t.Errorf("hosts is met by %v: army is another sense", got)
	}
	if !slices.Contains(got, term.Word("entertain")) {
		t.Errorf("hosts is met by %v, without entertain", got)
	}
}

// TestClippedWords: a word nothing knows that begins a longer corpus word
// is met as that word ("prep" as "preparatory"); a short one is not.
func TestClippedWords(t *testing.T) {
	m := matcherOver(t, "Port Talks\n\nPreparatory talks on the harbour began in Oslo. The delegates prepared well.\n")
	alts := func(q, word string) []Alt {
		a, _ := wordAlts(m, q, word)
		return a
	}
	if got := alts("when did the prep talks begin", "prep"); !hasAlt(got, term.Word("preparatory")) && !hasAlt(got, term.Word("prepared")) {
		t.Errorf("prep: alternatives %v, want a word it begins", got)
	}
	if got := alts("when did the del talks begin", "del"); len(got) != 0 {
		t.Errorf("del is too short to complete: %v", got)
	}
}

// TestSurnameNamesThePerson: a sentence that names a person by surname
// meets the question's first name too ("Kerry responded" for "how did John
// Kerry respond?"), when the corpus knows the person by both names and the
// question names no one else by that surname; a name that is no person's
// ("Free Syrian Army") gets no such credit.
func TestSurnameNamesThePerson(t *testing.T) {
	m := matcherOver(t, "Harbour Talks\n\n\"We will not sign the deal,\" port director Ilse Brandt said on Friday.\n"+
		"Brandt responded that the union \"cannot pay more.\"\n"+
		"The Harbour Workers Army marched on the port.\n")
	qr := m.Prepare(question.Parse("How did Ilse Brandt respond?"))
	if got := qr.Coverage(term.Of("Brandt responded that the union cannot pay more.")); got < 0.99 {
		t.Errorf("the surname alone covers %.2f of the question, want all of it", got)
	}
	for _, w := range m.Prepare(question.Parse("How did Ilse Brandt answer Tomas Brandt?")).Words {
		if w.surname > 0 {
			t.Errorf("%q goes with a surname the question gives two people", w.Surface)
		}
	}
	qr = m.Prepare(question.Parse("What did the Harbour Workers Army do?"))
	if got := qr.Coverage(term.Of("The army marched on the port.")); got > 0.5 {
		t.Errorf("an army's head word covers %.2f of its name", got)
	}
}

// TestCoverageByTermIsCoverageByWord: coverage read through the index of
// terms Prepare makes is the coverage read word by word, alternative by
// alternative, for direct and related credit, several term lists and a
// surname standing for the person.
func TestCoverageByTermIsCoverageByWord(t *testing.T) {
	m := lexiconMatcherOver(t, "Harbour Talks\n\n"+
		"\"We will not sign the deal,\" port director Ilse Brandt said on Friday.\n"+
		"Brandt responded that the union \"cannot pay more.\"\n"+
		"The dockers postponed the strike at the harbour until the talks resume.\n"+
		"Union leaders said the strike had been delayed twice and wages were frozen.\n")
	sets := [][]string{
		term.Of("Brandt responded that the union cannot pay more."),
		term.Of("The dockers postponed the strike at the harbour."),
		term.Of("Wages were frozen."),
		nil,
	}
	for _, q := range []string{"How did Ilse Brandt respond?", "why was the strike delayed", "what did the union leaders say about pay", "did the dockers stop working at the port", "did Brandt or the union postpone the strike"} {
		qr := m.Prepare(question.Parse(q))
		if qr.byTerm == nil {
			t.Fatalf("%q: Prepare made no index of terms", q)
		}
		for i := range sets {
			for j := i; j <= len(sets); j++ {
				got, want := qr.Coverage(sets[i:j]...), coverByWord(qr, 0, sets[i:j])
				gotD, wantD := qr.DirectCoverage(sets[i:j]...), coverByWord(qr, CreditCorrected, sets[i:j])
				if got != want || gotD != wantD {
					t.Errorf("%q over sets %d..%d: coverage %v / direct %v by term, %v / %v by word", q, i, j, got, gotD, want, wantD)
				}
			}
		}
	}
}

// coverByWord is coverage as its definition reads: each word at its best
// credit over the sets, alternative by alternative (Word.Credit), or whole
// where its surname is met; credits under minCredit count nothing.
func coverByWord(qr Query, minCredit float64, sets [][]string) float64 {
	got := 0.0
	for i := range qr.Words {
		if !qr.Counted(i) {
			continue
		}
		met := 0.0 // the best met of the word's alternatives
		for _, j := range qr.Alternatives(i) {
			w := qr.Words[j]
			best := 0.0
			for _, ts := range sets {
				c := w.Credit(ts)
				if c == 0 && w.surname > 0 && qr.Words[w.surname-1].NameCredit(ts) > 0 {
					c = 1
				}
				if c >= minCredit {
					best = max(best, c)
				}
			}
			met = max(met, best)
		}
		got += met * qr.Words[i].Weight
	}
	return got / qr.Total
}

// TestAlternatives: names that "or" joins are met by either: a sentence
// that says one covers the question as one that says both; each counts
// once, as the heaviest of them. Other words joined by "or" are not
// alternatives.
func TestAlternatives(t *testing.T) {
	m := matcherOver(t, "Harbour Talks\n\n"+
		"Port director Ilse Brandt is in Oslo for the talks.\n"+
		"Further talks are to be held in Bern, led by the union.\n"+
		"The envoy flew between Oslo and Bern twice.\n")
	qr := m.Prepare(question.Parse("Is Ilse Brandt in Oslo or Bern?"))
	var grouped []string
	for _, w := range qr.Words {
		if w.Or > 0 {
			grouped = append(grouped, w.Surface)
		}
	}
	if !slices.Equal(grouped, []string{"Oslo", "Bern"}) {
		t.Fatalf("alternatives %v, want [Oslo Bern]", grouped)
	}
	one := qr.Coverage(term.Of("Ilse Brandt is in Oslo."))
	both := qr.Coverage(term.Of("Ilse Brandt is in Oslo and Bern."))
	if one != both || one < 0.99 {
		t.Errorf("one alternative covers %.2f, both %.2f; want both whole", one, both)
	}
	if got := qr.Coverage(term.Of("The envoy flew between Oslo and Bern.")); got > 0.5 {
		t.Errorf("the alternatives without the person cover %.2f", got)
	}
	for _, w := range m.Prepare(question.Parse("were the talks delayed or cancelled?")).Words {
		if w.Or > 0 {
			t.Errorf("%q is an alternative; only names are", w.Surface)
		}
	}
}

// TestCompoundsMeetTheirWords: a closed compound the articles write as
// two words is met by its head; a word WordNet knows is not split, nor
// one whose parts the articles do not both use.
func TestCompoundsMeetTheirWords(t *testing.T) {
	m := lexiconMatcherOver(t, "Port Report\n\nAir strikes hit the harbour town of Veltra on Monday. The peace keepers stood under a stand of trees.\n")
	for _, tt := range []struct {
		q, word, want string
	}{
		{"which town was hit by airstrikes", "airstrikes", "strike"},
		{"where did the peacekeepers stand", "peacekeepers", "keeper"},
		{"do they understand", "understand", ""},
		{"were there airdrops", "airdrops", ""},
	} {
		alts, ok := wordAlts(m, tt.q, tt.word)
		if !ok {
			t.Fatalf("%q: no word %q", tt.q, tt.word)
		}
		if got := hasAlt(alts, tt.want); tt.want != "" && !got {
			t.Errorf("%q: %s met by %v, want %s", tt.q, tt.word, alts, tt.want)
		}
		if tt.want == "" && slices.ContainsFunc(alts, func(a Alt) bool { return a.Credit == CreditCorrected }) {
			t.Errorf("%q: %s met by %v, want no split", tt.q, tt.word, alts)
		}
	}
}

// TestAlternativeNamesOfSeveralWords: a whole name on each side of "or"
// is one alternative, at the start and the end of the question too.
func TestAlternativeNamesOfSeveralWords(t *testing.T) {
	m := matcherOver(t, "Harbour Talks\n\nPort director Ilse Brandt met Lena Ostrova in Oslo.\n")
	for q, want := range map[string][]string{
		"Ilse Brandt or Lena Ostrova?":       {"Ilse", "Brandt", "Lena", "Ostrova"},
		"did Ilse Brandt or Lena Ostrova go": {"Ilse", "Brandt", "Lena", "Ostrova"},
		"who met Brandt or Ostrova in Oslo":  {"Brandt", "Ostrova"},
		"or Oslo":                            nil,
		"Oslo or":                            nil,
	} {
		var got []string
		for _, w := range m.Prepare(question.Parse(q)).Words {
			if w.Or > 0 {
				got = append(got, w.Surface)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: alternatives %v, want %v", q, got, want)
		}
	}
}

// TestHyphenatedCompoundsMeanTheWhole: a hyphenated compound WordNet
// knows is met as a whole by its last part, through the whole's related
// words, and its other parts are no words of their own ("go" is not the
// "going" of a sentence), though the same word elsewhere in the question
// is; one WordNet does not know keeps its parts.
func TestHyphenatedCompoundsMeanTheWhole(t *testing.T) {
	m := lexiconMatcherOver(t, "Port Talks\n\nThe dockers spoke through intermediaries, and the going was hard. The six-year dispute had lasted six years.\n")
	words := func(q string) []string {
		var out []string
		for _, w := range m.Prepare(question.Parse(q)).Words {
			out = append(out, w.Surface)
		}
		return out
	}
	if ws := words("did they speak through go-betweens"); slices.Contains(ws, "go") {
		t.Errorf("go-betweens gives the words %v, want no \"go\"", ws)
	}
	if alts, ok := wordAlts(m, "did they speak through go-betweens", "betweens"); !ok || !hasAlt(alts, term.Word("intermediaries")) {
		t.Errorf("betweens of go-betweens met by %v, want intermediaries", alts)
	}
	if ws := words("how hard did the going get for the go-betweens"); !slices.Contains(ws, "going") {
		t.Errorf("going … go-betweens gives the words %v, want \"going\" kept", ws)
	}
	if ws := words("how long was the six-year dispute"); !slices.Contains(ws, "six") {
		t.Errorf("six-year gives the words %v, want \"six\" kept", ws)
	}
}

// TestLikenessIsNearnessInMeaning: a sentence on the question's topic is
// liker it than one that shares only its name, though neither says the
// question's other words; a typo, read as the word it misspells, leaves
// the likeness as it was; and without vectors there is none.
func TestLikenessIsNearnessInMeaning(t *testing.T) {
	lx, vec := tables(t)
	base := matcherOver(t, "Veltra Long Ago\n\nThe Veltrans traded salt and wool with the harbour towns.\n"+
		"The Veltrans were devout, and their monks built a church in every village.\n")
	m := NewMatcher(base.ix, lx, vec)
	on, off := term.Of("The Veltrans were devout, and their monks built a church in every village."), term.Of("The Veltrans traded salt and wool with the harbour towns.")
	qr := m.Prepare(question.Parse("What was the religion of the Veltrans?"))
	if qr.Likeness(on) <= qr.Likeness(off) {
		t.Errorf("likeness of the sentence on religion %.3f, not above the one on trade %.3f", qr.Likeness(on), qr.Likeness(off))
	}
	right, typo := m.Prepare(question.Parse("What religion did the monks of Veltra have?")), m.Prepare(question.Parse("What religion did the monsk of Veltra have?"))
	if d := math.Abs(typo.Likeness(on) - right.Likeness(on)); d > 1e-6 {
		t.Errorf("a typo changed the likeness by %.3f", d)
	}
	if l := NewMatcher(base.ix, lx, nil).Prepare(question.Parse("What was the religion of the Veltrans?")).Likeness(on); l != 0 {
		t.Errorf("likeness without vectors: %.3f", l)
	}
}

// TestAPossessiveIsCorrectedWithoutItsEnding: "kery's" is the "kerry's"
// of an article that spells the name right, its ending kept.
func TestAPossessiveIsCorrectedWithoutItsEnding(t *testing.T) {
	lx, _ := tables(t)
	m := lexiconMatcherOver(t, "Talks\n\nJohn Kerry met the envoys in Geneva on Monday.\n")
	fixed, ft, ok := Typo(m.ix, lx, "kery's", term.Word("kery's"))
	if !ok || fixed != "kerry's" || ft != term.Word("Kerry") {
		t.Errorf(`Typo("kery's") = %q, %q, %v; want "kerry's"`, fixed, ft, ok)
	}
}

// TestLoosePhrasingsMeetAtLessCredit: "fall apart" meets an article's
// "collapsed" through their vectors (0.55), below a near word's cosine,
// so at CreditLoose; a word that only shares the topic ("rebels" for
// "opposition", 0.38) meets nothing.
func TestLoosePhrasingsMeetAtLessCredit(t *testing.T) {
	lx, vec := tables(t)
	base := matcherOver(t, "Truce\n\nThe truce collapsed on Monday, and the opposition left the talks.\n")
	m := NewMatcher(base.ix, lx, vec)
	alts, ok := wordAlts(m, "when did the truce fall apart", "fall")
	if !ok || !slices.Contains(alts, Alt{term.Word("collapsed"), CreditLoose}) {
		t.Errorf("fall: %v, want collapsed at %.1f", alts, CreditLoose)
	}
	alts, _ = wordAlts(m, "what did the rebels do", "rebels")
	if slices.ContainsFunc(alts, func(a Alt) bool { return a.Term == term.Word("opposition") }) {
		t.Errorf("rebels met by opposition: %v", alts)
	}
}

// TestNamesJoinedByAndAreTwo: "Oslo" in "Oslo and Veltra" weighs what it
// weighs alone, while "Staffan" of "Staffan Berg" weighs little (a
// sentence saying "Berg" names him).
func TestNamesJoinedByAndAreTwo(t *testing.T) {
	m := matcherOver(t, "Talks\n\nOslo and Veltra signed the accord.\nStaffan Berg spoke for Oslo.\nBerg left early.\n")
	weight := func(q, word string) float64 {
		for _, w := range m.Prepare(question.Parse(q)).Words {
			if w.Surface == word {
				return w.Weight
			}
		}
		t.Fatalf("%q has no word %q", q, word)
		return 0
	}
	if a, b := weight("What did Oslo and Veltra sign?", "Oslo"), weight("What did Oslo sign?", "Oslo"); a != b {
		t.Errorf("Oslo weighs %.2f beside Veltra, %.2f alone", a, b)
	}
	if a, b := weight("What did Staffan Berg say?", "Staffan"), weight("What did Staffan say?", "Staffan"); a >= b {
		t.Errorf("Staffan of Staffan Berg weighs %.2f, alone %.2f", a, b)
	}
}

// TestAVerbOfSeveralWordsMeetsItsSense: a sentence that writes "took
// place" meets the question's "happen", a sense WordNet gives the
// phrase, at a related word's credit; one that does not write it, or
// writes its words apart, does not.
func TestAVerbOfSeveralWordsMeetsItsSense(t *testing.T) {
	lx, _ := tables(t)
	m := NewMatcher(indexOver(t, "Talks\n\nThe talks took place in Oslo.\nThe envoys took their place at the table.\n"), lx, nil)
	qr := m.Prepare(question.Parse("Where did the talks happen?"))
	got := qr.PhraseTerms("The talks took place in Oslo.", term.Of("The talks took place in Oslo."))
	if !slices.Equal(got, []string{"take place"}) {
		t.Fatalf("PhraseTerms: %v, want [take place]", got)
	}
	with := qr.Coverage(append(term.Of("The talks took place in Oslo."), got...))
	without := qr.Coverage(term.Of("The talks took place in Oslo."))
	if with <= without {
		t.Errorf("coverage with the phrase %.2f, without %.2f", with, without)
	}
	if got := qr.PhraseTerms("The envoys took their place at the table.", term.Of("The envoys took their place at the table.")); len(got) != 0 {
		t.Errorf("words apart met as the phrase: %v", got)
	}
}

// TestDemonymOf: a place and its adjective meet; two places that begin
// alike do not.
func TestDemonymOf(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"british", "britain", true},
		{"chines", "china", true},
		{"iraqi", "iraq", true},
		{"niger", "nigeria", false},
		{"austria", "australia", false},
		{"iranian", "iraq", false},
	} {
		if got := DemonymOf(tt.a, tt.b); got != tt.want {
			t.Errorf("DemonymOf(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// TestTheDeadAreMetInOneOrder: "how many were slain?" meets the words
// news counts the dead by in the same order every time, so the same
// question gets the same answer.
func TestTheDeadAreMetInOneOrder(t *testing.T) {
	m := matcherOver(t, "Harbour Riot\n\nTen dockers died and four were killed.\nThe dead were murdered in a massacre, a slaughter, a fatal death.\n")
	first, ok := wordAlts(m, "how many dockers were slain", "slain")
	if !ok || len(first) < 5 {
		t.Fatalf("slain: %v", first)
	}
	for range 20 {
		if alts, _ := wordAlts(m, "how many dockers were slain", "slain"); !slices.Equal(alts, first) {
			t.Fatalf("slain met as %v, then as %v", first, alts)
		}
	}
}

// TestListedAlternatives: the names a list gives between commas before
// "or" are alternatives too, and after "which of" so are those "and"
// joins; elsewhere "and" joins no alternatives.
func TestListedAlternatives(t *testing.T) {
	m := matcherOver(t, "Harbour Talks\n\n"+
		"Port director Ilse Brandt is in Oslo for the talks.\n"+
		"Further talks are to be held in Bern, led by the union.\n"+
		"The envoy flew between Oslo, Rome and Bern twice.\n")
	grouped := func(q string) []string {
		var out []string
		for _, w := range m.Prepare(question.Parse(q)).Words {
			if w.Or > 0 {
				out = append(out, w.Surface)
			}
		}
		return out
	}
	for q, want := range map[string][]string{
		"Is Ilse Brandt in Oslo, Rome or Bern?":          {"Oslo", "Rome", "Bern"},
		"which of oslo, rome and bern hosts the talks?":  {"oslo", "rome", "bern"},
		"which of oslo, rome, and bern hosts the talks?": {"oslo", "rome", "bern"},
		"did the envoy fly to oslo, rome and bern?":      nil,
	} {
		if got := grouped(q); !slices.Equal(got, want) {
			t.Errorf("%q: alternatives %v, want %v", q, got, want)
		}
	}
}

// TestTwoWordsWrittenAsOne: "Ferry Link" meets the "FerryLink" the
// articles write, and so does each of its words; "British able", whose
// joined stem is "british", meets nothing new.
func TestTwoWordsWrittenAsOne(t *testing.T) {
	m := matcherOver(t, "Harbour Network\n\nThe FerryLink network joined the British ports in 1985.\nA cease-fire held in the harbour.\n")
	joined := term.Word("FerryLink")
	for _, w := range []string{"Ferry", "Link"} {
		if alts, ok := wordAlts(m, "What were the features of Ferry Link", w); !ok || !slices.Contains(alts, Alt{joined, CreditCorrected}) {
			t.Errorf("%s: %v, want %s", w, alts, joined)
		}
	}
	if alts, ok := wordAlts(m, "did the cease fire hold", "fire"); !ok || !slices.ContainsFunc(alts, func(a Alt) bool { return a.Term == term.Word("ceasefire") }) {
		t.Errorf("fire: %v, want ceasefire", alts)
	}
	if alts, _ := wordAlts(m, "how were British able to join the ports", "able"); slices.ContainsFunc(alts, func(a Alt) bool { return a.Term == term.Word("British") }) {
		t.Errorf("able: %v, met by british", alts)
	}
}

// TestATypoOfANameWordNetKnowsOtherwise: "turky", a name WordNet knows
// (Turki) that the articles never write, is the "Turkey" they do, one
// letter off.
func TestATypoOfANameWordNetKnowsOtherwise(t *testing.T) {
	m := lexiconMatcherOver(t, "Harbour Strike\n\nIn the strike at the harbour of Veltra, Turkey backed the dockers.\n")
	alts, ok := wordAlts(m, "did turky back the dockers", "turky")
	if !ok || !slices.Contains(alts, Alt{term.Word("Turkey"), CreditCorrected}) {
		t.Errorf("turky: %v, want Turkey", alts)
	}
}

// TestEveryWordOfAVerbOfSeveralWordsMeetsItsSense: "part" of "taking
// part" is no part of anything: like "taking", it is met by the verb's
// sense, so "the envoys' participation" holds both words of "who called
// the envoys taking part a success".
func TestEveryWordOfAVerbOfSeveralWordsMeetsItsSense(t *testing.T) {
	lx, _ := tables(t)
	m := NewMatcher(indexOver(t, "Talks\n\nThe mayor said the envoys' participation was a success.\nEach part of the city was quiet.\n"), lx, nil)
	for _, word := range []string{"taking", "part"} {
		alts, ok := wordAlts(m, "who called the envoys taking part a success", word)
		if !ok || !slices.Contains(alts, Alt{term.Word("participation"), CreditRelated}) {
			t.Errorf("%s: %v, want participation at %.1f", word, alts, CreditRelated)
		}
	}
	if alts, _ := wordAlts(m, "which part of the city was quiet", "part"); slices.ContainsFunc(alts, func(a Alt) bool { return a.Term == term.Word("participation") }) {
		t.Errorf("part alone met by participation: %v", alts)
	}
}

// TestAModifierTheArticlesNameIsATopicWord: "which harbin senator" asks
// a senator, and of Harbin, which the articles write as a name: the
// question must meet it. "which news agency" asks an agency, and "news",
// a common word, is no topic of it.
func TestAModifierTheArticlesNameIsATopicWord(t *testing.T) {
	m := matcherOver(t, "Harbour Talks\n\nHarbin Sen. Ilse Brandt backed the deal, the news agency Veltra reported.\n"+
		"Brandt said Harbin would sign.\nThe news reached Harbin on Friday.\n")
	terms := func(q string) []string {
		var out []string
		for _, w := range m.Prepare(question.Parse(q)).Words {
			out = append(out, w.Surface)
		}
		return out
	}
	if got := terms("which harbin senator backed the deal"); !slices.Contains(got, "harbin") {
		t.Errorf("which harbin senator: words %q, want harbin among them", got)
	}
	if got := terms("which news agency reported the deal"); slices.Contains(got, "news") {
		t.Errorf("which news agency: words %q, want no news", got)
	}
}

// TestAnIrregularFormIsNoTypo: "bought", which the articles never write,
// is the past of the "buying" they do, not a typo of their "ought"; a
// capitalised word is still read as a name one letter off ("Lain" for
// the articles' "Iain").
func TestAnIrregularFormIsNoTypo(t *testing.T) {
	m := lexiconMatcherOver(t, "Harbour Sale\n\nThe port ought to stay public, Iain Brandt said.\nA fund is buying the old ferry.\n")
	alts := func(q string) []string {
		var out []string
		for _, w := range m.Prepare(question.Parse(q)).Words {
			for _, a := range w.Alts {
				out = append(out, w.Surface+":"+a.Term)
			}
		}
		return out
	}
	if got := alts("who bought the ferry"); slices.Contains(got, "bought:ought") || !slices.Contains(got, "bought:buy") {
		t.Errorf("who bought the ferry: %q, want bought met by buy, not ought", got)
	}
	if got := alts("what did Lain Brandt say"); !slices.Contains(got, "Lain:iain") {
		t.Errorf("what did Lain Brandt say: %q, want Lain read as Iain", got)
	}
	// A negated verb is spelt as meant: "didn't" is no typo of the "don't"
	// in "I don't know why he said that".
	m = lexiconMatcherOver(t, "Harbour Row\n\n\"I don't know why he said that,\" Brandt said.\nBrandt said Lind had not done his homework.\n")
	if got := alts("what did brandt say lind didn't do"); slices.ContainsFunc(got, func(a string) bool { return strings.HasPrefix(a, "didn't:") }) {
		t.Errorf("what did brandt say lind didn't do: %q, want didn't met by nothing", got)
	}
}

// A short name's possessive typed without its apostrophe ("hps") is the
// name's: the speller leaves words under four letters alone.
func TestAPossessiveWithoutItsApostrophe(t *testing.T) {
	m := lexiconMatcherOver(t, "Harbour Sale\n\nIn the three years after the merger, HP's share price crumbled 13 percent.\n")
	var got []string
	for _, w := range m.Prepare(question.Parse("how much did hps share price drop")).Words {
		for _, a := range w.Alts {
			got = append(got, w.Surface+":"+a.Term)
		}
	}
	if !slices.Contains(got, "hps:hp") {
		t.Errorf("how much did hps share price drop: %q, want hps met by hp", got)
	}
}

// TestVerbAndParticleMeetTheirNoun: a verb and the particle after it
// are met by the noun the articles make of them, through the verb's base
// form too; a particle after a comma makes none.
func TestVerbAndParticleMeetTheirNoun(t *testing.T) {
	m := lexiconMatcherOver(t, "Port Report\n\nThe meltdown of the port began in May. The layoffs came in June, after the crackdown.\n")
	for _, tt := range []struct {
		q, word, want string
	}{
		{"when did the port start melting down", "melting", "meltdown"},
		{"when were the dockers laid off", "laid", "layoff"},
		{"did the police crack down on the port", "crack", "crackdown"},
	} {
		alts, ok := wordAlts(m, tt.q, tt.word)
		if !ok {
			t.Fatalf("%q: no word %q", tt.q, tt.word)
		}
		if !hasAlt(alts, tt.want) {
			t.Errorf("%q: %s met by %v, want %s", tt.q, tt.word, alts, tt.want)
		}
	}
	if alts, _ := wordAlts(m, "what was melting, down by the port", "melting"); hasAlt(alts, "meltdown") {
		t.Errorf("after a comma: met by %v", alts)
	}
}
