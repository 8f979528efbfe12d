"""The cases, in the issue's order; each ``run(ctx)`` returns rows of the results table."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from harness import BenchContext, Row

NAMES = ("startup", "search", "roster", "import", "memory", "summary", "demo", "door", "hostile")
_MODULES = {name: f"cases.{'imports' if name == 'import' else name}" for name in NAMES}


def runner(name: str) -> Callable[[BenchContext], list[Row]]:
    """The case's ``run``; imported on demand so one case's imports cost the others nothing."""
    module = importlib.import_module(_MODULES[name])
    run: Callable[[BenchContext], list[Row]] = module.run
    return run
