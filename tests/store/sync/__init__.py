"""Tests of sharing one record between computers (store/sync)."""
