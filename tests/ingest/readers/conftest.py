"""Sample PDFs, built once per test session with Qt (pdf_samples.py): a report in English and
Khmer with a running head and page numbers, scans, an encrypted copy, garbled Khmer."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ingest.readers.pdf_samples import SamplePage, encrypted, legacy_font_text, qt_pdf, scanned_pdf, typeset

CORPUS = Path(__file__).resolve().parents[2] / "search" / "khmer_corpus"
HEADER = "Cambodian Rights Monitor — Quarterly Report 2024"


def khmer_paragraphs(name: str) -> list[str]:
    """The body paragraphs of one Khmer corpus text (its title left out)."""
    return [p.strip() for p in (CORPUS / name).read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]


KM_LAND = khmer_paragraphs("km01_land_kampong_speu.txt")
KM_VERDICT = khmer_paragraphs("km02_kem_sokha_verdict.txt")

# A "\n" in a sample paragraph ends its line there, so a hyphen falls at a line end.
EN_EVICTIONS = ("The families of Boeung Kak were evicted from their homes in 2008 without compensation and "
                "without any infor-\nmation about the resettlement site, which lay far from their work.")
EN_COURT = ("The Phnom Penh Municipal Court heard the case on 3 March 2023. Observers from the United Nations "
            "and several embassies attended the hearing, which lasted less than a day.")
EN_HEALTH = ("Many detainees reported a well-\nknown pattern of ill-treatment, and the spread of COVID-\n19 in "
             "the prisons made visits impossible for months.")
EN_WELL_KNOWN = "The well-known lawyer said that the case against the activists had no basis in law."
EN_MONITORS = ("Human rights monitors documented forty cases of land confiscation in Kampong Speu province, "
               "where sugar plantations were granted economic land concessions.")


@dataclass(frozen=True)
class Sample:
    data: bytes
    pages: list[SamplePage]


def expected_paragraphs(page: SamplePage) -> list[str]:
    """What the reader should give of a sample page: the header, the paragraphs with their
    line-end hyphens mended as the reader's rules say, and the footer."""
    mended = [p.replace("infor-\n", "infor").replace("well-\n", "well-").replace("-\n", "-") for p in page.paragraphs]
    return [t for t in [page.header, *(p.replace("\u200b", "") for p in mended), page.footer] if t]


@pytest.fixture(scope="session")
def report(qapp) -> Sample:
    """Three pages of English and Khmer paragraphs, a running head and "Page N of 3"."""
    bodies = [[EN_EVICTIONS, KM_LAND[0], EN_COURT],
              [KM_VERDICT[0], EN_HEALTH, EN_WELL_KNOWN],
              [EN_MONITORS, KM_VERDICT[1], KM_LAND[1]]]
    pages = [SamplePage(body, header=HEADER, footer=f"Page {n} of 3") for n, body in enumerate(bodies, start=1)]
    info = {"Title": "Quarterly report: land and justice", "Author": "Cambodian Rights Monitor",
            "CreationDate": "D:20240315093000+07'00'"}
    return Sample(typeset(pages, info, language="km-KH"), pages)


@pytest.fixture(scope="session")
def khmer_booklet(qapp) -> Sample:
    """Paragraphs by first-line indent (no gap), a Khmer running head, Khmer page numbers."""
    head = "របាយការណ៍ប្រចាំឆ្នាំ ២០២៤"
    bodies = [[KM_LAND[2], EN_MONITORS, KM_LAND[3]], [KM_VERDICT[2], EN_COURT, KM_VERDICT[3]]]
    digits = "០១២៣៤៥៦៧៨៩"
    pages = [SamplePage(body, header=head, footer=f"ទំព័រ {digits[n]}") for n, body in enumerate(bodies, start=1)]
    return Sample(typeset(pages, indent=True), pages)


@pytest.fixture(scope="session")
def scans(qapp) -> dict[str, bytes]:
    """By layout: t a text page, i a scanned image, b blank."""
    return {kinds: scanned_pdf(kinds) for kinds in ("tiiit", "ii", "tit", "tbt")}


@pytest.fixture(scope="session")
def locked(report) -> bytes:
    return encrypted(report.data, user_password="secret")


@pytest.fixture(scope="session")
def owner_locked(report) -> bytes:
    """Encrypted with an owner password only: it opens without a password (copy "protection")."""
    return encrypted(report.data, user_password="")


@pytest.fixture(scope="session")
def qt_khmer(qapp) -> bytes:
    """Khmer written by Qt's own QPdfWriter: its subscripts and ligatures have no Unicode."""
    return qt_pdf(KM_VERDICT[:2], title="Qt title", creator="Qt creator")


@pytest.fixture(scope="session")
def limon(qapp) -> bytes:
    """English, then Khmer as an old Khmer font's text layer gives it."""
    pages = [SamplePage([EN_COURT]), SamplePage([legacy_font_text(p) for p in KM_VERDICT[:3]])]
    return typeset(pages)
