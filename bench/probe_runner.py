"""Start ``desk_probe.py`` in a fresh process and time its events on the parent's clock.

The child runs offscreen with compiled bytecode kept in the bench cache: an installed app
has its ``.pyc`` files, while this repository's environment sets PYTHONDONTWRITEBYTECODE,
which would make every start compile SQLAlchemy and the desk from source (about 1.5 s more).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROBE = Path(__file__).with_name("desk_probe.py")
TIMEOUT_S = 600


@dataclass(frozen=True)
class ProbeRun:
    """Seconds from process start to each printed event, and the final JSON result."""

    events: dict[str, float]
    result: dict[str, Any]


def probe_env(cache_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir / "pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_probe(args: list[str], cache_dir: Path) -> ProbeRun:
    """Run the probe with ``args``; raise with its stderr when it fails."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(PROBE), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=probe_env(cache_dir),
        text=True,
    )
    events: dict[str, float] = {}
    result: dict[str, Any] | None = None
    assert child.stdout is not None
    for line in child.stdout:
        now = time.perf_counter() - start
        line = line.strip()
        if line.startswith("result "):
            result = json.loads(line[len("result ") :])
        elif line:
            events.setdefault(line, now)
    _, err = child.communicate(timeout=TIMEOUT_S)
    if child.returncode != 0 or result is None:
        raise RuntimeError(f"desk_probe {' '.join(args)} failed ({child.returncode}):\n{err}")
    return ProbeRun(events, result)
