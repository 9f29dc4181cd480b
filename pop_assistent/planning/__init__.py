"""Planning: calendars, holidays, check-in schedules and reminders (one module per concern)."""
