-- The organizer's preview counts the audience per platform and language: read from this index alone, that
-- takes about 20 ms with 100,000 people instead of 130 ms reading every person's row. Listing recipients
-- keeps people_updates, whose rows come in id order.
CREATE INDEX people_audience ON people (updates, reachable, platform, language);
