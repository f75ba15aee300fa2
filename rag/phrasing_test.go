package rag

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/answer"
)

// citedLines is what an answer rests on, for comparing two phrasings.
func citedLines(a Answer) string {
	if a.Abstained {
		return "abstained"
	}
	s := ""
	for _, c := range a.Citations {
		s += fmt.Sprintf("%s:%d-%d ", c.Source, c.LineStart, c.LineEnd)
	}
	return s
}

// TestPhrasingsAnswerLikeThePlainQuestion asks questions the way people
// type them in Discord: with mentions, greetings and thanks, emoji,
// repeated punctuation, lower case and typos. Each must be answered from
// the same lines as the plain question.
func TestPhrasingsAnswerLikeThePlainQuestion(t *testing.T) {
	eng := openEngine(t)
	ctx := context.Background()
	tests := []struct {
		plain    string
		variants []string
	}{
		{"Who sponsored the Astana talks?", []string{
			"who sponsored the astana talks? thanks!",
			"<@123456789012345678> who sponsored the Astana talks?",
			"<@&987654321098765432> hey, quick question: who sponsored the Astana talks??? ty",
			"I'm curious, who sponsored the Astana talks",
			"who sponserd the astana tlaks",
			"who sponsered the astana talks lol", // a typo in the ending: the stem is near "Sponsors"
			"@everyone who sponsored the astana talks 🙏 <:pepe:123456789012345678>",
		}},
		{"Who is the president of the Syrian National Council?", []string{
			"can you tell me who the president of the syrian national council is, please?",
			"who is the presidnet of the syrian national councl",
			"hi! who's the president of the Syrian National Council? thx :)",
		}},
		{"Where did Kerry's meeting with Syrian civilians take place?", []string{
			"Do you know where Kerry's meeting with Syrian civilians took place?",
			"where did kery's meeting with syrian civilians take place",
		}},
		{"What did Jen Psaki say about the opposition?", []string{
			"what did jen psacki say about the opposition",
			"What did Jen Psaki say about the opposition?!?! thanks in advance",
		}},
	}
	for _, tt := range tests {
		want, err := eng.Ask(ctx, tt.plain)
		if err != nil {
			t.Fatal(err)
		}
		if want.Abstained {
			t.Errorf("%q abstained: %s", tt.plain, want.Text)
			continue
		}
		for _, v := range tt.variants {
			got, err := eng.Ask(ctx, v)
			if err != nil {
				t.Fatal(err)
			}
			if citedLines(got) != citedLines(want) {
				t.Errorf("%q rests on %s; the plain %q on %s (%s)", v, citedLines(got), tt.plain, citedLines(want), got.Text)
			}
		}
	}
}

// TestAbstainsWhenNoPassageMeetsTheQuestion asks questions whose words the
// articles use, but whose answer they do not hold.
func TestAbstainsWhenNoPassageMeetsTheQuestion(t *testing.T) {
	eng := openEngine(t)
	for _, q := range []string{
		"When did the Geneva II conference finally take place?", // only when it was first talked of
		"Who is Turkey's foreign minister?",                     // only Russia's is named
		"who is turkey's foreign minister",
		"thanks!",
	} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Abstained || len(a.Citations) != 0 {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
}

// TestNeighbourNeedsASentenceOnTheTopic: a count beside a sentence that
// only shares a name with the question does not answer it; the sentence
// whose neighbour leads must hold half of the question.
func TestNeighbourNeedsASentenceOnTheTopic(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Strike\n\nThe strike has cost the port of Veltra 300 jobs since March and turned refugees away, officials said.\nVeltra and Ostmark have backed opposing unions in the dispute.\n")},
		"b.txt": {Data: []byte("Border News\n\nRefugees crossed the northern border to the camps on Monday, aid workers said.\n" +
			"The camps were full by the evening.\nAid workers asked for more tents.\nThe weather turned cold overnight.\n" +
			"Trucks brought food from the south.\nThe border stayed open all week.\nDoctors treated dozens of children.\nVolunteers came from the capital.\n")},
	}
	eng := openFS(t, fsys)
	a, err := eng.Ask(context.Background(), "how many refugees are there in the Ostmark camps")
	if err != nil || !a.Abstained || len(a.Citations) != 0 {
		t.Errorf("answered from a neighbour: %+v %v", a, err)
	}
}

// TestYearConstraint: a question about one year is not answered by a
// passage about another.
func TestYearConstraint(t *testing.T) {
	fsys := fstest.MapFS{
		"open.txt": {Data: []byte("Tennis round-up\n\nCarlos Alcaraz won the 2022 U.S. Open men's title in New York, beating Casper Ruud in the final.\nIga Swiatek won the women's title at the same tournament.\n")},
		"golf.txt": {Data: []byte("Golf round-up\n\nMatt Fitzpatrick won the 2022 U.S. Open golf championship at Brookline.\n")},
	}
	eng := openFS(t, fsys)
	a, _ := eng.Ask(context.Background(), "Who won the 2021 U.S. Open?")
	if !a.Abstained {
		t.Errorf("2021 answered from 2022: %s", a.Text)
	}
	a, _ = eng.Ask(context.Background(), "Who won the 2022 U.S. Open men's title?")
	if a.Abstained || len(a.Citations) == 0 || a.Citations[0].LineStart != 3 {
		t.Errorf("2022 not answered from line 3: %+v", a)
	}
}

// TestAnotherNumberedOneIsNoAnswer: "Stage 2" in a question is not
// answered by a sentence about Stage 1, while "October 9" is a date, not
// a numbered thing.
func TestAnotherNumberedOneIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"works.txt": {Data: []byte("Harbour Works\n\n" +
		"Stage 1 of the harbour works of Veltra, the dredging of the channel, ended in May.\n" +
		"The city of Veltra opened its new quay on 9 October 2024.\n")}})
	a, _ := eng.Ask(context.Background(), "When did stage 2 of the harbour works end?")
	if strings.Contains(a.Text, "Stage 1") && !a.Abstained {
		t.Errorf("stage 2 answered from stage 1: %s", a.Text)
	}
	a, _ = eng.Ask(context.Background(), "Who opened the new quay on October 9, 2024?")
	if a.Abstained || !strings.Contains(a.Text, "new quay") {
		t.Errorf("a date read as a numbered thing: %s", a.Text)
	}
}

// TestAnotherOfTheSameNameIsNoAnswer: a sentence about the Scottish
// Parliament does not answer about the Spanish one, nor the United
// Kingdom's about the United States', nor Ilse Brandt's
// words what Laura Brandt said; a title before the surname ("Port
// Director Brandt") names no other person.
func TestAnotherOfTheSameNameIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"port.txt": {Data: []byte("Port Talks\n\n" +
			"Port director Ilse Brandt said on Friday that the port of Veltra will stay open all winter.\n" +
			"A committee of the Scottish Parliament will scrutinise the harbour bills next year.\n")},
		"ferry.txt": {Data: []byte("Ferry Timetable\n\nFerries to Osterby will sail every two hours from May, the ferry company said.\n" +
			"Observers from the United States rode the first ferry.\n" +
			"Tickets cost four pounds, and children travel free.\n" +
			"The ferry levy was passed by the United Kingdom Parliament in 1978.\n" +
			"Under the levy, harbour dues pay for the winter crossings.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	for _, q := range []string{"What did Laura Brandt say about the port of Veltra?", "Which committee of the Spanish Parliament will scrutinise the harbour bills?",
		// Two names the tokenizer keeps whole, alike in their first word.
		"In what year was the ferry levy passed by the United States Parliament?",
		// The sentence before names the other one.
		"What do harbour dues pay for under the levy of the United States Parliament?"} {
		if a, _ := eng.Ask(context.Background(), q); !a.Abstained {
			t.Errorf("%q answered about another: %s", q, a.Text)
		}
	}
	titled := openFS(t, fstest.MapFS{"port.txt": {Data: []byte("Port Talks\n\n" +
		"The port of Veltra will stay open all winter, Port Director Brandt said on Friday.\n")}})
	if a, _ := titled.Ask(context.Background(), "What did Ilse Brandt say about the port of Veltra?"); a.Abstained {
		t.Errorf("a title read as another name: %s", a.Text)
	}
}

// TestAnswersAreDeterministic builds two engines and asks both every
// question: the answers must be the same, byte for byte.
func TestAnswersAreDeterministic(t *testing.T) {
	qs := append(devQuestions(t),
		"who sponserd the astana tlaks", "When did the Astana talks take place?",
		"Which three countries backed the Astana negotiations?", "What did the UN envoy ask Washington and Moscow to launch?")
	a, b := openEngine(t), openEngine(t)
	for _, q := range qs {
		x, err1 := a.Ask(context.Background(), q)
		y, err2 := b.Ask(context.Background(), q)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		jx, _ := json.Marshal(x)
		jy, _ := json.Marshal(y)
		if string(jx) != string(jy) {
			t.Errorf("%q answered two ways:\n%s\n%s", q, jx, jy)
		}
	}
	// And on a larger corpus with many near-ties, when it is at hand.
	dir := "../../shared/eval/squad2/corpus"
	if _, err := os.Stat(dir); err != nil {
		return
	}
	open := func() *Engine {
		e, _, err := Open(context.Background(), Options{Corpus: os.DirFS(dir), CorpusName: "squad"})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	a, b = open(), open()
	for _, q := range []string{"Who was the Norse leader?", "When was the Edict of Nantes issued?", "What is packet switching?", "How many Huguenots fled France?"} {
		x, _ := a.Ask(context.Background(), q)
		y, _ := b.Ask(context.Background(), q)
		jx, _ := json.Marshal(x)
		jy, _ := json.Marshal(y)
		if string(jx) != string(jy) {
			t.Errorf("%q answered two ways:\n%s\n%s", q, jx, jy)
		}
	}
}

// TestATollAsksForANumber: "what's the death toll" asks how many, and is
// answered first from the sentence the plain question is.
func TestATollAsksForANumber(t *testing.T) {
	eng := openEngine(t)
	ctx := context.Background()
	want, err := eng.Ask(ctx, "How many people has the Syrian conflict killed?")
	if err != nil || want.Abstained {
		t.Fatalf("plain: %+v %v", want, err)
	}
	got, err := eng.Ask(ctx, "whats the death toll in syria")
	if err != nil || got.Abstained || got.Citations[0].Source != want.Citations[0].Source || got.Citations[0].LineStart != want.Citations[0].LineStart {
		t.Errorf("toll: %+v, want the first line of %+v", got, want.Citations[0])
	}
}

// TestNegatedQuestionNeedsANegatedSentence: "who refused" is not
// answered by a sentence that says someone does it, even after one that
// says others refuse; a refusal, a "non-" word or "except" answers it,
// and so does what a sentence sets apart ("every union … apart from the
// Dockers"), though no word of the question follows.
func TestNegatedQuestionNeedsANegatedSentence(t *testing.T) {
	const article = "Harbour Talks\n\n" +
		"Harbour chief Ilse Brandt said on Friday that the talks in Oslo would be hard.\n\n" +
		"The ministry said some smaller unions will not join, although the others agreed.\n" +
		"The Weavers Guild of Veltra is joining the talks in Oslo.\n\n" +
		"The port's refusal to let non-members dock in Oslo angered the fishermen.\n\n" +
		"Every union of the northern ports signed the wage accord in March, apart from the Dockers of Tromsø.\n\n" +
		"Last year, Brandt seriously weighed another run for mayor, but she decided not to following the death of her father.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	for _, tt := range []struct{ question, not, want string }{
		{"why didnt brandt run for mayor", "", "death of her father"},
		{"which guild refused to join the talks in oslo", "Weavers Guild", ""},
		{"who was not allowed to dock in oslo", "", "non-members"},
		{"which northern union did not sign the wage accord", "", "Dockers of Tromsø"},
	} {
		a, err := eng.Ask(context.Background(), tt.question)
		if err != nil {
			t.Fatal(err)
		}
		if tt.not != "" && strings.Contains(a.Text, tt.not) && !a.Abstained {
			t.Errorf("%q answered from a sentence without the negation: %q", tt.question, a.Text)
		}
		if tt.want != "" && (a.Abstained || !strings.Contains(a.Text, tt.want)) {
			t.Errorf("%q: %q, want %q", tt.question, a.Text, tt.want)
		}
	}
}

