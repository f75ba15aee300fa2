package match

// deathTerms are the index terms of the words news counts the dead by:
// "died", "dead", "deaths", "killed", "fatalities", "slaughtered",
// "massacred", "murdered", "slain", "perished". Asked how many, or
// whether any, one counts what another does ("how many people died?"
// and "has anyone died?" are answered by "has killed 300,000 people");
// WordNet relates them only as a cause (kill, die) or a derived form
// (die, death), met at half credit.
var deathTerms = map[string]bool{
	"die": true, "dead": true, "death": true, "kill": true, "fatal": true,
	"slaughter": true, "massacr": true, "murder": true, "slain": true, "perish": true,
}

// DeathTerm reports whether t is the index term of a word news counts
// the dead by.
func DeathTerm(t string) bool { return deathTerms[t] }
