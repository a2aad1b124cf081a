"""Briefs, redaction, PDF verification and encrypted bundles. No Qt, no storage: input is models."""
