"""How people type a prefecture's name without its kanji: kana with or without 都/道/府/県, and romaji
with or without macrons or long vowels (Tōkyō, Tokyo, Toukyou, Tookyoo).

The names each locale writes (pref-01..pref-47 in locales/*/prefectures.ftl) are matched as well, by the
service; this table adds the readings no locale lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

# JIS code -> (hiragana reading, the suffix's reading, Hepburn romaji with macrons)
READINGS: dict[str, tuple[str, str, str]] = {
    "01": ("ほっかいどう", "", "Hokkaidō"), "02": ("あおもり", "けん", "Aomori"), "03": ("いわて", "けん", "Iwate"),
    "04": ("みやぎ", "けん", "Miyagi"), "05": ("あきた", "けん", "Akita"), "06": ("やまがた", "けん", "Yamagata"),
    "07": ("ふくしま", "けん", "Fukushima"), "08": ("いばらき", "けん", "Ibaraki"), "09": ("とちぎ", "けん", "Tochigi"),
    "10": ("ぐんま", "けん", "Gunma"), "11": ("さいたま", "けん", "Saitama"), "12": ("ちば", "けん", "Chiba"),
    "13": ("とうきょう", "と", "Tōkyō"), "14": ("かながわ", "けん", "Kanagawa"), "15": ("にいがた", "けん", "Niigata"),
    "16": ("とやま", "けん", "Toyama"), "17": ("いしかわ", "けん", "Ishikawa"), "18": ("ふくい", "けん", "Fukui"),
    "19": ("やまなし", "けん", "Yamanashi"), "20": ("ながの", "けん", "Nagano"), "21": ("ぎふ", "けん", "Gifu"),
    "22": ("しずおか", "けん", "Shizuoka"), "23": ("あいち", "けん", "Aichi"), "24": ("みえ", "けん", "Mie"),
    "25": ("しが", "けん", "Shiga"), "26": ("きょうと", "ふ", "Kyōto"), "27": ("おおさか", "ふ", "Ōsaka"),
    "28": ("ひょうご", "けん", "Hyōgo"), "29": ("なら", "けん", "Nara"), "30": ("わかやま", "けん", "Wakayama"),
    "31": ("とっとり", "けん", "Tottori"), "32": ("しまね", "けん", "Shimane"), "33": ("おかやま", "けん", "Okayama"),
    "34": ("ひろしま", "けん", "Hiroshima"), "35": ("やまぐち", "けん", "Yamaguchi"),
    "36": ("とくしま", "けん", "Tokushima"),
    "37": ("かがわ", "けん", "Kagawa"), "38": ("えひめ", "けん", "Ehime"), "39": ("こうち", "けん", "Kōchi"),
    "40": ("ふくおか", "けん", "Fukuoka"), "41": ("さが", "けん", "Saga"), "42": ("ながさき", "けん", "Nagasaki"),
    "43": ("くまもと", "けん", "Kumamoto"), "44": ("おおいた", "けん", "Ōita"), "45": ("みやざき", "けん", "Miyazaki"),
    "46": ("かごしま", "けん", "Kagoshima"), "47": ("おきなわ", "けん", "Okinawa"),
}
# How a long vowel written with a macron is typed without one.
_LONG_VOWELS = {"ō": ("o", "ou", "oo", "oh"), "ū": ("u", "uu")}
_HIRAGANA_TO_KATAKANA = 0x60


def katakana(hiragana: str) -> str:
    """Write a hiragana reading in katakana (とうきょう -> トウキョウ)."""
    return "".join(chr(ord(ch) + _HIRAGANA_TO_KATAKANA) if "ぁ" <= ch <= "ゖ" else ch for ch in hiragana)


def romaji_spellings(romaji: str) -> set[str]:
    """Every way to type a romaji name: with macrons, without, or with the long vowels doubled."""
    word = romaji.casefold()
    spots = [ch for ch in word if ch in _LONG_VOWELS]
    spellings = {word}
    for choice in product(*(_LONG_VOWELS[ch] for ch in spots)):
        replaced = iter(choice)
        spellings.add("".join(next(replaced) if ch in _LONG_VOWELS else ch for ch in word))
    return spellings


def readings(code: str) -> Iterator[str]:
    """Every reading of one prefecture, as people type it without kanji."""
    kana, suffix, romaji = READINGS[code]
    for written in (kana, katakana(kana)):
        yield written
        if suffix:
            yield written + (suffix if written == kana else katakana(suffix))
    yield from sorted(romaji_spellings(romaji))
