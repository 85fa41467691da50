package diffing

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/model"
)

// webTextCases are sentences as web pages and copied text carry them, each
// beside the same sentence as a reader sees it.
var webTextCases = []struct {
	name       string
	web, clean string
}{
	{"soft hyphens", "The minis\u00adter sent a mes\u00adsage to the capital on Thurs\u00adday.", "The minister sent a message to the capital on Thursday."},
	{"zero-width space and word joiner", "The mini\u200bster flew to the\u2060 capital on Monday night.", "The minister flew to the capital on Monday night."},
	{"zero-width joiner and non-joiner between letters", "The mini\u200dster met the gover\u200cnor in the capital.", "The minister met the governor in the capital."},
	{"byte order mark", "\ufeffThe minister met the governor in the capital.", "The minister met the governor in the capital."},
	{"ligatures and a narrow no-break space", "The \ufb01nal \ufb01gure of 1\u202f400 came from the o\ufb03ce of the mayor.", "The final figure of 1,400 came from the office of the mayor."},
	{"full-width digits", "Officials said \uff11\uff14\uff10\uff10 people were evacuated from the town.", "Officials said 1400 people were evacuated from the town."},
	{"thin space between digit groups", "Officials said 12\u2009400 people were evacuated from the town.", "Officials said 12400 people were evacuated from the town."},
	{"a word hyphenated at a line end", "Officials said the communi-\ncation lines to the town were cut.", "Officials said the communication lines to the town were cut."},
	{"a compound hyphenated at a line end", "The well-\nknown mayor said the lines to the town were cut.", "The well-known mayor said the lines to the town were cut."},
	{"modifier letter apostrophe", "The minister said he wonʼt resign over the affair this week.", "The minister said he won't resign over the affair this week."},
	{"grave accent as apostrophe", "The minister said he won`t resign over the affair this week.", "The minister said he won’t resign over the affair this week."},
}

func TestWebTextReadsAsCleanText(t *testing.T) {
	for _, tt := range webTextCases {
		t.Run(tt.name, func(t *testing.T) {
			web := model.Parse("web", tt.web+"\n", model.UnitSentence)
			clean := model.Parse("clean", tt.clean+"\n", model.UnitSentence)
			require.Len(t, web.Passages, 1)
			al := Align([]*model.Article{web, clean}, DefaultConfig())
			require.Len(t, al.Matches, 1)
			m := al.Matches[0]
			assert.Equal(t, Identical, m.Relation)
			assert.Empty(t, m.Diff, "no word is marked")
		})
	}
}

func TestTokenizeKeepsInvisibleCharactersInsideWords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words []string // the original text of each word
		norms []string
	}{
		{"soft hyphen", "minis\u00adter", []string{"minis\u00adter"}, []string{"minister"}},
		{"format characters around a word are not part of it", "\u200bthe\u2060 capital\u00ad", []string{"the", "capital"}, []string{"the", "capital"}},
		{"a run of format characters", "a\u00ad\u200bb", []string{"a\u00ad\u200bb"}, []string{"ab"}},
		{"narrow no-break space in a figure", "1\u202f400 people", []string{"1\u202f400", "people"}, []string{"1400", "people"}},
		{"no-break spaces in a long figure", "1\u00a0400\u00a0000", []string{"1\u00a0400\u00a0000"}, []string{"1400000"}},
		{"a no-break space before a group that is not three digits", "1\u00a040 and 1\u00a04000", []string{"1", "40", "and", "1", "4000"}, []string{"1", "40", "and", "1", "4000"}},
		{"a year and a figure", "2019\u00a0400 people", []string{"2019", "400", "people"}, []string{"2019", "400", "people"}},
		{"line-end hyphen of a known word", "communi-\r\n  cation", []string{"communi-\r\n  cation"}, []string{"communication"}},
		{"suspended hyphen", "pre-\nand post-war", []string{"pre", "and", "post-war"}, []string{"pre", "and", "postwar"}},
		{"hyphen before a blank line", "Gaza-\n\nIsrael", []string{"Gaza", "Israel"}, []string{"gaza", "israel"}},
		{"halves the lexicon does not know", "qzx-\nvvkq", []string{"qzx", "vvkq"}, []string{"qzx", "vvkq"}},
		{"ligatures fold", "ﬁnal oﬃce", []string{"ﬁnal", "oﬃce"}, []string{"final", "office"}},
		{"apostrophes fold", "wonʼt won‘t won`t won’t", []string{"wonʼt", "won‘t", "won`t", "won’t"}, []string{"wont", "wont", "wont", "wont"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var words, norms []string
			for _, tok := range Tokenize(tt.in) {
				words = append(words, tt.in[tok.Start:tok.End])
				norms = append(norms, tok.Norm)
			}
			assert.Equal(t, tt.words, words)
			assert.Equal(t, tt.norms, norms)
		})
	}
}

