package insight

// speakerHistory is what a report has said of its speakers so far, read
// in order: the latest named person, organisation and speaker, for the
// pronouns that refer back, and the named speakers by the words of their
// descriptions, for bare titles ("the minister"). Both are found without
// looking back through every earlier statement, which on a long transcript
// of "he said" would cost the square of its length.
type speakerHistory struct {
	tz     *tokenizer
	kindOf func(key string) FactKind
	// person, organisation and named index speakers: the latest named
	// person, organisation and speaker of any kind, or -1.
	person, organisation, named int
	speakers                    []Speaker          // every named speaker, in order
	words                       []map[string]bool  // the words of each one's description
	byWord                      map[string][]int32 // word → the speakers whose description has it, in order
}

func newSpeakerHistory(tz *tokenizer, kindOf func(string) FactKind) *speakerHistory {
	return &speakerHistory{tz: tz, kindOf: kindOf, person: -1, organisation: -1, named: -1, byWord: map[string][]int32{}}
}

// add records the speaker of the next statement.
func (h *speakerHistory) add(s Speaker) {
	if !s.Named {
		return
	}
	k := len(h.speakers)
	h.speakers = append(h.speakers, s)
	h.named = k
	switch h.kindOf(s.Key) {
	case KindPerson:
		h.person = k
	case KindOrganisation:
		h.organisation = k
	}
	words := map[string]bool{}
	h.tz.buf = h.tz.tokens(s.Text, h.tz.buf[:0])
	for _, tok := range h.tz.buf {
		if w := h.tz.norms[tok.norm]; !words[w] {
			words[w] = true
			h.byWord[w] = append(h.byWord[w], int32(k))
		}
	}
	h.words = append(h.words, words)
}

// antecedent returns the speaker a pronoun refers to: "he" and "she" the
// latest named person, "it" the latest named organisation, "they" the
// latest named speaker.
func (h *speakerHistory) antecedent(pronoun string) (Speaker, bool) {
	k := -1
	switch pronoun {
	case "he", "she":
		k = h.person
	case "it":
		k = h.organisation
	case "they":
		k = h.named
	}
	if k < 0 {
		return Speaker{}, false
	}
	return h.speakers[k], true
}

// describedAs returns the latest named speaker whose description holds
// every word of want.
func (h *speakerHistory) describedAs(want map[string]bool) (Speaker, bool) {
	if len(want) == 0 {
		return h.antecedent("they")
	}
	// The speaker sought is in the list of every wanted word: walk the
	// shortest back.
	var shortest []int32
	first := true
	for w := range want {
		if list := h.byWord[w]; first || len(list) < len(shortest) {
			shortest, first = list, false
		}
	}
	for k := len(shortest) - 1; k >= 0; k-- {
		if containsAll(h.words[shortest[k]], want) {
			return h.speakers[shortest[k]], true
		}
	}
	return Speaker{}, false
}

// containsAll reports whether have holds every word of want.
func containsAll(have, want map[string]bool) bool {
	for w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}
