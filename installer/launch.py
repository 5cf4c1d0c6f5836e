"""The bundle's entry point: the same ``main`` as the ``caregiver-app`` command of a pip install."""

from caregiver_app.cli.main import main

raise SystemExit(main())
