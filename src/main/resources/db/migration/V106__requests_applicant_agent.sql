-- Organisations without a 统一社会信用代码 apply with another identity document and a reason; an agent (委托代理人)
-- is recorded with the identity number, the 授权委托书 a document of the case (issue 11, item 14).
alter table information_request add column id_other_reason varchar(500);
alter table information_request add column agent_name varchar(100);
alter table information_request add column agent_id_number varchar(40);
alter table request_document drop constraint request_document_kind_check;
alter table request_document add constraint request_document_kind_check check (kind in ('APPLICATION',
    'ACKNOWLEDGEMENT', 'POWER_OF_ATTORNEY', 'CORRECTION_NOTICE', 'CORRECTION', 'EXTENSION_NOTICE', 'CONSULTATION',
    'THIRD_PARTY_NOTICE', 'REPLY', 'PROOF_OF_SERVICE', 'OTHER'));
