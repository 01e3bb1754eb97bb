# විකාශන සැලසුම් සහ පරීක්ෂා, සංවිධායක මෙවලම්වල වාර්තා.
plan-language = { $language }: ලබන්නන් { $total } (LINE { $line }, Telegram { $telegram }), { $text } පාඨය ලැබේ.
plan-language-fallback = { $language ->
    [none] භාෂාවක් තෝරා නැති අය
   *[other] { $language }
    }: ලබන්නන් { $total } (LINE { $line }, Telegram { $telegram }), තමන්ගේම පාඨයක් නැති නිසා { $text } පාඨය ලැබේ.
plan-fallback-summary = { $languages } කියවන { $count } දෙනාට පෙරනිමි භාෂාවේ ({ $default }) පාඨය ලැබේ. ඔවුන්ගේ භාෂාවෙන්ම ළඟා වීමට එම භාෂාවේ පාඨයක් එක් කරන්න.
plan-totals = ලබන්නන්: Telegram හි { $telegram }, LINE හි { $line }.
plan-line-billable = LINE පණිවිඩ { $count } කට ගාස්තු අය කරයි (LINE ලබන්නෙකුට එකක්; පාඨය සහ රූපය එකට එකක්).
plan-quota-unlimited = LINE මාසික පණිවිඩ කෝටාවට සීමාවක් නැත, නැතහොත් නොදනී.
plan-quota-left = LINE කෝටාව: මේ මාසයේ පණිවිඩ { $left } ක් ඉතිරියි.
plan-partial = අර්ධ යැවීම තෝරා ඇත: LINE ලබන්නන් { $line } දෙනාගෙන් { $reachable } දෙනාට ලැබේ; ඉතිරි අයට නොලැබේ.
plan-cost = ඇස්තමේන්තුගත LINE වියදම: පණිවිඩ { $count } කට { $cost } { $currency } (campaign.toml හි මිලට අනුව).
plan-image = රූපයක් සමඟ ({ $kind }): Telegram හි ඡායාරූපයක් ලෙස, LINE හි රූප පණිවිඩයක් ලෙස.

plan-unknown-language = "{ $language }" මෙම බොට්ගේ භාෂාවක් නොවේ. මේවායින් එකක් භාවිත කරන්න: { $known }.
plan-unknown-audience-language = lang:{ $language } ඉලක්කය මෙම බොට්ගේ භාෂාවක් නොවේ: කිසිවෙකු එය තෝරා තිබිය නොහැක.
plan-default-text-missing = පෙරනිමි භාෂාවෙන් ({ $language }) පාඨයක් අවශ්‍යයි: තම භාෂාවෙන් පාඨයක් නැති සැමට එය ලැබේ. --text { $language }=... මගින් එක් කරන්න.
plan-empty-text = { $language } පාඨය හිස්ය. එය ලියන්න, නැතහොත් එම භාෂාව ඉවත් කරන්න.
plan-text-too-long = { $language } පාඨය අක්ෂර { $length } කි; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } ඉඩ දෙන්නේ { $limit } කට පමණි. අවම වශයෙන් අක්ෂර { $over } කින් කෙටි කරන්න.
plan-bad-link = සබැඳිය https:// වලින් ආරම්භ විය යුතුය ({ $link }).
plan-no-recipients = මෙය කිසිවෙකුට නොලැබේ: "{ $audience }" ඉලක්කයේ ලබන්නන් නැත. ඉලක්කය පරීක්ෂා කරන්න.
plan-over-quota = මේ මාසයේ LINE හට තවත් පණිවිඩ { $left } ක් පමණක් යැවිය හැක, නමුත් ඉලක්කයේ LINE ලබන්නන් { $line } දෙනෙක් සිටිති. කිසිවක් යැව්වේ නැත. ඉලක්කය පටු කරන්න, සැලසුම ඉහළ දමන්න, නැතහොත් ඔවුන්ගෙන් { $left } දෙනෙකුට ළඟා වීමට අර්ධ යැවීම (--partial) තෝරන්න.
plan-image-kind = රූපය JPEG හෝ PNG ගොනුවක් විය යුතුය.
plan-image-too-big = රූපය බයිට් { $size } කි; උපරිමය බයිට් { $limit } කි.
plan-image-needs-public-url = LINE හි රූපයකට බොට්ගේ පොදු HTTPS ලිපිනය අවශ්‍යයි: PUBLIC_BASE_URL (https://...) සකසන්න.

broadcast-plan-confirm =
    { $plan }
    දැන් යවන්නද?
broadcast-start-result = { $job ->
    [0] විකාශනය කළ නොහැක: යැවීමට කිසිදු වේදිකාවක් සකසා නැත.
    [-2] යැව්වේ නැත: { $problems } /broadcast මගින් නැවත අරඹන්න.
   *[other] විකාශනය #{ $job } යවමින් පවතී. ප්‍රගතිය සහ වාර්තාව මෙතැනට එයි.
    }

cli-preview = පෙරදසුන, ලබන්නන්ට පෙනෙන ආකාරයට:
cli-refused = කිසිවක් යැව්වේ නැත, මන්ද:
cli-dry-run-ok = අත්හදා බැලීම: සියලු පරීක්ෂා සමත් විය; යැවීම දැන් ආරම්භ වනු ඇත. කිසිවක් යැව්වේ නැත.
cli-confirm = දැන් යවන්නද? [y/N]
cli-confirm-at = { $at } සඳහා කාලසටහන් කරන්නද? [y/N]
cli-nothing-sent = කිසිවක් යැව්වේ නැත.
cli-scheduled = විකාශනය #{ $job } { $at } සඳහා කාලසටහන් කළා. එවිට සේවාදායක ක්‍රියාවලිය (run_bot.py serve) එය යවයි; broadcast --list මගින් බලන්න, broadcast --cancel { $job } මගින් අවලංගු කරන්න.
cli-nothing-unfinished = නිම නොවූ විකාශනයක් නැත.
cli-job-report = විකාශනය #{ $job } ({ $state ->
    [done] අවසන්
    [stopped] නැවතුණා: { $note }
    [cancelled] අවලංගු කළා
    [sending] තවමත් යවමින්
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] යැව්වා { $count }
    [uncertain] අවිනිශ්චිත { $count } (නැවත ආරම්භයේදී ගමනේ තිබුණා, දෙවරක් විය හැක)
    [unreachable] ළඟා විය නොහැකි { $count } (බොට් අවහිර කළා)
    [failed] අසාර්ථක { $count }
    [pending] නොයැවූ { $count }
    [inflight] ගමනේ { $count }
   *[other] { $state } { $count }
    }
