package insight

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuotationsAndSpeakers(t *testing.T) {
	tests := []struct {
		name   string
		report string
		want   [][2]string // quoted text, speaker name
	}{
		{
			name:   "curly quotes with the speaker after the verb",
			report: "“We will not retreat,” said Defence Minister Anna Berg on Monday.",
			want:   [][2]string{{"We will not retreat,", "Anna Berg"}},
		},
		{
			name:   "straight quotes with the speaker before the verb",
			report: `"The bridge is closed until further notice," city engineer Tom Hale said.`,
			want:   [][2]string{{"The bridge is closed until further notice,", "Tom Hale"}},
		},
		{
			name:   "a pronoun refers to the latest person named as a speaker",
			report: "Mayor Lisa Grant said the city would rebuild. \"We owe it to the families,\" she told reporters.",
			want:   [][2]string{{"We owe it to the families,", "Lisa Grant"}},
		},
		{
			name: "a pronoun refers to the latest person, not to an organisation named since",
			report: "Mayor Lisa Grant said the city would rebuild. The Red Cross said aid was coming. " +
				"\"We owe it to the families,\" she told reporters. \"Trucks leave tonight,\" it said.",
			want: [][2]string{{"We owe it to the families,", "Lisa Grant"}, {"Trucks leave tonight,", "Red Cross"}},
		},
		{
			name: "a bare title refers to the latest speaker described with its words",
			report: "Foreign Minister Hossein Amir said talks would go on. Army chief Ali Reza said the border was calm. " +
				"Later the Foreign Minister said “we will return to Geneva next week”.",
			want: [][2]string{{"we will return to Geneva next week", "Hossein Amir"}},
		},
		{
			name:   "a quotation split around its attribution is one quotation",
			report: "“The water is rising fast,” he said. “Leave your homes now.”",
			want:   [][2]string{{"The water is rising fast, … Leave your homes now.", ""}},
		},
		{
			name:   "a quotation spanning sentences",
			report: "Officials said “the dam held. The levee did not” in a statement.",
			want:   [][2]string{{"the dam held. The levee did not", "Officials"}},
		},
		{
			name:   "the speaker before the quotation in the same sentence",
			report: "Opposition leader Karl Weiss claimed the vote was “a clear breach of the constitution” on Friday.",
			want:   [][2]string{{"a clear breach of the constitution", "Karl Weiss"}},
		},
		{
			name:   "a quotation without attribution continues the paragraph's speaker",
			report: "“Prices will fall,” said economist Mara Cole. She paused. “Not this year, but soon.”",
			want:   [][2]string{{"Prices will fall,", "Mara Cole"}, {"Not this year, but soon.", "Mara Cole"}},
		},
		{
			name:   "a quotation split around a named attribution",
			report: "“Prices will fall,” said economist Mara Cole. “Not this year, but soon.”",
			want:   [][2]string{{"Prices will fall, … Not this year, but soon.", "Mara Cole"}},
		},
		{
			name:   "a quotation left open runs to the end of its paragraph and goes on in the next",
			report: "“The first part of the speech.\n\n“The second part, closed.” said Ines Duarte.",
			want:   [][2]string{{"The first part of the speech. … The second part, closed.", "Ines Duarte"}},
		},
		{
			name:   "single quotation marks, apostrophes left alone",
			report: "The minister's aide said 'we are not leaving the talks' and the unions' leaders agreed.",
			want:   [][2]string{{"we are not leaving the talks", "minister's aide"}},
		},
		{
			name:   "a single quoted word is a scare quote, not a quotation",
			report: "The so-called “experts” disagreed about the “final offer” yesterday.",
			want:   [][2]string{{"final offer", ""}},
		},
		{
			name:   "guillemets",
			report: "«Nous resterons ici», a déclaré Jean Morel.",
			want:   [][2]string{{"Nous resterons ici", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, tt.report, "An unrelated second report about the weather.")
			assert.Equal(t, tt.want, quoteTexts(al, an, 0))
		})
	}
}

func TestQuotationPartsPointAtTheText(t *testing.T) {
	report := "The storm hit the coast overnight.\n\n“First part,” she said. “Second part.”\n\nPicture: Jo Bloggs/Getty Images“A quotation glued to a credit,” said Ana Ruiz."
	al, an := analyze(t, report, "Nothing to see.")
	art := al.Articles[0]
	var got []string
	for _, q := range an.Quotes {
		for _, v := range q.Variants {
			for _, p := range v.Parts {
				got = append(got, art.Text[p.Start:p.End])
			}
			assert.Equal(t, passageAt(art, v.Parts[0].Start), v.Passage)
		}
	}
	assert.Equal(t, []string{"First part,", "Second part.", "A quotation glued to a credit,"}, got)
}

