# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = ආරම්භය, පටන් ගන්න
keywords-menu = මෙනුව
keywords-help = උදව්
keywords-language = භාෂාව
keywords-sign = අත්සන, අත්සන් කරන්න
keywords-status = මගේ අත්සන, තත්ත්වය
keywords-withdraw = අත්සන ඉවත් කරන්න, අත්සන මකන්න, මගේ දත්ත මකන්න
keywords-updates = පුවත්
keywords-privacy = පෞද්ගලිකත්වය
keywords-paper = කඩදාසි පෝරමය, කඩදාසි
keywords-yes = ඔව්, හරි
keywords-no = නැහැ, නෑ, එපා
keywords-abroad = ජපානයෙන් පිටත, විදේශ
keywords-skip = මඟ හරින්න, නැත
