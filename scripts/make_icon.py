"""Draw OrgDraft's icon — a small organization chart on a blue tile — with QtGui and write
``resources/orgdraft.png`` (256 px, the window icon) and ``resources/orgdraft.ico`` (16–256
px, the Windows executables' icon; PNG-compressed entries, which Windows reads since Vista).

    python scripts/make_icon.py

The files are committed; run this only to change the drawing.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> bytes:
    """The icon at ``size`` × ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    sys.path.insert(0, str(ROOT))
    from desktop.chart.orgchart import png_bytes

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1F4E8C"))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    painter.setPen(QPen(QColor("#FFFFFF"), 14))
    painter.drawLine(128, 92, 128, 124)  # head down to the bar
    painter.drawLine(60, 124, 196, 124)  # the bar
    for x in (60, 128, 196):
        painter.drawLine(x, 124, x, 150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(QRectF(88, 44, 80, 52), 10, 10)  # the head of the organization
    painter.setBrush(QColor("#FFD166"))  # a new unit, marked as the charts mark it
    painter.drawRoundedRect(QRectF(166, 146, 60, 52), 10, 10)
    painter.setBrush(QColor("#FFFFFF"))
    for x in (30, 98):
        painter.drawRoundedRect(QRectF(x, 146, 60, 52), 10, 10)
    painter.end()
    return png_bytes(image)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding the PNG images (``{size: png}``)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    pngs = {size: draw(size) for size in SIZES}
    (ROOT / "resources" / "orgdraft.png").write_bytes(pngs[256])
    (ROOT / "resources" / "orgdraft.ico").write_bytes(ico(pngs))
    del app
    print(ROOT / "resources" / "orgdraft.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
