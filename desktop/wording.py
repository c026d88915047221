"""The words the user reads, in the interface language.

Every user-visible sentence is written in English as one literal and passed through ``say``
(or ``say_n`` when it counts something), with placeholders filled in afterwards:

    say("LibraryPanel", "No document matches “{text}”").format(text=typed)
    say_n("LibraryPanel", "{count} documents", "", total)

``pyside6-lupdate`` finds these calls (packaging/translations.py tells it ``say`` and ``say_n``
are spellings of ``translate``), so the literal must be the second argument, with no f-string,
no keyword arguments, and for ``say_n`` a plain variable name as the count. The window
connects ``use_translation`` to Qt's translators; the command line leaves everything English.
No Qt here: the services and the renderers use it too.
"""

from collections.abc import Callable

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
ASCII_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")

# Khmer month names, as the Khmer calendar and CLDR write them.
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
                "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")


def _untranslated(context: str, text: str, n: int) -> str:
    return text


class _Language:
    """What ``use_translation`` set: the translate function, the language and its digits."""

    translate: Callable[[str, str, int], str] = staticmethod(_untranslated)
    code = "en"
    khmer_digits = False
    in_child: Callable[[], object] | None = None  # does the same in a child process (readers/sandbox.py)


_current = _Language()


def use_translation(translate: Callable[[str, str, int], str], code: str, khmer_digits: bool,
                    in_child: Callable[[], object] | None = None) -> None:
    """From now on, ``say`` translates with ``translate(context, text, n)`` into language ``code``.

    :param in_child: a picklable call that sets up the same translation in a child process, so
        what a file reader says there is in the interface language too.
    """
    _current.translate = translate
    _current.code = code
    _current.khmer_digits = code == "km" and khmer_digits
    _current.in_child = in_child


def translation_for_child() -> Callable[[], object] | None:
    """The call that gives a child process this interface language, or None (English)."""
    return _current.in_child


def language() -> str:
    return _current.code


def say(context: str, text: str) -> str:
    """``text`` in the interface language (still with its ``{placeholders}``)."""
    return _current.translate(context, text, -1)


def say_n(context: str, text: str, disambiguation: str, n: int) -> str:
    """The form of ``text`` for ``n`` things, its ``{count}`` written as ``number(n)``."""
    del disambiguation  # only for pyside6-lupdate, which reads it as translate()'s third argument
    return _current.translate(context, text, n).replace("{count}", number(n))


def digits(text: str) -> str:
    """``text`` with its digits in the interface's digits (Khmer ones in Khmer, unless not wanted)."""
    return text.translate(KHMER_DIGITS) if _current.khmer_digits else text


def typed_digits(text: str) -> str:
    """What the user typed with its Khmer digits (a Khmer keyboard's number row) as 0–9."""
    return text.translate(ASCII_DIGITS)


def number(value: int) -> str:
    """A count as the interface writes it: 12,345 or ១២,៣៤៥."""
    return digits(f"{value:,}")


def date_text(iso: str | None) -> str:
    """A date of the form YYYY, YYYY-MM or YYYY-MM-DD as words: 22 July 2023, ២២ កក្កដា ២០២៣.
    Anything else is returned unchanged (with the interface's digits)."""
    if not iso:
        return ""
    parts = iso.split("-")
    widths = [4, 2, 2][:len(parts)]
    if len(parts) > 3 or not all(p.isdigit() and len(p) == w for p, w in zip(parts, widths)):
        return digits(iso)
    months = KHMER_MONTHS if _current.code == "km" else ENGLISH_MONTHS
    words = [parts[0]]
    if len(parts) >= 2 and 1 <= int(parts[1]) <= 12:
        words.insert(0, months[int(parts[1]) - 1])
        if len(parts) == 3:
            words.insert(0, str(int(parts[2])))
    elif len(parts) >= 2:
        return digits(iso)
    return digits(" ".join(words))
