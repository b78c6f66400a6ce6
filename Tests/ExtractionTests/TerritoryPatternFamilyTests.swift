import Extraction
import Testing

// Every family of wording by which news present a territory no list knows as disputed, each with
// a sentence written for this test: fictional places between real states. The families that need
// more than one sentence, or a side's own name, have tests in UnlistedTerritoryTests.

/// One sentence of a family, the territory it names, its claimants and the holder where the text says.
struct DisputeSentence: Sendable, CustomTestStringConvertible {
    let family: String
    let text: String
    let name: String
    let claimants: [String]
    var holder: String? = nil
    var testDescription: String { family }
}

private let families: [DisputeSentence] = [
    DisputeSentence(
        family: "X, held by A, is claimed by B", text: "The islet of Marrak, administered by Kenya, is also claimed by Uganda.", name: "Marrak",
        claimants: ["KEN", "UGA"], holder: "KEN"),
    DisputeSentence(
        family: "X, a strip of land both claim", text: "Eritrea and Djibouti clashed in 2008 over Ras Temar, a strip of land both countries claim.",
        name: "Ras Temar", claimants: ["DJI", "ERI"]),
    DisputeSentence(
        family: "claims to X", text: "Argentina renewed its claims to the Varnok Islands, angering Chile.", name: "Varnok Islands", claimants: ["ARG", "CHL"]),
    DisputeSentence(
        family: "sovereignty over X", text: "Chile and Peru both assert sovereignty over Tessaro Cay.", name: "Tessaro Cay", claimants: ["CHL", "PER"]),
    DisputeSentence(
        family: "X, which both A and B claim", text: "Boats gathered near the Ostrel Bank, which both Ghana and Togo claim.", name: "Ostrel Bank",
        claimants: ["GHA", "TGO"]),
    DisputeSentence(
        family: "the disputed X", text: "Troops from Costa Rica and Nicaragua dug trenches on the disputed Isla Varna.", name: "Isla Varna",
        claimants: ["CRI", "NIC"]),
    DisputeSentence(
        family: "the contested X", text: "Troops from Eritrea and Djibouti were seen in the contested Dessa Valley.", name: "Dessa Valley",
        claimants: ["DJI", "ERI"]),
    DisputeSentence(
        family: "A-administered X", text: "Fishermen were held near Kenyan-administered Lumo Island, which Tanzania also claims.", name: "Lumo Island",
        claimants: ["KEN", "TZA"], holder: "KEN"),
    DisputeSentence(
        family: "A-held X", text: "Tanzanian fishermen were detained near Kenyan-held Lumo Island.", name: "Lumo Island", claimants: ["KEN", "TZA"],
        holder: "KEN"),
    DisputeSentence(
        family: "occupied X", text: "Lebanon demands that Israel withdraw from occupied Dravin Farms.", name: "Dravin Farms", claimants: ["ISR", "LBN"],
        holder: "ISR"),
    DisputeSentence(
        family: "A has occupied X", text: "Israel has occupied the Dravin Hills since 1967, Lebanon says.", name: "Dravin Hills", claimants: ["ISR", "LBN"],
        holder: "ISR"),
    DisputeSentence(
        family: "border dispute over X", text: "Guatemala and Belize took their border dispute over the Selva Corridor to court.", name: "Selva Corridor",
        claimants: ["BLZ", "GTM"]),
    DisputeSentence(
        family: "the X border dispute", text: "Senegal and Gambia met in Banjul to settle the Kantora border dispute.", name: "Kantora",
        claimants: ["GMB", "SEN"]),
    DisputeSentence(
        family: "X, claimed by both A and B", text: "Patrols avoid Lumo Reef, claimed by both Kenya and Tanzania.", name: "Lumo Reef",
        claimants: ["KEN", "TZA"]),
    DisputeSentence(
        family: "A lays claim to X", text: "Honduras lays claim to Tigra Island, which El Salvador administers.", name: "Tigra Island",
        claimants: ["HND", "SLV"], holder: "SLV"),
    DisputeSentence(family: "A and B both claim X", text: "Kenya and Uganda both claim Mingolo Island.", name: "Mingolo Island", claimants: ["KEN", "UGA"]),
    DisputeSentence(
        family: "both lay claim to the oil-rich X", text: "Sudan and South Sudan both lay claim to the oil-rich Tamra area.", name: "Tamra",
        claimants: ["SDN", "SSD"]),
    DisputeSentence(
        family: "the dispute over X between A and B", text: "Talks in Geneva failed to end the dispute over Kessel Island between Kenya and Uganda.",
        name: "Kessel Island", claimants: ["KEN", "UGA"]),
    DisputeSentence(
        family: "A's claim over X", text: "Venezuela's claim over the Orvena Strip angered Guyana.", name: "Orvena Strip", claimants: ["GUY", "VEN"]),
    DisputeSentence(
        family: "X, a disputed border area", text: "Soldiers from Benin and Niger patrol Lokoa, a disputed border area.", name: "Lokoa",
        claimants: ["BEN", "NER"]),
    DisputeSentence(
        family: "X, a disputed island", text: "Benin and Niger sent troops to Lokoa, a disputed island in the river.", name: "Lokoa", claimants: ["BEN", "NER"]),
    DisputeSentence(
        family: "X, a disputed enclave", text: "Tajikistan and Kyrgyzstan exchanged fire near Vorsk, a disputed enclave.", name: "Vorsk",
        claimants: ["KGZ", "TJK"]),
    DisputeSentence(
        family: "the return of X to A", text: "Mauritius demanded the return of the Carvel Islands to Mauritius from Britain.", name: "Carvel Islands",
        claimants: ["GBR", "MUS"]),
    DisputeSentence(
        family: "A seized X from B", text: "Iran seized the islands of Greater Miran and Lesser Miran from the United Arab Emirates in 1971.",
        name: "Greater Miran", claimants: ["ARE", "IRN"], holder: "IRN"),
    DisputeSentence(
        family: "A retook X district from B", text: "Azerbaijan retook the Kelvar district from Armenia in 2020.", name: "Kelvar", claimants: ["ARM", "AZE"]),
    DisputeSentence(
        family: "the breakaway region of X", text: "Georgia condemned Russia's recognition of the breakaway region of Tessaria.", name: "Tessaria",
        claimants: ["GEO", "RUS"]),
    DisputeSentence(
        family: "X, a breakaway region of A", text: "Russia recognised Tessaria, a breakaway region of Georgia.", name: "Tessaria", claimants: ["GEO", "RUS"]),
    DisputeSentence(
        family: "X, which A calls Y", text: "Colombia sent a patrol boat to Merlin Key, which Nicaragua calls Cayo Merlino.", name: "Cayo Merlino",
        claimants: ["COL", "NIC"]),
    DisputeSentence(
        family: "X, over which A and B fought", text: "The Varnok Islands, over which Argentina and Chile fought, lie to the south.", name: "Varnok Islands",
        claimants: ["ARG", "CHL"]),
    DisputeSentence(
        family: "X, a town both claim", text: "Ethiopia and Eritrea fought over Tessem Plain, a town both claim.", name: "Tessem Plain",
        claimants: ["ERI", "ETH"]),
    DisputeSentence(
        family: "X belongs to it", text: "Ghana says the Ostrel Bank belongs to it, while Togo insists it is Togolese territory.", name: "Ostrel Bank",
        claimants: ["GHA", "TGO"]),
    DisputeSentence(
        family: "the ancient X temple", text: "Cambodia and Thailand both lay claim to the ancient Ta Lor temple on their border.", name: "Ta Lor",
        claimants: ["KHM", "THA"]),
    DisputeSentence(
        family: "A and B say X is theirs", text: "Both Honduras and Nicaragua say Velo Island is theirs.", name: "Velo Island", claimants: ["HND", "NIC"]),
    DisputeSentence(
        family: "X is disputed between A and B", text: "Velo Island is disputed between Honduras and Nicaragua.", name: "Velo Island",
        claimants: ["HND", "NIC"]),
    DisputeSentence(
        family: "A and B dispute ownership of X", text: "Honduras and Nicaragua dispute ownership of Velo Island.", name: "Velo Island",
        claimants: ["HND", "NIC"]),
    DisputeSentence(
        family: "A has claimed X, but B runs it", text: "Nicaragua has claimed Velo Island since 1920, but Honduras runs it.", name: "Velo Island",
        claimants: ["HND", "NIC"], holder: "HND"),
    DisputeSentence(
        family: "the island, X, is also claimed by B", text: "Honduras sent marines to the island.\nThe island, Velo Cay, is also claimed by Nicaragua.",
        name: "Velo Cay", claimants: ["HND", "NIC"]),
    DisputeSentence(
        family: "A and B disagreed over X, an oasis", text: "Algeria and Morocco have long disagreed over Oued Zarta, an oasis on their border.",
        name: "Oued Zarta", claimants: ["DZA", "MAR"]),
    DisputeSentence(
        family: "A and B clashed in a year over X", text: "Eritrea and Djibouti clashed in 2008 over Ras Kebir, a strip of land on the Red Sea coast.",
        name: "Ras Kebir", claimants: ["DJI", "ERI"]),
    DisputeSentence(
        family: "encroaching on X", text: "Cambodia has accused Thailand of encroaching on Prasat Ta Kol, a temple in a disputed zone.", name: "Prasat Ta Kol",
        claimants: ["KHM", "THA"]),
    DisputeSentence(
        family: "X, a disputed oil town", text: "South Sudan accused Sudan of bombing Tamra, a disputed oil town near the border.", name: "Tamra",
        claimants: ["SDN", "SSD"]),
    DisputeSentence(
        family: "competing claims to X", text: "Malaysia and Indonesia have competing claims to the Selmar Block in the Celebes Sea.", name: "Selmar Block",
        claimants: ["IDN", "MYS"]),
    DisputeSentence(
        family: "X has been occupied by A", text: "The Ostrava Salient has been occupied by Ethiopia since the war, Eritrea says.", name: "Ostrava Salient",
        claimants: ["ERI", "ETH"], holder: "ETH"),
    DisputeSentence(
        family: "A and B consider X part of their territory", text: "Chile and Bolivia both consider Zembla part of their territory.", name: "Zembla",
        claimants: ["BOL", "CHL"]),
    DisputeSentence(
        family: "A administers X, but B claims it", text: "Chile administers Zembla, but Bolivia claims it.", name: "Zembla", claimants: ["BOL", "CHL"],
        holder: "CHL"),
    DisputeSentence(
        family: "A claims X, which B has controlled", text: "Bolivia claims Zembla, which Chile has controlled since 1904.", name: "Zembla",
        claimants: ["BOL", "CHL"], holder: "CHL"),
    DisputeSentence(
        family: "A and B each claim X", text: "Chile and Bolivia each claim the Zembla Heights as their own.", name: "Zembla Heights",
        claimants: ["BOL", "CHL"]),
    DisputeSentence(
        family: "X has been the subject of a territorial dispute",
        text: "Zembla has been the subject of a territorial dispute between Chile and Bolivia since 1884.", name: "Zembla", claimants: ["BOL", "CHL"]),
    DisputeSentence(
        family: "X is a territory disputed by A and B", text: "Zembla is a territory disputed by Chile and Bolivia.", name: "Zembla", claimants: ["BOL", "CHL"]),
    DisputeSentence(
        family: "A does not recognise B's sovereignty over X", text: "Bolivia does not recognise Chile's sovereignty over Zembla.", name: "Zembla",
        claimants: ["BOL", "CHL"]),
    DisputeSentence(
        family: "the annexation of X", text: "Russia's annexation of the Kersk peninsula was condemned by Ukraine.", name: "Kersk", claimants: ["RUS", "UKR"]),
    DisputeSentence(
        family: "X, which A considers part of its territory", text: "Ecuador sent troops to Tarma Ridge, which Peru considers part of its territory.",
        name: "Tarma Ridge", claimants: ["ECU", "PER"]),
    DisputeSentence(
        family: "A regards X as its territory", text: "Peru regards Tarma Ridge as its territory, but Ecuador controls it.", name: "Tarma Ridge",
        claimants: ["ECU", "PER"], holder: "ECU"),
    DisputeSentence(
        family: "A condemned B's occupation of X", text: "Algeria condemned Morocco's occupation of the Tazra region.", name: "Tazra",
        claimants: ["DZA", "MAR"], holder: "MAR"),
    DisputeSentence(
        family: "A's seizure of X Island", text: "Iran's seizure of Barzan Island in 1971 still angers the United Arab Emirates.", name: "Barzan Island",
        claimants: ["ARE", "IRN"]),
    DisputeSentence(
        family: "X, under A control but claimed by B",
        text: "Barzan Island, under Iranian control since 1971 but claimed by the United Arab Emirates, is small.",
        name: "Barzan Island", claimants: ["ARE", "IRN"], holder: "IRN"),
    DisputeSentence(
        family: "X is administered by A but claimed by B", text: "The Kalimba Triangle is administered by Egypt but claimed by Sudan.",
        name: "Kalimba Triangle", claimants: ["EGY", "SDN"], holder: "EGY"),
    DisputeSentence(
        family: "X is A-demonym territory", text: "Sudan says the Kalimba Triangle is Sudanese territory, but Egypt controls it.", name: "Kalimba Triangle",
        claimants: ["EGY", "SDN"], holder: "EGY"),
    DisputeSentence(
        family: "A and B dispute X Triangle", text: "Egypt and Sudan dispute the Kalimba Triangle.", name: "Kalimba Triangle", claimants: ["EGY", "SDN"]),
    DisputeSentence(
        family: "X, territory A claims as its own", text: "India accused China of building villages in Seru Valley, territory India claims as its own.",
        name: "Seru Valley", claimants: ["CHN", "IND"]),
    DisputeSentence(
        family: "X are part of a border dispute", text: "The Toledo Cays are part of a border dispute between Guatemala and Belize.", name: "Toledo Cays",
        claimants: ["BLZ", "GTM"]),
    DisputeSentence(
        family: "the X Cays dispute, no other word of territory",
        text: "Guatemala and Belize took the Toledo Cays dispute to the International Court of Justice.",
        name: "Toledo Cays", claimants: ["BLZ", "GTM"]),
    DisputeSentence(
        family: "at odds over an area called X", text: "Somalia and Kenya are at odds over a maritime area called the Jubba Triangle.", name: "Jubba Triangle",
        claimants: ["KEN", "SOM"]),
    DisputeSentence(
        family: "at loggerheads over X", text: "Kenya and Somalia remain at loggerheads over the Jubba Triangle.", name: "Jubba Triangle",
        claimants: ["KEN", "SOM"]),
    DisputeSentence(
        family: "A-administered X, no word of territory around", text: "Pakistan shelled villages in Indian-administered Varnoch, India said.",
        name: "Varnoch", claimants: ["IND", "PAK"], holder: "IND"),
    DisputeSentence(
        family: "A-occupied X named like a person", text: "Israeli-occupied Dravin Farms are claimed by Lebanon.", name: "Dravin Farms",
        claimants: ["ISR", "LBN"], holder: "ISR"),
    DisputeSentence(
        family: "X, A-held since a year, is claimed by B", text: "Tesso Island, Russian-held since 1945, is claimed by Japan.", name: "Tesso Island",
        claimants: ["JPN", "RUS"], holder: "RUS"),
    DisputeSentence(
        family: "X, which A has held since a year",
        text: "Argentina has never given up sovereignty over the Korvala Islands, which Britain has held since 1833.",
        name: "Korvala Islands", claimants: ["ARG", "GBR"], holder: "GBR"),
    DisputeSentence(
        family: "border dispute over the X river islands", text: "A decades-old border dispute over the Kalapan river islands divides Nepal and India.",
        name: "Kalapan", claimants: ["IND", "NPL"]),
    DisputeSentence(
        family: "A-held X that B claims", text: "Cambodia says Thai-held Tesmara belongs to it.", name: "Tesmara", claimants: ["KHM", "THA"],
        holder: "THA"),
    DisputeSentence(
        family: "A-held X, a flashpoint", text: "Japanese-held Tessara has been a flashpoint with China.", name: "Tessara", claimants: ["CHN", "JPN"],
        holder: "JPN"),
    DisputeSentence(
        family: "a border dispute centred on X", text: "Ethiopia and Eritrea fought a war from 1998 to 2000 over a border dispute centred on Badma Tessa.",
        name: "Badma Tessa", claimants: ["ERI", "ETH"]),
    DisputeSentence(
        family: "sovereignty over the area around X", text: "Thailand says it has sovereignty over the area around the Ta Mesa temple, but Cambodia disagrees.",
        name: "Ta Mesa", claimants: ["KHM", "THA"]),
    DisputeSentence(
        family: "X, under A control since Y, is claimed by B", text: "The Tessel strip, under Syrian control since 1970, is claimed by Lebanon.",
        name: "Tessel strip", claimants: ["LBN", "SYR"], holder: "SYR"),
    DisputeSentence(
        family: "argued over who owns X", text: "Benin and Niger have argued for years over who owns Lete Kessa Island.", name: "Lete Kessa Island",
        claimants: ["BEN", "NER"]),
    DisputeSentence(
        family: "A protested B's construction on X", text: "The Philippines protested Chinese construction on Kessel Reef.", name: "Kessel Reef",
        claimants: ["CHN", "PHL"]),
    DisputeSentence(
        family: "X have long been a bone of contention between A and B",
        text: "The Varsa hills have long been a bone of contention between Eritrea and Djibouti.", name: "Varsa hills", claimants: ["DJI", "ERI"]),
    DisputeSentence(
        family: "the disputed X basin", text: "Chad and Sudan both moved troops into the disputed Kasso basin.", name: "Kasso basin",
        claimants: ["SDN", "TCD"]),
    DisputeSentence(
        family: "the disputed waters around X", text: "Malaysian and Indonesian boats patrol the disputed waters around Kessa Atoll.",
        name: "Kessa Atoll", claimants: ["IDN", "MYS"]),
    DisputeSentence(
        family: "a claim to nearly all of X", text: "Venezuela lays claim to nearly all of the Orvel region, which Guyana administers.", name: "Orvel",
        claimants: ["GUY", "VEN"], holder: "GUY"),
    DisputeSentence(
        family: "X, which A and B both say they own", text: "The Morra Bank, which Ghana and Togo both say they own, is rich in fish.",
        name: "Morra Bank", claimants: ["GHA", "TGO"]),
    DisputeSentence(
        family: "A says X is part of A", text: "Eritrea maintains that Kessem is part of Eritrea, while Ethiopia administers the town.", name: "Kessem",
        claimants: ["ERI", "ETH"], holder: "ETH"),
    DisputeSentence(
        family: "X is A-ish land", text: "Lebanon insists the Dravo hills are Lebanese land occupied by Israel.", name: "Dravo hills",
        claimants: ["ISR", "LBN"], holder: "ISR"),
    DisputeSentence(
        family: "A says X is A-ish", text: "Nepal says the Kesari Valley is Nepalese, while India calls the valley Kesra.", name: "Kesari Valley",
        claimants: ["IND", "NPL"]),
    DisputeSentence(
        family: "A has administered X since Y, though B claims it", text: "Tanzania has administered Lumo Island since 1998, though Kenya claims it.",
        name: "Lumo Island", claimants: ["KEN", "TZA"], holder: "TZA"),
    DisputeSentence(
        family: "X, a rocky outcrop also claimed by B", text: "Kenya sent police to Lumo Rock, a bare outcrop also claimed by Tanzania.", name: "Lumo Rock",
        claimants: ["KEN", "TZA"]),
    DisputeSentence(
        family: "A took B to court over X", text: "Gabon took Equatorial Guinea to court over the Mbane Cays.", name: "Mbane Cays", claimants: ["GAB", "GNQ"]),
    DisputeSentence(
        family: "X remains a flashpoint between A and B", text: "The Kessa plateau has long been a flashpoint between China and Bhutan.",
        name: "Kessa plateau", claimants: ["BTN", "CHN"]),
]

