package org.gongkai.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.gongkai.TestDatabases;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.StoredTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of tampering with the trail that someone holding the database (but not the
 * key) has, on a fresh migrated database with committed entries and a checkpoint file of
 * its own: each is detected and named.
 */
class AuditTamperingTests {

	static final String KEY = "dGVzdC1rZXktb2YtdGhlLWF1ZGl0LXRyYWlsLTMyLWJ5dGVzIQ==";

	@TempDir
	Path folder;

	DataSource database;

	JdbcClient jdbc;

	Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

	AuditKeys keys;

	AuditCheckpoints checkpoints;

	AuditTrail trail;

	record Noted(String summary) implements AuditableEvent {

		@Override
		public String actor() {
			return "alice";
		}

		@Override
		public Long agencyId() {
			return 2L;
		}

		@Override
		public String action() {
			return "test.noted";
		}

		@Override
		public String subjectType() {
			return "test";
		}

		@Override
		public String subjectId() {
			return "1";
		}

	}

	@BeforeEach
	void trailWithFiveEntries() {
		database = TestDatabases.h2("audit-tampering");
		TestDatabases.migrate(database);
		jdbc = JdbcClient.create(database);
		keys = AuditKeys.of(List.of(KEY), "test");
		trail = trailWith(keys, folder.resolve("checkpoints.jsonl"));
		for (int i = 1; i <= 5; i++) {
			trail.record(new Noted("第 " + i + " 条"));
		}
	}

	AuditTrail trailWith(AuditKeys ring, Path file) {
		checkpoints = new AuditCheckpoints(jdbc, ring, file, clock, new DataSourceTransactionManager(database));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/requests", "i18n/calendar");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new AuditTrail(jdbc, clock, ring, checkpoints, new StoredTexts(messages));
	}

	AuditEntry entry(long seq) {
		return jdbc.sql("select * from audit_entry where seq = :seq")
			.param("seq", seq)
			.query(AuditEntry.class)
			.single();
	}

	void rollBackHeadTo(long seq) {
		jdbc.sql("delete from audit_entry where seq > :seq").param("seq", seq).update();
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", entry(seq).hash())
			.update();
	}

	/**
	 * Rewrites entries from {@code seq} to the head as an attacker without the key can:
	 * with a key of their own, keeping the key ids, relinking every entry and the head.
	 */
	void rewriteFrom(long seq, String summary) {
		AuditKeys.Key forger = AuditKeys.of(List.of(AuditKeys.newKey()), "forger").signing();
		long last = jdbc.sql("select last_seq from audit_head").query(Long.class).single();
		String prev = entry(seq).prevHash();
		for (long s = seq; s <= last; s++) {
			AuditEntry e = entry(s);
			String text = s == seq ? summary : e.summary();
			String hash = AuditChain.mac(forger, prev, s, e.occurredAt(), e.actor(), e.agencyId(), e.action(),
					e.subjectType(), e.subjectId(), text);
			jdbc.sql("update audit_entry set summary = :summary, prev_hash = :prev, hash = :hash where seq = :seq")
				.param("summary", text)
				.param("prev", prev)
				.param("hash", hash)
				.param("seq", s)
				.update();
			prev = hash;
		}
		jdbc.sql("update audit_head set last_hash = :hash").param("hash", prev).update();
	}

	/** An entry written with a message code: the application's acceptance. */
	record Accepted(String summary, String handler) implements AuditableEvent {

		@Override
		public String actor() {
			return "alice";
		}

		@Override
		public Long agencyId() {
			return 2L;
		}

		@Override
		public String action() {
			return "request.accepted";
		}

		@Override
		public String subjectType() {
			return "request";
		}

		@Override
		public String subjectId() {
			return "1";
		}

		@Override
		public String summaryCode() {
			return "history.request.accepted";
		}

		@Override
		public List<Object> summaryArgs() {
			return List.of(handler);
		}

	}

