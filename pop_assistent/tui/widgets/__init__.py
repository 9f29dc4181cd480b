"""Reusable widgets of the app: they display what they are given and post messages up."""
