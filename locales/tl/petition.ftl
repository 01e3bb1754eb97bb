welcome =
    Maligayang pagdating! Ito ang petisyon ng { $organizer } at ng mga kaakibat na grupo ({ $partners }) laban sa pagbabago ng Immigration Control Act ng Japan.

    Anong wika ang gusto mong gamitin?
welcome-back = Maligayang pagbabalik, at salamat sa pagpirma mo.
welcome-continue = Maligayang pagbabalik! Dito ka huminto.
language-prompt = Anong wika ang gusto mong gamitin?
language-set = Sige, sa Tagalog na ako susulat mula ngayon.

petition =
    📝 Ang petisyon

    Tutol kami sa pagbabago ng Immigration Control Act. Aapihin nito ang mga refugee at ilalagay sa panganib ang buhay ng mga taong walang residence status. Hinihiling namin na itigil ang panukalang batas, at magkaroon ng mga reporma na nagpoprotekta sa buhay at karapatan ng lahat ng nakatira sa Japan.

    Para sa: { $addressees }.

    May limang problema ang panukalang batas. Basahin ang mga ito isa-isa, o pumirma na ngayon.

concern-1 =
    { $position }/{ $total } Pagpapatapon sa mga asylum seeker

    Napakakaunti ng refugee na kinikilala ng Japan. Papayagan ng panukalang batas ang gobyerno na ipatapon ang mga taong nag-aaplay pa para maging refugee, nang hindi muna inaayos ang mababang bilang ng kinikilala.
concern-2 =
    { $position }/{ $total } Parusa sa mga hindi makauwi

    Ang mga refugee at iba pang may dahilan kung bakit hindi sila makabalik sa sariling bansa ay uutusang umalis, at paparusahan kung hindi sila susunod.
concern-3 =
    { $position }/{ $total } Detensyon na walang katapusan

    Ang mga dayuhang walang residence status ay puwede pa ring ikulong nang walang takdang panahon o nang ilang taon. Pinananatili ng panukalang batas ang sistemang ito.
concern-4 =
    { $position }/{ $total } Binabantayan, pero walang tulong

    Sa bagong sistemang "supervision" (監理措置), mas babantayan ang mga taong nakalabas sa detensyon. Ang mga pinagbawalang magtrabaho ay walang matatanggap na tulong para mabuhay.
concern-5 =
    { $position }/{ $total } Mas kaunting pagkakataong manatili

    Ang special residence permission ang paraan para mapayagang manatili ang mga taong walang status, gaya ng mga batang lumaki sa Japan. Mas kaunting kaso na lang ang bibigyan nito sa ilalim ng panukalang batas.

background =
    Sa likod ng panukalang batas: detensyon sa Japan

    • Namatay si Ms. Wishma Sandamali noong 2021 habang nakakulong sa Nagoya Immigration Office. Dahil sa batikos sa pagtrato sa kanya, ibinasura ang panukalang batas noong 2021.
    • Isang lalaking taga-Cameroon ang namatay sa immigration detention center sa Ushiku noong 30 Marso 2014, matapos balewalain ang mga daing niya ng paghihirap. Nagdemanda ang pamilya niya at bahagyang nanalo.
    • Nagdemanda si Mr. Deniz matapos siyang bugbugin ng isang grupo ng mga guwardiya habang nakakulong.
    • Ang mga nasa provisional release (仮放免) ay bawal magtrabaho at walang welfare o health insurance, kahit malubha ang sakit nila. Nanawagan ang United Nations na baguhin ito.
    • Ang mga batang dumating sa Japan nang maliit pa, o dito ipinanganak, ay nag-aaral at lumalaki nang walang residence status, at namumuhay sa takot na ipadala sa bansang hindi nila kilala.

menu = Ano ang gusto mong gawin?
help =
    Magagamit mo ang mga ito kahit kailan:
    /start – magsimula ulit
    /sign – pirmahan ang petisyon
    /status – tingnan kung ano ang hawak namin tungkol sa iyo
    /withdraw – burahin ang pirma mo
    /updates – i-on o i-off ang mga balita
    /language – palitan ang wika
    /privacy – kung paano namin hinahawakan ang data mo
    /menu – Pangunahing menu
    /paper – Pumirma sa papel
    /share – { telegram-command-share }
    /whoami – { help-whoami }
    /cancel – Ihinto ang pagpirma
    /help – ang listahang ito
not-understood = Pasensya na, hindi ko iyon naintindihan.
old-button = Para sa naunang hakbang ang button na iyon.
media-not-understood = Salamat! Pero teksto at mga button lang ang nababasa ko.
unknown-command = Hindi ko alam ang command na iyan. I-type ang /help para makita ang listahan.
use-buttons = Sumagot gamit ang mga button (o i-type ang "oo" o "hindi").

# The button under a broadcast update that carries a link.
broadcast-link = Buksan ang link
slow-down = Napakabilis ng pagpapadala mo ng mensahe. Maghintay muna sandali bago magpatuloy.
storage-unavailable = Pasensya na, hindi ako makapag-save ngayon, kaya walang naitala. Pakisubukan ulit mamaya.
