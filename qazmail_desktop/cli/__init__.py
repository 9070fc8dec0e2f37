"""The ``qazmail-desktop`` command line: the same core the GUI drives."""
