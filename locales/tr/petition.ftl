welcome =
    Hoş geldiniz! Bu, { $organizer } ve ortak grupların ({ $partners }) Japonya'nın Göç Kontrol Yasası'nda yapılmak istenen değişikliğe karşı başlattığı bir dilekçedir.

    Hangi dili kullanmak istersiniz?
welcome-back = Tekrar hoş geldiniz, imzaladığınız için teşekkürler.
welcome-continue = Tekrar hoş geldiniz! Kaldığınız yer burası.
language-prompt = Hangi dili kullanmak istersiniz?
language-set = Tamam, bundan sonra Türkçe yazacağım.

petition =
    📝 Dilekçe

    Göç Kontrol Yasası'ndaki değişikliğe karşıyız. Bu değişiklik mültecilere baskı yapacak ve oturma statüsü olmayan insanların hayatını tehlikeye atacaktır. Yasa tasarısının durdurulmasını ve Japonya'da yaşayan herkesin hayatını ve haklarını koruyan reformlar yapılmasını istiyoruz.

    Muhatap: { $addressees }.

    Tasarının beş sorunu var. Bunları tek tek okuyun ya da hemen imzalayın.

concern-1 =
    { $position }/{ $total } Sığınma başvurusu yapanları sınır dışı etmek

    Japonya çok az kişiyi mülteci olarak tanıyor. Tasarı, bu düşük tanınma oranını önce düzeltmeden, mülteci statüsü için başvurmuş kişilerin de sınır dışı edilmesine izin verecek.
concern-2 =
    { $position }/{ $total } Evine dönemeyenleri cezalandırmak

    Mülteciler ve ülkelerine dönememek için sebepleri olan diğer kişilere ülkeyi terk etmeleri emredilecek, uymazlarsa cezalandırılacaklar.
concern-3 =
    { $position }/{ $total } Sonu olmayan gözaltı

    Oturma statüsü olmayan yabancılar hâlâ süresiz ya da yıllarca gözaltında tutulabilir. Tasarı bu sistemi olduğu gibi bırakıyor.
concern-4 =
    { $position }/{ $total } Gözetim var, destek yok

    Yeni bir "denetim" (監理措置) sistemi, gözaltından serbest bırakılan kişiler üzerindeki gözetimi artıracak. Çalışması yasaklanan kişiler geçinmek için hiçbir destek almayacak.
concern-5 =
    { $position }/{ $total } Kalma şansı azalıyor

    Özel oturma izni, Japonya'da büyümüş çocuklar gibi statüsü olmayan kişilerin kalmasına izin verilmesinin yoludur. Tasarı bu izni daha az durumda verecek.

background =
    Tasarının arka planı: Japonya'da gözaltı

    • Bayan Wishma Sandamali, 2021'de Nagoya Göç İdaresi'nin gözetimi altındayken hayatını kaybetti. Ona yapılan muameleye yönelik eleştiriler, 2021 tasarısının geri çekilmesine yol açtı.
    • 30 Mart 2014'te Ushiku'daki göçmen gözaltı merkezinde Kamerunlu bir adam, acı çektiğini söyleyen yakarışları görmezden gelindikten sonra hayatını kaybetti. Ailesi dava açtı ve davayı kısmen kazandı.
    • Bay Deniz, gözaltındayken bir grup görevli tarafından dövüldükten sonra mahkemeye başvurdu.
    • Geçici serbestlikte (仮放免) olan kişilerin çalışması yasak; ağır hasta olsalar bile sosyal yardım ya da sağlık sigortası alamıyorlar. Birleşmiş Milletler bunun değişmesini istedi.
    • Japonya'ya küçükken gelen ya da burada doğan çocuklar, oturma statüsü olmadan okuyup büyüyor ve tanımadıkları bir ülkeye gönderilme korkusuyla yaşıyor.

menu = Ne yapmak istersiniz?
help =
    Bunları istediğiniz zaman kullanabilirsiniz:
    /start – baştan başla
    /sign – dilekçeyi imzala
    /status – hakkınızda tuttuğumuz bilgileri gör
    /withdraw – imzanızı silin
    /updates – haberleri aç veya kapat
    /language – dili değiştir
    /privacy – verilerinizi nasıl işlediğimiz
    /menu – Ana menü
    /paper – Kâğıtla imzalayın
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – İmzalamayı bırakın
    /help – bu liste
not-understood = Üzgünüm, bunu anlayamadım.
old-button = O düğme önceki bir adıma ait.
media-not-understood = Teşekkürler! Ama ben yalnızca yazı ve düğmeleri okuyabiliyorum.
unknown-command = Bu komutu bilmiyorum. Listeyi görmek için /help yazın.
use-buttons = Lütfen düğmelerle cevap verin (ya da evet veya hayır yazın).

# The button under a broadcast update that carries a link.
broadcast-link = Bağlantıyı aç
slow-down = Çok hızlı mesaj gönderiyorsunuz. Devam etmeden önce lütfen biraz bekleyin.
storage-unavailable = Üzgünüm, şu anda hiçbir şey kaydedemiyorum, bu yüzden hiçbir şey kaydedilmedi. Lütfen daha sonra tekrar deneyin.
