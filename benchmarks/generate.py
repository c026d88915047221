"""Generate a synthetic seeds folder of realistic documents for benchmarks.

English paragraphs about land, courts, elections and rights, with names,
places and dates sprinkled in; about a third of the documents carry Khmer
paragraphs written, as Khmer is, without spaces between words; some carry
web junk (donation footers, PHP errors) for the cleaner to remove.
Deterministic: the same count and seed give the same files.

    python benchmarks/generate.py OUT_DIR COUNT
"""

import random
import sys
from pathlib import Path

PEOPLE = ["Kem Sokha", "Mu Sochua", "Hun Sen", "Sam Rainsy", "Tep Vanny", "Chea Vichea",
          "Rong Chhun", "Seyla Nhean", "Theary Seng", "Pa Ngoun Teang", "Am Sam Ath", "Chak Sopheap"]
PLACES = ["Phnom Penh", "Battambang", "Siem Reap", "Kampong Cham", "Kampot", "Koh Kong",
          "Preah Vihear", "Ratanakiri", "Mondulkiri", "Kandal", "Takeo", "Prey Veng", "Boeung Kak"]
ORGS = ["Cambodia National Rescue Party", "Cambodian People's Party", "Human Rights Watch",
        "LICADHO", "ADHOC", "the United Nations", "Global Fund for Women", "Vital Voices",
        "the Cambodian Center for Human Rights", "the National Election Committee"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TEMPLATES = [
    "{person} was arrested in {place} on {date} and charged with {charge}.",
    "In {month} {year}, {org} reported that families in {place} faced forced eviction from their land.",
    "The court in {place} sentenced {person} to {n} years in prison for {charge}.",
    "{org} called for the immediate release of {person} and other prisoners of conscience.",
    "Villagers in {place} said that soldiers burned their homes during the land dispute of {year}.",
    "During the {year} election campaign, {person} spoke to supporters in {place}.",
    "Human rights defenders documented {n} cases of intimidation against journalists in {place}.",
    "{person} returned to Cambodia in {year} after years in exile.",
    "Between {year} and {year2}, {org} monitored the trials of opposition activists.",
    "Workers in garment factories near {place} protested against low wages on {date}.",
    "The authorities dissolved the party in {month} {year}, accusing its leaders of {charge}.",
    "Women from {place} told investigators how the land concession destroyed their rice fields.",
]
CHARGES = ["treason", "incitement", "insurrection", "defamation", "conspiracy", "plotting"]
FILLER = (
    "community members said the case shows how courts are used against critics while local "
    "officials deny any wrongdoing and promise compensation that never arrives families lost "
    "their homes farmland fishing grounds forests after companies with political connections "
    "received concessions lawyers complained hearings were postponed without explanation "
    "detainees reported beatings interrogation without counsel monks students teachers unions "
    "joined peaceful gatherings police dispersed crowds confiscated banners phones cameras "
    "international donors embassies urged dialogue restraint independent investigation "
    "witnesses feared retaliation surveillance threats anonymous calls relatives abroad "
    "provincial governor commune chief district security guards military police prosecutor "
    "judge verdict appeal bail hearing testimony evidence documents petition signatures "
    "villagers fishermen vendors drivers nurses farmers youth activists bloggers radio "
    "newspaper broadcast license revoked tax audit closure intimidation harassment campaign"
).split()
KHMER_WORDS = ["សិទ្ធិមនុស្ស", "ការបណ្តេញចេញ", "ដីធ្លី", "តុលាការ", "ការបោះឆ្នោត", "ស្ត្រី",
               "អ្នកការពារ", "សហគមន៍", "គណបក្ស", "សេរីភាព", "ការចាប់ខ្លួន", "កម្ពុជា",
               "ភូមិ", "ពលរដ្ឋ", "រដ្ឋាភិបាល", "អ្នកសារព័ត៌មាន"]
JUNK = [
    "\n\nGIVE HOPE. Donate now to help families stay on their land.\n\nConnect with us\n\n"
    "facebook twitter youtube instagram\n",
    "A PHP Error was encountered\n\nSeverity: Warning\n\nMessage: session_start(): Cannot send "
    "session cookie\n\nFilename: libraries/Session.php\n\nLine Number: 297\n\n",
]


def _topic(rng: random.Random) -> dict[str, list[str]]:
    """Each document is about a few people, places and organisations, as real reports are."""
    return {
        "people": rng.sample(PEOPLE, rng.randint(1, 3)),
        "places": rng.sample(PLACES, rng.randint(1, 2)),
        "orgs": rng.sample(ORGS, rng.randint(1, 2)),
        "templates": rng.sample(TEMPLATES, rng.randint(3, 6)),
    }


def _sentence(rng: random.Random, topic: dict[str, list[str]]) -> str:
    year = rng.randint(1979, 2024)
    sentence = rng.choice(topic["templates"]).format(
        person=rng.choice(topic["people"]), place=rng.choice(topic["places"]),
        org=rng.choice(topic["orgs"]),
        charge=rng.choice(CHARGES), n=rng.randint(2, 30), month=rng.choice(MONTHS),
        year=year, year2=year + rng.randint(1, 6),
        date=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}",
    )
    tail = " ".join(rng.choices(FILLER, k=rng.randint(0, 12)))
    return sentence + (" " + tail.capitalize() + "." if tail else "")


