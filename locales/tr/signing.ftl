privacy =
    🔒 İmzanızı nasıl işliyoruz
    • Ne topluyoruz: adınızı ve isterseniz yaşadığınız ili (ya da "Japonya dışı"). Başka hiçbir şey. İmzanızı görebilmeniz veya silebilmeniz için sohbet hesabınızın kimliğini (ID) de birlikte saklıyoruz.
    • Neden: adınız, { $addressees } makamlarına yönelik bu dilekçede bir imzadır. { $delivery }{ $organizer } ve ortak gruplar imzaları sayar.
    • Kimler görür: düzenleyen gruplar ve imzaları teslim alanlar. Asla yayımlanmaz veya başka bir amaçla kullanılmaz.
    • Ne kadar süre: dilekçe teslim edilene kadar, en geç { DATETIME($retention_until, dateStyle: "long") } tarihine kadar. Sonra silinir.
    • Kişi başına bir imza: kâğıt üzerinde veya internette zaten imzaladıysanız lütfen tekrar imzalamayın.
    • Haklarınız: istediğiniz zaman tuttuklarımızı görmek için /status, silmek için /withdraw yazın.
consent =
    { privacy }

    Kabul edip imzalamak istiyor musunuz?
consent-declined = Sorun değil. İstediğiniz zaman /sign ile imzalayabilirsiniz.

ask-name = Lütfen adınızı dilekçede görünmesini istediğiniz şekilde yazın (örneğin: Ayşe Yılmaz).
name-error-empty = Bir ad almadım.
name-error-too-long = Bu 100 karakterden uzun. Lütfen adınızın daha kısa bir biçimini kullanın.
name-error-invisible = Adda görünmeyen veya kontrol karakterleri var. Lütfen düz metin olarak yeniden yazın.
name-error-link = Bir ad web adresi içeremez.
name-error-symbols = Lütfen yalnızca harf, boşluk ve olağan noktalama işaretleri kullanın; emoji veya simge kullanmayın.
name-error-no-letters = Bir adda en az bir harf olmalı.

ask-prefecture = Hangi ilde (prefecture) yaşıyorsunuz? Birini seçin, adını yazın ya da "Japonya dışı" veya "Geç"i seçin.
prefecture-unknown = Bu ili bulamadım. "Osaka" veya "大阪" gibi bir ad deneyin.
place-abroad = Japonya dışı
place-none = il belirtilmedi

ask-updates = Dilekçeyle ilgili haberleri, örneğin imzalar teslim edildiğinde, ara sıra burada almak ister misiniz? İstediğiniz zaman durdurabilirsiniz.
updates-chosen-yes = evet
updates-chosen-no = hayır

confirm-signature =
    İmzanız şöyle kaydedilecek:
    { $name }, { $place }
    Haberler: { $updates }

    Doğru mu?

signed-thanks = İmzaladığınız için teşekkürler! Şimdiye kadar { $total } kişi imzaladı (hedef: { $goal }).
already-signed = Zaten imzaladınız. Teşekkürler!
paper-form =
    ✉️ Arkadaşlarınız ve aileniz kâğıt üzerinde de imzalayabilir.
    { $delivery }{ $paper_how }
    Formları postayla şu adrese gönderin:
    { $mailing_address }
share =
    { share-heading }
    Mültecileri ve oturma statüsü olmayan insanları tehlikeye atacak Japonya Göç Kontrol Yasası değişikliğine karşı { $organizer } dilekçesini imzaladım. Siz de imzalayın: { $link }

status-signed =
    Hakkınızda tuttuklarımız:
    • Ad: { $name }
    • İl: { $place }
    • { DATETIME($date, dateStyle: "long") } tarihinde { $number }. imzacı olarak imzaladınız
    • Haberler: { $updates }
    • Dil: { $language }
    • Bağlantınız üzerinden imzalayanlar: { $referrals }
    İmzanızı silmek için /withdraw yazın.
status-not-signed = Henüz imzalamadınız. Yalnızca sohbet hesabınızın kimliğini (ID), dilinizi ({ $language }) ve haber tercihinizi ({ $updates }) tutuyoruz.

withdraw-confirm = İmzanız silinsin mi? Adınız ve iliniz silinecek, imzanız artık sayılmayacak. Yalnızca geri çekilen imzaların anonim bir sayısını tutuyoruz.
withdraw-done = Tamam. İmzanız, adınız ve iliniz silindi; haberler kapatıldı.
withdraw-kept = Tamam, imzanız duruyor. Teşekkürler.
withdraw-nothing = Silinecek bir imzanız yok ve sizin adınıza kayıtlı bir ad tutmuyoruz.

updates-are-on = Haberler açık.
updates-are-off = Haberler kapalı.
updates-now-on = Haberler açıldı. Teşekkürler!
updates-now-off = Haberler kapatıldı. Artık mesaj almayacaksınız.