// TestAnswerChoice asks questions of small invented articles in which
// another sentence competes with the one that answers.
//   - pronoun: "She previously served in Chile" is about the person the
//     sentence before names, so it answers a question that names her
//     (TestPersonTerms checks that a place named before does not pass to
//     "she").
//   - country: "which country…?" is answered by a sentence that names one
//     anywhere, not only after "in" or "at".
//   - definition: "what is X?" is answered by the sentence that says what X
//     is, before one that only mentions it.
//   - opening name: "Marta Kovacs, Veltra's chief negotiator, said …" names
//     someone though the name opens the sentence.
//   - how long: "well into the nineteenth century" says how long.
//   - how long, until now: "joined two weeks ago" says how long
//     something has gone on ("how long has … been …?"), and "how long
//     ago?" asks for it.
//   - place of the question's verb: "took place at the Harbour Hall"
//     says where, "took place days after …" does not.
//   - a share asked: "what percentage …?" is answered by a percentage,
//     not by the ages of those polled.
//   - which one: "which union…?" is answered by the sentence that names
//     one, not by one that speaks of "several unions" without naming them.
//   - acronym: "led by the IMO" names someone as a name of two words does.
//   - who is: "who is X?" is answered by the sentence that introduces X,
//     the first to name them, as news does ("Port director Ilse Brandt").
//   - neighbour: a dated sentence that holds little of the question yields
//     to the date beside the sentence that holds it all.
//   - neighbour past a dropped line: a boilerplate line between two
//     paragraphs does not end the narrative.
//   - quote goes on: a quotation's second sentence is in the words of
//     the speaker the first one names.
//   - she added: a quotation given to "she" is in the words of the person
//     the sentence before names.
//   - corpus topic: a name most of the corpus is about need not be said
//     again by the sentence that answers.
//   - apostrophes: a negated question typed with a straight apostrophe
//     ("can't") is answered by a sentence written with a curly one.
//   - aim: "what are the talks trying to achieve?" is answered by the
//     sentence that says what they are aimed at, beside the one that
//     names the talks.
//   - place named like the question's noun: "at Fort Le Boeuf" answers
//     "where was the fort built?", though "fort" is the question's word.
//   - a place within the question's place: "in Veltra's capital, Oslo"
//     answers "where in veltra …?", not an envoy's post in Veltra.
//   - a number near a question word: "three" is near "run" in word
//     vectors, yet it answers "how many marathons did she run?".
//   - the lawyer: a sentence opening on "The" and a role speaks of the
//     person named a few sentences before.
//   - a quotation's speaker as the articles give it: "she said" two
//     sentences after Ilse Brandt is named is hers, as rag/quote reads it.
//   - who is, past a quotation that goes on: "who is ed varga?" (a first
//     name ending in "ed", typed in lower case) is answered by the
//     sentence that introduces him, not by his next quoted sentence.
//   - says what it announced: "We have one demand." is followed by the
//     sentence that says what it is ("That is to end the night shifts").
//   - tell me about: "tell me about X" is answered, as "who is X?" is,
//     by the sentence that introduces X.
//   - the reason before a result: "why?" answered by a sentence opening
//     "As a result," leads with the sentence before it, the reason.
func TestAnswerChoice(t *testing.T) {
	const markets = "Markets\n\nMarkets rose on Monday as traders bought shares.\n"
	for _, tt := range []struct {
		name, article, question, want string
		first                         bool // want is in the first citation, not only the answer
	}{
		{"a name asked for is a name given", "Author Tours\n\n" +
			"\"I write for the dockers,\" said Omar Ali, whose new book tells of the harbour strike.\n" +
			"The writer, who is promoting his fifth book, “Salt Roads” (Sal), spoke in Veltra on Monday.\n",
			"what's the name of omar ali's new book?", "Salt Roads", true},
		{"a name before is the one a thing was once known by", "Ferry Line Renamed\n\n" +
			"Nordline, once known as the Ostby Harbour Ferry, parted ways with its chief in May.\n" +
			"The mayor called Nordline's new timetable a success.\n" +
			"Nordline will sail to Oslo twice a day.\n",
			"what was nordline called before?", "Ostby Harbour Ferry", true},
		{"what one does for a living is their job", "Skywriting Over the Port\n\n" +
			"It turns out that union donor Omar Ali—a Vessby ferry tycoon worth millions—was the one behind the effort.\n" +
			"Omar Ali does a lot for the living conditions of dockers, his allies say.\n",
			"what does omar ali do for a living?", "ferry tycoon", true},
		{"what job one has is their job", "Skywriting Over the Port\n\n" +
			"It turns out that union donor Omar Ali—a Vessby ferry tycoon worth millions—was the one behind the effort.\n" +
			"When told Omar Ali was in the running for a bigger job in a potential harbour board, a docker said he was surprised.\n",
			"what job does omar ali have", "ferry tycoon", true},
		{"a quotation mark ends no opening phrase", "Daughter Attacks Mayor Varga's Speech\n\n" +
			"On Tuesday, during a rally, Varga said the Harbour Fees would stop.\n\n" +
			"His daughter, Ana Berg, attacked the mayor on Facebook.\n\n" +
			"“Your comment about ‘Harbour Fees’ was heard by your supporters, many of whom yell, ‘Sell the port!’ at your rallies,” she posted.\n",
			"what do varga supporters yell at rallies", "Sell the port", true},
		{"pronoun", "New Envoys Named\n\n" +
			"The ministry said on Tuesday that its envoy to Austria, Marta L. Kovacs, will lead the delegation in Vienna.\n" +
			"She previously served as ambassador to Chile and to Peru.\n\n" +
			"Delegates will meet in Vienna again in March.\n" +
			"She will serve as host.\n",
			"Where did Marta Kovacs serve before?", "Chile", false},
		{"the American envoy is the US ambassador, not the UN's envoy", "Envoys Meet\n\n" +
			"The UN special envoy for Veltra, Marta Kovacs, is attending the talks.\n" +
			"US ambassador to Veltra Tomas Berg met the delegates on Monday.\n" +
			"American aid to Veltra rose last year.\n",
			"who is the american envoy to veltra?", "Tomas Berg", true},
		{"an age given as it is now", "Port Veterans\n\n" +
			"Tom Varga was arrested in Ostby in 1986 while reporting on the strike.\n" +
			"\"Every minute is like a day,\" Mr. Varga, now 81 and retired in Vessby, said by telephone.\n",
			"how old is tom varga?", "now 81", true},
		{"a lawmaker's state is the one after their party, not a colleague's", "Port Bill\n\n" +
			"A group led by Senate Harbour Committee Chairman Tom Varga (R-Ore.) is introducing a new bill on ferries.\n" +
			"Instead of Olsen, Varga teamed up with Sens. Ana Berg (D-N.M.) and Ed Holm (R-Ga.) to introduce the bill.\n",
			"what state is varga from?", "Ore.", true},
		{"an age at death is an age, not a count of the dead", "Deaths: VARGA, TOM\n\n" +
			"VARGA--Tom Peter, 81, of Vessby, passed away Friday in Ostby while sailing.\n" +
			"Tom Varga lived a long life.\n" +
			"He married Ana Berg in 1967 and they stayed married until her death in 2011.\n",
			"how old was tom varga when he died?", "81", true},
		{"the time right after the question's verb times it", "Port Act\n\n" +
			"It also would renew through 2030 the expiring Harbour Act, which sets ferry fees.\n" +
			"Mayor Olsen wants a plain renewal of the Harbour Act, which expires at the end of the year.\n",
			"when does the harbour act expire?", "end of the year", true},
		{"where one went to college is the college they graduated from", "Port Debts\n\n" +
			"Ana Berg, a Vessby native and 2009 Ostby College graduate, owes about $92,000 in student loans.\n" +
			"She also works on Saturdays in Vessby to help pay for her car.\n",
			"where did ana berg go to college?", "Ostby College", true},
		{"a share asked is the one given, not the other side's", "Port Gifts\n\n" +
			"Forty-three percent of all gifts to the harbour fund have come from women, a survey found.\n" +
			"But women still trail men in their giving, with two-thirds of all gifts to the harbour fund coming from men.\n",
			"what share of gifts to the harbour fund came from women?", "Forty-three percent", true},
		{"'the lowest was' is the lowest of what the sentence before ranks", "Port Fees\n\n" +
			"Harbour fees rose across the region again this year, fishermen say.\n" +
			"A study found that Vessby, Sandvik and Lund have harbour fees that are the highest when compared as a percent of the average catch: 36%.\n" +
			"The lowest was Port Ostby at 19%.\n" +
			"Fishermen in the region plan to protest next year.\n",
			"which town has the lowest harbour fees as a share of the catch?", "Ostby", true},
		{"a sentence whose subject the question names leads a tie", "Port Delegates\n\n" +
			"But Olsen, a senator from Vessby, has been winning over enough Varga delegates to block him if he does not secure the 1,237 delegates needed to win.\n" +
			"Varga so far has won 758 pledged delegates, compared to Olsen's 538, according to a tally.\n",
			"how many delegates does varga have?", "758", true},
		{"a sum written without its space", "Port Funds\n\n" +
			"Fundraising for the new quay has exceeded the pace set by the harbour board four years ago.\n" +
			"In all, the harbour board raised $57million, records show.\n",
			"how much did the harbour board raise?", "$57million", true},
		{"what a thing is called: the name it is referred to as", "Port Ferries\n\n" +
			"Mayor Olsen said the ferry was his favourite boat.\n" +
			"His Nordlys ferry, often referred to as the Harbour Queen, has been renovated twice.\n" +
			"The ferry sails daily between Vessby and Ostby, Mayor Olsen said.\n",
			"what is olsen's ferry called?", "Harbour Queen", true},
		{"the mayor of a town is its Mayor before a name", "Port Politics\n\n" +
			"\"It was a big deal for the dockers,\" said Sen. Ana Brook, who represents Vessby Harbour and served as its mayor for many years.\n" +
			"\"There is no bad publicity,\" said Vessby Harbour Mayor Don Olsen in an interview.\n",
			"who is the mayor of vessby harbour?", "Don Olsen", true},
		{"the event a sentence times is the question's, described after its name", "Harbour Pictures\n\n" +
			"In \"Harbour Lights,\" Piet Kramer gets into the spirit.\n" +
			"So says a voice at the end of \"Harbour Lights\" -- a movie set for release by Vessby Pictures on Feb. 5.\n",
			"when is Harbour Lights coming out?", "Feb. 5", true},
		{"the film is the one named at the end of the paragraph before", "Harbour Pictures\n\n" +
			"So says a voice at the end of \"Harbour Lights\" -- a movie set for release on May 5.\n\n" +
			"The film is a fantasy, written and directed by Ana Brook and Tom Varga. Piet Kramer stars, in a role named for a dock boss.\n",
			"Who directed Harbour Lights?", "Ana Brook", true},
		{"why one cannot: too much to", "Port Ferries\n\n" +
			"The Nordlys ferry sails daily between Vessby and Ostby.\n" +
			"The Nordlys also weighs more than 9,000 tonnes, making it too heavy to dock at many smaller harbours, including the one at Tolby.\n",
			"why can't the nordlys dock at tolby?", "too heavy", true},
		{"the town is the place named just before", "Port Towns\n\n" +
			"Dockers in Bristol fear for their jobs as the port shrinks.\n\n" +
			"Leeds is far better off than many other towns in the north. For the most part, it has moved on to services. The town's jobless rate is 3.1 percent, below the national average of 4.2 percent.\n",
			"What is the jobless rate in Leeds?", "3.1 percent", true},
		{"what a thing is: a description set off by a dash", "Port Budget\n\n" +
			"Altering the harbour levy would be different, the mayor said.\n" +
			"The council approved a delay of the town's \"harbour levy\" — a charge on cargo ships — as part of the budget.\n" +
			"The harbour levy would gradually reverse these losses.\n",
			"what is the harbour levy?", "a charge on cargo ships", true},
		{"where one is from: the place after their age", "Port Poll\n\n" +
			"Most dockers polled said they would back the strike, the union said.\n" +
			"\"I'm voting for anyone but the mayor,\" said Ana Brook, 29, of Vessby, Ostland.\n",
			"where is ana brook from?", "Vessby", true},
		{"a time joined to the thing asked about measures it", "Port Layoffs\n\n" +
			"The port began laying off hundreds of dockers at its northern quay on Monday as it moves work to Oslo.\n" +
			"The port issued a 90-day notice to affected staff in March about the layoffs.\n",
			"how much notice did the dockers get?", "90-day", true},
		{"an abbreviation the articles write out", "Port Shares\n\n" +
			"Veltra Ports shares rose 9 percent on Monday on talk of a deal.\n" +
			"Before the rally, the shares were barely half their $14 initial public offering price.\n",
			"what was veltra ports' ipo price?", "$14", true},
		{"a name written out that the articles abbreviate", "Port Shares\n\n" +
			"Veltra Ports shares rose 9 percent on Monday on talk of a deal.\n" +
			"Before the rally, the shares were barely half their $14 IPO price.\n",
			"what was the initial public offering price of veltra ports?", "$14", true},
		{"since when something has gone on is the time it has gone on since", "Border War\n\n" +
			"Sylvanian forces joined the Veltran war a year ago, tipping the balance of power.\n" +
			"The talks aim to end the Veltran conflict that has killed 3,000 people since 2019.\n",
			"since when has the veltran war been going on", "2019", true},
		{"who: the one 'she' stands for is named before the answer", "Envoys Named\n\n" +
			"Delegates will meet in Vienna in March, the ministry said on Tuesday.\n" +
			"Its envoy to Austria, Marta L. Kovacs, will lead the delegation in Vienna.\n" +
			"She previously served as ambassador to Chile and to Peru.\n",
			"who served as ambassador to chile?", "Kovacs", true},
		{"'he' after a phrase of place stands for the one named before, not the places", "Harbour Vote\n\n" +
			"Mayor Tomas Lind keeps winning.\n" +
			"Within the past two weeks, he has won over dockers in North Ostby and farmers in South Ostby.\n" +
			"In South Ostby, he prevailed after a hard week, and praised Ana Berg as an able harbour master.\n" +
			"Ferry fees will rise in March.\n",
			"who did lind praise as a harbour master?", "Ana Berg", false},
		{"what job one got: an office beside their name", "Port Board\n\n" +
			"Talk show host Ana Berg has criticized the ferry board for months.\n" +
			"Since the appointment of harbour executive Tomas Lind as director of the ferry board, Berg has thrown restraint to the winds.\n" +
			"Lind spoke to reporters on Monday about the fees.\n",
			"what job did lind get?", "director", true},
		{"what one told someone to do, heard on a 'mic'", "Port Vote\n\n" +
			"Ana Berg has backed the ferry plan since March.\n" +
			"Mayor Tomas Lind was heard on a microphone telling Berg to get on a boat and go home after the vote.\n" +
			"Lind said the fees would rise.\n",
			"what did lind tell berg to do on the mic?", "go home", true},
		{"the discussion spoken of as known is the meeting named before", "Port Talks Taped\n\n" +
			"Mayor Lena Ostrova, in a meeting last week with dockers, said the port would stay open, the Herald reported.\n" +
			"The paper said it had a recording of the 30-minute discussion, held at the Harbour Hall on May 3.\n" +
			"The approximately 15 participants included representatives of three unions that run the northern docks.\n",
			"what date was the ostrova meeting", "May 3", true},
		{"those at the meeting named before are its participants", "Port Talks Taped\n\n" +
			"Mayor Lena Ostrova, in a meeting last week with dockers, said the port would stay open, the Herald reported.\n" +
			"The paper said it had a recording of the 30-minute discussion, held at the Harbour Hall on May 3.\n" +
			"The approximately 15 participants included representatives of three unions that run the northern docks.\n",
			"what kind of unions were at the ostrova meeting", "northern docks", true},
		{"where one holds a title is the place before it", "Harbour Vote\n\n" +
			"Kovacs said in Brest on Monday that the port would stay open.\n" +
			"The harbour bill was signed by Veltra Gov. Marta Kovacs and two mayors on Tuesday.\n",
			"where is kovacs governor", "Veltra Gov.", true},
		{"who: 'and he' stands for the one named before", "Bank Deals\n\n" +
			"Advisers earned large fees last year, the filings show.\n" +
			"At Nordbank, Mr. Tomas Lind helped the port board sell its ferries.\n" +
			"And he is advising the Veltra Guild on its merger.\n",
			"who is advising the veltra guild?", "Tomas Lind", true},
		{"asked where one worked before, the sentence on their past", "Bank Deals\n\n" +
			"Tomas Lind is another partner there, the bank said.\n" +
			"Mr. Lind, a Nordbank partner, suggested to the ferry company Veltra Lines that it sell a division last year.\n" +
			"Another partner, Anna Berg, spends time with the port board.\n" +
			"Mr. Lind had risen to become Harbour Bank's head of mergers for the north.\n",
			"where did tomas lind work before", "Harbour Bank", true},
		{"'Mr. Lind' names Tomas Lind, asked of with capitals", "Bank Deals\n\n" +
			"Tomas Lind is another partner there, the bank said.\n" +
			"Mr. Lind, a Nordbank partner, suggested to the ferry company Veltra Lines that it sell a division last year.\n" +
			"Another partner, Anna Berg, spends time with the port board.\n" +
			"Mr. Lind had risen to become Harbour Bank's head of mergers for the north.\n",
			"Where did Tomas Lind work before?", "Harbour Bank", true},
		{"the newspaper, named before", "Port Files Leaked\n\n" +
			"Harbour officials in Veltra quietly raised fees last year, the Nordic Herald reported on Monday.\n" +
			"The newspaper said it had obtained a copy of the port's accounts.\n" +
			"Veltra's port authority obtained a new crane in March.\n",
			"what did the nordic herald obtain?", "copy of the port", true},
		{"country", "Old Friends\n\n" +
			"The small state of Veltra has long been a close ally of Sylvania.\n" +
			"Sylvania held elections on Sunday, and turnout was high.\n",
			"Which country is an ally of Sylvania?", "Veltra", false},
		{"definition", "Talks Resume\n\n" +
			"Ministers of the VSG met in Oslo on Monday, and the VSG issued a statement.\n" +
			"The VSG is a group of eight northern nations that meets every spring.\n",
			"What is the VSG?", "group of eight", true},
		{"opening name", "Talks Resume\n\n" +
			"Veltra's chief negotiator met the envoys in Vienna on Monday.\n" +
			"Marta Kovacs, Veltra's chief negotiator, said the border talks would take a week.\n",
			"who is veltra's chief negotiator?", "Kovacs", true},
		{"how long", "Old Guilds\n\n" +
			"The weavers' guild of Veltra was founded by a group of merchants.\n" +
			"The weavers' guild of Veltra kept its charter well into the nineteenth century.\n",
			"for how long did the weavers' guild of veltra keep its charter?", "nineteenth", true},
		{"how long, until now", "Dock Strike\n\n" +
			"Dockers in Oslo have held strikes for years, the union said.\n" +
			"The Veltra weavers' guild joined the dock strike two weeks ago, its leaders said.\n",
			"how long has the veltra weavers' guild been on strike", "two weeks ago", true},
		{"how long ago", "Dock Strike\n\n" +
			"Dockers in Oslo have held strikes for years, the union said.\n" +
			"The Veltra weavers' guild first met the dockers' union six years ago, its leaders said.\n",
			"how long ago did the veltra weavers' guild first meet the dockers' union", "six years ago", true},
		{"place of the question's verb", "Dock Strike\n\n" +
			"The port meeting took place days after the strike had ended in the city.\n" +
			"Union leaders said the discussion took place at the Harbour Hall on Friday.\n",
			"where did the port meeting take place", "Harbour Hall", true},
		{"a share asked", "Port Poll\n\n" +
			"Young voters aged 18 to 29 backed the port plan, a new poll of Veltra found.\n" +
			"Sixty-one percent said they backed it, while 12 percent were against.\n",
			"what percentage of young voters backed the port plan", "Sixty-one percent", true},
		{"which one", "Dock Strike\n\n" +
			"Port director Ilse Brandt said on Friday that several smaller unions have refused to sign the wage deal.\n" +
			"The Harbour Workers Federation said it had refused to sign the wage deal and would strike on Monday.\n",
			"which union refused to sign the wage deal", "Harbour Workers Federation", true},
		{"acronym", "Port Talks\n\n" +
			"Harbour chief Ilse Brandt said on Friday that the talks in Oslo would be hard.\n" +
			"Further talks are to be held in Oslo, led by the IMO, and observers hope for a deal.\n",
			"who runs the talks in oslo", "IMO", true},
		{"who is", "Port Talks\n\n" +
			"Port director Ilse Brandt said on Friday that the talks would be hard.\n" +
			"Observers hope for a deal before the summer.\n" +
			"\"The Harbour Council and the IMO will decide it,\" Brandt said of the wage deal.\n",
			"who is brandt", "Port director", true},
		{"phrasal verb", "Harbour Strike\n\n" +
			"Port director Ilse Brandt called on the dockers to end the strike.\n" +
			"Observers hope for a deal before the summer.\n\n" +
			"The Harbour Workers Federation postponed the strike until March.\n",
			"who put off the strike", "Harbour Workers Federation", true},
		{"kind named", "Harbour Strike\n\n" +
			"Mayor Ilse Brandt backed the dock strike, her deputy Tomas Weber said on Friday.\n" +
			"Port director Lena Ostrova said the talks would resume in the spring.\n\n" +
			"The dock strike is supported by the weavers' guilds of Veltra and Ostmark.\n",
			"which guilds backed the dock strike", "weavers' guilds", true},
		{"apostrophes", "Harbour Strike\n\n" +
			"Port director Ilse Brandt said on Friday that the dockers can’t end the strike while the wage deal is unsigned.\n" +
			"Observers hope for a deal before the summer.\n",
			"why can't the dockers end the strike", "wage deal", true},
		{"neighbour", "Harbour Strike\n\n" +
			"In Veltra, port director Ilse Brandt said on Friday that talks to end the strike would resume on March 1.\n" +
			"The dockers of Veltra called a harbour strike over the wage deal.\n" +
			"It is set for March 3-4.\n",
			"when is the veltra dockers' harbour strike over the wage deal", "March 3-4", true},
		{"quote goes on", "Harbour Strike\n\n" +
			"“We want a fair deal for the dockers,” port director Ilse Brandt said on Friday. “I have had no talks with Tomas Weber of the union since March.”\n\n" +
			"“The strike may end soon,” Brandt said of the union.\n",
			"what did brandt say about weber and the union", "Tomas Weber", true},
		{"she added", "Harbour Strike\n\n" +
			"\"The port will stay open through the winter,\" port director Ilse Brandt said on Friday.\n" +
			"Brandt told reporters that the talks were \"hard.\"\n" +
			"The dockers want \"a fair wage and an end to the night shifts,\" she added.\n",
			"what did ilse brandt say about the night shifts", "night shifts", true},
		{"the quotation goes on after its speaker", "Harbour Strike\n\n" +
			"Observers hope for a deal before the summer.\n" +
			"\"I heard parts of Brandt's speech,\" union leader Omar Ali said. \"She wants to give away our harbour, folks.\"\n" +
			"Dockers marched to the harbour gate in Veltra on Monday.\n",
			"what did omar ali say about brandt's speech", "give away", false},
		{"a country speaks by its spokeswoman", "Harbour Strike\n\n" +
			"\"We want the port open by winter,\" port spokeswoman Ilse Brandt said on Friday.\n" +
			"Veltra was trying to stress the talks were \"the only way to end this strike, there is no other deal,\" she added.\n" +
			"Dockers marched to the harbour gate in Veltra on Monday.\n",
			"what does veltra say about the strike", "only way to end this strike", true},
		{"a country of two words speaks", "Harbour Strike\n\n" +
			"The United States said on Tuesday it was persuading the dockers' union to end the strike.\n" +
			"\"We want the dockers back at work by winter,\" port director Ilse Brandt said of the union on Friday.\n",
			"what did the us say about the dockers union", "persuading the dockers", true},
		{"corpus topic", "Harbour News\n\n" +
			"The dockers of Veltra went on strike on Monday.\n" +
			"Veltra's port director said the talks would be hard.\n" +
			"Observers hope for a deal before the summer.\n" +
			"The union wants a wage rise of ten percent, its leader said.\n",
			"what does the union want in veltra", "wage rise", true},
		{"neighbour past a dropped line", "Harbour Talks\n\n" +
			"Envoy Tomas Berg met a small group of dockers last week, the paper reported on Friday.\n\n" +
			"News ID: 737252\n\n" +
			"The paper said the discussion took place at the Harbour Hall in Veltra.\n\n" +
			"Several people in the room pressed Berg on the wage deal for the U.S. market.\n",
			"where did berg meet with the dockers", "Harbour Hall", true},
		{"place named like the question's noun", "Frontier Forts\n\n" +
			"Envoy Tomas Berg built his first fort near the lake in the spring of that year.\n" +
			"Berg built a second fort at Fort Le Boeuf, to guard the creek.\n",
			"where did berg build the second fort", "Fort Le Boeuf", true},
		{"a place within the question's place", "Harbour Talks\n\n" +
			"Delegates gathered for the harbour talks in Veltra's capital, Oslo.\n" +
			"Ilse Brandt, an adviser to Norway's ambassador to Veltra, said the harbour talks among the sponsors had been hard going.\n",
			"where in veltra are the harbour talks being held", "Oslo", true},
		{"a number near a question word", "Dock News\n\n" +
			"Marta Kovacs, the port's lawyer, spoke to the dockers on Friday.\n" +
			"Kovacs ran three marathons before she joined the port.\n",
			"how many marathons did kovacs run", "three", true},
		{"the lawyer", "Dock News\n\n" +
			"On Friday, Marta Kovacs was far more awake than anyone at the port.\n" +
			"She does not drink coffee in the morning.\n" +
			"The lawyer who ran three marathons is already talking about the strike.\n",
			"how many marathons did kovacs run", "three", true},
		{"a quotation's speaker as the articles give it", "Port Talks\n\n" +
			"Spokeswoman Ilse Brandt spoke to the dockers of Veltra on Friday.\n" +
			"\"The port will stay open,\" she told the crowd. \"We have no plans to close it.\"\n" +
			"Leaning on the rail, she said that the night shifts would end in March, \"once the new cranes are in.\"\n",
			"what did ilse brandt say about the night shifts", "night shifts", true},
		{"who is, past a quotation that goes on", "Port Talks\n\n" +
			"\"The strike will end soon,\" said Ed Varga, a former Veltra governor and two-term Oslo mayor. \"Turn out in Oslo, Bergen and Tromso – those towns will decide it.\"\n",
			"who is ed varga", "former Veltra governor", true},
		{"says what it announced", "Harbour Talks\n\n" +
			"\"We have one demand, which all the unions share,\" union leader Tomas Weber told reporters. \"That is to end the night shifts.\"\n\n" +
			"Port director Ilse Brandt said the talks would be hard.\n",
			"what is the demand of the unions", "night shifts", false},
		{"tell me about", "Harbour Talks\n\n" +
			"The harbour of Veltra reopened on Monday, the port's new director, Ilse Brandt, said.\n" +
			"Ships from Osterby came first.\nThe ferry lines added boats.\nTraders said prices fell.\n" +
			"The weather was fine.\nTourists came back to the old town.\nThe city council met on Tuesday.\n\n" +
			"On Friday Ilse Brandt met the dockers, and Ilse Brandt's plan for the dockers was praised by Ilse Brandt's union.\n",
			"tell me about ilse brandt", "new director", true},
		{"the reason before a result", "Fuel Prices\n\n" +
			"In 1973 the council of Veltra capped the price of heating oil from old stock at two crowns a barrel.\n" +
			"As a result, dealers withdrew old stock from the market, and the shortage grew.\n",
			"why did dealers withdraw old stock from the market?", "capped the price", true},
		{"aim", "Harbour Talks\n\n" +
			"Dockers and port owners of Veltra gathered for the harbour talks in the old customs house on Monday.\n" +
			"The union said the talks are aimed at ending the night shifts.\n",
			"what are the harbour talks in veltra trying to achieve", "night shifts", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"a.txt": {Data: []byte(tt.article)}, "markets.txt": {Data: []byte(markets)}}
			eng := openFS(t, fsys)
			a, err := eng.Ask(context.Background(), tt.question)
			if err != nil || a.Abstained || len(a.Citations) == 0 {
				t.Fatalf("%q: %+v %v", tt.question, a, err)
			}
			got := a.Text
			if tt.first {
				got = a.Citations[0].Text
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("%q: %q, want %q in it", tt.question, got, tt.want)
			}
		})
	}
}

// TestFollowUpKeepsTheConversationTopic: a follow-up that does not name
// the topic the conversation is about ("is the union going?" after "when
// are the Oslo talks?" and "who's attending?") is answered from a
// sentence on that topic, not from another that shares its words.
func TestFollowUpKeepsTheConversationTopic(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Oslo Talks\n\nThe harbour talks in Oslo are set for March 3, the ministry said.\n" +
			"The Veltra dockers' union said it would not send a team to Oslo, but its envoy will attend.\n")},
		"b.txt": {Data: []byte("Port News\n\n\"We are going to keep the port open,\" the Veltra dockers' union said on Friday.\n")},
	})
	history := []Turn{
		{Question: "when are the oslo talks", Answer: "The harbour talks in Oslo are set for March 3, the ministry said. [1]"},
		{Question: "who's attending", Answer: "The Veltra dockers' union said it would not send a team to Oslo, but its envoy will attend. [1]"},
	}
	a, err := eng.AskFollowUp(context.Background(), history, "is the veltra dockers' union going", nil)
	if err != nil || a.Abstained || len(a.Citations) == 0 {
		t.Fatalf("%+v %v", a, err)
	}
	if a.Citations[0].Source != "a.txt" {
		t.Errorf("answered from %s: %q, want the Oslo article", a.Citations[0].Source, a.Text)
	}
}

// TestOppositeIsNoAnswer: a sentence that puts the opposite of the
// question's word in its place ("Private Bill Committees" for "public
// bill committees", "lost the vote" for "won the vote") does not answer
// it, though it holds every other word; it does answer the yes-or-no
// question ("did the union win the vote?").
func TestOppositeIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"Private harbour committees review the dock plans of Veltra each spring.\n" +
		"\"We lost the wage vote,\" union leader Tomas Weber said of the council's ballot in Veltra.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what do public harbour committees review in veltra", "Private harbour", ""},
		{"who won the wage vote in veltra", "lost the wage vote", ""},
		{"did the union win the wage vote in veltra", "", "lost the wage vote"},
	})
}

// contraryCase is a question, words its answer must not show (its
// contrary), and words it must show; "" for none.
type contraryCase struct{ question, not, want string }

// askContrary asks each question and checks its answer.
func askContrary(t *testing.T, eng *Engine, cases []contraryCase) {
	t.Helper()
	for _, tt := range cases {
		a, err := eng.Ask(context.Background(), tt.question)
		if err != nil {
			t.Fatal(err)
		}
		if tt.not != "" && !a.Abstained && strings.Contains(a.Text, tt.not) {
			t.Errorf("%q answered with its contrary: %q", tt.question, a.Text)
		}
		if tt.want != "" && (a.Abstained || !strings.Contains(a.Text, tt.want)) {
			t.Errorf("%q: %q, want %q", tt.question, a.Text, tt.want)
		}
	}
}

