"""Peewee models. Each area keeps its own module; ALL_MODELS lists them for schema creation."""

from desktop.core.models.base import database_proxy
from desktop.core.models.evidence import EvidenceItem
from desktop.core.models.imports import ImportBatch, MappingProfile
from desktop.core.models.meta import Meta
from desktop.core.models.orders import Order, OrderLine, Shop, SourceRow
from desktop.core.models.packing import PackScan
from desktop.core.models.replies import BuyerLanguage, Case, CaseStep, CustomTemplate, Message
from desktop.core.models.searches import SavedSearch
from desktop.core.models.skus import SkuBarcode, SkuLocation

# Every table, parents before children. A feature area adds its models here.
ALL_MODELS: tuple[type, ...] = (Meta, Shop, ImportBatch, MappingProfile, Order, OrderLine, SourceRow, SkuBarcode, SkuLocation, EvidenceItem, SavedSearch, Case, Message, CaseStep, CustomTemplate, PackScan, BuyerLanguage)


__all__ = [
    "ALL_MODELS",
    "BuyerLanguage",
    "EvidenceItem",
    "ImportBatch",
    "MappingProfile",
    "Meta",
    "Order",
    "OrderLine",
    "PackScan",
    "SavedSearch",
    "Shop",
    "SkuBarcode",
    "SkuLocation",
    "SourceRow",
    "database_proxy",
]
