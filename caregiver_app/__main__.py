"""Allows ``python -m caregiver_app``."""

from caregiver_app import start_up_gc

start_up_gc.hold()  # the imports below are most of a command's start (see the module)

from caregiver_app.cli.main import main  # noqa: E402

raise SystemExit(main())
