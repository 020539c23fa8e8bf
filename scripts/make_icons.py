"""Render resources/icons/app-icon.svg into the platform app icons (app.ico, app.icns, app.png).

Run after changing the SVG: `python scripts/make_icons.py`. The outputs are committed, so a
build needs neither Qt's SVG renderer nor this script.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024


def render_png(svg: Path, png: Path) -> None:
    """Draw the SVG onto a transparent square image."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(png))


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 (Qt needs an application to render)
    png = ICONS / "app.png"
    render_png(ICONS / "app-icon.svg", png)
    image = Image.open(png).convert("RGBA")
    image.save(ICONS / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.save(ICONS / "app.icns")
    image.resize((256, 256), Image.Resampling.LANCZOS).save(png)
    print("wrote app.png, app.ico, app.icns")


if __name__ == "__main__":
    main()