// Shapes of quotation marks met in real reports: corpora tokenised word by
// word set every mark off with spaces, wire copy writes “ and ”, and a
// quotation running over paragraphs that a corpus joined into one keeps
// its opening marks.
func TestQuotationMarksReadByTheirShape(t *testing.T) {
	tests := []struct {
		name   string
		report string
		want   []string
	}{
		{
			name:   "curly marks set off by spaces",
			report: "Williams said people smashed windows. “ Tonight was a peaceful vigil that devolved into a riot, ” Williams wrote.",
			want:   []string{"Tonight was a peaceful vigil that devolved into a riot,"},
		},
		{
			name:   "straight marks set off by spaces",
			report: "Deng spoke in Bentiu. \"These people should be taken to book, \" he told reporters in Bentiu.",
			want:   []string{"These people should be taken to book,"},
		},
		{
			name:   "a straight opening mark closed by a curly one, and the other way round",
			report: "\"They thought he was grabbing back to get a gun, ” she said. “ He's 16 years old. He has common sense. \" Witnesses disagreed.",
			want:   []string{"They thought he was grabbing back to get a gun,", "He's 16 years old. He has common sense."},
		},
		{
			name:   "two apostrophes close a quotation and backticks open one",
			report: "\"I heard the gunfire, and I ran, '' he told The Associated Press. LaRue said it was ``a bag man's job'' to deliver the cash.",
			want:   []string{"I heard the gunfire, and I ran,", "a bag man's job"},
		},
		{
			name: "a quotation running over joined paragraphs keeps its opening marks",
			report: "A friend said: \"I can't believe it. They all looked after each other. \"John was a good kid, never in trouble. " +
				"His mum was his world. \" Alice was brought up in Millom.",
			want: []string{"I can't believe it. They all looked after each other.", "John was a good kid, never in trouble. His mum was his world."},
		},
		{
			name:   "an apostrophe set off by spaces does not close a single quotation",
			report: "He was screaming, ‘ Stop, we ’ ll come out now ’ as they fired.",
			want:   []string{"Stop, we ’ ll come out now"},
		},
		{
			name: "a stray straight mark does not make a quotation of the narration after it",
			report: "The ship was lost, \"Gaskin told reporters on Friday. He said the crew were safe and the cargo was insured.\n\n" +
				"\"We did everything we could,\" he said.",
			want: []string{"We did everything we could,"},
		},
		{
			name: "a quotation whose closing mark is missing ends with its sentence",
			report: "A correspondent saw \"a crater about two metres wide and an unexploded bomb. Observers believe the attacks came from the north. " +
				"Boyette reported no one was hurt. The plane was not damaged. Yida is home to 22,000 refugees. \"We fear more,\" he said.",
			want: []string{"a crater about two metres wide and an unexploded bomb.", "We fear more,"},
		},
		{
			name:   "a stray straight mark cut short by the next quotation, without ending a sentence",
			report: "The ship was lost, \"Gaskin told reporters on Friday, and \"We did everything we could,\" he said.",
			want:   []string{"We did everything we could,"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			al, an := analyze(t, tt.report, "An unrelated second report about the weather.")
			var got []string
			for _, q := range quoteTexts(al, an, 0) {
				got = append(got, strings.Split(q[0], " … ")...)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// Quoted words that name something are not quotations.
func TestTitlesAndNicknamesAreNotQuotations(t *testing.T) {
	for _, report := range []string{
		"Mob boss Vincent \"The Chin\" Gigante died in prison.",
		"She starred in \"Million Dollar Mermaid\" and other films.",
		"The team was nicknamed the \"Jail Blazers\" after several arrests.",
		"She received a MacArthur Fellowship, commonly known as the \"genius grant.\"",
		"Servers built from low-powered processors, aka \"wimpy cores,\" save power.",
		"The rebels belong to a group called \"Sons of the Desert\" near the border.",
	} {
		al, an := analyze(t, report, "Another report entirely.")
		assert.Empty(t, quoteTexts(al, an, 0), report)
	}
	al, an := analyze(t, "The United States condemned what it called \"negative developments\" between the nations.", "Another report.")
	assert.Equal(t, [][2]string{{"negative developments", "United States"}}, quoteTexts(al, an, 0), "what it called is said")
}
