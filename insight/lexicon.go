package insight

import "strings"

// The word lists below are general English, the same for every report:
// function words, verbs of saying, titles and roles, the nouns institutions
// are named with, number qualifiers, calendar names and units. Names of
// people and organisations are never listed; they come from the reports
// themselves. The one list of places (places.go) is read into lexical
// classes here too, for its one-word names.

// set builds a lookup table from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// functionWords are determiners, pronouns, prepositions, conjunctions and
// auxiliaries: they end a name, a speaker phrase or a unit phrase.
var functionWords = set(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "each",
	"every", "no", "all", "both", "either", "neither", "another", "other", "such",
	"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she",
	"her", "it", "its", "they", "them", "their", "who", "whom", "whose", "which",
	"what", "of", "in", "on", "at", "to", "from", "by", "for", "with", "without",
	"about", "into", "onto", "over", "under", "after", "before", "during", "since",
	"until", "between", "among", "against", "through", "across", "near", "per",
	"via", "as", "than", "like", "and", "or", "but", "nor", "so", "yet", "if",
	"because", "while", "when", "where", "whether", "although", "though", "is",
	"are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
	"having", "do", "does", "did", "will", "would", "shall", "should", "can",
	"could", "may", "might", "must", "not", "also", "then", "there", "here",
	"more", "most", "less", "least", "very", "only", "just", "up", "out", "off",
	"down", "again", "however", "meanwhile", "regarding", "according", "last",
	"next", "same", "own",
)

// determiners open a noun phrase ("the Pentagon", "a spokesman").
var determiners = set("a", "an", "the", "one")

// pronouns name a speaker already introduced.
var pronouns = set("he", "she", "they", "it", "i", "we")

// speechVerbs report what someone said, wrote or published. A phrase right
// before one (or right after one of verbFirst) is a speaker. Each line is
// one verb's forms.
var speechVerbs = set(
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "write", "writes", "wrote", "writing",
	"stated", "declare", "declares", "declared",
	"explain", "explains", "explained", "note", "notes", "noted",
	"insist", "insists", "insisted", "claim", "claims", "claimed", "claiming",
	"argue", "argues", "argued", "reply", "replies", "replied",
	"tweet", "tweets", "tweeted", "posted",
	"announce", "announces", "announced", "report", "reports", "reported",
	"confirm", "confirms", "confirmed", "deny", "denies", "denied",
	"acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
	"warn", "warns", "warned", "ask", "asks", "asked", "quoted",
	"stress", "stresses", "stressed", "urge", "urges", "urged",
	"demand", "demands", "demanded", "yell", "yells", "yelled",
	"shout", "shouts", "shouted", "scream", "screams", "screamed",
	"cry", "cries", "cried", "exclaim", "exclaims", "exclaimed",
	"whisper", "whispers", "whispered", "chant", "chants", "chanted",
	"condemn", "condemns", "condemned", "call", "calls", "called",
	"describe", "describes", "described", "dub", "dubs", "dubbed",
	"brand", "brands", "branded", "label", "labels", "labelled", "labeled",
	"lament", "laments", "lamented", "recall", "recalls", "recalled",
	"remarked", "observe", "observes", "observed",
	"commented", "suggest", "suggests", "suggested",
	"predict", "predicts", "predicted", "promised",
	"vow", "vows", "vowed", "pledge", "pledges", "pledged",
	"threaten", "threatens", "threatened", "boast", "boasts", "boasted",
	"joke", "jokes", "joked", "quip", "quips", "quipped",
	"concede", "concedes", "conceded", "agree", "agrees", "agreed",
	"answered",
	"countered", "retort", "retorts", "retorted",
	"charged", "allege", "alleges", "alleged",
	"contend", "contends", "contended", "maintain", "maintains", "maintained",
	"assert", "asserts", "asserted", "reiterate", "reiterates", "reiterated",
	"repeat", "repeats", "repeated", "emphasise", "emphasises", "emphasised",
	"emphasize", "emphasizes", "emphasized", "conclude", "concludes", "concluded",
	"recount", "recounts", "recounted",
	"testify", "testifies", "testified", "complain", "complains", "complained",
	"protested", "plead", "pleads", "pleaded",
	"beg", "begs", "begged", "sigh", "sighs", "sighed",
	"laugh", "laughs", "laughed", "wonder", "wonders", "wondered",
	"muse", "muses", "mused", "accuse", "accuses", "accused",
	"blame", "blames", "blamed", "criticise", "criticises", "criticised",
	"criticize", "criticizes", "criticized", "praise", "praises", "praised",
	"hailed", "welcomed",
	"assure", "assures", "assured", "inform", "informs", "informed",
	"texted", "emailed", "cited", "question", "questioned", "estimate", "estimates", "estimated",
	"reporting", "insisting", "arguing", "noting", "explaining", "warning", "stating", "declaring",
	"asking", "announcing", "confirming", "denying", "demanding", "shouting", "yelling", "screaming",
	"crying", "chanting", "tweeting", "posting", "condemning", "describing", "calling", "urging",
	"recalling", "suggesting", "predicting", "promising", "vowing", "pledging", "threatening",
	"accusing", "blaming", "criticising", "criticizing", "praising", "joking", "laughing",
)

