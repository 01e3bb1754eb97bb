-- An event's reads in one round trip (storage/postgres/repository.py, get_person): take the person's
-- transaction-scoped advisory lock, then read the person, their signature and the signatures that came
-- through its referral code. In a VOLATILE function every statement takes a fresh snapshot, so the
-- read, begun after the lock is granted, sees what the lock's previous holder committed.
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
