package insight

import (
	"strings"
	"sync"

	"github.com/parallax-reader/parallax/diffing"
)

// The one list of proper names parallax carries: the world's sovereign
// states (the members and observers of the United Nations, with Kosovo
// and Taiwan), their capitals and the adjectives made from them, and a few
// regions. The names are the short English names of ISO 3166-1 (as
// Debian's iso-codes package spells them), with the forms news reports
// use ("Britain", "the US"); capitals and adjectives are the usual English
// ones. Reports name places this list lacks; it only settles the kind of
// the names it has, which the reports alone often leave open (Iraq is a
// place in "attacked in Iraq" but only a name in "Iraq said"), and ties
// each adjective to its place (Sudanese is of Sudan).
//
// One line a state: names | capitals | adjectives, alternatives separated
// by commas.
const countryTable = `
Afghanistan | Kabul | Afghan
Albania | Tirana | Albanian
Algeria | Algiers | Algerian
Andorra | Andorra la Vella | Andorran
Angola | Luanda | Angolan
Antigua and Barbuda | Saint John's | Antiguan
Argentina | Buenos Aires | Argentine, Argentinian
Armenia | Yerevan | Armenian
Australia | Canberra | Australian
Austria | Vienna | Austrian
Azerbaijan | Baku | Azerbaijani
Bahamas | Nassau | Bahamian
Bahrain | Manama | Bahraini
Bangladesh | Dhaka | Bangladeshi
Barbados | Bridgetown | Barbadian
Belarus | Minsk | Belarusian
Belgium | Brussels | Belgian
Belize | Belmopan | Belizean
Benin | Porto-Novo | Beninese
Bhutan | Thimphu | Bhutanese
Bolivia | La Paz, Sucre | Bolivian
Bosnia and Herzegovina, Bosnia | Sarajevo | Bosnian
Botswana | Gaborone | Botswanan
Brazil | Brasilia | Brazilian
Brunei | Bandar Seri Begawan | Bruneian
Bulgaria | Sofia | Bulgarian
Burkina Faso | Ouagadougou | Burkinabe
Burundi | Gitega | Burundian
Cabo Verde, Cape Verde | Praia | Cape Verdean
Cambodia | Phnom Penh | Cambodian
Cameroon | Yaounde | Cameroonian
Canada | Ottawa | Canadian
Central African Republic | Bangui | Central African
Chad | N'Djamena | Chadian
Chile | Santiago | Chilean
China | Beijing | Chinese
Colombia | Bogota | Colombian
Comoros | Moroni | Comorian
Congo, Republic of the Congo | Brazzaville | Congolese
Democratic Republic of the Congo, DR Congo, DRC | Kinshasa | Congolese
Costa Rica | San Jose | Costa Rican
Cote d'Ivoire, Ivory Coast | Yamoussoukro, Abidjan | Ivorian
Croatia | Zagreb | Croatian
Cuba | Havana | Cuban
Cyprus | Nicosia | Cypriot
Czechia, Czech Republic | Prague | Czech
Denmark | Copenhagen | Danish
Djibouti | Djibouti | Djiboutian
Dominica | Roseau | Dominican
Dominican Republic | Santo Domingo | Dominican
Ecuador | Quito | Ecuadorian
Egypt | Cairo | Egyptian
El Salvador | San Salvador | Salvadoran
Equatorial Guinea | Malabo | Equatoguinean
Eritrea | Asmara | Eritrean
Estonia | Tallinn | Estonian
Eswatini, Swaziland | Mbabane | Swazi
Ethiopia | Addis Ababa | Ethiopian
Fiji | Suva | Fijian
Finland | Helsinki | Finnish
France | Paris | French
Gabon | Libreville | Gabonese
Gambia | Banjul | Gambian
Georgia | Tbilisi | Georgian
Germany | Berlin | German
Ghana | Accra | Ghanaian
Greece | Athens | Greek
Grenada | Saint George's | Grenadian
Guatemala | Guatemala City | Guatemalan
Guinea | Conakry | Guinean
Guinea-Bissau | Bissau | Bissau-Guinean
Guyana | Georgetown | Guyanese
Haiti | Port-au-Prince | Haitian
Honduras | Tegucigalpa | Honduran
Hungary | Budapest | Hungarian
Iceland | Reykjavik | Icelandic
India | New Delhi | Indian
Indonesia | Jakarta | Indonesian
Iran | Tehran | Iranian
Iraq | Baghdad | Iraqi
Ireland | Dublin | Irish
Israel | Jerusalem | Israeli
Italy | Rome | Italian
Jamaica | Kingston | Jamaican
Japan | Tokyo | Japanese
Jordan | Amman | Jordanian
Kazakhstan | Astana | Kazakh
Kenya | Nairobi | Kenyan
Kiribati | Tarawa | I-Kiribati
Kosovo | Pristina | Kosovar
Kuwait | Kuwait City | Kuwaiti
Kyrgyzstan | Bishkek | Kyrgyz
Laos | Vientiane | Lao, Laotian
Latvia | Riga | Latvian
Lebanon | Beirut | Lebanese
Lesotho | Maseru | Basotho
Liberia | Monrovia | Liberian
Libya | Tripoli | Libyan
Liechtenstein | Vaduz | Liechtensteiner
Lithuania | Vilnius | Lithuanian
Luxembourg | Luxembourg | Luxembourgish
Madagascar | Antananarivo | Malagasy
Malawi | Lilongwe | Malawian
Malaysia | Kuala Lumpur | Malaysian
Maldives | | Maldivian
Mali | Bamako | Malian
Malta | Valletta | Maltese
Marshall Islands | Majuro | Marshallese
Mauritania | Nouakchott | Mauritanian
Mauritius | Port Louis | Mauritian
Mexico | Mexico City | Mexican
Micronesia | Palikir | Micronesian
Moldova | Chisinau | Moldovan
Monaco | Monaco | Monegasque
Mongolia | Ulaanbaatar | Mongolian
Montenegro | Podgorica | Montenegrin
Morocco | Rabat | Moroccan
Mozambique | Maputo | Mozambican
Myanmar, Burma | Naypyidaw | Burmese
Namibia | Windhoek | Namibian
Nauru | Yaren | Nauruan
Nepal | Kathmandu | Nepali, Nepalese
Netherlands, Holland | Amsterdam | Dutch
New Zealand | Wellington | New Zealand
Nicaragua | Managua | Nicaraguan
Niger | Niamey | Nigerien
Nigeria | Abuja | Nigerian
North Korea | Pyongyang | North Korean
North Macedonia, Macedonia | Skopje | Macedonian
Norway | Oslo | Norwegian
Oman | Muscat | Omani
Pakistan | Islamabad | Pakistani
Palau | Ngerulmud | Palauan
Palestine, Palestinian Territories | Ramallah | Palestinian
Panama | Panama City | Panamanian
Papua New Guinea | Port Moresby | Papua New Guinean
Paraguay | Asuncion | Paraguayan
Peru | Lima | Peruvian
Philippines | Manila | Philippine, Filipino
Poland | Warsaw | Polish
Portugal | Lisbon | Portuguese
Qatar | Doha | Qatari
Romania | Bucharest | Romanian
Russia, Russian Federation | Moscow | Russian
Rwanda | Kigali | Rwandan
Saint Kitts and Nevis | Basseterre | Kittitian
Saint Lucia | Castries | Saint Lucian
Saint Vincent and the Grenadines | Kingstown | Vincentian
Samoa | Apia | Samoan
San Marino | San Marino | Sammarinese
Sao Tome and Principe | Sao Tome | Santomean
Saudi Arabia | Riyadh | Saudi
Senegal | Dakar | Senegalese
Serbia | Belgrade | Serbian
Seychelles | | Seychellois
Sierra Leone | Freetown | Sierra Leonean
Singapore | Singapore | Singaporean
Slovakia | Bratislava | Slovak
Slovenia | Ljubljana | Slovenian
Solomon Islands | Honiara | Solomon Islander
Somalia | Mogadishu | Somali
South Africa | Pretoria, Cape Town | South African
South Korea, Korea | Seoul | South Korean, Korean
South Sudan | Juba | South Sudanese
Spain | Madrid | Spanish
Sri Lanka | Colombo | Sri Lankan
Sudan | Khartoum | Sudanese
Suriname | Paramaribo | Surinamese
Sweden | Stockholm | Swedish
Switzerland | Bern | Swiss
Syria | Damascus | Syrian
Taiwan | Taipei | Taiwanese
Tajikistan | Dushanbe | Tajik
Tanzania | Dodoma | Tanzanian
Thailand | Bangkok | Thai
Timor-Leste, East Timor | Dili | Timorese
Togo | Lome | Togolese
Tonga | Nuku'alofa | Tongan
Trinidad and Tobago | Port of Spain | Trinidadian
Tunisia | Tunis | Tunisian
Turkey, Turkiye | Ankara | Turkish
Turkmenistan | Ashgabat | Turkmen
Tuvalu | Funafuti | Tuvaluan
Uganda | Kampala | Ugandan
Ukraine | Kyiv, Kiev | Ukrainian
United Arab Emirates, UAE | Abu Dhabi | Emirati
United Kingdom, UK, Britain, Great Britain | London | British
United States, US, USA, United States of America, America | Washington | American
Uruguay | Montevideo | Uruguayan
Uzbekistan | Tashkent | Uzbek
Vanuatu | Port Vila | Ni-Vanuatu
Vatican City, Holy See, Vatican | Vatican City | Vatican
Venezuela | Caracas | Venezuelan
Vietnam | Hanoi | Vietnamese
Yemen | Sanaa | Yemeni
Zambia | Lusaka | Zambian
Zimbabwe | Harare | Zimbabwean
England | London | English
Scotland | Edinburgh | Scottish
Wales | Cardiff | Welsh
Africa | | African
Asia | | Asian
Europe | | European
Middle East | | Middle Eastern
Latin America | | Latin American
North America | | North American
South America | | South American
Caribbean | | Caribbean
Gaza, Gaza Strip | | Gazan
West Bank | |
`

