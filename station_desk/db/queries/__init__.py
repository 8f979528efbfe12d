"""The read side: frozen rows for the tabs, the summary, print and export (docs/ARCHITECTURE.md §Data)."""
