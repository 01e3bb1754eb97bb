# İmza kaydedilmeden önce /withdraw: girilenler hemen silinir.
withdraw-draft-deleted = Henüz imzalamamıştınız. İmzalarken girdikleriniz (adınız, vilayetiniz ve onayınız) silindi. Botun size yanıt verebilmesi için yalnızca hesap kimliğinizi ve dilinizi tutuyoruz.
status-signing = Henüz imzalamadınız. İmzalarken şimdiye kadar girdiklerinizi (ad, vilayet, onay) hesap kimliğiniz ve dilinizle ({ $language }) birlikte tutuyoruz. /withdraw bunları hemen siler; bitirmezseniz birkaç gün sonra silinir.
