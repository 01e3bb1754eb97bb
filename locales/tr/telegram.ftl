# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = Baştan başlayın
telegram-command-sign = Dilekçeyi imzalayın
telegram-command-language = Dili değiştirin
telegram-command-status = Hakkınızda tuttuklarımızı görün
telegram-command-withdraw = İmzanızı silin
telegram-command-updates = Haberleri açın veya kapatın
telegram-command-help = Burada neler yapabilirsiniz
telegram-command-privacy = Verilerinizi nasıl işliyoruz

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = Merhaba! { $organizer } tarafından Japonya Göç Kontrol Yasası değişikliğine karşı başlatılan dilekçe için imzaları, kimsenin adı grupta paylaşılmasın diye yalnızca özel sohbette topluyorum. Okumak ve imzalamak için aşağıdaki düğmeye dokunun.
telegram-group-button = Özel sohbeti aç
