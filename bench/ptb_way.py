"""The same signing conversation written the way python-telegram-bot's examples teach.

A ConversationHandler with one state per question, inline keyboards answered through
CallbackQueryHandler, the person's answers in `context.user_data`, and PicklePersistence keeping
everything (every person ever seen) in one pickle file loaded into memory at start; polling with
`run_polling`, as in examples/persistentconversationbot.py and examples/inlinekeyboard2.py.
Used by bench/run.py only, as the baseline of scenario 3.

`python bench/ptb_way.py TOKEN API_URL PICKLE_FILE`
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

LANGUAGE, MENU, CONSENT, NAME, PREFECTURE, UPDATES, CONFIRM = range(7)
PLACES = {"東京": "13", "tokyo": "13", "大阪": "27", "osaka": "27", "海外": "abroad", "abroad": "abroad"}
TEXTS = {
    "ja": {
        "welcome": "ようこそ。入管法改悪に反対する署名です。使う言語を選んでください。",
        "petition": "📝 署名の内容\n入管法改悪に反対します。…",
        "consent": "🔒 集める情報:お名前と、よろしければ都道府県。署名しますか?",
        "name": "お名前を入力してください(例:山田 花子)。",
        "place": "お住まいの都道府県を入力してください。",
        "updates": "お知らせを受け取りますか?",
        "confirm": "{name}、{place}\nお知らせ:{updates}\nこの内容でよろしいですか?",
        "thanks": "ありがとうございます。{number} 人目の署名です。",
    },
    "en": {
        "welcome": "Welcome. This is the petition against the Immigration Control Act revision. Choose a language.",
        "petition": "📝 The petition\nWe oppose the revision of the Immigration Control Act. …",
        "consent": "🔒 What we collect: your name, and if you wish your prefecture. Do you want to sign?",
        "name": "Please type your name (for example: Hanako Yamada).",
        "place": "Which prefecture do you live in?",
        "updates": "Would you like occasional updates about the petition?",
        "confirm": "{name}, {place}\nUpdates: {updates}\nIs this correct?",
        "thanks": "Thank you! You are signer no. {number}.",
    },
}


def text(context: ContextTypes.DEFAULT_TYPE, key: str, **args: object) -> str:
    language = (context.user_data or {}).get("lang", "ja")
    return TEXTS.get(language, TEXTS["en"])[key].format(**args)


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)] for label, data in buttons])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None
    await update.message.reply_text(TEXTS["ja"]["welcome"],
                                    reply_markup=keyboard(("日本語", "lang:ja"), ("English", "lang:en")))
    return LANGUAGE


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and query.data is not None and context.user_data is not None
    await query.answer()
    context.user_data["lang"] = query.data.split(":", 1)[1]
    await query.message.reply_text(text(context, "petition"),  # type: ignore[union-attr]
                                   reply_markup=keyboard(("Sign", "sign"), ("Concerns", "read:1")))
    return MENU


async def sign(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.message.reply_text(text(context, "consent"),  # type: ignore[union-attr]
                                   reply_markup=keyboard(("I agree", "consent:yes"), ("Not now", "consent:no")))
    return CONSENT


async def consent(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    await query.answer()
    if query.data != "consent:yes":
        await query.message.reply_text(text(context, "petition"))  # type: ignore[union-attr]
        return ConversationHandler.END
    context.user_data["consented_at"] = datetime.now(UTC).isoformat()
    await query.message.reply_text(text(context, "name"))  # type: ignore[union-attr]
    return NAME


async def name(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None and update.message.text is not None and context.user_data is not None
    context.user_data["name"] = update.message.text.strip()[:100]
    await update.message.reply_text(text(context, "place"))
    return PREFECTURE


async def prefecture(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None and update.message.text is not None and context.user_data is not None
    context.user_data["prefecture"] = PLACES.get(update.message.text.strip().lower())
    await update.message.reply_text(text(context, "updates"),
                                    reply_markup=keyboard(("Yes", "subscribe:yes"), ("No", "subscribe:no")))
    return UPDATES


async def updates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    await query.answer()
    context.user_data["updates"] = query.data == "subscribe:yes"
    data = context.user_data
    await query.message.reply_text(  # type: ignore[union-attr]
        text(context, "confirm", name=data["name"], place=data.get("prefecture") or "-",
             updates="yes" if data["updates"] else "no"),
        reply_markup=keyboard(("Confirm and sign", "confirm:yes"), ("Change", "confirm:change")))
    return CONFIRM


async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    await query.answer()
    if query.data != "confirm:yes":
        await query.message.reply_text(text(context, "name"))  # type: ignore[union-attr]
        return NAME
    if "number" not in context.user_data:
        context.bot_data["count"] = context.bot_data.get("count", 0) + 1
        context.user_data["number"] = context.bot_data["count"]
        context.user_data["signed_at"] = datetime.now(UTC).isoformat()
    await query.message.reply_text(text(context, "thanks",  # type: ignore[union-attr]
                                        number=context.user_data["number"]))
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    return ConversationHandler.END


def main() -> None:
    token, api_url, pickle_file = sys.argv[1:4]
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    persistence = PicklePersistence(filepath=pickle_file)
    application = (Application.builder().token(token).base_url(f"{api_url}/bot").persistence(persistence).build())
    conversation = ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states={
            LANGUAGE: [CallbackQueryHandler(language, pattern="^lang:")],
            MENU: [CallbackQueryHandler(sign, pattern="^sign$")],
            CONSENT: [CallbackQueryHandler(consent, pattern="^consent:")],
            NAME: [MessageHandler(filters.TEXT & ~filters.COMMAND, name)],
            PREFECTURE: [MessageHandler(filters.TEXT & ~filters.COMMAND, prefecture)],
            UPDATES: [CallbackQueryHandler(updates, pattern="^subscribe:")],
            CONFIRM: [CallbackQueryHandler(confirm, pattern="^confirm:")],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="signing",
        persistent=True,
    )
    application.add_handler(conversation)
    print("ptb-way ready", file=sys.stderr, flush=True)
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
