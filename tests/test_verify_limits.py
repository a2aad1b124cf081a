"""Files check-pdf cannot check are refused in one sentence, quickly, without filling the memory."""
from __future__ import annotations

import io
import resource
import time

import pytest
from pypdf import PdfReader, PdfWriter

from exports.verify import Limits, PdfRefused, verify_pdf
from tests import case_factory as cf
from tests import pdf_plant as plant

MiB = 1024 * 1024


@pytest.fixture(scope="module")
def case():
    return cf.make_case()


def refusal(data: bytes, case, limits: Limits | None = None) -> str:
    with pytest.raises(PdfRefused) as err:
        verify_pdf(data, case, "court", limits=limits)
    message = str(err.value)
    assert message.count(". ") == 0 and message.endswith("."), message     # one sentence
    return message


def test_a_compression_bomb_is_refused_quickly_with_the_default_limits(case):
    data = plant.bomb(200 * MiB)              # about 200 KB on disk, like the file in issue 14
    assert len(data) < 400_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    message = refusal(data, case)
    assert time.monotonic() - start < 10
    assert "compression bomb" in message and "64 MiB" in message
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
    assert grown < 300 * MiB


def test_many_streams_that_are_each_small_enough_are_refused_together(case):
    message = refusal(plant.bomb(MiB, streams=5), case, Limits(max_stream=2 * MiB, max_total=3 * MiB))
    assert "more than 3 MiB" in message


def test_too_many_objects(case):
    message = refusal(plant.raw_pdf([b"<< >>"] * 20), case, Limits(max_objects=10))
    assert message == "The PDF has more than 10 objects; Casefile cannot check it."


def test_too_slow(case):
    message = refusal(plant.pages(["Relative 1 stayed."]), case, Limits(seconds=0))
    assert message.startswith("Checking the PDF took longer than 0 seconds")


def test_too_large(case):
    assert refusal(plant.pages(["x"]), case, Limits(max_file=100)) == \
        "The PDF is larger than 0 MiB; Casefile cannot check it."


def test_an_encrypted_pdf_is_refused(case):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plant.pages(["Aqan Serikuly"]))))
    writer.encrypt(user_password="", owner_password="secret")
    out = io.BytesIO()
    writer.write(out)
    assert refusal(out.getvalue(), case) == "The PDF is password-protected (encrypted); Casefile cannot check it."
    marked = plant.raw_pdf([b"<< /Filter /Standard /V 2 >>"], trailer_extra=b"/Encrypt 5 0 R ")
    assert "password-protected" in refusal(marked, case)


def test_not_a_pdf(case):
    assert refusal(b"Dear court, ...", case) == "The file is not a PDF; Casefile cannot check it."


def test_a_damaged_pdf_is_refused_not_passed(case):
    data = plant.pages(["Her father Aqan Serikuly stayed behind."])
    broken = data[:200] + b"\x00" * 4000 + data[4200:]
    try:
        report = verify_pdf(broken, case, "court")
    except PdfRefused as exc:
        assert "cannot check it" in str(exc)
    else:
        assert report.leaks or report.uncheckable
