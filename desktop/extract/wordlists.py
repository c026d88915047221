"""Word lists the extractors use: titles, organization words, places and other non-names."""

# Titles and honorifics: never part of a name. Includes a misspelling seen in
# the seeds ("Prime Minster").
TITLES = {
    ("Mr",), ("Mrs",), ("Ms",), ("Miss",), ("Dr",), ("Prof",), ("Professor",), ("Sir",), ("Dame",),
    ("His", "Excellency"), ("Her", "Excellency"), ("H", "E"), ("Excellency",),
    ("Prime", "Minister"), ("Prime", "Minster"), ("Deputy", "Prime", "Minister"), ("Minister",),
    ("President",), ("Vice", "President"), ("Senator",), ("Ambassador",), ("Governor",), ("Judge",),
    ("Justice",), ("Secretary",), ("General",), ("Colonel",), ("Captain",), ("Lieutenant",),
    ("First", "Lady"), ("King",), ("Queen",), ("Prince",), ("Princess",), ("Samdech",),
    ("Lok", "Chumteav"), ("Oknha",), ("Venerable",), ("Rev",), ("Reverend",), ("Father",),
    ("Sister",), ("Brother",), ("Chairman",), ("Chairwoman",), ("Director",), ("Commissioner",),
    ("Rapporteur",), ("Spokesman",), ("Spokeswoman",), ("Lawyer",), ("Activist",), ("Monk",),
    # Role words written before a name in reports ("Villager Sok Chenda").
    ("Villager",), ("Farmer",), ("Investigator",), ("Journalist",), ("Resident",), ("Witness",),
    ("Worker",), ("Teacher",), ("Student",), ("Vendor",), ("Official",), ("Defender",),
}
TITLE_WORDS = {word for title in TITLES for word in title}

# A capitalised run containing one of these is an organization.
ORGANIZATION_WORDS = {
    "Party", "Committee", "Commission", "Council", "Ministry", "Watch", "Fund", "International",
    "Association", "Union", "Federation", "Foundation", "Institute", "Center", "Centre", "Society",
    "League", "Coalition", "Alliance", "Network", "Organization", "Organisation", "Agency", "Bank",
    "Court", "Tribunal", "Assembly", "Parliament", "Senate", "Program", "Programme", "Office",
    "Department", "Authority", "Movement", "Front", "Corporation", "Company", "Group", "Trust",
    "Embassy", "University", "College", "School", "Police", "Army", "Forces", "Government",
    "Secretariat", "Board", "Bureau", "Chamber", "Cooperative", "Syndicate", "Club", "Church",
    "Mission", "Project", "Initiative", "Campaign", "Radio", "Television", "Ltd", "Inc", "Co",
    "Confederation", "Academy", "Factory", "Administration", "Partners", "Associates", "Plc", "PLC", "LLC",
    "Unions", "Associations", "Federations", "Forum", "Observatory", "Consortium",
    "LICADHO", "ADHOC",
}
# Words that end a newspaper's or broadcaster's name ("Khmer Times", "Cambodia Daily"), or open
# one before "of" ("Voice of Democracy"). Weaker than the words above: "Daily routine", "Post office".
MEDIA_HEADS = {"Daily", "Times", "Post", "News", "Press", "Media", "Herald", "Tribune", "Gazette",
               "Journal", "Chronicle", "Voice"}
# The head of a name (its last word, or the word before "of", "for", "on"…) naming a prize, an
# index, a law, a day or an event: "World Press Freedom Index" is neither organization nor person.
NON_ORGANIZATION_HEADS = {
    "Index", "Report", "Reports", "Prize", "Prizes", "Award", "Awards", "Medal", "Day", "Week", "Month",
    "Year", "Law", "Laws", "Act", "Code", "Convention", "Declaration", "Covenant", "Charter", "Treaty",
    "Agreement", "Agreements", "Accords", "Protocol", "Resolution", "Festival", "Summit", "Conference",
    "Strategy", "Policy", "Plan", "Survey",
}
# Buildings and grounds: a run with one of these names a place, never a person, even after a title
# ("King Norodom Sihanouk Hospital", "Hun Sen Market"); not "Park" or "Hall",
# which are family names too.
FACILITY_WORDS = {
    "Hospital", "Clinic", "Pagoda", "Wat", "Temple", "Market", "Bridge", "Airport", "Stadium",
    "Hotel", "Building", "Square", "Station", "Tower", "Garden", "Gardens", "Palace", "Monument",
    "Museum", "Highway", "Port", "Casino", "Mall", "Plaza",
}
# Institutions named by one word after "the": "the Senate" (one word is otherwise never a name).
LONE_INSTITUTIONS = {"Senate", "Parliament"}