// invisibleReport is a report whose alignment with invisibleOther
// FuzzInvisibleCharactersChangeNoAlignment disturbs.
var invisibleReport = []string{
	"The foreign minister flew to the capital on Thursday for talks with officials.",
	"A spokesman said the final figure of 1,400 dead came from the mayor's office.",
	"Rescue teams pulled survivors from the collapsed buildings overnight.",
	"The government declared three days of national mourning.",
}

var invisibleOther = []string{
	"Three days of national mourning were declared by the government.",
	"The foreign minister travelled to the capital on Thursday to meet officials.",
	"Overnight, rescue teams pulled survivors from collapsed buildings.",
	"The final figure of 1,400 dead came from the office of the mayor, a spokesman said.",
}

// disguises turn the text at a letter boundary into what a web page may
// carry instead: an invisible character between two letters, or the
// ligature or apostrophe that reads the same.
var disguises = []func(text string, at int) string{
	func(s string, at int) string { return s[:at] + "\u00ad" + s[at:] },
	func(s string, at int) string { return s[:at] + "\u200b" + s[at:] },
	func(s string, at int) string { return s[:at] + "\u200c" + s[at:] },
	func(s string, at int) string { return s[:at] + "\u200d" + s[at:] },
	func(s string, at int) string { return s[:at] + "\u2060" + s[at:] },
	func(s string, at int) string { return strings.Replace(s, "fi", "ﬁ", 1) },
	func(s string, at int) string { return strings.Replace(s, "ffi", "ﬃ", 1) },
	func(s string, at int) string { return strings.Replace(s, "'", "ʼ", 1) },
	func(s string, at int) string { return strings.Replace(s, "1,400", "1\u202f400", 1) },
}

// letterBoundaries returns the byte offsets of text that lie between two
// ASCII letters.
func letterBoundaries(text string) []int {
	var out []int
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	for i := 1; i < len(text); i++ {
		if isLetter(text[i-1]) && isLetter(text[i]) {
			out = append(out, i)
		}
	}
	return out
}

// FuzzInvisibleCharactersChangeNoAlignment disguises real sentences as web
// pages carry them, a few characters at a time, and checks that the
// alignment (matches, relations and the words marked) stays what the clean
// text gives.
func FuzzInvisibleCharactersChangeNoAlignment(f *testing.F) {
	f.Add(uint8(0), uint16(3), uint8(1), uint16(40))
	f.Add(uint8(5), uint16(0), uint8(8), uint16(0))
	f.Add(uint8(6), uint16(0), uint8(7), uint16(0))
	f.Add(uint8(2), uint16(77), uint8(3), uint16(12))
	clean := Align([]*model.Article{article("a", invisibleReport...), article("b", invisibleOther...)}, DefaultConfig())
	want := describe(clean, "")
	f.Fuzz(func(t *testing.T, kind1 uint8, at1 uint16, kind2 uint8, at2 uint16) {
		lines := append([]string(nil), invisibleReport...)
		for _, d := range []struct {
			kind uint8
			at   uint16
		}{{kind1, at1}, {kind2, at2}} {
			line := int(d.at) % len(lines)
			spots := letterBoundaries(lines[line])
			lines[line] = disguises[int(d.kind)%len(disguises)](lines[line], spots[int(d.at)%len(spots)])
		}
		al := Align([]*model.Article{article("a", lines...), article("b", invisibleOther...)}, DefaultConfig())
		assert.Equal(t, want, describe(al, "\u00ad\u200b\u200c\u200d\u2060"))
	})
}

// describe lists the matches of al with their relation and the words each
// member has that the other lacks, read through the normalisation (so a
// word disguised by a ligature reads as the plain one) after dropping the
// characters of invisible.
func describe(al *Alignment, invisible string) []string {
	out := matchList(al)
	for _, m := range al.Matches {
		line := m.Relation.String()
		for _, sp := range m.Diff {
			text := strings.Map(func(r rune) rune {
				if strings.ContainsRune(invisible, r) {
					return -1
				}
				return r
			}, al.Articles[sp.Article].Text[sp.Start:sp.End])
			for _, tok := range Tokenize(text) {
				line += " " + tok.Norm
			}
		}
		out = append(out, line)
	}
	return out
}
