# Texts for organizers (people listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS).
broadcast-ask-text = Duyurunun metnini { $language } dilinde gönderin.
broadcast-ask-link = Duyurunun altında düğme olarak gösterilecek bir bağlantı (https://…) gönderin ya da "Bağlantı yok"a basın.
broadcast-bad-link = Bu bir https:// bağlantısı değil.
broadcast-ask-audience = Kimler alsın? Yalnızca haberlere evet diyen ve botu engellemeyen kişiler.
broadcast-preview = Önizleme: her dil, alıcıların göreceği şekliyle.
broadcast-text = { $text }
broadcast-progress = #{ $job } numaralı duyuru: { $total } kişiden { $done } işlendi.
broadcast-report =
    #{ $job } numaralı duyuru { $state ->
        [stopped] durdu: { $note }
        [cancelled] iptal edildi.
       *[done] tamamlandı.
    }
    Gönderilen: { $sent }, belirsiz (yeniden başlatma sırasında gönderiliyordu, iki kez gitmiş olabilir): { $uncertain }, ulaşılamayan: { $unreachable }, başarısız: { $failed }, gönderilmeyen: { $skipped }.
broadcast-stopped = { $job ->
    [0] Gönderilmekte olan bir duyuru yok.
   *[other] #{ $job } numaralı duyuru iptal edildi.
}
stats-report = { $report }

button-no-link = Bağlantı yok
button-audience-subscribers = Tüm aboneler
button-audience-signers = Sadece imzalayanlar
button-audience-language = Yalnızca { $language }
button-texts-done = Başka dil yok
button-send = Gönder
button-stop-broadcast = Gönderimi durdur
