-- An event's first round trip on PostgreSQL (storage/postgres/repository.py): claim the event id, then
-- take the person's transaction-scoped advisory lock, then read the person, their signature and the
-- signatures that came through its referral code. In a VOLATILE function every statement takes a fresh
-- snapshot, so the read, begun after the lock is granted, sees what the lock's previous holder committed.

-- The lock and the reads: one row for a known person, none for a newcomer.
CREATE FUNCTION petition_load_person(lock_key BIGINT, wanted_platform TEXT, wanted_user TEXT)
RETURNS TABLE (
    o_id BIGINT, o_platform TEXT, o_user_id TEXT, o_language TEXT, o_step TEXT, o_position INTEGER,
    o_draft JSONB, o_updates BOOLEAN, o_reachable BOOLEAN, o_referred_by TEXT,
    o_number BIGINT, o_name TEXT, o_prefecture TEXT, o_consent_version TEXT, o_consented_at TIMESTAMPTZ,
    o_signed_at TIMESTAMPTZ, o_referral_code TEXT, o_signature_referred_by TEXT, o_referrals BIGINT
)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    RETURN QUERY
    SELECT p.id, p.platform, p.user_id, p.language, p.step, p.position, p.draft, p.updates, p.reachable,
           p.referred_by, s.number, s.name, s.prefecture, s.consent_version, s.consented_at, s.signed_at,
           s.referral_code, s.referred_by,
           CASE WHEN s.referral_code IS NULL THEN 0::BIGINT
                ELSE (SELECT count(*) FROM signatures r WHERE r.referred_by = s.referral_code) END
    FROM people p LEFT JOIN signatures s ON s.person_id = p.id
    WHERE p.platform = wanted_platform AND p.user_id = wanted_user;
END
$$;

-- The claim first (a second claim of the same id waits for the first transaction, then finds it):
-- no row when the event was applied before; else one row, the person's columns NULL for a newcomer.
CREATE FUNCTION petition_claim_and_load(lock_key BIGINT, wanted_platform TEXT, wanted_user TEXT, event TEXT,
                                        at TIMESTAMPTZ)
RETURNS TABLE (
    o_id BIGINT, o_platform TEXT, o_user_id TEXT, o_language TEXT, o_step TEXT, o_position INTEGER,
    o_draft JSONB, o_updates BOOLEAN, o_reachable BOOLEAN, o_referred_by TEXT,
    o_number BIGINT, o_name TEXT, o_prefecture TEXT, o_consent_version TEXT, o_consented_at TIMESTAMPTZ,
    o_signed_at TIMESTAMPTZ, o_referral_code TEXT, o_signature_referred_by TEXT, o_referrals BIGINT
)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    INSERT INTO processed_events (platform, event_id, processed_at) VALUES (wanted_platform, event, at)
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT l.* FROM (SELECT 1) AS one
        LEFT JOIN petition_load_person(lock_key, wanted_platform, wanted_user) AS l ON TRUE;
END
$$;
