-- On PostgreSQL the trail refuses to be changed, whoever connects: no UPDATE, DELETE or TRUNCATE of audit_entry or
-- audit_checkpoint, and the head only moves forward. Only the owner of the tables can switch these triggers off
-- (ALTER TABLE … DISABLE TRIGGER); deploy/postgres/audit-app-role.sql gives the application a role that is not the
-- owner and may only insert into the trail. H2 (one process owning its file) has no equivalent.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
    if new.last_seq <= old.last_seq then
        raise exception 'the audit head only moves forward: % to % refused', old.last_seq, new.last_seq
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger audit_head_forward_only before update on audit_head
    for each row execute function audit_head_forward_only();
create trigger audit_head_no_delete before delete on audit_head
    for each row execute function audit_refuse_change();
