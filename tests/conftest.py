"""Test-wide settings: property tests have no time limit per example. Their work is checked here;
their speed is the benchmarks' business, and a loaded CI machine would fail them at random."""
from hypothesis import settings

settings.register_profile("rasd", deadline=None)
settings.load_profile("rasd")
