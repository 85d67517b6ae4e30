"""Packing evidence: a content-addressed store, media metadata, thumbnails, dispute packs."""