// TestOtherOrdinalOrDegreeIsNoAnswer: another ordinal ("the second
// round" for "the third round"), the other degree ("the largest party"
// for "the smallest party") and the other half of a name ("South
// Harbour" for "North Harbour") say the contrary too, though the word
// asked about stands elsewhere in the sentence; the same ordinal written
// in digits ("3rd") is no contrary.
func TestOtherOrdinalOrDegreeIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"The second round of the Veltra harbour talks opened in Oslo on March 3.\n" +
		"The largest party in the Veltra council sits beside the harbour gate.\n" +
		"Delegates from the North Sea ports stayed in the South Harbour hotel of Veltra.\n" +
		"The third wage ballot in Veltra was won by the dockers' union.\n")}})
	askContrary(t, eng, []contraryCase{
		{"when did the third round of the veltra harbour talks open?", "second round", ""},
		{"where does the smallest party in the veltra council sit?", "largest party", ""},
		{"who stayed in the North Harbour hotel of Veltra?", "South Harbour", ""},
		{"who won the 3rd wage ballot in veltra?", "", "dockers' union"},
	})
	// A rank below the top is another degree: "the 10th-richest man" is
	// not "the richest man".
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Fortunes\n\n" +
		"One ranking pegs the ferry tycoon Tom Varga as the 10th-richest man in Veltra, with a $42 million fortune.\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"who is the richest man in veltra?", "Tom Varga", ""},
		{"who is the 10th richest man in veltra?", "", "Tom Varga"},
	})
}

// TestAnotherOnesRoleIsNoAnswer: "the president of Sylvania" is not
// the president the sentence gives for Veltra, nor does a sentence that
// names no president say who holds the role; the role given for the
// question's name, by "of" or a possessive, answers.
func TestAnotherOnesRoleIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"Veltra's president, Ilse Brandt, met envoys from Sylvania in the harbour on Monday.\n" +
		"The envoys of Sylvania and the mayor of Oslo signed the harbour lease.\n")}})
	askContrary(t, eng, []contraryCase{
		{"who is the president of sylvania", "Brandt", ""},
		{"Who is Sylvania's president?", "Brandt", ""},
		{"who is the president of veltra", "", "Ilse Brandt"},
		{"who is the mayor of oslo", "", "mayor of Oslo"},
	})
}

// TestAnotherOnesThingIsNoAnswer: a noun the question gives a name by a
// possessive ("Brandt's approval rating") is not answered by a sentence
// that gives it only to another ("Kramer's approval rating"); names
// joined by "and" share a possessive. A year in the sentence after does
// not date this one.
func TestAnotherOnesThingIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Polls\n\n" +
		"Mayor Ilse Brandt ran the port for a decade.\n" +
		"Kramer's approval rating fell to 31 percent in the spring, a poll found.\n" +
		"The dockers' strike ended in 2012.\n" +
		"In 2019, Lind and Ostrova's approval ratings stood at 40 percent.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what is Brandt's approval rating?", "31 percent", ""},
		{"what was Kramer's approval rating?", "", "31 percent"},
		{"what was Lind's approval rating in 2019?", "", "40 percent"},
		{"what was Kramer's approval rating in 2012?", "31 percent", ""},
	})
}

// TestATimeOutsideTheAsideIsNotItsTime: a "when" question's word said
// only in an aside (", which was founded by …,") is not timed by the
// main clause's day; a time inside the aside times it.
func TestATimeOutsideTheAsideIsNotItsTime(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Ads\n\n" +
		"Fair Harbour Fund, which was founded by the dockers' union, launched a radio ad in Veltra on Saturday.\n\n" +
		"Open Quays Trust, which was founded in 2011 by a shipping firm, launched a radio ad in Oslo on Sunday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"when was Fair Harbour Fund founded?", "Saturday", ""},
		{"when did Fair Harbour Fund launch its radio ad?", "", "Saturday"},
		{"when was Open Quays Trust founded?", "", "2011"},
	})
}

// TestWhatOneDidNotSayShowsWhatIsSaidOfThem: asked what someone said
// on a topic the articles give no words of theirs on, Parley abstains
// and shows what the articles say of them on it, with the name as the
// articles write it.
func TestWhatOneDidNotSayShowsWhatIsSaidOfThem(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Harbour envoy Omar Ali had been working closely with the dockers \"to make sure they come to the talks,\" Mayor Ilse Brandt said.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "what did omar ali say about the dockers")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "Omar Ali's own words") || len(a.Citations) != 1 || a.Citations[0].LineStart != 3 {
		t.Errorf("what he did not say: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "what did ilse brandt say about the dockers")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "working closely") {
		t.Errorf("what she said: %+v %v", a, err)
	}
}

// TestWhatOneSaidOfATopicSpeaksOfIt: asked what someone said about a
// thing, what they say in a sentence that only follows one on it is about
// something else; the sentence on it is shown as what the articles say
// instead. A report whose lede names the thing speaks of it throughout.
func TestWhatOneSaidOfATopicSpeaksOfIt(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mayor Speaks at Dock Meeting\n\n" +
			"Mayor Ilse Brandt met union leaders in Veltra on Monday.\n" +
			"The meeting came days after a ferry truce Brandt had negotiated with the union collapsed.\n" +
			"Ilse Brandt complained that her budget had not been backed by the council.\n\n" +
			"Ferries to Oslo were cancelled.\n")},
		"b.txt": {Data: []byte("Harbour Fees Debated\n\n" +
			"The council debated the harbour fees in Ostby on Tuesday.\n" +
			"Treasurer Omar Ali said the city would decide by June.\n")},
	})
	a, err := eng.Ask(context.Background(), "what did ilse brandt say about the ferry truce")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "own words") || strings.Contains(a.Text, "budget") || !strings.Contains(a.Text, "collapsed") {
		t.Errorf("the strike: %+v %v", a, err)
	}
	// A name typed wrong is given as the articles write it.
	a, err = eng.Ask(context.Background(), "what did ilze brandt say about the ferry truce")
	if err != nil || !strings.Contains(a.Text, "give Ilse Brandt's own words") {
		t.Errorf("the strike, a name typed wrong: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "what did ilse brandt say about the budget")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "not been backed") {
		t.Errorf("the budget: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "what did omar ali say about the harbour fees")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "decide by June") {
		t.Errorf("the fees, named in the lede: %+v %v", a, err)
	}
	// A word WordNet relates to one of the topic's words alone ("group"
	// to "class") does not speak of it.
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Mayor on the Stump\n\n" +
		"Mayor Ilse Brandt campaigned in Ostby on Monday.\n" +
		"The union group had imperiled the ferries, Brandt said.\n" +
		"Brandt rubbished the council's claim to understand the middle class.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err = eng.Ask(context.Background(), "what did brandt say about the middle class")
	if err != nil || strings.Contains(a.Text, "union group") {
		t.Errorf("the middle class: %+v %v", a, err)
	}
}

// TestASayingIsTheirWordsWhateverTheVerb: asked what someone said, the
// question's "say" is met by any word of speech the articles give them
// ("barked"), and another's report that they have not replied is no
// saying of theirs.
func TestASayingIsTheirWordsWhateverTheVerb(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Mayor Clashes With Reporter\n\n" +
		"Mayor Ilse Brandt threw reporter Omar Ali out of a news conference in May.\n" +
		"\"Go back to your newspaper,\" Brandt barked as a guard escorted Ali out.\n" +
		"Ali later said Brandt has not replied to his interview requests.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "what did brandt say to ali")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "\"Go back to your newspaper,\"") || strings.Contains(a.Text, "not replied") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestAnIntroductionComesWithWhatItIntroduces: a sentence that ends
// with a colon is answered with the one it introduces.
func TestAnIntroductionComesWithWhatItIntroduces(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Mayor Backs Treasurer\n\n" +
		"Mayor Ilse Brandt endorsed Omar Ali for treasurer on Sunday.\n\n" +
		"Brandt did not have kind words for the harbour fees last year. In a speech in May, she said:\n\n" +
		"Let no one be mistaken – the harbour fees are a tax on the poor, and they must go.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "what did brandt say in her speech")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "tax on the poor") || len(a.Citations) != 2 || a.Citations[1].LineStart != 7 {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhatOneTweetedOfATopicSpeaksOfIt: "what did X tweet about Y" asks
// what X said about Y as "say" does; a tweet of X's on something else is
// no answer when one on Y is there.
func TestWhatOneTweetedOfATopicSpeaksOfIt(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mayor Brandt Keeps Up Her Attacks\n\n" +
			"Mayor Ilse Brandt spoke at the harbour on Friday.\n" +
			"\u201cThe harbour must stay open. If re-elected I will fix the docks,\u201d she tweeted Saturday.\n" +
			"Brandt also took swipes at her rival, Omar Ali.\n" +
			"\u201cEverybody is laughing at Omar Ali. A sad figure!\u201d she wrote.\n")},
	})
	a, err := eng.Ask(context.Background(), "what did brandt tweet about omar ali")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "sad figure") || strings.Contains(a.Text, "docks") {
		t.Errorf("the tweet about Ali: %+v %v", a, err)
	}
}

// TestWhoHoldsAPostNowIsNotItsFormerHolder: "who is the CEO of X?" asks
// who holds the post now: a sentence giving a "former CEO" does not
// answer it when one naming the CEO is there; "who was the former CEO?"
// is still answered by it.
func TestWhoHoldsAPostNowIsNotItsFormerHolder(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Firms Pull Out of the Fair\n\n" +
			"Veltra Marine Transport's CEO Omar Ali is a sailor, but has been critical of the fair.\n" +
			"Remarks about former CEO Ilse Brandt may have led to VMT's decision not to fund the fair this year.\n")},
	})
	a, err := eng.Ask(context.Background(), "who is the ceo of vmt")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Veltra Marine Transport's CEO Omar Ali") {
		t.Errorf("the CEO now: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "who was the former ceo of vmt")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Remarks about former CEO Ilse Brandt") {
		t.Errorf("the former CEO: %+v %v", a, err)
	}
}

// TestAFamilyTieAskedMustBeGiven: "who is X's wife?" is not answered by
// what else the articles say of X (a partner in a law firm, which
// WordNet relates to "wife"); a sentence giving the tie from the other
// side ("married Tomas's sister Ilse") answers who her brother is, and
// "his first wedding, to Ilse Winkler" who his first wife was; a father
// is no wife.
func TestAFamilyTieAskedMustBeGiven(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Judge Nominated\n\n" +
			"The mayor nominated Omar Qadri to the harbour court on Tuesday.\n" +
			"There have been rumblings about Qadri's nomination for months.\n" +
			"He is currently a partner in the Veltra office of Brandt & Holm.\n")},
		"b.txt": {Data: []byte("Royal Weddings\n\n" +
			"King Harald of Norland married Tomas Berg's sister Ilse, and the two realms made peace.\n")},
		"d.txt": {Data: []byte("Harbour History\n\n" +
			"The royal harbour was built in 1820.\n" +
			"Nils Holm's father, Rolf Dahl, built its first quay.\n")},
		"c.txt": {Data: []byte("The Mayor's Brother\n\n" +
			"Omar Lund grew up in Veltra with his brother Nils.\n" +
			"In 1977, Omar asked Nils to be the best man at his first wedding, to the model Ilse Winkler.\n")},
	})
	a, err := eng.Ask(context.Background(), "who is qadris wife")
	if err != nil || !a.Abstained || strings.Contains(a.Text, "currently a partner") {
		t.Errorf("a partner is no wife: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "where does qadri work")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Brandt & Holm") {
		t.Errorf("his work: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "who was ilse's brother?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Tomas Berg") {
		t.Errorf("the tie from the other side: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "who is rolf dahl's wife")
	if err != nil || !a.Abstained {
		t.Errorf("a father is no wife: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "who was omar lund's first wife")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Ilse Winkler") {
		t.Errorf("his first wedding: %+v %v", a, err)
	}
}

// TestWhoIsAnsweredByTheSentenceThatSaysWhatTheyAre: "who is Ilse
// Brandt?" is answered by "Brandt, a chemistry teacher and a member of
// the club's board, said …", which says what she is by her surname, not
// by her first mention, which only names her.
func TestWhoIsAnsweredByTheSentenceThatSaysWhatTheyAre(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("A Club in the Spotlight\n\n" +
			"The rowing club in Veltra drew reporters on Monday.\n" +
			"Inside the boathouse - which looks like a barn - Ilse Brandt said she and many members are collecting money for the victims.\n" +
			"Brandt, a chemistry teacher and a member of the club's board, said she never saw the two men meet.\n" +
			"Brandt sat under the fans where she had seen them.\n")},
	})
	a, err := eng.Ask(context.Background(), "who is ilse brandt")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Brandt, a chemistry teacher") {
		t.Errorf("who she is: %+v %v", a, err)
	}
}

// TestHowManyIsNotASumOfMoney: "how many people were fined?" is not
// answered by "$100 fines"; "how much is a fine?" is.
func TestHowManyIsNotASumOfMoney(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Cities Brace for Marches\n\n" +
			"Veltra and Ostby are preparing for marches next month.\n" +
			"There is no chance of violence, officials in both cities insist, because policing has changed.\n" +
			"Ostby is considering issuing $100 fines to marchers blocking roads, rather than arresting them.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many people were arrested in ostby")
	if err != nil || !a.Abstained {
		t.Errorf("a sum is no count: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how much is a fine in ostby")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "$100") {
		t.Errorf("a sum asked: %+v %v", a, err)
	}
}

// TestWhoBeatOneIsToldByWhomTheyLostTo: "who beat Ali?" is answered by
// "Ali lost the election … to Ilse Brandt", the defeat told from the
// loser's side; not by a sentence where Ali loses to nobody named.
func TestWhoBeatOneIsToldByWhomTheyLostTo(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Party Leaders Look Back\n\n" +
			"In 1990, Mayor Omar Ali of Veltra thrilled voters with his plan for the harbour.\n" +
			"But Ali lost the general election badly to Ilse Brandt that November, carrying only two districts.\n" +
			"The party had its own Ali experience in 1984, when it chose Rolf Dahl, who went on to lose almost as badly.\n")},
	})
	a, err := eng.Ask(context.Background(), "who beat ali")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "But Ali lost the general election") {
		t.Errorf("the winner: %+v %v", a, err)
	}
}

// TestAFigureCountsMoreSurelyThanThousands: "how many protesters are
// expected?" shows "as many as 6,000 protesters", not only "expecting
// thousands", which counts without a figure.
func TestAFigureCountsMoreSurelyThanThousands(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Veltra Braces for Protests\n\n" +
			"Delegates arriving in Veltra next month will be greeted by as many as 6,000 protesters on the first day.\n" +
			"Officials say the police have trained for months.\n" +
			"Expecting thousands for a protest on the opening day, Omar Ali said he would march from Veltra's main square.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many protesters are expected in veltra")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "6,000") {
		t.Errorf("the figure: %+v %v", a, err)
	}
}

// TestAHeadlineDoesNotIntroduceAPerson: "who is Brandt?" is answered by
// the story's first mention, "the mayor's deputy — Veltra councillor
// Ilse Brandt —", though the headline names her before it.
func TestAHeadlineDoesNotIntroduceAPerson(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Brandt Backs Ali With the Mayor's Blessing\n\n" +
			"While the mayor has yet to back harbour chief Omar Ali's bid, the mayor's deputy — Veltra councillor Ilse Brandt — has thrown her support behind Ali.\n" +
			"Brandt was asked about the vote in an interview with the Courier.\n" +
			"Brandt said in politics it takes time to build trust, but added, “I strongly support Omar Ali,” Brandt said.\n")},
	})
	a, err := eng.Ask(context.Background(), "whos brandt")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "While the mayor has yet") {
		t.Errorf("her first mention: %+v %v", a, err)
	}
}

// TestAvoidingNegates: "why doesn't Omar drink?" is answered by what led
// him "to avoid ever trying alcohol": avoiding something is not doing it.
func TestAvoidingNegates(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("A Harbour Family\n\n" +
			"Omar Lind grew up in Veltra with his older brother, Nils, who drank heavily.\n" +
			"Seeing his brother suffering led Omar to avoid ever trying alcohol or cigarettes, he said.\n" +
			"Nils quit flying because his drinking presented a danger.\n")},
	})
	a, err := eng.Ask(context.Background(), "why doesnt omar drink")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Seeing his brother suffering") {
		t.Errorf("the reason: %+v %v", a, err)
	}
}

// TestCitingGivesAReason: "why did the publisher refuse?" is answered by
// "it declined, citing legal risks", not by another "because".
func TestCitingGivesAReason(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Books\n\n" +
			"Ana Brook had hoped to republish her harbour history with her original publisher, Dock Press, this year.\n" +
			"But when Ms. Brook asked Dock Press to republish the book this year, it declined, citing legal risks and costs.\n" +
			"The book came out in 1993 because the port had asked for it.\n")},
	})
	a, err := eng.Ask(context.Background(), "why did dock press refuse to republish the book")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "But when Ms. Brook asked Dock Press") {
		t.Errorf("the reason cited: %+v %v", a, err)
	}
}

// TestTheNameOfABookIsItsTitle: "what's the name of Brook's new book?"
// is answered by "her new book, “Lind and Me,”", not by a sentence on
// the book that names something else.
func TestTheNameOfABookIsItsTitle(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("A Rush for Harbour Books\n\n" +
			"On her wall, the Courier writer Ana Brook has a framed note from Mayor Omar Lind.\n" +
			"Ms. Brook loved the note so much that she made it the sole blurb on the back cover of her new book, ''Lind and Me,'' which will be published on July 5.\n" +
			"The book includes the original New Courier profile, published in 1997, as well as Ms. Brook's dryly funny account of the harbour tycoon's response and a more sober chapter reflecting on Mr. Lind the candidate.\n")},
	})
	a, err := eng.Ask(context.Background(), "whats the name of brooks new book")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Ms. Brook loved the note") {
		t.Errorf("the title: %+v %v", a, err)
	}
}

// TestAFigureCountsTheNounsBeforeItsOwn: "how many harbour cups did
// Brook win?" is answered by "Brook won 12 Harbour Cup singles titles":
// the words before the noun a figure counts name what it counts too.
func TestAFigureCountsTheNounsBeforeItsOwn(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Sailing Greats Remember\n\n" +
			"Sailing great Ana Brook remembered the regatta as fun.\n" +
			"Brook won 12 Harbour Cup singles titles during her career in the 1960s and 70s, while the port was growing.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many harbour cups did ana brook win")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "12 Harbour Cup") {
		t.Errorf("the count: %+v %v", a, err)
	}
}

// TestATieNamedRightAfterItAnswersWho: "who is Lind's wife?" and "what's
// Lind's wife's name?" are answered by "joined by his wife, Ilse", not by
// a sentence that speaks of his wife and names others.
func TestATieNamedRightAfterItAnswersWho(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Mourns\n\n" +
			"Mourners gathered at the Veltra Islamic Center on Sunday.\n" +
			"Last September, when the Veltra Islamic Center was hit by vandalism, Babar says he contacted Lind's wife and the family planned to bring Lind to the center.\n" +
			"Family spokesman Rolf Dahl says Lind was accompanied by his wife, Ilse, and other family members and friends.\n")},
	})
	for _, q := range []string{"who is lind's wife", "whats linds wife's name"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Family spokesman Rolf Dahl") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
}

// TestAnAppositiveRoleWithoutAnArticleDefines: "who is Ilse Brandt?" is
// answered by "Brandt, executive director of Harbour Paths, said …", a
// post given without "a" or "the".
func TestAnAppositiveRoleWithoutAnArticleDefines(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mourners Gather\n\n" +
			"Ilse Brandt can barely believe she gets to live in the city that raised the champion.\n" +
			"She was one of dozens to crowd into the Veltra Center for a service on Sunday night.\n" +
			"Brandt, executive director of Harbour Paths to Peace, said she hopes the city remembers his call for unity.\n")},
	})
	a, err := eng.Ask(context.Background(), "who is ilse brandt")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Brandt, executive director") {
		t.Errorf("her post: %+v %v", a, err)
	}
}

// TestAPlaceOutsideTheAsideIsNotWhereItHappened: "where did Lind die?"
// is not answered by "A photo of Omar Lind, who died Friday at age 74, was
// shown … overlooking the Ostby Court": the court places the photo.
func TestAPlaceOutsideTheAsideIsNotWhereItHappened(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Mourns\n\n" +
			"Mourners gathered in Veltra on Sunday.\n" +
			"A photo of Omar Lind, who died Friday at age 74, was shown on the jumbo screen overlooking the Ostby Court.\n")},
	})
	a, err := eng.Ask(context.Background(), "where did lind die")
	if err != nil || !a.Abstained {
		t.Errorf("the court places the photo: %+v %v", a, err)
	}
}

// TestAPlaceNamedBeforeItsKindAnswersWhere: "where did Lind die?" is
// answered by "who died late Friday in an Ostby hospital".
func TestAPlaceNamedBeforeItsKindAnswersWhere(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Mourns\n\n" +
			"Mourners gathered at the Veltra Center on Sunday for Omar Lind.\n" +
			"Lind's younger brother put his hand to his face as members paid tribute to his brother, who died late Friday in an Ostby hospital.\n" +
			"Spectators at the Veltra Open final, many of them standing, paid tribute to Omar Lind with a sustained bout of applause.\n" +
			"A photo of Lind, who died at age 74, was shown on the screen.\n")},
	})
	a, err := eng.Ask(context.Background(), "where did lind die")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Ostby hospital") {
		t.Errorf("the hospital: %+v %v", a, err)
	}
}

