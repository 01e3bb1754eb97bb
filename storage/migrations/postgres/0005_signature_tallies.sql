-- Signatures counted per day (in Japan), platform, language and prefecture, kept up to date by triggers
-- as signatures are added and deleted (withdrawn, purged): organizers' totals then read a few hundred
-- rows instead of every signature. The language is the one a person signed in, kept on the signature,
-- so that a later change of language cannot unbalance the counts.
ALTER TABLE signatures ADD COLUMN language TEXT;
UPDATE signatures s SET language = coalesce(p.language, '') FROM people p WHERE p.id = s.person_id;
CREATE TABLE signature_tallies (
    day TEXT NOT NULL,
    platform TEXT NOT NULL,
    language TEXT NOT NULL,
    prefecture TEXT NOT NULL,  -- '' when not given
    n BIGINT NOT NULL,
    PRIMARY KEY (day, platform, language, prefecture)
);
INSERT INTO signature_tallies (day, platform, language, prefecture, n)
    SELECT to_char(s.signed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD'), p.platform, s.language,
           coalesce(s.prefecture, ''), count(*)
    FROM signatures s JOIN people p ON p.id = s.person_id GROUP BY 1, 2, 3, 4;
CREATE FUNCTION signature_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.language IS NULL THEN
        NEW.language := coalesce((SELECT language FROM people WHERE id = NEW.person_id), '');
    END IF;
    RETURN NEW;
END $$;
CREATE FUNCTION signature_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO signature_tallies AS t (day, platform, language, prefecture, n)
            SELECT to_char(NEW.signed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD'), p.platform, NEW.language,
                   coalesce(NEW.prefecture, ''), 1
            FROM people p WHERE p.id = NEW.person_id
            ON CONFLICT (day, platform, language, prefecture) DO UPDATE SET n = t.n + 1;
        RETURN NEW;
    END IF;
    UPDATE signature_tallies SET n = n - 1
        WHERE day = to_char(OLD.signed_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD')
        AND language = coalesce(OLD.language, '') AND prefecture = coalesce(OLD.prefecture, '')
        AND platform = (SELECT platform FROM people WHERE id = OLD.person_id);
    RETURN OLD;
END $$;
CREATE TRIGGER signature_language BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION signature_language();
CREATE TRIGGER signature_tally AFTER INSERT OR DELETE ON signatures FOR EACH ROW EXECUTE FUNCTION signature_tally();
