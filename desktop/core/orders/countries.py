"""Country names and codes, in many languages, to ISO 3166 alpha-2."""

from __future__ import annotations

import gettext
import unicodedata
from functools import cache

import pycountry

# Languages whose country names appear in marketplace exports.
_NAME_LANGUAGES = (
    "es", "pt", "pt_BR", "fr", "de", "it", "nl", "zh_CN", "zh_TW", "zh_HK", "ja", "ko",
    "th", "vi", "id", "ms", "ru", "uk", "ar", "he", "tr", "pl", "el", "sv", "da", "fil",
)  # fmt: skip

# Spellings that the ISO names and their translations do not cover.
_ALIASES = {
    "usa": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "britain": "GB",
    "russia": "RU", "russian federation": "RU", "россия": "RU",
    "south korea": "KR", "korea": "KR", "korea, republic of": "KR", "republic of korea": "KR",
    "韩国": "KR", "韓國": "KR", "대한민국": "KR", "한국": "KR",
    "north korea": "KP", "vietnam": "VN", "viet nam": "VN", "việt nam": "VN",
    "taiwan": "TW", "taiwan, province of china": "TW", "台湾": "TW", "台灣": "TW", "中華民國": "TW",
    "hong kong": "HK", "hong kong sar": "HK", "香港": "HK", "macau": "MO", "macao": "MO", "澳门": "MO",
    "china": "CN", "mainland china": "CN", "中国": "CN", "中國": "CN", "中国大陆": "CN",
    "uae": "AE", "u.a.e.": "AE", "emirates": "AE", "الإمارات": "AE",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR",
    "czech republic": "CZ", "czechia": "CZ", "holland": "NL", "the netherlands": "NL",
    "iran": "IR", "syria": "SY", "laos": "LA", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "moldova": "MD", "brunei": "BN", "ivory coast": "CI",
    "méxico": "MX", "mexico": "MX", "brasil": "BR", "españa": "ES", "perú": "PE",
    "日本": "JP", "泰国": "TH", "泰國": "TH", "ประเทศไทย": "TH", "ไทย": "TH",
    "马来西亚": "MY", "馬來西亞": "MY", "新加坡": "SG", "印度尼西亚": "ID", "印尼": "ID",
    "菲律宾": "PH", "越南": "VN", "美国": "US", "美國": "US", "英国": "GB", "英國": "GB",
    "德国": "DE", "德國": "DE", "法国": "FR", "法國": "FR", "俄罗斯": "RU", "西班牙": "ES",
    "加拿大": "CA", "澳大利亚": "AU", "澳洲": "AU", "巴西": "BR", "墨西哥": "MX",
    "沙特阿拉伯": "SA", "以色列": "IL", "波兰": "PL", "荷兰": "NL", "意大利": "IT",
}  # fmt: skip


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        for name in names:
            if name:
                index.setdefault(_fold(name), code)
        index.setdefault(code.casefold(), code)
        index.setdefault(country.alpha_3.casefold(), code)
    for lang in _NAME_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for country in pycountry.countries:
            for name in (country.name, getattr(country, "common_name", "")):
                if name:
                    index.setdefault(_fold(tr.gettext(name)), country.alpha_2)
    for alias, code in _ALIASES.items():
        index[_fold(alias)] = code
    return index


def country_code(text: str | None) -> str | None:
    """'Germany', 'DE', 'DEU', 'Alemania', '德国' -> 'DE'; None when it is not a country."""
    if not text:
        return None
    key = _fold(text)
    if not key:
        return None
    return _name_index().get(key)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