# Words for a position held in an organization: "Director of Human Rights
# Watch" names the organization after them; "Board Member" is not part of one.
ROLE_WORDS = {
    "Member", "Members", "Director", "President", "Chairman", "Chairwoman", "Chair", "Secretary",
    "Minister", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Fellow", "Associate",
    "Officer", "Advisor", "Adviser", "Head", "Chief", "Representative", "Coordinator", "Manager",
    "Founder", "Researcher", "Deputy", "Governor", "Commissioner", "Rapporteur", "Leader", "Leaders",
    "Editor", "Reporter", "Correspondent", "Presenter", "Journalist", "Lawyer", "Prosecutor",
}
# Words that qualify a role ("Executive Director", "Special Rapporteur"): at the end of an
# organization's name, they belong to the role after it, not to the name.
ROLE_MODIFIERS = {
    "Deputy", "Vice", "Acting", "Senior", "Special", "Assistant", "Associate", "Executive", "Former",
    "Interim", "Chief", "General", "Country", "Regional", "Legal", "Investigating", "Presiding",
    "Opposition", "Honorary", "Permanent", "Managing", "Provincial", "Municipal",
}

# Role nouns written before a name, in any case and whatever qualifies them ("the lawyer Sok Dara",
# "investigating judge Sok Dara", "Union Leader Sok Dara"): evidence of a person. Lowercase.
_ROLES = {
    "lawyer", "attorney", "judge", "prosecutor", "magistrate", "justice", "journalist", "reporter",
    "correspondent", "editor", "presenter", "broadcaster", "photographer", "photojournalist", "blogger",
    "columnist", "commentator", "writer", "filmmaker", "activist", "campaigner", "defender", "unionist",
    "organizer", "organiser", "dissident", "critic", "monk", "abbot", "nun", "priest", "pastor", "imam",
    "governor", "chief", "leader", "head", "president", "chairman", "chairwoman", "chairperson",
    "director", "secretary", "minister", "senator", "lawmaker", "parliamentarian", "politician",
    "candidate", "councillor", "councilor", "ambassador", "envoy", "commissioner", "rapporteur",
    "spokesman", "spokeswoman", "spokesperson", "deputy", "member", "founder", "cofounder",
    "coordinator", "officer", "representative", "manager", "adviser", "advisor", "researcher",
    "investigator", "analyst", "expert", "economist", "professor", "lecturer", "scholar", "teacher",
    "student", "doctor", "nurse", "farmer", "villager", "resident", "worker", "vendor", "driver",
    "witness", "victim", "survivor", "plaintiff", "defendant", "prisoner", "detainee", "commander",
    "general", "colonel", "captain", "lieutenant", "soldier", "policeman", "policewoman", "king",
    "queen", "prince", "princess", "artist", "musician", "poet", "rapper",
}
# Relations, which name a person after them only when lowercase ("his son Sok Dara", "her
# predecessor, Sok Dara,"): capitalised, some are names themselves.
RELATIONS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
             "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "predecessor",
             "successor", "colleague", "friend", "boss", "owner"}
# With plurals, for "lawyers Sok Dara and Chan Vibol".
ROLE_NOUNS = _ROLES | {w[:-3] + "men" if w.endswith("man") else w + ("es" if w.endswith("s") else "s")
                       for w in _ROLES}

# Function words that can open a capitalised run at a sentence start.
LEADING_WORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "To",
    "Of", "And", "But", "Or", "If", "When", "While", "As", "After", "Before", "During", "Since",
    "Under", "Over", "With", "Without", "Within", "According", "Its", "Their", "Our", "His", "Her",
    "Both", "Several", "Many", "Some", "Other", "Another", "Every", "Each", "All", "Also", "Then",
}

