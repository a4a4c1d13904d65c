-- What a consulted party said (Article 32): agreement, objection or no answer; and the written notice to a third party
-- that the agency discloses over its objection, a document of the case.
alter table request_consultation add column stance varchar(20);
alter table request_consultation add constraint request_consultation_stance_check
    check (stance is null or stance in ('AGREED', 'OBJECTED', 'NO_ANSWER'));
alter table request_document drop constraint request_document_kind_check;
alter table request_document add constraint request_document_kind_check check (kind in ('APPLICATION',
    'CORRECTION_NOTICE', 'CORRECTION', 'EXTENSION_NOTICE', 'CONSULTATION', 'THIRD_PARTY_NOTICE', 'REPLY',
    'PROOF_OF_SERVICE', 'OTHER'));
