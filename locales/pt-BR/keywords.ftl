# Words a person can type instead of a /command or a button, comma-separated.
# Matching ignores case and full-width/half-width differences.
keywords-start = começar, iniciar
keywords-menu = menu
keywords-help = ajuda
keywords-language = idioma, língua
keywords-sign = assinar
keywords-status = minha assinatura, meus dados
keywords-withdraw = retirar, apagar assinatura, apagar meus dados
keywords-updates = novidades
keywords-privacy = privacidade
keywords-paper = formulário em papel, papel
keywords-yes = sim, s, ok
keywords-no = não, nao
keywords-abroad = fora do Japão, exterior
keywords-skip = pular, nenhum
