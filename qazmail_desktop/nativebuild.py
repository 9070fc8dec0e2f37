"""Whether the GOST C extensions were built, asked at every start of the command line without
importing the crypto package (asn1crypto: 60 ms of each command's start, which `sync` and `list`
do not pay). ``crypto.native`` says which arithmetic was built, by importing it, for --version and
the About box; this only looks for the files where the import would find them."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

EXTENSIONS = ("_gost3410", "_streebog")


def extensions_built() -> bool:
    folder = Path(__file__).resolve().parent / "crypto"
    return all(any((folder / f"{name}{suffix}").is_file() for suffix in EXTENSION_SUFFIXES) for name in EXTENSIONS)
