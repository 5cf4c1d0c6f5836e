"""Allows ``python -m caregiver_app``."""

from caregiver_app.cli.main import main

raise SystemExit(main())
