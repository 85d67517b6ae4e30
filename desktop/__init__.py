"""Seller Desk: the order desk for one-person cross-border e-commerce sellers."""

# The one place the version is written: pyproject.toml reads it from here (tool.setuptools.dynamic),
# and the program does not pay for importlib.metadata at every start.
__version__ = "0.1.0"
