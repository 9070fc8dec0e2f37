"""The card's page as the specification fixes it: A4 portrait, margins 30/20/10/20 mm (in PDF points)."""

from __future__ import annotations

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
LEFT, TOP, RIGHT, BOTTOM = 30 * MM, 20 * MM, 10 * MM, 20 * MM
WIDTH = A4[0] - LEFT - RIGHT
HEIGHT = A4[1] - TOP - BOTTOM
