# Telegram only. The command menu, shown when typing "/" (short descriptions read best).
telegram-command-start = නැවත ආරම්භ කරන්න
telegram-command-sign = පෙත්සමට අත්සන් කරන්න
telegram-command-language = භාෂාව වෙනස් කරන්න
telegram-command-status = අප ඔබ ගැන තබා ඇති දේ බලන්න
telegram-command-withdraw = ඔබේ අත්සන මකන්න
telegram-command-updates = පුවත් සක්‍රිය හෝ අක්‍රිය කරන්න
telegram-command-help = ඔබට මෙහි කළ හැකි දේ
telegram-command-privacy = අප ඔබේ දත්ත හසුරුවන ආකාරය

# The one answer to a mention or a command in a group chat, where nothing is collected.
telegram-group-pointer = ආයුබෝවන්! ජපානයේ ආගමන පාලන පනත සංශෝධනයට එරෙහි { $organizer } පෙත්සම සඳහා මම අත්සන් ගන්නේ පෞද්ගලික චැට් එකක පමණි, කිසිවෙකුගේ නම කණ්ඩායමේ බෙදා නොගැනීමට. කියවා අත්සන් කිරීමට පහත බොත්තම ඔබන්න.
telegram-group-button = පෞද්ගලික චැට් එක විවෘත කරන්න