// verbFirst are the verbs that may come before their speaker, after a
// quotation or a comma: ", said the minister".
var verbFirst = set("said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "replied",
	"stated", "declared", "explained", "noted", "insisted", "continued", "tweeted", "posted",
	"shouted", "yelled", "screamed", "cried", "exclaimed", "whispered", "recalled", "remarked",
	"observed", "admitted", "warned", "argued", "conceded", "countered", "retorted", "laughed",
	"joked", "quipped", "concluded", "agreed", "answered", "responded", "suggested", "wondered",
	"demanded", "pleaded", "urged", "sighed", "boasted", "claimed", "announced", "confirmed",
	"stressed", "emphasised", "emphasized", "lamented", "reported")

// speechParticiples continue a sentence whose subject speaks: "X denied the
// claims, calling them “…”".
var speechParticiples = set("saying", "adding", "telling", "noting", "explaining", "insisting",
	"arguing", "warning", "calling", "describing", "declaring", "stating", "writing", "claiming",
	"stressing", "urging", "vowing", "promising", "asking", "demanding", "accusing", "branding",
	"labelling", "labeling", "dubbing", "recalling", "reminding", "pointing", "tweeting", "posting")

// namingVerbs name a thing with the quoted words right after them ("a
// group called “…”"): the quotation is a name, not someone's words, unless
// the verb has its object first ("called them “…”") or reads "what X
// called".
var namingVerbs = set("call", "calls", "called", "dub", "dubs", "dubbed", "name", "names", "named",
	"title", "titles", "titled", "entitled", "nickname", "nicknamed", "label", "labelled", "labeled",
	"brand", "branded", "known", "describe", "describes", "described")

// irregularPasts are common verbs whose past tense does not end in -ed.
var irregularPasts = set("spoke", "gave", "took", "made", "went", "came", "saw", "felt", "thought",
	"knew", "found", "left", "put", "kept", "became", "began", "brought", "held", "led", "met",
	"paid", "ran", "sent", "stood", "won", "wore", "struck", "fought", "sought", "heard", "got",
	"did", "had", "was", "were", "wept", "said", "told", "wrote", "spoke")

// namingWords introduce a name in quotation marks: nicknamed the "Jail
// Blazers", known as the "genius grant", aka "wimpy cores".
var namingWords = set("nicknamed", "nickname", "aka", "dubbed", "titled", "entitled", "known",
	"named", "billed", "branded", "labelled", "labeled", "termed", "renamed", "slogan", "motto",
	"headline", "headlined", "book", "film", "movie", "song", "album", "show", "novel", "play")

// auxiliaries may stand between a speaker and a verb of saying ("he has
// said", "she would later say").
var auxiliaries = set("has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were",
	"are", "be", "been", "could", "should", "may", "might", "must", "can", "not", "never")

// speechAdverbs may stand between a speaker and the verb ("he later said").
var speechAdverbs = set("also", "later", "then", "again", "earlier", "previously", "further", "repeatedly",
	"once", "recently", "often", "reportedly", "allegedly", "simply", "just", "only", "even", "still",
	"already", "quickly", "flatly", "publicly", "privately", "angrily", "calmly", "firmly", "yesterday",
	"today", "tonight", "separately", "subsequently", "initially", "first", "finally", "immediately")