# Words that start sentences or headings and are never names.
STOP_WORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "To",
    "Of", "And", "But", "Or", "If", "When", "While", "As", "After", "Before", "During", "Since",
    "Under", "Over", "With", "Without", "Within", "Its", "It", "He", "She", "They", "We", "I", "You",
    "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What", "Who", "Why", "How",
    "Where", "Which", "Today", "Yesterday", "Tomorrow", "Update", "News", "Photo", "Credit",
    "Source", "Posted", "Read", "More", "Share", "Donate", "Connect", "Follow", "Subscribe",
    "Contact", "Home", "About", "Menu", "Search", "Login", "Page", "Chapter", "Section", "Report",
    "Summary", "Introduction", "Conclusion", "Background", "Note", "Notes", "Annex", "Appendix",
    "Table", "Figure", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Khmer", "Cambodian", "Cambodians",
    "English", "French", "American", "Thai", "Vietnamese", "Chinese", "Asian", "Western",
    "Buddhist", "Christian", "Muslim", "Communist", "Communists", "Opposition", "Government",
    "Prize", "Award", "Awards", "Peace", "Nobel", "Day", "Week", "Year", "Law", "Act", "Article",
    "Constitution", "Election", "Elections", "Human", "Rights", "Democracy", "Justice", "Freedom",
    "Prison", "Street", "Road", "Avenue", "Boulevard", "Province", "District", "Commune", "Village",
    "City", "Lake", "River", "Island", "Mountain", "North", "South", "East", "West", "Central",
    "Please", "Thank", "Thanks", "Dear", "Yes", "No", "Not", "All", "Every", "Each", "Many",
    "Some", "Most", "Several", "Both", "Another", "Other", "Such", "Also", "However", "Although",
}

# Places: countries, regions, cities and provinces likely in these documents.
PLACES = {
    "Cambodia", "Kampuchea", "Thailand", "Vietnam", "Laos", "Myanmar", "Burma", "Malaysia",
    "Indonesia", "Philippines", "Singapore", "China", "Japan", "Korea", "India", "Australia",
    "France", "Germany", "Sweden", "Norway", "Britain", "England", "Europe", "America", "Canada",
    "United", "States", "Kingdom", "Asia", "Southeast", "Pacific", "Africa", "Geneva", "Paris",
    "London", "Washington", "New", "York", "Bangkok", "Hanoi", "Beijing", "Tokyo", "Manila",
    "Jakarta", "Kuala", "Lumpur", "Phnom", "Penh", "Battambang", "Siem", "Reap", "Kampong", "Cham",
    "Chhnang", "Speu", "Thom", "Kampot", "Kandal", "Kep", "Koh", "Kong", "Kratie", "Mondulkiri",
    "Ratanakiri", "Oddar", "Meanchey", "Pailin", "Preah", "Sihanouk", "Sihanoukville", "Vihear",
    "Pursat", "Prey", "Veng", "Sar", "Stung", "Treng", "Svay", "Rieng", "Takeo", "Tbong", "Khmum",
    "Banteay", "Boeung", "Kak", "Tonle", "Sap", "Mekong", "Angkor", "Lowell", "Massachusetts",
    "California", "San", "Francisco", "Bay", "Long", "Beach", "Texas", "Virginia", "DC",
}

# Countries and regions among the places: "… Elections in Cambodia" names an organization for where
# it works, while "in" a city or a province ("Court of Appeal in Phnom Penh") says where one is.
COUNTRIES = {
    "Cambodia", "Kampuchea", "Thailand", "Vietnam", "Laos", "Myanmar", "Burma", "Malaysia", "Indonesia",
    "Philippines", "Singapore", "China", "Japan", "Korea", "India", "Australia", "France", "Germany",
    "Sweden", "Norway", "Britain", "England", "Europe", "America", "Canada", "United", "States",
    "Kingdom", "Asia", "Southeast", "Pacific", "Africa",
}

