"""The marketplace's own time zone and currency by country, for exports that do not say."""

from __future__ import annotations

# The seller-centre clock of each country's marketplace site.
COUNTRY_ZONE = {
    "MY": "Asia/Kuala_Lumpur", "SG": "Asia/Singapore", "TH": "Asia/Bangkok", "VN": "Asia/Ho_Chi_Minh",
    "ID": "Asia/Jakarta", "PH": "Asia/Manila", "TW": "Asia/Taipei", "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City", "CO": "America/Bogota", "CL": "America/Santiago",
    "AR": "America/Argentina/Buenos_Aires", "US": "America/Los_Angeles", "GB": "Europe/London",
    "CN": "Asia/Shanghai", "JP": "Asia/Tokyo", "KR": "Asia/Seoul",
}  # fmt: skip

COUNTRY_CURRENCY = {
    "MY": "MYR", "SG": "SGD", "TH": "THB", "VN": "VND", "ID": "IDR", "PH": "PHP", "TW": "TWD",
    "BR": "BRL", "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "PE": "PEN", "UY": "UYU",
    "CN": "CNY", "JP": "JPY", "KR": "KRW",
}  # fmt: skip
