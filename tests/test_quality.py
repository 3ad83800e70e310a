"""The quality gate: scores on the shared dev sets stay above the floors in quality_floors.toml."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import ConfigError
from rasd.evaluate import check_floors, evaluate_sets, shared_dir

FLOORS = Path(__file__).resolve().parents[1] / "quality_floors.toml"


def _shared():
    try:
        return shared_dir()
    except ConfigError:
        return None


@pytest.mark.slow
@pytest.mark.skipif(_shared() is None, reason="the shared folder with eval/ is not beside the checkout")
def test_scores_stay_above_the_floors():
    results = evaluate_sets()
    assert set(results) >= {"seeds", "dev", "dev_airwars"}
    assert check_floors(results, FLOORS) == []


def test_floor_check_reports_what_fell(tmp_path):
    floors = tmp_path / "floors.toml"
    floors.write_text('[dev]\n"incidents.f1" = 0.9\n"field_accuracy.actor1" = 0.5\n', encoding="utf-8")
    results = {"dev": {"incidents": {"f1": 0.6}, "field_accuracy": {"actor1": 0.7}}}
    assert check_floors(results, floors) == ["dev incidents.f1 = 0.6 < 0.9"]


# Linking on the hand-annotated sets (issue 4): pairwise F1 of the merged records, a little under
# today's (dev 0.91 on 11 scorable gold pairs, seeds 1.0). The Airwars set (0.78) takes half a
# minute and is measured by `rasd link-eval`, not here.
LINK_FLOORS = {"seeds": 1.0, "dev": 0.85}


@pytest.mark.slow
@pytest.mark.skipif(_shared() is None, reason="the shared folder with eval/ is not beside the checkout")
@pytest.mark.parametrize("name", sorted(LINK_FLOORS))
def test_linking_stays_above_its_floor(name):
    from rasd.ingest import link_eval

    d = _shared() / "eval" / name
    result = link_eval(d / "documents.jsonl", d / "gold.jsonl")
    assert result["linking"]["f1"] >= LINK_FLOORS[name], result["linking"]
