"""What organizers do: the chat desk for organizer commands, the broadcast engine, statistics and the
signature export."""
