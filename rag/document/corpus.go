package document

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// ErrEmptyCorpus is returned when a corpus folder holds no articles.
var ErrEmptyCorpus = errors.New("no .txt or .md articles")

// LoadCorpus reads every .txt and .md file at the top of fsys, in name order.
// name is the folder's name for error messages.
func LoadCorpus(fsys fs.FS, name string) ([]Document, error) {
	docs, _, err := LoadCorpusNotices(fsys, name)
	return docs, err
}

// Notice is something worth telling the person who keeps the corpus
// folder: a file skipped (binary, empty, a broken link) or decoded from
// another encoding.
type Notice struct {
	// File is the file's name in the corpus folder.
	File string
	// Skipped is true when the file was left out; false when it was read
	// with a note (another encoding).
	Skipped bool
	// Reason says why, for the log.
	Reason string
}

// LoadCorpusNotices is LoadCorpus, also returning what it skipped or read
// specially. A file that cannot be read, is empty, or is not text is
// skipped, never fatal; an empty corpus is an error.
func LoadCorpusNotices(fsys fs.FS, name string) ([]Document, []Notice, error) {
	return Reader{}.Load(fsys, name)
}

// Reader reads corpus folders.
type Reader struct {
	// MaxBytes skips, with a notice, a file larger than this; 0 reads
	// every size.
	MaxBytes int64
	// Previous are documents read before: a file whose bytes are the same
	// is not parsed again.
	Previous []Document
	// Saved are parses an earlier process saved (see SaveParses): a file
	// whose bytes are the same takes its sentences from them.
	Saved Parses
	// Stamps, when set, keeps each file's size and modification time
	// from one load to the next, so that a file of Previous whose stamp
	// is unchanged is taken as it was without being read.
	Stamps *Stamps
}

// Load is LoadCorpusNotices with the reader's limits. Files are read on
// every core at once, so fsys must allow that, as os.DirFS, embed.FS and
// fstest.MapFS do.
func (r Reader) Load(fsys fs.FS, name string) ([]Document, []Notice, error) {
	prev := make(map[string]Document, len(r.Previous))
	for _, d := range r.Previous {
		prev[d.Source] = d
	}
	start := time.Now()
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, fmt.Errorf("reading the corpus folder %s: %w", name, err)
	}
	// Files are read, hashed and parsed on every core: at 10,000 articles
	// reading them is a third of a start's wait. For entries[i], read[i]
	// is its document, kept[i] whether it has one and noted[i] what is
	// said of it; the notes are gathered in the entries' order.
	read := make([]Document, len(entries))
	kept := make([]bool, len(entries))
	noted := make([]*Notice, len(entries))
	readStamps := make([]stamped, len(entries))
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.NumCPU())
	for i, e := range entries {
		ext := strings.ToLower(path.Ext(e.Name()))
		if e.IsDir() || (ext != ".txt" && ext != ".md") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		var info fs.FileInfo
		if r.MaxBytes > 0 || r.Stamps != nil {
			info, _ = fs.Stat(fsys, e.Name())
		}
		if r.MaxBytes > 0 && info != nil && info.Size() > r.MaxBytes {
			noted[i] = &Notice{File: e.Name(), Skipped: true,
				Reason: fmt.Sprintf("larger than PARLEY_MAX_ARTICLE_BYTES (%d bytes, the limit is %d)", info.Size(), r.MaxBytes)}
			continue
		}
		if p, ok := prev[e.Name()]; ok && r.Stamps.unchanged(stampKey(name, e.Name()), info, p.Hash) {
			read[i], kept[i] = p, true // stamped as read before, not read again
			readStamps[i] = stamped{info, p.Hash}
			continue
		}
		slots <- struct{}{}
		wg.Add(1)
		go func(i int, file string, info fs.FileInfo) {
			defer wg.Done()
			read[i], kept[i], noted[i] = r.readFile(fsys, file, prev)
			if info != nil && read[i].Hash != "" {
				readStamps[i] = stamped{info, read[i].Hash}
			}
			<-slots
		}(i, e.Name(), info)
	}
	wg.Wait()
	var stamps map[string]stamped // this load's, when r.Stamps is set
	if r.Stamps != nil {
		stamps = make(map[string]stamped, len(entries))
	}
	var notes []Notice
	var docs []Document
	for i, e := range entries {
		if noted[i] != nil {
			notes = append(notes, *noted[i])
		}
		if stamps != nil && readStamps[i].info != nil {
			stamps[stampKey(name, e.Name())] = readStamps[i]
		}
		if kept[i] {
			docs = append(docs, read[i])
		}
	}
	r.Stamps.stampAll(name, start, stamps)
	if len(docs) == 0 {
		return nil, notes, fmt.Errorf("%w in the corpus folder %s", ErrEmptyCorpus, name)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	return docs, notes, nil
}

// readFile reads, hashes and parses the file of fsys named file, and
// says whether it is kept and what is said of it: a file of prev with the
// same bytes is taken as it was. A document read keeps its hash, also of
// a file left out for its text, so that its stamp is kept.
func (r Reader) readFile(fsys fs.FS, file string, prev map[string]Document) (Document, bool, *Notice) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		// A dangling link, a link loop, a file gone or unreadable.
		return Document{}, false, &Notice{File: file, Skipped: true, Reason: "cannot be read: " + err.Error()}
	}
	hash := hashOf(data)
	if p, ok := prev[file]; ok && p.Hash == hash {
		return p, true, nil // read before, unchanged
	}
	text, note := decodeText(data)
	switch {
	case note == noteBinary:
		return Document{Hash: hash}, false, &Notice{File: file, Skipped: true, Reason: "not text (binary data)"}
	case strings.TrimSpace(text) == "":
		return Document{Hash: hash}, false, &Notice{File: file, Skipped: true, Reason: "empty"}
	case note != "":
		return r.parse(file, text, hash), true, &Notice{File: file, Reason: note}
	}
	return r.parse(file, text, hash), true, nil
}

// parse makes the document of a file's text, whose raw bytes hash to
// hash: from its saved parse when there is one of the same bytes.
func (r Reader) parse(name, text, hash string) Document {
	if saved, ok := r.Saved[name]; ok && saved.Hash == hash {
		if d, ok := saved.document(name, splitLines(text)); ok {
			return d
		}
	}
	d := ParseDocument(name, []byte(text))
	d.Hash = hash
	return d
}

// Notes decodeText gives.
const (
	noteBinary  = "binary"
	note1252    = "decoded as Windows-1252 (Latin-1): it is not UTF-8"
	maxControls = 0.01 // share of control bytes above which a file is binary
)

// decodeText turns a file's bytes, which it takes over, into text: UTF-8
// as it is, its mojibake repaired; text in Windows-1252 or Latin-1 (the
// usual other encoding of Western news) decoded; anything with NUL bytes
// or many control bytes is binary.
func decodeText(data []byte) (string, string) {
	if bytes.IndexByte(data, 0) >= 0 {
		return "", noteBinary
	}
	controls := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7f {
			controls++
		}
	}
	if len(data) > 0 && float64(controls) > maxControls*float64(len(data)) {
		return "", noteBinary
	}
	if utf8.Valid(data) {
		// The text takes data over, as it is not changed after (a file
		// read whole), rather than copying a corpus's every file. Text
		// once read as Windows-1252 is repaired ("Ã©" is "é").
		return repairMojibake(unsafe.String(unsafe.SliceData(data), len(data))), ""
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), ""
	}
	return string(text), note1252
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
