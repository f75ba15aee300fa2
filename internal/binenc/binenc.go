// Package binenc writes and reads the compact binary form of the state an
// index saves beside its vectors: counts as unsigned varints, strings with
// their length before them, and a CRC-32 over the whole, so that a later
// process loads in time proportional to the size, and damage is noticed.
package binenc

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"unsafe"
)

// ErrDamaged reports data cut short, changed, or not of the layout read.
var ErrDamaged = errors.New("damaged saved data")

// AppendUint appends v as an unsigned varint.
func AppendUint(b []byte, v int) []byte { return binary.AppendUvarint(b, uint64(v)) }

// AppendString appends s with its length before it.
func AppendString(b []byte, s string) []byte {
	return append(AppendUint(b, len(s)), s...)
}

// AppendBool appends v as one byte.
func AppendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// Seal appends the CRC-32 (IEEE) of b to it.
func Seal(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// Open checks what Seal wrote, which must begin with magic, and returns
// a Reader of what follows the magic. Open takes data over: the strings
// read share its memory, so data must not be changed after (a state file
// read whole is not), and a large index loads without a second copy of
// each file.
func Open(data []byte, magic string) (*Reader, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, ErrDamaged
	}
	body := data[len(magic) : len(data)-4]
	if crc32.ChecksumIEEE(data[:len(data)-4]) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, ErrDamaged
	}
	return NewReader(unsafe.String(unsafe.SliceData(body), len(body))), nil
}

// Reader reads what the Append functions wrote. The strings it returns
// share the memory of what it reads. After its first error it reads
// only zeros, and Err reports it.
type Reader struct {
	s   string
	err error
}

// NewReader reads s.
func NewReader(s string) *Reader { return &Reader{s: s} }

// Uint reads an unsigned varint.
func (r *Reader) Uint() int {
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			if v > 1<<62 {
				break
			}
			return int(v)
		}
	}
	r.fail()
	return 0
}

// Count reads a length or a count of items, which cannot exceed the
// bytes left: every item takes at least one.
func (r *Reader) Count() int {
	v := r.Uint()
	if v > len(r.s) {
		r.fail()
		return 0
	}
	return v
}

// String reads a string with its length before it.
func (r *Reader) String() string {
	n := r.Count()
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// Bool reads one byte as a bool.
func (r *Reader) Bool() bool {
	if r.s == "" || r.s[0] > 1 {
		r.fail()
		return false
	}
	v := r.s[0] == 1
	r.s = r.s[1:]
	return v
}

// Done reports an error unless everything was read without one.
func (r *Reader) Done() error {
	if r.err != nil || r.s != "" {
		return ErrDamaged
	}
	return nil
}

// Err is the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// fail records that the data is damaged and reads nothing more.
func (r *Reader) fail() {
	r.err = ErrDamaged
	r.s = ""
}
