"""Seller Desk: the order desk for one-person cross-border e-commerce sellers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seller-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