// masculine and feminine words before or in a person's name say which
// pronoun can refer to them ("Mr. Kiir", "his sister, Mahnefah Gray").
var (
	masculine = set("mr", "sir", "king", "prince", "lord", "spokesman", "chairman", "councilman",
		"congressman", "businessman", "father", "son", "brother", "husband", "boy", "man", "uncle",
		"nephew", "grandfather", "grandson", "actor", "widower", "monsignor", "msgr", "pope", "bishop",
		"archbishop", "cardinal", "rabbi", "sheikh", "emperor", "duke", "baron", "count")
	feminine = set("mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess",
		"spokeswoman", "chairwoman", "councilwoman", "congresswoman", "businesswoman", "mother",
		"daughter", "sister", "wife", "girl", "woman", "aunt", "niece", "grandmother", "granddaughter",
		"actress", "widow", "nun", "duchess", "baroness", "countess", "sr", "mum", "mom")
)

// titleWords are titles and roles that stand before a person's name. A name
// made only of these ("Foreign Minister") is a role, not a person.
var titleWords = set(
	"president", "vice", "prime", "minister", "secretary", "senator", "sen",
	"representative", "rep", "governor", "gov", "mayor", "general", "gen",
	"colonel", "col", "major", "captain", "capt", "lieutenant", "lt", "sergeant",
	"sgt", "admiral", "commander", "king", "queen", "prince", "princess",
	"emperor", "pope", "chancellor", "ambassador", "envoy", "spokesman",
	"spokeswoman", "spokesperson", "leader", "chief", "director", "judge",
	"justice", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
	"lord", "lady", "dame", "sheikh", "imam", "ayatollah", "rabbi", "bishop",
	"archbishop", "cardinal", "father", "reverend", "rev", "premier",
	"commissioner", "chairman", "chairwoman", "chair", "ceo", "deputy",
	"foreign", "defence", "defense", "interior", "finance", "supreme", "first",
	"national", "security", "adviser", "advisor", "aide", "official", "officer",
	"attorney", "speaker", "crown", "state", "sheriff", "undersheriff", "detective",
	"inspector", "constable", "superintendent", "marshal", "trooper", "councillor", "councilman",
	"councilwoman", "congressman", "congresswoman", "assemblyman", "executive", "manager", "founder",
	"cofounder", "owner", "head", "dean", "principal", "treasurer", "coach", "trainer", "actor",
	"actress", "singer", "economist", "analyst", "engineer", "lawyer", "editor", "reporter",
	"correspondent", "columnist", "author", "historian", "activist", "candidate", "nominee",
	"producer", "msgr", "monsignor", "pastor", "priest", "agent", "witness", "sister", "brother",
)

// institutionNouns are the nouns organisations are named with ("Defence
// Forces", "news agency", "militant group").
var institutionNouns = set(
	"agency", "ministry", "department", "forces", "force", "army", "navy",
	"council", "assembly", "nations", "party", "committee", "office", "court",
	"house", "commission", "mission", "union", "bank", "company", "corporation",
	"corp", "inc", "ltd", "university", "institute", "foundation", "group",
	"organisation", "organization", "parliament", "congress", "senate",
	"government", "police", "guard", "guards", "corps", "brigades", "front",
	"movement", "network", "service", "services", "authority", "board",
	"association", "federation", "alliance", "times", "post", "news", "press",
	"tribunal", "cabinet", "militia", "regime", "administration", "embassy",
)

// describedAsOrganisation are the nouns after a name that say it is an
// organisation ("IRNA news agency", "Hamas militant group").
var describedAsOrganisation = set("agency", "group", "organisation", "organization", "party", "movement",
	"militia", "company", "network", "channel", "newspaper", "broadcaster", "outlet", "council", "committee", "firm")

// placeDesignators end place names and may be left out ("the Gaza Strip",
// "Gaza").
var placeDesignators = set("strip", "city", "province", "county", "region", "district", "island", "islands")

// locatives introduce a place: "in Iraq", "to Iran".
var locatives = set("in", "at", "to", "from", "near", "across", "into", "inside", "outside", "throughout", "toward", "towards")

// nameConnectors join the capitalised words of one name ("Bank of England",
// "Osama bin Laden").
var nameConnectors = set("of", "de", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "da", "di", "dos", "ibn")

// irregularPlurals are plural nouns that do not end in -s.
var irregularPlurals = set("people", "children", "men", "women", "police", "personnel", "staff",
	"feet", "teeth", "mice", "sheep", "fish", "deer", "aircraft", "cattle", "livestock", "crew", "data")

