privacy =
    🔒 How we handle your signature
    • What we collect: your name, and if you wish your prefecture (or "outside Japan"). Nothing else. We keep your chat account ID with it, so that you can see or delete your signature.
    • Why: your name is a signature on this petition to { $addressees }. { $delivery }{ $organizer } and partner groups count the signatures.
    • Who sees it: the organizing groups, and those the signatures are delivered to. It is never published or used for anything else.
    • How long: until the petition is delivered, and at the latest until { DATETIME($retention_until, dateStyle: "long") }. Then it is deleted.
    • One signature per person: if you have already signed on paper or online, please do not sign again.
    • Your rights: type /status to see what we hold and /withdraw to delete it, at any time.
consent =
    { privacy }

    Do you agree and want to sign?
consent-declined = No problem. You can sign at any time with /sign.

ask-name = Please type your name as it should appear on the petition (for example: Hanako Yamada).
name-error-empty = I did not get a name.
name-error-too-long = That is longer than 100 characters. Please use a shorter form of your name.
name-error-invisible = The name contains invisible or control characters. Please type it again as plain text.
name-error-link = A name cannot contain a web address.
name-error-symbols = Please use only letters, spaces and ordinary punctuation, without emoji or symbols.
name-error-no-letters = A name needs at least one letter.

ask-prefecture = Which prefecture do you live in? Pick one, type its name, or choose "Outside Japan" or "Skip".
prefecture-unknown = I could not find that prefecture. Try a name such as "Osaka" or "大阪".
place-abroad = Outside Japan
place-none = no prefecture given

ask-updates = Would you like occasional updates about the petition here, for example when the signatures are delivered? You can stop them at any time.
updates-chosen-yes = yes
updates-chosen-no = no

confirm-signature =
    Your signature will be recorded as:
    { $name }, { $place }
    Updates: { $updates }

    Is this correct?

signed-thanks =
    Thank you for signing! { $total ->
        [one] So far one person has signed
       *[other] So far { $total } people have signed
    } (goal: { $goal }).
already-signed = You have already signed. Thank you!
paper-form =
    ✉️ Friends and family can sign on paper too.
    { $delivery }{ $paper_how }
    Mail the forms to:
    { $mailing_address }
share =
    { share-heading }
    I signed the petition by { $organizer } against the revision of Japan's Immigration Control Act, which would endanger refugees and people without residence status. Sign it too: { $link }

status-signed =
    What we hold about you:
    • Name: { $name }
    • Prefecture: { $place }
    • Signed on { DATETIME($date, dateStyle: "long") } as signer no. { $number }
    • Updates: { $updates }
    • Language: { $language }
    • People who signed through your link: { $referrals }
    Type /withdraw to delete your signature.
status-not-signed = You have not signed. We hold only your chat account ID, your language ({ $language }) and your updates choice ({ $updates }).

withdraw-confirm = Delete your signature? Your name and prefecture will be deleted and your signature will no longer count. We keep only an anonymous count of withdrawals.
withdraw-done = Done. Your signature, name and prefecture are deleted, and updates are off.
withdraw-kept = OK, your signature stays. Thank you.
withdraw-nothing = You have no signature to delete, and we hold no name for you.

updates-are-on = Updates are on.
updates-are-off = Updates are off.
updates-now-on = Updates are on. Thank you!
updates-now-off = Updates are off. You will not get any more.
