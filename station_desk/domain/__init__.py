"""The core records and rules: plain Python, no Qt, no SQLAlchemy (docs/ARCHITECTURE.md §Packages).

Enums and messages at the bottom; dates, units and the book descriptions on them; records,
validation, search and privacy on top. Every other layer may import from here.
"""
