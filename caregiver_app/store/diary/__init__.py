"""The symptom diary: entries, trackers, medicines, breakthrough doses, bulk import."""
