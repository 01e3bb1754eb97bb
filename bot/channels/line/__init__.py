"""LINE: the webhook, its events, rendering to LINE messages, the Messaging API client, broadcasts."""
