package answer

import (
	"github.com/parleybot/parley/rag/term"
	"slices"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
)

// TestPersonTerms: a run of two or more capitalised words can be a
// person, initials included; a single capitalised word is mostly a place.
func TestPersonTerms(t *testing.T) {
	got := personTerms("Delegates flew to Vienna, where the envoy to Austria, Marta L. Kovacs, met them.", term.Tokenize)
	for _, want := range []string{"marta", "kovac"} {
		if !slices.Contains(got, want) {
			t.Errorf("personTerms = %v, want %q among them", got, want)
		}
	}
	for _, not := range []string{"vienna", "austria", "deleg"} {
		if slices.Contains(got, not) {
			t.Errorf("personTerms = %v, holds %q", got, not)
		}
	}
	if !opensWithPersonalPronoun("She previously served in Chile.") || !opensWithPersonalPronoun("“He said so.") || opensWithPersonalPronoun("Her­nandez spoke.") || opensWithPersonalPronoun("They met.") {
		t.Error("opensWithPersonalPronoun misreads a sentence's first word")
	}
	// After a short phrase of time or place, not after a clause of its own
	// subject.
	if !opensWithPersonalPronoun("In South Ostby, he prevailed after a hard week.") || !opensWithPersonalPronoun("On Sunday, she spoke.") || opensWithPersonalPronoun("When Lind arrived, he spoke.") || opensWithPersonalPronoun("In a long and bitter week for the whole of the party, he spoke.") {
		t.Error("opensWithPersonalPronoun misreads a phrase before a sentence's subject")
	}
	// A run of capitals after "in" or "at" is a place.
	if got := personTerms("Within two weeks, he won over dockers in North Ostby and Ana Berg at Port Vessby.", term.Tokenize); !slices.Equal(got, []string{"ana", "berg"}) {
		t.Errorf("personTerms = %v, want Ana Berg's alone", got)
	}
}

