"""Replies: scenario catalogue, rendering, buyer local time, message log, cases, follow-ups."""
