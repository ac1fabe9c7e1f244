"""Scoring the pipeline against annotated data (LitBank)."""
