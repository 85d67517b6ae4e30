"""Guessing canonical fields from the headers of an unknown layout, by every profile's synonyms."""

from __future__ import annotations

from desktop.core.orders.layout import norm_header, parse_synonym
from desktop.core.orders.profiles import PROFILES

# Plain words sellers' own sheets use, beyond the marketplaces' headers.
_EXTRA = {
    "order_id": ("order", "order no", "order number", "订单", "订单编号", "注文番号", "pedido", "commande", "bestellung", "bestellnummer", "auftragsnummer", "주문번호", "주문코드", "numéro de commande"),
    "buyer_name": ("name", "customer", "customer name", "recipient", "收件人", "收货人", "nombre", "cliente", "kunde", "empfänger", "고객", "수취인", "수령인", "client", "destinataire"),
    "country": ("country", "国家", "país", "pays", "land", "국가"),
    "sku": ("sku", "item sku", "货号", "商品编码", "artikelnummer", "상품코드"),
    "title": ("product", "item", "product name", "商品", "商品名称", "producto", "artikel", "produkt", "상품", "상품명", "produit"),
    "quantity": ("qty", "quantity", "数量", "cantidad", "menge", "anzahl", "수량", "quantité"),
    "unit_price": ("price", "unit price", "单价", "precio", "preis", "einzelpreis", "단가", "판매가", "prix"),
    "total": ("total", "amount", "order total", "金额", "总额", "importe", "summe", "gesamt", "gesamtbetrag", "금액", "결제금액", "montant"),
    "tracking_number": ("tracking", "tracking no", "运单号", "快递单号", "seguimiento"),
    "phone": ("phone", "telephone", "mobile", "电话", "手机", "teléfono"),
    "city": ("city", "城市", "ciudad", "stadt"),
    "postcode": ("zip", "postcode", "postal code", "邮编", "código postal", "plz"),
}  # fmt: skip


def guess_mapping(headers: list[str]) -> dict[str, int]:
    keys = [norm_header(h) for h in headers]
    synonyms: dict[str, list[str]] = {}
    for profile in PROFILES:
        for name, names in profile.fields.items():
            synonyms.setdefault(name, []).extend(parse_synonym(s).key for s in names)
    for name, names in _EXTRA.items():
        synonyms.setdefault(name, []).extend(norm_header(s) for s in names)
    guessed: dict[str, int] = {}
    used: set[int] = set()
    for name, candidates in synonyms.items():
        for candidate in candidates:
            match = next((i for i, k in enumerate(keys) if k == candidate and i not in used), None)
            if match is not None:
                guessed[name] = match
                used.add(match)
                break
    return guessed