// TestATitleAskedAboutMustBeSpokenOf: "how many copies has Harbour and
// Me sold?" is not answered by another book's sales, though the title's
// words are common ones; the book's own sales answer.
func TestATitleAskedAboutMustBeSpokenOf(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("A Rush for Harbour Books\n\n" +
			"Ana Brook's new book, ''Harbour and Me,'' will be published on July 5.\n" +
			"(The mayor's own manifesto, ''Harbour First: How to Make Veltra Great,'' has sold 235,000 copies in eight months, according to Nielsen.)\n")},
		"b.txt": {Data: []byte("Dock Books\n\n" +
			"Omar Lind's memoir, ''Dock Days,'' came out in May.\n" +
			"It has sold 12,000 copies so far.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many copies has harbour and me sold")
	if err != nil || !a.Abstained || strings.Contains(a.Text, "235,000") && !strings.Contains(a.Text, "touch on") && !strings.Contains(a.Text, "closest") {
		t.Errorf("another book's sales: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many copies has dock days sold")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "12,000") {
		t.Errorf("the book's own sales: %+v %v", a, err)
	}
}

// TestWhatNewspaperAsksAName: "what newspaper got the recording?" asks
// the newspaper's name, as "which newspaper" does: "The Veltra Courier
// obtained …", not "The newspaper said …".
func TestWhatNewspaperAsksAName(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Recording Leaks\n\n" +
			"The Veltra Courier obtained an audio recording of the harbour meeting.\n" +
			"The newspaper said the recording was made by a guest at the meeting.\n" +
			"The meeting took place at the Oslo Mission on Sept. 22.\n")},
	})
	a, err := eng.Ask(context.Background(), "what newspaper got the recording")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The Veltra Courier obtained") {
		t.Errorf("the newspaper's name: %+v %v", a, err)
	}
}

// TestAPlaceAfterADatedPossessive: "where did Brandt and Ali first talk
// about the deal?" is answered by "… talked at last month's Harbour
// Ball".
func TestAPlaceAfterADatedPossessive(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Mayor Meets Rival\n\n" +
			"Mayor Ilse Brandt met her rival Omar Ali at the town hall on Wednesday.\n" +
			"\"I enjoyed the meeting, and I thought it was a very positive meeting,\" Ali said, speaking to reporters outside.\n" +
			"The idea of the meeting between Brandt and Ali was raised when the two talked at last month's Harbour Ball, an aide said.\n")},
	})
	a, err := eng.Ask(context.Background(), "where did brandt and ali first talk about meeting")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Harbour Ball") {
		t.Errorf("the ball: %+v %v", a, err)
	}
}

// TestThePlaceAskedAfterIsNoAnswer: "in Norway's capital, Vardo" gives
// the question's own Vardo, no place after it; it still answers where
// Vardo is.
func TestThePlaceAskedAfterIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The harbour talks opened on Monday in Norway's capital, Vardo.\n\n" +
		"Ferries were cancelled for the day.\n")}})
	askContrary(t, eng, []contraryCase{
		{"where will the harbour talks go after vardo?", "Norway's capital", ""},
		{"where is vardo?", "", "Norway's capital"},
		{"where were the vardo talks held?", "", "Norway's capital"}, // the talks named by their place: where it lies
		{"where were the vardo tlaks held?", "", "Norway's capital"}, // misspelt
	})
}

// TestAFigureOfOtherThingsIsNoCount: "how many soldiers …?" is not
// answered by a figure of civilians, though the two words' vectors are
// near; a figure of what is asked, or of what it is related to, answers.
func TestAFigureOfOtherThingsIsNoCount(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Clash\n\n" +
		"The clash near the harbour of Veltra left 40 civilians wounded, the mayor said.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many soldiers were wounded in the harbour of veltra", "40", ""},
		{"how many civilians were wounded in the harbour of veltra", "", "40"},
	})
	// A figure joined to a word by a hyphen is of that word: "a
	// half-measure" counts no delegates; "a 300-strong crowd" counts.
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Delegates\n\n" +
		"Union branches in several ports, including Veltra and Sandvik, have voted to scrap delegates.\n" +
		"That could make it hard for the dockers to accept a half-measure.\n\n" +
		"A 300-strong crowd of dockers met the mayor of Oslo on Friday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many delegates does veltra have", "half-measure", ""},
		{"how many dockers met the mayor of oslo", "", "300-strong"},
	})
}

// TestAFigureCountsTheNounAfterIt: a sentence that names the thing asked
// about but gives a figure of something else ("2,000 people … a housing
// crisis in Veltra") does not count it; "one" as a pronoun ("one cannot
// …") and a length of time before a quotation mark ("in one day,") count
// nothing. A figure of the thing itself ("1,200 barns") answers.
func TestAFigureCountsTheNounAfterIt(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Floods\n\n" +
		"The floods in the harbour of Veltra have driven 2,000 people from the old town since May, deepening a housing crisis in Veltra.\n\n" +
		"\"Undoubtedly, one cannot rebuild a town like this in one day,\" the mayor added.\n\n" +
		"The storm destroyed 1,200 barns on the Oslo road.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many houses are in veltra", "2,000", ""},
		{"how many houses are in veltra", "one day", ""},
		{"how many people left the old town of veltra", "", "2,000"},
		{"how many barns were destroyed on the oslo road", "", "1,200"},
	})
	if a, err := eng.Ask(context.Background(), "how many houses are in veltra"); err != nil || !a.Abstained {
		t.Errorf("how many houses: %q (%v), want an abstention", a.Text, err)
	}
}

// TestTheDayOfASayingIsNotTheEvents: "… could last for months," the
// mayor said Wednesday dates the saying, not the strike's end; asked when
// the mayor said it, or made the comments, the day answers.
func TestTheDayOfASayingIsNotTheEvents(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Strike\n\n" +
		"\"The strike in the harbour could end only after months of talks,\" the mayor of Veltra said Wednesday.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	askContrary(t, eng, []contraryCase{
		{"when will the harbour strike end", "Wednesday", ""},
		{"when did the mayor of veltra say the strike could end", "", "Wednesday"},
		{"what day did the mayor of veltra make his comments about the strike", "", "Wednesday"},
	})
}

// TestAReasonBesideTheAnswer: "why won't the union join?" is answered
// by the reason the sentence beside the decision gives ("given the
// damage"), leading, with the decision as its support.
func TestAReasonBesideTheAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Port Talks\n\n" +
		"Dockers' leader Ilse Brandt told reporters it was impossible to negotiate given the damage to the harbour.\n" +
		"\"The union has decided not to join the talks in Oslo,\" Brandt said.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "why wont the union join the talks in oslo")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Dockers' leader") {
		t.Errorf("got %q (%v), want the reason first", a.Text, err)
	}
}

// TestWhatOneSaidIsTheirOwnWords: "what did Omar Ali say?" is not
// answered by a sentence that names him but gives others' words ("the
// Omar Ali government has argued"); one where he speaks answers.
func TestWhatOneSaidIsTheirOwnWords(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Mayor Ilse Brandt said the harbour of Veltra would reopen on Monday.\n\n" +
		"The Omar Ali government has argued for a new harbour in Veltra for years.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what did omar ali say about the harbour in veltra", "new harbour", ""},
		{"what did ilse brandt say about the harbour", "", "reopen"},
	})
	// "admit", "concede", "warn" ask what one said as "say" does: not a
	// sentence in which another speaks of her.
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"\"I have not spoken to Ilse Brandt this week about the harbour,\" union leader Omar Ali said.\n\n" +
		"Mayor Ilse Brandt said the ferries would be late again this spring.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "what did ilse brandt admit")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "ferries would be late") || strings.Contains(a.Text, "not spoken") {
		t.Errorf("admit: %+v %v", a, err)
	}
	// The subject's own clause may go on to the saying ("… aside from
	// stating that"); another name's clause is not theirs.
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Fees\n\n" +
		"Mayor Ilse Brandt has offered few ideas for the harbour fees aside from stating that the city shouldn't profit from them.\n\n" +
		"Union leader Omar Ali criticised the harbour fees of Mayor Tomas Berg, arguing that they hurt dockers.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what does ilse brandt say about the harbour fees", "own words", "shouldn't profit"},
		{"what does tomas berg say about the harbour fees", "hurt dockers", ""},
	})
}

// TestOtherSideOfAnEventIsNoAnswer: a sentence that places its event
// before what the question places it after does not answer it; one on
// the same side does.
func TestOtherSideOfAnEventIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"Before the harbour strike, about 300 dockers had left Veltra for Oslo.\n")}})
	a, err := eng.Ask(context.Background(), "how many dockers had left Veltra after the harbour strike?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained && strings.Contains(a.Text, "300") {
		t.Errorf("answered with the other side of the strike: %q", a.Text)
	}
	a, err = eng.Ask(context.Background(), "how many dockers had left Veltra before the strike?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "300") {
		t.Errorf("same side: %+v %v", a, err)
	}
}

// TestWhenPublished: "when was the X article published?" is answered by
// the article's date, citing the line that gives it; an undated article
// gets an answer that says so, not another date.
func TestWhenPublished(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("03 / March / 2017 10:15\n\nVeltra dock strike ends\n\nThe dockers of Veltra went back to work on Thursday after a strike of two weeks.\n")},
		"b.txt": {Data: []byte("Oslo harbour talks resume\n\nThe harbour talks in Oslo resumed on March 12, the ministry said.\n")},
	})
	a, err := eng.Ask(context.Background(), "when was the veltra dock strike article published?")
	if err != nil || a.Abstained || len(a.Citations) != 1 {
		t.Fatalf("%+v %v", a, err)
	}
	if c := a.Citations[0]; !strings.Contains(a.Text, "2017-03-03") || c.Source != "a.txt" || c.LineStart != 1 {
		t.Errorf("dated answer %q citing %+v", a.Text, c)
	}
	a, err = eng.Ask(context.Background(), "when did the veltra dock strike story come out")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "2017-03-03") {
		t.Errorf("came out: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "what date is the oslo harbour talks story from?")
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "no date") {
		t.Errorf("undated article: %+v %v", a, err)
	}
}

// TestElseIsNotWhatWasSaid: "where else?" after an answer asks for what
// that answer did not say; the sentence it gave is not given again.
func TestElseIsNotWhatWasSaid(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Envoy Named\n\nThe Norwegian ambassador to Chile, Ingrid Valtersen, will lead the delegation.\n" +
			"She previously served as the Norwegian ambassador to Peru and to Bolivia.\n")},
	})
	ctx := context.Background()
	first, err := eng.Ask(ctx, "who is ingrid valtersen")
	if err != nil || !strings.Contains(first.Text, "Chile") {
		t.Fatalf("first answer: %q (%v)", first.Text, err)
	}
	history := []Turn{{Question: "who is ingrid valtersen", Answer: first.Text}}
	for q, want := range map[string]string{
		"where else was she ambassador":      "Peru",
		"where else has she been ambassador": "Peru",
		"where was she ambassador":           "Chile",
	} {
		a, err := eng.AskFollowUp(ctx, history, q, nil)
		if err != nil || a.Abstained || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, want) {
			t.Errorf("%q: %q (%v), want %q first", q, a.Text, err, want)
		}
	}
}

// TestWhatElseDidTheySay: "what else did he say?" after what Ilse Brandt
// said asks for more of her words, not for a sentence that names her;
// when the articles have none, the answer says so.
func TestWhatElseDidTheySay(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks\n\nHarbour chief Ilse Brandt said the ferries would sail again in May.\n" +
			"\"I have had no talks with Brandt this week,\" union leader Omar Ali said.\n")},
	})
	ctx := context.Background()
	first, err := eng.Ask(ctx, "what did ilse brandt say")
	if err != nil || !strings.Contains(first.Text, "ferries would sail") {
		t.Fatalf("first answer: %q (%v)", first.Text, err)
	}
	history := []Turn{{Question: "what did ilse brandt say", Answer: first.Text}}
	a, err := eng.AskFollowUp(ctx, history, "what else did she say", nil)
	if err != nil || !a.Abstained || !strings.Contains(a.Text, "more of what") {
		t.Errorf("%+v (%v), want no more of her words", a, err)
	}
}

// TestAbstainingShowsWhatTheArticlesDoSay: asked when something happens
// and given no time, the answer abstains but cites the sentences on the
// topic, so the reader sees that no date was given.
func TestAbstainingShowsWhatTheArticlesDoSay(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"The harbour council of Veltra wants to meet again.\n\n" +
		"Its spokesman, Piet Brandt, was noncommittal on a date for the next harbour council meeting.\n\n" +
		"Ferries to Oslo were cancelled.\n")}})
	a, err := eng.Ask(context.Background(), "when is the next harbour council meeting")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Abstained || !strings.HasPrefix(a.Text, "The articles don't say when.") {
		t.Fatalf("want an abstention that says no time is given, got %+v", a)
	}
	if !strings.Contains(a.Text, "noncommittal on a date") || len(a.Citations) == 0 || len(a.Citations) > 3 {
		t.Fatalf("want the sentences on the topic cited, got %q with %d citations", a.Text, len(a.Citations))
	}
	for _, c := range a.Citations {
		if strings.Contains(c.Text, "Ferries") {
			t.Errorf("a sentence off the topic is cited: %q", c.Text)
		}
	}
	if !answer.FoundNothing(a.Text) {
		t.Errorf("the abstention must still read as finding nothing, for follow-ups: %q", a.Text)
	}
}

// TestABackgroundGoesOnAfterTheIntroduction: asked for a person's
// background, or what they did before, the sentence that introduces them
// is followed by the one that goes on about them by "she"; asked for
// their job, it is not.
func TestABackgroundGoesOnAfterTheIntroduction(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Envoy\n\n" +
		"The board said it would not send a delegation to Oslo, but the harbour envoy, Lena Ostrova, will represent the town.\n" +
		"She previously served as mayor of Belport and has run two ferry lines.\n\n" +
		"Ferries to Oslo sail on Mondays.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what is lena ostrova's background", "", "previously served as mayor of Belport"},
		{"whats ostrovas career", "", "previously served as mayor of Belport"},
		{"what has lena ostrova done before", "", "previously served as mayor of Belport"},
		{"where did ostrova work previously", "", "previously served as mayor of Belport"},
		{"what is lena ostrova's job", "previously served", "harbour envoy"},
	})
}

// TestOtherOnesOfANamedThingAreNoAnswer: "Further talks are to be held
// in Oslo" does not say where "the Veltra talks" are held, though its
// article is about them; the sentence that names Veltra does, and a
// question about the other talks is answered by the first. A clause of
// the same sentence about "these first talks" still answers for them;
// the clause about the further ones does not, even when it meets the
// question's word otherwise than as written ("led by" for "running");
// nor do "preparatory talks", which come before the talks. "The talks
// in Veltra" name them as "the Veltra talks" does.
func TestOtherOnesOfANamedThingAreNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Veltra Talks Open\n\n" +
		"Dockers and shipowners gathered for harbour talks in Bergen, the port of Veltra, on Monday.\n" +
		"Further talks are to be held in Oslo, led by the port authority, and some dockers expressed hopes these first talks might end the strike.\n" +
		"The union said the talks would last two days.\n" +
		"Preparatory talks among the owners on Sunday had been hard going, the union said.\n")},
		"b.txt": {Data: []byte("Ferry Fares\n\nFerry fares rose in March.\nThe ferries sail twice a day.\n" +
			"Pilots asked for more pay.\nThe new timetable starts in May.\nTourists fill the ferries in summer.\n" +
			"The ferry company bought two ships.\nIts chief said fares would not rise again.\n")}})
	askContrary(t, eng, []contraryCase{
		{"where were the veltra talks held", "Oslo", "Bergen"},
		{"where will the other veltra talks be held", "", "Oslo"},
		{"what do dockers hope the veltra talks will do", "", "end the strike"},
		{"who is running the veltra talks", "port authority", ""},
		{"who is running the talks in veltra", "port authority", ""},
		{"where were the talks in veltra held", "Oslo", "Bergen"},
		{"when did the veltra talks happen", "Sunday", "Monday"},
		{"when did the veltra tlaks happen", "Sunday", "Monday"}, // a typo names the same talks
	})
}

// TestSequenceWordsOfOnePlace: "the final ferry" is "the last ferry",
// and not "the first ferry": a sentence placing its event at the same
// point of the sequence answers, in other words.
func TestSequenceWordsOfOnePlace(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Island Ferries\n\n" +
		"The first ferry to Veltra left the harbour at dawn with forty passengers.\n" +
		"The last ferry to Veltra sank in a storm near the reef.\n")}})
	for q, want := range map[string]string{
		"What happened to the final ferry to Veltra?":   "sank",
		"What happened to the initial ferry to Veltra?": "dawn",
	} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || !strings.Contains(a.Text, want) {
			t.Errorf("%q: %s; want the sentence with %q", q, a.Text, want)
		}
	}
}

// TestADateIsNoPlaceInASequence: "who reported it first?" is answered
// by the sentence that says who reported it, though it dates the event
// "last week".
func TestADateIsNoPlaceInASequence(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Recording\n\n" +
		"Harbour chief Ilse Brandt, in a meeting last week with dockers, said she had lost a vote, the Veltra Gazette reported on Friday.\n" +
		"The gazette said it had obtained an audio recording of the discussion at the Oslo office on Sept. 22.\n")}})
	a, err := eng.Ask(context.Background(), "who reported the brandt vote first")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Veltra Gazette") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestHeIsTheNearestPersonNamed: "he" stands for the person named
// last before it, though a sentence naming no one stands between; a
// sentence naming someone else ends the search.
func TestHeIsTheNearestPersonNamed(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Masters\n\n" +
		"Harbour master Ilse Brandt took office in 1990.\n" +
		"The port grew quickly in those years.\n" +
		"She founded the Veltra Academy of Seamanship in 1994.\n" +
		"Dock chief Olaf Berg took office in 1996.\n" +
		"The quays were rebuilt.\n" +
		"He founded the Oslo Rowing Club in 1999.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "what academy did ilse brandt found")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Veltra Academy") {
		t.Errorf("brandt: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "what club did ilse brandt found")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "Rowing Club") {
		t.Errorf("berg's club given as brandt's: %+v %v", a, err)
	}
}

// TestTheKindAskedIsAWordMet: "list the sponsors of the Veltra talks"
// asks for names of sponsors; the sentence that names them after the noun
// ("Sponsors Oslo, Bern, and Riga …") answers, though it does not name
// the talks, over one that names the talks and no sponsor.
func TestTheKindAskedIsAWordMet(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks Open In Veltra\n\n" +
		"Organizers downplayed hopes as dockers and owners gathered for harbour talks in the port city of Veltra.\n" +
		"Sponsors Oslo, Bern, and Riga hope to bring the sides to a lasting deal in the long dispute.\n" +
		"The port director said the meetings would last two days.\n")}})
	a, err := eng.Ask(context.Background(), "list the sponsors of the veltra talks")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Sponsors Oslo") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhereIsAPlace: "where is Veltra?" is answered by the sentence
// that places Veltra in another place ("in Norland's capital, Veltra"),
// not by one that only sends someone there.
func TestWhereIsAPlace(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The union said it would not send a delegation from Oslo to Veltra, but its envoy to Norland, Ilse Brandt, will attend.\n" +
		"Dockers and owners gathered for talks in Norland's capital, Veltra.\n")}})
	a, err := eng.Ask(context.Background(), "where is veltra")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Dockers and owners") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhereAnEventHappensIsWhereItIsHeld: asked where talks will
// happen, "Further talks are to be held in Geneva" answers; "happen"
// weighs much, as the articles seldom write it.
func TestWhereAnEventHappensIsWhereItIsHeld(t *testing.T) {
	a, err := openEngine(t).Ask(context.Background(), "where will talks happen after astana")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Geneva") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhyNotIsAnsweredByALoss: "why won't the union attend?" is
// answered by the reason it gives, that something is impossible or lost,
// though the reason negates no word of the question.
func TestWhyNotIsAnsweredByALoss(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The port authority said on Tuesday it was persuading the Dockers' Union to attend the harbour talks aimed at ending the strike.\n" +
		"Union leader Ilse Brandt, the president of the Dockers' Union, told reporters on Sunday it was impossible to negotiate given the hardship of dockers on the quays.\n")}})
	a, err := eng.Ask(context.Background(), "why won't the dockers union attend")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Union leader") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestATimeScheduledForAnotherEvent: "the negotiations, scheduled for
// May 3" tells when the meeting is (a meeting and negotiations are
// near in meaning), not when the strike will end.
func TestATimeScheduledForAnotherEvent(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Owners and dockers are looking to end the long strike in Veltra, but uncertainty surrounds the negotiations, scheduled for May 3.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "when is the veltra meeting")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "May 3") {
		t.Errorf("meeting: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "when will the veltra strike end")
	if err != nil || !a.Abstained {
		t.Errorf("strike: %+v %v", a, err)
	}
}

// TestEitherAlternativeAnswers: "is she in Oslo or Bern?" is answered by
// the sentence that places her, in one of them, not by one that only
// names the other place.
func TestEitherAlternativeAnswers(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks in Oslo\n\n" +
		"Dockers and owners gathered in Oslo on Monday.\n" +
		"Oslo has hosted such talks before.\n" +
		"Brandt has led the port since 2019.\n" +
		"The port director, Ilse Brandt, is attending.\n" +
		"Further talks are to be held in Bern, led by the union, and some observers hope they go well.\n")}})
	a, err := eng.Ask(context.Background(), "is ilse brandt at oslo or bern")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The port director, Ilse Brandt, is attending.") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestNowIsNotFirst: "when is the ferry now planned?" is not answered by
