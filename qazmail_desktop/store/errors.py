"""Errors of the local store, light to import (the command line maps them to exit codes)."""

from __future__ import annotations

from ..errors import UserFacingError


class CacheUnusable(UserFacingError):
    """The cache database cannot be opened: damaged, not a database, or not readable."""
