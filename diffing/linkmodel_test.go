package diffing

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// The link model (linkmodel.go) is a logistic regression over the evidence
// of a candidate pair (evidence.features), trained on the development
// links of the shared data by this test:
//
//	go test ./diffing -run TestTrainLinkModel -args -data ../shared/data -train
//
// rewrites linkmodel.go; -cv instead prints what the model scores on each
// half of every set when trained on the other half, and changes nothing.
// Training is deterministic: the pairs are read in sorted order and the
// weights found by Newton's method from zero, a fixed number of steps.
var (
	trainLinkModel = flag.Bool("train", false, "TestTrainLinkModel: train the link model on -data and rewrite linkmodel.go")
	crossValidate  = flag.Bool("cv", false, "TestTrainLinkModel: print two-fold cross-validated scores of the link model on -data")
	trainWeights   = flag.String("weights", "", "TestTrainLinkModel: set:weight,... instead of trainingSets' weights (for trying)")
)

// trainingSets are the link sets the model learns from, with the weight of
// each in all, whatever its number of candidate pairs: news rewritten
// (news_synth, the closest to what parallax is for) and two translations
// of the Bible, verse by verse, which teach it text told in step. news_ecb
// is not one of them: it links sentences about the same event rather than
// the same fact, and only among the first few sentences of each report
// that its annotators covered, so it would teach the model that place.
var trainingSets = []struct {
	name   string
	weight float64
}{{"news_synth", 1}, {"bible_kjv_web", 0.5}}

// l2Penalty keeps the weights small: the model has a dozen inputs and tens
// of thousands of examples, so it barely matters, but it keeps Newton's
// method stable when an input separates the classes.
const l2Penalty = 1.0

// linkSet is one development link set.
type linkSet struct {
	name  string
	docs  map[string]map[string]string
	pairs map[string]linkPair
	ids   []string // pair ids, sorted
}

