privacy =
    🔒 Como tratamos sua assinatura
    • O que coletamos: seu nome e, se você quiser, sua província (ou "Fora do Japão"). Nada mais. Guardamos junto o ID da sua conta de chat, para que você possa ver ou apagar sua assinatura.
    • Por quê: seu nome é uma assinatura nesta petição dirigida a { $addressees }. { $delivery }A { $organizer } e os grupos parceiros contam as assinaturas.
    • Quem vê: os grupos organizadores e quem receber as assinaturas. Nunca é publicado nem usado para outra coisa.
    • Por quanto tempo: até a petição ser entregue, no máximo até { DATETIME($retention_until, dateStyle: "long") }. Depois é apagado.
    • Uma assinatura por pessoa: se você já assinou no papel ou pela internet, não assine de novo.
    • Seus direitos: digite /status para ver o que guardamos e /withdraw para apagar, a qualquer momento.
consent =
    { privacy }

    Você concorda e quer assinar?
consent-declined = Sem problema. Você pode assinar quando quiser com /sign.

ask-name = Digite seu nome como ele deve aparecer na petição (por exemplo: Ana Souza).
name-error-empty = Não recebi nenhum nome.
name-error-too-long = Isso tem mais de 100 caracteres. Use uma forma mais curta do seu nome.
name-error-invisible = O nome tem caracteres invisíveis ou de controle. Digite de novo como texto simples.
name-error-link = Um nome não pode conter um endereço da web.
name-error-symbols = Use só letras, espaços e pontuação comum, sem emojis nem símbolos.
name-error-no-letters = Um nome precisa ter pelo menos uma letra.

ask-prefecture = Em qual província você mora? Escolha uma, digite o nome ou escolha "Fora do Japão" ou "Pular".
prefecture-unknown = Não encontrei essa província. Tente um nome como "Osaka" ou "大阪".
place-abroad = Fora do Japão
place-none = província não informada

ask-updates = Você quer receber aqui, de vez em quando, novidades sobre a petição, por exemplo quando as assinaturas forem entregues? Você pode parar quando quiser.
updates-chosen-yes = sim
updates-chosen-no = não

confirm-signature =
    Sua assinatura será registrada como:
    { $name }, { $place }
    Novidades: { $updates }

    Está correto?

signed-thanks =
    Obrigado por assinar! { $total ->
        [one] Até agora, uma pessoa assinou
       *[other] Até agora, { $total } pessoas assinaram
    } (meta: { $goal }).
already-signed = Você já assinou. Obrigado!
paper-form =
    ✉️ Amigos e familiares também podem assinar no papel.
    { $delivery }{ $paper_how }
    Envie os formulários pelo correio para:
    { $mailing_address }
share =
    { share-heading }
    Assinei a petição da { $organizer } contra a reforma da Lei de Controle de Imigração do Japão, que colocaria em perigo refugiados e pessoas sem status de residência. Assine também: { $link }

status-signed =
    O que guardamos sobre você:
    • Nome: { $name }
    • Província: { $place }
    • Assinou em { DATETIME($date, dateStyle: "long") } como a pessoa nº { $number }
    • Novidades: { $updates }
    • Idioma: { $language }
    • Pessoas que assinaram pelo seu link: { $referrals }
    Digite /withdraw para apagar sua assinatura.
status-not-signed = Você ainda não assinou. Guardamos só o ID da sua conta de chat, seu idioma ({ $language }) e sua escolha de novidades ({ $updates }).

withdraw-confirm = Apagar sua assinatura? Seu nome e sua província serão apagados e sua assinatura não contará mais. Guardamos só uma contagem anônima das retiradas.
withdraw-done = Pronto. Sua assinatura, seu nome e sua província foram apagados, e as novidades estão desligadas.
withdraw-kept = Certo, sua assinatura continua. Obrigado.
withdraw-nothing = Você não tem assinatura para apagar, e não guardamos nenhum nome seu.

updates-are-on = As novidades estão ligadas.
updates-are-off = As novidades estão desligadas.
updates-now-on = Novidades ligadas. Obrigado!
updates-now-off = Novidades desligadas. Você não vai receber mais nada.