# Common Khmer family names: a capitalised pair starting with one of these,
# in Khmer order (family name first), is proposed as a person.
KHMER_FAMILY_NAMES = {
    "Am", "Ang", "Bun", "Chan", "Chea", "Chhim", "Chhun", "Chhay", "Chim", "Em", "Hang", "Hem",
    "Heng", "Hing", "Hok", "Hor", "Hun", "Ieng", "Im", "Kang", "Kao", "Keo", "Kem", "Khan", "Khem",
    "Khieu", "Khiev", "Kim", "Kong", "Kuy", "Lay", "Lim", "Long", "Lun", "Ly", "Mam", "Mao", "Mean",
    "Meas", "Men", "Mok", "Mu", "Nget", "Nhean", "Nhem", "Noun", "Nuon", "Ny", "Ouch", "Ouk", "Pa",
    "Pen", "Phan", "Pich", "Prak", "Rath", "Ros", "Sam", "Sao", "Sar", "Say", "Sen", "Seng",
    "Sim", "Sin", "Sok", "Som", "Sor", "Sorn", "Sun", "Tan", "Tang", "Tep", "Thach", "Thong",
    "Touch", "Ty", "Um", "Ung", "Van", "Vann", "Ven", "Yim", "Yin", "Yos", "Yun",
}

# Words naming a kind of place, which "in" before a name of a place ends an organization's name with.
PLACE_WORDS = {"Province", "District", "Commune", "Village", "City", "Town", "Capital"}
# Abbreviations a period inside a name follows ("Mr. Sok", "Martin Luther King Jr."); after any
# other word, a period ends a sentence, not a name ("… Freedom Day. Activist Sok Dara").
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "St", "Jr", "Sr", "Co", "Ltd", "Inc", "Gen",
                 "Col", "Capt", "Lt", "Sgt", "Hon", "Mt", "Ft", "No", "Corp", "Bros", "Dept"}

# Lowercase words allowed inside organization names.
CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "in", "to"}
# What "X, a Danish brand" or "X, the company" says X is: an organization, not a person.
ORGANIZATION_NOUNS = {"brand", "company", "firm", "group", "organization", "organisation", "ngo", "union",
                      "party", "network", "association", "federation", "coalition", "agency", "newspaper",
                      "outlet", "station", "broadcaster", "factory", "manufacturer", "supplier", "bank",
                      "foundation", "charity", "conglomerate", "corporation", "developer", "microfinance",
                      "lender", "institution", "ministry", "court", "committee", "council", "department"}
# Lowercase words after a name that make it an organization's ("the Sam Rainsy party").
INSTITUTION_NOUNS = {"party", "factory", "company", "union", "federation", "association", "cooperative"}
# Connectors after an organization's head: "Court of Appeal", "Law on Associations".
HEAD_CONNECTORS = {"of", "for", "on", "to", "in", "de", "du", "des"}
# Reporting verbs and apposition cues that mark the capitalised run before them as a person.
PERSON_VERBS = {"said", "says", "told", "tells", "wrote", "writes", "added", "explained", "stated",
                "argued", "noted", "recalled", "warned", "urged", "asked", "testified", "reported"}
APPOSITION_CUES = {"a", "an", "the", "who", "whose", "then", "former", "senior", "deputy", "chief",
                   "head", "director", "president", "spokesman", "spokeswoman", "spokesperson",
                   "activist", "lawyer", "member", "leader", "founder", "executive", "researcher",
                   "journalist", "monk", "farmer", "vendor", "teacher", "aged"}
BY_CUES = {("Posted", "by"), ("Written", "by"), ("Photo", "by"), ("written", "by"),
           ("posted", "by"), ("according", "to"), ("According", "to"), ("Interview", "with"), ("interview", "with")}
# Lowercase words that may follow a newspaper's name ("Khmer Times reported", "… Post and …");
# another lowercase word makes its last word a plain one ("the Cambodian Daily routine").
NAME_FOLLOWERS = {"and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "that",
                  "which", "who", "whose", "where", "when", "as", "is", "was", "are", "were", "has",
                  "had", "have", "will", "would", "could", "can", "may", "also", "then", "but", "s",
                  "newspaper", "newspapers", "website", "radio", "television", "station", "outlet",
                  "quoted", "cited", "says", "reports", "published", "ran", "carried"}
