"""Khmer web furniture, recognised by shape as the English is in boilerplate.py.

Khmer pages bring share and follow rows (ចែករំលែក, តាមដានយើង), menus, "read more" links
(អានបន្ត), related and popular article lists (អត្ថបទទាក់ទង, ព័ត៌មានពេញនិយម), subscription
appeals (ជាវ), cookie notices (យើងប្រើខូគី) and copyright lines (រក្សាសិទ្ធិ ©). A line is
furniture only when it is short and made of such words (and separators, network names,
page numbers), or opens with an appeal: an article's sentence that merely uses one of the
words is prose. Each line is read in one spelling (desktop/khmer/normal.py), so zero-width
spaces and look-alike spellings change nothing.
"""

import re

from desktop.khmer.normal import ZERO_WIDTH, normal_form

_KHMER = re.compile("[\u1780-\u17ff]")
_ZW = re.escape(ZERO_WIDTH)
# What separates the items of a link row: spaces, zero-width spaces, bars, bullets, arrows, and
# Khmer punctuation (។ ៕ ៖ ៘).
_SEPARATORS = re.compile(f"[\\s{_ZW}|·•,/\\-–—»«›‹<>:()\\[\\]→…\u17d4\u17d5\u17d6\u17d8]+")

# A whole line by itself: a link or a button.
NAVIGATION = (
    "ចែករំលែក", "ចែករំលែកអត្ថបទនេះ", "ចែករំលែកព័ត៌មាននេះ", "អានបន្ត", "អានបន្ថែម", "អានទាំងអស់",
    "មើលបន្ថែម", "មើលទាំងអស់", "ចុចទីនេះ", "ត្រឡប់ទៅលើ", "ពាណិជ្ជកម្ម", "ផ្សាយពាណិជ្ជកម្ម",
    "មតិយោបល់", "បញ្ចេញមតិ", "បោះពុម្ព", "ទំព័រដើម", "អំពីយើង", "ទំនាក់ទំនង", "ទំនាក់ទំនងយើង", "ជាវ",
    "ចុះឈ្មោះ", "ចូលគណនី", "ស្វែងរក", "ម៉ឺនុយ", "យល់ព្រម", "ទទួលយក", "ទំព័របន្ទាប់", "ទំព័រមុន",
)
# A heading over a list of other articles: it and the short lines after it, at a page's end, go.
RELATED = (
    "អត្ថបទទាក់ទង", "ព័ត៌មានទាក់ទង", "អត្ថបទពាក់ព័ន្ធ", "ព័ត៌មានពាក់ព័ន្ធ", "ព័ត៌មានពេញនិយម",
    "អត្ថបទពេញនិយម", "ព័ត៌មានថ្មីៗ", "អត្ថបទថ្មីៗ", "ព័ត៌មានថ្មីបំផុត", "អានច្រើនជាងគេ",
    "អត្ថបទផ្សេងទៀត", "ព័ត៌មានផ្សេងទៀត", "អ្នកក៏អាចចូលចិត្ត",
)
# Menu entries: furniture only in a row of two or more.
MENU = (
    "ព័ត៌មាន", "ព័ត៌មានជាតិ", "អន្តរជាតិ", "សេដ្ឋកិច្ច", "នយោបាយ", "សង្គម", "កីឡា", "កម្សាន្ត", "សុខភាព",
    "បច្ចេកវិទ្យា", "វីដេអូ", "រូបភាព", "អត្ថបទ", "របាយការណ៍", "ព្រឹត្តិការណ៍", "ការងារ", "បរិច្ចាគ",
    "ភាសាខ្មែរ", "ខ្មែរ", "ចូល", "តាមដាន", "តាមដានយើង", "ផ្ញើ", "ចូលចិត្ត", "ទំព័រ", "តាម",
)
# Networks as Khmer pages spell them (the Latin names are boilerplate.py's).
NETWORKS = ("ហ្វេសប៊ុក", "តេឡេក្រាម", "យូធូប", "ធ្វីតធ័រ", "អ៊ីមែល")

