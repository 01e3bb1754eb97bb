# /withdraw bago maitala ang pirma: binubura agad ang mga nailagay.
withdraw-draft-deleted = Hindi ka pa nakapirma. Nabura na ang inilagay mo habang pumipirma (pangalan, prefecture, at pagsang-ayon). Ang ID ng account mo at wika lang ang itinatago namin, para makasagot ang bot.
status-signing = Hindi ka pa nakapirma. Habang pumipirma ka, itinatago namin ang nailagay mo na (pangalan, prefecture, pagsang-ayon) kasama ang ID ng account mo at wika ({ $language }). Binubura ito agad ng /withdraw; kung hindi mo tatapusin, mabubura ito pagkalipas ng ilang araw.
