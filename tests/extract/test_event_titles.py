"""Event titles say what their own sentence says: its actor, its verb, and only people it names."""

import pytest

from desktop.extract.authority import Entity
from desktop.extract.pipeline import Extractor
from desktop.extract.process import process_text

PEOPLE = [("p-sok", "Sok Vanna"), ("p-chea", "Chea Rotha"), ("p-lim", "Lim Dara"), ("p-hem", "Hem Bopha")]
ORGS = [("o-court", "Siem Reap Provincial Court"), ("o-appeal", "Appeal Court"), ("o-union", "Free Workers Union")]
EXTRACTOR = Extractor([Entity(i, n, "person") for i, n in PEOPLE] + [Entity(i, n, "organization") for i, n in ORGS])


def events(text: str, date: str | None = None):
    processed = process_text(text, "text", EXTRACTOR, False, date)
    return processed.prepared.text, processed.events


def titled(text: str) -> dict[str, str]:
    """date → title."""
    return {e.date: e.title for e in events(text)[1]}


@pytest.mark.parametrize("text, date, title", [
    # The date opens the sentence: its first verb, not a noun further on ("house arrest"); who did it to
    # whom ("him": the person the sentence before names).
    ("Sok Vanna led the protest. On 9 May 2022, Judge Chea Rotha of the Siem Reap Provincial Court sentenced him "
     "to five years under house arrest.", "2022-05-09", "Chea Rotha sentenced Sok Vanna"),
    # Any verb of the sentence's own, and its subject in the sentence's words when it names no one.
    ("On 12 May 2021, ADHOC documented the beatings.", "2021-05-12", "ADHOC documented"),
    ("On 2 August 2023, about 200 police and military police evicted 65 families.", "2023-08-02",
     "About 200 police and military police evicted"),
    # A noun after a verb like "received" says what happened.
    ("Lim Dara received a five-year sentence in June 2020.", "2020-06", "Lim Dara sentenced"),
    # Undergone, with the one it happened to named after the verb.
    ("On 2 June 2021 the Siem Reap Provincial Court convicted Lim Dara of incitement.", "2021-06-02",
     "Siem Reap Provincial Court convicted Lim Dara"),
    # A release is a release, whatever else the sentence mentions.
    ("Hem Bopha, who was sentenced in 2019, was freed from prison on 14 January 2023.", "2023-01-14",
     "Hem Bopha released"),
    # "He" is the person the sentence before names.
    ("Lim Dara spoke to the workers. He was arrested on 30 April 2020 outside the factory.", "2020-04-30",
     "Lim Dara arrested"),
    # An organization's own verb.
    ("On 11 November 2022 the Appeal Court upheld the verdict against Sok Vanna.", "2022-11-11",
     "Appeal Court upheld"),
])
def test_the_title_names_the_sentences_actor_and_verb(text, date, title):
    assert titled(text)[date] == title


def test_nobody_named_in_the_sentence_means_its_opening_words_not_an_invented_actor():
    text = ("Sok Vanna, Sok Vanna and Sok Vanna again: the document is about Sok Vanna. "
            "The general election on 23 July 2023 was held without a main opposition party.")
    title = titled(text)["2023-07-23"]
    assert title.startswith("The general election on 23 July 2023")
    assert "Sok Vanna" not in title


def test_an_events_people_are_the_people_its_sentence_names():
    text = ("Chea Rotha is a judge. Lim Dara and Hem Bopha were arrested in March 2021. "
            "He was released in May 2021.")
    reading, found = events(text)
    for event in found:
        quote = reading[event.start : event.end]
        names = {EXTRACTOR.names[i][0] for i in event.entities}
        assert all(name in quote for name in names), (event.title, names)
    march = next(e for e in found if e.date == "2021-03")
    assert set(march.entities) == {"p-lim", "p-hem"}
    may = next(e for e in found if e.date == "2021-05")
    assert may.entities == [] and may.title == "Lim Dara released"  # the subject before, not in its sentence


def test_the_timeline_of_a_chronology_keeps_each_sentences_own_verb():
    text = ("The Free Workers Union called a strike on 1 July 2022. Three days later, police detained Lim Dara. "
            "The next day the Siem Reap Provincial Court charged him with incitement.")
    reading, found = events(text)
    assert [(e.date, e.title, e.certainty) for e in found] == [
        ("2022-07-01", "Free Workers Union called", "stated"),
        ("2022-07-04", "Police arrested Lim Dara", "approximate"),
        ("2022-07-05", "Siem Reap Provincial Court charged Lim Dara", "approximate"),
    ]
    assert reading[found[2].anchor_start : found[2].anchor_end].startswith("Three days later")
