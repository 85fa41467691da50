package insight

// speakerHistory is what a report has said of its people and bodies so
// far, read in order: for each pronoun, the latest person or body it could
// refer to, and for bare titles ("the minister"), the named speakers by
// the words of their descriptions. Both are found without looking back
// through every earlier mention, which on a long transcript of "he said"
// would cost the square of its length.
//
// A pronoun refers to the speaker of its sentence or the one before when
// it can, else to the nearest person or body already named that it can
// refer to: "he" to a person not known to be a woman, "she" to one not
// known to be a man, "it" to an organisation, "they" to an organisation or
// a group ("officials"). A person's sex is known from a title or a word
// next to their name (Mr., Ms., spokeswoman, "his sister, Mahnefah Gray")
// or from a pronoun already resolved to them without doubt.
type speakerHistory struct {
	tz     *tokenizer
	kindOf func(key string) FactKind
	// latest holds, for each pronoun class, the latest referent it could
	// refer to and the latest one with another key before it.
	latest   [pronounClasses][2]referent
	speaker  [pronounClasses]referent // the latest speaker each pronoun could refer to
	sex      map[string]sex           // what is known of each person's sex, by key
	speakers []Speaker                // every named speaker, in order
	words    []map[string]bool
	byWord   map[string][]int32 // word → the speakers whose description has it, in order
	named    int                // the latest named speaker, or -1
}

// referent is a person or body a pronoun may refer to.
type referent struct {
	speaker  Speaker
	sentence int // the sentence it was named in (counted from the start)
	ok       bool
}

// sex is what a report shows of a person's sex.
type sex int8

const (
	unknownSex sex = iota
	male
	female
)

// The pronoun classes: which referents each pronoun can take.
const (
	classHe = iota
	classShe
	classIt
	classThey
	pronounClasses
)

// pronounClass returns the class of a pronoun's normal form, or -1 for
// the pronouns that refer to no one named before (I, we, you).
func pronounClass(pronoun string) int {
	switch pronoun {
	case "he":
		return classHe
	case "she":
		return classShe
	case "it":
		return classIt
	case "they":
		return classThey
	}
	return -1
}

// Resolution confidence: a pronoun named more sentences after its
// referent than this is a guess.
const maxPronounSentences = 4

func newSpeakerHistory(tz *tokenizer, kindOf func(string) FactKind) *speakerHistory {
	return &speakerHistory{tz: tz, kindOf: kindOf, sex: map[string]sex{}, byWord: map[string][]int32{}, named: -1}
}

// mention records a person or body the report names (a name in the
// narration, or a speaker when speaks is true), of sex s when the text
// shows it, in the given sentence. group marks an unnamed plural
// ("officials").
func (h *speakerHistory) mention(sp Speaker, kind FactKind, s sex, group, speaks bool, sentence int) {
	if sp.Key == "" {
		return
	}
	if s != unknownSex {
		h.sex[sp.Key] = s
	}
	r := referent{speaker: sp, sentence: sentence, ok: true}
	switch {
	case kind == KindPerson:
		switch h.sex[sp.Key] {
		case male:
			h.push(classHe, r, speaks)
		case female:
			h.push(classShe, r, speaks)
		default:
			h.push(classHe, r, speaks)
			h.push(classShe, r, speaks)
		}
	case kind == KindOrganisation:
		h.push(classIt, r, speaks)
		h.push(classThey, r, speaks)
	case kind == KindPlace:
		// A country is "it" ("The United States issued a statement …
		// over what it called").
		h.push(classIt, r, speaks)
	case group:
		h.push(classThey, r, speaks)
	}
}

// push makes r the latest referent of a pronoun class, and its latest
// speaker when it speaks.
func (h *speakerHistory) push(class int, r referent, speaks bool) {
	l := &h.latest[class]
	if l[0].ok && l[0].speaker.Key != r.speaker.Key {
		l[1] = l[0]
	}
	l[0] = r
	if speaks {
		h.speaker[class] = r
	}
}

// resolve returns the referent of a pronoun in the given sentence and how
// sure that is: Medium when the referent is the only one the pronoun can
// take in its sentence and the one before, and is not sentences away;
// Low otherwise; false when the report names no one it can refer to.
func (h *speakerHistory) resolve(pronoun string, sentence int) (Speaker, Confidence, bool) {
	class := pronounClass(pronoun)
	if class < 0 || !h.latest[class][0].ok {
		return Speaker{}, 0, false
	}
	r, other := h.latest[class][0], h.latest[class][1]
	conf := Medium
	if sp := h.speaker[class]; sp.ok && sp.sentence >= sentence-1 {
		// The speaker of the sentence before goes on speaking: "President
		// Biden said he had warned Ayatollah Khamenei…. “…,” he told
		// reporters."
		r = sp
	} else if (other.ok && other.sentence >= sentence-1) || r.sentence < sentence-maxPronounSentences {
		conf = Low
	}
	h.speaker[class] = referent{speaker: r.speaker, sentence: sentence, ok: true}
	if conf == Medium && (class == classHe || class == classShe) && h.sex[r.speaker.Key] == unknownSex {
		// Resolved without doubt: the pronoun tells the person's sex.
		h.sex[r.speaker.Key] = map[int]sex{classHe: male, classShe: female}[class]
	}
	return r.speaker, conf, true
}

// add records the speaker of the next statement, for bare titles.
func (h *speakerHistory) add(s Speaker) {
	if !s.Named {
		return
	}
	k := len(h.speakers)
	h.speakers = append(h.speakers, s)
	h.named = k
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

// describedAs returns the latest named speaker whose description holds
// every word of want.
func (h *speakerHistory) describedAs(want map[string]bool) (Speaker, bool) {
	if len(want) == 0 {
		if h.named < 0 {
			return Speaker{}, false
		}
		return h.speakers[h.named], true
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
