# Ang dashboard ng mga organizer (mga pahina sa /dashboard/) at ang sagot sa /dashboard sa chat.
dashboard-chat-link =
    Ang link mo para mag-sign in sa dashboard ng mga organizer. Isang beses lang ito gagana, sa loob ng 15 minuto; huwag itong ipasa:
    { $link }
dashboard-name = Dashboard ng petisyon
dashboard-language = Wika:
dashboard-number = { $n }
dashboard-percent = { $n }%
dashboard-unknown = (hindi alam)
dashboard-nav-overview = Buod
dashboard-nav-funnel = Daloy ng usapan
dashboard-nav-broadcasts = Mga broadcast
dashboard-nav-signatures = Mga lagda
dashboard-nav-audit = Talaan ng mga aksyon
dashboard-sign-out = Mag-sign out

# Pag-sign in
dashboard-signin-title = Mag-sign in
dashboard-signin-how = Para mag-sign in, ipadala ang /dashboard sa bot sa LINE o Telegram mula sa account ng organizer, o hilingin sa administrator ng server na patakbuhin ang utos na ito. Alinman dito ay magbibigay sa iyo ng link na isang beses lang gagana, sa loob ng 15 minuto.
dashboard-signin-button = Mag-sign in sa dashboard
dashboard-signin-used = Nagamit na ang link na ito. Isang beses lang gumagana ang bawat link: humingi ng bago.
dashboard-signin-expired = Nag-expire na ang link na ito. Humingi ng bago.
dashboard-signin-unknown = Hindi wasto ang link na ito. Humingi ng bago.
dashboard-signin-signedout = Naka-sign out ka na.

# Buod
dashboard-goal = { $total } lagda sa layuning { $goal }
dashboard-goal-line = Layunin: { $goal }
dashboard-tile-total = lagda sa kabuuan
dashboard-tile-today = ngayong araw (oras sa Japan)
dashboard-tile-week = sa nakaraang 7 araw
dashboard-tile-subscribers = tumatanggap ng balita
dashboard-tile-unreachable = hindi maabot (nag-block sa bot)
dashboard-chart-total = Mga lagda hanggang ngayon, kumpara sa layunin
dashboard-chart-daily = Mga lagda bawat araw
dashboard-by-platform = Ayon sa platform
dashboard-by-language = Ayon sa wika
dashboard-by-prefecture = Ayon sa prefecture
dashboard-prefecture-none = Hindi ibinigay
dashboard-col-where = Saan
dashboard-col-signatures = Mga lagda
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Console

# Daloy
dashboard-funnel-intro = Ilang tao ang umabot sa bawat hakbang ng usapan, at ilan ang nawala mula sa naunang hakbang. Bilang lang ang itinatago, hindi kailanman kung sino.
dashboard-funnel-started = Nagsimula ng usapan
dashboard-funnel-language = Pumili ng wika
dashboard-funnel-concerns = Nagbasa ng mga alalahanin
dashboard-funnel-agreed = Pumayag na lumagda
dashboard-funnel-name = Nag-type ng pangalan
dashboard-funnel-signed = Lumagda
dashboard-funnel-by-language = Ayon sa wika
dashboard-col-milestone = Hakbang
dashboard-col-people = Tao
dashboard-col-of-started = Sa mga nagsimula
dashboard-col-lost = Nawala mula sa naunang hakbang
dashboard-col-language = Wika

# Mga broadcast
dashboard-broadcast-unavailable = Walang naka-set up na platform, kaya walang maipapadala. Maaari ka pa ring sumulat at mag-preview ng balita.
dashboard-compose-hint = Isulat ang balita sa lahat ng wikang kaya mo. Kailangan ang teksto sa { $language }: ito ang matatanggap ng mga taong walang teksto sa sarili nilang wika.
dashboard-compose-link = Link na ipapakita bilang button sa ilalim ng balita (opsyonal, https://)
dashboard-compose-audience = Sino ang tatanggap (yung mga pumayag lang tumanggap ng balita at hindi nag-block sa bot)
dashboard-compose-preview = I-preview at bilangin
dashboard-audience-subscribers = Lahat ng tumatanggap ng balita
dashboard-audience-signers = Mga lumagda lang
dashboard-audience-language = Yung mga nagbabasa sa { $language } lang
dashboard-broadcast-latest = Mga huling broadcast
dashboard-col-broadcast = Broadcast
dashboard-col-audience = Tatanggap
dashboard-col-state = Kalagayan
dashboard-col-text = Tekstong matatanggap
dashboard-no-language = Walang napiling wika
dashboard-preview-title = Suriin bago ipadala
dashboard-plan-fallback = Ang teksto sa { $text } (walang teksto sa { $language })
dashboard-plan-totals = Tatanggap: { $line } sa LINE, { $telegram } sa Telegram.
dashboard-plan-billable = Sisingilin ng LINE ang { $count } mensahe para sa balitang ito.
dashboard-plan-quota-left = Natitirang mensahe sa LINE ngayong buwan: { $left }.
dashboard-plan-quota-unknown = Walang limitasyon o hindi alam ang buwanang quota ng LINE.
dashboard-plan-cost = Tantiyang gastos ng mga mensahe sa LINE: { $cost } { $currency }.
dashboard-preview-line = Gaya sa LINE
dashboard-preview-telegram = Gaya sa Telegram
dashboard-send = Ipadala ngayon sa { $count } tao
dashboard-change = Baguhin ang balita
dashboard-job-title = Broadcast #{ $job }
dashboard-job-by = Sinimulan ni { $who } para sa { $audience }.
dashboard-progress = { $done } sa { $total } ang naasikaso
dashboard-cancel = Kanselahin ang broadcast
dashboard-state-preparing = Inihahanda
dashboard-state-sending = Ipinapadala
dashboard-state-done = Tapos na
dashboard-state-cancelled = Kinansela
dashboard-state-stopped = Itinigil
dashboard-col-platform = Platform
dashboard-report-sent = Naipadala
dashboard-report-uncertain = Hindi tiyak (baka dalawang beses)
dashboard-report-unreachable = Hindi maabot
dashboard-report-failed = Nabigo
dashboard-report-pending = Hindi pa naipapadala
dashboard-report-inflight = Papunta na
dashboard-report-skipped = Nilaktawan

# Mga lagda at talaan
dashboard-export-intro = May { $total } lagdang may bisa. I-download ang mga ito para sa paghahatid ng petisyon.
dashboard-export-format = Format ng file
dashboard-format-csv = CSV (nabubuksan sa Excel)
dashboard-format-xlsx = Excel workbook (xlsx)
dashboard-export-button = I-download ang mga lagda
dashboard-export-care = May mga pangalan ang file: itago lang ito kung saan kailangan, at burahin kapag naihatid na ang petisyon. Nakatala sa talaan ng mga aksyon ang bawat download.
dashboard-col-when = Kailan (oras sa Japan)
dashboard-col-who = Sino
dashboard-col-what = Ano
dashboard-col-count = Ilan
dashboard-col-detail = Detalye
dashboard-audit-empty = Wala pa.
