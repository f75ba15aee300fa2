package followup

import (
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	people := func(text string) []Person {
		var out []Person
		for _, n := range capitalRuns(text, 2) {
			g := ""
			if n == "Marta Reyes" {
				g = "f"
			}
			out = append(out, Person{Name: n, Gender: g})
		}
		// The corpus's speakers are found by any form of their name, as
		// typed: "ostrova" is Lena Ostrova.
		if strings.Contains(text, "ostrova") {
			out = append(out, Person{Name: "Lena Ostrova", Gender: "f"})
		}
		return out
	}
	// Names the corpus writes with a capital, typed in lower case.
	isName := func(w string) bool { return w == "veltra" || w == "ostrova" }
	// "nordic" is only ever a word of a name ("Nordic Mission").
	// "harbour" and "guild" are only ever words of names too ("Nordic
	// Harbour Guild", "New Harbour Guild").
	capitalised := func(w string) bool { return isName(w) || w == "nordic" || w == "harbour" || w == "guild" }
	r := Resolver{People: people, IsName: isName, Capitalised: capitalised}
	tests := []struct {
		name    string
		history []Turn
		q, want string
		unres   string
	}{
		{"he from the answer", []Turn{{Question: "Who leads the delegation?", Answer: "Tomas Berg, the chief negotiator, said the talks would go on. [1]"}},
			"What did he say?", "What did Tomas Berg say?", ""},
		{"he from the question first", []Turn{{Question: "What did Tomas Berg say about the truce?", Answer: "Anna Kowal said nothing."}},
			"when did he say it?", "When did Tomas Berg say it?", ""}, // "it" is what he said, not the truce
		{"what he said, after an answer that quotes him: a quotation of three words or more, its pronouns his own", []Turn{{Question: "What did Tomas Berg say about the truce?", Answer: "Berg said \"his union\" would not back down: “We will not sign a deal that cuts his dockers' wages,” Tomas Berg said on Friday. [1]"}},
			"when did he say that?", "When did Tomas Berg say “We will not sign a deal that cuts his dockers' wages”?", ""},
		{"she skips a man", []Turn{{Question: "What did Marta Reyes ask Tomas Berg?", Answer: "She asked about aid."}},
			"how did he respond?", "How did Tomas Berg respond?", ""},
		{"his", []Turn{{Question: "Who is Tomas Berg?", Answer: "Tomas Berg is an envoy."}},
			"what is his role?", "What is Tomas Berg’s role?", ""},
		{"he the conversation goes on about, not the one a who-question about him was answered with", []Turn{{Question: "who nominated him", Standalone: "Who nominated Tomas Berg", Answer: "Piet Kramer, the mayor, nominated Tomas Berg for a second term. [1]"}},
			"when does his term end", "When does Tomas Berg’s term end", ""},
		{"he from the answer to a who-question that named him", []Turn{{Question: "who nominated tomas berg", Answer: "Piet Kramer, the mayor, nominated Tomas Berg for a second term. [1]"}},
			"what did he say", "What did Piet Kramer say", ""},
		{"they from a list", []Turn{{Question: "Who sponsored the talks?", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"when did they meet?", "When did Norway, Chile and Kenya meet?", ""},
		{"ones", []Turn{{Question: "How many rebel groups agreed to attend?", Answer: "Fourteen groups agreed. [1]"}},
			"which ones refused?", "Which rebel groups refused?", ""},
		{"a preposition before the question word", []Turn{{Question: "what did berg say he lost", Answer: "Berg said he lost the vote. [1]"}},
			"to whom?", "To whom did berg say he lost", ""},
		{"that after a subject question", []Turn{{Question: "Who recorded the meeting?", Answer: "A diplomat recorded it. [1]"}},
			"where was that?", "Where was that: Who recorded the meeting?", ""},
		{"them is not a list the follow-up names one of", []Turn{{Question: "who sponsored the oslo talks", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"what does chile want out of them?", "What does chile want out of the oslo talks?", ""},
		{"it, a thing named by whose it is", []Turn{{Question: "tell me about berg's meeting", Answer: "Berg met envoys in Oslo. [1]"}},
			"who recorded it?", "Who recorded berg's meeting?", ""},
		{"it, a topic told about, not its opening word", []Turn{{Question: "tell me about bergs meeting with dockers", Answer: "Berg met dockers in Oslo. [1]"}},
			"where was it?", "Where was the bergs meeting with dockers?", ""},
		{"it, a thing named by whose it is, after a rewrite with it", []Turn{{Question: "Who recorded the veltra's meeting", Answer: "A diplomat recorded it. [1]"}},
			"when was it?", "When was veltra's meeting?", ""},
		{"it, an event, is the gathering the answer names, not a place", []Turn{{Question: "what happened at the Nordic Mission", Answer: "The paper obtained a recording of the 40-minute discussion that took place at the Nordic Mission to the Harbour Council. [1]"}},
			"how long did it last?", "How long did the discussion last?", ""},
		{"it, after what happened at a place, is the gathering the answer names", []Turn{{Question: "what happened at the Nordic Mission", Answer: "The paper obtained a recording of the 40-minute discussion that took place at the Nordic Mission to the Harbour Council. [1]"}},
			"who recorded it?", "Who recorded the discussion?", ""},
		{"he from the turn before the last, when the last names no man", []Turn{
			{Question: "what did the woman ask Tomas Berg", Answer: "One woman, Marta Reyes, asked Tomas Berg why. [1]"},
			{Question: "whats her name", Standalone: "What is the name of Marta Reyes", Answer: "One woman, Marta Reyes, asked why. [1]"}},
			"and what did he answer", "What did Tomas Berg answer", ""},
		{"it, no event, is the topic, not a gathering the answer names", []Turn{{Question: "who made the Veltra recording", Answer: "The recording was made by a guest who attended the session. [1]"}},
			"was it real?", "Was the Veltra recording real?", ""},
		{"it after a why, which names the question it asks about", []Turn{{Question: "Why: What happened at veltra", Answer: "The port was shelled. [1]"}},
			"when is it now?", "When is veltra now?", ""},
		{"a person and a topic: what they said on it, not what the question asked the other said", []Turn{{Question: "what did Tomas Berg say he lost", Answer: "Berg said he lost the vote. [1]"}},
			"and what about Anna Kowal on the harbour fees", "What did Anna Kowal say on the harbour fees?", ""},
		{"a name typed in lower case is swapped with its particle", []Turn{{Question: "what did de ostrova say", Answer: "Lena de Ostrova said the talks would resume. [1]"}},
			"what about kowal?", "What did kowal say", ""},
		{"their, a body the answer names", []Turn{{Question: "Who does Tomas Berg work for?", Answer: "Tomas Berg, a spokesman for the Guild, spoke on Monday. [1]"}},
			"what is their goal?", "What is the Guild’s goal?", ""},
		{"it, a thing typed in lower case before its verb", []Turn{{Question: "When did the veltra talks happen", Answer: "The talks began on Monday. [1]"}},
			"what is the union doing about it?", "What is the union doing about the veltra talks?", ""},
		{"it, a name typed in lower case", []Turn{{Question: "what happened in veltra", Answer: "The port was shelled. [1]"}},
			"who was shelling it?", "Who was shelling veltra?", ""},
		{"it, a thing named by a word of a name typed in lower case", []Turn{{Question: "what happened at the nordic mission", Answer: "A talk was taped at the Nordic Mission. [1]"}},
			"who taped it?", "Who taped the nordic mission?", ""},
		{"it is no person typed in lower case", []Turn{{Question: "what did ostrova say", Answer: "Lena Ostrova said the talks would resume. [1]"}},
			"when did she say it?", "When did Lena Ostrova say it?", ""},
		{"a name typed in lower case is swapped", []Turn{{Question: "which side does veltra back", Answer: "Veltra backs the north. [1]"}},
			"and sylvania?", "Which side does sylvania back", ""},
		{"the last lower-case name is swapped", []Turn{{Question: "what did berg say about ostrova", Answer: "He praised her. [1]"}},
			"and what about the rebels", "What did berg say about the rebels", ""},
		{"what about a subject, then its question", []Turn{{Question: "Who is Tomas Berg?", Answer: "Tomas Berg is an envoy. [1]"}},
			"and what about the union, will it go to Oslo?", "Will the union go to Oslo", ""},
		{"what about a subject, then a question of its", []Turn{{Question: "Who is Tomas Berg?", Answer: "Tomas Berg is an envoy. [1]"}},
			"what about the union, what is its position?", "What is the union’s position", ""},
		{"it after an auxiliary's subject", []Turn{{Question: "did the US respond", Answer: "The State Department had no details. [1]"}},
			"who co-chairs it", "Who co-chairs the US", ""},
		{"it, the subject of an auxiliary, with an object", []Turn{{Question: "Will the UN send a team?", Answer: "It will. [1]"}},
			"who leads it?", "Who leads the UN?", ""},
		{"it, a noun after a name", []Turn{{Question: "Did the Astana talks start on time?", Answer: "They did. [1]"}},
			"who sponsored it?", "Who sponsored the Astana talks?", ""},
		{"they of an event", []Turn{{Question: "Who sponsored the Astana talks?", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"where are they held?", "Where are the Astana talks held?", ""},
		{"they of an event's verb", []Turn{{Question: "Who sponsored the Astana talks?", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"when do they start?", "When do the Astana talks start?", ""},
		{"they of an event, typed in lower case", []Turn{{Question: "who sponsored the astana talks", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"when do they start", "When do the astana talks start", ""},
		{"it is no plural: the thing named", []Turn{{Question: "who are the sponsors of Veltra", Answer: "Sponsors Norway, Chile and Kenya are meeting there. [1]"}},
			"when is it", "When is Veltra", ""},
		{"it, a thing named by whose it is", []Turn{{Question: "who attended brandt's meeting", Answer: "Envoys of Veltra attended it. [1]"}},
			"where was it", "Where was brandt's meeting", ""},
		{"them after a date whose answer lists names", []Turn{{Question: "when are the oslo talks", Answer: "Sponsors Norway, Chile and Kenya meet for talks on March 3. [1]"}},
			"who's sponsoring them", "Who is sponsoring the oslo talks", ""},
		{"they of an event's verb, how long", []Turn{{Question: "Who sponsored the Astana talks?", Answer: "Norway, Chile and Kenya sponsored them. [1]"}},
			"how long will they last", "How long will the Astana talks last", ""},
		{"she of a who-is question typed in lower case", []Turn{{Question: "who is anna kowal", Answer: "Lena Ostrova said envoy Tomas Berg met Anna Kowal, the council's head, in Oslo. [1]"}},
			"where did she meet berg", "Where did Anna Kowal meet berg", ""},
		{"he is not a person the follow-up names", []Turn{{Question: "who leads the council", Answer: "Tomas Berg met Anna Kowal, the council's head. [1]"}},
			"where did she meet berg", "Where did Anna Kowal meet berg", ""},
		{"it, a name of several words typed in lower case, whole", []Turn{{Question: "did the nordic harbour guild reply", Answer: "The guild had no comment. [1]"}},
			"who runs it", "Who runs the nordic harbour guild", ""},
		{"it, a name typed in lower case after a word that is no name alone", []Turn{{Question: "what did the new harbour guild say", Answer: "The guild had no comment. [1]"}},
			"who runs it", "Who runs the new harbour guild", ""},
		{"it, a noun after a lower-case name", []Turn{{Question: "tell me about the veltra strike", Answer: "The dockers called it. [1]"}},
			"who called it", "Who called the veltra strike", ""},
		{"it, a lower-case name before a participle", []Turn{{Question: "where is the veltra based", Answer: "In Oslo. [1]"}},
			"who leads it", "Who leads the veltra", ""},
		{"it, a lower-case name before its verb", []Turn{{Question: "did the veltra respond", Answer: "It did not. [1]"}},
			"who leads it", "Who leads the veltra", ""},
		{"it, a noun after a lower-case name, before get", []Turn{{Question: "why did the veltra conference get postponed", Answer: "The union disagreed. [1]"}},
			"when was it supposed to happen", "When was the veltra conference supposed to happen", ""},
		{"the preposition is not said twice", []Turn{{Question: "What did Tomas Berg say about Veltra?", Answer: "He praised it. [1]"}},
			"and about the strike?", "What did Tomas Berg say about the strike?", ""},
		{"there, a gathering asked when", []Turn{{Question: "when was the veltra meeting", Answer: "The meeting took place last week, after strikes in Oslo. [1]"}},
			"who was there", "Who was at the veltra meeting", ""},
		{"there, a gathering one goes to", []Turn{{Question: "when are the Oslo talks", Answer: "They open on March 3 in Norway's capital. [1]"}},
			"who is going there", "Who is going to the Oslo talks", ""},
		{"the the of a name before a noun stays", []Turn{{Question: "What did Tomas Berg say about the Veltra talks?", Answer: "He praised them. [1]"}},
			"and Oslo?", "What did Tomas Berg say about the Oslo talks?", ""},
		{"a new subject takes the place of one that is no name", []Turn{{Question: "what do the dockers want", Answer: "Higher pay. [1]"}},
			"and the ferry board?", "What do the ferry board want", ""},
		{"a name takes the place of a subject that is no name", []Turn{{Question: "what do the dockers want", Answer: "Higher pay. [1]"}},
			"and Oslo?", "What do Oslo want", ""},
		{"a new subject for who asks yes or no", []Turn{{Question: "who is going to the talks", Answer: "The envoy is. [1]"}},
			"and the dockers?", "Are the dockers going to the talks?", ""},
		{"a new subject for who, one by name", []Turn{{Question: "who has backed the strike", Answer: "The union has. [1]"}},
			"what about Norland?", "Has Norland backed the strike?", ""},
		{"no new subject asks the question before", []Turn{{Question: "who is going to the talks", Answer: "The envoy is. [1]"}},
			"and the?", "Who is going to the talks", ""},
		{"going where the question before went", []Turn{{Question: "is tomas berg going to the oslo talks", Answer: "He is attending. [1]"}},
			"who else is going?", "Who else is going to the oslo talks", ""},
		{"attending what the question before went to", []Turn{{Question: "is tomas berg going to oslo", Answer: "He is attending. [1]"}},
			"which groups are attending", "Which groups are attending oslo", ""},
		{"going to the gathering the question before named", []Turn{{Question: "who is hosting the oslo talks", Answer: "The port board. [1]"}},
			"who else is going?", "Who else is going to the oslo talks", ""},
		{"going with a place of its own stays", []Turn{{Question: "is tomas berg going to oslo", Answer: "He is attending. [1]"}},
			"who else is going to bergen", "Who else is going to bergen", ""},
		{"there is no place of a reply to no question", []Turn{{Question: "???", Answer: "I couldn't find a question in that. Ask me something about the port talks in Oslo."}},
			"who was there", "Who was there", ""},
		{"a reply to no question is passed over", []Turn{{Question: "when are the Oslo talks", Answer: "They open on March 3 in Norway's capital. [1]"},
			{Question: "???", Answer: "I couldn't find a question in that. Ask me something about the port talks in Bergen."}},
			"who is going there", "Who is going to the Oslo talks", ""},
		{"the new subject brings its own the", []Turn{{Question: "what did tomas berg say about the veltra", Answer: "He praised it. [1]"}},
			"and about a new strike?", "What did tomas berg say about a new strike", ""},
		{"their, of a thing defined in lower case", []Turn{{Question: "what is the veltra dock union", Answer: "The Veltra Dock Union is a trade union. [1]"}},
			"who is their spokesman", "Who is the veltra dock union’s spokesman", ""},
		{"it is no person", []Turn{{Question: "Which union does Tomas Berg lead?", Answer: "He leads the dockers. [1]"}},
			"how big is it", "How big is it: Which union does Tomas Berg lead?", ""}, // "it" is the union asked about, not Berg
		{"he named in the question", []Turn{{Question: "Who leads the council?", Answer: "Anna Kowal leads it. [1]"}},
			"what did Tomas Berg say he lost?", "What did Tomas Berg say he lost?", ""},
		{"he after a typed sayer", []Turn{{Question: "Who leads the delegation?", Answer: "Tomas Berg, the chief negotiator, said the talks would go on. [1]"}},
			"what did kery say he lost?", "What did kery say he lost?", ""}, // a typo names no one known, but it says
		{"a woman named is not he", []Turn{{Question: "Who is Tomas Berg?", Answer: "Tomas Berg is an envoy."}},
			"what did Marta Reyes say he lost?", "What did Marta Reyes say Tomas Berg lost?", ""},
		{"there", []Turn{{Question: "Where were the talks held?", Answer: "The talks were held in Oslo on Monday."}},
			"who attended there?", "Who attended in Oslo?", ""},
		{"there, at the end of a sentence", []Turn{{Question: "Where were the talks held?", Answer: "They were held in Oslo. Envoys from the U.S. came."}},
			"who attended there?", "Who attended in Oslo?", ""},
		{"there, an abbreviation", []Turn{{Question: "Where did the envoy go?", Answer: "She went to a meeting in Washington D.C. on Monday."}},
			"who did the envoy meet there?", "Who did the envoy meet in Washington D.C.?", ""},
		{"there, a possessive place", []Turn{{Question: "what happened at the oslo talks", Answer: "Envoys gathered in Norway's capital, Oslo. The talks began on Monday."}},
			"who was there from chile", "Who was in Oslo from chile", ""},
		{"there, a possessive place without a name", []Turn{{Question: "what happened at the talks", Answer: "Envoys gathered in Norway's capital on Monday."}},
			"who was there", "Who was in Norway's capital", ""},
		{"since when, a question with no topic of its own", []Turn{{Question: "how many people has the strike hurt", Answer: "It has hurt 300 dockers since May. [1]"}},
			"since when", "Since when: How many people has the strike hurt", ""},
		{"it is no preposition that opens the question before", []Turn{{Question: "since when", Answer: "It has hurt 300 dockers since May. [1]"}},
			"who is trying to end it", "Who is trying to end it", ""},
		{"then", []Turn{{Question: "When did the truce begin?", Answer: "It began on March 3."}},
			"what happened then?", "What happened in March 3?", ""},
		{"ellipsis", []Turn{{Question: "What did Tomas Berg say about the truce?", Answer: "…"}},
			"And Anna Kowal?", "What did Anna Kowal say about the truce?", ""},
		{"a person takes the place of a person typed in lower case before a name", []Turn{{Question: "what did ostrova say about the VSG", Answer: "…"}},
			"and Anna Kowal?", "What did Anna Kowal say about the VSG", ""},
		{"a person takes a person's place", []Turn{{Question: "What did Tomas Berg say about veltra?", Answer: "…"}},
			"and Anna Kowal?", "What did Anna Kowal say about veltra?", ""},
		{"of two persons, a person takes the subject's place", []Turn{{Question: "how did Tomas Berg do against Anna Kowal", Answer: "…"}},
			"and Ilse Brandt?", "How did Ilse Brandt do against Anna Kowal", ""},
		{"one stands for the noun after the name", []Turn{{Question: "who is the Norlandic negotiator", Answer: "…"}},
			"and the Veltran one?", "Who is the Veltran negotiator", ""},
		{"ones, for a noun typed after a name in lower case", []Turn{{Question: "what did the veltra envoys say", Answer: "…"}},
			"and the norland ones?", "What did the norland envoys say", ""},
		{"a topic after about takes the old topic's place", []Turn{{Question: "what did Tomas Berg say about the dockers", Answer: "…"}},
			"and about the harbour fees?", "What did Tomas Berg say about the harbour fees", ""},
		{"ones the answer counted", []Turn{{Question: "how many agreed", Answer: "Tomas Berg said 14 harbour unions have agreed to strike, although some big unions said they would not. [1]"}},
			"and which ones refused?", "Which harbour unions refused?", ""},
		{"a place the question had none of is added", []Turn{{Question: "where did Tomas Berg work before", Answer: "Tomas Berg worked in Oslo. [1]"}},
			"what about in veltra?", "Where did Tomas Berg work before in veltra", ""},
		{"a place takes the place of the question's", []Turn{{Question: "who is attending the talks in Oslo?", Answer: "Anna Kowal is. [1]"}},
			"and in Veltra?", "Who is attending the talks in Veltra?", ""},
		{"what about", []Turn{{Question: "What did Tomas Berg say about the truce?", Answer: "…"}},
			"what about Anna Kowal", "What did Anna Kowal say about the truce?", ""},
		{"no topic of its own", []Turn{{Question: "Where did the envoys meet the mayors?", Answer: "In Oslo."}},
			"when was that?", "When did the envoys meet the mayors?", ""},
		{"no topic of its own, after a question whose preposition was its question word's", []Turn{{Question: "Who was Tomas Berg talking to?", Answer: "Berg talked to dockers in Oslo. [1]"}},
			"where?", "Where was Tomas Berg talking?", ""},
		{"no topic after thanks", []Turn{{Question: "thanks!", Answer: "You're welcome!"}},
			"why?", "Why?", ""},
		{"nothing to resolve", []Turn{{Question: "Who sponsored the talks?", Answer: "Norway did."}},
			"What is the ISSG?", "What is the ISSG?", ""},
		{"the one a who-question was answered with", []Turn{{Question: "who was the woman who asked Tomas Berg a question", Answer: "One woman, Anna Kowal, asked Tomas Berg why."}},
			"what did she ask", "What did Anna Kowal ask", ""},
		{"the subject of a who-question asking whom", []Turn{{Question: "Who did Tomas Berg meet in Oslo?", Answer: "He met Anna Kowal in Oslo on Monday."}},
			"what did he say there?", "What did Tomas Berg say in Oslo?", ""},
		{"what else", []Turn{{Question: "What did Tomas Berg say?", Answer: "Berg said the talks would go on."}},
			"what else?", "What else did Tomas Berg say?", ""},
		{"who else", []Turn{{Question: "Who backs the rebels?", Answer: "Norland backs the rebels."}},
			"and who else", "Who else backs the rebels?", ""},
		{"her, a possessive", []Turn{{Question: "who is anna kowal", Answer: "Anna Kowal is the harbour chief."}},
			"what is her job", "What is Anna Kowal’s job", ""},
		{"her, an object", []Turn{{Question: "who is anna kowal", Answer: "Anna Kowal is the harbour chief."}},
			"what did reporters ask her?", "What did reporters ask Anna Kowal?", ""},
		{"no question joined to an unresolved she", []Turn{{Question: "what else", Answer: "The articles don't say."}},
			"who is she", "Who is she", "she"},
		{"it, a modified noun", []Turn{{Question: "when is the next meeting", Answer: "The articles don't say when."}},
			"what does berg think of it", "What does berg think of the next meeting", ""},
		{"them after a form of be and an -ing verb", []Turn{{Question: "is the VSG going", Answer: "The VSG said it would not send a delegation."}},
			"who will represent them", "Who will represent the VSG", ""},
		{"a source is not they", []Turn{{Question: "what did tomas berg call for", Answer: "Berg called for a truce, according to the Associated Press."}},
			"did they respond", "Did they respond", "they"},
		{"unresolved he", []Turn{{Question: "what is the weather like", Answer: "The articles don't say."}},
			"what did he say?", "What did he say?", "he"},
	}
	for _, tt := range tests {
		got := r.Resolve(tt.history, tt.q)
		if got.Standalone != tt.want || got.Unresolved != tt.unres {
			t.Errorf("%s: %q → %q (unresolved %q), want %q (%q)", tt.name, tt.q, got.Standalone, got.Unresolved, tt.want, tt.unres)
		}
	}
	if got := r.Resolve(nil, "what did he say?"); got.Changed || got.Standalone != "What did he say?" {
		t.Errorf("without history: %+v", got)
	}
}

// "and" before a question of its own is not an ellipsis.
func TestAndBeforeAQuestion(t *testing.T) {
	r := Resolver{}
	h := []Turn{{Question: "What did Tomas Berg tell the press?", Answer: "Tomas Berg said the talks would go on."}}
	if got := r.Resolve(h, "and where was he going?"); got.Standalone != "Where was Tomas Berg going?" {
		t.Errorf("got %q", got.Standalone)
	}
}

// TestElseGivesThePreviousAnswer: a follow-up asking for someone or
// something else carries the answer before it, so that its sentences
// are not given again; any other follow-up does not.
func TestElseGivesThePreviousAnswer(t *testing.T) {
	history := []Turn{{Question: "Who backs the rebels?", Answer: "Turkey backs the rebels. [1]"}}
	for q, given := range map[string]bool{
		"who else backs them?":     true,
		"any other countries?":     true,
		"and besides turkey?":      true,
		"why do they back them?":   false,
		"what do the others want?": true,
	} {
		got := Resolver{}.Resolve(history, q).Given
		if (got == history[0].Answer) != given || got != "" && got != history[0].Answer {
			t.Errorf("%q: Given %q, want the previous answer: %v", q, got, given)
		}
	}
}

// TestNoTopicFromAnAnswerThatFoundNothing: a question the articles say
// nothing on gives the next one no topic to carry on with; one they
// answered does.
func TestNoTopicFromAnAnswerThatFoundNothing(t *testing.T) {
	found := Resolver{}.Resolve([]Turn{{Question: "what did brandt say about veltra", Answer: "Brandt said the port stays open. [1]"}}, "who sponsored the oslo talks")
	nothing := Resolver{}.Resolve([]Turn{{Question: "what did brnadt say about veltra", Answer: "The articles don't say: they never mention “brnadt”."}}, "who sponsored the oslo talks")
	if found.Context == "" || nothing.Context != "" {
		t.Errorf("context after an answer %q, after nothing found %q", found.Context, nothing.Context)
	}
}

// TestThanksIsNoTurn: "thanks!" between a question and its follow-up
// leaves the follow-up reading the question before it.
func TestThanksIsNoTurn(t *testing.T) {
	h := []Turn{
		{Question: "What did Tomas Berg tell the press?", Answer: "Tomas Berg said the talks would go on."},
		{Question: "thanks!", Answer: "You're welcome!"},
	}
	if got := (Resolver{}).Resolve(h, "and where was he going?"); got.Standalone != "Where was Tomas Berg going?" {
		t.Errorf("got %q, unresolved %q", got.Standalone, got.Unresolved)
	}
}

// TestSheIsAWomanBeforeOneOfNoKnownGender: "she" is the woman a turn
// names before a person whose gender is not known, who comes first.
func TestSheIsAWomanBeforeOneOfNoKnownGender(t *testing.T) {
	genders := map[string]string{"Tomas Berg": "", "Anna Kowal": "f", "Omar Ali": "m"}
	r := Resolver{People: func(text string) []Person {
		var out []Person
		for _, name := range []string{"Tomas Berg", "Anna Kowal", "Omar Ali"} {
			if strings.Contains(strings.ToLower(text), strings.ToLower(name)) {
				out = append(out, Person{Name: name, Gender: genders[name]})
			}
		}
		return out
	}}
	h := []Turn{{Question: "what did tomas berg say about anna kowal and omar ali", Answer: "…"}}
	for q, want := range map[string]string{"what did she say": "What did Anna Kowal say", "what did he say": "What did Tomas Berg say"} {
		if got := r.Resolve(h, q); got.Standalone != want {
			t.Errorf("%q: %q, want %q", q, got.Standalone, want)
		}
	}
}

// TestTheirIsABodyToTheEndOfItsSentence: "their" after an answer that
// says whom someone speaks for is that body, without the period that
// ends the sentence.
func TestTheirIsABodyToTheEndOfItsSentence(t *testing.T) {
	r := Resolver{People: func(text string) []Person {
		if strings.Contains(strings.ToLower(text), "tomas berg") {
			return []Person{{Name: "Tomas Berg", Gender: "m"}}
		}
		return nil
	}}
	h := []Turn{{Question: "who is tomas berg", Answer: "Tomas Berg is a spokesman for the Harbour Board."}}
	if got := r.Resolve(h, "what is their goal"); got.Standalone != "What is the Harbour Board’s goal" {
		t.Errorf("got %q", got.Standalone)
	}
}

// TestThemIsNoOneTheQuestionNames: "them" in "what did the union ask
// them to do?" is not the Union the question names, but the other body
// the answer before names; after an answer that found no one, the
// passages it showed name no one for "them".
func TestThemIsNoOneTheQuestionNames(t *testing.T) {
	history := []Turn{{Question: "who is to blame", Answer: "The strike was called by the Union after talks with the Board failed. [1]"}}
	if got := (Resolver{}).Resolve(history, "what did the union ask them to do").Standalone; got != "What did the union ask the Board to do" {
		t.Errorf("got %q", got)
	}
	history = []Turn{{Question: "who was responsible", Answer: "The articles don't say who. These passages touch on it: The talks with the Board failed on Monday. [1]"}}
	if res := (Resolver{}).Resolve(history, "what did the mayor ask them to do"); res.Unresolved != "them" {
		t.Errorf("got %q, unresolved %q; want them unresolved", res.Standalone, res.Unresolved)
	}
}