func readLinkSet(t *testing.T, data, name string) linkSet {
	dir := filepath.Join(data, name)
	s := linkSet{name: name}
	readJSON(t, filepath.Join(dir, "docs.json"), &s.docs)
	files, err := filepath.Glob(filepath.Join(dir, "*_links.json"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	readJSON(t, files[0], &s.pairs)
	for id := range s.pairs {
		s.ids = append(s.ids, id)
	}
	sort.Strings(s.ids)
	return s
}

// candidateGold and allGold count the gold links among the candidate pairs
// examples read, and all of them.
var candidateGold, allGold int

// example is one candidate pair's features and whether it is a gold link.
type example struct {
	x    []float64
	gold bool
	w    float64
}

// examples returns the candidate pairs of the given pairs of set s, with
// the features of stage (the second stage reads the backbone the current
// first-stage weights give).
func examples(s linkSet, ids []string, stage int, weight float64) []example {
	cfg := DefaultConfig()
	var out []example
	for _, id := range ids {
		p := s.pairs[id]
		textA, linesA := sentenceLines(s.docs[p.Doc1])
		textB, linesB := sentenceLines(s.docs[p.Doc2])
		arts := []*model.Article{model.Parse("a", textA, model.UnitLine), model.Parse("b", textB, model.UnitLine)}
		c, err := newCorpus(context.Background(), arts, cfg.SynonymCredit > 0)
		if err != nil {
			panic(err)
		}
		cands, err := c.candidatePairs(context.Background(), 0, 1, cfg, nil)
		if err != nil {
			panic(err)
		}
		all := cands.pairs
		var bb *backbone
		if stage == 2 {
			scores, err := c.firstStage(context.Background(), cands, all)
			if err != nil {
				panic(err)
			}
			bb = newBackbone(all, scores, cfg.BackboneScore, cands.fx, cands.fy)
			all = append(all, windowPairs(cands.fx, cands.fy, bb, all)...)
		}
		gold := map[sentenceLink]bool{}
		for src, tgts := range p.Links {
			for _, tgt := range tgts {
				var i, j int
				fmt.Sscan(src, &i)
				fmt.Sscan(tgt.String(), &j)
				gold[sentenceLink{i, j}] = true
			}
		}
		for _, pr := range all {
			l := sentenceLink{sentenceAt(linesA, arts[0].Passages[pr.i].Start), sentenceAt(linesB, arts[1].Passages[pr.j].Start)}
			e := c.pairEvidence(cands.fx, cands.fy, pr, cands.bestX, cands.bestY)
			x := e.features()
			if stage == 2 {
				path := bb.place(pr)
				x = append(x, path.features(pr.score)...)
			}
			out = append(out, example{x: x, gold: gold[l], w: weight})
			if gold[l] {
				candidateGold++
			}
		}
		allGold += len(gold)
	}
	return out
}

// fitLogistic returns the weights of a logistic regression of the gold
// labels on the features, weighted per example, with an L2 penalty on all
// weights but the bias, by 25 steps of Newton's method from zero.
func fitLogistic(exs []example, penalty float64) []float64 {
	d := len(exs[0].x)
	w := make([]float64, d)
	for step := 0; step < 25; step++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for k := range hess {
			hess[k] = make([]float64, d)
		}
		for _, e := range exs {
			var z float64
			for k, x := range e.x {
				z += w[k] * x
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.gold {
				y = 1
			}
			for a, xa := range e.x {
				grad[a] += e.w * (p - y) * xa
				for b, xb := range e.x {
					hess[a][b] += e.w * p * (1 - p) * xa * xb
				}
			}
		}
		for a := 1; a < d; a++ {
			grad[a] += penalty * w[a]
			hess[a][a] += penalty
		}
		delta := solveLinear(hess, grad)
		for k := range w {
			w[k] -= delta[k]
		}
	}
	return w
}

// solveLinear solves a·x = b by Gaussian elimination with partial pivoting.
func solveLinear(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[pivot][col]) {
				pivot = r
			}
		}
		m[col], m[pivot] = m[pivot], m[col]
		if m[col][col] == 0 {
			continue
		}
		for r := 0; r < n; r++ {
			if r != col {
				f := m[r][col] / m[col][col]
				for k := col; k <= n; k++ {
					m[r][k] -= f * m[col][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		if m[i][i] != 0 {
			x[i] = m[i][n] / m[i][i]
		}
	}
	return x
}

// train fits both stages on the chosen pairs of each set and installs the
// weights in linkWeights1 and linkWeights2.
func train(sets []linkSet, chosen func(set, id string) bool) {
	stageExamples := func(stage int) []example {
		var all []example
		for k, s := range sets {
			var ids []string
			for _, id := range s.ids {
				if chosen(s.name, id) {
					ids = append(ids, id)
				}
			}
			candidateGold, allGold = 0, 0
			exs := examples(s, ids, stage, 1)
			fmt.Printf("%s stage %d: %d candidates, %d of %d gold links among them\n", s.name, stage, len(exs), candidateGold, allGold)
			for i := range exs {
				exs[i].w = trainingSets[k].weight * 10000 / float64(len(exs))
			}
			all = append(all, exs...)
		}
		return all
	}
	copy(linkWeights1[:], fitLogistic(stageExamples(1), l2Penalty))
	copy(linkWeights2[:], fitLogistic(stageExamples(2), l2Penalty))
}

func TestTrainLinkModel(t *testing.T) {
	if !*trainLinkModel && !*crossValidate {
		t.Skip("neither -train nor -cv given")
	}
	data := *qualityData
	if data == "" {
		t.Skip("no -data directory given")
	}
	if _, err := os.Stat(data); err != nil && !filepath.IsAbs(data) {
		data = filepath.Join("..", data)
	}
	if *trainWeights != "" {
		for _, sw := range strings.Split(*trainWeights, ",") {
			name, w, _ := strings.Cut(sw, ":")
			for k := range trainingSets {
				if trainingSets[k].name == name {
					fmt.Sscan(w, &trainingSets[k].weight)
				}
			}
		}
	}
	var sets []linkSet
	for _, ts := range trainingSets {
		sets = append(sets, readLinkSet(t, data, ts.name))
	}
	saved1, saved2 := linkWeights1, linkWeights2
	if *crossValidate {
		half := func(s linkSet, id string) int { return sort.SearchStrings(s.ids, id) % 2 }
		for fold := 0; fold < 2; fold++ {
			train(sets, func(set, id string) bool {
				for _, s := range sets {
					if s.name == set {
						return half(s, id) != fold
					}
				}
				return false
			})
			for _, s := range sets {
				report := scoreLinkSet(t, filepath.Join(data, s.name), func(id string) bool { return half(s, id) == fold })
				t.Logf("%s, half %d, trained on the other half:\n%s", s.name, fold, report)
			}
		}
		linkWeights1, linkWeights2 = saved1, saved2
	}
	if *trainLinkModel {
		train(sets, func(string, string) bool { return true })
		require.NoError(t, os.WriteFile("linkmodel.go", []byte(linkModelSource()), 0o644))
		t.Logf("wrote linkmodel.go:\n%s", linkModelSource())
	}
}

// linkModelSource is linkmodel.go for the weights installed now.
func linkModelSource() string {
	format := func(w []float64) string {
		parts := make([]string, len(w))
		for k, x := range w {
			parts[k] = fmt.Sprintf("%.4f", x)
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprintf(`// Code generated by go test ./diffing -run TestTrainLinkModel -args -data ../shared/data -train; DO NOT EDIT.

package diffing

// linkWeights1 and linkWeights2 are the link model's weights for the
// inputs evidence.features lists, in the first and the second stage (see
// TestTrainLinkModel, which learns them from the development links).
var (
	linkWeights1 = [...]float64{%s}
	linkWeights2 = [...]float64{%s}
)
`, format(linkWeights1[:]), format(linkWeights2[:]))
}