@Test func holdingTalksIsNotHoldingLand() {
    let t = extract("Argentina claims the Korvala Islands, which Britain has held talks about with Chile.").territories.first
    #expect(t?.names.map(\.name) == ["Korvala Islands"])
    #expect(t?.controlledBy == nil)
}

@Test func twoStatesCallingOnePlaceByTheirOwnNamesDisputeIt() {
    let f = extract("China calls the area Xeru, while India calls it the Seru Valley.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["CHN", "IND"])
    let sides = f.territories.first?.names.map { "\($0.name)@\($0.usedBy ?? "")" }
    #expect(sides == ["Xeru@CHN", "Seru Valley@IND"])
}

@Test(arguments: families)
func eachFamilyOfDisputeNamesTheTerritoryAndItsClaimants(_ sentence: DisputeSentence) {
    let f = extract(sentence.text)
    let t = f.territories.first { $0.names.contains { $0.name == sentence.name } }
    #expect(t != nil, "\(sentence.family): no territory named \(sentence.name) in \(f.territories.map(\.names))")
    #expect(t?.claimants == sentence.claimants)
    if let holder = sentence.holder { #expect(t?.controlledBy == holder) }
}

/// Sentences with a word of dispute or of taking land that name no territory.
private let notTerritories: [String] = [
    "Nairobi, visited by Uganda's president last year, is also loved by tourists from Kenya.",
    "Mr Otieno, a friend of both countries, claimed victory in Kenya and Uganda alike.",
    "The opposition rejected the disputed election results in Kenya and Uganda.",
    "The contested presidential election in Kenya drew criticism from Uganda.",
    "Ghana and Togo dispute the claims made by the mining company Volta Gold.",
    "The disputed claims of the shipping company were rejected by Kenya and Tanzania.",
    "Peru and Chile signed a trade accord in Lima; Peru disputed the figures.",
    "Pakistan disputed India's account of the talks in Delhi.",
    "Protesters in Kenya and Uganda rallied outside the disputed Ministry of Lands.",
    "Russia and Ukraine accused each other over the disputed Zaporizhzhia nuclear plant.",
    "The contested Presidential Palace in Libya was attacked, Egypt and Tunisia said.",
    "Guyana's president visited Lethem, a border town, with Brazil's foreign minister.",
    "Venezuela and Guyana met in Brasilia; Brazil offered to mediate.",
    "Venezuela lays claim to nearly two-thirds of Guyana.",
    "India and Pakistan both claim victory in the cricket match.",
    "The return of Ambassador Kamau to Kenya was announced by Uganda.",
    "Israel seized 300 tonnes of goods from Lebanon.",
    "Kenyan troops captured Kismayo from al-Shabaab, Somalia said.",
    "Britain marked the return of Hong Kong to China in 1997 with a ceremony.",
    "Russian troops occupied Kherson in March, and Ukraine retook the city in November.",
    "Kenya and Uganda disagreed over Amina Odhiambo, the candidate for the post.",
    "Kenya and Uganda are at odds over the Northern Corridor Integration Projects.",
    "Tanzania says the Serengeti is its own, and Kenya agrees.",
    "Russia and Ukraine fought over Bakhmut for ten months.",
    "Kherson was captured by Russia in March, Ukraine said.",
    "China claims Huawei is innocent, and the United States says otherwise.",
    "Kenya holds talks with Uganda, which claims progress.",
    "Protesters occupied Uhuru Square in Nairobi, and Uganda urged calm.",
    "Students occupied the Kivu University building, Rwanda said.",
    "Opposition parties occupied 40 seats in the Kenyan parliament, Uganda noted.",
    "Japanese-held US Treasury bonds fell, the United States said.",
    "The Russian-controlled Varno Bank froze the accounts, Ukraine said.",
    "Kenya Airways' holdings in Uganda were sold last year.",
    "Ghana and Togo disputed the Lome Declaration.",
    "Trucks queued at the Malaba border crossing between Kenya and Uganda.",
    "Kenya and Uganda have rival claims over the leadership of the East African Community.",
    "The disputed goal gave Peru the win over Ecuador.",
    "Kenya disputed the decision of the Ugandan court.",
    "The Indian-administered Varnok Trust gave scholarships to students from Nepal.",
    "Kenya's claim to the Varnok title was rejected by Uganda's athletics body.",
    "Ethiopia and Sudan both lay claim to the Tessa throne, the pretender says.",
    "Chinese-held Varnok Bank froze the accounts of Vietnamese traders.",
    "British-administered Varnok College admits students from Kenya and Uganda.",
    "Kenya and Uganda argued over who owns the Varnok Hotel in Kampala.",
    "Workers resumed construction on the Varnok Bridge, Kenya and Uganda said.",
    "The Varnok Cup has long been a bone of contention between Kenya and Uganda.",
    "Ghana claims nearly all of the Varnok Prize money, and Togo objects.",
    "The Varnok Shipping Company, which Kenya and Uganda both say they own, was sold.",
    "Mombasa is part of Kenya, Uganda's minister reminded reporters.",
    "Ambassador Otieno is part of Kenya's delegation to Uganda.",
    "The striker Otieno is Kenyan, and Uganda's coach knows it.",
    "The Varnok Group is Kenyan, and Uganda's regulator approved its purchase.",
    "Kenya has held talks with Uganda since 2004, though Uganda claims progress.",
    "Kenya took Uganda to court over the Varnok Airways debt.",
    "The Varnok Cup final remains a flashpoint between Kenyan and Ugandan fans.",
]

@Test(arguments: notTerritories)
func wordsOfDisputeAroundAnElectionAThingAPlaceOrAStateNameNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

// MARK: Listed territories under the forms news write

@Test func aListedTerritoryIsFoundUnderItsOtherForms() {
    // Listed as "Migingo Island", "Mbanié Island", "Hala'ib Triangle", "Nagorno-Karabakh".
    let forms = [
        "Kenya and Uganda renewed their dispute over the Migingo Islands.": "Migingo Islands",
        "Gabon and Equatorial Guinea took their dispute over Mbanie Isle to the court.": "Mbanie Isle",
        "Egypt and Sudan both claim the Halaib Triangle.": "Halaib Triangle",
        "Azerbaijan and Armenia fought over Nagorno Karabakh for decades.": "Nagorno Karabakh",
    ]
    for (text, name) in forms {
        let f = extract(text)
        #expect(f.territories.count == 1, "\(text)")
        #expect(f.territories.first?.names.map(\.name) == [name])
    }
}

@Test func aQuarrelOverAListedTerritoryNeedsNoWordOfTerritoryAround() {
    let f = extract("Azerbaijan and Armenia fought over Nagorno-Karabakh.")
    #expect(f.territories.first?.claimants == ["ARM", "AZE"])
    let none = extract("Azerbaijan and Armenia fought over Zangor Tepe, the wrestler, and his transfer fee.")
    #expect(none.territories.isEmpty)
}

@Test func theBorderAreaRefersBackToTheTerritoryNamedLast() {
    let f = extract(
        """
        Sudan and South Sudan agreed to open talks on Jodha.
        Officials in Juba said the border area belongs to South Sudan, while Khartoum insists it is Sudanese.
        """)
    #expect(f.territories.map { $0.names.map(\.name) } == [["Jodha"]])
    #expect(f.territories.first?.claimants == ["SDN", "SSD"])
    let none = extract(
        """
        Sudan and South Sudan agreed to open talks on Jodha.
        Officials in Juba said the trade fair was a success, and Khartoum agreed.
        """)
    #expect(none.territories.isEmpty)
}

@Test func aRiverIslandBetweenBoliviaAndBrazilIsListedUnderEachSidesName() {
    let f = extract("Bolivia and Brazil both claim the Ilha de Guajará-Mirim, which Bolivia holds.")
    #expect(f.territories.first?.names.first?.usedBy == "BRA")
    #expect(f.territories.first?.claimants == ["BOL", "BRA"])
}
