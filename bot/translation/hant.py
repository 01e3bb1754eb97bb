"""Traditional Chinese (zh-Hant) from Simplified (zh-Hans) with OpenCC, then a hand check of petition terms.

    python -m bot.translation.hant locales/zh-Hans/petition.ftl ...   # writes locales/zh-Hant/petition.ftl

OpenCC (`pip install opencc`, a test/dev extra) converts with the s2twp profile (Taiwan wording and
phrases); `HAND_CHECKED` then fixes what a reader checked by hand. Message ids and variables are
ASCII, so converting whole files leaves them as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE, TARGET = "zh-Hans", "zh-Hant"
PROFILE = "s2twp"
# Replacements after OpenCC, checked by hand: the language's own name, and petition terms.
HAND_CHECKED: tuple[tuple[str, str], ...] = (
    ("簡體中文", "繁體中文"),
    ("簡體", "繁體"),
    ("出入境管理及難民認定法", "出入國管理及難民認定法"),
    ("入管法", "入管法"),
    ("臨時放免", "臨時放免"),
    ("影片資料", "影片"),
)


def convert_text(text: str) -> str:
    """Convert one file's text from Simplified to Traditional Chinese, then apply the hand checks."""
    try:
        import opencc  # a dev/test dependency: only needed when converting
    except ImportError as error:
        raise SystemExit("converting to zh-Hant needs OpenCC: pip install opencc") from error
    converted = str(opencc.OpenCC(PROFILE).convert(text))
    for wrong, right in HAND_CHECKED:
        converted = converted.replace(wrong, right)
    return converted


def target_path(source: Path) -> Path:
    """locales/zh-Hans/x.ftl -> locales/zh-Hant/x.ftl."""
    if source.parent.name != SOURCE:
        raise ValueError(f"{source} is not in a {SOURCE} directory")
    return source.parent.parent / TARGET / source.name


def main(argv: list[str]) -> int:
    """Convert each file named on the command line; say which files were written."""
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        source = Path(name)
        target = target_path(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(convert_text(source.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{source} -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
