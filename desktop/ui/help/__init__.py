"""Help menu: About, the built-in guide, and the logs folder for bug reports."""