# Appeals, at a line's start (after "please", សូម): follow us, connect with us, subscribe, sign
# up, donate, support our work, click here.
_APPEAL = re.compile(normal_form(
    "^(?:សូម)?(?:តាមដាន(?:យើង|ពួកយើង|ទំព័រ)|ភ្ជាប់ទំនាក់ទំនងជាមួយយើង|ជាវ(?:ព័ត៌មាន|ប៉ុស្តិ៍|ឆានែល|ព្រឹត្តិបត្រ)"
    "|ចុះឈ្មោះ(?:ទទួល|ជាវ)|(?:ជួយ)?បរិច្ចាគ(?:ឥឡូវនេះ|ថ្ងៃនេះ|ទីនេះ)|(?:ជួយ)?គាំទ្រការងាររបស់យើង|ចុចទីនេះ"
    "|ចុច ?(?:like|share|subscribe|follow))"), re.IGNORECASE)
# "… read more" or "… click here" closing a line, after a space, an ellipsis or an arrow. (Read
# without its zero-width spaces, a sentence ending "and went on reading", បានអានបន្ត, has
# letters before the words.)
_LINK_AT_END = re.compile(normal_form(
    "(?:^|[ \u00a0….»›|(\\[-])(?:សូម)?(?:អានបន្ត|អានបន្ថែម|មើលបន្ថែម|ចុចទីនេះ)[ .…»›)\\]]*$"))
_COPYRIGHT = re.compile(normal_form("រក្សាសិទ្ធិ\\s*(?:©|\\(c\\)|គ្រប់យ៉ាង|[0-9]{4})|©\\s*(?:[0-9]{4}|រក្សាសិទ្ធិ)"),
                        re.IGNORECASE)
_COOKIE_WORDS = re.compile(normal_form("យើងប្រើ|គេហទំព័រ|វេបសាយ|វែបសាយ|យល់ព្រម|ទទួលយក|គោលការណ៍|បទពិសោធន៍|website"),
                           re.IGNORECASE)


def _made_of(item: str, words: frozenset[str], longest: int) -> bool:
    """Whether ``item`` is one or more of ``words`` written together (menus lose their spaces)."""
    reachable = [True] + [False] * len(item)
    for end in range(1, len(item) + 1):
        reachable[end] = any(reachable[start] and item[start:end] in words
                             for start in range(max(0, end - longest), end))
    return reachable[-1]


class _Vocabulary:
    def __init__(self, *groups: tuple[str, ...]) -> None:
        self.words = frozenset(normal_form(w) for group in groups for w in group)
        self.longest = max(len(w) for w in self.words)

    def __contains__(self, item: str) -> bool:
        return item in self.words

    def covers(self, item: str) -> bool:
        return _made_of(item, self.words, self.longest)


_NAVIGATION, _RELATED = _Vocabulary(NAVIGATION), _Vocabulary(RELATED)
_ROW = _Vocabulary(NAVIGATION, RELATED, MENU, NETWORKS)
_NETWORKS = _Vocabulary(NETWORKS)


def khmer_line_rule(line: str, latin_network: re.Pattern) -> str | None:
    """The rule a short line with Khmer in it breaks, or None. ``latin_network`` matches a
    network's Latin name ("facebook") as a whole item."""
    if not _KHMER.search(line):
        return None
    items = [normal_form(item) for item in _SEPARATORS.split(line) if item]
    if not items:
        return None
    whole, text = "".join(items), normal_form(line)
    if whole in _RELATED:
        return "related-articles"
    if whole in _NAVIGATION:
        return "navigation"
    if len(items) >= 2 and all(_ROW.covers(i) or latin_network.fullmatch(i) or i.isdigit() for i in items):
        if any(latin_network.fullmatch(i) or _NETWORKS.covers(i) for i in items):
            return "social-links"
        return "navigation"  # a menu, or page numbers
    if _APPEAL.match(text):
        return "call-to-action"
    if _LINK_AT_END.search(text):
        return "navigation"
    if _COPYRIGHT.search(text):
        return "copyright"
    return None


def is_khmer_cookie_notice(line: str) -> bool:
    """A cookie notice in Khmer: "cookie" with the website's words (a recipe's cookies are not)."""
    return "ខូគី" in line and _COOKIE_WORDS.search(normal_form(line)) is not None
