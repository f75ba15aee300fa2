package rag

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestIdentityNeedsItsNoun: "who is X's running mate?" asks what the last
// word names; a sentence that meets only the words before it ("run")
// does not answer, and one that meets it does.
func TestIdentityNeedsItsNoun(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Race\n\n" +
		"Ilse Brandt campaigned in Valdoria on Monday.\n\n" +
		"\"She doesn't run from a fight,\" Brandt's rival Tomas Lind said of her.\n\n" +
		"Lind's adviser is Petra Holm, a former dock manager.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "who is brandt's running mate")
	if err != nil || !a.Abstained {
		t.Errorf("who is brandt's running mate: %+v %v, want an abstention", a, err)
	}
	a, err = eng.Ask(ctx, "who is lind's adviser")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Petra Holm") {
		t.Errorf("who is lind's adviser: %+v %v, want Petra Holm", a, err)
	}
}

// TestCasePutIsNoSaying: "If Mayor Brandt thinks …" in Lind's words puts
// a case; it is not what Brandt thinks.
func TestCasePutIsNoSaying(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Row\n\n" +
		"Tomas Lind attacked the mayor's harbour plan on Monday.\n\n" +
		"\"If Mayor Ilse Brandt thinks that dockers from a small town will give in to her harbour plan and its remarks, she is wrong,\" Lind said.\n\n" +
		"As her aides sent out pitches highlighting Lind's remarks, Brandt rode the ferry to Valdoria on Tuesday morning.\n\n" +
		"\"Well, it is a silly thing to say,\" Brandt said.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "what does brandt think of lind's remarks")
	if err != nil || !a.Abstained && strings.Contains(a.Text, "If Mayor") {
		t.Errorf("what does brandt think of lind's remarks: %+v %v, want no case Lind put", a, err)
	}
	a, err = eng.Ask(ctx, "what does brandt think of the remarks")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "silly thing") {
		t.Errorf("what does brandt think of the remarks: %+v %v, want her own words", a, err)
	}
}

// TestADayIsNoDoer: "Brandt, who on Thursday clinched …" says when Brandt
// clinched it; "Thursday" before the verb is no other doer.
func TestADayIsNoDoer(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Race\n\n" +
		"Tomas Lind, while trying to end talk of his ferry deal, was more eager to talk about Ilse Brandt, who on Thursday clinched the votes to win the harbour seat, by the Nordwire count.\n\n" +
		"Lind spoke in Valdoria on Friday.\n")}})
	a, err := eng.Ask(context.Background(), "when did brandt clinch the harbour seat")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "on Thursday clinched") {
		t.Errorf("when did brandt clinch the harbour seat: %+v %v", a, err)
	}
}

// TestSayingAsASecondVerb: "Mayor Brandt came back from talks with the
// ferry owners and reported that they are worried" is Brandt's saying,
// though she opens the sentence with another verb.
func TestSayingAsASecondVerb(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Talks\n\n" +
		"\"Mayor Ilse Brandt came back from talks with the ferry owners in the north and reported that they are worried by the strike. Of course they are,\" Tomas Lind told Nordwire.\n\n" +
		"The strike began in May.\n")}})
	a, err := eng.Ask(context.Background(), "what did brandt say about the ferry owners")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "reported that they are worried") {
		t.Errorf("what did brandt say about the ferry owners: %+v %v", a, err)
	}
}

// TestATimeOfAnotherThing: "Following Wednesday's leak of the audit" dates
// the leak: it does not say when the inquiry will end, nor does the
// sentence beside it; it does say when the audit leaked.
func TestATimeOfAnotherThing(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Audit\n\n" +
		"Following Wednesday's leak of the audit, which concluded that the mayor broke the rules, her office said it would wait for the police inquiry.\n\n" +
		"The mayor herself spoke to Nordwire on Wednesday night.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "when will the police finish their inquiry")
	if err != nil || !a.Abstained {
		t.Errorf("when will the police finish their inquiry: %+v %v, want an abstention", a, err)
	}
	a, err = eng.Ask(ctx, "when did the audit leak")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Wednesday's leak") {
		t.Errorf("when did the audit leak: %+v %v", a, err)
	}
}

// TestHerNounIsNotHis: a noun the question gives by "her" is not met by
// a sentence that gives it only by "his"; "her" in the sentence meets it.
func TestHerNounIsNotHis(t *testing.T) {
	eng := openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Race\n\n" +
		"Mayor Ilse Brandt campaigned in Valdoria on Monday.\n\n" +
		"Brandt spoke to the dockers about the ferry and the new cranes.\n\n" +
		"The crowd cheered when Brandt promised a second dock.\n\n" +
		"The Harbour Courier called on Tomas Lind to get his act together or drop out in favor of his running mate.\n")}})
	ctx := context.Background()
	a, err := eng.Ask(ctx, "who did brandt pick as her running mate")
	if err != nil || !a.Abstained {
		t.Errorf("who did brandt pick as her running mate: %+v %v, want an abstention", a, err)
	}
	eng = openFS(t, fstest.MapFS{"a.txt": {Data: []byte("Harbour Race\n\n" +
		"Mayor Ilse Brandt campaigned in Valdoria on Monday.\n\n" +
		"On Tuesday she picked Petra Holm, a former dock manager, as her running mate.\n")}})
	a, err = eng.Ask(ctx, "who did brandt pick as her running mate")
	if err != nil || a.Abstained || !strings.Contains(a.Text, "Petra Holm") {
		t.Errorf("who did brandt pick as her running mate: %+v %v, want Petra Holm", a, err)
	}
}
