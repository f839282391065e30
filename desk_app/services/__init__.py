"""Async use cases, one transaction each; they return plain dataclasses. No Qt."""
