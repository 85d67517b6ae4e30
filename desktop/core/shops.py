"""The seller's shops as the settings edit them: read all, write all in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from desktop.core.models import Shop
from desktop.core.models.base import database_proxy

# The stubs do not know peewee's implicit primary key.
_shop_pk: Any = Shop._meta.primary_key


@dataclass
class ShopData:
    id: int | None
    marketplace: str
    name: str
    signature: str = ""
    reply_language: str = ""  # empty: reply in the buyer's language


class DuplicateShop(ValueError):
    """Two shops with the same marketplace and name."""


def list_shops() -> list[ShopData]:
    return [
        ShopData(int(cast(Any, s).id), s.marketplace, s.name, s.signature, s.reply_language)
        for s in Shop.select().order_by(Shop.marketplace, Shop.name)
    ]


def save_shops(shops: Sequence[ShopData]) -> None:
    """Make the Shop table hold exactly these shops; orders of a removed shop keep no shop."""
    seen: set[tuple[str, str]] = set()
    for shop in shops:
        key = (shop.marketplace, shop.name.strip())
        if key in seen:
            raise DuplicateShop(f"{shop.marketplace}: {shop.name}")
        seen.add(key)
    with database_proxy.obj.atomic():
        kept = [s.id for s in shops if s.id is not None]
        Shop.delete().where(_shop_pk.not_in(kept)).execute()
        # Renames may swap names; clear them first so the unique index never sees a clash.
        for shop in shops:
            if shop.id is not None:
                Shop.update(name=f"\uffff{shop.id}").where(_shop_pk == shop.id).execute()
        for shop in shops:
            values = {
                "marketplace": shop.marketplace,
                "name": shop.name.strip(),
                "signature": shop.signature,
                "reply_language": shop.reply_language,
            }
            if shop.id is None:
                shop.id = Shop.insert(**values).execute()
            else:
                Shop.update(**values).where(_shop_pk == shop.id).execute()
