package index

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
)

// flatMagic opens a flat vector file: the copy of a collection's vectors
// that start-up reads in one pass, where importing chromem-go's file
// decodes every document through gob (with its text and metadata) and
// holds the file, the decoded documents and the copy at once.
const flatMagic = "parley-flat 1\n"

// maxFlatDim bounds a vector's dimensions read from a file, so a damaged
// header cannot ask for an absurd allocation.
const maxFlatDim = 1 << 16

// write writes the copy: the magic line, the dimension and the row count
// as uvarints, each ID (uvarint length, bytes), the rows as little-endian
// float32s, then the CRC-32 (IEEE) of all that came before.
func (f *flat) write(w io.Writer) error {
	crc := crc32.NewIEEE()
	bw := bufio.NewWriter(io.MultiWriter(w, crc))
	var num [binary.MaxVarintLen64]byte
	uvarint := func(v uint64) {
		bw.Write(num[:binary.PutUvarint(num[:], v)])
	}
	bw.WriteString(flatMagic)
	uvarint(uint64(f.dim))
	uvarint(uint64(len(f.ids)))
	for _, id := range f.ids {
		uvarint(uint64(len(id)))
		bw.WriteString(id)
	}
	var word [4]byte
	rows := make([]float32, f.block*f.dim)
	buf := make([]byte, 0, len(rows)*4)
	for b := range f.blocks() {
		buf = buf[:0]
		for _, v := range f.blockRows(b, rows) {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		}
		bw.Write(buf)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	binary.LittleEndian.PutUint32(word[:], crc.Sum32())
	_, err := w.Write(word[:])
	return err
}

// errFlatDamaged is a flat vector file that does not read back whole.
var errFlatDamaged = errors.New("the flat vector file is damaged")

// readFlat reads a flat vector file written by write, checking its
// checksum; the copy is allocated once, at its size.
func readFlat(path string) (*flat, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, err
	}
	crc := crc32.NewIEEE()
	// The checksum trails the data: read all but its 4 bytes through it.
	body := info.Size() - 4
	if body < int64(len(flatMagic)) {
		return nil, errFlatDamaged
	}
	br := bufio.NewReaderSize(io.TeeReader(io.LimitReader(file, body), crc), 1<<16)
	magic := make([]byte, len(flatMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != flatMagic {
		return nil, errFlatDamaged
	}
	dim, err1 := binary.ReadUvarint(br)
	count, err2 := binary.ReadUvarint(br)
	if err1 != nil || err2 != nil || dim > maxFlatDim || dim == 0 && count > 0 || count > uint64(body) || count*(dim*4+1) > uint64(body) {
		return nil, errFlatDamaged
	}
	f := newFlatSized(int(dim), int(count))
	f.allocate()
	f.ids = make([]string, count)
	for i := range f.ids {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > uint64(body) {
			return nil, errFlatDamaged
		}
		id := make([]byte, n)
		if _, err := io.ReadFull(br, id); err != nil {
			return nil, errFlatDamaged
		}
		f.ids[i] = string(id)
		f.row[f.ids[i]] = i
	}
	// The file holds row after row; each block's rows are read, then
	// spread over the block.
	buf := make([]byte, f.block*f.dim*4)
	rows := make([]float32, f.block*f.dim)
	for b := range f.blocks() {
		n := min(f.block, len(f.ids)-b*f.block) * f.dim
		if _, err := io.ReadFull(br, buf[:n*4]); err != nil {
			return nil, errFlatDamaged
		}
		for i := range n {
			rows[i] = math.Float32frombits(binary.LittleEndian.Uint32(buf[i*4:]))
		}
		f.fillBlock(b, rows[:n])
	}
	var word [4]byte
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errFlatDamaged // more than the header says
	}
	if _, err := io.ReadFull(file, word[:]); err != nil || binary.LittleEndian.Uint32(word[:]) != crc.Sum32() {
		return nil, fmt.Errorf("%w: checksum", errFlatDamaged)
	}
	return f, nil
}
