"""The interface's translations: extract the strings from the code, check them, compile them.

    python packaging/translations.py update   after changing strings: refresh the .ts files
    python packaging/translations.py build    compile every .ts into its .qm (make does this)
    python packaging/translations.py check    what is wrong, if anything (the tests run it)

``pyside6-lupdate`` extracts every ``say``/``say_n`` call (desktop/wording.py); an AST reading
of the same files cross-checks it, because lupdate's Python parser silently skips a call it
cannot read. Plural forms come from the AST: lupdate only sees a literal count. The
translations themselves live in ``resources/translations/ekasar_km.ts`` (every string) and
``ekasar_en.ts`` (English plural forms); ``qt_km.ts`` holds Qt's own strings that Ekasar's
windows show (buttons, file dialogs, text menus), written by hand.
"""

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
FOLDER = ROOT / "resources" / "translations"
EKASAR_TS = {"km": FOLDER / "ekasar_km.ts", "en": FOLDER / "ekasar_en.ts"}
HAND_WRITTEN = [FOLDER / "qt_km.ts"]
ALIASES = "translate+=say,translate+=say_n"
KHMER = re.compile("[\u1780-\u17ff]")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")  # lower-case words: names and formats are capitalised
GLOBS = re.compile(r"\([^)]*\*[^)]*\)")  # file-dialog patterns: (*.txt *.md)


def tool(name: str) -> str:
    """A Qt tool from the virtual environment PySide6 was installed in."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def python_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


# Reading the code ---------------------------------------------------------------------------
def calls_in_code() -> tuple[dict[tuple[str, str], bool], list[str]]:
    """Every (context, source) the code translates, with whether it counts; and misuses."""
    found: dict[tuple[str, str], bool] = {}
    problems: list[str] = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("say", "say_n"):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: call say() by its name, "
                                "not as an attribute (lupdate reads only the name)")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("say", "say_n"):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                message = _read_call(node, where, problems)
                if message is not None:
                    found[message[:2]] = message[2]
    return found, problems


def _read_call(node: ast.Call, where: str, problems: list[str]):
    plural = node.func.id == "say_n"
    args = node.args
    literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
    if node.keywords or len(args) != (4 if plural else 2) or not all(literal[:3 if plural else 2]):
        problems.append(f"{where}: {node.func.id}() needs literal strings and no keywords")
        return None
    if plural and not isinstance(args[3], ast.Name):
        problems.append(f"{where}: say_n()'s count must be a plain name (lupdate skips anything else)")
        return None
    return args[0].value, args[1].value, plural


def read_code() -> tuple[dict[tuple[str, str], bool], list[str]]:
    """The code's strings (AST) and what is wrong with them, lupdate's misses included."""
    in_code, problems = calls_in_code()
    missed = set(in_code) - extract_with_lupdate()
    problems += [f"lupdate does not find {c}: {s!r} (see desktop/wording.py)" for c, s in sorted(missed)]
    return in_code, problems


# Reading and writing .ts files --------------------------------------------------------------
def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            messages[(name, message.findtext("source", ""))] = message
    return messages


def extract_with_lupdate() -> set[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "extracted.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-tr-function-alias", ALIASES,
                        *map(str, python_files()), "-ts", str(out)], check=True, capture_output=True)
        return set(read_ts(out))


def write_ts(path: Path, language: str, messages: list[tuple[str, str, bool, list[str], bool]]) -> None:
    """(context, source, plural, translations, finished) as a Qt Linguist file."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for context, source, plural, texts, finished in sorted(messages, key=lambda m: (m[0], m[1])):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message", numerus="yes") if plural else \
            ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if not finished:
            translation.set("type", "unfinished")
        if plural:
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0] if texts else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def translations_of(message: ET.Element | None) -> tuple[list[str], bool]:
    if message is None:
        return [], False
    translation = message.find("translation")
    forms = [f.text or "" for f in translation.iter("numerusform")]
    texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
    return texts, translation.get("type") not in ("unfinished", "obsolete", "vanished") and any(texts)


