package diffing

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// The evaluation reads sentence-linked article pairs in the ABCD-LINK
// format and prints how well the aligner finds the links. It is skipped
// unless -data names the directory holding the sets:
//
//	go test ./diffing -run TestAlignmentQuality -v -args -data ../shared/data
//
// (-data is read from the project root or the package directory; -sets
// picks sets, -min-score sets Config.MinScore, -show N prints wrong links,
// -tiers the grid of precision by score and word overlap that the
// relation tiers are chosen on.)
//
// It prints figures and asserts nothing about them: quality is measured,
// not pinned, so a change of method never makes it flake.
var (
	qualityData = flag.String("data", "", "directory of link data sets (news_synth, news_ecb, bible_kjv_web) for TestAlignmentQuality")
	qualitySets = flag.String("sets", "news_synth,news_ecb,bible_kjv_web", "comma-separated data sets TestAlignmentQuality scores")
	qualityShow = flag.Int("show", 0, "print this many wrong links per set in TestAlignmentQuality")
	qualityGrid = flag.Bool("tiers", false, "print TestAlignmentQuality's precision by match score and word overlap, the grid the relation tiers are chosen on")
	qualityMin  = flag.Float64("min-score", -1, "TestAlignmentQuality's Config.MinScore instead of the default")
)

// linkPair is one article pair of a link data set.
type linkPair struct {
	Doc1  string                   `json:"doc1"`
	Doc2  string                   `json:"doc2"`
	Links map[string][]json.Number `json:"links"`
}

func TestAlignmentQuality(t *testing.T) {
	if *qualityData == "" {
		t.Skip("no -data directory given")
	}
	// Tests run in the package directory; a relative -data may be meant
	// from the project root, as the README writes it.
	data := *qualityData
	if _, err := os.Stat(data); err != nil && !filepath.IsAbs(data) {
		data = filepath.Join("..", data)
	}
	for _, set := range strings.Split(*qualitySets, ",") {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join(data, set)
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("no data set %s", dir)
			}
			t.Log("\n" + scoreLinkSet(t, dir, nil))
		})
	}
}

// link is a predicted or gold link between sentence i of the first
// document and sentence j of the second.
type sentenceLink struct{ i, j int }

// scoreLinkSet aligns every pair of the set in dir (or those keep, when
// set, accepts) as the project's scorer
// (../shared/eval/score_links.py) does through the command line: one
// sentence per line, --unit line, default settings. It returns the same
// figures the scorer prints.
func scoreLinkSet(t *testing.T, dir string, keep func(id string) bool) string {
	var docs map[string]map[string]string
	readJSON(t, filepath.Join(dir, "docs.json"), &docs)
	linkFiles, err := filepath.Glob(filepath.Join(dir, "*_links.json"))
	require.NoError(t, err)
	require.NotEmpty(t, linkFiles)
	var pairs map[string]linkPair
	readJSON(t, linkFiles[0], &pairs)
	ids := make([]string, 0, len(pairs))
	for id := range pairs {
		if keep == nil || keep(id) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)

	var tp, fp, fn, shown int
	type scored struct {
		score float64
		ok    bool
	}
	var all []scored
	byRelation := map[string][2]int{}
	var macro []float64
	var wrong strings.Builder
	var grid tierGrid
	for _, id := range ids {
		p := pairs[id]
		textA, linesA := sentenceLines(docs[p.Doc1])
		textB, linesB := sentenceLines(docs[p.Doc2])
		arts := []*model.Article{model.Parse("a", textA, model.UnitLine), model.Parse("b", textB, model.UnitLine)}
		cfg := DefaultConfig()
		if *qualityMin >= 0 {
			cfg.MinScore = *qualityMin
		}
		al := Align(arts, cfg)
		gold := map[sentenceLink]bool{}
		for s, ts := range p.Links {
			for _, tgt := range ts {
				gold[sentenceLink{atoi(t, s), atoi(t, tgt.String())}] = true
			}
		}
		pred := map[sentenceLink]float64{}
		rel := map[sentenceLink]Relation{}
		for _, m := range al.Matches {
			ma, okA := m.Member(0)
			mb, okB := m.Member(1)
			if !okA || !okB {
				continue
			}
			cell := grid.cell(m, arts, ma, mb)
			for _, i := range ma.Passages {
				for _, j := range mb.Passages {
					l := sentenceLink{sentenceAt(linesA, arts[0].Passages[i].Start), sentenceAt(linesB, arts[1].Passages[j].Start)}
					pred[l] = max(pred[l], m.Score)
					rel[l] = m.Relation
					cell.add(gold[l])
				}
			}
		}
		for l, score := range pred {
			all = append(all, scored{score, gold[l]})
			counts := byRelation[rel[l].String()]
			if gold[l] {
				tp++
				counts[0]++
			} else {
				fp++
				counts[1]++
			}
			byRelation[rel[l].String()] = counts
		}
		for l := range gold {
			if _, ok := pred[l]; !ok {
				fn++
			}
		}
		macro = append(macro, macroF1(gold, pred)...)
		if shown < *qualityShow {
			shown += describeErrors(&wrong, id, docs[p.Doc1], docs[p.Doc2], gold, pred, rel, *qualityShow-shown)
		}
	}

	var out strings.Builder
	out.WriteString(wrong.String())
	if *qualityGrid {
		out.WriteString(grid.String())
	}
	fmt.Fprintf(&out, "pairs %d\n", len(ids))
	var names []string
	for r := range byRelation {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		c := byRelation[r]
		fmt.Fprintf(&out, "relation %s: %d predicted links, precision %.3f\n", r, c[0]+c[1], ratio(c[0], c[0]+c[1]))
	}
	precision, recall := ratio(tp, tp+fp), ratio(tp, tp+fn)
	f1 := harmonic(precision, recall)
	best, bestAt := f1, -1.0
	sort.SliceStable(all, func(a, b int) bool { return all[a].score > all[b].score })
	var btp, bfp int
	for _, s := range all {
		if s.ok {
			btp++
		} else {
			bfp++
		}
		if f := harmonic(ratio(btp, btp+bfp), ratio(btp, tp+fn)); f > best {
			best, bestAt = f, s.score
		}
	}
	var mf float64
	for _, f := range macro {
		mf += f
	}
	fmt.Fprintf(&out, "micro P %.3f R %.3f F1 %.3f | macro-F1 %.3f | best-threshold F1 %.3f", precision, recall, f1, mf/float64(max(1, len(macro))), best)
	if bestAt >= 0 {
		fmt.Fprintf(&out, " at score>=%.3f", bestAt)
	}
	return out.String()
}

