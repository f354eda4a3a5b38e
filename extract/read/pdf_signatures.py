"""The digital signatures of a PDF (ký số): who signed, when, why and where, and whether the signed bytes are intact.

pyHanko reads each signature field: the signature dictionary (`/M`, `/Reason`, `/Location`) and the CMS
blob with the signer's certificate. Integrity is checked the way a validator does it, offline: the digest of
the signed byte range against the one the signer signed, and the signer's signature over it. Trust in the
certificate chain needs the issuing authority's root certificates and revocation data, which are not
available offline: it is reported as unknown, never as valid. pyHanko's difference analysis of later
revisions (slow, and noisy on every multi-signature file) is not run: `coverage` says whether a signature
covers the whole file or an earlier revision of it.

A signature that cannot be parsed still comes out, with what its dictionary says and the reason in `error`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from pyhanko.pdf_utils.generic import parse_pdf_date
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

from extract.read import pdf_hex_strings

log = logging.getLogger(__name__)
pdf_hex_strings.install()  # a signature's /Contents read in blocks, not byte by byte

# pyHanko logs a warning with a traceback for every certificate it cannot place in a chain; offline that is
# every certificate, and the outcome is already reported as trust = unknown.
logging.getLogger("pyhanko").setLevel(logging.ERROR)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)


@dataclass
class SignatureInfo:
    """One signature as read: the certificate's subject, the claimed signing time, integrity, or an error."""

    field: str
    signer: Optional[str] = None  # the subject's common name: a person, or the body itself
    organisation: Optional[str] = None
    subject: Optional[str] = None
    issuer: Optional[str] = None
    signed_at: Optional[datetime] = None
    reason: Optional[str] = None
    location: Optional[str] = None
    intact: Optional[bool] = None
    valid: Optional[bool] = None
    coverage: Optional[str] = None
    trust: str = "unknown"
    error: str = ""

    @property
    def signed_by(self) -> Optional[str]:
        """Person and organisation where both are named (`Nguyễn Văn A, ỦY BAN NHÂN DÂN TỈNH X`), else the one."""
        names = [name for name in (self.signer, self.organisation) if name]
        return ", ".join(dict.fromkeys(names)) or None


def read_signatures(path: Path) -> list[SignatureInfo]:
    """Every filled signature field of the PDF at `path`, in signing order (those without a time last);
    [] when unsigned.

    A file pyHanko cannot parse at all gives [] (the reader reports unreadable PDFs in its own words).
    """
    try:
        with path.open("rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            found = [_signature(reader, name, value, field) for name, value, field in enumerate_sig_fields(reader, True)]
    except Exception as error:  # noqa: BLE001 - a malformed file must not stop the document
        log.warning("signatures of %s not read: %s", path.name, " ".join(str(error).split()))
        return []
    return sorted(found, key=lambda info: (info.signed_at is None, info.signed_at.timestamp() if info.signed_at else 0))


def _signature(reader: PdfFileReader, name: str, value: Any, field: Any) -> SignatureInfo:
    """One signature field read, integrity checked; any failure is reported on the signature itself."""
    info = SignatureInfo(field=_text(name) or "")
    try:
        dictionary = value.get_object()
        info.reason = _text(dictionary.get("/Reason"))
        info.location = _text(dictionary.get("/Location"))
        info.signed_at = _pdf_date(dictionary.get("/M"))
        signature = EmbeddedPdfSignature(reader, field, name)
        _describe_signer(info, signature)
        info.signed_at = _in_zone_of(signature.self_reported_timestamp, info.signed_at) or info.signed_at
        signature.compute_integrity_info(skip_diff=True)
        info.coverage = signature.coverage.name.lower()
        info.intact, info.valid = validate_sig_integrity(
            signature.signer_info, signature.signer_cert, "data", signature.compute_digest()
        )
    except Exception as error:  # noqa: BLE001 - a broken signature is reported, not fatal
        info.error = " ".join(f"{type(error).__name__}: {error}".split())
        info.intact = False if info.intact is None and _is_mismatch(error) else info.intact
    return info


def _describe_signer(info: SignatureInfo, signature: EmbeddedPdfSignature) -> None:
    certificate = signature.signer_cert
    subject = certificate.subject.native
    info.signer = _text(subject.get("common_name"))
    info.organisation = _text(subject.get("organization_name"))
    info.subject = certificate.subject.human_friendly
    info.issuer = certificate.issuer.human_friendly


def _in_zone_of(moment: Optional[datetime], local: Optional[datetime]) -> Optional[datetime]:
    """The signed signing time (CMS, often in UTC) told in the offset of the dictionary's `/M`, where it has one."""
    if moment is None or local is None or local.tzinfo is None:
        return moment
    return moment.astimezone(local.tzinfo)


def _is_mismatch(error: Exception) -> bool:
    """Whether a failure says the signed content does not match (rather than that it could not be read)."""
    return "digest" in str(error).lower() and "match" in str(error).lower()


def _text(value: Any) -> Optional[str]:
    """A PDF text string as a plain str (pyHanko's string objects hold a reference to the open file)."""
    text = str.__str__(value).strip() if isinstance(value, str) else ""
    return text or None


def _pdf_date(value: Any) -> Optional[datetime]:
    """A PDF date string (`D:20260515164538+07'00'`) as a datetime, None when absent or malformed."""
    if value is None:
        return None
    try:
        return parse_pdf_date(str(value), strict=False)
    except Exception:  # noqa: BLE001 - a malformed /M is simply not a time
        return None
