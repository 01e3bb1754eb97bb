nudge = Pumili po ng isa sa mga button sa ibaba (o i-type ang tulong).
keywords-cancel = kanselahin, ihinto, tigil
cancelled = Sige, huminto na tayo rito at wala akong itinagong anuman. Ano ang gusto mong gawin?
keywords-intent-thanks = salamat, maraming salamat
keywords-intent-hello = kumusta, hello, magandang umaga, magandang gabi
keywords-intent-share = i-share
keywords-intent-help = paano ito gumagana, ano ito
reply-thanks = Salamat sa iyong suporta!
reply-hello = Kumusta! Masaya kaming nandito ka.
name-why = Ang pangalan mo ang iyong pirma: idinadagdag ito sa petisyong ito para sa { $addressees }. Binibilang ng { $organizer } at ng mga katuwang na grupo ang mga pirma, at wala nang ibang nakakakita nito. Tingnan ang /privacy para sa higit pa.
help-line =
    Maaari mong i-type ang mga salitang ito, o gamitin ang mga button, anumang oras:
    • "pumirma" – pumirma sa petisyon
    • "ang pirma ko" – tingnan ang hawak naming datos
    • "bawiin" – burahin ang iyong pirma
    • "balita" – buksan o isara ang mga balita
    • "wika" – palitan ang wika
    • "privacy" – paano namin hinahawakan ang datos
    • "papel na form" – pumirma sa papel
    • "menu" – ang pangunahing menu
    • "ibahagi" – { telegram-command-share }
    • "whoami" – { help-whoami }
    • "kanselahin" – ihinto ang pagpirma
    • "tulong" – ang listahang ito
button-first-languages = Mga unang wika
translation-unreviewed = Paalala: hindi pa nasusuri ng katutubong nagsasalita ang salin na ito. Ang mga tekstong Hapon at Ingles ang masusunod.
button-more-background = Dagdag na konteksto
background-more =
    Higit pa mula sa pahina ng petisyon

    • Halos kapareho ng panukalang batas ang binawi noong 2021.
    • Tumanggi ang Immigration Services Agency na ilabas ang video ng mga huling araw ni Gng. Wishma, at itinatago pa rin nito ang katotohanan.
    • Isolasyonismo sa mga refugee: kahit ang mga lumikas mula sa Ukraine ay hindi kinilalang refugee, habang ang mga asylum seeker mula Myanmar, Afghanistan at iba pa ay naiiwan nang walang tulong.
    • Tinatawag ng Agency na "deportation evaders" ang mga hindi makauwi: sa ilalim ng panukala, maaari silang ipa-deport o parusahan pa.
    • Hinihiling ng petisyon ang isang lipunang nagtatanggol sa buhay at karapatan ng lahat ng nakatira rito, kung saan tunay na walang maiiwan.
telegram-command-menu = Pangunahing menu
telegram-command-paper = Pumirma sa papel
telegram-command-cancel = Ihinto ang pagpirma
# The language's name where space is short (an organizer's audience button).
language-short-name = Tagalog
help-whoami = tingnan ang sarili mong ID