cli-insight-none = LINE විවෘත කිරීම් සහ ක්ලික්: මෙම විකාශනය සඳහා ගණන් නොකෙරේ.
cli-insight-pending = LINE විවෘත කිරීම් සහ ක්ලික්: තවම ප්‍රකාශ කර නැත (ප්‍රමාණවත් අය විවෘත කළ පසු, දිනකට පමණ පසු LINE පෙන්වයි). පසුව broadcast --report N මගින් බලන්න.
cli-insight = LINE: { $opened } දෙනෙක් පණිවිඩය විවෘත කළා, { $clicked } දෙනෙක් එහි සබැඳිය විවෘත කළා.
cli-no-jobs = කාලසටහන් කළ හෝ යවමින් පවතින විකාශනයක් නැත.
cli-cancel-none = විකාශනය #{ $job } කාලසටහන් කර හෝ යවමින් හෝ නැත: අවලංගු කිරීමට කිසිවක් නැත. broadcast --list බලන්න.
cli-cancelled = විකාශනය #{ $job } අවලංගු කළා.
cli-no-such-job = විකාශනය #{ $job } නැත. මෙතෙක් විකාශන run_bot.py audit මගින් බලන්න.
cli-chart-written = ප්‍රස්තාරය { $file } වෙත ලිව්වා
cli-export-written = අත්සන් { $count } ක් { $file } වෙත ලිව්වා
cli-audit-empty = තවම විකාශන හෝ අපනයන නැත.
cli-backup-written = උපස්ථය { $file } වෙත ලිව්වා (අත්සන් { $signatures }, පුද්ගලයන් { $people }).
cli-purge-counted = { $day } ට (ජපාන වේලාව) පෙර අත්සන් { $count } ක් කර තිබුණා. කිසිවක් මකා නැත.
cli-purge-confirm = { $day } ට පෙර කළ අත්සන් { $count } මකන්නද? [y/N]
cli-purge-nothing = කිසිවක් මකා නැත.
cli-purge-abandoned = ආරම්භ කර දින { $days }ක් අතහැර දැමූ අත්සන් { $count }ක් මකා දමන ලදී.
cli-purge-done = { $day } ට පෙර කළ අත්සන් { $count } මකා දැමුවා.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE හි මේ වන විට: { $opened } දෙනෙක් පණිවිඩය විවෘත කළා, { $clicked } දෙනෙක් එහි සබැඳිය විවෘත කළා.
