# O painel dos organizadores (páginas em /dashboard/) e a resposta ao /dashboard no chat.
dashboard-chat-link =
    Seu link de acesso ao painel dos organizadores. Funciona uma vez, por 15 minutos; não o encaminhe:
    { $link }
dashboard-name = Painel do abaixo-assinado
dashboard-language = Idioma:
dashboard-number = { $n }
dashboard-percent = { $n } %
dashboard-unknown = (desconhecido)
dashboard-nav-overview = Visão geral
dashboard-nav-funnel = Funil da conversa
dashboard-nav-broadcasts = Envios
dashboard-nav-signatures = Assinaturas
dashboard-nav-audit = Registro de ações
dashboard-sign-out = Sair

# Entrar
dashboard-signin-title = Entrar
dashboard-signin-how = Para entrar, envie /dashboard ao bot no LINE ou no Telegram a partir de uma conta de organizador, ou peça ao administrador do servidor que execute este comando. Nos dois casos você recebe um link que funciona uma vez, por 15 minutos.
dashboard-signin-button = Entrar no painel
dashboard-signin-used = Este link de acesso já foi usado. Cada link funciona só uma vez: peça um novo.
dashboard-signin-expired = Este link de acesso expirou. Peça um novo.
dashboard-signin-unknown = Este link de acesso não é válido. Peça um novo.
dashboard-signin-signedout = Você saiu.

# Visão geral
dashboard-goal = { $total } assinaturas da meta de { $goal }
dashboard-goal-line = Meta: { $goal }
dashboard-tile-total = assinaturas no total
dashboard-tile-today = hoje (horário do Japão)
dashboard-tile-week = nos últimos 7 dias
dashboard-tile-subscribers = recebem notícias
dashboard-tile-unreachable = inalcançáveis (bloquearam o bot)
dashboard-chart-total = Assinaturas até agora, em relação à meta
dashboard-chart-daily = Assinaturas por dia
dashboard-by-platform = Por plataforma
dashboard-by-language = Por idioma
dashboard-by-prefecture = Por província
dashboard-prefecture-none = Não informada
dashboard-col-where = Onde
dashboard-col-signatures = Assinaturas
dashboard-platform-line = LINE
dashboard-platform-telegram = Telegram
dashboard-platform-console = Console

# Funil
dashboard-funnel-intro = Quantas pessoas chegaram a cada etapa da conversa e quantas se perderam desde a etapa anterior. Guardamos só números, nunca quem.
dashboard-funnel-started = Começaram a conversa
dashboard-funnel-language = Escolheram um idioma
dashboard-funnel-concerns = Leram as preocupações
dashboard-funnel-agreed = Concordaram em assinar
dashboard-funnel-name = Digitaram o nome
dashboard-funnel-signed = Assinaram
dashboard-funnel-by-language = Por idioma
dashboard-col-milestone = Etapa
dashboard-col-people = Pessoas
dashboard-col-of-started = Dos que começaram
dashboard-col-lost = Perdidas desde a etapa anterior
dashboard-col-language = Idioma

# Envios
dashboard-broadcast-unavailable = Nenhuma plataforma está configurada, então nada pode ser enviado. Você ainda pode escrever e pré-visualizar uma notícia.
dashboard-compose-hint = Escreva a notícia em todos os idiomas que puder. O texto em { $language } é obrigatório: quem não tem texto no próprio idioma recebe esse.
dashboard-compose-link = Link exibido como botão abaixo da notícia (opcional, https://)
dashboard-compose-audience = Quem recebe (só quem aceitou receber notícias e não bloqueou o bot)
dashboard-compose-preview = Pré-visualizar e contar
dashboard-audience-subscribers = Todos que recebem notícias
dashboard-audience-signers = Só quem assinou
dashboard-audience-language = Só quem lê em { $language }
dashboard-broadcast-latest = Envios recentes
dashboard-col-broadcast = Envio
dashboard-col-audience = Público
dashboard-col-state = Situação
dashboard-col-text = Texto que recebem
dashboard-no-language = Sem idioma escolhido
dashboard-preview-title = Confira antes de enviar
dashboard-plan-fallback = O texto em { $text } (não há texto em { $language })
dashboard-plan-totals = Destinatários: { $line } no LINE, { $telegram } no Telegram.
dashboard-plan-billable = O LINE cobra { $count } mensagens por esta notícia.
dashboard-plan-quota-left = Mensagens do LINE restantes neste mês: { $left }.
dashboard-plan-quota-unknown = A cota mensal do LINE não tem limite ou não é conhecida.
dashboard-plan-cost = Custo estimado das mensagens do LINE: { $cost } { $currency }.
dashboard-preview-line = Como no LINE
dashboard-preview-telegram = Como no Telegram
dashboard-send = Enviar agora para { $count } pessoas
dashboard-change = Alterar a notícia
dashboard-job-title = Envio nº { $job }
dashboard-job-by = Iniciado por { $who } para { $audience }.
dashboard-progress = { $done } de { $total } processados
dashboard-cancel = Cancelar o envio
dashboard-state-preparing = Em preparação
dashboard-state-sending = Sendo enviado
dashboard-state-done = Concluído
dashboard-state-cancelled = Cancelado
dashboard-state-stopped = Interrompido
dashboard-col-platform = Plataforma
dashboard-report-sent = Enviados
dashboard-report-uncertain = Incertos (talvez duas vezes)
dashboard-report-unreachable = Inalcançáveis
dashboard-report-failed = Falharam
dashboard-report-pending = Ainda não enviados
dashboard-report-inflight = A caminho
dashboard-report-skipped = Pulados

# Assinaturas e registro
dashboard-export-intro = Há { $total } assinaturas válidas. Baixe-as para a entrega do abaixo-assinado.
dashboard-export-format = Formato do arquivo
dashboard-format-csv = CSV (abre no Excel)
dashboard-format-xlsx = Pasta de trabalho do Excel (xlsx)
dashboard-export-button = Baixar as assinaturas
dashboard-export-care = O arquivo contém nomes: guarde-o só onde for necessário e apague-o depois da entrega do abaixo-assinado. Cada download fica no registro de ações.
dashboard-col-when = Quando (horário do Japão)
dashboard-col-who = Quem
dashboard-col-what = O quê
dashboard-col-count = Quantos
dashboard-col-detail = Detalhe
dashboard-audit-empty = Nada ainda.
