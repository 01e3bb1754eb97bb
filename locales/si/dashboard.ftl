# සංවිධායකයින්ගේ උපකරණ පුවරුව (/dashboard/ යටතේ ඇති පිටු) සහ කතාබහේ /dashboard සඳහා පිළිතුර.
dashboard-chat-link =
    සංවිධායක උපකරණ පුවරුවට ඇතුළු වීමට ඔබේ සබැඳිය. එය එක් වරක් පමණක්, මිනිත්තු 15ක් ඇතුළත ක්‍රියා කරයි; කිසිවෙකුට යොමු නොකරන්න:
    { $link }
dashboard-name = පෙත්සම් උපකරණ පුවරුව
dashboard-language = භාෂාව:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (නොදනී)
dashboard-nav-overview = සාරාංශය
dashboard-nav-funnel = සංවාදයේ පියවර
dashboard-nav-broadcasts = සමූහ පණිවිඩ
dashboard-nav-signatures = අත්සන්
dashboard-nav-audit = ක්‍රියා වාර්තාව
dashboard-sign-out = ඉවත් වන්න

# ඇතුළු වීම
dashboard-signin-title = ඇතුළු වන්න
dashboard-signin-how = ඇතුළු වීමට, සංවිධායක ගිණුමකින් LINE හෝ Telegram හි බොට් වෙත /dashboard යවන්න, නැතහොත් සේවාදායකයේ පරිපාලකගෙන් මෙම විධානය ධාවනය කරන ලෙස ඉල්ලන්න. ඕනෑම ක්‍රමයකින් එක් වරක් පමණක්, මිනිත්තු 15ක් ක්‍රියා කරන සබැඳියක් ලැබේ.
dashboard-signin-button = උපකරණ පුවරුවට ඇතුළු වන්න
dashboard-signin-used = මෙම සබැඳිය දැනටමත් භාවිත කර ඇත. සෑම සබැඳියක්ම එක් වරක් පමණක් ක්‍රියා කරයි: අලුත් එකක් ඉල්ලන්න.
dashboard-signin-expired = මෙම සබැඳියේ කාලය ඉකුත් වී ඇත. අලුත් එකක් ඉල්ලන්න.
dashboard-signin-unknown = මෙම සබැඳිය වලංගු නැත. අලුත් එකක් ඉල්ලන්න.
dashboard-signin-signedout = ඔබ ඉවත් විය.

# සාරාංශය
dashboard-goal = ඉලක්කය වන { $goal } න් අත්සන් { $total }
dashboard-goal-line = ඉලක්කය: { $goal }
dashboard-tile-total = මුළු අත්සන්
dashboard-tile-today = අද (ජපාන වේලාව)
dashboard-tile-week = පසුගිය දින 7 තුළ
dashboard-tile-subscribers = පුවත් ලබන අය
dashboard-tile-unreachable = ළඟා විය නොහැකි (බොට් අවහිර කළ)
dashboard-chart-total = මෙතෙක් අත්සන්, ඉලක්කයට සාපේක්ෂව
dashboard-chart-daily = දිනකට අත්සන්
dashboard-by-platform = වේදිකාව අනුව
dashboard-by-language = භාෂාව අනුව
dashboard-by-prefecture = ප්‍රාන්තය අනුව
dashboard-prefecture-none = දී නැත
dashboard-col-where = කොහෙද
dashboard-col-signatures = අත්සන්
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = කොන්සෝලය

# පියවර
dashboard-funnel-intro = සංවාදයේ සෑම පියවරකටම පැමිණි පුද්ගලයින් ගණන සහ පෙර පියවරේ සිට නැති වූ ගණන. තබා ගන්නේ සංඛ්‍යා පමණි, කවුද කියා කිසි විටෙක නොවේ.
dashboard-funnel-started = කතාබහ ආරම්භ කළා
dashboard-funnel-language = භාෂාවක් තෝරා ගත්තා
dashboard-funnel-concerns = කරුණු කියෙව්වා
dashboard-funnel-agreed = අත්සන් කිරීමට එකඟ වුණා
dashboard-funnel-name = නම ටයිප් කළා
dashboard-funnel-signed = අත්සන් කළා
dashboard-funnel-by-language = භාෂාව අනුව
dashboard-col-milestone = පියවර
dashboard-col-people = පුද්ගලයින්
dashboard-col-of-started = ආරම්භ කළ අයගෙන්
dashboard-col-lost = පෙර පියවරේ සිට නැති වූ
dashboard-col-language = භාෂාව

