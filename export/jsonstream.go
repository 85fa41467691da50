package export

import (
	"fmt"
	"io"
	"math"

	"github.com/parallax-reader/parallax/internal/parallel"
)

// jsonStream writes a JSON document to an io.Writer as it is encoded, so
// that a long report's JSON is never held in memory whole, and encodes the
// elements of long arrays in parallel.
type jsonStream struct {
	jsonWriter
	out     io.Writer
	workers int          // goroutines encoding pieces of an array
	pieces  []jsonWriter // the pieces of one round, written in order
	werr    error        // the first error writing to out
}

// Long arrays are cut into pieces of pieceElements elements; each round
// encodes piecesPerWorker pieces per worker in parallel, then writes them
// in order. The buffer is written out whenever it holds flushSize bytes.
const (
	piecesPerWorker = 4
	flushSize       = 64 << 10
)

// pieceElements is a variable so that tests can cut short arrays too.
var pieceElements = 256

func newJSONStream(out io.Writer) *jsonStream {
	workers := parallel.Workers(math.MaxInt)
	return &jsonStream{out: out, workers: workers, pieces: make([]jsonWriter, workers*piecesPerWorker)}
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
			w := &s.pieces[k]
			w.buf, w.depth, w.first = w.buf[:0], s.depth, piece == 0
			for i := piece * pieceElements; i < min(n, (piece+1)*pieceElements); i++ {
				w.next()
				elem(w, worker, i)
			}
		})
		s.flush()
		for k := range round {
			s.write(s.pieces[k].buf)
			if s.err == nil {
				s.err = s.pieces[k].err
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
