"""The buyer's local time from the ship-to country and region, with a plain hint on whether
it is a good time to write (the sources: write when the buyer is awake and online)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from babel import Locale

from desktop.core.replies.zone_table import COUNTRY_ZONE

_US = {
    "America/New_York": "CT DE DC FL GA ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV "
    "connecticut delaware district-of-columbia florida georgia maine maryland massachusetts "
    "michigan new-hampshire new-jersey new-york north-carolina ohio pennsylvania rhode-island "
    "south-carolina vermont virginia west-virginia washington-dc",
    "America/Indiana/Indianapolis": "IN indiana",
    "America/Kentucky/Louisville": "KY kentucky",
    "America/Chicago": "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI alabama arkansas "
    "illinois iowa kansas louisiana minnesota mississippi missouri nebraska north-dakota "
    "oklahoma south-dakota tennessee texas wisconsin",
    "America/Denver": "CO MT NM UT WY colorado montana new-mexico utah wyoming",
    "America/Boise": "ID idaho",
    "America/Phoenix": "AZ arizona",
    "America/Los_Angeles": "CA NV OR WA california nevada oregon washington",
    "America/Anchorage": "AK alaska",
    "Pacific/Honolulu": "HI hawaii",
    "America/Puerto_Rico": "PR puerto-rico",
    "Pacific/Guam": "GU guam",
    "America/St_Thomas": "VI virgin-islands",
}
_CA = {
    "America/St_Johns": "NL NF newfoundland newfoundland-and-labrador",
    "America/Halifax": "NS NB PE nova-scotia new-brunswick prince-edward-island",
    "America/Toronto": "ON QC ontario quebec",
    "America/Winnipeg": "MB manitoba",
    "America/Regina": "SK saskatchewan",
    "America/Edmonton": "AB NT alberta northwest-territories",
    "America/Vancouver": "BC british-columbia",
    "America/Whitehorse": "YT yukon",
    "America/Iqaluit": "NU nunavut",
}
_BR = {
    "America/Manaus": "AM amazonas",
    "America/Boa_Vista": "RR roraima",
    "America/Porto_Velho": "RO rondonia",
    "America/Cuiaba": "MT mato-grosso",
    "America/Campo_Grande": "MS mato-grosso-do-sul",
    "America/Rio_Branco": "AC acre",
    "America/Belem": "PA AP para amapa",
    "America/Araguaina": "TO tocantins",
    "America/Fortaleza": "MA PI CE RN PB maranhao piaui ceara rio-grande-do-norte paraiba",
    "America/Recife": "PE pernambuco",
    "America/Maceio": "AL SE alagoas sergipe",
    "America/Bahia": "BA bahia",
    "America/Sao_Paulo": "SP RJ MG ES PR SC RS GO DF sao-paulo rio-de-janeiro minas-gerais "
    "espirito-santo parana santa-catarina rio-grande-do-sul goias distrito-federal",
}
_MX = {
    "America/Tijuana": "BC baja-california",
    "America/Mazatlan": "BCS SIN NAY baja-california-sur sinaloa nayarit",
    "America/Hermosillo": "SON sonora",
    "America/Chihuahua": "CHH chihuahua",
    "America/Cancun": "ROO quintana-roo",
    "America/Merida": "YUC CAM yucatan campeche",
    "America/Monterrey": "NLE COA TAM nuevo-leon coahuila tamaulipas",
}
_AU = {
    "Australia/Sydney": "NSW ACT new-south-wales australian-capital-territory",
    "Australia/Melbourne": "VIC victoria",
    "Australia/Hobart": "TAS tasmania",
    "Australia/Brisbane": "QLD queensland",
    "Australia/Adelaide": "SA south-australia",
    "Australia/Darwin": "NT northern-territory",
    "Australia/Perth": "WA western-australia",
}
_EXACT = {"US": _US, "CA": _CA, "BR": _BR, "MX": _MX, "AU": _AU}
# Tables that list only the regions differing from the country's main zone.
_EXCEPTIONS_ONLY = {"MX"}

# Region names vary too much to list exactly (Cyrillic or Latin, "obl." or "oblast"); a stem
# found in the folded name decides. Longer stems are tried first ("tomsk" before "omsk").
_STEMS = {
    "RU": {
        "Europe/Kaliningrad": "калининград kaliningrad",
        "Europe/Samara": "самар samara удмурт udmurt",
        "Asia/Yekaterinburg": "свердлов sverdlov екатеринбург yekaterinburg челябин chelyabinsk "
        "тюмен tyumen башкор bashkor перм perm оренбург orenburg курган kurgan ханты khanty "
        "ямал yamal",
        "Asia/Omsk": "омск omsk",
        "Asia/Novosibirsk": "новосибир novosibir",
        "Asia/Tomsk": "томск tomsk",
        "Asia/Barnaul": "алтай altai barnaul барнаул",
        "Asia/Novokuznetsk": "кемеров kemerovo кузбасс kuzbass",
        "Asia/Krasnoyarsk": "красноярск krasnoyarsk хакас khakas тыва tyva tuva",
        "Asia/Irkutsk": "иркут irkutsk бурят buryat",
        "Asia/Chita": "забайкал zabaykal чита chita",
        "Asia/Yakutsk": "якут yakut саха sakha амур amur",
        "Asia/Vladivostok": "примор primor владивосток vladivostok хабаров khabarovsk еврей jewish",
        "Asia/Sakhalin": "сахалин sakhalin",
        "Asia/Magadan": "магадан magadan",
        "Asia/Kamchatka": "камчат kamchat чукот chukot",
    },
    "ES": {"Atlantic/Canary": "canari canary las-palmas tenerife"},
    "PT": {"Atlantic/Azores": "acores azores acores"},
    "ID": {
        "Asia/Makassar": "bali nusa-tenggara ntb ntt sulawesi gorontalo kalimantan-selatan "
        "kalimantan-timur kalimantan-utara",
        "Asia/Jayapura": "maluku papua",
    },
}


class TimeHint(Enum):
    GOOD = "good"  # daytime: a good time to write
    EARLY = "early"  # early morning: fine, maybe not online yet
    LATE = "late"  # late evening: fine, may not answer until tomorrow
    NIGHT = "night"  # night: the message waits until morning


@dataclass(frozen=True)
class BuyerTime:
    zone: str
    local: datetime
    hint: TimeHint
    # False when the country has several zones and the region did not tell which one.
    certain: bool


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(plain.replace(".", " ").replace(",", " ").split())


def _exact_index(table: dict[str, str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for zone, names in table.items():
        for name in names.split():
            index[_fold(name)] = zone
    return index


_EXACT_INDEX = {country: _exact_index(table) for country, table in _EXACT.items()}
# Languages whose city names (CLDR) the regions of a country are written in.
_REGION_LANGUAGES = {"RU": ("ru",), "ID": ("id",), "ES": ("es",), "PT": ("pt",)}


@cache
def _zone_tab() -> tuple[tuple[frozenset[str], str], ...]:
    """(countries, zone) of the tz database's zone1970.tab (shipped by tzdata)."""
    try:
        text = (resources.files("tzdata") / "zoneinfo" / "zone1970.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return ()
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            rows.append((frozenset(fields[0].split(",")), fields[2]))
    return tuple(rows)


def _tzdata_zones(country: str) -> list[str]:
    """The zones of a country in the tz database's zone1970.tab."""
    return [zone for countries, zone in _zone_tab() if country in countries]


def _zone_stems(country: str) -> list[tuple[str, str]]:
    """(stem, zone) for each zone's city, in English and in the country's languages:
    "Саратовская область" and "Saratov Oblast" both find Europe/Saratov."""
    pairs: list[tuple[str, str]] = []
    for zone in _tzdata_zones(country):
        names = {zone.rsplit("/", 1)[-1].replace("_", " ")}
        for language in _REGION_LANGUAGES.get(country, ()):
            city = Locale.parse(language).time_zones.get(zone, {}).get("city")
            if city:
                names.add(str(city))
        for name in names:
            folded = _fold(name)
            # Declined forms share all but the last letter: Астрахань, Астраханская.
            stem = folded[:-1] if len(folded) > 5 else folded
            pairs.append((stem, zone))
    return pairs


@cache
def _stem_list(country: str) -> list[tuple[str, str]]:
    """A country's region stems, longest first. Built on first use: CLDR's city names and
    the tz table take a tenth of a second, which the window's start does not pay."""
    table = _STEMS[country]
    return sorted(
        [(_fold(stem), zone) for zone, stems in table.items() for stem in stems.split()]
        + _zone_stems(country),
        key=lambda pair: -len(pair[0]),
    )
# Countries whose table lists only the exceptions: every other region keeps the main zone.
_MAIN_ZONE_ELSEWHERE = {"ES", "PT"}


def zone_for(country: str | None, region: str | None = None) -> tuple[str | None, bool]:
    """(IANA zone, certain) for a ship-to country and region; (None, False) when unknown."""
    if not country:
        return None, False
    country = country.upper()
    default = COUNTRY_ZONE.get(country)
    folded = _fold(region or "")
    several = country in _EXACT_INDEX or (country in _STEMS and country not in {"ES", "PT"})
    if folded and country in _EXACT_INDEX:
        zone = _EXACT_INDEX[country].get(folded)
        if zone is None:
            # "Nuevo León", "New York (NY)": try each word run of the name.
            zone = next(
                (
                    z
                    for name, z in _EXACT_INDEX[country].items()
                    if len(name) > 3 and name in folded
                ),
                None,
            )
        if zone is not None:
            return zone, True
        if country in _EXCEPTIONS_ONLY:
            return default, True
    if folded and country in _STEMS:
        for stem, zone in _stem_list(country):
            if stem in folded:
                return zone, True
        # A region no zone names: the main zone, said to be a guess where others exist.
        return default, country in _MAIN_ZONE_ELSEWHERE
    return default, not several


def hint_for(hour: int) -> TimeHint:
    if 9 <= hour < 21:
        return TimeHint.GOOD
    if 7 <= hour < 9:
        return TimeHint.EARLY
    if 21 <= hour < 23:
        return TimeHint.LATE
    return TimeHint.NIGHT


def buyer_time(country: str | None, region: str | None, now: datetime) -> BuyerTime | None:
    """The buyer's wall-clock time at the aware instant `now`, or None for an unknown country."""
    zone, certain = zone_for(country, region)
    if zone is None:
        return None
    local = now.astimezone(ZoneInfo(zone))
    return BuyerTime(zone=zone, local=local, hint=hint_for(local.hour), certain=certain)
