# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 පෙත්සම: කියවා අත්සන් කරන්න
line-alt-concern = ගැටලු 5: { $title }
line-alt-background = පනතේ පසුබිම: ජපානයේ රඳවා තබා ගැනීම
line-alt-paper = ✉️ කඩදාසියෙනුත් අත්සන් කරන්න: පෝරමය සහ යැවිය යුතු ලිපිනය
line-alt-share = මිතුරන්ට අත්සන් කරන්න ආරාධනා කරන්න
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = LINE හි ඔබේ මිතුරන්ට පෙත්සම යවන්න. ඔවුන්ට මෙම ගිණුම එක් කර මිනිත්තු කිහිපයකින් අත්සන් කළ හැක.
line-button-share = LINE හි බෙදාගන්න
line-share-text = සරණාගතයින් අනතුරේ හෙළන ජපාන ආගමන පනත් සංශෝධනයට එරෙහි පෙත්සමට මම අත්සන් කළා. ඔබත් අත්සන් කරන්න: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = පෙත්සම කියවා අත්සන් කිරීමට, කරුණාකර මා සමඟ තනි කතාබහකින් කතා කරන්න.
line-group-pointer-link = පෙත්සම කියවා අත්සන් කිරීමට, කරුණාකර මා මිතුරෙකු ලෙස එක් කර තනි කතාබහකින් කතා කරන්න: { $link }
