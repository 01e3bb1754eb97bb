# /withdraw bago maitala ang pirma: binubura agad ang mga nailagay.
withdraw-draft-deleted = Hindi ka pa nakapirma. Nabura na ang inilagay mo habang pumipirma (pangalan, prefecture, at pagsang-ayon). Ang ID ng account mo at wika lang ang itinatago namin, para makasagot ang bot.