// TestAnswerTypeReadsTheKind: a length of time that dates something ("a
// year ago") or gives an age is no answer to "how long"; one that lasts,
// or that follows an event, is. "According to Reuters" names a source,
// not a place to answer "where". A number that measures or dates a time
// ("a 40-minute talk", "Sept. 22", either end of "January 23-24") or
// gives an age ("a 26-year-old docker") counts nothing for "how many", unless
// the question asks for a time. A time of day answers "when", not "what
// year"; a unit alone ("in seconds") says how long.
func TestAnswerTypeReadsTheKind(t *testing.T) {
	for _, tt := range []struct {
		question, text string
		want           float64
	}{
		{"how long did the meeting last?", "Russian forces joined the war a year ago.", 0},
		{"how much does a ferry ticket cost?", "A ferry ticket costs more per year than a car.", 1},
		{"how much does a ferry ticket cost?", "About 70% of riders need a ferry ticket.", 0},
		{"how much does a ferry ticket cost?", "Ferry tickets cost 3 percent more this year.", 1},
		{"how much did the mayor give the union?", "The mayor has given to no 2016 union drives but the dockers'.", 0},
		{"how much did the mayor give the union?", "The union is keeping the gift the mayor made, all $2,700 of it.", 1},
		{"how much does a ferry ticket cost?", "A ferry ticket costs $40.", 1},
		{"how long did the meeting last?", "The envoy, 40 years old, chaired it.", 0},
		{"how long did the meeting last?", "They met for a year.", 1},
		{"how long after the crash did he die?", "He died four days later.", 1},
		{"how long did the meeting last?", "He died four days later.", 0},
		{"how long did the meeting last?", "Finding oil required five to ten years before production.", 1},
		{"how long did the meeting last?", "The audio recording of the 40-minute discussion was obtained.", 1},
		{"where was the meeting held?", "The meeting was held days after the truce, according to Reuters.", 0},
		{"where was the meeting held?", "The meeting was held in Oslo, according to Reuters.", 1},
		{"where was the meeting held?", "It took place at the Dutch Mission, according to the Times.", 1},
		{"how often do the ferries sail?", "The ferries sail every 20 minutes in summer.", 1},
		{"how often do the ferries sail?", "The ferries sail frequently in summer.", 1},
		{"how often do the ferries sail?", "Two ferries sail in summer.", 0.5},
		{"how many ferries sail?", "The ferries sail frequently in summer.", 0},
		{"how many dockers met the envoy?", "The envoy met a small number of dockers on Friday.", 0.5},
		{"how many dockers met the envoy?", "The envoy met the dockers on Friday.", 0},
		{"how many dockers met the envoy?", "The envoy held a 40-minute talk in 2016 with them on Sept. 22.", 0},
		{"how many dockers met the envoy?", "Some 20 dockers met the envoy in 2016.", 1},
		{"how many dockers met the envoy?", "The dockers meet the envoy in a six-year dispute on January 23-24.", 0},
		{"how many dockers met the envoy?", "The dockers met him from 2014–2016 and on Sept. 2-3.", 0},
		{"how many dockers met the envoy?", "The envoy met 20-30 dockers.", 1},
		{"how many dockers met the envoy?", "Ana Berg, a 26-year-old docker, met the envoy.", 0},
		{"how many dockers met the envoy?", "Ana Berg, 44, a docker, met the envoy.", 0},
		{"how many dockers met the envoy?", "The envoy met dockers aged 30 and over.", 0},
		{"how many dockers met the envoy?", "The envoy met dockers at 14 ports.", 1},
		{"how many minutes did the envoy talk?", "The envoy held a 40-minute talk.", 1},
		{"how many dockers settled in Veltra?", "Some dockers settled in Veltra, one of the main ports of the south.", 0},
		{"how many dockers settled in Veltra?", "Twelve dockers settled in Veltra, one of the main ports of the south.", 1},
		{"when do the dockers meet?", "The dockers meet each day at 5 pm.", 1},
		{"when do the dockers meet?", "The dockers meet at night.", 1},
		{"how much did the strike cost the port?", "The strike cost the port 40 million euros.", 1},
		{"how much did the strike cost the port?", "The strike cost the port $40 million.", 1},
		{"how much did the strike cost the port?", "The strike at the port involved 14 unions.", 0},
		{"how much did the strike cost the port?", "The strike at the port involved many unions.", 0},
		{"how much money did the union raise?", "The union raised $14,000 for the strikers.", 1},
		{"how much money did the union raise?", "The union raised 14 banners for the strikers.", 0},
		{"when did the envoy meet the mayor?", "The envoy said Monday that the strike would end.", 0},
		{"when did the envoy meet the mayor?", "The envoy said Monday after talks with the mayor that the strike would end.", 1},
		{"when did the envoy talk to AFP?", "The envoy told AFP on Sunday that the strike would end.", 1},
		{"when has the envoy spoken to AFP?", "The envoy told AFP on Sunday that the strike would end.", 1},
		{"when do the talks end?", "The envoy told AFP on Sunday that the strike would end.", 0},
		{"in what year did the docker die?", "The docker was seen at night.", 0},
		{"when will the strike end?", "The dockers joined the strike a year ago.", 0},
		{"when will the strike end?", "The strike has cost the port dearly since 2011.", 0},
		{"when did the strike end?", "The strike has cost the port dearly since 2011.", 0},
		{"when will the strike end?", "The strike will end next month.", 1},
		{"how far is the port from Oslo?", "The port lies 21 miles north of Oslo.", 1},
		{"how far is the port from Oslo?", "The port bought a tract of 6,100 acres from Oslo.", 0},
		{"how far ahead is the port in the league?", "The port leads Oslo by 14 points in the league.", 1},
		{"how far behind is the port in the league?", "The port trails Oslo by 14 points in the league.", 1},
		{"how far ahead is the port in the league?", "The port has 14 ships in the league.", 0},
		{"how far ahead is the port in the league?", "The port holds a 14-point lead in the league.", 1},
		{"how far behind is the port in the league?", "The port is 3 points behind Oslo in the league.", 1},
		{"how far ahead is the port in the league?", "In the league, it is up an average of 9.2 points at 49 to 40 for Oslo.", 1},
		{"how far ahead is the port in the league?", "In the league, it is up to 9 ships at 49 berths.", 0},
		{"how old was the envoy when he became mayor?", "The 13-year-old envoy became mayor in 1332.", 1},
		{"how old was the envoy when he became mayor?", "At the age of 40, the envoy became mayor.", 1},
		{"how old was the envoy when he became mayor?", "The envoy became mayor in 1332 with 14 votes.", 0},
		{"how old is Anna Berg?", "In this port town, Anna Berg, 43, is a docker.", 1},
		{"how old is Anna Berg?", "Her 72-year-old mother is a docker too.", 0},
		{"how old is Anna Berg?", "Anna Berg's 72-year-old mother is a docker too.", 0},
		{"how old is Anna Berg?", "In this port town, Anna Berg, 1,200 dockers strong, is a union.", 0},
		{"how old is Anna Berg?", "At 6:30 a.m. on March 19, Anna Berg met the dockers.", 0},
		{"how old is Anna Berg?", "At 2 p.m., Anna Berg met the dockers.", 0},
		{"how old is Anna Berg?", "Anna Berg met resistance at the 60-year-old firm.", 0},
		{"how old is Anna Berg?", "Anna Berg asked a handful of dockers to stay.", 0},
		{"how old is Anna Berg?", "At 43, Anna Berg is a docker.", 1},
		{"how big is the harbour?", "Early one evening, the harbour shook with the No. 4 train.", 0},
		{"how big is the harbour?", "The dockers crossed the 10,000-square-foot harbour.", 1},
		{"how many dockers played?", "There, the dockers divided in two, and a game was underway.", 0},
		{"how many dockers played?", "About 20 dockers played for an hour.", 1},
		{"in what year was the envoy born?", "The envoy led an expedition in 1562.", 0},
		{"in what year was the envoy born?", "The envoy (1519–1565) led an expedition.", 1},
		{"when did the dockers join the strike?", "The dockers joined the strike a year ago.", 1},
		{"when did the strike start?", "The strike has cost the port dearly since 2011.", 1},
		{"how long does the count take?", "The result of the count is known in seconds.", 1},
		{"how long did the envoy serve?", "The envoy won few fights in a quarter-century in Oslo.", 1},
		{"how long did the envoy serve?", "The envoy won a quarter of the votes in Oslo.", 0},
	} {
		qr := match.Query{Question: question.Parse(tt.question)}
		if got := answerType(qr, tt.text, nil); got != tt.want {
			t.Errorf("%q / %q: %v, want %v", tt.question, tt.text, got, tt.want)
		}
	}
}

