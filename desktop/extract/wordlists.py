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
    "Mission", "Project", "Initiative", "Campaign", "Radio", "Times", "Post", "News", "Press",
    "Media", "Television", "Ltd", "Inc", "Co", "LICADHO", "ADHOC",
}

# Words for a position held in an organization: "Director of Human Rights
# Watch" names the organization after them; "Board Member" is not part of one.
ROLE_WORDS = {
    "Member", "Members", "Director", "President", "Chairman", "Chairwoman", "Chair", "Secretary",
    "Minister", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Fellow", "Associate",
    "Officer", "Advisor", "Adviser", "Head", "Chief", "Representative", "Coordinator", "Manager",
    "Founder", "Researcher", "Deputy", "Governor", "Commissioner", "Rapporteur",
}

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

# Lowercase words allowed inside organization names.
CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "in", "to"}
# Reporting verbs and apposition cues that mark the capitalised run before them as a person.
PERSON_VERBS = {"said", "says", "told", "tells", "wrote", "writes", "added", "explained", "stated",
                "argued", "noted", "recalled", "warned", "urged", "asked", "testified", "reported"}
APPOSITION_CUES = {"a", "an", "the", "who", "whose", "then", "former", "senior", "deputy", "chief",
                   "head", "director", "president", "spokesman", "spokeswoman", "spokesperson",
                   "activist", "lawyer", "member", "leader", "founder", "executive", "researcher",
                   "journalist", "monk", "farmer", "vendor", "teacher", "aged"}
BY_CUES = {("Posted", "by"), ("Written", "by"), ("Photo", "by"), ("written", "by"),
           ("posted", "by"), ("according", "to"), ("Interview", "with"), ("interview", "with")}
