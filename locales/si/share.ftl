# Sharing, and the person's own id (the /share and /whoami commands).
# Button label: at most 20 characters (LINE's limit).
button-share = බෙදාගන්න
keywords-share = බෙදාගන්න, ආරාධනා
keywords-whoami = whoami, මගේ හැඳුනුම
share-sign-first = අත්සන් කළ පසු, මිතුරන්ට ආරාධනා කිරීමට ඔබටම වූ සබැඳියක් ලැබේ: එයින් අත්සන් කරන සෑම කෙනෙක්ම ඔබ වෙනුවෙන් ගණන් කෙරේ. දැන් අත්සන් කරන්න, නැතහොත් කඩදාසි පෝරමය අන් අයට දෙන්න.
share-paper-too = ✉️ දෙවන ක්‍රමය: පවුලේ අයට සහ මිතුරන්ට කඩදාසි පෝරමයේ අත්සන් කර තැපෑලෙන් එවිය හැකිය.
share-next = ඔබේම සබැඳියෙන් මිතුරන්ට ආරාධනා කරන්න, නැතහොත් කඩදාසි පෝරමය දෙන්න:
whoami =
    ඔබේ { $platform } හැඳුනුම්පත:
    { $user_id }
    ව්‍යාපාරය ඔබව සංවිධායකයෙකු කරන විට පමණක් මෙය අවශ්‍ය වේ: එය ඔවුන්ට යවන්න.
# Telegram only: the command menu, the text shared with the link, and the bot's profile.
telegram-command-share = මිතුරන්ට අත්සන් කිරීමට ආරාධනා
telegram-command-whoami = ඔබේ Telegram හැඳුනුම්පත
telegram-share-text = සරණාගතයින් අනතුරේ හෙළන ජපාන ආගමන පාලන පනත් සංශෝධනයට එරෙහි පෙත්සමට මම අත්සන් කළෙමි. ඔබත් අත්සන් කරන්න:
# Shown before a person presses Start (at most 512 characters).
telegram-description = මෙම බොට් { $organizer } ගේ ජපාන ආගමන පාලන පනත් සංශෝධනයට එරෙහි පෙත්සම ඔබ වෙත ගෙනෙයි: එය සරණාගතයින් සහ පදිංචි වීසා නැති අය අනතුරේ හෙළන්නේ ඇයිදැයි කියවා, මිනිත්තු කිහිපයකින් අත්සන් කරන්න. ඔබේ නම පෙත්සම ලබන්නන්ට පමණක් දෙනු ලැබේ.
# The bot's profile and the preview when it is shared (at most 120 characters).
telegram-short-description = ජපාන ආගමන පාලන පනත් සංශෝධනයට එරෙහි පෙත්සම කියවා අත්සන් කරන්න.

# The heading of the invitation to share, the same on every platform (LINE card title, Telegram heading).
share-heading = මිතුරන්ට ආරාධනා කරන්න
