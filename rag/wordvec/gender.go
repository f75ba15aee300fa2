package wordvec

import "github.com/parleybot/parley/rag/term"

// genderPairs are words that differ by gender alone, female first: the
// mean of their differences is the direction in which a word's vector
// leans female.
var genderPairs = [...][2]string{
	{"woman", "man"}, {"mother", "father"}, {"wife", "husband"}, {"daughter", "son"},
	{"sister", "brother"}, {"girl", "boy"}, {"queen", "king"}, {"actress", "actor"},
}

// nameLean is how far a first name's vector must lean, on that direction,
// for its gender to be read from it: names shared by both, or rare, lean
// less and give none.
const nameLean = 0.06

// NameGender reads the gender a first name suggests from its vector:
// "f", "m", or "" when the name is not in the table or leans neither way.
// Newswire gives first names a clear lean ("Hillary", "Bernie"), which is
// what telling "she" from "he" needs; it is a guess, so callers let the
// text's own words ("spokeswoman", "Mr.") decide first.
func (t *Table) NameGender(first string) string {
	if t == nil {
		return ""
	}
	st := term.NewStemmer()
	ts := st.Of(first)
	if len(ts) != 1 {
		return ""
	}
	v, ok := t.Vector(ts[0])
	if !ok {
		return ""
	}
	var lean float32
	n := 0
	for _, p := range genderPairs {
		f, okf := t.Vector(st.Of(p[0])[0])
		m, okm := t.Vector(st.Of(p[1])[0])
		if okf && okm {
			lean += Dot(v, f) - Dot(v, m)
			n++
		}
	}
	if n == 0 {
		return ""
	}
	switch lean /= float32(n); {
	case lean >= nameLean:
		return "f"
	case lean <= -nameLean:
		return "m"
	}
	return ""
}
