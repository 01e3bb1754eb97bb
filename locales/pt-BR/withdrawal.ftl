# /withdraw antes de a assinatura ser registrada: o que foi preenchido é apagado na hora.
withdraw-draft-deleted = Você ainda não tinha assinado. O que você preencheu ao assinar (nome, província e consentimento) foi apagado. Guardamos só o ID da sua conta e o idioma, para que o bot possa responder.
status-signing = Você ainda não assinou. Enquanto assina, guardamos o que você preencheu até agora (nome, província, consentimento) com o ID da sua conta e o idioma ({ $language }). /withdraw apaga na hora; se você não terminar, é apagado em poucos dias.
