"""The record models and the JSON Schema exported from them (schemas/record.schema.json)."""

from schemas.models import Record

__all__ = ["Record"]
