module github.com/parleybot/parley

go 1.24.0

require (
	github.com/kljensen/snowball v0.10.0
	github.com/philippgille/chromem-go v0.7.0
)

require github.com/sashabaranov/go-openai v1.43.0 // indirect
