# İmza kaydedilmeden önce /withdraw: girilenler hemen silinir.
withdraw-draft-deleted = Henüz imzalamamıştınız. İmzalarken girdikleriniz (adınız, vilayetiniz ve onayınız) silindi. Botun size yanıt verebilmesi için yalnızca hesap kimliğinizi ve dilinizi tutuyoruz.
