"""The base of every error raised on purpose with a message written for the user. It lives
outside the layers so that the command line can catch all of them without importing the layers
(the EDS core alone costs 60 ms of start-up, which a sync with nothing new must not pay)."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message can be shown to the user as it is."""