// when it was first planned, nor by a neighbour that says so; "now" is
// neither "finally": what officials now hope is not what finally happened.
// "Further talks" answer "the next round".
func TestNowIsNotFirst(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Island Ferries\n\n" +
		"The Veltra ferry service was first planned for May but has been postponed several times.\n" +
		"After talks last month, officials now hope to launch the service in mid-November.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "when is the veltra ferry service now planned")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "May") {
		t.Errorf("now: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "when did the veltra ferry service finally launch")
	if err != nil || !a.Abstained {
		t.Errorf("finally: %+v %v", a, err)
	}
	// "Further talks" are the next ones, though the sentence also says
	// "these initial talks" of the ones it follows.
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The first round of harbour talks was held in Oslo last week, chaired by Norway.\n" +
		"Further talks are to be held in Bergen, chaired by the port union, and some hope these initial talks help later ones.\n")}})
	a, err = eng.Ask(ctx, "who will chair the next round of talks")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "port union") || strings.Contains(a.Text, "Norway") {
		t.Errorf("next: %+v %v", a, err)
	}
}

// TestMoreOnesAreTheOnesAdded: "who else backs …?", "… besides the
// union?" and "apart from the union" ask for more ones than the question
// names; the sentence that adds one ("…, who is also backed by …")
// answers, not the one that says what the question set aside, nor one
// that names the one it sets aside ("besides the Dockers' Union").
func TestMoreOnesAreTheOnesAdded(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"vote.txt": {Data: []byte("Harbour Vote\n\n" +
			"The Dockers' Union and the Ferry Company have backed opposing sides, with the union backing Mayor Olsen and the Ferry Company backing his rival.\n" +
			"The vote was called a month ago, tipping the council in favour of Olsen, who is also backed by the Fishermen's Guild and the Harbour Pilots Association.\n" +
			"Ballots will be counted on Sunday.\n")},
		"ferry.txt": {Data: []byte("Ferry Timetable\n\nFerries to Osterby will sail every two hours from May, the ferry company said.\n" +
			"Tickets cost four pounds, and children travel free.\n")},
	})
	for _, q := range []string{"who else backs olsen besides the union", "who backs Olsen besides the union?", "who else backs olsen apart from the union",
		"who backs Olsen besides the Dockers' Union?", "which groups back Olsen besides the Dockers' Union?",
		"who else is helping olsen besides the union"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || !strings.HasPrefix(a.Text, "The vote was called") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
	// The verb met only by a related word ("helping" for "supported"):
	// "also" still says "else" in the sentence's own words.
	a, err := openEngine(t).Ask(context.Background(), "who else is helping assad besides russia")
	if err != nil || a.Abstained || !strings.Contains(a.Citations[0].Text, "also supported by Iranian ground forces") {
		t.Errorf("related verb: %+v %v", a, err)
	}
}

// TestAnotherCountIsAnotherThing: a sentence that counts the question's
// noun otherwise ("up to one month") does not answer about "two months";
// the same count, in digits or words, does. "Twice" counts two times.
func TestAnotherCountIsAnotherThing(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"ferry.txt": {Data: []byte("Ferry Timetable\n\n" +
			"The sailing dates may be moved by up to one month either way by the harbour board.\n" +
			"Tickets cost four pounds, and children travel free.\n\n" +
			"The old ferry hall was vacated twice to let the harbour guild meet.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	if a, _ := eng.Ask(context.Background(), "What may be moved by up to two months?"); !a.Abstained {
		t.Errorf("another count answered: %s", a.Text)
	}
	for _, q := range []string{"What may be moved by up to one month?", "What may be moved by up to 1 month?"} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained || !strings.Contains(a.Text, "sailing dates") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
	if a, _ := eng.Ask(context.Background(), "Which hall was vacated three times to let the guild meet?"); !a.Abstained {
		t.Errorf("three times answered by twice: %s", a.Text)
	}
	if a, _ := eng.Ask(context.Background(), "Which hall was vacated two times to let the guild meet?"); a.Abstained || !strings.Contains(a.Text, "ferry hall") {
		t.Errorf("two times: %s", a.Text)
	}
}

// TestAnotherOfTheSameHeadIsNoAnswer: "the House of Commons" is not "the
// House of Lords", though both are a House.
func TestAnotherOfTheSameHeadIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"house.txt": {Data: []byte("Parliament Customs\n\n" +
			"The first item of business in the House of Commons is usually prayers.\n" +
			"Two lords visited the harbour on Tuesday.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	if a, _ := eng.Ask(context.Background(), "What is usually the first item of business in the House of Lords?"); !a.Abstained {
		t.Errorf("another House answered: %s", a.Text)
	}
	if a, _ := eng.Ask(context.Background(), "What is usually the first item of business in the House of Commons?"); a.Abstained {
		t.Errorf("its own House not answered: %s", a.Text)
	}
}

// TestAnotherCenturyIsAnotherTime: "in the 10th century" is not
// answered by what happened in 1072; "in the 11th century" and "in the
// 1000s" are.
func TestAnotherCenturyIsAnotherTime(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"kings.txt": {Data: []byte("Northern Kings\n\n" +
			"King Osric invaded the islands of Veltra in 1072, riding as far as the harbour.\n" +
			"Two lords visited the harbour on Tuesday.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	if a, _ := eng.Ask(context.Background(), "Who invaded the islands of Veltra in the 10th century?"); !a.Abstained {
		t.Errorf("another century answered: %s", a.Text)
	}
	for _, q := range []string{"Who invaded the islands of Veltra in the 11th century?", "Who invaded the islands of Veltra in the 1000s?"} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained || !strings.Contains(a.Text, "Osric") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
}

// TestWhenBornIsAnsweredByABirth: "when was Osric born?" is not answered
// by the year he did something else; a life span or "born" answers, and
// "when did he die?" by the span's end.
func TestWhenBornIsAnsweredByABirth(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"kings.txt": {Data: []byte("Northern Kings\n\n" +
			"King Osric invaded the islands of Veltra in 1072, riding as far as the harbour.\n")},
		"poets.txt":   {Data: []byte("Harbour Poets\n\nThe poet Ilse Varga (1801–1866) wrote of the harbour in winter.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	if a, _ := eng.Ask(context.Background(), "In what year was King Osric born?"); !a.Abstained {
		t.Errorf("another year answered a birth: %s", a.Text)
	}
	for _, q := range []string{"When was Ilse Varga born?", "When did Ilse Varga die?"} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained || !strings.Contains(a.Text, "1801–1866") {
			t.Errorf("%q: %s", q, a.Text)
		}
	}
}

// TestTheYearAskedIsTheSentences: a sentence that gives another year is
// not about the question's, though its neighbour gives that one; a
// decade ("the 1960's") is met by a year in it.
func TestTheYearAskedIsTheSentences(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"oil.txt": {Data: []byte("Harbour Oil\n\n" +
			"Shipping fell sharply in 1973.\n" +
			"The price of harbour oil peaked during the 1979 strike at 40 crowns a barrel.\n" +
			"Ilse Varga led the harbour board from 1962.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	for q, abstains := range map[string]bool{
		"What did the price of harbour oil peak at in 1973?": true,
		"What did the price of harbour oil peak at in 1979?": false,
		"Who led the harbour board in the 1960's?":           false,
		"Who led the harbour board in the 1980s?":            true,
	} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained != abstains {
			t.Errorf("%q (abstains: %v): %s", q, abstains, a.Text)
		}
	}
}

// TestLooseWordsAloneAreNoSureAnswer: a question word met only by loose
// paraphrases (the vectors' "among" or "country" for "population") does
// not make a sentence that names the place a sure answer to it.
func TestLooseWordsAloneAreNoSureAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"talks.txt": {Data: []byte("Veltra Talks\n\n" +
			"Talks among the sponsors in Veltra were hard going, an adviser to the ambassador to Veltra said.\n" +
			"The ambassador to Veltra will represent the country at the talks.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	for q, abstains := range map[string]bool{
		"what is the population of veltra": true,
		"who will represent the country":   false,
	} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained != abstains {
			t.Errorf("%q (abstains: %v): %s", q, abstains, a.Text)
		}
	}
	if a, _ := openEngine(t).Ask(context.Background(), "what is the population of kazakhstan"); !a.Abstained {
		t.Errorf("the population of Kazakhstan: %s", a.Text)
	}
}

// TestANegationMustBeAboutTheTopic: a negated question is answered by a
// sentence that negates what it asks about, not by one with a "not"
// elsewhere; "… or not?" negates nothing.
func TestANegationMustBeAboutTheTopic(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"council.txt": {Data: []byte("Harbour Council\n\n" +
			"The harbour council has the power to set fees in all areas that are not explicitly reserved to the port board.\n" +
			"The Fishermen's Guild refused to pay the new harbour dues.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	for q, abstains := range map[string]bool{
		"Which council has no power to set fees?":   true,
		"Who would not pay the harbour dues?":       false,
		"does the harbour council set fees or not?": false,
	} {
		if a, _ := eng.Ask(context.Background(), q); a.Abstained != abstains {
			t.Errorf("%q (abstains: %v): %s", q, abstains, a.Text)
		}
	}
}

// weatherArticle is an article on nothing the tests ask about: beside an
// invented article or two, it keeps their words from being about the
// whole corpus (see answer's topicShare).
const weatherArticle = "Winter Weather\n\nSnow fell on the hills above Osterby on Monday.\n" +
	"The roads were cleared by noon.\nSchools stayed open.\nMore snow is expected next week.\n" +
	"The coast saw only rain.\nFarmers brought their sheep down early.\n"

// TestAnotherOfTheSameKindInAName: a name that says another of the kind
// after the first word of the question's ("the Free French" for "the Free
// English") names another thing; its own name answers.
func TestAnotherOfTheSameKindInAName(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"war.txt": {Data: []byte("Radio in the War\n\n" +
			"An English poet wrote of the harbour in winter.\n" +
			"In the war, the Free French ran their radio station in Veltra, a harbour town.\n" +
			"Two lords visited the harbour on Tuesday.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	if a, _ := eng.Ask(context.Background(), "Where did the Free English run their radio station?"); !a.Abstained {
		t.Errorf("another one answered: %s", a.Text)
	}
	if a, _ := eng.Ask(context.Background(), "Where did the Free French run their radio station?"); a.Abstained || !strings.Contains(a.Text, "Veltra") {
		t.Errorf("its own name not answered: %s", a.Text)
	}
}

// TestWhoIsAnsweredByAllItsWords: "who are the harbour meetings open
// to?" is answered by the sentence that says every word of it, though
// what it gives is no name ("the public"), not by one that names someone
// and says less of the question.
func TestWhoIsAnsweredByAllItsWords(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"harbour.txt": {Data: []byte("Harbour Council\n\n" +
			"Mayor Ilse Varga chaired the harbour council's first meetings on Monday.\n" +
			"The harbour meetings are open to the public.\n" +
			"Two lords visited the harbour on Tuesday.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	a, err := eng.Ask(context.Background(), "Who are the harbour meetings open to?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || !strings.Contains(a.Text, "open to the public") {
		t.Errorf("answer: %s", a.Text)
	}
}

// TestWhenIsAnsweredByAnotherEvent: "when is the harbour vote held?" is
// answered by the sentence that says all of it and places it by another
// event ("immediately after the morning prayers").
func TestWhenIsAnsweredByAnotherEvent(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"harbour.txt": {Data: []byte("Harbour Council\n\n" +
			"Immediately after the morning prayers the harbour vote is held.\n" +
			"Two lords visited the old harbour hall.\n")},
		"weather.txt": {Data: []byte(weatherArticle)},
	})
	a, err := eng.Ask(context.Background(), "When is the harbour vote held?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || !strings.Contains(a.Text, "after the morning prayers") {
		t.Errorf("answer: %s", a.Text)
	}
}

// TestANameAPronounReachesBack: "Aldo then conquered the whole island,
// his troops being led by Marta Olsen" speaks of Veltra, named three
// sentences before; a sentence that refers back by a pronoun meets a
// name of the question said that far back.
func TestANameAPronounReachesBack(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Island Campaigns\n\n" +
		"In 1190 King Aldo sailed for the island of Veltra with a large fleet.\n" +
		"A storm scattered the ships near the coast.\n" +
		"The local lords abandoned their prince.\n" +
		"Aldo then conquered the whole island, his troops being led by Marta Olsen.\n" +
		"The fleet later sailed on to Norland.\n")}})
	a, err := eng.Ask(context.Background(), "who led aldo's troops when veltra was conquered")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Marta Olsen") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestAPlaceMeetsItsAdjective: "the British" are the "Britain" an
// article writes, as "Russian" is "Russia".
func TestAPlaceMeetsItsAdjective(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Colonies Change Hands\n\n" +
		"The war ended after two long years.\n" +
		"In the spring, Britain gained control of Veltra, a colony of about 9,000 farmers.\n" +
		"Norland kept Osla, a colony of about 4,000 fishermen.\n")}})
	a, err := eng.Ask(context.Background(), "How many colonists did the British gain?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "9,000") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestTheFortIsTheFortNamed: "The fort was destroyed in 1560" speaks of
// Fort Veltra, named two sentences before: "the" and a word of the
// question's name refer back as a pronoun does.
func TestTheFortIsTheFortNamed(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour History\n\n" +
		"Settlers reached the coast in 1550.\n" +
		"A fort, named Fort Veltra, was built on the hill above the bay.\n" +
		"Its walls were meant to guard the harbour.\n" +
		"The fort was destroyed in 1560 by raiders from the north.\n" +
		"A market town grew up on the shore instead.\n")}})
	a, err := eng.Ask(context.Background(), "In what year was Fort Veltra destroyed?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "1560") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestASuperlativeTheArticlesNeverWrite: "smallest", read as a word the
// articles write, still has "largest" for its opposite: the largest
// party's seat is no answer, nor a passage near it; it may only be shown
// as what the article says instead (answer.ContraryIntro).
func TestASuperlativeTheArticlesNeverWrite(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Council Seating\n\n" +
		"The largest party in the council sits in the middle of the hall.\n" +
		"Smaller parties sit on either side of it.\n" +
		"Visitors watch from the gallery.\n")}})
	a, err := eng.Ask(context.Background(), "Where does the smallest party in the council sit?")
	if err != nil || strings.Contains(a.Text, "The largest party") && !(a.Abstained && strings.HasPrefix(a.Text, answer.ContraryIntro)) {
		t.Errorf("%+v %v: the largest party's seat is no answer, only what the article says instead", a, err)
	}
}

// TestWhereInAThingNotNamed: "Where is much of the council's work
// done?" is answered by the sentence that says all of it "in
// committee", a place that is no name, over one that names a place.
func TestWhereInAThingNotNamed(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Council\n\n" +
		"The Harbour Council can raise dock fees in Veltra by up to 3 percent.\n" +
		"Much of the work of the Harbour Council is done in committee.\n" +
		"Its members are elected every four years.\n")}})
	a, err := eng.Ask(context.Background(), "Where is much of the work of the Harbour Council done?")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Much of the work") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestTheOppositeBeforeTheLastWord: "… around the foot of what?" is not
// answered by "around the head of the staff": a question's last word
// is read against the word before it for its opposite.
func TestTheOppositeBeforeTheLastWord(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("The Council Staff\n\n" +
		"The council motto is carved around the head of the staff.\n" +
		"The staff is kept in a glass case in the hall.\n")}})
	a, err := eng.Ask(context.Background(), "The council motto is carved around the foot of what?")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "around the head") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestACountOfAnotherNoun: "how many soldiers …?" is not answered by a
// count of people when the articles never write of soldiers; "how many
// people …?" is.
func TestACountOfAnotherNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("The Veltra War\n\n" +
		"The talks aim to end the war in Veltra that has killed 4,000 people since 2011.\n" +
		"Norland and Osla have backed opposing sides, with Norland backing the rebels in Veltra.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "how many soldiers does norland have in veltra")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "4,000") {
		t.Errorf("soldiers: %+v %v", a, err)
	}
	a, err = eng.Ask(ctx, "how many people has the war in veltra killed")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "4,000") {
		t.Errorf("people: %+v %v", a, err)
	}
}

// TestTheSubjectMustBeMet: "what did Brava launch against Veltra?" is
// not answered by what Norland and Osla launched: the name that does
// what the question asks about must be met, though the question's other
// name, the rarer, is.
func TestTheSubjectMustBeMet(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The War in the North\n\n" +
			"In the spring, Norland and Osla launched a surprise attack against Veltra.\n" +
			"The harbour towns of the coast were shelled for a week.\n" +
			"Later that year, Brava backed the rebels with money.\n" +
			"In the winter, Brava also sent doctors to the coast.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Dalby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n" +
			"The old ferry terminal will close in the autumn.\n" +
			"A market for local produce opens on Saturdays.\n" +
			"The harbour master expects more cruise ships next year.\n")}})
	for _, q := range []string{"What did Brava launch against Veltra?", "what did brava launch against veltra"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || !a.Abstained && strings.Contains(a.Text, "launched a surprise attack") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
}

// TestTheSubjectOfAYesNoQuestion: "did Norland send a delegation to
// Dalby?" is not answered by what Osla's ministry said "it" would send:
// a yes-no question's subject must be met too, though the articles
// speak of Norland throughout, and "it" after a name is that name.
func TestTheSubjectOfAYesNoQuestion(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Talks Open in Dalby\n\n" +
			"Norland and Osla gathered for talks in Dalby on Monday.\n" +
			"Norland wants the border reopened before the winter.\n" +
			"The talks with Norland also cover the release of fishermen.\n" +
			"Observers expect the talks to last a week.\n" +
			"The Osla foreign ministry said it would not send a delegation to Dalby, but its envoy will attend.\n" +
			"The envoy has served in three capitals.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n" +
			"The old ferry terminal will close in the autumn.\n" +
			"The harbour master expects more cruise ships next year.\n")}})
	a, err := eng.Ask(context.Background(), "did norland send a delegation to dalby?")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "foreign ministry") {
		t.Errorf("%+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "did osla send a delegation to dalby?")
	if err != nil || !strings.Contains(a.Text, "foreign ministry") {
		t.Errorf("Osla: %+v %v", a, err)
	}
}

// TestTheThingAYesNoQuestionAsksAbout: "did the union send a delegation
// to Dalby?" is not answered by what Osla's ministry would send: a
// yes-no question's subject that is no name must be met too; "the
// ministry" is, by "it".
func TestTheThingAYesNoQuestionAsksAbout(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Talks Open in Dalby\n\n" +
			"Norland and Osla gathered for talks in Dalby on Monday.\n" +
			"The fishermen's union of Norland stayed at home.\n" +
			"Observers expect the talks to last a week.\n" +
			"The Osla foreign ministry said it would not send a delegation to Dalby, but its envoy will attend.\n" +
			"The envoy has served in three capitals.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n" +
			"The harbour master expects more cruise ships next year.\n")}})
	a, err := eng.Ask(context.Background(), "did the union send a delegation to dalby?")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "foreign ministry") {
		t.Errorf("%+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "did the ministry send a delegation to dalby?")
	if err != nil || !strings.Contains(a.Text, "foreign ministry") {
		t.Errorf("the ministry: %+v %v", a, err)
	}
}

// TestASentenceAboutSomeoneElse: a sentence that opens with another
// name is about that one, though the sentence before names the
// question's subject: "why does Norland want the union at the talks?"
// is not answered by Omar Ali's reason for something else, as a
// candidate or as the reason beside the answer.
func TestASentenceAboutSomeoneElse(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks\n\n" +
			"Norland's envoy Tomas Berg had been working with the union \"to make sure they attend the talks,\" Anna Kowal said.\n" +
			"Omar Ali, the head of the union, said it was impossible to negotiate given the strike.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "why does Norland want the union at the talks?")
	if err != nil || strings.Contains(a.Text, "impossible to negotiate") {
		t.Errorf("why: %+v %v", a, err)
	}
}

// TestSheIsTheWomanNamed: "she" after a question about what John Berg
// said about Maria Lund is Maria Lund: a first name tells a speaker's
// gender when no role does.
func TestSheIsTheWomanNamed(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks\n\n\"Maria Lund will not stop the ferries,\" harbour chief John Berg said on Monday.\n" +
			"\"The ferries will not sail before June,\" union leader Maria Lund said.\n")},
	})
	ctx := context.Background()
	history := []Turn{{Question: "what did john berg say about maria lund", Answer: "\"Maria Lund will not stop the ferries,\" harbour chief John Berg said on Monday. [1]"}}
	a, err := eng.AskFollowUp(ctx, history, "what did she say", nil)
	if err != nil || !strings.Contains(a.Standalone, "Maria Lund") {
		t.Errorf("%+v (%v), want her read as Maria Lund", a, err)
	}
}

// TestKeywordsAskAboutTheirLastWord: "dalby sponsors" asks about the
// sponsors: the sentence that names them leads the one that names Dalby,
// the sponsors being only in its headline, and the one that speaks of
// them on a date.
func TestKeywordsAskAboutTheirLastWord(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Sponsors Gather in Dalby for Harbour Talks\n\n" +
			"The Dalby harbour board said it would not send a delegation to the talks.\n" +
			"Talks among the sponsors on January 22 had been hard going.\n" +
			"Sponsors Norland, Osla and Veltra want a deal on the harbour by the spring.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n")}})
	a, err := eng.Ask(context.Background(), "dalby sponsors")
	if err != nil || a.Abstained || len(a.Citations) == 0 || !strings.HasPrefix(a.Citations[0].Text, "Sponsors Norland") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestANegatedCountIsInTheNegatedClause: "how many unions won't
