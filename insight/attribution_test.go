package insight

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speakerOfQuote returns the speaker of the quotation of report 0 that
// starts with the given words.
func speakerOfQuote(t *testing.T, report, opening string) Speaker {
	t.Helper()
	al, an := analyze(t, report, "An unrelated second report about the weather.")
	for _, q := range an.Quotes {
		for _, v := range q.Variants {
			if v.Article == 0 && v.Wording != Paraphrased && len(v.Text(al.Articles[0])) >= len(opening) && v.Text(al.Articles[0])[:len(opening)] == opening {
				return v.Speaker
			}
		}
	}
	require.Failf(t, "no quotation", "none opens with %q", opening)
	return Speaker{}
}

// The kinds of attribution a careful reader follows, each from a real
// sentence shape.
func TestAttributionReadsLikeACarefulReader(t *testing.T) {
	tests := []struct {
		name    string
		report  string
		opening string // the quotation's first words
		text    string // the speaker as written
		who     string // whom it names
		cue     Cue
		conf    Confidence
	}{
		{
			name:    "a verb of saying not every tool knows",
			report:  "Then a co-worker yelled, \"Come on, you got to leave now!\"",
			opening: "Come on", text: "co-worker", who: "co-worker", cue: CueAttribution, conf: High,
		},
		{
			name:    "two verbs joined by and",
			report:  "Officer Dana Ruiz laughed and said, \"We have seen worse than this.\"",
			opening: "We have seen", text: "Officer Dana Ruiz", who: "Dana Ruiz", cue: CueAttribution, conf: High,
		},
		{
			name:    "condemned, with a participle and a colon",
			report:  "Prime Minister George Papandreou condemned the killings, saying: \"A demonstration is one thing and murder is another.\"",
			opening: "A demonstration", text: "Prime Minister George Papandreou", who: "George Papandreou", cue: CueAttribution, conf: High,
		},
		{
			name:    "a participle after the statement's object",
			report:  "Kiir denied those claims in a statement Thursday, calling them \"smoke screens to mask Khartoum's own activities.\"",
			opening: "smoke screens", text: "Kiir", who: "Kiir", cue: CueAttribution, conf: High,
		},
		{
			name:    "what he called",
			report:  "Senator Maria Olsen spoke for an hour about what she called \"a betrayal of every voter in this state.\"",
			opening: "a betrayal", text: "she", who: "Maria Olsen", cue: CueAttribution, conf: Medium,
		},
		{
			name:    "a role and then the name, set off by a comma",
			report:  "\"We respect international law,\" said a Sudanese government spokesman, Rabie A. Atti.",
			opening: "We respect", text: "Rabie A. Atti", who: "Rabie A. Atti", cue: CueAttribution, conf: High,
		},
		{
			name:    "a name and then an aside between commas",
			report:  "\"The refugees need to be safe,\" Deng, the governor of Unity state, said.",
			opening: "The refugees", text: "Deng", who: "Deng", cue: CueAttribution, conf: High,
		},
		{
			name: "a pronoun refers to the speaker of the sentence before, not to a place named since",
			report: "Taban Deng, the governor of Unity state, accused Sudan of carrying out the attack in South Sudan. " +
				"\"These people should be taken to book,\" he told reporters in Bentiu.",
			opening: "These people", text: "he", who: "Taban Deng", cue: CueAttribution, conf: Medium,
		},
		{
			name:    "a pronoun that refers to no one named is left unresolved",
			report:  "The camp was bombed on Thursday. \"We ran when the planes came,\" she said.",
			opening: "We ran", text: "she", who: "", cue: CueAttribution, conf: Low,
		},
		{
			name:    "she is not a man",
			report:  "Mr. Karl Weiss met Ms. Ada Lind in Oslo on Monday. Weiss left early. \"The talks will go on,\" she said.",
			opening: "The talks", text: "she", who: "Ada Lind", cue: CueAttribution, conf: Medium,
		},
		{
			name: "the narration tells a person's sex",
			report: "Detective Dominic Mangoni questioned the suspect on Friday. Yvonne Hiller was certain she was being targeted by her coworkers. " +
				"\"I don't feel anything,\" she said.",
			opening: "I don't", text: "she", who: "Yvonne Hiller", cue: CueAttribution, conf: Medium,
		},
		{
			name:    "a colon introduction closes the paragraph before",
			report:  "Detective Chief Inspector Paul Duhig said in a statement:\n\n\"Events such as these are rare in Cumbria.\"",
			opening: "Events such", text: "Detective Chief Inspector Paul Duhig", who: "Paul Duhig", cue: CueIntroduced, conf: High,
		},
		{
			name:    "a dash credit",
			report:  "The campaign ended with a line everyone remembered. \"Yes we can.\" — Barack Obama",
			opening: "Yes we can", text: "Barack Obama", who: "Barack Obama", cue: CueDash, conf: High,
		},
		{
			name:    "a quotation goes on from the statement just before it",
			report:  "The old warehouse was battered on the outside, Ken Ingaldson said. \"But inside, there was all this beautiful timber.\"",
			opening: "But inside", text: "Ken Ingaldson", who: "Ken Ingaldson", cue: CueContinued, conf: Medium,
		},
		{
			name: "the next sentence's statement about something else is not the quotation's",
			report: "\"We are helping the family,\" Dave Gaskin told reporters. \"It is a hard time for them.\" " +
				"A Foreign Office spokeswoman said the embassy was in contact with the police.",
			opening: "It is a hard", text: "Dave Gaskin", who: "Dave Gaskin", cue: CueContinued, conf: Medium,
		},
		{
			name:    "an attribution that says nothing more after a quotation that ends its sentence",
			report:  "\"It is a hard time for the family.\" Dave Gaskin said.",
			opening: "It is a hard", text: "Dave Gaskin", who: "Dave Gaskin", cue: CueAttribution, conf: High,
		},
		{
			name:    "the subject of a sentence without a verb of saying",
			report:  "In a statement before the bombing, South Sudan's president Salva Kiir talked of Sudan's \"pending invasion\" of its neighbour.",
			opening: "pending invasion", text: "South Sudan's president Salva Kiir", who: "Salva Kiir", cue: CueSubject, conf: Low,
		},
		{
			name:    "an age before the name",
			report:  "\"They're taking everything from me,\" said 61-year-old Anargyros Bizianis, a municipal worker.",
			opening: "They're taking", text: "Anargyros Bizianis", who: "Anargyros Bizianis", cue: CueAttribution, conf: High,
		},
		{
			name:    "a role before a preposition heads the speaker",
			report:  "\"We were panicked,\" one woman in Qeshm told AFP.",
			opening: "We were", text: "one woman in Qeshm", who: "one woman in Qeshm", cue: CueAttribution, conf: High,
		},
		{
			name:    "a role with a modifier that is no role",
			report:  "The prosecutor in the Costello case claimed that Gigante was \"a young punk on the way up.\"",
			opening: "a young punk", text: "prosecutor in the Costello case", who: "prosecutor in the Costello case", cue: CueAttribution, conf: High,
		},
		{
			name:    "two roles joined by and before the name",
			report:  "\"In July alone, they lost $300,000,\" said Anchorage businessman and blogger Andrew Halcro.",
			opening: "In July", text: "Anchorage businessman and blogger Andrew Halcro", who: "Andrew Halcro", cue: CueAttribution, conf: High,
		},
		{
			name:    "the name before an aside that holds a title",
			report:  "Tiffany Ornelas, NP's Yida Team Leader, reported that \"people were terrified and running in all directions.\"",
			opening: "people were", text: "Tiffany Ornelas", who: "Tiffany Ornelas", cue: CueAttribution, conf: High,
		},
		{
			name:    "a participle without a comma",
			report:  "A government official downplayed the unrest saying that \"for years there have been strikes in this country.\"",
			opening: "for years", text: "government official", who: "government official", cue: CueAttribution, conf: High,
		},
		{
			name: "it refers to a country that speaks",
			report: "The United States issued a statement on Thursday condemning the strike. " +
				"It urged restraint over what it called \"negative developments between the nations.\"",
			opening: "negative", text: "it", who: "United States", cue: CueAttribution, conf: Medium,
		},
		{
			name:    "the agent of a passive verb of saying",
			report:  "For the man described by The New York Times Magazine as \"the last great Mafioso of the century,\" it was the end.",
			opening: "the last great", text: "New York Times Magazine", who: "New York Times Magazine", cue: CueAttribution, conf: High,
		},
		{
			name:    "a statement closing the sentence the quotation is woven into",
			report:  "The deputy was looking for a man considered to be a \"career criminal\" and was hoping to arrest him, officials said Saturday.",
			opening: "career criminal", text: "officials", who: "officials", cue: CueAttribution, conf: High,
		},
		{
			name:    "a role and a name joined by and after the verb",
			report:  "\"The opportunity was large,\" said SeaMicro CEO and new AMD general manager Andrew Feldman.",
			opening: "The opportunity", text: "SeaMicro CEO and new AMD general manager Andrew Feldman", who: "Andrew Feldman", cue: CueAttribution, conf: High,
		},
		{
			name:    "a relative pronoun refers to the phrase before it",
			report:  "Firemen restrained a distraught elderly woman outside the bank, who wept and cried \"my child, my child.\"",
			opening: "my child", text: "distraught elderly woman outside the bank", who: "distraught elderly woman outside the bank", cue: CueAttribution, conf: High,
		},
		{
			name:    "the one quoted, not the outlet quoting",
			report:  "\"The cops, they just jumped out of the car so fast,\" the New York Daily News quoted witness Devonte Brown as saying.",
			opening: "The cops", text: "witness Devonte Brown", who: "Devonte Brown", cue: CueAttribution, conf: High,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := speakerOfQuote(t, tt.report, tt.opening)
			assert.Equal(t, tt.text, s.Text, "as written")
			assert.Equal(t, tt.who, s.Name, "who")
			assert.Equal(t, tt.cue.String(), s.Cue.String(), "cue")
			assert.Equal(t, tt.conf.String(), s.Confidence.String(), "confidence")
			assert.Equal(t, tt.who == "", s.Unresolved())
		})
	}
}