CONSONANTS = [chr(c) for c in range(0x1780, 0x17A3)]
VOWELS = ["\u17b6", "\u17b7", "\u17b8", "\u17bb", "\u17bc", "\u17c1", "\u17c2", "\u17c4", "\u17c5", ""]


def _khmer_vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Real words first, then plausible syllable sequences, so the index sees a
    realistic spread of trigrams rather than sixteen words repeated."""
    made = {
        "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3)))
        for _ in range(size)
    }
    return KHMER_WORDS + sorted(made)


def _khmer_paragraph(rng: random.Random, vocabulary: list[str], weights: list[float]) -> str:
    phrases = ["".join(rng.choices(vocabulary, weights, k=rng.randint(3, 7)))
               for _ in range(rng.randint(2, 5))]
    return " ".join(phrases) + "។"


def document(rng: random.Random, number: int, khmer: tuple[list[str], list[float]]) -> tuple[str, str]:
    topic = _topic(rng)
    title = f"Report {number}: {topic['people'][0]} and the situation in {topic['places'][0]}"
    paragraphs = [title]
    for _ in range(rng.randint(3, 12)):
        paragraphs.append(" ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 6))))
        if rng.random() < 0.06:
            paragraphs.append(_khmer_paragraph(rng, *khmer))
    body = "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.1:
        junk = rng.choice(JUNK)
        body = junk + body if junk.startswith("A PHP") else body + junk
    return title, body


def generate(out: Path, count: int, seed: int = 20261122) -> int:
    """Write ``count`` documents and a catalog into ``out``; return the raw text size in bytes."""
    rng = random.Random(seed)
    vocabulary = _khmer_vocabulary(rng)
    khmer = (vocabulary, [1 / (rank + 10) for rank in range(len(vocabulary))])  # Zipf-like
    out.mkdir(parents=True, exist_ok=True)
    catalog, total = [], 0
    for number in range(count):
        title, body = document(rng, number, khmer)
        doc_id = f"{number:06d}_synthetic"
        data = body.encode("utf-8")
        (out / f"{doc_id}.txt").write_bytes(data)
        total += len(data)
        year = rng.randint(1993, 2024)
        catalog.append(f'[[document]]\nid = "{doc_id}"\ntitle = "{title}"\nkind = "report"\n'
                       f'date = "{year}"\nlanguage = ["en"]\n')
    (out / "catalog.toml").write_text("\n".join(catalog), encoding="utf-8")
    return total


if __name__ == "__main__":
    folder, number = Path(sys.argv[1]), int(sys.argv[2])
    print(f"{generate(folder, number)} bytes of text in {number} documents written to {folder}")
