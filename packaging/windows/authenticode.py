"""Checking the Authenticode signatures of the Windows files Ekasar ships, against pinned roots.

The embeddable CPython's executables, DLLs and extension modules carry the Python Software
Foundation's signature. Each one signed by the PSF must verify (with ``osslsigncode``, offline)
up to one of the root certificates pinned below by their SHA-256 fingerprints, or the build
stops: this is the supply chain of a tool whose users are targeted. The roots are taken from the
signatures themselves and from Debian's certificate bundle, and used only if their fingerprint is
one of these.
"""

import hashlib
import re
import ssl
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PINNED_ROOTS = {
    # Microsoft Identity Verification Root Certificate Authority 2020 (the PSF's current certificates)
    "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270",
    # DigiCert Trusted Root G4 and DigiCert Assured ID Root CA (the PSF's earlier certificates, and
    # their timestamps)
    "552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988",
    "3e9099b5015e8f486c00bcea9d111ee721faba355a89bcf1df69561e3dc6325c",
}
PSF_SUBJECT = "O = Python Software Foundation"  # as openssl x509 -subject prints it
SIGNED_SUFFIXES = (".exe", ".dll", ".pyd")
SYSTEM_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
_PEM = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


class SignatureError(RuntimeError):
    pass


def fingerprint(pem: str) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def embedded_certificates(signed: Path, scratch: Path) -> list[str] | None:
    """The certificates a file's signature carries, as PEM; None if it has no signature."""
    signature = scratch / f"{signed.name}.{hashlib.sha256(str(signed).encode()).hexdigest()[:12]}.p7"
    extracted = subprocess.run(["osslsigncode", "extract-signature", "-in", str(signed), "-out", str(signature)],
                               capture_output=True)
    if extracted.returncode != 0 or not signature.is_file():
        return None
    shown = subprocess.run(["openssl", "pkcs7", "-inform", "DER", "-in", str(signature), "-print_certs"],
                           check=True, capture_output=True, text=True).stdout
    signature.unlink()
    return _PEM.findall(shown)


def _subject_of(pem: str) -> str:
    shown = subprocess.run(["openssl", "x509", "-noout", "-subject"], input=pem, capture_output=True, text=True)
    return shown.stdout.strip()


def pinned_root_file(sample: Path, scratch: Path) -> Path:
    """A CA file holding exactly the pinned roots found in ``sample``'s signature and the system
    bundle. :raises SignatureError: one of them is nowhere to be found."""
    candidates = embedded_certificates(sample, scratch) or []
    if SYSTEM_BUNDLE.is_file():
        candidates += _PEM.findall(SYSTEM_BUNDLE.read_text(encoding="ascii", errors="replace"))
    roots = {fingerprint(pem): pem for pem in candidates if fingerprint(pem) in PINNED_ROOTS}
    missing = PINNED_ROOTS - set(roots)
    if missing:
        raise SignatureError(f"pinned root certificates not found: {', '.join(sorted(missing))} "
                             "(apt-get install ca-certificates)")
    path = scratch / "pinned-roots.pem"
    path.write_text("\n".join(roots.values()) + "\n", encoding="ascii")
    return path


def signer_and_verdict(path: Path, roots: Path, scratch: Path) -> tuple[str | None, bool]:
    """(who signed it: "psf", "other", or None if unsigned; whether it verifies to ``roots``).
    A file whose bytes no longer match its signature still names its signer, and fails."""
    certificates = embedded_certificates(path, scratch)
    if certificates is None:
        return None, False
    psf = any(PSF_SUBJECT in subject for subject in map(_subject_of, certificates))
    shown = subprocess.run(["osslsigncode", "verify", "-in", str(path), "-CAfile", str(roots),
                            "-TSA-CAfile", str(roots), "-ignore-crl"], capture_output=True, text=True)
    verified = shown.returncode == 0 and (shown.stdout + shown.stderr).rstrip().endswith("Succeeded")
    return ("psf" if psf else "other"), verified


def verify_tree(folder: Path, roots: Path, scratch: Path, required: tuple[str, ...] = ()) -> dict[str, int]:
    """Check every executable, DLL and extension module under ``folder``: each signed by the PSF
    must verify against the pinned roots, and each name in ``required`` must be among them.

    :raises SignatureError: naming every file that fails."""
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in SIGNED_SUFFIXES and p.is_file())
    with ThreadPoolExecutor(max_workers=4) as pool:
        verdicts = dict(zip(files, pool.map(lambda p: signer_and_verdict(p, roots, scratch), files)))
    psf = {p: ok for p, (signer, ok) in verdicts.items() if signer == "psf"}
    failed = [str(p.relative_to(folder)) for p, ok in psf.items() if not ok]
    verified = {p.name.lower() for p, ok in psf.items() if ok}
    failed += [f"{name} (missing or not signed by the PSF)" for name in required if name.lower() not in verified]
    if failed:
        raise SignatureError("Authenticode check failed: " + "; ".join(failed))
    others = sum(1 for signer, _ok in verdicts.values() if signer == "other")
    return {"psf_verified": len(psf), "signed_by_others": others,
            "unsigned": sum(1 for signer, _ok in verdicts.values() if signer is None)}
