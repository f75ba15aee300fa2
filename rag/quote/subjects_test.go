package quote

import (
	"strings"
	"testing"
)

// A name set off by commas after an opening phrase, with its role after
// it, is the speaker; the organisation in the role is not.
func TestNameAfterAnOpeningPhraseThenItsRole(t *testing.T) {
	for _, l := range []string{
		`On Tuesday, Tom Varga, chairman of the House Harbour and Ports Committee, said that the port might just include a two-year pause in that package.`,
		`And on Tuesday, Tom Varga, chairman of the House Harbour and Ports Committee, said that the port might just include a two-year pause in that package.`,
	} {
		qs := extractDocument(doc(l), nil)
		if len(qs) != 1 || qs[0].Speaker != "Tom Varga" || qs[0].Role != "chairman of the House Harbour and Ports Committee" {
			t.Errorf("%q: got %+v", l, qs)
		}
	}
	// Names after possessives are a list of speakers, not one's role.
	qs := extractDocument(doc(`Instead, Varga, Harbour Daily’s Ana Brook and Portside’s Lena Ostrova argued that the plan grows out of a kind of naivete.`), nil)
	for _, q := range qs {
		if q.Speaker == "Varga" {
			t.Errorf("got %+v", q)
		}
	}
}

// A speech word after an article, or an article and a noun, is a noun:
// "the bankruptcy question" and "a new report" report nothing.
func TestSpeechWordAfterAnArticleIsANoun(t *testing.T) {
	for _, l := range []string{
		`On Tuesday, Senator Tom Varga, who is chairman of the harbour board, will hold a hearing on the bankruptcy question, the latest in a series of hearings on help for the port.`,
		`Ana Brook voted for the plan in the state primary, but stayed home in the general election.`,
	} {
		if qs := extractDocument(doc(l), nil); len(qs) != 0 {
			t.Errorf("%q: got %+v", l, qs)
		}
	}
	// A base form after a plural is its verb; "the judge said" is too.
	for _, l := range []string{
		`The officials question whether the port can reopen before the winter storms arrive.`,
		`Significantly, the judge said he could not require the port to pay restitution for the closures.`,
	} {
		if qs := extractDocument(doc(l), nil); len(qs) != 1 {
			t.Errorf("%q: got %+v", l, qs)
		}
	}
}

// A subject written as a role, then the name set off by commas, is who
// "he" means next.
func TestRoleThenNameIsTheSubject(t *testing.T) {
	qs := extractDocument(doc(
		`At that moment, the harbour master of the Belport Authority, Tom Varga, uttered a stage whisper within the earshot of several reporters.`,
		`“We will see,” he said.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "Tom Varga" {
		t.Errorf("got %+v", qs)
	}
}

// The subject of a sentence is who "he" means in the next, though the
// sentence names another man after its verb, when the subject's gender
// is known.
func TestSubjectBeatsAnObjectOfItsSentence(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Tom": "m", "Ben": "m"}[first] }
	d := doc(`Tom Varga, a harbour consultant and the host of a radio show, is a Belport resident who crossed party lines to vote for Ben Lind in the primary.`,
		`“If the port had closed before the storm, the vote would have gone the other way,” he said in 2008.`)
	qs := extractDocument(d, gender)
	if len(qs) != 1 || qs[0].Speaker != "Tom Varga" {
		t.Errorf("got %+v", qs)
	}
	// With the subject's gender unknown, the object may be "he" too.
	qs = extractDocument(d, func(first string) string { return map[string]string{"Ben": "m"}[first] })
	if len(qs) != 1 || qs[0].Speaker != "" {
		t.Errorf("unknown gender: got %+v", qs)
	}
}

// A "he" that can only be one person tells that person's gender, so a
// later "he" is theirs though another man is named after the verb of
// their sentence; a headline's title case names no one, and "is a
// former" is no role between two names.
func TestAPronounTellsItsPersonsGender(t *testing.T) {
	gender := func(first string) string { return map[string]string{"Tom": "m", "Ana": "f"}[first] }
	lines := []string{
		`Harbour Medal Of Honor Winner Opens Up About Backing Lind Over Brook.`,
		`Pim Varga is a former Belport Coast Guard captain and Medal of Honor winner who is a lifelong sailor.`,
		`But on Thursday night at the Harbour Convention in Belport, he spoke out in favour of Ana Lind.`,
		`Varga, 33, opened up to the Courier about his choice, including why he will not be backing Tom Brook.`,
		`“He has absolutely zero sea experience,” he said.`,
	}
	d := doc(lines...)
	d.Sentences[0].TitleCase = true
	qs := extractDocument(d, gender)
	if len(qs) != 1 || !strings.HasSuffix(qs[0].Speaker, "Varga") {
		t.Errorf("got %+v, want Varga", qs)
	}
	// Without the sentence that tells it, Varga's gender is unknown, and
	// Brook may be "he" as well: nobody is named.
	d = doc(append(lines[:2:2], lines[3:]...)...)
	d.Sentences[0].TitleCase = true
	qs = extractDocument(d, gender)
	if len(qs) != 1 || qs[0].Speaker != "" {
		t.Errorf("untold: got %+v, want nobody", qs)
	}
}

// A name in the role given to a person where they are named is where
// they work, no rival for "he": "Harbour Watch" of "Tom Varga, the
// president of Harbour Watch".
func TestANameInThePersonsRoleIsNoRival(t *testing.T) {
	qs := extractDocument(doc(
		`Tom Varga, the president of Harbour Watch, charged that Mrs. Lind hid the papers from the public.`,
		`“The port and the board worked hand in hand,” he said.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "Tom Varga" {
		t.Errorf("got %+v, want Tom Varga", qs)
	}
}

// "cracked" reports speech before a quotation or "that", as a quip; it
// reports nothing before its object or "down".
func TestCrackedBeforeAQuotation(t *testing.T) {
	qs := extractDocument(doc(`Yet in spite of carping that Mr. Varga is a dreamer - during their first debate, Ana Lind cracked, ''I'm a realist, but a realist who likes to get things done'' - he has often been effective.`), nil)
	if len(qs) != 1 || qs[0].Speaker != "Ana Lind" {
		t.Errorf("got %+v, want Ana Lind", qs)
	}
	for _, l := range []string{
		`Ana Lind cracked the code of the harbour lock on her third try last spring.`,
		`The harbour police cracked down on the dockers who blocked the gates on Monday.`,
	} {
		if qs := extractDocument(doc(l), nil); len(qs) != 0 {
			t.Errorf("%q: got %+v", l, qs)
		}
	}
}
