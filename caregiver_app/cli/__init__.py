"""The ``caregiver-app`` command line: one module per command, and ``main``."""
