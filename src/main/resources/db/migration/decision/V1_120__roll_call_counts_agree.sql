-- A roll-call vote (namentliche Abstimmung) with ballots: its counts are the ballots counted
-- (issue 7). Checked at commit (deferred), so a decision and its ballots can be written in any
-- order within one transaction. A roll call without ballots (imported, counts only) is left alone.
CREATE FUNCTION ris_roll_call_counts_agree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target bigint;
    d record;
    yes integer;
    no integer;
    abstain integer;
BEGIN
    IF TG_TABLE_NAME = 'decision' THEN
        target := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        target := OLD.decision_id;
    ELSE
        target := NEW.decision_id;
    END IF;
    SELECT vote_kind, yes_count, no_count, abstain_count, deleted_at INTO d FROM decision WHERE id = target;
    IF NOT FOUND OR d.vote_kind <> 'ROLL_CALL' OR d.deleted_at IS NOT NULL THEN
        RETURN NULL;
    END IF;
    SELECT count(*) FILTER (WHERE ballot = 'YES'), count(*) FILTER (WHERE ballot = 'NO'), count(*) FILTER (WHERE ballot = 'ABSTAIN')
      INTO yes, no, abstain FROM roll_call_ballot WHERE decision_id = target AND deleted_at IS NULL;
    IF NOT EXISTS (SELECT 1 FROM roll_call_ballot WHERE decision_id = target AND deleted_at IS NULL) THEN
        RETURN NULL;
    END IF;
    IF d.yes_count IS DISTINCT FROM yes OR d.no_count IS DISTINCT FROM no OR d.abstain_count IS DISTINCT FROM abstain THEN
        RAISE EXCEPTION 'roll-call counts of decision % (%/%/%) do not agree with its ballots (%/%/%)', target,
            d.yes_count, d.no_count, d.abstain_count, yes, no, abstain;
    END IF;
    RETURN NULL;
END $$;

-- only roll calls are queued (bulk loads of other decisions stay as fast as before)
CREATE CONSTRAINT TRIGGER decision_roll_call_counts AFTER INSERT OR UPDATE ON decision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.vote_kind = 'ROLL_CALL') EXECUTE FUNCTION ris_roll_call_counts_agree();
CREATE CONSTRAINT TRIGGER roll_call_ballot_counts AFTER INSERT OR UPDATE OR DELETE ON roll_call_ballot
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ris_roll_call_counts_agree();
