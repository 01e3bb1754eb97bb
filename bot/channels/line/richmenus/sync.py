"""`run_bot.py setup` for the rich menus: report what LINE lacks; with `--apply`, create, upload, set, delete.

Uses line-bot-sdk's clients and models: the menus on the Messaging API host, their images on the data
host (LINE_API_DATA_URL). A menu on LINE whose name matches the wanted one is up to date (the name holds
a digest of the definition and the image); a wanted menu that is absent is created and its image uploaded
(a menu whose upload fails is deleted again); the default (the default language, not signed) is set; our
menus that are no longer wanted are deleted. Running it again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from linebot.v3.messaging import AsyncMessagingApi, AsyncMessagingApiBlob, RichMenuRequest
from linebot.v3.messaging.exceptions import ApiException

from bot.channels.line.richmenus import MenuSpec, Variant, parse_name

Finding = tuple[str, str]  # level (ok, warn, FAIL), text


@dataclass
class MenuState:
    """Our menus on LINE, compared with the wanted ones."""

    on_line: dict[str, str]  # name -> rich menu id, of our menus
    missing: list[MenuSpec]
    old: list[str] = field(default_factory=list)  # rich menu ids no longer wanted
    default_id: str | None = None  # the default rich menu on LINE
    default_spec: MenuSpec | None = None  # the menu that should be the default


async def read_state(api: AsyncMessagingApi, specs: list[MenuSpec], default_locale: str) -> MenuState:
    """List the rich menus on LINE and the default one."""
    listing = await api.get_rich_menu_list()
    ours = {m.name: m.rich_menu_id for m in listing.richmenus or [] if parse_name(m.name)}
    wanted = {spec.name for spec in specs}
    try:
        default_id: str | None = (await api.get_default_rich_menu_id()).rich_menu_id
    except ApiException as error:
        if error.status != 404:
            raise
        default_id = None
    default_spec = next((s for s in specs if s.locale == default_locale and s.variant is Variant.UNSIGNED), None)
    return MenuState(ours, [s for s in specs if s.name not in ours],
                     [menu_id for name, menu_id in ours.items() if name not in wanted], default_id, default_spec)


def undrawn(specs: list[MenuSpec]) -> list[str]:
    """The menus whose image was never drawn, or shows labels the locales no longer have."""
    return [spec.key for spec in specs if not spec.image_sha256 or spec.stale or not spec.image.is_file()]


async def check_rich_menus(
    api: AsyncMessagingApi, blob: AsyncMessagingApiBlob, specs: list[MenuSpec], default_locale: str, apply: bool
) -> list[Finding]:
    """One finding about the rich menus; with `apply`, bring LINE to the wanted menus first."""
    if missing_images := undrawn(specs):
        return [("FAIL", f"LINE: no up-to-date rich menu image for {', '.join(missing_images[:5])}: run "
                         "`python -m bot.channels.line.richmenus.images` and commit the images")]
    state = await read_state(api, specs, default_locale)
    default_id = state.on_line.get(state.default_spec.name) if state.default_spec else None
    default_ok = default_id is not None and state.default_id == default_id
    if not state.missing and not state.old and default_ok:
        return [("ok", f"LINE: the {len(specs)} rich menus are up to date, the default is "
                       f"{default_locale} (not signed)")]
    if not apply:
        problems = [f"{len(state.missing)} of {len(specs)} rich menus are missing" if state.missing else "",
                    f"{len(state.old)} old ones are left" if state.old else "",
                    "the default rich menu is not set" if not default_ok else ""]
        return [("FAIL", f"LINE: {', '.join(p for p in problems if p)}: run `run_bot.py setup --apply`")]
    created = await create_menus(api, blob, state.missing)
    names = {**state.on_line, **created}
    if state.default_spec is not None and not default_ok:
        await api.set_default_rich_menu(names[state.default_spec.name])
    for menu_id in state.old:
        await api.delete_rich_menu(menu_id)
    return [("ok", f"LINE: rich menus created {len(created)}, deleted {len(state.old)}; the default is "
                   f"{default_locale} (not signed)")]


async def create_menus(api: AsyncMessagingApi, blob: AsyncMessagingApiBlob, specs: list[MenuSpec]) -> dict[str, str]:
    """Create each menu and upload its image; a menu whose image is refused is deleted again."""
    created = {}
    for spec in specs:
        menu_id = (await api.create_rich_menu(RichMenuRequest.from_dict(spec.body()))).rich_menu_id
        try:
            await blob.set_rich_menu_image(menu_id, body=spec.image.read_bytes(),
                                           _headers={"Content-Type": "image/png"})
        except Exception:
            await api.delete_rich_menu(menu_id)
            raise
        created[spec.name] = menu_id
    return created
