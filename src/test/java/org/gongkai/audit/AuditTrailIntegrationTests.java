package org.gongkai.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.gongkai.shared.AuditableEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash-chained trail on the application's database: appending, scoped search, and
 * detection of every kind of tampering. Each test rolls back, so the tampering never
 * leaks into other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context as the web tests: one boot for all
@Transactional
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerifyCommand command;

	@Autowired
	AuditCheckpoints checkpoints;

	record Noted(String actor, Long agencyId, String summary) implements AuditableEvent {

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

	long lastSeq() {
		return jdbc.sql("select last_seq from audit_head").query(Long.class).single();
	}

	@BeforeEach
	void threeEntries() {
		events.publishEvent(new Noted("alice", 2L, "第一条"));
		events.publishEvent(new Noted("bob", 3L, "第二条"));
		events.publishEvent(new Noted("alice", null, "第三条"));
	}

	@Test
	void anUntouchedChainVerifiesAndTheCommandExitsZero() {
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(lastSeq());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK 审计链完整");
	}

	@Test
	void anAlteredSummaryIsDetectedAndTheCommandExitsOne() {
		long second = lastSeq() - 1;
		jdbc.sql("update audit_entry set summary = '改过' where seq = :seq").param("seq", second).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).contains(second);
		assertThat(result.message()).contains("内容已被改动");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("BROKEN");
	}

	@Test
	void anAlteredEntryWithARecomputedUnkeyedHashIsDetectedAtThatEntry() {
		long second = lastSeq() - 1;
		AuditEntry entry = jdbc.sql("select * from audit_entry where seq = :seq")
			.param("seq", second)
			.query(AuditEntry.class)
			.single();
		String forged = AuditChain.hash(entry.prevHash(), entry.seq(), entry.occurredAt(), entry.actor(),
				entry.agencyId(), entry.action(), entry.subjectType(), entry.subjectId(), "伪造");
		jdbc.sql("update audit_entry set summary = '伪造', hash = :h where seq = :seq")
			.param("h", forged)
			.param("seq", second)
			.update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).contains(second);
		assertThat(result.problem()).contains(AuditTrail.Problem.ENTRY_ALTERED);
	}

	@Test
	void newEntriesAreSignedWithTheConfiguredKey() {
		assertThat(jdbc.sql("select key_id from audit_entry where seq = :seq")
			.param("seq", lastSeq())
			.query(String.class)
			.single()).isEqualTo(AuditKeys.of(List.of(AuditTamperingTests.KEY), "test").signing().id());
	}

	@Test
	void aDeletedEntryInTheMiddleIsDetected() {
		long second = lastSeq() - 1;
		jdbc.sql("delete from audit_entry where seq = :seq").param("seq", second).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).contains(second);
		assertThat(result.message()).contains("已被删除");
	}

	@Test
	void aDeletedLastEntryIsDetectedThroughTheHead() {
		jdbc.sql("delete from audit_entry where seq = :seq").param("seq", lastSeq()).update();
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.message()).contains("链尾记录缺失");
	}

	@Test
	void theScheduledCheckpointRunsUnderItsShedLock() {
		checkpoints.publishScheduled();
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'audit.checkpoint'").query(Long.class).single())
			.isOne();
	}

	@Test
	void anIntactVerificationPublishesACheckpointOfTheCommittedHead() throws Exception {
		AuditTrail.Verification result = trail.verify();
		assertThat(result.intact()).as(result.message()).isTrue();
		List<String> lines = Files.readAllLines(checkpoints.file());
		assertThat(lines).isNotEmpty();
		assertThat(lines.get(lines.size() - 1))
			.contains("\"keyId\":\"" + AuditKeys.of(List.of(AuditTamperingTests.KEY), "test").signing().id());
	}

	@Test
	void searchKeepsToTheScopeAndFilters() {
		AuditTrail.Scope agencyTwo = new AuditTrail.Scope(Set.of(2L), false);
		AuditTrail.Page page = trail.search(new AuditTrail.Query(null, null, "test.", null, null), agencyTwo, 0, 50);
		assertThat(page.entries()).extracting(AuditEntry::summary).containsExactly("第一条");

		AuditTrail.Scope withRegionWide = new AuditTrail.Scope(Set.of(2L, 3L), true);
		assertThat(trail.search(new AuditTrail.Query("alice", null, "test.noted", null, null), withRegionWide, 0, 50)
			.entries()).extracting(AuditEntry::summary).containsExactly("第三条", "第一条");
		assertThat(trail.search(new AuditTrail.Query(null, 3L, "test.", null, null), withRegionWide, 0, 50).entries())
			.extracting(AuditEntry::summary)
			.containsExactly("第二条");
		AuditTrail.Page paged = trail.search(new AuditTrail.Query(null, null, "test.", null, null), withRegionWide, 1,
				2);
		assertThat(paged.total()).isEqualTo(3);
		assertThat(paged.pages()).isEqualTo(2);
		assertThat(paged.entries()).extracting(AuditEntry::summary).containsExactly("第一条");
	}

}
