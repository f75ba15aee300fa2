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

// genderDirection is the mean female-minus-male difference of the pairs'
// vectors; nil when the table has none of them.
func (t *Table) genderDirection() []float32 {
	dir := make([]float32, t.dim)
	n := 0
	for _, p := range genderPairs {
		f, okf := t.Vector(term.Word(p[0]))
		m, okm := t.Vector(term.Word(p[1]))
		if !okf || !okm {
			continue
		}
		for i := range dir {
			dir[i] += f[i] - m[i]
		}
		n++
	}
	if n == 0 {
		return nil
	}
	for i := range dir {
		dir[i] /= float32(n)
	}
	return dir
}

// NameGender reads the gender a first name suggests from its vector:
// "f", "m", or "" when the name is not in the table or leans neither way.
// Newswire gives first names a clear lean ("Hillary", "Bernie"), which is
// what telling "she" from "he" needs; it is a guess, so callers let the
// text's own words ("spokeswoman", "Mr.") decide first.
func (t *Table) NameGender(first string) string {
	if t == nil || t.gender == nil {
		return ""
	}
	v, ok := t.Vector(term.Word(first))
	if !ok {
		return ""
	}
	switch lean := Dot(v, t.gender); {
	case lean >= nameLean:
		return "f"
	case lean <= -nameLean:
		return "m"
	}
	return ""
}
