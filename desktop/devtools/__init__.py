"""Developer tools (translations); not part of the running app."""
