package export

import (
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/parallax-reader/parallax/internal/parallel"
)

// jsonStream writes a JSON document to an io.Writer as it is encoded, so
// that a long report's JSON is never held in memory whole, and encodes the
// elements of long arrays in parallel.
type jsonStream struct {
	jsonWriter
	out     io.Writer
	workers int     // goroutines encoding pieces of an array
	pieces  []piece // the pieces of one round, written in order
	werr    error   // the first error writing to out
}

// piece is the JSON of some elements of an array: blocks of about
// blockSize bytes, then what is being written. Blocks are recycled, so a
// long report's JSON takes a few megabytes of buffers however long it is,
// and no buffer is copied as it grows.
type piece struct {
	jsonWriter
	blocks [][]byte
}

// blocks recycles the blocks of pieces.
var blocks = sync.Pool{New: func() any { b := make([]byte, 0, 2*blockSize); return &b }}

// spill moves a full buffer to the piece's blocks.
func (p *piece) spill() {
	if len(p.buf) < blockSize {
		return
	}
	p.blocks = append(p.blocks, p.buf)
	p.buf = (*blocks.Get().(*[]byte))[:0]
}

// Long arrays are cut into pieces of pieceElements elements; each round
// encodes piecesPerWorker pieces per worker in parallel, then writes them
// in order. The buffer is written out whenever it holds flushSize bytes.
const (
	piecesPerWorker = 4
	flushSize       = 64 << 10
)

// pieceElements and blockSize are variables so that tests can cut short
// arrays into pieces, and pieces into blocks, too.
var (
	pieceElements = 256
	blockSize     = flushSize
)

func newJSONStream(out io.Writer) *jsonStream {
	workers := parallel.Workers(math.MaxInt)
	return &jsonStream{out: out, workers: workers, pieces: make([]piece, workers*piecesPerWorker)}
}

// array writes an array of n elements; elem writes the value of element i
// to w, with worker numbering the goroutine that runs it (for scratch
// space of its own). Each piece of a long array is encoded by one call
// per element, as it would be in sequence, so the bytes written do not
// depend on how the pieces were scheduled.
func (s *jsonStream) array(n int, elem func(w *jsonWriter, worker, i int)) {
	s.openArray()
	if n <= pieceElements || s.workers == 1 {
		for i := range n {
			s.next()
			elem(&s.jsonWriter, 0, i)
			if len(s.buf) >= flushSize {
				s.flush()
			}
		}
		s.closeArray()
		return
	}
	pieces := (n + pieceElements - 1) / pieceElements
	for first := 0; first < pieces; first += len(s.pieces) {
		round := min(len(s.pieces), pieces-first)
		parallel.For(round, func(worker, k int) {
			piece := first + k
			p := &s.pieces[k]
			p.buf, p.depth, p.first = p.buf[:0], s.depth, piece == 0
			for i := piece * pieceElements; i < min(n, (piece+1)*pieceElements); i++ {
				p.next()
				elem(&p.jsonWriter, worker, i)
				p.spill()
			}
		})
		s.flush()
		for k := range round {
			p := &s.pieces[k]
			for _, b := range p.blocks {
				s.write(b)
				blocks.Put(&b)
			}
			p.blocks = p.blocks[:0]
			s.write(p.buf)
			if s.err == nil {
				s.err = p.err
			}
		}
	}
	s.first = false
	s.closeArray()
}

// flush writes out what the buffer holds.
func (s *jsonStream) flush() {
	s.write(s.buf)
	s.buf = s.buf[:0]
}

func (s *jsonStream) write(b []byte) {
	if s.werr == nil && len(b) > 0 {
		_, s.werr = s.out.Write(b)
	}
}

// finish writes out the rest and reports the first error met, encoding
// or writing.
func (s *jsonStream) finish() error {
	s.flush()
	if s.err != nil {
		return fmt.Errorf("encoding JSON: %w", s.err)
	}
	if s.werr != nil {
		return fmt.Errorf("writing JSON: %w", s.werr)
	}
	return nil
}
