"""Sign a rendition of the seed the way Vietnamese signing systems do: number and day stamped at signing.

The seed is laid out again (tools.render_pdf) under a header whose `Số:` and `ngày` are printed blank, as a
document leaves the drafting office. It is then signed three times with pyHanko, each signature an
incremental update: the signer's own signature (invisible), then the issuing body's signatures whose
widgets stand over the blanks and whose appearances print the number and the day, as the clerk's
(văn thư) signing tool does. The page text keeps its blanks; only the drawn page shows the values.

The certificates are self-made (Ed25519 keys from fixed seeds, self-signed, invented names); nothing here
is a real authority. Everything is fixed (keys, certificates, signing times, document id, Ed25519's
deterministic signatures), so the same seed signs to the same bytes and outputs/ do not churn.
The number and the day are invented for this rendition: the seed report prints none.

    python -m tools.render_signed SEED.txt OUT.pdf
"""

from __future__ import annotations

import hashlib
import io
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tools.render_pdf import render_seed_pdf

NUMBER, DAY = "125", "16"
HEADER = [
    "UBND TỈNH TUYÊN QUANG",
    "SỞ CÔNG THƯƠNG",
    "Số:          /BC-SCT",
    "Tuyên Quang, ngày        tháng 6 năm 2025",
]
VN = timezone(timedelta(hours=7))
SIGNED_AT = datetime(2025, 6, 16, 9, 30, tzinfo=VN)
PERSON = ("Người Ký Thử", "ĐƠN VỊ THỬ NGHIỆM BAOCAO")  # common name, organisation: invented
BODY = ("ĐƠN VỊ THỬ NGHIỆM BAOCAO", "ĐƠN VỊ THỬ NGHIỆM BAOCAO")
STAMP_SIZE = 12
STAMP_BOX = (48, 8, 24)  # least width, depth below and height above the baseline: pyHanko's text box fits


def render_signed_pdf(seed_txt: Path, out_pdf: Path) -> None:
    """Write `out_pdf`: the seed under a header with blanks, signed, number and day in the stamps."""
    with tempfile.TemporaryDirectory() as folder:
        headed = Path(folder) / "headed.txt"
        header = "".join(f"{line} \n\n" for line in HEADER)
        headed.write_text(header + seed_txt.read_text(encoding="utf-8"), encoding="utf-8")
        unsigned = Path(folder) / "unsigned.pdf"
        render_seed_pdf(headed, unsigned)
        data = unsigned.read_bytes()
    number_box, day_box = _blank_after(data, "Số:", "/BC-SCT"), _blank_after(data, "ngày", "tháng")
    person, body = _signer(*PERSON, seed=b"person"), _signer(*BODY, seed=b"body")
    data = _sign(data, person, "Signature1", SIGNED_AT, None, None)
    data = _sign(data, body, "Signature2", SIGNED_AT + timedelta(minutes=5), number_box, NUMBER)
    data = _sign(data, body, "Signature3", SIGNED_AT + timedelta(minutes=5, seconds=4), day_box, DAY)
    out_pdf.write_bytes(data)


Box = tuple[int, int, int, int]  # PDF coordinates: left, bottom, right, top


def _blank_after(data: bytes, before: str, after: str) -> Box:
    """The box of the blank between `before` and `after` on the first page's line that holds both."""
    document = pdfium.PdfDocument(data)
    try:
        textpage = document[0].get_textpage()
        text = textpage.get_text_range()
        start = text.index(before)
        end = text.index(after, start)
        left = textpage.get_charbox(start + len(before) - 1)
        right = textpage.get_charbox(end)
        middle, baseline = (left[2] + right[0]) / 2, left[1]
        half = max(right[0] - left[2], STAMP_BOX[0]) / 2
        return (round(middle - half), round(baseline - STAMP_BOX[1]), round(middle + half), round(baseline + STAMP_BOX[2]))
    finally:
        document.close()


def _signer(common_name: str, organisation: str, seed: bytes) -> signers.SimpleSigner:
    """A signer with a self-signed certificate on an Ed25519 key derived from `seed` (fixed validity)."""
    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"baocao corpus " + seed).digest())
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(hashlib.sha256(seed).digest()[:8], "big"))
        .not_valid_before(datetime(2025, 1, 1, tzinfo=timezone.utc))
        .not_valid_after(datetime(2035, 1, 1, tzinfo=timezone.utc))
        .sign(key, None)
    )
    cert = asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    private = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return signers.SimpleSigner(cert, private, SimpleCertificateStore.from_certs([cert]))


class _StableWriter(IncrementalPdfFileWriter):
    """pyHanko draws the new revision's document id at random and stamps /ModDate with the clock; here the
    id is a digest of the previous bytes and the document information is left as it was."""

    @classmethod
    def _handle_id(cls, prev):  # type: ignore[no-untyped-def]
        first = super()._handle_id(prev)[0]
        prev.stream.seek(0)
        return generic.ArrayObject([first, generic.ByteStringObject(hashlib.md5(prev.stream.read()).digest())])

    def _update_meta(self) -> None:
        return None


class _FixedTimeSigner(signers.PdfSigner):
    """A PdfSigner whose signing time is given, not read from the clock."""

    def __init__(self, *args, signed_at: datetime, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._signed_at = signed_at

    def init_signing_session(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        session = super().init_signing_session(*args, **kwargs)
        session.system_time = self._signed_at
        return session


def _sign(data: bytes, signer: signers.SimpleSigner, field: str, at: datetime, box: Box | None, text: str | None) -> bytes:
    """`data` with one more signature; when `box` is given, a widget there whose appearance prints `text`."""
    writer = _StableWriter(io.BytesIO(data))
    style = TextStampStyle(
        stamp_text=text or "",
        border_width=0,
        text_box_style=TextBoxStyle(font_size=STAMP_SIZE),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )
    pdf_signer = _FixedTimeSigner(
        signers.PdfSignatureMetadata(field_name=field, reason="Ký số văn bản", location="Tuyên Quang"),
        signer=signer,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name=field, on_page=0, box=box),
        signed_at=at,
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m tools.render_signed SEED.txt OUT.pdf")
    render_signed_pdf(Path(sys.argv[1]), Path(sys.argv[2]))