// sentenceLines writes a document one sentence per line, as the scorer
// does, and returns the text and the starting offset of each sentence.
func sentenceLines(doc map[string]string) (string, map[int]int) {
	keys := make([]int, 0, len(doc))
	for k := range doc {
		n, _ := strconv.Atoi(k)
		keys = append(keys, n)
	}
	sort.Ints(keys)
	var b strings.Builder
	starts := map[int]int{}
	for _, k := range keys {
		starts[b.Len()] = k
		b.WriteString(strings.Join(strings.Fields(doc[strconv.Itoa(k)]), " "))
		b.WriteByte('\n')
	}
	return b.String(), starts
}

// sentenceAt returns the sentence whose line starts last at or before start.
func sentenceAt(starts map[int]int, start int) int {
	best, sentence := -1, -1
	for off, s := range starts {
		if off <= start && off > best {
			best, sentence = off, s
		}
	}
	return sentence
}

// macroF1 returns the F1 of each source sentence with a gold or predicted
// link.
func macroF1(gold map[sentenceLink]bool, pred map[sentenceLink]float64) []float64 {
	sources := map[int]bool{}
	for l := range gold {
		sources[l.i] = true
	}
	for l := range pred {
		sources[l.i] = true
	}
	var out []float64
	for s := range sources {
		var g, q, both int
		for l := range gold {
			if l.i == s {
				g++
				if _, ok := pred[l]; ok {
					both++
				}
			}
		}
		for l := range pred {
			if l.i == s {
				q++
			}
		}
		out = append(out, harmonic(ratio(both, q), ratio(both, g)))
	}
	return out
}

// describeErrors writes up to limit wrong links of one pair to w and
// returns how many it wrote.
func describeErrors(w *strings.Builder, id string, a, b map[string]string, gold map[sentenceLink]bool, pred map[sentenceLink]float64, rel map[sentenceLink]Relation, limit int) int {
	var wrong []sentenceLink
	for l := range gold {
		if _, ok := pred[l]; !ok {
			wrong = append(wrong, l)
		}
	}
	for l := range pred {
		if !gold[l] {
			wrong = append(wrong, l)
		}
	}
	sort.Slice(wrong, func(x, y int) bool {
		if wrong[x].i != wrong[y].i {
			return wrong[x].i < wrong[y].i
		}
		return wrong[x].j < wrong[y].j
	})
	n := 0
	for _, l := range wrong {
		if n == limit {
			break
		}
		kind := "FN"
		if s, ok := pred[l]; ok {
			kind = fmt.Sprintf("FP %s %.3f", rel[l], s)
		}
		fmt.Fprintf(w, "%s %s\n  A[%d] %s\n  B[%d] %s\n", kind, id, l.i, a[strconv.Itoa(l.i)], l.j, b[strconv.Itoa(l.j)])
		n++
	}
	return n
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, v), path)
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err)
	return n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// tierGrid counts right and wrong links by the score of their match and the
// word overlap of its members (WordDiff.Overlap), in tenths: the evidence
// the relation tiers' thresholds are read from.
type tierGrid [10][10]tally

// tally counts right and wrong links.
type tally struct{ right, wrong int }

func (c *tally) add(right bool) {
	if right {
		c.right++
	} else {
		c.wrong++
	}
}

// cell returns the tally for match m between members ma and mb.
func (g *tierGrid) cell(m Match, arts []*model.Article, ma, mb Member) *tally {
	text := func(a int, mem Member) string {
		var parts []string
		for _, p := range mem.Passages {
			parts = append(parts, arts[a].Passages[p].Text)
		}
		return strings.Join(parts, " ")
	}
	overlap := CompareWords(text(0, ma), text(1, mb)).Overlap()
	return &g[min(int(m.Score*10), 9)][min(int(overlap*10), 9)]
}

func (g *tierGrid) String() string {
	var b strings.Builder
	b.WriteString("precision (links) by match score (rows) and word overlap (columns)\n      ")
	for o := range 10 {
		fmt.Fprintf(&b, "   ov %.1f+   ", float64(o)/10)
	}
	b.WriteByte('\n')
	for s := range 10 {
		fmt.Fprintf(&b, "s %.1f+", float64(s)/10)
		for o := range 10 {
			c := g[s][o]
			if n := c.right + c.wrong; n > 0 {
				fmt.Fprintf(&b, " %5.2f (%4d)", ratio(c.right, n), n)
			} else {
				b.WriteString("      -     ")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}
