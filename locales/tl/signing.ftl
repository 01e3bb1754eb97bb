privacy =
    🔒 Paano namin hinahawakan ang pirma mo
    • Ang kinokolekta namin: ang pangalan mo, at kung gusto mo, ang prefecture mo (o "Labas ng Japan"). Wala nang iba. Kasama nitong iniimbak ang ID ng chat account mo, para makita o mabura mo ang pirma mo.
    • Bakit: ang pangalan mo ay pirma sa petisyong ito para sa { $addressees }. { $delivery }Binibilang ng { $organizer } at ng mga kaakibat na grupo ang mga pirma.
    • Sino ang makakakita: ang mga nag-oorganisang grupo, at ang mga tatanggap ng mga pirma. Hindi ito kailanman ilalathala o gagamitin sa ibang bagay.
    • Gaano katagal: hanggang maiabot ang petisyon, at hanggang { DATETIME($retention_until, dateStyle: "long") } sa pinakahuli. Pagkatapos ay buburahin ito.
    • Isang pirma bawat tao: kung nakapirma ka na sa papel o online, huwag nang pumirma ulit.
    • Mga karapatan mo: i-type ang /status para makita ang hawak namin at /withdraw para burahin ito, kahit kailan.
consent =
    { privacy }

    Pumapayag ka ba at gusto mong pumirma?
consent-declined = Walang problema. Puwede kang pumirma kahit kailan gamit ang /sign.

ask-name = I-type ang pangalan mo gaya ng dapat makita sa petisyon (halimbawa: Maria Santos).
name-error-empty = Wala akong natanggap na pangalan.
name-error-too-long = Mahigit 100 character iyan. Gumamit ng mas maikling anyo ng pangalan mo.
name-error-invisible = May hindi nakikitang character o control character ang pangalan. I-type ulit ito bilang simpleng teksto.
name-error-link = Hindi puwedeng may web address ang pangalan.
name-error-symbols = Mga letra, espasyo at karaniwang bantas lang ang gamitin, walang emoji o simbolo.
name-error-no-letters = Kailangan ng kahit isang letra ang pangalan.

ask-prefecture = Saang prefecture ka nakatira? Pumili ng isa, i-type ang pangalan nito, o piliin ang "Labas ng Japan" o "Laktawan".
prefecture-unknown = Hindi ko mahanap ang prefecture na iyan. Subukan ang pangalang gaya ng "Osaka" o "大阪".
place-abroad = Labas ng Japan
place-none = walang prefecture

ask-updates = Gusto mo bang makatanggap dito paminsan-minsan ng balita tungkol sa petisyon, halimbawa kapag naiabot na ang mga pirma? Puwede mo itong itigil kahit kailan.
updates-chosen-yes = oo
updates-chosen-no = hindi

confirm-signature =
    Ganito itatala ang pirma mo:
    { $name }, { $place }
    Mga balita: { $updates }

    Tama ba ito?

signed-thanks = Salamat sa pagpirma! Sa ngayon, { $total } na ang pumirma (target: { $goal }).
already-signed = Nakapirma ka na. Salamat!
paper-form =
    ✉️ Puwede ring pumirma sa papel ang mga kaibigan at pamilya.
    { $delivery }{ $paper_how }
    Ipadala sa koreo ang mga form sa:
    { $mailing_address }
share =
    { share-heading }
    Pumirma ako sa petisyon ng { $organizer } laban sa pagbabago ng Immigration Control Act ng Japan, na maglalagay sa panganib sa mga refugee at sa mga taong walang residence status. Pumirma ka rin: { $link }

status-signed =
    Ang hawak namin tungkol sa iyo:
    • Pangalan: { $name }
    • Prefecture: { $place }
    • Pumirma noong { DATETIME($date, dateStyle: "long") } bilang no. { $number }
    • Mga balita: { $updates }
    • Wika: { $language }
    • Mga pumirma sa pamamagitan ng link mo: { $referrals }
    I-type ang /withdraw para burahin ang pirma mo.
status-not-signed = Hindi ka pa pumipirma. Ang hawak lang namin ay ang ID ng chat account mo, ang wika mo ({ $language }) at ang pinili mo sa mga balita ({ $updates }).

withdraw-confirm = Burahin ang pirma mo? Buburahin ang pangalan at prefecture mo at hindi na bibilangin ang pirma mo. Isang anonymous na bilang lang ng mga binawing pirma ang itatago namin.
withdraw-done = Tapos na. Nabura na ang pirma, pangalan at prefecture mo, at naka-off na ang mga balita.
withdraw-kept = Sige, mananatili ang pirma mo. Salamat.
withdraw-nothing = Wala kang pirmang buburahin, at wala kaming hawak na pangalan mo.

updates-are-on = Naka-on ang mga balita.
updates-are-off = Naka-off ang mga balita.
updates-now-on = Naka-on na ang mga balita. Salamat!
updates-now-off = Naka-off na ang mga balita. Wala ka nang matatanggap.
