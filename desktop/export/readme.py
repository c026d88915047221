"""README.txt, inside every exported folder: what each file is, in English and Khmer, for a reader
who has never met a BagIt bag. It holds no dates, names or versions (it is the same for every export
of the same files)."""

README = "README.txt"

# What a file in data/ is, by how its name ends: English, Khmer.
KINDS = (
    (".md", "notes as Markdown text (opens in any text editor)",
     "ចំណាំជាអត្ថបទ Markdown (បើកបានក្នុងកម្មវិធីកែអត្ថបទណាក៏បាន)"),
    (".html", "the notes as one page, with the Khmer and Latin fonts it needs inside it: open it in a web "
              "browser, or print it",
     "ចំណាំជាទំព័រតែមួយ ដែលមានពុម្ពអក្សរខ្មែរ និងឡាតាំងដែលវាត្រូវការនៅខាងក្នុង ៖ បើកវាក្នុងកម្មវិធីរុករកបណ្ដាញ "
     "ឬបោះពុម្ពវា"),
    (".jsonld", "the notes as Web Annotation JSON-LD, for other annotation programs",
     "ចំណាំជា Web Annotation JSON-LD សម្រាប់កម្មវិធីការកត់សម្គាល់ផ្សេងទៀត"),
    (".csv", "the notes as a table, for a spreadsheet", "ចំណាំជាតារាង សម្រាប់កម្មវិធីសៀវភៅបញ្ជី"),
    ("ekasar-notes.json", "an exchange bundle: another Ekasar imports it with File → Import notes…",
     "កញ្ចប់ផ្លាស់ប្ដូរ ៖ Ekasar មួយទៀតនាំវាចូលតាម ឯកសារ → នាំចូលចំណាំ…"),
    ("OFL.txt", "the licence of the fonts inside the page, the SIL Open Font License",
     "អាជ្ញាប័ណ្ណរបស់ពុម្ពអក្សរនៅក្នុងទំព័រ គឺ SIL Open Font License"),
)

ENGLISH = """\
What is in this folder

This folder was exported by Ekasar. It is a "bag" (the BagIt standard, RFC 8493): your files are in
data/, and the other files let anyone check that nothing was changed or lost on the way.

  data/                  your exported files:
{listing_en}
  bagit.txt              says that this folder is a bag, and which version of the standard it follows
  manifest-sha256.txt    a checksum (SHA-256) of every file in data/: recompute them, with any BagIt
                         tool or with "sha256sum -c manifest-sha256.txt" in this folder, and if they
                         all match, nothing in data/ was changed
  tagmanifest-sha256.txt the same for bagit.txt, this README.txt and the manifest
  README.txt             this explanation
"""

KHMER = """\
អ្វីដែលមានក្នុងថតនេះ

ថតនេះត្រូវបាននាំចេញដោយ Ekasar។ វាជា «ថង់» (ស្តង់ដារ BagIt, RFC 8493) ៖ ឯកសាររបស់អ្នកនៅក្នុង data/
ហើយឯកសារផ្សេងទៀតអនុញ្ញាតឲ្យអ្នកណាក៏បានពិនិត្យថា គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរ ឬបាត់បង់នៅតាមផ្លូវទេ។

  data/                  ឯកសារដែលអ្នកបាននាំចេញ ៖
{listing_km}
  bagit.txt              ប្រាប់ថាថតនេះជាថង់ និងកំណែស្តង់ដារដែលវាអនុវត្តតាម
  manifest-sha256.txt    បញ្ជីផ្ទៀងផ្ទាត់ ៖ ផលបូកត្រួតពិនិត្យ (SHA-256) នៃឯកសារនីមួយៗក្នុង data/។ គណនាវាម្ដងទៀត
                         ដោយឧបករណ៍ BagIt ណាមួយ ឬដោយ "sha256sum -c manifest-sha256.txt" ក្នុងថតនេះ
                         ហើយប្រសិនបើទាំងអស់ត្រូវគ្នា គ្មានអ្វីក្នុង data/ ត្រូវបានផ្លាស់ប្ដូរទេ។
  tagmanifest-sha256.txt ដូចគ្នាសម្រាប់ bagit.txt, README.txt នេះ និងបញ្ជីផ្ទៀងផ្ទាត់
  README.txt             ការពន្យល់នេះ
"""


def _kind(name: str) -> tuple[str, str]:
    for ending, english, khmer in KINDS:
        if name.endswith(ending):
            return english, khmer
    return "", ""


def _listing(names: list[str], column: int) -> str:
    lines = []
    for name in names:
        description = _kind(name)[column]
        lines.append(f"    data/{name}" + (f"  ({description})" if description else ""))
    return "\n".join(lines)


def readme(data_names: list[str]) -> bytes:
    """README.txt for a bag holding ``data_names`` (paths relative to data/)."""
    names = sorted(data_names)
    text = ENGLISH.format(listing_en=_listing(names, 0)) + "\n\n" + KHMER.format(listing_km=_listing(names, 1))
    return text.encode("utf-8")
