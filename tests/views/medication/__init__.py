"""Tests of the medicine views."""