// A naming verb right before quoted words makes them a name.
func TestNamedThingsAreNotSaid(t *testing.T) {
	_, an := analyze(t, "The rebels belong to a group called \"Sons of the Desert\" near the border.", "Another report entirely.")
	for _, q := range an.Quotes {
		assert.Empty(t, q.Variants[0].Speaker.Text)
	}
}

// Attribution drift is reported only when both versions name their
// speaker with confidence.
func TestAttributionDriftNeedsConfidentSpeakersOnBothSides(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want Attribution
	}{
		{
			name: "both named next to the quotation",
			a:    "“The border stays open,” said Minister Ada Lind.",
			b:    "“The border stays open,” said General Omar Diaz.",
			want: SpeakerDiffers,
		},
		{
			name: "a pronoun that refers to no one",
			a:    "“The border stays open,” said Minister Ada Lind.",
			b:    "Trucks waited all night. “The border stays open,” he said.",
			want: SpeakerUncertain,
		},
		{
			name: "a speaker carried over from sentences away",
			a:    "“The border stays open,” said Minister Ada Lind.",
			b:    "“Nobody will be turned away,” said General Omar Diaz. Trucks waited all night. The rain came. “The border stays open.”",
			want: SpeakerUncertain,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, an := analyze(t, tt.a, tt.b)
			var found *Variant
			for _, q := range an.Quotes {
				if len(q.Variants) == 2 {
					found = &q.Variants[1]
					assert.Equal(t, tt.want == SpeakerDiffers, q.Drifted())
				}
			}
			require.NotNil(t, found)
			assert.Equal(t, tt.want.String(), found.Attribution.String())
		})
	}
}