# සමූහ පණිවිඩ
dashboard-broadcast-unavailable = කිසිදු වේදිකාවක් සකසා නැති නිසා කිසිවක් යැවිය නොහැක. ඔබට තවමත් පුවතක් ලියා පෙරදසුන බැලිය හැක.
dashboard-compose-hint = හැකි තරම් භාෂාවලින් පුවත ලියන්න. { $language } පෙළ අනිවාර්යයි: තමන්ගේ භාෂාවෙන් පෙළක් නැති අයට එය ලැබේ.
dashboard-compose-link = පුවතට යටින් බොත්තමක් ලෙස පෙන්වන සබැඳිය (විකල්ප, https://)
dashboard-compose-audience = කාටද ලැබෙන්නේ (පුවත් ලැබීමට එකඟ වූ සහ බොට් අවහිර නොකළ අයට පමණි)
dashboard-compose-preview = පෙරදසුන සහ ගණන
dashboard-audience-subscribers = පුවත් ලබන සියලු දෙනා
dashboard-audience-signers = අත්සන් කළ අය පමණි
dashboard-audience-language = { $language } කියවන අය පමණි
dashboard-broadcast-latest = මෑත සමූහ පණිවිඩ
dashboard-col-broadcast = පණිවිඩය
dashboard-col-audience = ලබන්නන්
dashboard-col-state = තත්ත්වය
dashboard-col-text = ලැබෙන පෙළ
dashboard-no-language = භාෂාවක් තෝරා නැත
dashboard-preview-title = යැවීමට පෙර පරීක්ෂා කරන්න
dashboard-plan-fallback = { $text } පෙළ ({ $language } පෙළක් නැත)
dashboard-plan-totals = ලබන්නන්: LINE හි { $line }, Telegram හි { $telegram }.
dashboard-plan-billable = මෙම පුවත සඳහා LINE පණිවිඩ { $count }ක් අය කරයි.
dashboard-plan-quota-left = මේ මාසයේ ඉතිරි LINE පණිවිඩ: { $left }.
dashboard-plan-quota-unknown = LINE හි මාසික කෝටාව සීමා නැත හෝ නොදනී.
dashboard-plan-cost = LINE පණිවිඩවල ඇස්තමේන්තුගත වියදම: { $cost } { $currency }.
dashboard-preview-line = LINE හි පෙනෙන ආකාරය
dashboard-preview-telegram = Telegram හි පෙනෙන ආකාරය
dashboard-send = දැන් { $count } දෙනෙකුට යවන්න
dashboard-change = පුවත වෙනස් කරන්න
dashboard-job-title = සමූහ පණිවිඩය #{ $job }
dashboard-job-by = { $who } විසින් { $audience } සඳහා ආරම්භ කළා.
dashboard-progress = { $total } න් { $done }ක් හසුරුවා ඇත
dashboard-cancel = සමූහ පණිවිඩය අවලංගු කරන්න
dashboard-state-preparing = සූදානම් වෙමින්
dashboard-state-sending = යවමින්
dashboard-state-done = අවසන්
dashboard-state-cancelled = අවලංගු කළා
dashboard-state-stopped = නතර විය
dashboard-col-platform = වේදිකාව
dashboard-report-sent = යැව්වා
dashboard-report-uncertain = අවිනිශ්චිත (දෙවරක් විය හැක)
dashboard-report-unreachable = ළඟා විය නොහැකි
dashboard-report-failed = අසාර්ථක
dashboard-report-pending = තවම යවා නැත
dashboard-report-inflight = යමින් පවතී
dashboard-report-skipped = මඟ හැරියා

# අත්සන් සහ වාර්තාව
dashboard-export-intro = වලංගු අත්සන් { $total }ක් ඇත. පෙත්සම භාර දීම සඳහා ඒවා බාගන්න.
dashboard-export-format = ගොනු ආකෘතිය
dashboard-format-csv = CSV (Excel හි විවෘත වේ)
dashboard-format-xlsx = Excel වැඩපොත (xlsx)
dashboard-export-button = අත්සන් බාගන්න
dashboard-export-care = ගොනුවේ නම් ඇත: අවශ්‍ය තැන පමණක් තබා, පෙත්සම භාර දුන් පසු මකා දමන්න. සෑම බාගැනීමක්ම ක්‍රියා වාර්තාවේ ලියැවේ.
dashboard-col-when = කවදාද (ජපාන වේලාව)
dashboard-col-who = කවුද
dashboard-col-what = කුමක්ද
dashboard-col-count = කීයද
dashboard-col-detail = විස්තර
dashboard-audit-empty = තවම කිසිවක් නැත.
