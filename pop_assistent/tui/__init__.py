"""The Textual front end: shows the engine's state and forwards the user's input.

Only this package imports textual. Use `pop_assistent.tui.app.make_app(settings)`.
"""