// scales multiply the number before them.
var scales = map[string]float64{"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// months maps month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// calendarAbbreviations are the short forms of weekdays and months, and
// the halves of the day.
var calendarAbbreviations = set("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm")

// stopCapitals are capitalised words that name nothing: time zones.
var stopCapitals = set("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
	"cest", "eet", "eest", "aest", "aedt", "jst", "hkt", "wib")

// compassWords alone name no place ("the South", "New"): they are parts
// of names, and their adjectives are the same name ("Southern Kordofan"
// is South Kordofan).
var compassWords = map[string]string{"north": "north", "south": "south", "east": "east", "west": "west",
	"northern": "north", "southern": "south", "eastern": "east", "western": "west", "new": "new",
	"central": "central", "upper": "upper", "lower": "lower", "greater": "greater"}

// weekdays maps weekday names to Go's numbering (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// lexClass is a set of the word lists above that a normal form is in, so
// that a rule asks of a word with one AND instead of a map lookup: each
// report looks its distinct normal forms up once (text.classes).
type lexClass uint32

// The word lists as lexical classes.
const (
	lexFunction lexClass = 1 << iota
	lexDeterminer
	lexPronoun
	lexSpeechVerb
	lexVerbFirst
	lexSpeechAdverb
	lexTitle
	lexTitleAbbreviation
	lexInstitution
	lexDescribesOrganisation
	lexPlaceDesignator
	lexLocative
	lexConnector
	lexIrregularPlural
	lexWeekday
	lexMonth
	lexSpeakerNoun
	lexParticiple
	lexNaming
	lexAuxiliary
	lexMasculine
	lexFeminine
	lexIrregularPast
	lexCalendarAbbreviation
	lexStopCapital
	lexNamingWord
	lexSexPronoun
	// lexActTrigger: the words a statement is read at (verbs of saying,
	// "according", "by", "citing", "quoted").
	lexActTrigger
	// lexPlaceName and lexPlaceAdjective: one-word names of the list of
	// places (places.go), and adjectives made from them.
	lexPlaceName
	lexPlaceAdjective
	// lexNumeric is not a list: the normal form holds a digit or is a
	// scale word. A word without it is no figure, and no number word
	// unless it is hyphenated ("twenty-seven").
	lexNumeric
)

// classesOf returns the lexical classes of a normal form.
func classesOf(norm string) lexClass {
	c := lexicon[norm]
	if _, scale := scales[norm]; scale || hasDigit(norm) {
		c |= lexNumeric
	}
	return c
}

// lexicon maps every word of the lists to its classes.
var lexicon = func() map[string]lexClass {
	m := map[string]lexClass{}
	for class, words := range map[lexClass]map[string]bool{
		lexFunction: functionWords, lexDeterminer: determiners, lexPronoun: pronouns,
		lexSpeechVerb: speechVerbs, lexVerbFirst: verbFirst, lexSpeechAdverb: speechAdverbs,
		lexTitle: titleWords, lexTitleAbbreviation: titleAbbreviations, lexInstitution: institutionNouns,
		lexDescribesOrganisation: describedAsOrganisation, lexPlaceDesignator: placeDesignators,
		lexLocative: locatives, lexConnector: nameConnectors, lexIrregularPlural: irregularPlurals,
		lexSpeakerNoun: speakerNouns, lexParticiple: speechParticiples, lexNaming: namingVerbs,
		lexAuxiliary: auxiliaries, lexMasculine: masculine, lexFeminine: feminine, lexIrregularPast: irregularPasts,
		lexCalendarAbbreviation: calendarAbbreviations, lexStopCapital: stopCapitals,
		lexNamingWord: namingWords, lexSexPronoun: set("he", "his", "him", "himself", "she", "her", "hers", "herself"),
	} {
		for w := range words {
			m[w] |= class
		}
	}
	for w := range weekdays {
		m[w] |= lexWeekday
	}
	for w, c := range m {
		if c&(lexSpeechVerb|lexVerbFirst|lexParticiple) != 0 {
			m[w] |= lexActTrigger
		}
	}
	for _, w := range []string{"according", "by", "citing", "quoted"} {
		m[w] |= lexActTrigger
	}
	for name, p := range parsePlaces(countryTable) {
		switch {
		case strings.Contains(name, " "):
		case p.adjective:
			m[name] |= lexPlaceAdjective
		default:
			m[name] |= lexPlaceName
		}
	}
	for w := range months {
		m[w] |= lexMonth
	}
	return m
}()
