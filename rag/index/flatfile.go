package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"unsafe"

	"github.com/parleybot/parley/internal/mapfile"
)

// A flat copy is saved as a header file and a file per block, so that an
// update writes only the blocks it changed and links the others from
// the snapshot before: at 10,000 articles the copies are 300 MB, and an
// added article changes a block or two of them.
//
// The header holds the magic line, the dimension, the row count and the
// rows per block as uvarints, each ID (uvarint length, bytes), then for
// each block its file's name and CRC-32, and last the CRC-32 (IEEE) of
// all that came before. A block's file holds its vectors as the copy
// holds them (dimension after dimension, a block's rows each; the last
// block padded with zeros) as little-endian float32s. Importing
// chromem-go's file instead decodes every document through gob, with its
// text and metadata.
const flatMagic = "parley-flat 2\n"

// maxFlatDim bounds a vector's dimensions read from a file, so a damaged
// header cannot ask for an absurd allocation.
const maxFlatDim = 1 << 16

// blockFile is where a block of a copy was last saved or read: a later
// snapshot links the file rather than writing it again, when its copy
// shares the block (a block never changes once filled).
type blockFile struct {
	path string
	sum  uint32
}

// errFlatDamaged is a flat vector file that does not read back whole.
var errFlatDamaged = errors.New("the flat vector file is damaged")

// save writes the copy into dir as the header file name and a file per
// block, linking the files of blocks saved before. It returns where the
// blocks' files will be once dir is renamed to final, for the copy to
// remember (see saved) when the snapshot is in place.
func (f *flat) save(dir, final, name string) ([]blockFile, error) {
	files := make([]blockFile, f.blocks())
	names := make([]string, len(files))
	buf := make([]byte, 0, f.block*f.dim*4)
	for b := range files {
		if old := f.files; b < len(old) && old[b].path != "" {
			base := filepath.Base(old[b].path)
			if os.Link(old[b].path, filepath.Join(dir, base)) == nil {
				names[b], files[b] = base, blockFile{path: filepath.Join(final, base), sum: old[b].sum}
				continue
			}
		}
		buf = buf[:0]
		for _, v := range f.cols[b] {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		}
		sum := crc32.ChecksumIEEE(buf)
		base, err := writeNewFile(dir, name+"."+strconv.Itoa(b)+"."+strconv.FormatUint(uint64(sum), 16), buf)
		if err != nil {
			return nil, err
		}
		names[b], files[b] = base, blockFile{path: filepath.Join(final, base), sum: sum}
	}
	var h []byte
	h = append(h, flatMagic...)
	for _, v := range []int{f.dim, len(f.ids), f.block} {
		h = binary.AppendUvarint(h, uint64(v))
	}
	for _, id := range f.ids {
		h = binary.AppendUvarint(h, uint64(len(id)))
		h = append(h, id...)
	}
	for b, bf := range files {
		h = binary.AppendUvarint(h, uint64(len(names[b])))
		h = append(h, names[b]...)
		h = binary.LittleEndian.AppendUint32(h, bf.sum)
	}
	h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE(h))
	if _, err := writeNewFile(dir, name, h); err != nil {
		return nil, err
	}
	return files, nil
}

// saved makes the copy remember where its blocks' files are, as save
// returned them, once the snapshot is in place.
func (f *flat) saved(files []blockFile) { f.files = files }

// writeNewFile writes data to a new file in dir named base, or base with
// a suffix when that name is taken (by a file linked from before), and
// returns the name it took.
func writeNewFile(dir, base string, data []byte) (string, error) {
	name := base
	for i := 1; ; i++ {
		file, err := os.OpenFile(filepath.Join(dir, name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if errors.Is(err, os.ErrExist) && i < 100 {
			name = base + "-" + strconv.Itoa(i)
			continue
		}
		if err != nil {
			return "", err
		}
		if _, err := file.Write(data); err != nil {
			file.Close()
			return "", err
		}
		return name, file.Close()
	}
}

// readFlat reads the copy saved as the header file name in dir, and its
// blocks' files, checking every checksum; its blocks are the files' own
// bytes where they can be (readBlockFile), and it remembers their files.
func readFlat(dir, name string) (*flat, error) {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	if len(data) < len(flatMagic)+4 || string(data[:len(flatMagic)]) != flatMagic {
		return nil, errFlatDamaged
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, fmt.Errorf("%w: checksum", errFlatDamaged)
	}
	br := bytes.NewReader(body[len(flatMagic):])
	var head [3]uint64
	for i := range head {
		if head[i], err = binary.ReadUvarint(br); err != nil {
			return nil, errFlatDamaged
		}
	}
	dim, count, block := head[0], head[1], head[2]
	size := uint64(len(body))
	if dim > maxFlatDim || dim == 0 && count > 0 || count > size {
		return nil, errFlatDamaged
	}
	f := newFlatSized(int(dim), int(count))
	if uint64(f.block) != block {
		return nil, errFlatDamaged
	}
	f.ids = make([]string, count)
	readString := func() (string, bool) {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > size {
			return "", false
		}
		s := make([]byte, n)
		_, err = io.ReadFull(br, s)
		return string(s), err == nil
	}
	for i := range f.ids {
		id, ok := readString()
		if !ok {
			return nil, errFlatDamaged
		}
		f.ids[i] = id
		f.row[id] = i
	}
	f.files = make([]blockFile, f.blocks())
	var sum [4]byte
	for b := range f.files {
		base, ok := readString()
		if !ok || base != filepath.Base(base) || base == "." || base == ".." {
			return nil, errFlatDamaged
		}
		if _, err := io.ReadFull(br, sum[:]); err != nil {
			return nil, errFlatDamaged
		}
		f.files[b] = blockFile{path: filepath.Join(dir, base), sum: binary.LittleEndian.Uint32(sum[:])}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errFlatDamaged // more than the header says
	}
	for b, bf := range f.files {
		col, err := readBlockFile(bf, f.block*f.dim)
		if err != nil {
			return nil, fmt.Errorf("%w: block %d: %v", errFlatDamaged, b, err)
		}
		f.cols[b] = col
	}
	return f, nil
}

// readBlockFile returns the n values of a block's file, checked against
// its checksum. On a little-endian machine they are the file's own bytes,
// mapped where the system maps files (see mapfile): at 10,000 articles
// the copies are 300 MB, and a start that decoded them into the heap
// spent a fifth of its time on them. A block is never written once
// filled, so its values may be the file's.
func readBlockFile(bf blockFile, n int) ([]float32, error) {
	data, release, err := mapfile.Read(bf.path, n*4)
	if err != nil {
		return nil, err
	}
	if crc32.ChecksumIEEE(data) != bf.sum {
		release()
		return nil, errors.New("checksum")
	}
	if n > 0 && littleEndian() && uintptr(unsafe.Pointer(unsafe.SliceData(data)))%4 == 0 {
		return unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(data))), n), nil
	}
	col := make([]float32, n)
	for i := range col {
		col[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[i*4:]))
	}
	release()
	return col, nil
}

// littleEndian reports whether this machine stores a float32 as a block
// file does.
func littleEndian() bool { return binary.NativeEndian.Uint16([]byte{1, 0}) == 1 }
