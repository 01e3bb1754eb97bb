"""The petition bot: the kernel (core/), organizer features (organizing/), platform adapters (channels/),
the application wiring (app/) and translator tooling (translation/)."""
