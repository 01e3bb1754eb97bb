# Mga plano at pagsusuri ng broadcast, at mga ulat ng mga tool ng organizer.
plan-language = { $language }: { $total } tatanggap (LINE { $line }, Telegram { $telegram }), matatanggap ang tekstong { $text }.
plan-language-fallback = { $language ->
    [none] Walang napiling wika
   *[other] { $language }
    }: { $total } tatanggap (LINE { $line }, Telegram { $telegram }), walang sariling teksto kaya matatanggap ang tekstong { $text }.
plan-fallback-summary = Ang { $count } taong nagbabasa ng { $languages } ay makakatanggap ng teksto sa default na wika ({ $default }). Magdagdag ng teksto sa kanilang wika para maabot sila rito.
plan-totals = Mga tatanggap: { $telegram } sa Telegram, { $line } sa LINE.
plan-line-billable = Sisingilin ng LINE ang { $count } mensahe (isa bawat tatanggap sa LINE; iisa ang teksto at larawan).
plan-quota-unlimited = Walang limit o hindi alam ang buwanang quota ng mensahe ng LINE.
plan-quota-left = Quota ng LINE: { $left } mensahe pa ang natitira ngayong buwan.
plan-partial = Piniling bahagyang pagpapadala: { $reachable } sa { $line } tatanggap sa LINE ang makakatanggap; ang iba ay hindi.
plan-cost = Tinatayang gastos sa LINE: { $cost } { $currency } para sa { $count } mensahe (ayon sa presyo sa campaign.toml).
plan-image = May larawan ({ $kind }): photo sa Telegram, image message sa LINE.

plan-unknown-language = Ang "{ $language }" ay hindi wika ng bot. Gamitin ang isa sa: { $known }.
plan-unknown-audience-language = Ang audience na lang:{ $language } ay hindi wika ng bot: walang maaaring pumili nito.
plan-default-text-missing = Kailangan ang teksto sa default na wika ({ $language }): lahat ng walang teksto sa sariling wika ay ito ang matatanggap. Idagdag gamit ang --text { $language }=...
plan-empty-text = Walang laman ang tekstong { $language }. Isulat ito, o alisin ang wikang iyon.
plan-text-too-long = Ang tekstong { $language } ay { $length } character; { $limit } lang ang pinapayagan ng { $platform ->
    [line] LINE
   *[telegram] Telegram
    }. Paikliin ito nang hindi bababa sa { $over } character.
plan-bad-link = Dapat magsimula sa https:// ang link ({ $link }).
plan-no-recipients = Walang makakatanggap nito: walang tatanggap ang audience na "{ $audience }". Suriin ang audience.
plan-over-quota = { $left } mensahe na lang ang kaya ng LINE ngayong buwan, pero { $line } ang tatanggap sa LINE sa audience. Walang naipadala. Paliitin ang audience, itaas ang plan, o piliin ang bahagyang pagpapadala (--partial) para maabot ang { $left } sa kanila.
plan-image-kind = Dapat JPEG o PNG na file ang larawan.
plan-image-too-big = { $size } byte ang larawan; hanggang { $limit } lang ang pinapayagan.
plan-image-needs-public-url = Kailangan ng larawan sa LINE ang pampublikong HTTPS address ng bot: itakda ang PUBLIC_BASE_URL (https://...).

broadcast-plan-confirm =
    { $plan }
    Ipadala na ngayon?
broadcast-start-result = { $job ->
    [0] Hindi magagamit ang broadcast: walang platform na naka-configure para ipadala ito.
    [-2] Hindi naipadala: { $problems } Magsimula ulit sa /broadcast.
   *[other] Ipinapadala ang broadcast #{ $job }. Dito darating ang progreso at ulat.
    }

cli-preview = Preview, gaya ng makikita ng mga tatanggap:
cli-refused = Walang naipadala, dahil:
cli-dry-run-ok = Dry run: pumasa ang lahat ng pagsusuri; magsisimula na sana ang pagpapadala. Walang naipadala.
cli-confirm = Ipadala na ngayon? [y/N]
cli-confirm-at = I-schedule para sa { $at }? [y/N]
cli-nothing-sent = Walang naipadala.
cli-scheduled = Naka-schedule ang broadcast #{ $job } sa { $at }. Ipapadala ito ng serving process (run_bot.py serve) sa oras na iyon; tingnan sa broadcast --list, kanselahin sa broadcast --cancel { $job }.
cli-nothing-unfinished = Walang hindi natapos na broadcast.
cli-job-report = Broadcast #{ $job } ({ $state ->
    [done] tapos na
    [stopped] huminto: { $note }
    [cancelled] kinansela
    [sending] ipinapadala pa
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } naipadala
    [uncertain] { $count } hindi tiyak (ipinapadala noong nag-restart, baka dalawang beses)
    [unreachable] { $count } hindi maabot (na-block ang bot)
    [failed] { $count } pumalya
    [pending] { $count } hindi naipadala
    [inflight] { $count } ipinapadala
   *[other] { $count } { $state }
    }
cli-insight-none = Mga bukas at click sa LINE: hindi sinusubaybayan para sa broadcast na ito.
cli-insight-pending = Mga bukas at click sa LINE: hindi pa inilalabas (ipinapakita ito ng LINE mga isang araw pagkatapos, kapag sapat na ang nagbukas). Tingnan mamaya gamit ang broadcast --report N.
cli-insight = LINE: { $opened } tao ang nagbukas ng update, { $clicked } ang nagbukas ng link nito.
cli-no-jobs = Walang naka-schedule o ipinapadalang broadcast.
cli-cancel-none = Ang broadcast #{ $job } ay hindi naka-schedule at hindi ipinapadala: walang kakanselahin. Tingnan ang broadcast --list.
cli-cancelled = Kinansela ang broadcast #{ $job }.
cli-no-such-job = Walang broadcast #{ $job }. Tingnan ang mga naipadala na gamit ang run_bot.py audit.
cli-chart-written = Naisulat ang chart sa { $file }
cli-export-written = { $count } pirma ang naisulat sa { $file }
cli-audit-empty = Wala pang broadcast o export.
cli-backup-written = Naisulat ang backup sa { $file } ({ $signatures } pirma, { $people } tao).
cli-purge-counted = { $count } pirma ang ginawa bago ang { $day } (oras sa Japan). Walang binura.
cli-purge-confirm = Burahin ang { $count } pirmang ginawa bago ang { $day }? [y/N]
cli-purge-nothing = Walang binura.
cli-purge-abandoned = Binura ang { $count } pirmang sinimulan at iniwan nang { $days } araw.
cli-purge-done = Nabura ang { $count } pirmang ginawa bago ang { $day }.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = Sa LINE sa ngayon: { $opened } tao ang nagbukas ng update, { $clicked } ang nagbukas ng link nito.
