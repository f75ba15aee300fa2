// Package corpus carries Parley's built-in articles on the Syrian peace talks,
// embedded in the binary.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the built-in articles as a read-only file system.
func FS() fs.FS { return files }

// Name names the built-in corpus in messages.
const Name = "the built-in corpus"

// Description says what the built-in articles are about, for abstentions,
// the LLM prompt and help.
const Description = "news reports on the Syrian peace talks (Geneva II, the ISSG in Vienna, Astana)"
