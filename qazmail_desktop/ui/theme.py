"""Light and dark themes: the system's by default, or Qt's Fusion style with a light or dark
palette chosen in Settings (verdict colours follow the palette: models.tone_color)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("", "light", "dark")  # "" follows the system

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Highlight: "#2f6db5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.BrightText: "#ffffff",
}


def apply_theme(app: QApplication, theme: str) -> None:
    if theme not in ("light", "dark"):
        return
    style = QStyleFactory.create("Fusion")
    palette = QPalette((style or app.style()).standardPalette())
    if theme == "dark":
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    app.setPalette(palette)
    # the style after the palette: setting it polishes every widget again, those with a style sheet
    # (signature cards) too, which otherwise kept the previous theme's colours until a restart
    if style is not None:
        app.setStyle(style)
