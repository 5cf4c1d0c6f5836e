"""The Learn tab: articles, the reader, search, questions for the care team."""
