"""The Diary tab: entries, medicines and doses, alerts, the trend chart, files."""
