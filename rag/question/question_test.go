package question

import (
	"slices"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/term"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"who sponsored the astana talks? thanks!", "Who sponsored the astana talks?"},
		{"whats the deal with the harbour strike", "What about the harbour strike"},
		{"what's up with the ISSG?", "What about the ISSG?"},
		{"what is the deal the union wants?", "What is the deal the union wants?"},
		{"<@123456789012345678> who sponsored the Astana talks?", "Who sponsored the Astana talks?"},
		{"<@!123> <@&456> hey, quick question: who sponsored the Astana talks??? ty", "Who sponsored the Astana talks?"},
		{"I'm curious, who sponsored the Astana talks", "Who sponsored the Astana talks"},
		{"Can you tell me where Kerry met with the Syrian civilians, please?", "Where Kerry met with the Syrian civilians?"},
		{"hi! when did the talks start?? :) <:pepe:123456>", "When did the talks start?"},
		{"@everyone **who** is the U.N. envoy? 🙏", "Who is the U.N. envoy?"},
		{"Thanks", ""},
		{"What is the ISSG?", "What is the ISSG?"},
		{"so what did the U.S. say? thx", "What did the U.S. say?"},
		{"Do you know who met in London?", "Who met in London?"},
		{"hi! who's the president? what’re they doing?", "Who is the president? what are they doing?"},
		{"hey parley, quick question: who is Ilse Brandt?", "Who is Ilse Brandt?"},
		{"hi all, what did the envoy say", "What did the envoy say"},
		{"remind me who ilse brandt is", "Who ilse brandt is"},
		{"explain the VSG", "The VSG"},
		{"can you explain why the talks failed?", "Why the talks failed?"},
		{"i heard the union backs the strike, true?", "The union backs the strike, true?"},
		{"explain", "Explain"},
		{"ngl i dont get what the VSG is", "What the VSG is"},
		{"what is the board gonna do", "What is the board going to do"},
		{"bruh why is the truce failing", "Why is the truce failing"},
		{"ok but who is ilse brandt", "Who is ilse brandt"},
		{"ok and ilse brandt?", "And ilse brandt?"},
		{"okay, who runs the port", "Who runs the port"},
		{"ok", ""},
		{"quick q - who runs it", "Who runs it"},
		{"hey, Brandt, what did she say", "Brandt, what did she say"},
		{"what was the state dept's response", "What was the state department's response"},
		{"wht is the issg", "What is the issg"},
		{"whre did they meet?", "Where did they meet?"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseKinds(t *testing.T) {
	tests := []struct {
		in    string
		kind  Kind
		terms []string
	}{
		{"Who sponsored the Astana talks?", Who, []string{"sponsor", "astana", "talk"}},
		{"When did the Astana talks take place?", When, []string{"astana", "talk", "take", "place"}},
		{"In what country is Normandy located?", Where, []string{"normandi", "locat"}},
		{"What year did the war end?", When, []string{"war", "end"}},
		{"Which three countries backed the negotiations?", Which, []string{"back", "negoti"}}, // the count is of the names asked for
		{"How many people were killed?", HowMany, []string{"person", "kill"}},
		{"whats the death toll in syria", HowMany, []string{"death", "syria"}},
		{"how long did kerry's meeting last", HowLong, []string{"kerri", "meet"}},
		{"what is the minimum amount of time before a bill passes", HowLong, []string{"minimum", "bill", "pass"}},
		{"how much time do the negotiators need", HowLong, []string{"negoti", "need"}},
		{"what city was getting bombed", Where, []string{"bomb"}},
		{"who got hit by the strikes", Who, []string{"hit", "strike"}},
		{"why does the ferry keep getting delayed", Why, []string{"ferri", "delay"}},
		{"why do the talks keep on failing", Why, []string{"talk", "fail"}},
		{"who kept the keys", Who, []string{"keep", "key"}},
		{"who brokered the truce according to the envoy", Who, []string{"broker", "truce", "envoy"}},
		{"what does the accord hold", What, []string{"accord", "hold"}},
		{"did anyone confirm the recording was real", What, []string{"confirm", "record", "real"}},
		{"did the union get the deal", What, []string{"union", "deal"}},
		{"is the union getting the deal", What, []string{"union", "get", "deal"}},
		{"What is the final tally of the vote?", HowMany, []string{"final", "vote"}},
		{"What is the ISSG?", What, []string{"issg"}},
		{"Why was the conference postponed?", Why, []string{"confer", "postpon"}},
		{"what does the council think about the coalition", What, []string{"council", "coalit"}},
		{"What did Kerry think of the decision?", What, []string{"kerri", "decis"}},
		{"what do you think happened", What, []string{"think", "happen"}}, // no "about": a topic word
		{"what is the council's position on the coalition", What, []string{"council", "coalit"}},
		{"what's the union stance on the strike?", What, []string{"union", "strike"}},
		{"what position did the council take", What, []string{"posit", "council", "take"}}, // no "on": a topic word
		{"what kind of groups were at the meeting", What, []string{"group", "meet"}},       // the kind asked: no topic word
		{"which types of boats use the port", What, []string{"boat", "use", "port"}},
		{"what was the turnout in norland", HowMany, []string{"turnout", "norland"}}, // a figure
		{"what's the population of veltra", HowMany, []string{"popul", "veltra"}},
		{"what was the turnout like", What, []string{"turnout"}},
		{"what's brandt's lead in norland", HowMany, []string{"brandt", "lead", "norland"}},
		{"what is the lead story", What, []string{"lead", "stori"}},
	}
	for _, tt := range tests {
		q := Parse(tt.in)
		if q.Kind != tt.kind || !slices.Equal(q.Terms(), tt.terms) {
			t.Errorf("Parse(%q) = %v %v, want %v %v", tt.in, q.Kind, q.Terms(), tt.kind, tt.terms)
		}
	}
}

// TestRate: "how often" and "how frequently" ask for a rate, and are no
// topic words; "how many" is not a rate.
func TestRate(t *testing.T) {
	for in, want := range map[string]bool{
		"how often is a docker injured":       true,
		"how frequently are dockers injured?": true,
		"how many dockers were injured":       false,
	} {
		q := Parse(in)
		if q.Kind != HowMany || q.Rate != want || !slices.Equal(q.Terms(), []string{"docker", "injur"}) {
			t.Errorf("Parse(%q) = %v rate %v %v, want HowMany rate %v [docker injur]", in, q.Kind, q.Rate, q.Terms(), want)
		}
	}
}

// TestTypeNounAndDefines: the noun that names the kind of answer is kept;
// "what is X?" asks to define X, and a question about something else that
// opens the same way does not.
func TestTypeNounAndDefines(t *testing.T) {
	for _, tt := range []struct{ in, typeNoun, defines string }{
		{"In what country is Normandy located?", "country", ""},
		{"What southern city did the convoy reach?", "city", ""},
		{"Where were the talks held?", "", ""},
		{"What year did the war end?", "year", ""},
		{"what did the times say about the talks", "", ""},          // the paper's name, after the verb
		{"Which countries backed opposing sides?", "countries", ""}, // a list of names: Which
		{"which group said it wont attend the talks", "group", ""},  // a name: Which
		{"Which came first?", "", ""},                               // a verb, not the noun asked for
		{"Which led to the war?", "", ""},
		{"What enables the board to scrutinise the port?", "", ""}, // a verb in "s", before "the"
		{"which allows a ferry to sail", "", ""},
		{"What is the ISSG?", "", "ISSG"},
		{"what's geneva II", "", "geneva II"},
		{"What was Apple Talk", "", "Apple Talk"},
		{"What is the United Nations?", "", "United Nations"},
		{"What is the capital of France?", "", ""},
		{"What is France a region of?", "", ""},
		{"What was the naval base called?", "", ""},
		{"What did the ISSG decide?", "", ""},
		{"What are the articles about?", "", ""},
		{"What is the ISSG planning next week", "", ""},
		{"who is John Kirby?", "", "John Kirby"},
		{"whos kirby", "", "kirby"},
		{"who is attending?", "", ""},
		{"who is in charge of the talks", "", ""},
		{"what is Kirby's job?", "", "Kirby"},    // asks who Kirby is
		{"who does psaki work for", "", "psaki"}, // her job names her employer
		{"whats kirbys role", "", "kirby"},
		{"what is the job of the envoy", "", ""},
		{"what job did Bannon get?", "job", ""}, // a role answers
		{"what post does she hold now", "post", ""},
		{"what does hafla mean", "", "hafla"}, // asks what the word means
		{"what does the word 'hafla' mean?", "", "hafla"},
		{"What does ISSG stand for?", "", "ISSG"},
		{"what is the meaning of hafla", "", "hafla"},
		{"what did he mean", "", ""}, // what someone meant, not a word
	} {
		if q := Parse(tt.in); q.TypeNoun != tt.typeNoun || q.Defines != tt.defines {
			t.Errorf("Parse(%q): TypeNoun %q, Defines %q; want %q, %q", tt.in, q.TypeNoun, q.Defines, tt.typeNoun, tt.defines)
		}
	}
	if !Parse("what does hafla mean").Meaning || Parse("what is the hafla").Meaning {
		t.Error("Meaning: want it for what a word means only")
	}
}

func TestConstraints(t *testing.T) {
	q := Parse("Who won the 2021 U.S. Open with 3 sets?")
	if !slices.Equal(q.Years, []string{"2021"}) || !slices.Equal(q.Numbers, []string{"3"}) {
		t.Errorf("years %v numbers %v", q.Years, q.Numbers)
	}
	if !Parse("Which country did not send a delegation?").Negated || Parse("Which country sent a delegation?").Negated {
		t.Error("negation not told apart")
	}
	if !Parse("Which unions refused to sign?").Negated || !Parse("Who declined to comment?").Negated {
		t.Error("a verb of refusal is a negation")
	}
	if !Parse("Why can’t the opposition go?").Negated {
		t.Error("a curly apostrophe hides the negation")
	}
	if !Parse("If none of the council agrees, what happens to the bill?").Negated || !Parse("Why did nobody attend?").Negated {
		t.Error("a negating pronoun is a negation")
	}
	if !Parse("What non-Mongol empire did the dynasty succeed?").Negated || !Parse("how are packets sent on a non shared medium").Negated {
		t.Error("non- is a negation")
	}
	names := Parse("Did Kerry meet Lavrov in Geneva?").Names()
	if len(names) != 3 {
		t.Errorf("names %v", names)
	}
}

func TestChatSpellingsWrittenOut(t *testing.T) {
	tests := map[string]string{
		"how many ppl died":                   "How many people died",
		"whats kirbys job thanks!":            "What is kirbys job",
		"who is kirby thank you so much":      "Who is kirby",
		"who did kerry thank":                 "Who did kerry thank",
		"what was his fav food":               "What was his favorite food",
		"how many kids did he have":           "How many children did he have",
		"who won clinton vs trump":            "Who won clinton and trump",
		"what did he say on the mic":          "What did he say on the microphone",
		"any info on the prez convo":          "Any information on the president conversation",
		"r u sure the govt said that?":        "Are you sure the government said that?",
		"what did the state dept say":         "What did the state department say",
		"who is the U.N. envoy? ty":           "Who is the U.N. envoy?",
		"is the U.S. sending anyone? thx":     "Is the U.S. sending anyone?",
		"whats the ISSG lol":                  "What is the ISSG",
		"wtf is the ISSG":                     "What is the ISSG",
		"did anyone from the us go":           "Did anyone from the US go",
		"will they tell us":                   "Will they tell us",
		"is there a us russia meeting soon":   "Is there a US russia meeting soon",
		"what about the us-russia talks":      "What about the US-russia talks",
		"wen is the astana meetin":            "When is the astana meetin",
		"wat did psaki say bout it":           "What did psaki say about it",
		"y wont they go":                      "Why will not they go",
		"what did premier wen say":            "What did premier wen say",
		"who sed we came here":                "Who said we came here",
		"who sez the truce holds":             "Who says the truce holds",
		"how many died in 48 hrs":             "How many died in 48 hours",
		"who met for 40 mins":                 "Who met for 40 minutes",
		"whens the next round":                "When is the next round",
		"why havent they met":                 "Why have not they met",
		"theres a truce right":                "There is a truce right",
		"who said theyre not going":           "Who said they are not going",
		"kerry lost an argument about wat":    "Kerry lost an argument about what",
		"and psaki said wut??":                "And psaki said what?",
		"what did Wat say":                    "What did Wat say",
		"what role does turkey play in syria": "What does turkey do in syria",
		"what part has iran played?":          "What has iran done?",
		"what role will the un play":          "What will the un do",
		"how many dem delegates are there":    "How many Democratic delegates are there",
		"what did the dems say":               "What did the Democrats say",
		"who is the veep pick":                "Who is the vice president pick",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestChatWordTestMissesNone: the cheap test before chatWordRe passes
// every text the expression matches, whatever bounds the word.
func TestChatWordTestMissesNone(t *testing.T) {
	for _, s := range []string{
		"how many ppl,not cars", "(ppl)", "the DEPT'S budget", "what did the PPL.", "ppl. then",
		"the Gov’t’s plan", "w/o a deal", "meet b4 2day?", "r u sure!", "what abt\tit",
		"how many people", "", "apple pplx", "deptartment",
	} {
		if chatWordRe.MatchString(s) && !mayHoldChatWord(s) {
			t.Errorf("%q holds a chat word the test misses", s)
		}
	}
	if mayHoldChatWord("how many people died in the war") {
		t.Error("a text of no chat words passed the test")
	}
}

// TestLastAsAVerb: "how long did it last" asks a duration; "who spoke
// last" places an event in a sequence.
func TestLastAsAVerb(t *testing.T) {
	if q := Parse("how long did the meeting last?"); len(q.Sequence) != 0 || slices.Contains(q.Terms(), "last") {
		t.Errorf("verb read as a qualifier or topic: %+v", q)
	}
	if q := Parse("Who spoke last?"); !slices.Equal(q.Sequence, []string{"end"}) {
		t.Errorf("sequence lost: %+v", q)
	}
}

// TestSummaryRequests: "tldr", "summarize", "recap", "key points",
// "highlights" ask for a summary of
// what their other words name; alone they ask what the articles are. A
// name that is also such a word ("Christopher Gist") asks for none.
func TestSummaryRequests(t *testing.T) {
	for in, want := range map[string][]string{
		"tldr of the kerry article?":          {"kerri"},
		"summarize the astana talks":          {"astana", "talk"},
		"give me a quick recap of the strike": {"strike"},
		"TL;DR the port story pls":            {"port"},
		"key points of the port story":        {"port"},
		"main takeaways from the strike":      {"strike"},
		"highlights of the kerry article":     {"kerri"},
	} {
		q := Parse(in)
		if !q.Summary || q.Overview || !slices.Equal(q.Terms(), want) {
			t.Errorf("Parse(%q): summary %v, overview %v, terms %v; want a summary of %v", in, q.Summary, q.Overview, q.Terms(), want)
		}
	}
	if q := Parse("tl;dr?"); !q.Summary || !q.Overview {
		t.Errorf("tl;dr alone asks what the articles are: %+v", q)
	}
	if q := Parse("Where did Christopher Gist explore?"); q.Summary {
		t.Errorf("a name is no summary request: %+v", q)
	}
}

// TestUntilNowIsNoTopic: "so far", "to date" say when the answer holds;
// they are no words of the topic.
func TestUntilNowIsNoTopic(t *testing.T) {
	for _, q := range []string{"whats the death toll of the war so far", "what is the death toll of the war to date?"} {
		var words []string
		for _, w := range Parse(q).Words {
			words = append(words, w.Surface)
		}
		if strings.Join(words, " ") != "death war" {
			t.Errorf("%q: words %q, want death and war", q, words)
		}
	}
}

// TestListRequests: "list the countries …" asks what "which countries …"
// asks; a bare "list the sponsors" keeps its noun as the topic.
func TestListRequests(t *testing.T) {
	q := Parse("list the countries sponsoring the talks")
	if q.Kind != Which || q.TypeNoun != "countries" {
		t.Errorf("list the countries: kind %v, noun %q", q.Kind, q.TypeNoun)
	}
	q = Parse("name all the sponsors")
	if q.Kind != Which || len(q.Words) != 1 || q.Words[0].Surface != "sponsors" {
		t.Errorf("name all the sponsors: kind %v, words %+v", q.Kind, q.Words)
	}
	if q := Parse("list the class of ships"); q.Kind != What {
		t.Errorf("a singular noun ending in ss is no list: kind %v", q.Kind)
	}
}

// TestPurpose: a what-question that asks what something is for asks for
// an aim, and its words for that are no topic words.
func TestPurpose(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what's the point of the harbour talks?", true},
		{"what is the aim of the harbour talks", true},
		{"what are the dockers trying to achieve", true},
		{"what are the harbour talks for?", true},
		{"what do the dockers want?", true},
		{"what do the dockers want out of the talks?", true},
		{"what's the union's goal", true},
		{"what did the dockers say about the talks?", false},
		{"who wants a new meeting?", false},
		{"what point did Brandt make?", false},
	} {
		q := Parse(tt.q)
		if q.Purpose != tt.want {
			t.Errorf("%q: Purpose %v, want %v", tt.q, q.Purpose, tt.want)
		}
		for _, w := range q.Words {
			if tt.want && slices.Contains([]string{"point", "trying", "achieve", "want"}, strings.ToLower(w.Surface)) {
				t.Errorf("%q: %q is a topic word", tt.q, w.Surface)
			}
		}
	}
}

// TestYesNo: a question that opens with an auxiliary is answered yes or no.
func TestYesNo(t *testing.T) {
	for q, want := range map[string]bool{
		"did the union win the vote?": true,
		"Is the port open":            true,
		"<@123> does Brandt back it?": true,
		"who won the vote?":           false,
		"what did the union win?":     false,
		"doctors: what did they say?": false,
	} {
		if got := Parse(q).YesNo; got != want {
			t.Errorf("%q: YesNo %v, want %v", q, got, want)
		}
	}
}

// TestPublished: "when was the article published?" asks for an article's
// date; "when was the meeting?" does not.
func TestPublished(t *testing.T) {
	for q, want := range map[string]bool{
		"when was the harbour article published?": true,
		"what date is the strike story from":      true,
		"when was the port piece released?":       true,
		"when did the Times report the strike?":   false,
		"when was the harbour meeting?":           false,
		"when did the strike start?":              false,
		"what did the article say?":               false,
	} {
		got := Parse(q)
		if got.Published != want {
			t.Errorf("%q: Published %v, want %v", q, got.Published, want)
		}
		if want {
			for _, w := range got.Words {
				if w.Surface == "published" || w.Surface == "article" || w.Surface == "story" || w.Surface == "from" {
					t.Errorf("%q: %q is a topic word", q, w.Surface)
				}
			}
		}
	}
}

// TestWhoIsAShortName: "ed" and "ted" are names, not participles, in
// "who is ed rendell?"; "who is used to it?" asks no one's name.
func TestWhoIsAShortName(t *testing.T) {
	if got := Parse("who is ed rendell").Defines; got != "ed rendell" {
		t.Errorf("Defines %q, want ed rendell", got)
	}
	if got := Parse("who is used to it").Defines; got != "" {
		t.Errorf("Defines %q, want none", got)
	}
}

func TestOrdinal(t *testing.T) {
	for w, want := range map[string]int{"first": 1, "Third": 3, "3rd": 3, "11th": 11, "21st": 0, "22nd": 0, "11st": 0, "3th": 0, "third-party": 0, "rd": 0, "second": 2} {
		if got := Ordinal(w); got != want {
			t.Errorf("Ordinal(%q) = %d, want %d", w, got, want)
		}
	}
	if got := OrdinalForms(12); !slices.Equal(got, []string{"twelfth", "12th"}) {
		t.Errorf("OrdinalForms(12) = %v", got)
	}
	if OrdinalForms(0) != nil || OrdinalForms(21) != nil {
		t.Error("forms out of range")
	}
}

// TestOnlyThanks: a message that only thanks is told from one that holds
// nothing, and from thanks with a question.
func TestOnlyThanks(t *testing.T) {
	for raw, want := range map[string]bool{
		"thanks!!":                    true,
		"Thank you so much 🙏":         true,
		"<@123> ty":                   true,
		"ok thanks":                   true,
		"hello":                       false,
		"?!":                          false,
		"thanks, who met in Geneva?":  false,
		"cheers! when are the talks?": false,
	} {
		if got := OnlyThanks(raw); got != want {
			t.Errorf("%q: thanked %v, want %v", raw, got, want)
		}
	}
}

// TestOnlyGreeting: a message that only greets, not one that thanks
// too or asks something.
func TestOnlyGreeting(t *testing.T) {
	for raw, want := range map[string]bool{
		"hi":                      true,
		"Hey there! 👋":            true,
		"good morning":            true,
		"<@123> hello":            true,
		"hi, thanks!":             false,
		"hello, who met in Oslo?": false,
		"?!":                      false,
	} {
		if got := OnlyGreeting(raw); got != want {
			t.Errorf("%q: greeted %v, want %v", raw, got, want)
		}
	}
}

// TestOnlyCourtesy: a message with no topic of its own is one that only
// thanks or only greets, as the two tell apart.
func TestOnlyCourtesy(t *testing.T) {
	for _, raw := range []string{"thanks!!", "ok thanks", "hi", "Hey there! 👋", "hi, thanks!", "?!", "hello, who met in Oslo?", "cheers! when are the talks?", "who met in Geneva?"} {
		if got, want := OnlyCourtesy(raw), OnlyThanks(raw) || OnlyGreeting(raw); got != want {
			t.Errorf("%q: courtesy %v, want %v", raw, got, want)
		}
	}
	if !OnlyCourtesy("hi, thanks!") || OnlyCourtesy("hello, who met in Oslo?") {
		t.Error("a greeting with thanks has no topic; one with a question has")
	}
}

// TestParseStatementKeepsEveryWord: a claim is read for all its content
// words; words that would ask for a kind of answer in a question
// ("latest", "reported", "where") are what a claim says.
func TestParseStatementKeepsEveryWord(t *testing.T) {
	var got []string
	for _, w := range ParseStatement("The Times reported the latest news from Geneva, where the talks were held.").Words {
		got = append(got, w.Surface)
	}
	want := []string{"Times", "reported", "latest", "news", "Geneva", "talks", "held"}
	if !slices.Equal(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
	if q := Parse("The Times reported the latest news from Geneva, where the talks were held."); len(q.Words) >= len(want) {
		t.Errorf("Parse reads it as a question and keeps %d words", len(q.Words))
	}
}

// TestSequencePlace: "final" and "last" place an event alike, at the end
// of a sequence; "last month" dates it instead, and is no qualifier.
func TestSequencePlace(t *testing.T) {
	toks := term.Tokenize("the final ferry left last month, the first one in May, and one is now due")
	got := map[string]string{}
	for i, tok := range toks {
		if p := SequencePlace(toks, i); p != "" {
			got[tok.Surface] = p
		}
	}
	if got["final"] != "end" || got["last"] != "date" || got["first"] != "start" || got["now"] != "now" || len(got) != 4 {
		t.Errorf("places %v", got)
	}
	toks = term.Tokenize("fares fell to 48 crowns, the first time since May, and for the last time in years, the first cut in that direction since June of 2006, the first truly contested party primary in the county since 1988")
	for i, tok := range toks {
		if p := SequencePlace(toks, i); p != "" {
			t.Errorf("%q of a comparison places the event: %q", tok.Surface, p)
		}
	}
	for _, text := range []string{"they talked at last month's Harbour Ball", "at last year’s fair"} {
		toks = term.Tokenize(text)
		if i := slices.IndexFunc(toks, func(t term.Token) bool { return t.Surface == "last" }); SequencePlace(toks, i) != DatePlace {
			t.Errorf("%q: %q, want a date", text, SequencePlace(toks, i))
		}
	}
	q := Parse("what did the envoy say last week about the final ferry?")
	if !slices.Equal(q.Sequence, []string{"end"}) {
		t.Errorf("sequence places %v, want [end]", q.Sequence)
	}
}

// TestFirstQuestionWordAsks: the question word that comes first says
// what is asked; a "when" or "where" later opens a clause of the topic.
func TestFirstQuestionWordAsks(t *testing.T) {
	for in, want := range map[string]Kind{
		"How did the envoy react when the strike began?":    What,
		"how do dockers vote when there is a division":      What,
		"Who led the union when the strike began?":          Who,
		"What year did the envoy arrive where the war was?": When,
		"In what country is Veltra located?":                Where,
		"how many dockers were there when it ended":         HowMany,
	} {
		if got := Parse(in).Kind; got != want {
			t.Errorf("Parse(%q).Kind = %v, want %v", in, got, want)
		}
	}
}

// TestDoneIsNoTopic: "what has the envoy done?" is about the envoy, "when
// was the poll done?" about the poll; "is the deal done?" keeps its
// "done".
func TestDoneIsNoTopic(t *testing.T) {
	words := func(q string) []string {
		var out []string
		for _, w := range Parse(q).Words {
			out = append(out, strings.ToLower(w.Surface))
		}
		return out
	}
	if got := words("what has the envoy done?"); !slices.Equal(got, []string{"envoy"}) {
		t.Errorf("what has the envoy done: words %v, want [envoy]", got)
	}
	if got := words("when was the poll done?"); !slices.Equal(got, []string{"poll"}) {
		t.Errorf("when was the poll done: words %v, want [poll]", got)
	}
	if got := words("is the deal done?"); !slices.Contains(got, "done") {
		t.Errorf("is the deal done: words %v, want done among them", got)
	}
}

// TestSayer: whom a question asks what they said, as typed.
func TestSayer(t *testing.T) {
	for q, want := range map[string]string{
		"What did Obama say about Syria?":         "Obama",
		"what has putin said":                     "putin",
		"what did the times say about kerry":      "the times",
		"what did kirby tell reporters":           "kirby",
		"What did Kerry do in London?":            "",
		"who said the talks were pivotal":         "",
		"what did reuters report":                 "reuters",
		"What did Kilbrandon's report recommend?": "",
		"what else did Lavrov say":                "Lavrov",
	} {
		if got := Parse(q).Sayer; got != want {
			t.Errorf("%q: sayer %q, want %q", q, got, want)
		}
	}
	if got := Parse("What did the Times say about Kerry?").SayerWords(); !slices.Equal(got, []string{"times"}) {
		t.Errorf("SayerWords = %q, want [times]", got)
	}
}

func TestCountValue(t *testing.T) {
	for w, want := range map[string]int{"two": 2, "Twelve": 12, "3": 3, "1,200": 1200, "zero": 0} {
		if n, ok := CountValue(w); !ok || n != want {
			t.Errorf("%q: %d, %v; want %d", w, n, ok, want)
		}
	}
	for _, w := range []string{"twenty", "many", "", "-2", "first"} {
		if n, ok := CountValue(w); ok {
			t.Errorf("%q read as the count %d", w, n)
		}
	}
}

func TestOrNotNegatesNothing(t *testing.T) {
	if Parse("wait so is the US going to astana or not").Negated || Parse("is Kerry going, or not?").Negated {
		t.Error(`"or not" read as a negation`)
	}
	if !Parse("which groups did not attend?").Negated {
		t.Error("a negation missed")
	}
}

// TestQuestionsAboutTheArticles: asked whom the articles quote, or what
// they are in other words, a question is read so; a question about who
// spoke somewhere, or what a topic covers, is not.
func TestQuestionsAboutTheArticles(t *testing.T) {
	for q, want := range map[string]bool{
		"who is quoted in the articles?":            true,
		"who gets quoted the most":                  true,
		"list the people quoted":                    true,
		"who are the main people in these articles": true,
		"which officials are cited?":                true,
		"list the speakers":                         true,
		"who spoke at the meeting":                  false,
		"who is quoted saying the talks failed":     false,
	} {
		if got := Parse(q).Quoted; got != want {
			t.Errorf("Parse(%q).Quoted = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string]bool{
		"give me an overview":              true,
		"a quick rundown of the articles?": true,
		"how many articles are there":      true,
		"what's in the articles":           true,
		"what does the treaty cover":       false,
		"how many people are there":        false,
		"when were the articles published": true,
		"how old are the articles":         true,
		"when was the treaty published":    false,
		"how old are the dockers":          false,
	} {
		if got := Parse(q).Overview; got != want {
			t.Errorf("Parse(%q).Overview = %v, want %v", q, got, want)
		}
	}
}

// TestKeywordsHead: a query typed as a few keywords asks about its last
// word, or its last before "of"; a question in words has no such head.
func TestKeywordsHead(t *testing.T) {
	for q, want := range map[string]string{
		"astana sponsors":                        "sponsor",
		"sponsors of the astana talks":           "sponsor",
		"the kerry recording?":                   "record",
		"who sponsored the talks":                "",
		"ceasefire":                              "",
		"what is the issg":                       "",
		"russia turkey iran assad geneva astana": "",
	} {
		if got := Parse(q).Head; got != want {
			t.Errorf("Parse(%q).Head = %q, want %q", q, got, want)
		}
	}
}

// TestAskedFact: a question about an article itself (who it is credited
// to, its headline) is told from one about what the articles say.
func TestAskedFact(t *testing.T) {
	for q, want := range map[string]ArticleFact{
		"who published the astana story":            Credit,
		"which outlet published the astana piece":   Credit,
		"what paper ran the kerry story?":           Credit,
		"who wrote the article about the talks":     Credit,
		"who is the astana article by?":             Credit,
		"what's the source of the kerry article":    Credit,
		"the kerry story's author?":                 Credit,
		"which site is the astana story from":       Credit,
		"where is the astana article from":          Credit,
		"what's the headline of the astana article": Headline,
		"what was the rfe/rl headline":              Headline,
		"what is the kerry story called":            Headline,
		"title of the astana piece?":                Headline,
		"which paper broke the kerry audio story":   NoArticleFact,
		"who reported the strike":                   NoArticleFact,
		"what did the article say about the truce":  NoArticleFact,
		"what title did kerry hold":                 NoArticleFact,
		"what's the source for that":                NoArticleFact,
		"which newspaper obtained the recording":    NoArticleFact,
		"when was the kerry article published":      NoArticleFact,
		"who wrote that the talks would fail":       NoArticleFact,
		"where were the astana talks held":          NoArticleFact,
		"what was the source of the leaked audio":   NoArticleFact,
		"which agency reported the death toll":      NoArticleFact,
		"who is the astana story about":             NoArticleFact,
		"who published it?":                         Credit,
		"who runs it":                               NoArticleFact, // who heads what the conversation is on
		"what did la stampa's headline say":         NoArticleFact, // another paper's headline, which the article reports
		"what did la stampas headline say":          NoArticleFact,
		"whats the astana storys headline":          Headline,
	} {
		if got := Parse(q).Fact; got != want {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

// TestACountOfNamesIsNoTopic: "which three countries" counts the names
// asked for; "three" is no word a sentence must hold. A count of
// something else ("which 14 groups") stays.
func TestACountOfNamesIsNoTopic(t *testing.T) {
	for q, want := range map[string]bool{
		"which three countries sponsor the talks": false,
		"which 2 countries head the issg":         false,
		"what 14 groups agreed to attend":         true,
	} {
		got := slices.ContainsFunc(Parse(q).Words, func(w Word) bool { return IsNumberWord(w.Surface) })
		if got != want {
			t.Errorf("%q: a number among its words = %v, want %v (%v)", q, got, want, Parse(q).Words)
		}
	}
	if got := Normalize("who's in charge of the talks?"); !strings.Contains(got, "heading the talks") {
		t.Errorf("Normalize = %q, want \"in charge of\" read as \"heading\"", got)
	}
}

// TestSaidWhether: a yes-no question on whether one said when, where or
// who is marked; one that asks when, or whether one commented, is not.
func TestSaidWhether(t *testing.T) {
	for q, want := range map[string]bool{
		"did kirby say when the next meeting will be":  true,
		"has the UN announced where the talks will be": true,
		"when will the next meeting be":                false,
		"did kirby comment on the audio":               false,
	} {
		if got := Parse(q).SaidWhether; got != want {
			t.Errorf("%q: SaidWhether = %v, want %v", q, got, want)
		}
	}
}

// TestWritesPhrase: a phrase's words in their order, at most one word
// apart, as the articles may write a time: "this fiscal year".
func TestWritesPhrase(t *testing.T) {
	for text, want := range map[string]bool{
		"The deficit for this fiscal year is $40 million.": true,
		"It rose this year.":                      true,
		"This year, it rose.":                     true,
		"This is the deficit of the year.":        false,
		"Over 10 years, through fiscal year 2025": false,
	} {
		if got := WritesPhrase(text, "this year"); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestAFormerNameIsNoTopic: "before" and "originally" date the name a
// question asks for; they are no topic words.
func TestAFormerNameIsNoTopic(t *testing.T) {
	for _, q := range []string{"what was nordline called before?", "what was nordline originally called?", "what was nordline known as at first"} {
		var got []string
		for _, w := range Parse(q).Words {
			got = append(got, strings.ToLower(w.Surface))
		}
		if len(got) != 2 || got[0] != "nordline" {
			t.Errorf("%q: words %v, want nordline and the naming word", q, got)
		}
	}
}

// TestModifierOfTheKindAsked: in "which montana senator is mentioned?"
// the senator is the kind asked (and, with no other word, the topic) and
// "montana" the word before it, kept aside for the matcher; "is
// mentioned" and "in the article" speak of the articles, not the topic;
// a noun that names no kind of answer stays a word of the topic.
func TestModifierOfTheKindAsked(t *testing.T) {
	tests := []struct {
		in, typeNoun, modifier, words string
	}{
		{"which montana senator is mentioned", "senator", "montana", "senator"},
		{"which senator is mentioned in the article", "senator", "", "senator"},
		{"which news agency reported the strike", "agency", "news", "reported strike"},
		{"what state senator won the seat", "", "state", "senator won seat"},
		{"which union leader called the strike", "leader", "union", "called strike"},
		{"which harbour request went unanswered", "harbour", "", "request went unanswered"},
		{"what state is the port in", "state", "", "port"},
	}
	for _, tt := range tests {
		q := Parse(tt.in)
		var words []string
		for _, w := range q.Words {
			words = append(words, w.Surface)
		}
		if q.TypeNoun != tt.typeNoun || q.Modifier.Surface != tt.modifier || strings.Join(words, " ") != tt.words {
			t.Errorf("Parse(%q): TypeNoun %q, Modifier %q, words %q; want %q, %q, %q", tt.in, q.TypeNoun, q.Modifier.Surface, words, tt.typeNoun, tt.modifier, tt.words)
		}
	}
}