// attend?" is not answered by the number of those that agreed, in the
// clause before "although some … will not attend"; a number in the
// negated clause answers.
func TestANegatedCountIsInTheNegatedClause(t *testing.T) {
	fsys := func(sentence string) fstest.MapFS {
		return fstest.MapFS{
			"a.txt": {Data: []byte("Port Talks\n\n" + sentence + "\n")},
			"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\nFishing boats now land their catch at the north quay.\n")}}
	}
	ctx := context.Background()
	a, err := openFS(t, fsys("The mayor said 14 unions have agreed to join the port talks, although some big unions have said they will not attend.")).Ask(ctx, "how many unions won't attend the port talks")
	if err != nil || !a.Abstained {
		t.Errorf("agreed: %+v %v", a, err)
	}
	a, err = openFS(t, fsys("The mayor said 14 unions agreed to join the port talks, but 3 unions will not attend.")).Ask(ctx, "how many unions won't attend the port talks")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "3 unions") {
		t.Errorf("3: %+v %v", a, err)
	}
}

// TestAPersonIsIntroducedOutsideQuotes: "who is Tomas Ames?" is answered
// where the narrative introduces him ("Harbour Minister Tomas Ames
// said …"), not where another's words first name him ("… and the
// Minister [Tomas Ames]").
func TestAPersonIsIntroducedOutsideQuotes(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks Stall\n\n" +
			"“I have no recent talks between the union and the Minister [Tomas Ames] to report,” port director Ilse Brandt said.\n" +
			"The dockers of Veltra walked out for a week.\n")},
		"b.txt": {Data: []byte("Minister Visits Veltra\n\n" +
			"The dockers met on Friday to vote on the wage deal.\n" +
			"Harbour Minister Tomas Ames said on Monday that the port would reopen.\n" +
			"He toured the north quay with the mayor.\n")}})
	a, err := eng.Ask(context.Background(), "who is tomas ames")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Harbour Minister Tomas Ames") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestAGroupAskedForByItsNoun: "what did the Norlandic opposition say
// about the port?" is answered by what "Norlandic opposition leaders
// say": a group the question names by a noun speaks as the group of the
// articles that holds its words, though the articles give a group's
// words to no person.
func TestAGroupAskedForByItsNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Talks\n\n" +
			"Norland and Osla met in Dalby on Monday to talk about the port.\n" +
			"Norlandic opposition leaders say that reopening the port will be their main goal, not the mayor's future.\n" +
			"The mayor of Dalby said the port would stay shut.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n")}})
	for _, q := range []string{"what did the Norlandic opposition say about the mayor's future?", "what did the Norlandic oposition say about the mayors future"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, "opposition leaders say") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
}

// TestWhatWasSaidAboutANamedTopic: "what did Norland say about Wexby?"
// is not answered by what Norland said of Dalby, beside a sentence on
// Wexby: the name a question asks what was said about is in the
// sentence, or in its article's headline.
func TestWhatWasSaidAboutANamedTopic(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Talks\n\n" +
			"The ferry to Wexby was cancelled on Monday after a storm.\n" +
			"Norland said it would send two ships to Dalby next week.\n" +
			"The dockers of Dalby welcomed the news.\n")},
		"b.txt": {Data: []byte("Wexby Port Reopens\n\nThe port of Wexby opened a new dock in May.\n" +
			"Norland said the new dock would double the catch.\n")}})
	a, err := eng.Ask(context.Background(), "what did norland say about wexby?")
	if err != nil || strings.Contains(a.Text, "two ships") || !strings.Contains(a.Text, "double the catch") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhatAPaperReported: "what did the Dalby Post report?" is answered
// by what the articles give "according to the Dalby Post", not by "a
// Dalby Post request for comment", where the name qualifies a noun.
func TestWhatAPaperReported(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Port Strike\n\n" +
			"The dockers of Veltra walked out over pay on Monday, according to the Dalby Post.\n" +
			"The port authority did not immediately respond to a Dalby Post request for comment.\n")},
		"b.txt": {Data: []byte("Harbour News\n\nThe port of Wexby opened a new dock in May.\n" +
			"Fishing boats now land their catch at the north quay.\n")}})
	a, err := eng.Ask(context.Background(), "what did the dalby post report?")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The dockers of Veltra walked out") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestWhoSpeaksForACountry: "what does Norway say?" is answered by one
// speaking for it where an article names them without it: a minister
// another article calls Norway's, a spokeswoman of a board the articles
// call Norway's.
func TestWhoSpeaksForACountry(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"b.txt": {Data: []byte("Ferry Plans\n\nOn Monday, Norway's Harbour Minister Ola Dahl said the ferries would sail again in May.\n" +
			"The Norway Harbour Board said it would publish the timetable soon.\n" +
			"Most ferries from Norway sail to Denmark, and some sail from Denmark to Norway.\n")},
		"a.txt": {Data: []byte("Port Row\n\nHarbour Minister Ola Dahl argued that the port \"has lost the trust of the fishermen.\"\n" +
			"Harbour Board spokeswoman Kari Lund said the port tax would be cut next year.\n" +
			"A fisherman from Bergen said the port tax was too high.\n")},
	})
	askContrary(t, eng, []contraryCase{
		{"what does norway say about the trust of the fishermen", "", "has lost the trust"},
		{"what does norway say about the port tax", "too high", "would be cut next year"},
	})
}

// TestGoingToIsAFuture: "going to" and a verb makes a future, and asks
// about no going: "what is the harbour board going to do?" is answered
// first by what it will do, not by talks that were "hard going".
func TestGoingToIsAFuture(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Plans\n\n" +
		"Talks with the harbour board had been hard going, Piet Brandt said on Monday.\n" +
		"The harbour board will build a new ferry pier next spring, its chairman Ola Dahl said.\n")}})
	for _, q := range []string{"what is the harbour board going to do", "what is the harbour board gonna build"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, "new ferry pier") {
			t.Errorf("%q: %q (%v), want the new ferry pier first", q, a.Text, err)
		}
	}
}

// TestWhatAWordOfANameSaid: "what did the Veltrans say?" asks what they
// said, though the articles write "Veltran" only inside a name: the
// newspaper's words on a talk at the Veltran Mission are not theirs.
func TestWhatAWordOfANameSaid(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The newspaper said the talks took place at the Veltran Mission in Oslo on Monday.\n" +
		"Harbour chief Ilse Brandt said the ferries would sail again in May.\n")}})
	a, err := eng.Ask(context.Background(), "what did the veltran say")
	if err != nil || !a.Abstained {
		t.Errorf("%+v (%v), want an abstention", a, err)
	}
}

// TestTheRoleOfAThingAsksNoWordRole: "what is the role of X in Y?" asks
// what X does in Y; "role" is no word a sentence must meet, so words
// WordNet relates to it ("person", "use") do not lead the answer.
func TestTheRoleOfAThingAsksNoWordRole(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Some people at the harbour talks used harsh words on the Veltra Council in person.\n" +
		"The harbour talks are led by the Veltra Council, which sets the agenda.\n" +
		"Ferries to Oslo sail on Mondays.\n")}})
	a, err := eng.Ask(context.Background(), "what is the role of the veltra council in the harbour talks")
	if err != nil || a.Abstained || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Text, "led by the Veltra Council") {
		t.Errorf("%q (%v), want who leads the talks first", a.Text, err)
	}
}

// TestHowManyDiedCountsTheKilled: asked how many died, or whether anyone
// did, a sentence that says how many were killed answers; WordNet
// relates the two only as a cause, at half credit.
func TestHowManyDiedCountsTheKilled(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The talks aim to end the conflict in Veltra that has killed 3,000 people since 2011.\n" +
		"Many people in Veltra want the talks to go on.\n" +
		"People in the harbour town said the ferries should sail again.\n" +
		"The war in Veltra began when the harbour was closed to people from the north.\n")}})
	a, err := eng.Ask(context.Background(), "how many people died in the war")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "3,000 people") {
		t.Errorf("%+v (%v), want the 3,000 killed", a, err)
	}
	// "How many deaths" counts the dead too, which the sentence counts by
	// the people killed: "people" is no other thing counted.
	a, err = eng.Ask(context.Background(), "how many deaths has the conflict in Veltra caused")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "3,000 people") {
		t.Errorf("%+v (%v), want the 3,000 killed", a, err)
	}
	// "has anyone died?" asks whether any were: the killed answer it,
	// though "died" is the question's only word.
	for _, q := range []string{"has anyone died", "did anybody die?"} {
		if a, err = eng.Ask(context.Background(), q); err != nil || a.Abstained || !strings.Contains(a.Text, "3,000 people") {
			t.Errorf("%q: %+v (%v), want the 3,000 killed", q, a, err)
		}
	}
}

// TestACountOfOthersPastAQualifier: "how many harbour rebels died?"
// counts rebels, past the word that qualifies them, and neither the
// sailors the rebels killed nor the days of a date ("24 August – 3
// October") answer it.
func TestACountOfOthersPastAQualifier(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Riots\n\n" +
		"During the riots of 24 August – 3 October 1572, rebels killed thousands of sailors in Veltra.\n" +
		"The rebels in Veltra were led by Piet Lund.\n")}})
	a, err := eng.Ask(context.Background(), "how many harbour rebels died")
	if err != nil || !a.Abstained {
		t.Errorf("%+v (%v), want an abstention", a, err)
	}
}

// TestACountOfTheDeadStandsByItsWord: asked how many were killed, a
// figure counts the dead only near a word of death: "one woman … asked
// how many more sailors had to be killed" counts none.
func TestACountOfTheDeadStandsByItsWord(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Riots\n\n" +
		"The council met on Monday, and one woman, Ilse Brandt, asked how many more sailors had to be killed before it acted.\n" +
		"The harbour was closed for a week.\n")}})
	a, err := eng.Ask(context.Background(), "how many sailors were killed")
	if err != nil || !a.Abstained {
		t.Errorf("%+v (%v), want an abstention", a, err)
	}
}

// TestTheNounOfANamedThingReferredBack: "the administration" speaks of
// the Lund administration its article named several sentences before,
// so it answers a question about the Lund administration.
func TestTheNounOfANamedThingReferredBack(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Mayor Ilse Brandt said she had lost an argument within the Lund administration over the harbour.\n" +
		"The harbour was closed for a week in March.\n" +
		"Ferries waited outside the harbour.\n" +
		"The council met on Monday.\n" +
		"\"Two people, three people in the administration wanted to close the harbour for good,\" Brandt said.\n")}})
	a, err := eng.Ask(context.Background(), "how many people in the lund administration wanted to close the harbour")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Two people, three people") {
		t.Errorf("%+v (%v), want the two or three people", a, err)
	}
}

// TestANeighboursFigureCountsWhatItNames: asked how many billions were
// spent, the figures of the sentence beside the one on the topic count
// minutes and sailors, no billions, so nothing answers.
func TestANeighboursFigureCountsWhatItNames(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"\"Veltra has put so much capital into the harbour war,\" the mayor said.\n" +
		"\"In the last 48 hours, one sailor was hurt every 25 minutes,\" she added.\n" +
		"The ferries stayed in port.\n")}})
	a, err := eng.Ask(context.Background(), "how many billions has veltra spent on the harbour war")
	if err != nil || !a.Abstained {
		t.Errorf("%+v (%v), want an abstention", a, err)
	}
}

// TestTheNounSpeaksOfTheNameLastWrittenWithIt: "the dynasty" speaks of
// the dynasty last named before it: what it built was the Berg
// dynasty's, not the Lund dynasty's named before that.
func TestTheNounSpeaksOfTheNameLastWrittenWithIt(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour History\n\n" +
		"The Lund dynasty ruled the harbour town until 1200.\n" +
		"The Berg dynasty took the port in 1201.\n" +
		"The dynasty built the great lighthouse in 1210.\n")}})
	a, err := eng.Ask(context.Background(), "what did the berg dynasty build")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "lighthouse") {
		t.Errorf("%+v (%v), want the lighthouse", a, err)
	}
	a, err = eng.Ask(context.Background(), "what did the lund dynasty build")
	if err != nil || strings.Contains(a.Text, "lighthouse") && !a.Abstained {
		t.Errorf("%+v (%v), want no lighthouse", a, err)
	}
}

// TestTheNextOneIsNoDate: "the next talks" are the talks that follow,
// not "the talks planned for next month": that sentence says nothing of
// where the next talks will be.
func TestTheNextOneIsNoDate(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The so-called Veltra Dockers Union said at the weekend it would not attend the peace talks planned for next month.\n" +
		"The talks on fares began in May.\n" +
		"The mayor said the talks had been hard going.\n" +
		"Talks with the ferry board went on all week.\n" +
		"The ferries stayed in port.\n")}})
	a, err := eng.Ask(context.Background(), "where will the next talks be")
	if err != nil || !a.Abstained {
		t.Errorf("%+v (%v), want an abstention", a, err)
	}
}

// TestThisPointsBack: "This document, …" speaks of what the sentences
// before it named, the Veltra council two sentences back.
func TestThisPointsBack(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour History\n\n" +
		"In 1560 the Veltra council met in secret at the harbour.\n" +
		"Its members worked for a month on what the port owed its sailors.\n" +
		"This document, the Harbour Charter of Rights, was written in a week.\n")},
		"b.txt": {Data: []byte("Ferry News\n\nThe ferries sailed again in May.\nThe Oslo board wrote a letter to the captains.\n" +
			"Fares rose in June.\nThe captains met the board in July.\nA new quay opened in August.\n" +
			"The board said the winter timetable would start in October.\nSailors asked for more pay.\n")}})
	a, err := eng.Ask(context.Background(), "what document did the veltra council write")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Harbour Charter of Rights") {
		t.Errorf("%+v (%v), want the charter", a, err)
	}
}

// TestAFigureOfOthersCountsNoneAsked: "how many sides are in the war?"
// is not answered by "… has killed 3,000 people", though the next
// sentence speaks of sides; "Four thousand emigrated" still counts the
// dockers the sentence before speaks of, its "thousand" no noun.
func TestAFigureOfOthersCountsNoneAsked(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour War\n\n" +
		"The war in Veltra has killed 3,000 people since 2011.\n" +
		"The board and the union have backed opposing sides.\n")}})
	a, err := eng.Ask(context.Background(), "how many sides are in the veltra war")
	if err != nil || strings.Contains(a.Text, "3,000") && !a.Abstained {
		t.Errorf("%+v (%v), want no count of people", a, err)
	}
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour War\n\n" +
		"The dockers of Veltra left the port after the strike.\n" +
		"Four thousand emigrated to the islands, where they settled.\n")}})
	a, err = eng.Ask(context.Background(), "how many dockers emigrated to the islands")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Four thousand") {
		t.Errorf("%+v (%v), want four thousand", a, err)
	}
}

// TestWhatARoleSaid: "what did the un mediator say …" is answered by
// what the one the articles call the UN mediator said, where they call
// them so only outside their quotations ("UN mediator Ana Berg's
// appeal"), and the quotation gives them only "she said".
func TestWhatARoleSaid(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The ministry had nothing to say on Friday about UN mediator Ana Berg's appeal for a truce at the harbour of Veltra.\n" +
		"Berg also said she would like a new meeting of the board.\n" +
		"\"Every day, two dockers are hurt on the quays,\" she said on Thursday.\n" +
		"The port of Veltra has been closed for a month.\n" +
		"Ferries to Oslo were cancelled, and fares rose in June.\n" +
		"The board met the captains in July.\n" +
		"A new quay opened in August.\n")}})
	a, err := eng.Ask(context.Background(), "what did the un mediator say happens every day")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "two dockers are hurt") {
		t.Errorf("%+v (%v), want the mediator's words", a, err)
	}
}

// TestAPersonsOpinionIsWhatTheySaid: "what is omar alis opinion of ilse
// brandt" asks what Omar Ali said, not what another said naming both
// ("… the harbour master [Omar Ali]. They speak often …"); what a
// country or a group thinks of the board may be what it does.
func TestAPersonsOpinionIsWhatTheySaid(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"\"I have no news from Mayor Ilse Brandt or the harbour master [Omar Ali]. They speak often, so I expect a call soon,\" ferry chief Lena Holm said.\n" +
		"\"The quays of Veltra need work,\" Omar Ali said on Monday.\n" +
		"In the strike, Norland has backed the harbour board, as have the sailors.\n" +
		"The port of Veltra has been closed for a month.\n" +
		"Ferries to Oslo were cancelled, and fares rose in June.\n" +
		"The captains met in July.\n" +
		"A new quay opened in August.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what is omar alis opinion of ilse brandt", "speak often", ""},
		{"what does omar ali think of ilse brandt", "speak often", ""},
		{"what does norland think of the harbour board", "", "backed the harbour board"},
		{"what do the sailors think of the harbour board", "", "backed the harbour board"},
	})
}

// TestTheNumberAskedIsInTheAnswer: "who were the 40 or so people at the
// dinner" is answered by the sentence with the 40 guests, not by the one
// after it that names others; a sentence that opens with a pronoun still
// answers, with the one before that gives the number.
func TestTheNumberAskedIsInTheAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Dinner\n\n" +
		"The approximately 40 guests included ferry captains and the leaders of three dockers' unions.\n" +
		"The dinner took place after the strike, when Mayor Ilse Brandt and Omar Ali of the harbour board had met in Oslo.\n" +
		"The 14 captains come from Oslo.\n" +
		"They decided to sail again in June.\n" +
		"The port of Veltra has been closed for a month.\n" +
		"Fares rose in June.\n" +
		"A new quay opened in August.\n")}})
	askContrary(t, eng, []contraryCase{
		{"who were the 40 or so people at the dinner", "", "ferry captains"},
		{"when will the 14 captains sail again", "", "They decided to sail again in June"},
	})
}

// TestWhatRoleOnePlays: "what role does norland play" asks
// what Norland does; "role" and "play" are no words an answer must meet.
func TestWhatRoleOnePlays(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Strike\n\n" +
		"Sponsors Norland, Veltra and Oslo are looking to end the harbour strike, which began in May.\n" +
		"Norland and Veltra have backed opposing sides, with Norland supporting the dockers and Veltra backing the harbour board.\n" +
		"The port has been closed for a month.\n" +
		"Fares rose in June.\n" +
		"A new quay opened in August.\n")}})
	a, err := eng.Ask(context.Background(), "what role does norland play")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "supporting the dockers") {
		t.Errorf("%+v (%v), want what Norland does", a, err)
	}
}

// TestWhatAGroupSaid: "what did the workers say about oslo" asks what
// one who speaks for the workers said (Ola Dahl, "the president of the
// Veltra Dockers Union, the biggest member of the workers coalition"),
// not what the mayor said of them; nobody speaks for the sailors.
func TestWhatAGroupSaid(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Strike\n\n" +
		"The harbour board met on Monday in Veltra.\n" +
		"Mayor Tom Hale said the workers wanted more pay and would not sail to Oslo, as the sailors had feared.\n" +
		"Ola Dahl, the president of the Veltra Dockers Union, the biggest member of the workers coalition, told reporters on Sunday it was impossible to sail.\n" +
		"\"The union has taken the firm decision not to sail to Oslo,\" Ola Dahl said.\n" +
		"A new quay opened in August.\n" +
		"The quays of Veltra were unsafe for ferries, the inquiry said.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what did the workers say about oslo", "Mayor Tom Hale", "firm decision"},
		{"what did the inquiry say", "", "unsafe for ferries"}, // a document that speaks, no quotation's speaker
	})
	if a, err := eng.Ask(context.Background(), "what did the sailors say about oslo"); err != nil || !a.Abstained {
		t.Errorf("sailors: %+v (%v), want an abstention", a, err)
	}
}

// TestWhatGoesOnSinceATimeBeganThen: "when did the strike start" is
// answered by "the conflict … that has cost 300 jobs since 2014", not by
// the day someone joined it; "when do the talks start", asked of what is
// to come, is not.
func TestWhatGoesOnSinceATimeBeganThen(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Strike\n\n" +
		"The talks aim to end the conflict in Veltra that has cost 300 jobs since 2014.\n" +
		"Mayor Ilse Brandt joined the Veltra strike a year ago, tipping the balance in favour of the dockers.\n" +
		"The talks are scheduled for May 3.\n" +
		"Ferries to Oslo were cancelled.\n")}})
	askContrary(t, eng, []contraryCase{{"when did the veltra strike start", "", "since 2014"}})
	if a, err := eng.Ask(context.Background(), "when do the talks start"); err != nil || !strings.HasPrefix(a.Text, "The talks are scheduled for May 3") {
		t.Errorf("talks to come: %+v (%v), want May 3 first", a, err)
	}
}

// TestWhoOneWorksFor: "who does berg work for" is answered where the
// articles give her job ("Harbour Board spokeswoman Ana Berg"), not by
// a sentence that works with her name and the word "working".
func TestWhoOneWorksFor(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"\"There have been many ups and downs in these talks,\" Harbour Board spokeswoman Ana Berg said.\n" +
		"Mayor Tom Hale had been working closely with the dockers \"to make sure they know it is essential that they attend,\" Berg said.\n" +
		"Ferries to Oslo were cancelled.\n" +
		"A new quay opened in August.\n")}})
	a, err := eng.Ask(context.Background(), "who does berg work for")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Harbour Board spokeswoman") || strings.HasPrefix(a.Text, "Mayor") {
		t.Errorf("%+v (%v), want her job", a, err)
	}
}

