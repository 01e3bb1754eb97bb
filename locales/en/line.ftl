# LINE only. Alternative texts of the Flex cards: LINE shows them in notifications and the chat list.
line-alt-petition = 📝 The petition: read it and sign
line-alt-concern = The 5 concerns: { $title }
line-alt-background = Behind the bill: detention in Japan
line-alt-paper = ✉️ Sign on paper too: the form and where to mail it
line-alt-share = Invite your friends to sign the petition
# Any other card: $title is the first line of its text.
line-alt-card = { $title }

# The share card after signing. The button opens LINE's share screen with line-share-text; keep that
# text short: URL-encoded, with the link, it must fit in 1,000 characters.
line-share-body = Send the petition to your friends on LINE. They can add this account and sign in a few minutes.
line-button-share = Share on LINE
line-share-text = I signed the petition against the revision of Japan's Immigration Control Act, which endangers refugees. Please sign too: { $link }

# The answer in a group or multi-person chat, where nothing is recorded.
line-group-pointer = To read and sign the petition, please talk to me one-on-one.
line-group-pointer-link = To read and sign the petition, please add me as a friend and talk to me one-on-one: { $link }
