package question

// IsTimeUnit reports whether a lower-case word is a unit of time,
// singular or plural ("hours", "decade"): after a number it says how
// long, and "five years ago" is not "a year ago".
func IsTimeUnit(word string) bool { return timeUnits[word] }

// IsUnit reports whether a lower-case word is a unit a number is
// measured in, of time or of measure, singular or plural ("minutes",
// "percent", "km"): after a number it says what the number measures, so
// "every 13 hours" is not "every 13 minutes".
func IsUnit(word string) bool { return timeUnits[word] || measureUnits[word] }

var (
	timeUnits = map[string]bool{
		"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
		"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
		"year": true, "years": true, "decade": true, "decades": true, "century": true, "centuries": true,
	}
	measureUnits = map[string]bool{
		"percent": true, "kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true,
		"km": true, "mile": true, "miles": true, "metre": true, "metres": true, "meter": true,
		"meters": true, "kilogram": true, "kilograms": true, "kg": true, "ton": true, "tons": true,
		"tonne": true, "tonnes": true, "dollar": true, "dollars": true, "euro": true, "euros": true,
	}
)