	@Test
	void theCodeColumnsAreBoundToTheSignedSummary() {
		trail.record(new Accepted("受理并分派承办人 张伟", "张伟"));
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).as(result.message()).isTrue();
		assertThat(entry(6).summaryCode()).isEqualTo("history.request.accepted");
		jdbc.sql("update audit_entry set summary_args = :args where seq = 6").param("args", "[\"李四\"]").update();
		result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).contains(6L);
		assertThat(result.problem()).contains(AuditTrail.Problem.TEXT_ALTERED);
		jdbc.sql("update audit_entry set summary_args = :args, summary_code = 'history.request.archived' where seq = 6")
			.param("args", "[\"张伟\"]")
			.update();
		assertThat(trail.verify().problem()).contains(AuditTrail.Problem.TEXT_ALTERED);
	}

	@Test
	void anEntryWithAMessageCodeThatGivesBackAnotherSummaryIsRefusedAtVerification() {
		trail.record(new Accepted("受理并分派承办人 李四", "张伟"));
		assertThat(trail.verify().problem()).contains(AuditTrail.Problem.TEXT_ALTERED);
	}

	@Test
	void anUntouchedKeyedTrailVerifiesAgainstItsCheckpoint() {
		assertThat(checkpoints.publish()).isPresent();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).as(result.message()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(5);
		assertThat(result.checkpointSeq()).isEqualTo(5);
		assertThat(entry(3).keyId()).isEqualTo(keys.signing().id());
	}

	@Test
	void deletingTheLastEntryAndRollingBackTheHeadIsDetectedByTheCheckpoint() {
		checkpoints.publish();
		rollBackHeadTo(4);
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).contains(AuditTrail.Problem.TRUNCATED);
		assertThat(result.firstBrokenSeq()).contains(5L);
		assertThat(result.message()).contains("审计链被截短", "记录了 5 条", "现在只有 4 条");
	}

	@Test
	void aTruncationIsNotHiddenByALaterCheckpointOfTheShorterTrail() {
		checkpoints.publish();
		rollBackHeadTo(3);
		checkpoints.publish();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.TRUNCATED);
		assertThat(result.firstBrokenSeq()).contains(4L);
	}

	@Test
	void anEntryEditedAndTheChainRecomputedWithoutTheKeyIsDetectedAtThatEntry() {
		rewriteFrom(2, "伪造");
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).contains(AuditTrail.Problem.ENTRY_ALTERED);
		assertThat(result.firstBrokenSeq()).contains(2L);
	}

	@Test
	void aChainRecomputedAsLegacyEntriesWithoutKeysIsDetected() {
		checkpoints.publish();
		String prev = AuditChain.GENESIS;
		for (long s = 1; s <= 5; s++) {
			AuditEntry e = entry(s);
			String hash = AuditChain.hash(prev, s, e.occurredAt(), e.actor(), e.agencyId(), e.action(), e.subjectType(),
					e.subjectId(), s == 3 ? "伪造" : e.summary());
			jdbc.sql("update audit_entry set key_id = null, summary = :summary, prev_hash = :prev, hash = :hash"
					+ " where seq = :seq")
				.param("summary", s == 3 ? "伪造" : e.summary())
				.param("prev", prev)
				.param("hash", hash)
				.param("seq", s)
				.update();
			prev = hash;
		}
		jdbc.sql("update audit_head set last_hash = :hash").param("hash", prev).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_MISMATCH);
		assertThat(result.firstBrokenSeq()).contains(5L);
	}

	@Test
	void anUnkeyedEntryAfterKeyedOnesIsDetected() {
		AuditEntry fourth = entry(4);
		String hash = AuditChain.hash(fourth.prevHash(), 4, fourth.occurredAt(), fourth.actor(), fourth.agencyId(),
				fourth.action(), fourth.subjectType(), fourth.subjectId(), fourth.summary());
		jdbc.sql("update audit_entry set key_id = null, hash = :hash where seq = 4").param("hash", hash).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.UNKEYED_AFTER_KEYED);
		assertThat(result.firstBrokenSeq()).contains(4L);
	}

	@Test
	void entriesRemovedInTheMiddleAreDetected() {
		jdbc.sql("delete from audit_entry where seq in (2, 3)").update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.ENTRY_MISSING);
		assertThat(result.firstBrokenSeq()).contains(2L);
		assertThat(result.message()).contains("缺少第 2 条记录");
	}

	@Test
	void entriesRemovedInTheMiddleAndTheRestRenumberedAreDetected() {
		jdbc.sql("delete from audit_entry where seq = 3").update();
		jdbc.sql("update audit_entry set seq = seq - 1 where seq > 3").update();
		jdbc.sql("update audit_head set last_seq = 4").update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).contains(3L);
	}

	@Test
	void aMissingCheckpointFileIsDetected() throws IOException {
		checkpoints.publish();
		Files.delete(checkpoints.file());
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_FILE_MISSING);
		assertThat(result.message()).contains("不存在");
	}

	@Test
	void aCheckpointFileThatLostItsLinesIsDetected() throws IOException {
		checkpoints.publish();
		trail.record(new Noted("第 6 条"));
		checkpoints.publish();
		List<String> lines = Files.readAllLines(checkpoints.file());
		Files.writeString(checkpoints.file(), lines.get(0) + "\n");
		rollBackHeadTo(5);
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_FILE_MISSING);
		assertThat(result.message()).contains("第 6 条");
	}

	@Test
	void aForgedCheckpointIsDetected() throws IOException {
		checkpoints.publish();
		rollBackHeadTo(4);
		String line = Files.readString(checkpoints.file(), StandardCharsets.UTF_8);
		String forged = line.replace("\"seq\":5", "\"seq\":4")
			.replaceAll("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"" + entry(4).hash() + "\"");
		Files.writeString(checkpoints.file(), forged, StandardCharsets.UTF_8);
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_FORGED);
		assertThat(result.message()).contains("第 1 行的签名不符");
	}

	@Test
	void aCheckpointSignedWithAnotherKeyIsForged() throws IOException {
		Path file = folder.resolve("other.jsonl");
		AuditCheckpoints other = new AuditCheckpoints(jdbc, AuditKeys.of(List.of(AuditKeys.newKey()), "other"), file,
				clock, new DataSourceTransactionManager(database));
		other.publish();
		AuditTrail.Verification result = trailWith(keys, file).verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_FORGED);
	}

	@Test
	void anInsiderWithTheKeyWhoRewritesPinnedEntriesMeetsTheCheckpoint() {
		checkpoints.publish();
		AuditKeys.Key key = keys.signing();
		String prev = entry(1).hash();
		for (long s = 2; s <= 5; s++) {
			AuditEntry e = entry(s);
			String summary = s == 2 ? "伪造" : e.summary();
			String hash = AuditChain.mac(key, prev, s, e.occurredAt(), e.actor(), e.agencyId(), e.action(),
					e.subjectType(), e.subjectId(), summary);
			jdbc.sql("update audit_entry set summary = :summary, prev_hash = :prev, hash = :hash where seq = :seq")
				.param("summary", summary)
				.param("prev", prev)
				.param("hash", hash)
				.param("seq", s)
				.update();
			prev = hash;
		}
		jdbc.sql("update audit_head set last_hash = :hash").param("hash", prev).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.problem()).contains(AuditTrail.Problem.CHECKPOINT_MISMATCH);
		assertThat(result.firstBrokenSeq()).contains(5L);
	}

	@Test
	void legacyEntriesBeforeTheFirstKeyedOneStillVerify() {
		String prev = AuditChain.GENESIS;
		for (long s = 1; s <= 5; s++) {
			AuditEntry e = entry(s);
			String hash = AuditChain.hash(prev, s, e.occurredAt(), e.actor(), e.agencyId(), e.action(), e.subjectType(),
					e.subjectId(), e.summary());
			jdbc.sql("update audit_entry set key_id = null, prev_hash = :prev, hash = :hash where seq = :seq")
				.param("prev", prev)
				.param("hash", hash)
				.param("seq", s)
				.update();
			prev = hash;
		}
		jdbc.sql("update audit_head set last_hash = :hash").param("hash", prev).update();
		trail.record(new Noted("升级后第一条"));
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).as(result.message()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(6);
		assertThat(entry(6).keyId()).isNotNull();
	}

	@Test
	void afterRotationEntriesOfTheRetiredKeyStillVerifyAndAnUnknownKeyIsNamed() {
		String next = AuditKeys.newKey();
		AuditKeys rotated = AuditKeys.of(List.of(KEY, next), "rotated");
		AuditTrail afterRotation = trailWith(rotated, folder.resolve("checkpoints.jsonl"));
		afterRotation.record(new Noted("新密钥"));
		assertThat(entry(6).keyId()).isEqualTo(rotated.signing().id()).isNotEqualTo(keys.signing().id());
		AuditTrail.Verification result = afterRotation.verify();
		assertThat(result.intact()).as(result.message()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(6);

		AuditTrail.Verification withoutRetired = trailWith(AuditKeys.of(List.of(next), "new only"),
				folder.resolve("fresh.jsonl"))
			.verify();
		assertThat(withoutRetired.problem()).contains(AuditTrail.Problem.UNKNOWN_KEY);
		assertThat(withoutRetired.firstBrokenSeq()).contains(1L);
	}

	@Test
	void anUnchangedHeadIsNotPublishedTwice() throws IOException {
		assertThat(checkpoints.publish()).isPresent();
		assertThat(checkpoints.publish()).isEmpty();
		trail.record(new Noted("第 6 条"));
		assertThat(checkpoints.publish()).get().extracting(AuditCheckpoint::seq).isEqualTo(6L);
		assertThat(Files.readAllLines(checkpoints.file())).hasSize(2)
			.allSatisfy(line -> assertThat(line).startsWith("{\"seq\":").contains("\"signature\":"));
	}

}
