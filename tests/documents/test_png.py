"""The PNG writer of the charts, without Qt: chunks, checksums and rows as the format says."""

from __future__ import annotations

import struct
import zlib

import pytest

from desktop.chart.png import SIGNATURE, png_rgb


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    assert png.startswith(SIGNATURE)
    chunks, at = [], len(SIGNATURE)
    while at < len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + size]
        (crc,) = struct.unpack(">I", png[at + 8 + size : at + 12 + size])
        assert crc == zlib.crc32(kind + data)
        chunks.append((kind, data))
        at += 12 + size
    return chunks


def test_rows_are_written_unfiltered_without_the_padding_of_each_line():
    pixels = bytes([1, 2, 3, 4, 5, 6, 0xEE, 0xEE, 7, 8, 9, 10, 11, 12, 0xEE, 0xEE])
    png = png_rgb(2, 2, pixels, stride=8, dots_per_meter=(3780, 3779))
    chunks = _chunks(png)
    assert [kind for kind, _ in chunks] == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]
    assert chunks[0][1] == struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    assert chunks[1][1] == struct.pack(">IIB", 3780, 3779, 1)
    assert zlib.decompress(chunks[2][1]) == bytes([0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12])


def test_no_resolution_no_phys_chunk():
    kinds = [kind for kind, _ in _chunks(png_rgb(1, 1, b"\xff\x00\x00", stride=3))]
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]


@pytest.mark.parametrize(
    ("width", "height", "stride", "size"), [(0, 1, 3, 3), (2, 1, 5, 6), (2, 2, 6, 11)]
)
def test_pixels_that_do_not_fit_the_size_are_refused(width, height, stride, size):
    with pytest.raises(ValueError):
        png_rgb(width, height, bytes(size), stride)


def test_rows_compressed_in_batches_make_the_same_picture(monkeypatch):
    import desktop.chart.png as png

    pixels = bytes(range(256)) * 3 * 7  # 7 rows of 256 pixels … 3 bytes each, 4 per batch
    whole = png_rgb(256, 7, pixels, stride=768)
    monkeypatch.setattr(png, "BATCH_BYTES", 769 * 4)
    batched = png_rgb(256, 7, pixels, stride=768)
    rows = b"".join(b"\x00" + pixels[y * 768 : (y + 1) * 768] for y in range(7))
    for data in (whole, batched):
        assert zlib.decompress(dict(_chunks(data))[b"IDAT"]) == rows
