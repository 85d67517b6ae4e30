"""The Replies and Case tabs, the template manager and the daily follow-up plan widget."""