# The commands ---------------------------------------------------------------------------------
def update() -> int:
    """Refresh the .ts files from the code, keeping every translation already made."""
    in_code, problems = read_code()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    for language, path in EKASAR_TS.items():
        old = read_ts(path)
        messages = []
        for (context, source), plural in in_code.items():
            if language == "en" and not plural:
                continue  # English needs only its plural forms
            texts, finished = translations_of(old.get((context, source)))
            texts = _plural_forms(texts, language) if plural else texts[:1]
            messages.append((context, source, plural, texts, finished))
        write_ts(path, language, messages)
        unfinished = sum(1 for m in messages if not m[4])
        print(f"{_shown(path)}: {len(messages)} strings, {unfinished} to translate")
    return 0


def _plural_forms(texts: list[str], language: str) -> list[str]:
    """Two forms: English's singular and plural. Khmer has one, but Qt's numerus rules know no
    Khmer and pick between two, so the Khmer form is written twice."""
    if language == "km" and texts:
        return [texts[0], texts[0]]
    return (texts + ["", ""])[:2]


def build(folder: Path = FOLDER) -> list[Path]:
    """Compile every .ts into ``folder``; return the .qm files."""
    built = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        built.append(qm)
    return built


def check() -> list[str]:
    """Everything wrong with the translations, one line each (nothing: all is well)."""
    in_code, problems = read_code()
    for language, path in EKASAR_TS.items():
        problems += _check_file(path, language, in_code)
    for path in HAND_WRITTEN:
        problems += [f"{path.name}: {c}: {s!r} is not translated" for (c, s), m in read_ts(path).items()
                     if not translations_of(m)[1]]
    return problems + _check_compiled()


def _check_file(path: Path, language: str, in_code: dict[tuple[str, str], bool]) -> list[str]:
    messages = read_ts(path)
    wanted = {key for key, plural in in_code.items() if language == "km" or plural}
    problems = [f"{path.name}: {c}: {s!r} is in the code but not in the file: run make translations"
                for c, s in sorted(wanted - set(messages))]
    problems += [f"{path.name}: {c}: {s!r} is no longer in the code: run make translations"
                 for c, s in sorted(set(messages) - wanted)]
    for (context, source), message in sorted(messages.items()):
        texts, finished = translations_of(message)
        name = f"{path.name}: {context}: {source!r}"
        if not finished:
            problems.append(f"{name} is not translated")
        elif set(PLACEHOLDER.findall(source)) != {p for t in texts for p in PLACEHOLDER.findall(t)}:
            problems.append(f"{name}: the placeholders differ in the translation")
        elif language == "km" and re.search("[A-Za-z]", PLACEHOLDER.sub("", source)) and not all(
                KHMER.search(t) for t in texts):  # (a source of placeholders only has no words to translate)
            problems.append(f"{name}: the translation has no Khmer")
        elif language == "km" and _mostly_english(source, texts[0]):
            problems.append(f"{name}: the translation keeps most of the English")
    return problems


def _mostly_english(source: str, translation: str) -> bool:
    """A translation that kept most of the source's English words (names and formats aside)."""
    def words_of(text: str) -> set[str]:
        return set(ENGLISH_WORD.findall(GLOBS.sub("", PLACEHOLDER.sub("", text))))

    words = words_of(source)
    kept = words & words_of(translation)
    return len(words) >= 3 and len(kept) > len(words) / 2


def _check_compiled() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for fresh in build(Path(folder)):
            shipped = FOLDER / fresh.name
            if not shipped.exists():
                problems.append(f"{_shown(shipped)} is missing: run make (it compiles the .ts files)")
            elif shipped.read_bytes() != fresh.read_bytes():
                problems.append(f"{_shown(shipped)} is older than its .ts: run make")
    return problems


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        return update()
    if command == "build":
        for qm in build():
            print(f"compiled {_shown(qm)}")
        return 0
    problems = check()
    for line in problems:
        print(line)
    print(f"translations: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
