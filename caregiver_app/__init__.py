"""Care Companion: a private, offline care record for family caregivers."""

__version__ = "0.1.0"

APP_NAME = "Care Companion"
ORGANISATION_NAME = "Care Companion"
# The folder and settings names Qt derives from these must never change,
# or existing users would lose sight of their data.
APP_ID = "caregiver-app"