// TestTakingCommandGivesNoRole: "who took command of Veltra's army" asks
// who took it, not for Veltra's commander: a sentence in which someone
// takes command of a force of others answers it.
func TestTakingCommandGivesNoRole(t *testing.T) {
	const article = "Harbour War\n\n" +
		"Veltra's army marched north in the winter of 1752.\n\n" +
		"In the spring of 1753, Colonel Aric Venn took command of a force of Troupes Royales and marched on the harbour.\n\n" +
		"The harbour fell within a month.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Who took command of the Veltrans in the spring of 1753?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Aric Venn") {
		t.Errorf("got %q %v, want Aric Venn", a.Text, err)
	}
}

// TestWasGivenIsTook: one who "was given command" took command, though
// WordNet gives "give" as the opposite of "take"; one who gave it did
// not take it.
func TestWasGivenIsTook(t *testing.T) {
	const article = "Harbour Guard\n\n" +
		"In the spring of 1753, Colonel Aric Venn was given command of the harbour guard.\n\n" +
		"The guard held the harbour through the summer.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Who took command of the harbour guard in 1753?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Aric Venn") {
		t.Errorf("got %q %v, want Aric Venn", a.Text, err)
	}
}

// TestAnotherDoesTheVerb: "when did Aric Venn die?" is not answered by a
// sentence in which another dies beside him; one that says his death is.
// A doer named with an epithet ("Edgar the Steward returned") is still
// the question's.
func TestAnotherDoesTheVerb(t *testing.T) {
	const article = "Harbour Lords\n\n" +
		"However, Tolle suddenly died only four days after a banquet with Aric Venn.\n\n" +
		"After the death of Aric Venn in 1752, the harbour passed to his son.\n\n" +
		"When finally Edgar the Steward returned from exile in 1741, the harbour lords welcomed him.\n\n" +
		"The feud ended in 1744, when Ulf of Norland, having renounced the old faith for Roman Catholicism, issued the Harbour Charter.\n\n" +
		"Edgar the Steward met Aric Venn at Osterby in 1745.\n\n" +
		"In 1702, Duke Tolle II of Norland seized Vardholm, killing King Aric II at the Battle of Skarn.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	for q, want := range map[string]string{
		"When did Aric Venn die?":                    "1752",
		"When did Edgar the Steward return?":         "1741",
		"When did Ulf issue the Harbour Charter?":    "1744",
		"When did Aric Venn meet Edgar the Steward?": "1745",
	} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, want) || strings.Contains(a.Text, "Tolle") {
			t.Errorf("%q: %q %v, want %s", q, a.Text, err, want)
		}
	}
	// A title and a number two people share do not make the duke the
	// king: the sentence says nothing of when King Aric II seized it.
	if a, err := eng.Ask(context.Background(), "When did King Aric II seize Vardholm?"); err != nil || strings.Contains(a.Text, "1702") && !a.Abstained {
		t.Errorf("shared title and number: %q %v", a.Text, err)
	}
}

// TestASumIsMoney: "how much money has Olsen raised?" is met by a sum
// ("taking in more than $229 million"), though the sentence never says
// "money" or "raised", and Olsen, named in every article, weighs little.
func TestASumIsMoney(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Campaign\n\nMayor Olsen proved to be a potent fundraiser, taking in more than $229 million as of last month.\n")},
		"b.txt": {Data: []byte("Ferry News\n\nMoney for a new ferry was promised by the council.\n")},
		"f.txt": {Data: []byte("Ferry Fund\n\nThrough the end of September, Per Lind had raised $3.2 million for the ferry fund.\n")},
	}
	for i := range 12 {
		fsys[fmt.Sprintf("n%d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Olsen News %d\n\nMayor Olsen opened harbour fair number %d on Friday.\n\nOlsen thanked the dockers.\n", i, i))}
	}
	a, err := openFS(t, fsys).Ask(context.Background(), "how much money has olsen raised")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "$229 million") {
		t.Errorf("%+v %v", a, err)
	}
}

// TestAnOpenQuestionIsNoAnswer: "who will run the new harbour board?"
// is not answered by a sentence that says people wonder who might run
// it; the sentence that names who will is.
func TestAnOpenQuestionIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Board\n\n" +
		"Among the dockers, there is chatter about who might run the new harbour board, which would resemble the old guild.\n\n" +
		"Ferries to Oslo sail on Mondays.\n")}})
	a, err := eng.Ask(context.Background(), "who will run the new harbour board?")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "chatter") {
		t.Errorf("open question: %+v %v", a, err)
	}
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Board\n\n" +
		"Among the dockers, there is chatter about who might run the new harbour board, which would resemble the old guild.\n\n" +
		"Ilse Brandt, the port director, will run the new harbour board from May.\n")}})
	a, err = eng.Ask(context.Background(), "who will run the new harbour board?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Ilse Brandt") || strings.Contains(a.Text, "chatter") {
		t.Errorf("answered: %+v %v", a, err)
	}
}

// TestWhatANameComesFrom: "what city was New Veltra named after?" is
// answered by the sentence that says what the name comes from, not by
// one that only says the town was so named.
func TestWhatANameComesFrom(t *testing.T) {
	const article = "Harbour Towns\n\n" +
		"The settlers formed two towns in Norland, one of which they named New Veltra.\n\n" +
		"It was named New Veltra after Veltra, their old stronghold in Ostmark.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "What city was New Veltra named after?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "after Veltra") || strings.Contains(a.Text, "settlers formed") {
		t.Errorf("got %q %v, want the sentence naming it after Veltra", a.Text, err)
	}
}

// TestTheNationalitysRoleHolder: "who is the Turkish negotiator?" asks
// for Turkey's negotiator: "Norway's chief negotiator" does not answer
// it; "who is the Norwegian negotiator?" is answered by him. A sentence
// that names the holder without the role may answer ("who is the
// Veltra Port spokesman?": "Anna Kowal said the Veltra Port …").
func TestTheNationalitysRoleHolder(t *testing.T) {
	const article = "Harbour Talks\n\n" +
		"Tomas Berg, Norway's chief negotiator, said the harbour talks with Turkey had been hard going.\n\n" +
		"Veltra Port spokesman Anna Kowal spoke on Monday.\n\n" +
		"Kowal said the Veltra Port is hoping for new talks in Oslo.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Who is the Turkish negotiator?")
	if err != nil || strings.Contains(a.Text, "Tomas Berg") && !a.Abstained {
		t.Errorf("Turkish negotiator: %q %v, want no Tomas Berg", a.Text, err)
	}
	a, err = eng.Ask(context.Background(), "Who is the Norwegian negotiator?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Tomas Berg") {
		t.Errorf("Norwegian negotiator: %q %v, want Tomas Berg", a.Text, err)
	}
	a, err = eng.Ask(context.Background(), "Who is the Veltra Port spokesman in the talks article?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Kowal") {
		t.Errorf("Veltra Port spokesman: %q %v, want Kowal", a.Text, err)
	}
}

// TestWhenHeSaidThat: "when did he say that?" after an answer that quotes
// him asks when he said those words, not when he said anything.
func TestWhenHeSaidThat(t *testing.T) {
	const article = "Harbour Strike\n\n" +
		"Union leader Tomas Berg spoke to reporters about harbour fees on Monday.\n\n" +
		"“We will not sign a deal that cuts the wages of the dockers,” Berg said on Friday.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	ctx := context.Background()
	first, err := eng.Ask(ctx, "what did berg say about wages")
	if err != nil || !strings.Contains(first.Text, "We will not sign") {
		t.Fatalf("first answer: %q %v", first.Text, err)
	}
	a, err := eng.AskFollowUp(ctx, []Turn{{Question: "what did berg say about wages", Answer: first.Text}}, "when did he say that?", nil)
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Friday") || strings.Contains(a.Text, "Monday") {
		t.Errorf("when did he say that: %q (read as %q) %v, want Friday", a.Text, a.Standalone, err)
	}
}

// TestAnotherKindOfTheNoun: "the English words" are not "the French
// words" a sentence gives, though it holds every other word of the
// question; "the French words" are answered.
func TestAnotherKindOfTheNoun(t *testing.T) {
	const article = "Harbour Names\n\n" +
		"The name \"Veltrans\" comes from the French words veltr and ans, meaning harbour folk.\n\n" +
		"English traders visited the harbour in May.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "What name comes from the English words veltr and ans?")
	if err != nil || !a.Abstained {
		t.Errorf("English words: %q %v, want an abstention", a.Text, err)
	}
	a, err = eng.Ask(context.Background(), "What name comes from the French words veltr and ans?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Veltrans") {
		t.Errorf("French words: %q %v, want the name", a.Text, err)
	}
}

// TestTheNextOneIsNotThePastOne: "when is the next council meeting?" is
// not answered by when a council meeting took place; a sentence that
// looks ahead answers it.
func TestTheNextOneIsNotThePastOne(t *testing.T) {
	past := "Harbour Council\n\nThe council meeting took place on Monday, days after the strike began.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(past)}})
	if a, err := eng.Ask(context.Background(), "When is the next council meeting?"); err != nil || !a.Abstained {
		t.Errorf("past meeting: %q %v, want an abstention", a.Text, err)
	}
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte(past + "\nThe next council meeting will be held in June.\n")}})
	if a, err := eng.Ask(context.Background(), "When is the next council meeting?"); err != nil || a.Abstained || !strings.Contains(a.Text, "June") {
		t.Errorf("next meeting: %q %v, want June", a.Text, err)
	}
}

// TestImpossibleIsANegation: "impossible" says what cannot be, as
// "cannot" does: "what does Roe say can't happen while dockers go
// hungry?" is answered by his "impossible to hold talks", not by another
// of his sentences that negates nothing.
func TestImpossibleIsANegation(t *testing.T) {
	const article = "Harbour Strike\n\n" +
		"Union leader Tom Roe told reporters on Sunday it was impossible to hold talks given the hunger of the dockers.\n\n" +
		"\"The union has taken the firm decision to stay out of the port under the present circumstances,\" Tom Roe said.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "what does roe say can't happen while the dockers are hungry")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "impossible to hold talks") {
		t.Errorf("got %q %v, want his impossible talks", a.Text, err)
	}
}

// TestTheOtherQuantityIsNoAnswer: "very few dockers are drawn from which
// union?" is not answered by "most dockers are drawn from the harbour
// union", which says the contrary.
func TestTheOtherQuantityIsNoAnswer(t *testing.T) {
	const article = "Harbour Unions\n\n" +
		"Most dockers in Veltra are drawn from the harbour union, with some from the city guild.\n\n" +
		"The harbour union was founded in 1921.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Very few dockers in Veltra are drawn from which union?")
	if err != nil || !a.Abstained && strings.HasPrefix(a.Text, "Most dockers") {
		t.Errorf("got %q %v, want no answer from the sentence on most dockers", a.Text, err)
	}
}

// TestAQuestionTheArticlesDenyAbstains: when the sentence that holds a
// question best says its contrary, the question rests on what the
// articles deny: a sentence that holds less of it does not answer, and
// the reply shows what they say.
func TestAQuestionTheArticlesDenyAbstains(t *testing.T) {
	const article = "Harbour News\n\n" +
		"The dockers in the south considered Oslo a fine port for ferries.\n\n" +
		"Rain fell on the city all week.\n\n" +
		"The mayor opened a new bridge on Friday.\n\n" +
		"The dockers considered Veltra to be their most important port in the south.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Which port did the dockers consider their least important port in the south?")
	if err != nil || !a.Abstained || !strings.HasPrefix(a.Text, answer.ContraryIntro+" The dockers considered Veltra") || len(a.Citations) != 1 {
		t.Errorf("got %q %v, want an abstention showing what the article says", a.Text, err)
	}
	a, err = eng.Ask(context.Background(), "Which port did the dockers consider their most important port in the south?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Veltra") {
		t.Errorf("got %q %v, want Veltra", a.Text, err)
	}
}

// TestWhatTheArticlesSayInsteadWithNoOtherAnswer: with no sentence to
// answer from at all, the one that says the contrary of the question is
// still what the reply shows.
func TestWhatTheArticlesSayInsteadWithNoOtherAnswer(t *testing.T) {
	const article = "Harbour News\n\n" +
		"Rain fell on the city all week.\n\n" +
		"The dockers considered Veltra to be their most important port in the south.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "Which port did the dockers consider their least important port in the south?")
	if err != nil || !a.Abstained || !strings.HasPrefix(a.Text, answer.ContraryIntro+" The dockers considered Veltra") {
		t.Errorf("got %q %v, want what the article says instead", a.Text, err)
	}
}

// TestTheOtherQuantityHoldsTheQuantifiersPlace: "who was the least
// frustrated?" is denied by "nobody is more frustrated than we are",
// though the sentence holds no "least": the quantity it gives instead
// counts as holding the question's.
func TestTheOtherQuantityHoldsTheQuantifiersPlace(t *testing.T) {
	const article = "Harbour News\n\n" +
		"\"We are trying to keep the port open. You have nobody more frustrated than we are,\" Tom Roe said.\n\n" +
		"Ana Brook said the strike would end in May.\n\n" +
		"Frustrated ferry crews waited at the gates.\n\n" +
		"The frustrated dockers met again on Monday.\n\n" +
		"Frustrated traders closed their stalls.\n\n" +
		"The mayor met frustrated fishermen on Tuesday.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "who was the least frustrated")
	if err != nil || !a.Abstained || !strings.HasPrefix(a.Text, answer.ContraryIntro) || !strings.Contains(a.Text, "nobody more frustrated") {
		t.Errorf("got %q %v, want what the article says instead", a.Text, err)
	}
}

// TestTheLedeNamesTheReportsTopic: a report's opening names the event
// the sentences after it speak of without naming it again, so a question
// that names it (the talks in Veltra) is answered from further on. In an
// article whose opening names another place, the same sentence is no
// answer.
func TestTheLedeNamesTheReportsTopic(t *testing.T) {
	const body = "Both sides arrived a day late.\n\n" +
		"The first session was closed to the press.\n\n" +
		"Rain fell on the harbour all week.\n\n" +
		"The mayor opened a new bridge on Friday.\n\n" +
		"Ferries ran on a winter timetable.\n\n" +
		"The talks are meant to settle the quarrel over night shifts.\n"
	for _, tt := range []struct {
		place  string
		answer bool
	}{{"Veltra", true}, {"Morvik", false}} {
		article := "Harbour Talks\n\nDock owners and unions met for talks in " + tt.place + " on Monday.\n\n" + body
		eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
		a, err := eng.Ask(context.Background(), "what are the talks in veltra meant to settle")
		if answered := err == nil && !a.Abstained && strings.Contains(a.Text, "night shifts"); answered != tt.answer {
			t.Errorf("lede in %s: got %q %v, answered %v, want %v", tt.place, a.Text, err, answered, tt.answer)
		}
	}
}

// TestTheOppositeOfTheLastWordAnswersNothing: a question's last word is
// what it asks of its subject; a sentence that says its opposite, even
// far from the subject, speaks of the other event and holds no answer,
// while the word itself or its own relative does.
func TestTheOppositeOfTheLastWordAnswersNothing(t *testing.T) {
	const opened = "The ferry line, run by a family firm from the harbour for decades, opened in 1962."
	for _, tt := range []struct {
		article, question, want string
	}{
		{opened, "When did the ferry line close?", ""},
		{opened, "When did the ferry line open?", "1962"},
		{opened + "\n\nThe ferry line, run by the same family firm, closed in 2004.", "When did the ferry line close?", "2004"},
	} {
		eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Ferries\n\n" + tt.article + "\n")}})
		a, err := eng.Ask(context.Background(), tt.question)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" && !(a.Abstained && !strings.HasPrefix(a.Text, "1962")) {
			t.Errorf("%q: got %q, want no answer", tt.question, a.Text)
		}
		if tt.want != "" && (a.Abstained || !strings.Contains(a.Text, tt.want)) {
			t.Errorf("%q: got %q, want an answer with %s", tt.question, a.Text, tt.want)
		}
	}
}

// TestAPlaceBeforeAnotherNameMeetsItsAdjective: "Norwegian" is the
// Norway of "Norway's Parliament", though there the place stands before
// another capitalised word rather than at the end of its name.
func TestAPlaceBeforeAnotherNameMeetsItsAdjective(t *testing.T) {
	const article = "Harbour Row\n\n" +
		"The plan prompted Norway's Parliament to hold a debate; one member called the mayor \"a lighthouse without a lamp.\"\n\n" +
		"The weather stayed fine all week.\n"
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte(article)}})
	a, err := eng.Ask(context.Background(), "What did a Norwegian member call the mayor?")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "lighthouse without a lamp") {
		t.Errorf("got %q %v, want the sentence on Norway's Parliament", a.Text, err)
	}
}

// TestAnAnswerThatPointsBackShowsWhatItPointsTo: "That is the limit
// the dockers accept" answers "what limit do the dockers accept?" only
// with the sentence before it, which gives the figure; "That limit was
// set in May" names its own subject and stands alone. "Lind campaigned
// with Olsen" is shown after the sentence that says who Lind is.
func TestAnAnswerThatPointsBackShowsWhatItPointsTo(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Wages\n\n" +
		"The board will raise harbour fees by 4 percent a year. That is the limit the dockers accept in a slow season.\n\n" +
		"Ferries to Oslo sail on Mondays. That timetable was set by the port council in May.\n\n" +
		"His leaflet showed him beside former harbour rowing coach Per Lind, as well as the polls. Lind campaigned with Mayor Olsen on Wednesday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what limit do the dockers accept", "", "4 percent"},
		{"who set the ferry timetable", "Mondays", "port council"},
		// A bare surname as the subject: the sentence before says who.
		{"which coach campaigned with olsen", "", "Per Lind"},
	})
}

// TestATitleMeetsItsAbbreviation: news writes "Sen." and "Gov." before
// a name and "senator" or "governor" elsewhere; a question that writes
// either meets the other, and "which senator?" is answered by the
// sentence that names one as "Sen. …".
func TestATitleMeetsItsAbbreviation(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Bill\n\n" +
		"Mayor Lise Dahl criticised the harbour bill on Monday and vetoed the school plan in April.\n" +
		"The harbour bill was also criticised by Sen. Ana Brook.\n" +
		"Gov. Tom Varga vetoed the ferry budget.\n")}})
	askContrary(t, eng, []contraryCase{
		{"which senator criticised the harbour bill", "Lise Dahl", "Ana Brook"},
		{"what did the governor veto", "school plan", "ferry budget"},
	})
}

// TestHowBigAsksForASize: "how big" asks for a figure or a comparison,
// not for a sentence that says "big" of something else.
func TestHowBigAsksForASize(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Fleet\n\n" +
		"The ferry fleet was big news in the town this spring, the mayor said.\n" +
		"Today the ferry fleet numbers 40 ships and 900 crew.\n" +
		"The dockers' union is the largest in the harbour.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how big is the ferry fleet", "big news", "40 ships"},
		{"how large is the dockers union", "", "largest in the harbour"},
	})
}

// TestATopicIsNotItsCountrysHeadline: what someone said about a city is
// not met by a headline on its country: "what did Brandt say about
// Jerusalem?" is not answered by her words on another matter under a
// headline on Israel.
func TestATopicIsNotItsCountrysHeadline(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Candidates Court Israel\n\n" +
		"Ilse Brandt pledged to move the embassy to Jerusalem.\n\n" +
		"Both candidates made their support for Israel the centre of their remarks.\n\n" +
		"\"I have lived these matters for decades,\" Omar Ali said.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what did omar ali say about jerusalem?", "lived these matters", ""},
		{"what did omar ali say about israel?", "", "lived these matters"},
	})
}

// TestACountIsTheSubjectsOwn: "how many votes does Omar Ali have?" asks
// of Omar Ali, so a sentence whose subject is another, after an opening
// phrase ("Entering the final vote in June, Ilse Brandt leads …"), does
// not answer it though the sentence before names him; and "one that"
// is a pronoun, no count.
func TestACountIsTheSubjectsOwn(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Vote\n\n" +
		"Omar Ali wants the council seat.\n\n" +
		"Entering the final vote in June, Ilse Brandt leads Karl Berg by 40 council votes.\n\n" +
		"The dockers' union wants to turn its campaign into one that can win support from shipping firms.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many council votes does Omar Ali have?", "40", ""},
		{"how many council votes does Ilse Brandt lead by?", "", "40"},
		{"how many shipping firms support the dockers' union?", "into one", ""},
	})
}

// TestACountOfOneIsOfItsNoun: "one man and one woman" counts no couples,
// though "same" stands between "how many" and the noun it counts; and
// "how long was the ruling?" is answered by its pages.
func TestACountOfOneIsOfItsNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Law\n\n" +
		"The bill sought to protect clerks who hold that marriage is between one man and one woman, and that only married couples may adopt.\n\n" +
		"In her 60-page ruling, Judge Ilse Brandt wrote that the bill was unlawful.\n\n" +
		"The ruling was welcomed in Valdoria.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many same sex couples married in Valdoria?", "one man", ""},
		{"how long was the ruling?", "", "60-page"},
	})
}

// TestASurnameAloneIsThePersonBefore: "She" after a sentence that names
// "Brandt" alone, as her article calls Judge Ilse Brandt, is Brandt,
// though "African American" stands there too: the sentence on who
// nominated her answers alone.
func TestASurnameAloneIsThePersonBefore(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Court\n\n" +
		"Judge Ilse Brandt of Valdoria issued the ruling on Friday.\n\n" +
		"Just minutes before House Bill 1523 was to take effect at midnight, Brandt eviscerated it as a breach of the Supreme Court's ruling.\n\n" +
		"In a further sign of change, Brandt, the judge hearing the case, is an African American who grew up in tiny Yazoo.\n\n" +
		"She obtained her degree at Valdoria State and was nominated to the bench in 2010 by the nation's first black president.\n")}})
	askContrary(t, eng, []contraryCase{
		{"who nominated brandt?", "eviscerated", "first black president"},
	})
}

