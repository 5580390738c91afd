"""Calendar exports (iCalendar files for Outlook and any other calendar)."""
