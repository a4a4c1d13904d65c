-- PostgreSQL's V86 adds triggers that keep the trail append-only. H2, a file that one process owns, has no trigger
-- without Java code on its classpath; the keyed chain and the checkpoints outside the database are its protection.
-- This keeps the version numbers of the two databases alike.
comment on table audit_entry is 'Append-only: the keyed chain and the checkpoints detect any change';
