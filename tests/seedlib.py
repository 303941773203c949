"""Helpers for the seed tests: where the seeds are and how to compare with the
hand-verified expectations in ``tests/expected/``."""

from __future__ import annotations

import functools
import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

import jixiao

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
EXPECTED = Path(__file__).parent / "expected"


def seed_path(name: str) -> Path:
    p = SEEDS / name
    if not p.exists():
        pytest.skip(f"seed {name} not available (../shared/seeds)")
    return p


@functools.lru_cache(maxsize=None)
def package(name: str):
    return jixiao.load(seed_path(name))


def expected(module: str):
    spec = importlib.util.spec_from_file_location(module, EXPECTED / f"{module}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pct(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text.rstrip("%"))


def value(amount) -> Decimal | None:
    return None if amount is None else amount.value
