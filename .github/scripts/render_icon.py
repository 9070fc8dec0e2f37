"""The application icon (an SVG) as a Windows .ico or a macOS .iconset folder (for `iconutil -c icns`).

    python .github/scripts/render_icon.py resources/icons/qazmail.svg installer/windows/qazmail.ico
    python .github/scripts/render_icon.py resources/icons/qazmail.svg build/qazmail.iconset
    iconutil -c icns build/qazmail.iconset -o installer/macos/qazmail.icns

Drawn by Qt's SVG renderer (PySide6, already a dependency) at each size; the .ico is written by Pillow.
Run with QT_QPA_PLATFORM=offscreen where there is no display.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICONSET = {  # file name in the .iconset -> pixels
    f"icon_{size}x{size}{suffix}.png": size * scale
    for size in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a drawable SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    from PySide6.QtGui import QGuiApplication

    svg, out = Path(argv[0]), Path(argv[1])
    app = QGuiApplication([])  # noqa: F841 - QImage and QPainter need one
    if out.suffix == ".iconset":
        out.mkdir(parents=True, exist_ok=True)
        for name, pixels in ICONSET.items():
            render(svg, pixels, out / name)
    elif out.suffix == ".ico":
        from PIL import Image

        with tempfile.TemporaryDirectory() as tmp:
            images = []
            for size in ICO_SIZES:
                render(svg, size, Path(tmp) / f"{size}.png")
                images.append(Image.open(Path(tmp) / f"{size}.png").convert("RGBA"))
            largest = images[-1]
            largest.save(out, format="ICO", sizes=[i.size for i in images], append_images=images[:-1])
    else:
        print("the output must end in .ico or .iconset", file=sys.stderr)
        return 2
    print(f"{svg} -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
