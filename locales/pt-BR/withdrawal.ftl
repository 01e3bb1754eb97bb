# /withdraw antes de a assinatura ser registrada: o que foi preenchido é apagado na hora.
withdraw-draft-deleted = Você ainda não tinha assinado. O que você preencheu ao assinar (nome, província e consentimento) foi apagado. Guardamos só o ID da sua conta e o idioma, para que o bot possa responder.
