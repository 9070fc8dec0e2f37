"""The bundled executable's entry point: the same CLI (and GUI) as `python -m qazmail_desktop`."""

from qazmail_desktop.cli.main import main

raise SystemExit(main())
