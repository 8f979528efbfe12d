"""驿站台账 Station Desk: the books of a retired cadres' party-branch station."""

__version__ = "0.1.0"
