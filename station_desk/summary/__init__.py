"""The summary's presentation in plain Python: figures and periods, sections, charts, paragraph."""
