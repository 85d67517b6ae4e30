"""What a buyer's name tells about how to address them."""

from __future__ import annotations

# Common family names of Chinese Malaysians and Singaporeans as they are romanised there.
_SURNAMES = (
    "tan lim lee ng wong chan ong teo goh chong yap leong low lau koh chua yeo teh loh choo chin "
    "cheah khoo ho foo soh kang liew chew tay ang sim yong chia tee phang heng toh kok gan yeoh "
    "ooi quek seah lai wee tang chai liow lum yew hew neo poh pang chuah siew"
)
CHINESE_SURNAMES = frozenset(_SURNAMES.split())


def romanised_chinese_name(name: str | None) -> bool:
    """ "Lee Wei Ming", "Tan Mei Ling": a Chinese family name first, two to four words."""
    words = " ".join((name or "").split()).casefold().split(" ")
    return 2 <= len(words) <= 4 and words[0] in CHINESE_SURNAMES
