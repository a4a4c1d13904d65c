-- The case history named a document's kind by its code (上传文件（DECISION）：…); it names it in Chinese now, as the
-- page's document list does (issue 17 item 9). The entries written before are rewritten the same way. The audit trail
-- is append-only and chained, so its entries keep their text.
update appeal_history set summary = replace(summary, '上传文件（FILING）：', '上传文件（复议申请书、起诉状）：')
where action = 'appeal.document-attached' and summary like '上传文件（FILING）：%';
update appeal_history set summary = replace(summary, '上传文件（DEFENCE）：', '上传文件（答复书、答辩状及证据）：')
where action = 'appeal.document-attached' and summary like '上传文件（DEFENCE）：%';
update appeal_history set summary = replace(summary, '上传文件（DECISION）：', '上传文件（复议决定书、判决书、裁定书、调解书）：')
where action = 'appeal.document-attached' and summary like '上传文件（DECISION）：%';
update appeal_history set summary = replace(summary, '上传文件（OTHER）：', '上传文件（其他）：')
where action = 'appeal.document-attached' and summary like '上传文件（OTHER）：%';
