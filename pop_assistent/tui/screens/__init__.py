"""Screens and modals of the app (one modal per file)."""