// placeEntry is what the list says of one name: the key of the place it
// names, or of the place an adjective is made from.
type placeEntry struct {
	place     string // the key of the country or region
	adjective bool   // the name is an adjective of the place
}

var (
	placeNames     map[string]placeEntry // name key → entry
	placeNamesOnce sync.Once
)

// knownPlace returns what the list says of a name key ("sudan",
// "khartoum", "sudanese"), if it has it.
func knownPlace(key string) (placeEntry, bool) {
	placeNamesOnce.Do(func() { placeNames = parsePlaces(countryTable) })
	e, ok := placeNames[key]
	return e, ok
}

// parsePlaces reads the country table into entries by name key.
func parsePlaces(table string) map[string]placeEntry {
	out := map[string]placeEntry{}
	key := func(name string) string {
		var words []string
		for _, tok := range diffing.Tokenize(name) {
			words = append(words, tok.Norm)
		}
		return strings.Join(words, " ")
	}
	for line := range strings.SplitSeq(strings.TrimSpace(table), "\n") {
		fields := strings.Split(line, "|")
		names := strings.Split(fields[0], ",")
		place := key(names[0])
		for k, field := range fields {
			if field = strings.TrimSpace(field); field == "" {
				continue
			}
			for name := range strings.SplitSeq(field, ",") {
				n := key(name)
				if _, taken := out[n]; taken && k > 0 {
					continue // a state's name wins over another's capital or adjective
				}
				out[n] = placeEntry{place: place, adjective: k == 2}
			}
		}
	}
	return out
}
