-- An event in two round trips (storage/postgres/optimistic.py): petition_peek reads it, outside any
-- transaction; petition_claim_verify opens the script that writes it, committed as one implicit
-- transaction; they replace petition_claim_and_load. And the person's dashboard milestones (people.funnel,
-- 0010) are read with the person, so counting one needs no read of its own: petition_load_person again,
-- with o_funnel after o_referred_by (a function's result columns cannot change in place).

DROP FUNCTION petition_claim_and_load(BIGINT, TEXT, TEXT, TEXT, TIMESTAMPTZ);
DROP FUNCTION petition_load_person(BIGINT, TEXT, TEXT);

CREATE FUNCTION petition_load_person(lock_key BIGINT, wanted_platform TEXT, wanted_user TEXT)
RETURNS TABLE (
    o_id BIGINT, o_platform TEXT, o_user_id TEXT, o_language TEXT, o_step TEXT, o_position INTEGER,
    o_draft JSONB, o_updates BOOLEAN, o_reachable BOOLEAN, o_referred_by TEXT, o_funnel INTEGER,
    o_number BIGINT, o_name TEXT, o_prefecture TEXT, o_consent_version TEXT, o_consented_at TIMESTAMPTZ,
    o_signed_at TIMESTAMPTZ, o_referral_code TEXT, o_signature_referred_by TEXT, o_referrals BIGINT
)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    RETURN QUERY
    SELECT p.id, p.platform, p.user_id, p.language, p.step, p.position, p.draft, p.updates, p.reachable,
           p.referred_by, p.funnel, s.number, s.name, s.prefecture, s.consent_version, s.consented_at, s.signed_at,
           s.referral_code, s.referred_by,
           CASE WHEN s.referral_code IS NULL THEN 0::BIGINT
                ELSE (SELECT count(*) FROM signatures r WHERE r.referred_by = s.referral_code) END
    FROM people p LEFT JOIN signatures s ON s.person_id = p.id
    WHERE p.platform = wanted_platform AND p.user_id = wanted_user;
END
$$;

-- The first round trip, without a lock: whether the event was applied before, then the person as
-- petition_load_person reads them, and their row's version (xmin changes with every UPDATE of the row).
CREATE FUNCTION petition_peek(wanted_platform TEXT, wanted_user TEXT, event TEXT)
RETURNS TABLE (
    o_applied BOOLEAN, o_version TEXT,
    o_id BIGINT, o_platform TEXT, o_user_id TEXT, o_language TEXT, o_step TEXT, o_position INTEGER,
    o_draft JSONB, o_updates BOOLEAN, o_reachable BOOLEAN, o_referred_by TEXT, o_funnel INTEGER,
    o_number BIGINT, o_name TEXT, o_prefecture TEXT, o_consent_version TEXT, o_consented_at TIMESTAMPTZ,
    o_signed_at TIMESTAMPTZ, o_referral_code TEXT, o_signature_referred_by TEXT, o_referrals BIGINT
)
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM processed_events e WHERE e.platform = wanted_platform AND e.event_id = event),
           p.xmin::text, p.id, p.platform, p.user_id, p.language, p.step, p.position, p.draft, p.updates,
           p.reachable, p.referred_by, p.funnel, s.number, s.name, s.prefecture, s.consent_version,
           s.consented_at, s.signed_at, s.referral_code, s.referred_by,
           CASE WHEN s.referral_code IS NULL THEN 0::BIGINT
                ELSE (SELECT count(*) FROM signatures r WHERE r.referred_by = s.referral_code) END
    FROM (SELECT 1) AS one
    LEFT JOIN people p ON p.platform = wanted_platform AND p.user_id = wanted_user
    LEFT JOIN signatures s ON s.person_id = p.id
$$;

-- The start of the write: claim the event (first, so that two claims of one event wait on the claim and
-- never on each other's person lock), hold the person, and check that their row is the version read (NULL:
-- no row). Raises PB001 when the event was applied before and PB002 when the person changed; either way
-- the transaction, and every write sent with it, is rolled back.
CREATE FUNCTION petition_claim_verify(lock_key BIGINT, wanted_platform TEXT, wanted_user TEXT, event TEXT,
                                      at TIMESTAMPTZ, read_version TEXT)
RETURNS VOID
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    current_version TEXT;
BEGIN
    INSERT INTO processed_events (platform, event_id, processed_at) VALUES (wanted_platform, event, at)
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'event applied before' USING ERRCODE = 'PB001';
    END IF;
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT p.xmin::text INTO current_version FROM people p
        WHERE p.platform = wanted_platform AND p.user_id = wanted_user FOR UPDATE;
    IF current_version IS DISTINCT FROM read_version THEN
        RAISE EXCEPTION 'person changed since read' USING ERRCODE = 'PB002';
    END IF;
END
$$;
