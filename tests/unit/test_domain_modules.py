"""The rules of single values live along their seams (issue 17): ``validation`` keeps only
its old name, re-exporting what the new modules hold, and no domain module grows past the
size a reader takes in at once."""

from __future__ import annotations

import inspect
from pathlib import Path

from station_desk import domain
from station_desk.domain import validation

HOMES = ("problems", "text", "ids", "phones", "names", "date_rules", "people", "units")


def test_validation_holds_no_rule_of_its_own() -> None:
    public = [name for name in vars(validation) if not name.startswith("_")]
    assert "parse_id_number" in public and "parse_hours" in public and "Problems" in public
    for name in public:
        value = getattr(validation, name)
        if name == "annotations":
            continue
        home = getattr(value, "__module__", None)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert home is not None and home.rsplit(".", 1)[-1] in HOMES, name


def test_no_domain_module_is_a_book_of_its_own() -> None:
    folder = Path(domain.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 400} == {}
