"""Khmer words the name finders know: titles, organization words, and the words that end a name.

Khmer writes a phrase without spaces, so where a name ends is read from the words around it:
a name runs until a function word, a reporting verb, a role, a place or another title (or a
space, a zero-width space or punctuation). Every word is kept in its matching form
(desktop/extract/khmer_text.py), so each spelling of it is known.
"""

from desktop.extract.khmer_text import KhmerRun, cluster_boundary, name_key

# Titles and honorifics written before a name (never part of it).
TITLES = (
    "លោក", "លោកស្រី", "អ្នកស្រី", "អ្នកនាង", "កញ្ញា", "ឯកឧត្តម", "លោកជំទាវ", "សម្ដេច", "សម្ដេចតេជោ",
    "ឧកញ៉ា", "អ្នកឧកញ៉ា", "ព្រះតេជគុណ", "ព្រះករុណា", "ព្រះអង្គម្ចាស់", "ព្រះបាទ", "ចៅក្រម",
    "ព្រះរាជអាជ្ញា", "បណ្ឌិត", "វេជ្ជបណ្ឌិត", "សាស្ត្រាចារ្យ", "ឧត្តមសេនីយ៍",
)

# An organization's name starts with one of these ("the party …", "the ministry of …").
ORGANIZATION_WORDS = (
    "គណបក្ស", "ក្រសួង", "សមាគម", "អង្គការ", "ក្រុមហ៊ុន", "តុលាការ", "គណៈកម្មាធិការ", "គណៈកម្មការ",
    "សម្ព័ន្ធ", "សហព័ន្ធ", "សហជីព", "សហភាព", "មូលនិធិ", "វិទ្យាស្ថាន", "មជ្ឈមណ្ឌល", "ក្រុមប្រឹក្សា",
    "រដ្ឋសភា", "ព្រឹទ្ធសភា", "សាកលវិទ្យាល័យ", "ធនាគារ", "បណ្ដាញ", "ចលនា", "ស្ថានទូត", "នាយកដ្ឋាន",
    "អគ្គនាយកដ្ឋាន", "ទីភ្នាក់ងារ", "សាលាដំបូង", "វិទ្យុ", "កាសែត",
)

# Function words, pronouns, reporting verbs and other common words that follow a name.
FUNCTION_WORDS = (
    "បាន", "បាននិយាយ", "និង", "ថា", "ដែល", "នៅ", "ជា", "របស់", "ត្រូវ", "ត្រូវបាន", "នឹង", "មិន",
    "ក៏", "គឺ", "មាន", "ហើយ", "ដោយ", "ពី", "អំពី", "ក្នុង", "លើ", "ក្រោម", "ចំពោះ", "សម្រាប់", "ទៅ",
    "មក", "ឲ្យ", "ឱ្យ", "ដល់", "ជាមួយ", "ពេល", "ក្រោយ", "មុន", "តែ", "ទេ", "ដែរ", "ផង", "ឬ", "ទាំង",
    "នេះ", "នោះ", "គេ", "ខ្លួន", "ផ្ទាល់", "ម្នាក់", "ទើប", "កំពុង", "ធ្លាប់", "អាច", "ចង់", "គួរ",
    "ខ្ញុំ", "យើង", "គាត់", "វា", "នាង", "ពួក", "ចំនួន", "ច្រើន", "ខ្លះ", "គ្រប់", "ថ្ងៃ", "ខែ", "ឆ្នាំ",
    "កាល", "និយាយ", "ថ្លែង", "ប្រាប់", "បញ្ជាក់", "ប្រកាស", "សរសេរ", "ស្នើ", "សុំ", "ឆ្លើយ", "សួរ",
    "ជួប", "ធ្វើ", "ទទួល", "បដិសេធ", "អះអាង", "លើកឡើង", "ព្រមាន", "អំពាវនាវ", "ទាមទារ", "ប្ដឹង",
    "ចាប់ខ្លួន", "ប្រសាសន៍", "បន្ត", "ចេញ", "ចូល", "ត្រឡប់", "ស្លាប់", "កើត", "រស់នៅ",
)

