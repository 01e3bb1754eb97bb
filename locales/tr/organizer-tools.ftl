# Toplu gönderim planları ve denetimleri, düzenleyici araçlarının raporları.
plan-language = { $language }: { $total } alıcı (LINE { $line }, Telegram { $telegram }), { $text } metnini alır.
plan-language-fallback = { $language ->
    [none] Dil seçmemiş
   *[other] { $language }
    }: { $total } alıcı (LINE { $line }, Telegram { $telegram }), kendi metni yok, { $text } metnini alır.
plan-fallback-summary = { $languages } okuyan { $count } kişi varsayılan dildeki ({ $default }) metni alacak. Onlara kendi dillerinde ulaşmak için o dilde bir metin ekleyin.
plan-totals = Alıcılar: Telegram'da { $telegram }, LINE'da { $line }.
plan-line-billable = LINE { $count } mesaj ücretlendirir (LINE alıcısı başına bir mesaj; metin ve resim birlikte bir sayılır).
plan-quota-unlimited = LINE'ın aylık mesaj kotası sınırsız ya da bilinmiyor.
plan-quota-left = LINE kotası: bu ay { $left } mesaj kaldı.
plan-partial = Kısmi gönderim seçildi: { $line } LINE alıcısından { $reachable } kişi alacak; kalanlar almayacak.
plan-cost = Tahmini LINE maliyeti: { $count } mesaj için { $cost } { $currency } (campaign.toml'daki fiyata göre).
plan-image = Resimli ({ $kind }): Telegram'da fotoğraf, LINE'da resim mesajı olarak gider.

plan-unknown-language = "{ $language }" botun dillerinden biri değil. Şunlardan birini kullanın: { $known }.
plan-unknown-audience-language = lang:{ $language } hedefi botun dillerinden biri değil: kimse onu seçmiş olamaz.
plan-default-text-missing = Varsayılan dilde ({ $language }) bir metin gerekli: kendi dilinde metni olmayan herkes onu alır. --text { $language }=... ile ekleyin.
plan-empty-text = { $language } metni boş. Yazın ya da o dili çıkarın.
plan-text-too-long = { $language } metni { $length } karakter; { $platform ->
    [line] LINE
   *[telegram] Telegram
    } en fazla { $limit } karaktere izin verir. En az { $over } karakter kısaltın.
plan-bad-link = Bağlantı https:// ile başlamalı ({ $link }).
plan-no-recipients = Bunu kimse almaz: "{ $audience }" hedefinde alıcı yok. Hedefi kontrol edin.
plan-over-quota = LINE bu ay yalnızca { $left } mesaj daha gönderebilir, ama hedefte { $line } LINE alıcısı var. Hiçbir şey gönderilmedi. Hedefi daraltın, planı yükseltin ya da { $left } kişiye ulaşmak için kısmi gönderimi (--partial) seçin.
plan-image-kind = Resim JPEG ya da PNG dosyası olmalı.
plan-image-too-big = Resim { $size } bayt; en fazla { $limit } bayta izin verilir.
plan-image-needs-public-url = LINE'da resim için botun herkese açık HTTPS adresi gerekir: PUBLIC_BASE_URL (https://...) ayarlayın.

broadcast-plan-confirm =
    { $plan }
    Şimdi gönderilsin mi?
broadcast-start-result = { $job ->
    [0] Toplu gönderim yapılamıyor: gönderebilecek bir platform ayarlanmamış.
    [-2] Gönderilmedi: { $problems } /broadcast ile yeniden başlayın.
   *[other] #{ $job } numaralı toplu gönderim gönderiliyor. İlerleme ve rapor buraya gelecek.
    }

cli-preview = Önizleme, alıcıların göreceği gibi:
cli-refused = Hiçbir şey gönderilmedi, çünkü:
cli-dry-run-ok = Deneme: bütün denetimler geçti; gönderim şimdi başlardı. Hiçbir şey gönderilmedi.
cli-confirm = Şimdi gönderilsin mi? [y/N]
cli-confirm-at = { $at } için planlansın mı? [y/N]
cli-nothing-sent = Hiçbir şey gönderilmedi.
cli-scheduled = #{ $job } numaralı toplu gönderim { $at } için planlandı. Sunucu süreci (run_bot.py serve) o zaman gönderir; broadcast --list ile görün, broadcast --cancel { $job } ile iptal edin.
cli-nothing-unfinished = Yarım kalmış toplu gönderim yok.
cli-job-report = #{ $job } numaralı toplu gönderim ({ $state ->
    [done] bitti
    [stopped] durdu: { $note }
    [cancelled] iptal edildi
    [sending] hâlâ gönderiliyor
   *[other] { $state }
    }):
cli-job-state = {"  "}{ $platform }: { $state ->
    [sent] { $count } gönderildi
    [uncertain] { $count } belirsiz (yeniden başlatmada yoldaydı, belki iki kez)
    [unreachable] { $count } ulaşılamaz (botu engelledi)
    [failed] { $count } başarısız
    [pending] { $count } gönderilmedi
    [inflight] { $count } yolda
   *[other] { $count } { $state }
    }
cli-insight-none = LINE açılma ve tıklamaları: bu gönderim için izlenmedi.
cli-insight-pending = LINE açılma ve tıklamaları: henüz yayımlanmadı (LINE bunları yaklaşık bir gün sonra, yeterince kişi açınca gösterir). Daha sonra broadcast --report N ile bakın.
cli-insight = LINE: { $opened } kişi mesajı açtı, { $clicked } kişi bağlantısını açtı.
cli-no-jobs = Planlanmış ya da gönderilmekte olan toplu gönderim yok.
cli-cancel-none = #{ $job } numaralı toplu gönderim ne planlanmış ne de gönderiliyor: iptal edilecek bir şey yok. broadcast --list'e bakın.
cli-cancelled = #{ $job } numaralı toplu gönderim iptal edildi.
cli-no-such-job = #{ $job } numaralı toplu gönderim yok. Şimdiye kadarkiler için run_bot.py audit'e bakın.
cli-chart-written = Grafik { $file } dosyasına yazıldı
cli-export-written = { $count } imza { $file } dosyasına yazıldı
cli-audit-empty = Henüz toplu gönderim ya da dışa aktarma yok.
cli-backup-written = Yedek { $file } dosyasına yazıldı ({ $signatures } imza, { $people } kişi).
cli-purge-counted = { $day } tarihinden (Japonya saati) önce { $count } imza atıldı. Hiçbir şey silinmedi.
cli-purge-confirm = { $day } tarihinden önce atılan { $count } imza silinsin mi? [y/N]
cli-purge-nothing = Hiçbir şey silinmedi.
cli-purge-abandoned = Başlanıp { $days } gün bırakılan { $count } imza silindi.
cli-purge-done = { $day } tarihinden önce atılan { $count } imza silindi.
# The organizer's chat report of a finished broadcast: LINE's opens and clicks, when LINE has them.
broadcast-report-insight = LINE'da şimdiye kadar: { $opened } kişi mesajı açtı, { $clicked } kişi bağlantısını açtı.