func TestNameScoreKeepsParticles(t *testing.T) {
	qr := match.Query{Question: question.Parse("who is the harbour envoy?")}
	for text, want := range map[string]float64{
		"The harbour envoy, Anna de Vries, is attending.":    1,
		"The harbour envoy, Abu Zaid, is attending.":         1,
		"The harbour envoy from Oslo is attending.":          0.6,
		"The harbour envoy of de facto rulers is attending.": 0,
		// A first name that is a stop word too, in mid-sentence.
		"The harbour envoy, Don Olsen, is attending.": 1,
		"The harbour envoy said The Times was wrong.": 0.6,
	} {
		if got := nameScore(qr, text, nil); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestPairShareOfCompound: "the mayor of Vessby Harbour" stands as
// "Vessby Harbour Mayor" too, not as "Vessby Harbour and its mayor".
func TestPairShareOfCompound(t *testing.T) {
	word := func(s string) match.Word {
		return match.Word{Word: question.Word{Surface: s, Term: s}, Alts: []match.Alt{{Term: s, Credit: 1}}}
	}
	qr := match.Query{Question: question.Parse("who is the mayor of vessby harbour?"), Words: []match.Word{word("mayor"), word("vessby"), word("harbour")}}
	for ts, want := range map[string]float64{
		"said vessby harbour mayor don olsen":        1,
		"repres vessby harbour and serv as it mayor": 0.5,
		"the mayor vessby harbour":                   1,
	} {
		if got := pairShare(qr, ofPairs(qr), strings.Fields(ts)); got != want {
			t.Errorf("%q: %v, want %v", ts, got, want)
		}
	}
}

// TestNameScoreKnownFirstWord: a sentence's first word is a name when the
// articles write it as one in the middle of sentences ("Okafor was the
// harbour envoy"), and only then: "Harbours were closed" names no one.
func TestNameScoreKnownFirstWord(t *testing.T) {
	qr := match.Query{Question: question.Parse("who was the harbour envoy in 1914?")}
	known := func(term string) bool { return term == "okafor" }
	for text, want := range map[string]float64{
		"Okafor was the harbour envoy in 1914.":         0.6,
		"Harbours were closed to the envoy in 1914.":    0,
		"Okafor Adebayo was the harbour envoy in 1914.": 1,
	} {
		if got := nameScore(qr, text, known); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
	if got := nameScore(qr, "Okafor was the harbour envoy in 1914.", nil); got != 0 {
		t.Errorf("without the articles' names the first word is no name: %v", got)
	}
}

// TestFigureNoun: the plural noun a figure counts stands within three
// words after it, past a range's other end and a measure's "of", and
// before the clause ends.
func TestFigureNoun(t *testing.T) {
	for after, want := range map[string]string{
		" to 400,000 people since 2011":    "people",
		" rebel organizations have agreed": "organizations",
		" percent of voters said so":       "voters",
		" groups of fighters crossed":      "fighters",
		" million Syrians fled":            "Syrians",
		" days. The barns burned":          "days",
		", the mayor said. Barns burned":   "",
		" was the toll, and barns burned":  "",
		" in the census of towns":          "",
		" across the bridges":              "bridges",
		" Grand Slam singles titles":       "singles",
		" of the past seven contests":      "contests",
		" of them said so":                 "",
	} {
		if got, _ := figureNoun(after); got != want {
			t.Errorf("figureNoun(%q) = %q, want %q", after, got, want)
		}
	}
	if _, before := figureNoun(" Grand Slam singles titles in the 1960s"); strings.Join(before, " ") != "Grand Slam" {
		t.Errorf("figureNoun: the words before the noun are %q, want Grand Slam", before)
	}
	if !inManner("approaching voters one-on-one", []int{19, 22}) || !inManner("approaching voters one-on-one", []int{26, 29}) || inManner("one voter", []int{0, 3}) {
		t.Error("inManner misreads one-on-one")
	}
	if !yearOf("every election from ", "1956", " through 2012") || !yearOf("in ", "1908", ".") || yearOf("", "2012", " votes") || yearOf("in ", "3000", " days") {
		t.Error("yearOf misreads a year")
	}
	if !pronounOne("one", " cannot rebuild it") || !pronounOne("one", " another, for their town") || pronounOne("one", " day") || pronounOne("two", " cannot") {
		t.Error("pronounOne misreads a one")
	}
}

// TestRomanNumeralsLabel: "Louis X" is not the "Louis XV" of a sentence,
// and "geneva 2" is the "Geneva II" one writes.
func TestRomanNumeralsLabel(t *testing.T) {
	tests := []struct {
		question, text string
		other          bool
	}{
		{"How did King Louis X respond?", "In response, King Louis XV sent six regiments.", true},
		{"How did King Louis XV respond?", "In response, King Louis XV sent six regiments.", false},
		{"When did Elizabeth I open the hall?", "Queen Elizabeth II opened the hall in 2004.", true},
		{"when was geneva 2 first talked of", "The Geneva II conference was first talked of in May.", false},
		{"What did Phase 2 become?", "Phase III was an open standard.", true},
	}
	for _, tt := range tests {
		if got := labelsOther(labelsIn(tt.question), tt.text); got != tt.other {
			t.Errorf("labelsOther(%q, %q) = %v", tt.question, tt.text, got)
		}
	}
}

// TestNamesNear: a noun with a name close by names things of its kind;
// a month or a day close by is no name of one.
func TestNamesNear(t *testing.T) {
	qr := match.Query{Question: question.Parse("dalby sponsors")}
	for text, want := range map[string]bool{
		"Sponsors Norland, Osla and Veltra want a deal.":    true,
		"Talks among the sponsors on January 22 were hard.": false,
		"The sponsors met on Monday.":                       false,
	} {
		if got := namesNear(qr, text, "sponsor"); got != want {
			t.Errorf("namesNear(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDefinitionOfAWordsMeaning: asked what a word means, a sentence that
// translates or spells it out defines it; asked what it is, only one that
// says what it is.
func TestDefinitionOfAWordsMeaning(t *testing.T) {
	for _, tt := range []struct {
		meaning bool
		text    string
		want    bool
	}{
		{true, "Indeed, the name ''Hafla'' -- Arabic for ''party'' -- comes from a 1986 song.", true},
		{true, "The ISSG, which stands for International Syria Support Group, met.", true},
		{true, "The Hafla, a crew of dockers, met.", true},
		{false, "Indeed, the name ''Hafla'' -- Arabic for ''party'' -- comes from a 1986 song.", false},
		{false, "The Hafla, a crew of dockers, met.", true},
		{true, "The Hafla met for dinner in Oslo.", false},
		{false, "Once haflas -- gatherings of dockers and their families -- are counted, the port is busier.", true},
		{false, "The Hafla -- which met in Oslo -- ended.", true},
		{false, "The Hafla -- 40 of them -- ended.", false},
		{false, "They met the Hafla -- and the ISSG.", false},
	} {
		if got := definitionOf(tt.meaning, "Hafla", "haflas", "ISSG").MatchString(tt.text); got != tt.want {
			t.Errorf("meaning %v, %q: %v, want %v", tt.meaning, tt.text, got, tt.want)
		}
	}
}