# Roles and relations: after a name ("…, president of …") they end it.
ROLE_WORDS = (
    "ប្រធាន", "អនុប្រធាន", "អ្នកនាំពាក្យ", "សមាជិក", "មេដឹកនាំ", "អគ្គលេខាធិការ", "លេខាធិការ",
    "នាយក", "នាយិកា", "អ្នកសម្របសម្រួល", "មន្ត្រី", "អ្នកស្រាវជ្រាវ", "ស្ថាបនិក", "មេធាវី", "រដ្ឋមន្ត្រី",
    "នាយករដ្ឋមន្ត្រី", "ឧបនាយករដ្ឋមន្ត្រី", "អភិបាល", "អ្នកកាសែត", "សកម្មជន", "ប៉ូលិស", "ទាហាន",
    "អ្នកភូមិ", "ពលរដ្ឋ", "កម្មករ", "កសិករ", "ព្រះសង្ឃ", "តំណាងរាស្ត្រ", "ព្រឹទ្ធសមាជិក", "អតីត",
    "ភរិយា", "ស្វាមី", "កូន", "ឪពុក", "ម្ដាយ", "អ្នក", "មេភូមិ", "មេឃុំ",
)

# Places: never part of a person's name.
PLACE_WORDS = (
    "កម្ពុជា", "ខេត្ត", "ស្រុក", "ក្រុង", "ឃុំ", "សង្កាត់", "ភូមិ", "ភ្នំពេញ", "រាជធានី", "ប្រទេស",
    "ថៃ", "វៀតណាម", "អាមេរិក", "បារាំង", "ចិន", "សៀមរាប", "បាត់ដំបង", "កណ្ដាល", "កំពង់", "តាកែវ",
)

# Common words with a function word inside ("nation" starts like "is", "news" ends like "have"):
# read whole, so the function word inside them ends nothing.
NOT_FUNCTION_WORDS = ("ជាតិ", "ប្រជា", "ព័ត៌មាន", "ថាមពល", "មានជ័យ", "ទេសចរណ៍", "មករា")

# A family name that is also a function word (Chea, "is"): it may open a name standing alone.
FAMILY_NAMES_ALSO_WORDS = ("ជា",)

# What makes an organization word a common noun, not a name ("the opposition party").
GENERIC_WORDS = (
    "ប្រឆាំង", "កាន់អំណាច", "នយោបាយ", "ថ្មី", "ធំ", "តូច", "ទាំងពីរ", "ទាំងអស់", "ច្រើន", "អន្តរជាតិ",
    "មិនមែនរដ្ឋាភិបាល", "សង្គមស៊ីវិល", "ក្នុងស្រុក", "ខេត្ត", "ក្រុង", "ស្រុក", "ឯកជន", "រដ្ឋ", "ខ្មែរ",
    "នេះ", "នោះ", "នោះទេ", "យើង", "គេ", "ផ្សេង", "មួយ", "ពីរ",
)


class Words:
    """A set of Khmer words, looked up at a position of a run's matching text."""

    def __init__(self, *groups: tuple[str, ...]) -> None:
        self.keys = frozenset(name_key(word) for group in groups for word in group)
        self._by_first: dict[str, list[str]] = {}
        for key in sorted(self.keys, key=len, reverse=True):
            self._by_first.setdefault(key[0], []).append(key)

    def __contains__(self, key: str | None) -> bool:
        return key in self.keys

    def at(self, run: KhmerRun, i: int) -> str | None:
        """The longest word starting at ``i`` and ending where a syllable ends."""
        for key in self._by_first.get(run.text[i : i + 1], ()):
            if run.text.startswith(key, i) and run.syllable_boundary(i + len(key)):
                return key
        return None

    def ends_at(self, run: KhmerRun, i: int) -> bool:
        """Whether one of the words ends at ``i`` (and starts on a cluster)."""
        return any(run.text.endswith(key, 0, i) and cluster_boundary(run.text, i - len(key))
                   for key in self.keys if len(key) <= i)


# Every known word, read longest first: a name next to one stands alone, and one ends a name
# only if it is of the kind that ends it.
KNOWN = Words(TITLES, ORGANIZATION_WORDS, FUNCTION_WORDS, ROLE_WORDS, PLACE_WORDS, NOT_FUNCTION_WORDS)
TITLE_WORDS = Words(TITLES)
ORGANIZATIONS = Words(ORGANIZATION_WORDS)
PERSON_STOPS = Words(TITLES, ORGANIZATION_WORDS, FUNCTION_WORDS, ROLE_WORDS, PLACE_WORDS)
# An organization's name may hold roles, places and other organization words ("the farmers'
# association of Kandal"): only function words and titles end it.
ORGANIZATION_STOPS = Words(TITLES, FUNCTION_WORDS)
ROLES = Words(ROLE_WORDS, TITLES)  # between a title and the name
FAMILY_WORDS = Words(FAMILY_NAMES_ALSO_WORDS)
GENERIC = Words(GENERIC_WORDS)
