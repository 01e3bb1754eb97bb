"""The kernel: neutral types, routing, the service, i18n, config and the platform channels."""
