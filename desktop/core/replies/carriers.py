"""Where a buyer can follow a parcel: the carrier's own tracking page when we know it, else a
universal tracker that recognises most international numbers."""

from __future__ import annotations

import re
from urllib.parse import quote

# Lower-cased substring of the carrier name -> tracking URL with {n} for the number.
_CARRIER_URLS: tuple[tuple[str, str], ...] = (
    ("usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels={n}"),
    ("ups", "https://www.ups.com/track?tracknum={n}"),
    ("fedex", "https://www.fedex.com/fedextrack/?trknbr={n}"),
    ("dhl", "https://www.dhl.com/global-en/home/tracking.html?tracking-id={n}"),
    ("royal mail", "https://www.royalmail.com/track-your-item#/tracking-results/{n}"),
    ("canada post", "https://www.canadapost-postescanada.ca/track-reperage/en#/details/{n}"),
    ("australia post", "https://auspost.com.au/mypost/track/details/{n}"),
    ("yunexpress", "https://www.yuntrack.com/parcelTracking?id={n}"),
    ("yun express", "https://www.yuntrack.com/parcelTracking?id={n}"),
    ("cainiao", "https://global.cainiao.com/newDetail.htm?mailNoList={n}"),
    ("aliexpress", "https://global.cainiao.com/newDetail.htm?mailNoList={n}"),
    ("4px", "https://track.4px.com/#/result/0/{n}"),
    ("flash express", "https://www.flashexpress.co.th/fle/tracking?se={n}"),
    ("kerry", "https://th.kerryexpress.com/en/track/?track={n}"),
    ("thailand post", "https://track.thailandpost.co.th/?trackNumber={n}"),
    ("pos laju", "https://tracking.pos.com.my/tracking/{n}"),
    ("poslaju", "https://tracking.pos.com.my/tracking/{n}"),
    ("giao hàng nhanh", "https://donhang.ghn.vn/?order_code={n}"),
    ("ghn", "https://donhang.ghn.vn/?order_code={n}"),
    ("viettel", "https://viettelpost.com.vn/tra-cuu-hanh-trinh-don/?peopleTracking={n}"),
    ("estafeta", "https://www.estafeta.com/Herramientas/Rastreo?wayBills={n}"),
    ("correos", "https://www.correos.es/es/en/tools/tracker/items/details?tracking-number={n}"),
    ("correios", "https://rastreamento.correios.com.br/app/index.php?objeto={n}"),
    ("la poste", "https://www.laposte.fr/outils/suivre-vos-envois?code={n}"),
    ("colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code={n}"),
    (
        "deutsche post",
        "https://www.deutschepost.de/sendung/simpleQuery.html?form.sendungsnummer={n}",
    ),
    ("poste italiane", "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{n}"),
    ("japan post", "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={n}"),
    ("yamato", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={n}"),
    ("korea post", "https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE={n}"),
    ("cj", "https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo={n}"),
    ("почта россии", "https://www.pochta.ru/tracking?barcode={n}"),
    ("russian post", "https://www.pochta.ru/tracking?barcode={n}"),
)

UNIVERSAL_TRACKER = "https://www.17track.net/en/track?nums={n}"
_SAFE_NUMBER = re.compile(r"^[A-Za-z0-9-]+$")


def tracking_link(carrier: str | None, tracking_number: str | None) -> str | None:
    number = (tracking_number or "").strip()
    if not number:
        return None
    encoded = number if _SAFE_NUMBER.match(number) else quote(number, safe="")
    name = (carrier or "").casefold()
    for needle, url in _CARRIER_URLS:
        # Short names ("ups", "ems", "cj", "ghn") must be whole words, not parts of others.
        if len(needle) <= 4:
            if re.search(rf"(?<![a-z]){re.escape(needle)}(?![a-z])", name):
                return url.format(n=encoded)
        elif needle in name:
            return url.format(n=encoded)
    return UNIVERSAL_TRACKER.format(n=encoded)


# Tracking-number shapes that name their carrier. UPU S10 numbers ("LZ123456789CN") end in the
# ISO code of the posting country, whose national post carries them.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^1Z[0-9A-Z]{16}$"), "UPS"),
    (re.compile(r"^(94|93|92|95|94|82)\d{18,24}$"), "USPS"),
    (re.compile(r"^YT\d{16}$"), "YunExpress"),
    (re.compile(r"^(LP|CN|CAINIAO)\d{12,16}[A-Z]*$"), "Cainiao"),
    (re.compile(r"^4PX\w{10,}$"), "4PX"),
    (re.compile(r"^(TH|FL)\w{10,13}$"), "Flash Express"),
    (re.compile(r"^\d{12}$|^\d{15}$"), "FedEx"),
    (re.compile(r"^JJD\d{16,20}$|^00\d{18}$"), "DHL"),
)
_S10 = re.compile(r"^[A-Z]{2}\d{9}([A-Z]{2})$")
_NATIONAL_POSTS = {
    "CN": "China Post", "US": "USPS", "GB": "Royal Mail", "DE": "Deutsche Post", "FR": "La Poste",
    "ES": "Correos", "IT": "Poste Italiane", "JP": "Japan Post", "KR": "Korea Post",
    "BR": "Correios", "CA": "Canada Post", "AU": "Australia Post", "RU": "Russian Post",
    "TH": "Thailand Post", "MY": "Pos Laju", "HK": "Hongkong Post", "TW": "Chunghwa Post",
    "SG": "Singapore Post", "NL": "PostNL", "MX": "Correos de México",
}  # fmt: skip


def carrier_from_tracking(tracking_number: str | None) -> str | None:
    """The carrier a tracking number's shape names, or None when the shape says nothing."""
    number = re.sub(r"\s", "", tracking_number or "").upper()
    if not number:
        return None
    postal = _S10.match(number)
    if postal:
        return _NATIONAL_POSTS.get(postal.group(1))
    for pattern, carrier in _PATTERNS:
        if pattern.match(number):
            return carrier
    return None
