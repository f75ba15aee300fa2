package quote

import "testing"

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