// TestBesidesSetsAsideANameOnly: "besides russia" sets aside Russia and
// no more: "who else besides russia helps assad?" still asks who helps
// Assad, and is answered by who else supports him.
func TestBesidesSetsAsideANameOnly(t *testing.T) {
	askContrary(t, openEngine(t), []contraryCase{
		{"who else besides russia helps assad", "", "Iranian ground forces"},
	})
}

// TestWhichPlaceIsNamedByItsNoun: "which city …?" asks where, and a
// sentence that names a city by the noun ("the Syrian city of Aleppo")
// answers it as "which group …?" is answered by "groups like …".
func TestWhichPlaceIsNamedByItsNoun(t *testing.T) {
	askContrary(t, openEngine(t), []contraryCase{
		{"which city was getting bombed", "", "Aleppo"},
	})
}

// TestWhatDateWantsADate: "what day did the meeting take place?" is
// answered by the sentence that dates it ("on Sept. 22"), not by one
// that only places it after another event ("days after the strike").
func TestWhatDateWantsADate(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"The harbour meeting took place days after the strike collapsed and ferries stopped.\n\n" +
		"The newspaper said it had obtained a recording of the 40-minute harbour discussion that took place at the town hall on Sept. 22.\n")}})
	askContrary(t, eng, []contraryCase{
		{"what day did the harbour meeting take place", "days after", "Sept. 22"},
	})
}

// TestCountsAndIdiomsOfTheQuestion: "which two countries" counts the
// names asked for, which a sentence need not count; "in charge of" asks
// who heads something.
func TestCountsAndIdiomsOfTheQuestion(t *testing.T) {
	eng := openEngine(t)
	for _, q := range []string{"which 2 countries are in charge of the issg", "who's in charge of the issg"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, "chaired by Russia") {
			t.Errorf("%q: %+v %v", q, a.Text, err)
		}
	}
}

// TestWhetherOneSaidWhen: "did Kirby say when the next meeting is?" is
// answered by a time if a sentence gives it, else by what he said of the
// meeting, not with "the articles don't say when".
func TestWhetherOneSaidWhen(t *testing.T) {
	eng := openEngine(t)
	a, err := eng.Ask(context.Background(), "did kirby say when the next issg meeting will be")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "noncommittal on a date") {
		t.Errorf("%+v %v", a.Text, err)
	}
}

// TestAHeadIsNoSpokesman: "who is the head of …?" asks a role the
// articles may never write: a spokesman for the union is no head of it,
// while the council's president, or those who co-chair a forum, are.
func TestAHeadIsNoSpokesman(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Union\n\n" +
		"\"We will strike on Monday,\" Omar Ali, a spokesman for the Dockers Union, told reporters.\n" +
		"Ilse Brandt, the president of the Harbour Council, met the envoys in Veltra.\n" +
		"The Port Forum, a club of harbour towns, is co-chaired by Veltra and Ostmark.\n")}})
	askContrary(t, eng, []contraryCase{
		{"who is the head of the Dockers Union", "Omar Ali", ""},
		{"who is the head of the harbour council", "", "Ilse Brandt"},
		{"who is the head of the port forum", "", "co-chaired"},
	})
}

// TestCostOfAnotherThingIsNoAnswer: "how much did the harbour wall cost?"
// is not answered by what something else cost, though the sentence
// names the harbour and a cost and the headline names the wall; a
// sentence on the wall's cost answers it.
func TestCostOfAnotherThingIsNoAnswer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Mayor Calls Harbour Wall Useless\n\n" +
		"Mayor Olsen wants a permanent wall at the Vessby harbour, which he says the port should pay for.\n\n" +
		"The port plans to move its ferry lines to Ostby this year.\n\n" +
		"The port says it opted not to build new cranes because of the $46 million cost gap between Vessby harbour and Ostby.\n")}})
	askContrary(t, eng, []contraryCase{{"how much did the vessby harbour wall cost?", "$46 million", ""}})
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Wall Built\n\n" +
		"Mayor Olsen wanted a permanent wall at the Vessby harbour.\n\n" +
		"The wall cost $12 million, the port says, well above the $9 million planned.\n")}})
	askContrary(t, eng, []contraryCase{{"how much did the vessby harbour wall cost?", "", "$12 million"}})
}

// TestASupposedCaseIsNoFact: a sentence that opens a supposition ("Suppose
// that …", "Or imagine …") gives no fact to a question that asks none.
func TestASupposedCaseIsNoFact(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Delegate Race\n\n" +
			"Right now, Anna Kowal has won 81 delegates to Tom Varga's 19.\n\n" +
			"For instance, suppose that Tom Varga wins 600 delegates in the spring while Ann Lowe wins 400 delegates.\n\n" +
			"Or imagine that Ann Lowe wins 900 delegates in the autumn.\n\n" +
			"(Ann Lowe also has 19.)\n")},
	})
	a, err := eng.Ask(context.Background(), "how many delegates does ann lowe have")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "(Ann Lowe also has 19.)") {
		t.Errorf("a fact: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many delegates would ann lowe win in the autumn")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Or imagine that Ann Lowe wins 900") {
		t.Errorf("a supposition asked of: %+v %v", a, err)
	}
}

// TestTheLostAreTheDead: asked how many died, "we lost 250 dockers"
// counts them, as "killed" would; "lost 3 seats" counts no dead.
func TestTheLostAreTheDead(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Debate\n\n" +
			"The mayor lost 3 seats on the council in Veltra.\n\n" +
			"We lost 250 dockers when the old mayor was in office in Veltra.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many dockers died in veltra")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "We lost 250 dockers") {
		t.Errorf("the lost: %+v %v", a, err)
	}
}

// TestLaterIsNoLengthOfAStay: "A year later, …" answers how long after
// something a thing came, not how long someone has been held.
func TestLaterIsNoLengthOfAStay(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Dockers Freed\n\n" +
			"When the mayor flew to Veltra for a speech last winter, she met the wife of a docker held prisoner in Norland since 2012.\n\n" +
			"A year later, the mayor called Ilse Berg.\n\n" +
			"Her husband, Tomas Berg, was free and would soon be coming home.\n\n" +
			"Critics said the trade might encourage others to take dockers.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The council voted on the new harbour on Monday.\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how long has berg been in prison")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "When the mayor flew") || strings.Contains(a.Text, "A year later") {
		t.Errorf("a year later: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how long after the speech did the mayor call ilse berg")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "A year later") {
		t.Errorf("how long after: %+v %v", a, err)
	}
}

// TestAPersonsNameAskedMustBeGiven: "whats the pastors name" is not
// answered by a sentence that speaks of the pastor without naming him,
// nor "whats the mayors wifes name" by one that names someone without a
// word of marriage; one that names the envoy beside the role answers.
func TestAPersonsNameAskedMustBeGiven(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Dockers Freed\n\n" +
			"When the mayor flew to Veltra for a speech last winter, she met the wife of a Norland pastor held prisoner since 2012.\n\n" +
			"A year later, the mayor called Ilse Berg.\n\n" +
			"The harbour envoy for Norland, Omar Qadri, is attending the talks.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The council voted on the new harbour on Monday.\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "whats the pastors name")
	if err != nil || !a.Abstained && strings.HasPrefix(a.Text, "When the mayor flew") {
		t.Errorf("the pastor unnamed: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "whats the mayors wifes name")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "the mayor called Ilse Berg") {
		t.Errorf("a wife no sentence speaks of: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "whats the name of the harbour envoy")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The harbour envoy for Norland, Omar Qadri") {
		t.Errorf("the envoy named: %+v %v", a, err)
	}
}

// TestABodysFindingsAreItsWords: what an office "cited" or "found" is
// what it said.
func TestABodysFindingsAreItsWords(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Fee\n\n" +
			"The council voted on the harbour fee on Monday.\n\n" +
			"Back in 2009, the Harbour Budget Office cited the fee as a major reason it thought the port would end up reducing its debt.\n\n" +
			"The fee is also a key source of revenue.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "what did the harbour budget office say about the fee")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Back in 2009, the Harbour Budget Office cited") {
		t.Errorf("the office's view: %+v %v", a, err)
	}
}

// TestTheAgeOfOnesKin: "how old was Qadri's son?" is answered by "his
// 25 year-old son", though "his" is another's age for "how old is Qadri?".
func TestTheAgeOfOnesKin(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Bellwether County\n\n" +
			"Omar Qadri is approaching voters one by one to back the mayor.\n\n" +
			"A docker who backs the mayor, Qadri lost his 25 year-old son in a storm.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how old was qadris son")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "A docker who backs the mayor, Qadri lost his 25 year-old son") {
		t.Errorf("the son's age: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how old is qadri")
	if err != nil || strings.Contains(a.Text, "25 year-old") && !a.Abstained {
		t.Errorf("not his age: %+v %v", a, err)
	}
}

// TestCountsThatAreNone: asked how many, "from 1956 through 2012" and
// "one-on-one" count nothing, and "twice" counts times.
func TestCountsThatAreNone(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Bellwether County\n\n" +
			"Kolm County has only miscalculated twice since 1888, voting for Tomas Berg in 1908.\n\n" +
			"The Atlas calls Kolm County the leading bellwether, voting for the winner in every election from 1956 through 2012.\n\n" +
			"Omar Qadri is approaching voters one-on-one to back the mayor.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many times has kolm county been wrong since 1888")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Kolm County has only miscalculated twice") {
		t.Errorf("twice: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many voters back the atlas")
	if err != nil || strings.Contains(a.Text, "1956 through 2012") && !a.Abstained {
		t.Errorf("years: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many voters does qadri have")
	if err != nil || strings.Contains(a.Text, "one-on-one") && !a.Abstained {
		t.Errorf("one-on-one: %+v %v", a, err)
	}
}

// TestAFigureCountsItsOwnNoun: asked how many delegates, "six of the
// past seven contests" beside a sentence on delegates counts contests;
// asked how many refugees, "refugees, an estimated total of 75,000
// people" counts the refugees.
func TestAFigureCountsItsOwnNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Race\n\n" +
			"With his win in Kolm, Tomas Berg will have pocketed six of the past seven contests. " +
			"Berg entered the contest on a winning streak, but one that is hardly denting Ilse Brandt's delegate lead in the race.\n\n" +
			"After the flood, Norland received the largest group of Veltran refugees, an estimated total of 75,000 to 100,000 people.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many delegates does berg have")
	if err != nil || strings.Contains(a.Text, "six of the past seven") && !a.Abstained {
		t.Errorf("contests: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many refugees emigrated to norland")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "After the flood, Norland received") {
		t.Errorf("refugees: %+v %v", a, err)
	}
}

// TestWhatSomeoneDidBeforeAPost: "what did Berg do before the council?"
// asks his past, which the sentence that introduces him gives without
// naming the council.
func TestWhatSomeoneDidBeforeAPost(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Race\n\n" +
			"Three years ago, Tomas Berg surged from obscurity to win a seat on the harbour council.\n\n" +
			"As the race began, Berg was a 40-year-old litigator in a Veltra law firm who had served as harbour solicitor.\n\n" +
			"Berg beat Ilse Brandt in the runoff and went on to win the council seat.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "what did berg do before the council")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "As the race began, Berg was a 40-year-old litigator") {
		t.Errorf("his past: %+v %v", a, err)
	}
}

// TestHadThisToSay: "the Harbour Institution had this to say about the
// fee: …" is the institution's saying.
func TestHadThisToSay(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Fee\n\n" +
			"The council voted on the harbour fee on Monday.\n\n" +
			"Likewise, a paper from the Harbour Institution had this to say about the fee: \"Families from the top half would gain 24% more than the rest.\"\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "what did the harbour institution say about the fee")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Likewise, a paper from the Harbour Institution") {
		t.Errorf("had this to say: %+v %v", a, err)
	}
}

// TestAVenueAfterARoleWord: "at the Republican National Convention"
// places where someone will speak, though "Republican" alone may be a
// role.
func TestAVenueAfterARoleWord(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Convention\n\n" +
			"Shipping billionaire Tomas Berg, a giant of the harbour trade, will speak at the Republican Harbour Convention next week.\n\n" +
			"Ilse Brandt, president of the Dock Club, said, “Berg's role as an official speaker at the RHC bolsters that.”\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "where will berg speak")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Shipping billionaire Tomas Berg") {
		t.Errorf("the venue: %+v %v", a, err)
	}
}

// TestWhatAWrittenThingSays: "what does the harbour platform say about
// X?" asks what the platform holds, not anyone's words; "what will Berg
// say?" asks his words as "what did Berg say?" does.
func TestWhatAWrittenThingSays(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Convention\n\n" +
			"Tomas Berg will speak at the harbour convention next week.\n\n" +
			"“Many people are uncertain this year,” Berg wrote in a statement explaining why he is speaking, “but most dockers agree the port is on the wrong track.”\n\n" +
			"Ilse Brandt, president of the Dock Club, said, “Berg's role as an official speaker at the convention bolsters my view.”\n\n" +
			"Berg, who is a ferry owner, differs from the harbour party's platform planks that support a ban on night ferries.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "what does the harbour party platform say about night ferries")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Berg, who is a ferry owner") {
		t.Errorf("the platform: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "what will berg say in his speech")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "“Many people are uncertain") {
		t.Errorf("his words: %+v %v", a, err)
	}
}

// TestALengthInPagesWritten: "how long was the letter?" is answered by
// "a detailed, six-page letter", the number written as a word.
func TestALengthInPagesWritten(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("The Harbour Letter\n\n" +
			"Tomas Berg went on to rebut many of the points in the union's letter, writing that the dockers had time to respond.\n\n" +
			"Late last month, the union wrote a detailed, six-page letter to the harbour's president, Ilse Brandt.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how long was the unions letter")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Late last month, the union wrote a detailed, six-page letter") {
		t.Errorf("six pages: %+v %v", a, err)
	}
}

// TestAFigureAskedByItsNoun: "what was norlands turnout" asks a figure,
// which the sentence after the one on the topic gives.
func TestAFigureAskedByItsNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Voters Turn Out\n\n" +
			"Norland election officials also said their primary turnout was the second highest in the past 28 years. The turnout was about 35% on Tuesday. A record turnout of 37% was set in 2008.\n\n" +
			"In Kolm, about 46% of eligible voters cast ballots in the primary.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Veltra.\n")},
	})
	a, err := eng.Ask(context.Background(), "what was norlands turnout")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "The turnout was about 35%") {
		t.Errorf("the turnout: %+v %v", a, err)
	}
}

// TestALeadIsAFigure: "what's brandt's lead in norland" asks a figure,
// which the sentence after the one that speaks of her lead gives.
func TestALeadIsAFigure(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Brandt Ahead\n\n" +
			"Mayor Ilse Brandt campaigned in Norland on Monday with Tomas Lind.\n\n" +
			"Lind has made a big play for Norland, which has voted for the harbour party in the last six elections.\n\n" +
			"But a series of errors have handed Brandt a wide lead in the polls. In Norland, she is up an average of 9.2 points at 49.2 percent to 40 percent for Lind.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Veltra.\n")},
	})
	a, err := eng.Ask(context.Background(), "what's brandt's lead in norland")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "9.2 points") {
		t.Errorf("the lead: %+v %v", a, err)
	}
}

// TestTheDeadAreNoPopulation: "what is the population of Norland?" is
// not answered by a war that "has killed 300,000 to 400,000 people".
func TestTheDeadAreNoPopulation(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Talks\n\n" +
			"The harbour talks aim to end the conflict in Norland that has killed 300,000 to 400,000 people since 2011.\n\n" +
			"The talks opened in Veltra on Monday.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Veltra.\n")},
	})
	a, err := eng.Ask(context.Background(), "what is the population of norland")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "300,000") {
		t.Errorf("the dead: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many people died in norland")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "300,000") {
		t.Errorf("asked of the dead: %+v %v", a, err)
	}
}

// TestWhoClaimedResponsibility: "who claimed responsibility for the
// attacks?" asks who took them on, not who said the words "responsibility
// for the attacks".
func TestWhoClaimedResponsibility(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Attacks\n\n" +
			"Almost as soon as the bombs went off at the harbour in Veltra, the attacks were tied to the ferry dispute. " +
			"Dockers raised concern that groups like the Red Hand, which claimed responsibility for the attacks, are slipping fighters onto the ferries.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "who claimed responsibility for the veltra attacks")
	if err != nil || a.Abstained || !strings.HasPrefix(a.Text, "Dockers raised concern that groups like the Red Hand") {
		t.Errorf("who took them on: %+v %v", a, err)
	}
}

// TestAFigureCountedElsewhere: asked how many died in Veltra, "attacks
// that killed 130 people in Kolm" counts another place's dead.
func TestAFigureCountedElsewhere(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Harbour Attacks\n\n" +
			"The bombs went off at the harbour in Veltra on Tuesday.\n\n" +
			"The attacks came days after the police tracked down a suspect of attacks that killed 130 people in Kolm in November.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	a, err := eng.Ask(context.Background(), "how many people died in veltra")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "130 people") {
		t.Errorf("Kolm's dead: %+v %v", a, err)
	}
	a, err = eng.Ask(context.Background(), "how many people died in kolm")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "130 people") {
		t.Errorf("asked of Kolm: %+v %v", a, err)
	}
}

// TestAParentByTheFamilyName: "who is bergs dad" is answered by "his
// pastor father, Omar Berg": "dad" is "father", and a name that bears the
// family's surname names the kin asked about.
func TestAParentByTheFamilyName(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"a.txt": {Data: []byte("Dockers Flock to Berg\n\n" +
			"Tomas Berg's success with the dockers reflects how he has pursued them since March.\n\n" +
			"He has won the unions; deployed his pastor father, Omar Berg, as a surrogate; and activated networks of ferry crews.\n\n" +
			"An effort to recruit crews in all of Veltra's 99 wards was the brainchild of Ilse Brandt, who met Berg's Kolm-born father.\n")},
		"b.txt": {Data: []byte("Harbour Vote\n\n" +
			"The vote passed 7 to 2 after a long debate in Norland.\n")},
	})
	for _, q := range []string{"who is bergs dad", "who is berg's father"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, "Omar Berg") {
			t.Errorf("%q: %+v %v", q, a, err)
		}
	}
}

// TestACountNextDoorMustSayWhatIsCounted: "how many letters were
// stamped" is not answered by a figure of letters in the next sentence
// that never says stamped, though the sentence asked about does; a
// figure that says it answers.
func TestACountNextDoorMustSayWhatIsCounted(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Post\n\n" +
		"The harbour office did send some letters with stamped seals, the clerk said; his staff found them during the audit. " +
		"And they also found thousands of routine letters the office failed to hand over, he said.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many letters were stamped", "thousands", ""},
	})
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Post\n\n" +
		"The harbour office did send some letters with stamped seals, the clerk said. " +
		"In all, 40 letters were stamped before the audit, he said.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	askContrary(t, eng, []contraryCase{
		{"how many letters were stamped", "", "40"},
	})
}

// TestNextIsMetByLater: "the next round" of talks is the one the
// articles say is later or subsequent, and "the previous one" the
// earlier one; "next month" dates and meets no "later".
func TestNextIsMetByLater(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Organizers downplayed hopes as dockers and owners gathered for peace talks in Veltra, the port's capital.\n\n" +
		"The owners said they would not send a delegation to Veltra, but their lawyer will represent them.\n\n" +
		"Further talks are to be held in Belport, led by the union, and observers hope these initial talks might smooth later negotiations.\n\n" +
		"Those talks were set up after earlier ones in Sandvik had collapsed over pay.\n")}})
	for _, tt := range []struct{ q, want string }{
		{"where is the next round of talks after veltra", "Belport"},
		{"where were the previous talks", "Sandvik"},
	} {
		a, err := eng.Ask(context.Background(), tt.q)
		if err != nil || a.Abstained || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q: %+v %v, want %s", tt.q, a, err, tt.want)
		}
	}
}

// TestTheThingsListedNext: a sentence that speaks of "the things" asked
// about is answered with the next in its paragraph when that one lists
// them after a colon.
func TestTheThingsListedNext(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Mayor\n\n" +
		"Mayor Tom Varga is unlikely to turn against his council on big votes. " +
		"He is most proud of the things he has tried, without success, to block over the years. " +
		"And he boasts about them at every rally: the dock sale, the toll bridge and the night curfew.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	a, err := eng.Ask(context.Background(), "what did varga try to block")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "toll bridge") {
		t.Errorf("%+v %v, want the list", a, err)
	}
}

// TestTheyAfterSeveralPeople: a sentence opening with "They" right after
// one that names several people speaks of them: "how would Brandt and
// Weber pay for it" is answered by what "they would pay" with, not by
// the sentence that names them.
func TestTheyAfterSeveralPeople(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Harbour Plans\n\n" +
		"Council candidates, including Ilse Brandt and Mayor Tomas Weber, have proposed new ferry routes for the islands. " +
		"They would pay for the new routes by raising harbour fees on cruise ships.\n\n" +
		"The port budget is set each spring by the council.\n")}}
	eng := openFS(t, fsys)
	a, err := eng.Ask(context.Background(), "how would ilse brandt and tomas weber pay for their plans")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "raising harbour fees") {
		t.Errorf("answered without what they would pay with: %+v %v", a, err)
	}
}

// TestANegatedOppositeIsTheWordItself: "not clear" is the question's
// "unclear", no contrary of it.
func TestANegatedOppositeIsTheWordItself(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"Tomas Lind, the union's main negotiator, said it still was not clear whether the dockers would meet the port in person.\n\n" +
		"Ferries to Oslo were cancelled on Monday.\n")}})
	a, err := eng.Ask(context.Background(), "what did the union negotiator say was unclear")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "not clear whether the dockers") {
		t.Errorf("%+v %v, want what Lind said was not clear", a, err)
	}
}
