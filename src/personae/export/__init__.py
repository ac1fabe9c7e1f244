"""Views of the document model for people and other programs: JSON, the cast table, ..."""
