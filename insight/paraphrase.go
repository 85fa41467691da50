package insight

// paraphrases finds, for each report without a version of the quotation,
// a passage aligned with the quotation's passage that tells it without
// quotation marks: it carries at least paraphraseShare of the quotation's
// content words (names aside, two at least) outside quotation marks.
func (an *analyzer) paraphrases(ref quoteRef, have []Variant) []Variant {
	if len(ref.content) < 2 {
		return nil
	}
	covered := map[int]bool{}
	for _, v := range have {
		covered[v.Article] = true
	}
	var out []Variant
	for k, part := range ref.q.Parts {
		p := passageAt(an.texts[ref.q.Article].art, part.Start)
		m := an.al.MatchOf(ref.q.Article, p)
		if m < 0 {
			continue
		}
		var want map[string]bool // the part's content words, once some report needs them
		var size int             // the window the part's words fill in a paraphrase
		for _, mem := range an.al.Matches[m].Members {
			if covered[mem.Article] {
				continue
			}
			if want == nil {
				// Names are left out: every report of a story names its
				// places and people, in its own words or not.
				want = map[string]bool{}
				for _, w := range ref.partContent[k] {
					if !an.g.capitalised[w] {
						want[w] = true
					}
				}
				size = fieldCount(an.texts[ref.q.Article].art.Text[part.Start:part.End])*3/2 + 2
			}
			for _, mp := range mem.Passages {
				if v, ok := an.paraphraseIn(ref, part, want, size, mem.Article, mp); ok {
					covered[mem.Article] = true
					out = append(out, v)
					break
				}
			}
		}
	}
	return out
}

// paraphraseIn checks passage p of article a for a paraphrase of one part
// of ref, whose content words are want: the stretch of the passage of size
// words (about as long as the part) that carries the most of them outside
// quotation marks.
func (an *analyzer) paraphraseIn(ref quoteRef, part Span, want map[string]bool, size, a, p int) (Variant, bool) {
	t := an.texts[a]
	passage := t.art.Passages[p]
	if len(want) < 2 {
		return Variant{}, false
	}
	present := 0 // wanted words the report has at all
	for w := range want {
		if _, ok := t.tz.byNormal[w]; ok {
			present++
		}
	}
	if present < 2 || float64(present) < paraphraseShare*float64(len(want)) {
		return Variant{}, false
	}
	// The passage's words are lo to hi-1; idx are those outside quotations.
	lo, hi := t.wordAt(passage.Start), t.wordAt(passage.End)
	var idx []int
	for i := lo; i < hi; i++ {
		if !t.words[i].quoted {
			idx = append(idx, i)
		}
	}
	first, last, shared := bestWindow(t, idx, want, size)
	if shared < 2 || float64(shared) < paraphraseShare*float64(len(want)) {
		return Variant{}, false
	}
	q := Quotation{Article: a, Passage: p, Parts: []Span{t.spanOf(first, last)}}
	for _, act := range actsFrom(an.acts[a], lo) {
		if act.at >= hi {
			break
		}
		if act.kind == actSaid {
			q.Speaker = act.speaker
			break
		}
	}
	refPart := ref.q
	refPart.Parts = []Span{part}
	v := an.compareQuotes(refPart, q)
	v.Wording = Paraphrased
	return v, true
}

// bestWindow slides a window of size words over the words idx of t and
// returns the window holding the most distinct wanted words, narrowed to
// its first and last wanted word, and how many it holds. The wanted words
// are looked up by their number in t (not as strings), and a text that
// lacks all but one of them is not read at all. Cost: O(len(idx)).
func bestWindow(t *text, idx []int, want map[string]bool, size int) (first, last, best int) {
	slots := make(map[int32]int, len(want)) // normal form number in t → slot in count
	for w := range want {
		if id, ok := t.tz.byNormal[w]; ok {
			slots[id] = len(slots)
		}
	}
	if len(slots) < 2 {
		return 0, 0, 0
	}
	count := make([]int, len(slots))
	distinct, bestStart := 0, 0
	for k := range idx {
		if s, ok := slots[t.words[idx[k]].normID]; ok {
			if count[s] == 0 {
				distinct++
			}
			count[s]++
		}
		if out := k - size; out >= 0 {
			if s, ok := slots[t.words[idx[out]].normID]; ok {
				count[s]--
				if count[s] == 0 {
					distinct--
				}
			}
		}
		if distinct > best {
			best, bestStart = distinct, max(0, k-size+1)
		}
	}
	if best == 0 {
		return 0, 0, 0
	}
	end := min(len(idx), bestStart+size)
	first, last = -1, -1
	for _, i := range idx[bestStart:end] {
		if _, ok := slots[t.words[i].normID]; ok {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last, best
}
