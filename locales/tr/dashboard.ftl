# Düzenleyicilerin paneli (/dashboard/ altındaki sayfalar) ve sohbette /dashboard yanıtı.
dashboard-chat-link =
    Düzenleyici paneline giriş bağlantınız. Bir kez ve 15 dakika boyunca çalışır; kimseye iletmeyin:
    { $link }
dashboard-name = İmza kampanyası paneli
dashboard-language = Dil:
dashboard-number = { $n }
dashboard-percent = %{ $n }
dashboard-unknown = (bilinmiyor)
dashboard-nav-overview = Genel bakış
dashboard-nav-funnel = Sohbet hunisi
dashboard-nav-broadcasts = Toplu mesajlar
dashboard-nav-signatures = İmzalar
dashboard-nav-audit = İşlem kaydı
dashboard-sign-out = Çıkış yap

# Giriş
dashboard-signin-title = Giriş
dashboard-signin-how = Giriş yapmak için bir düzenleyici hesabından LINE veya Telegram'da bota /dashboard gönderin ya da sunucu yöneticisinden bu komutu çalıştırmasını isteyin. İki durumda da bir kez ve 15 dakika boyunca çalışan bir bağlantı alırsınız.
dashboard-signin-button = Panele giriş yap
dashboard-signin-used = Bu giriş bağlantısı zaten kullanıldı. Her bağlantı yalnızca bir kez çalışır: yenisini isteyin.
dashboard-signin-expired = Bu giriş bağlantısının süresi doldu. Yenisini isteyin.
dashboard-signin-unknown = Bu giriş bağlantısı geçerli değil. Yenisini isteyin.
dashboard-signin-signedout = Çıkış yaptınız.

# Genel bakış
dashboard-goal = { $goal } hedefinden { $total } imza
dashboard-goal-line = Hedef: { $goal }
dashboard-tile-total = toplam imza
dashboard-tile-today = bugün (Japonya saati)
dashboard-tile-week = son 7 günde
dashboard-tile-subscribers = haber alıyor
dashboard-tile-unreachable = ulaşılamıyor (botu engelledi)
dashboard-chart-total = Hedefe göre şimdiye kadarki imzalar
dashboard-chart-daily = Günlük imzalar
dashboard-by-platform = Platforma göre
dashboard-by-language = Dile göre
dashboard-by-prefecture = İle göre
dashboard-prefecture-none = Belirtilmedi
dashboard-col-where = Nerede
dashboard-col-signatures = İmzalar
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Konsol

# Huni
dashboard-funnel-intro = Sohbetin her adımına kaç kişinin ulaştığı ve bir önceki adımdan bu yana kaç kişinin ayrıldığı. Yalnızca sayılar tutulur, kim olduğu asla.
dashboard-funnel-started = Sohbete başladı
dashboard-funnel-language = Dil seçti
dashboard-funnel-concerns = Endişeleri okudu
dashboard-funnel-agreed = İmzalamayı kabul etti
dashboard-funnel-name = Adını yazdı
dashboard-funnel-signed = İmzaladı
dashboard-funnel-by-language = Dile göre
dashboard-col-milestone = Adım
dashboard-col-people = Kişi
dashboard-col-of-started = Başlayanların
dashboard-col-lost = Önceki adımdan bu yana ayrılan
dashboard-col-language = Dil

# Toplu mesajlar
dashboard-broadcast-unavailable = Hiçbir platform ayarlanmadığı için hiçbir şey gönderilemez. Yine de bir haber yazıp önizleyebilirsiniz.
dashboard-compose-hint = Haberi yazabildiğiniz her dilde yazın. { $language } metni zorunludur: kendi dilinde metni olmayanlar bunu alır.
dashboard-compose-link = Haberin altında düğme olarak gösterilecek bağlantı (isteğe bağlı, https://)
dashboard-compose-audience = Kimler alacak (yalnızca haber almayı kabul edip botu engellemeyenler)
dashboard-compose-preview = Önizle ve say
dashboard-audience-subscribers = Haber alan herkes
dashboard-audience-signers = Yalnızca imzalayanlar
dashboard-audience-language = Yalnızca { $language } okuyanlar
dashboard-broadcast-latest = Son toplu mesajlar
dashboard-col-broadcast = Toplu mesaj
dashboard-col-audience = Alıcılar
dashboard-col-state = Durum
dashboard-col-text = Aldıkları metin
dashboard-no-language = Dil seçilmedi
dashboard-preview-title = Göndermeden önce kontrol edin
dashboard-plan-fallback = { $text } metni ({ $language } metni yok)
dashboard-plan-totals = Alıcılar: LINE'da { $line }, Telegram'da { $telegram }.
dashboard-plan-billable = LINE bu haber için { $count } mesaj ücretlendirir.
dashboard-plan-quota-left = Bu ay kalan LINE mesajı: { $left }.
dashboard-plan-quota-unknown = LINE'ın aylık kotası sınırsız veya bilinmiyor.
dashboard-plan-cost = LINE mesajlarının tahmini maliyeti: { $cost } { $currency }.
dashboard-preview-line = LINE'da görünüşü
dashboard-preview-telegram = Telegram'da görünüşü
dashboard-send = Şimdi { $count } kişiye gönder
dashboard-change = Haberi değiştir
dashboard-job-title = Toplu mesaj #{ $job }
dashboard-job-by = { $who } tarafından { $audience } için başlatıldı.
dashboard-progress = { $total } kişiden { $done } kişi işlendi
dashboard-cancel = Toplu mesajı iptal et
dashboard-state-preparing = Hazırlanıyor
dashboard-state-sending = Gönderiliyor
dashboard-state-done = Tamamlandı
dashboard-state-cancelled = İptal edildi
dashboard-state-stopped = Durduruldu
dashboard-col-platform = Platform
dashboard-report-sent = Gönderildi
dashboard-report-uncertain = Belirsiz (belki iki kez)
dashboard-report-unreachable = Ulaşılamadı
dashboard-report-failed = Başarısız
dashboard-report-pending = Henüz gönderilmedi
dashboard-report-inflight = Yolda
dashboard-report-skipped = Atlandı

# İmzalar ve işlem kaydı
dashboard-export-intro = Geçerli { $total } imza var. Dilekçenin teslimi için indirin.
dashboard-export-format = Dosya biçimi
dashboard-format-csv = CSV (Excel'de açılır)
dashboard-format-xlsx = Excel çalışma kitabı (xlsx)
dashboard-export-button = İmzaları indir
dashboard-export-care = Dosyada isimler var: yalnızca gereken yerde saklayın ve dilekçe teslim edilince silin. Her indirme işlem kaydına yazılır.
dashboard-col-when = Ne zaman (Japonya saati)
dashboard-col-who = Kim
dashboard-col-what = Ne
dashboard-col-count = Kaç
dashboard-col-detail = Ayrıntı
dashboard-audit-empty = Henüz bir şey yok.
