# この言語の名前を、その言語で書きます(言語メニューに表示)。
language-name = 日本語
# ネイティブスピーカーがすべてのメッセージを確認したら "yes"、まだなら "no"(docs/translating.md を参照)。
-reviewed = yes
