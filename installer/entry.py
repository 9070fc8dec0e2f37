"""The bundled executable's entry point: the same CLI (and GUI) as `python -m qazmail_desktop`."""

import multiprocessing

from qazmail_desktop.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the search indexer runs as a second process of this executable
    raise SystemExit(main())
