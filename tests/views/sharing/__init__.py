"""Tests of the window side of sharing through a family folder."""