// Quotations in a headline: credited by a colon in the headline, or by
// the body's version of the words.
func TestHeadlineQuotations(t *testing.T) {
	tests := []struct {
		name, report string
		text, who    string
		cue          Cue
	}{
		{
			name:   "the body's version of the words",
			report: "Co-Worker Calls Alleged Shooter: \"Very Spiritual\"\n\n\"She's not a loose cannon. She's very spiritual,\" Kenneth Dorsey says of the woman accused.\n",
			text:   "Kenneth Dorsey", who: "Kenneth Dorsey", cue: CueHeadline,
		},
		{
			name:   "a name and a colon",
			report: "Obama: \"We will not back down\"\n\nThe president spoke in Chicago on Friday about the budget.\n",
			text:   "Obama", who: "Obama", cue: CueHeadline,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, tt.report, "An unrelated second report about the weather.")
			require.NotEmpty(t, al.Articles[0].Title)
			var head *Variant
			for _, q := range an.Quotes {
				for k, v := range q.Variants {
					if v.Article == 0 && v.Headline {
						head = &q.Variants[k]
					}
				}
			}
			require.NotNil(t, head, "the headline's quotation is found")
			assert.Equal(t, tt.text, head.Speaker.Text)
			assert.Equal(t, tt.who, head.Speaker.Name)
			assert.Equal(t, tt.cue, head.Speaker.Cue)
		})
	}
}
