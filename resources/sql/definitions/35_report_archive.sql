-- The report archive keeps what the worker wrote for six years at least
-- (HIPAA §164.316(b)(2)): nothing younger is deleted, by anyone, and an
-- older one only by an admin, with a reason, through the function below,
-- which writes the audit row in the same transaction.

CREATE OR REPLACE FUNCTION healdesk_archive_keep() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF OLD.generated_at > now() - interval '6 years' THEN
        RAISE EXCEPTION 'archived report % is kept until %: reports are kept six years', OLD.id,
            (OLD.generated_at + interval '6 years')::date USING ERRCODE = 'HDK01';
    END IF;
    RETURN OLD;
END;
$$;

CREATE OR REPLACE TRIGGER healdesk_archive_keep BEFORE DELETE ON healdesk_report_archive
    FOR EACH ROW EXECUTE FUNCTION healdesk_archive_keep();

CREATE OR REPLACE FUNCTION healdesk_archive_delete(p_id BIGINT, p_reason TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    gone healdesk_report_archive;
BEGIN
    IF NOT healdesk_is_admin() THEN
        RAISE EXCEPTION 'only a healdesk_admin may delete an archived report' USING ERRCODE = 'HDK01';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'deleting an archived report needs a reason' USING ERRCODE = 'HDK01';
    END IF;
    DELETE FROM healdesk_report_archive WHERE id = p_id RETURNING * INTO gone;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no archived report %', p_id USING ERRCODE = 'HDK01';
    END IF;
    INSERT INTO admin_audit_log (username, action, target, details)
    VALUES (session_user, 'archive.delete', p_id::text,
            jsonb_build_object('reason', p_reason, 'report_id', gone.report_id, 'period_from', gone.period_from,
                               'digest', gone.digest));
END;
$$;
REVOKE EXECUTE ON FUNCTION healdesk_archive_delete(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION healdesk_archive_delete(BIGINT, TEXT) TO healdesk_admin;
