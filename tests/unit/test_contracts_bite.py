"""The import contracts bite: each is broken by the import it exists to stop.

The contracts in pyproject.toml name packages and forbid by default, so a module added
anywhere is covered the day it is made (docs/ARCHITECTURE.md §Layers). A contract that lists
modules one by one can stay green while the rule is broken (issue 17: a PySide6 import in
summary_sections.py (now summary/sections.py) went unnoticed), so these tests copy the package into a temporary folder,
add a forbidden import, and expect lint-imports to fail on that contract and pass on the clean
copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lint_imports() -> str:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("lint-imports is not installed in the test environment (dev dependency group)")
    return found


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the package's Python files and the project's contracts, outside the repository."""
    shutil.copytree(
        ROOT / "station_desk",
        tmp_path / "station_desk",
        ignore=lambda folder, names: [
            n for n in names if not n.endswith(".py") and not (Path(folder) / n).is_dir()
        ],
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def lint(lint_imports: str, copy: Path, contract: str) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, before the installed (editable) package.
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run(
        [lint_imports, "--no-cache", "--contract", contract],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def write(copy: Path, relative: str, text: str) -> None:
    path = copy / "station_desk" / relative
    if path.exists():
        text = path.read_text(encoding="utf-8") + "\n" + text
    path.write_text(text, encoding="utf-8")


CONTRACTS = [
    "layers",
    "qt",
    "sqlalchemy",
    "domain-layers",
    "db-layers",
    "safekeeping-layers",
    "summary-layers",
]


@pytest.mark.parametrize("contract", CONTRACTS)
def test_the_clean_copy_keeps_every_contract(lint_imports: str, copy: Path, contract: str) -> None:
    result = lint(lint_imports, copy, contract)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("contract", "relative", "text"),
    [
        # The case: summary/sections is read by reports/, exchange/ and db/.
        ("qt", "summary/sections.py", "from PySide6.QtCore import QObject  # noqa\n"),
        # A module made today in a package the contract does not name is covered too.
        ("qt", "exchange/sheet_preview.py", '"""New."""\nimport shiboken6  # noqa\n'),
        (
            "sqlalchemy",
            "reports/dues_sheet.py",
            '"""New."""\nfrom sqlalchemy import select  # noqa\n',
        ),
        ("sqlalchemy", "print_jobs.py", "from sqlalchemy.orm import Session  # noqa\n"),
        ("sqlalchemy", "ui/dues_tab.py", '"""New."""\nimport alembic  # noqa\n'),
        # The plain-Python core may not reach up into the desk.
        ("layers", "domain/records.py", "import station_desk.ui.terms  # noqa\n"),
        ("layers", "domain/units.py", "import station_desk.db.schema.models  # noqa\n"),
        # The domain is plain: no Qt, no SQLAlchemy, even in a module made tomorrow.
        ("qt", "domain/dues.py", '"""New."""\nfrom PySide6.QtCore import QDate  # noqa\n'),
        ("sqlalchemy", "domain/dues.py", '"""New."""\nimport sqlalchemy  # noqa\n'),
        # Inside the packages the order holds too.
        ("domain-layers", "domain/enums.py", "import station_desk.domain.records  # noqa\n"),
        ("domain-layers", "domain/dues.py", '"""New."""\n'),
        ("db-layers", "db/schema/models.py", "import station_desk.db.queries.core  # noqa\n"),
        ("db-layers", "db/queries/core.py", "import station_desk.db.demo  # noqa\n"),
        # The loop that was: health may not import backup (the door sits above both).
        (
            "safekeeping-layers",
            "db/safekeeping/health.py",
            "from station_desk.db.safekeeping import backup  # noqa\n",
        ),
        ("summary-layers", "summary/records.py", "import station_desk.summary.charts  # noqa\n"),
        # A new module at the top must be given its layer (the layers contract is exhaustive).
        ("layers", "party_dues.py", '"""New."""\n'),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    lint_imports: str, copy: Path, contract: str, relative: str, text: str
) -> None:
    write(copy, relative, text)
    result = lint(lint_imports, copy, contract)
    assert result.returncode != 0, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and "0 kept, 1 broken" in result.stdout, result.stdout
