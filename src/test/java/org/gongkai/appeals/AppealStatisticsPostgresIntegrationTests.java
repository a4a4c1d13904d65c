package org.gongkai.appeals;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appeals migration, its constraints, table 四 and the list query on a real PostgreSQL
 * server (production's database); every other test runs them on H2.
 */
class AppealStatisticsPostgresIntegrationTests {

	static JdbcClient jdbc;

	static long agency;

	@BeforeAll
	static void start() {
		// A fresh migrated database on the tests' one PostgreSQL server.
		jdbc = JdbcClient.create(TestDatabases.Kind.POSTGRESQL.migrated("appeal_statistics"));
		jdbc.sql("insert into agency (kind, name) values ('AGENCY', '卧龙区商务局')").update();
		agency = jdbc.sql("select id from agency").query(Long.class).single();
	}

	static long insert(String kind, Long reconsideration, String result, String disposition, LocalDate filedOn,
			LocalDate decidedOn, boolean voided) {
		return jdbc
			.sql("""
					insert into appeal_case (agency_id, kind, reconsideration_id, external_reference, applicant_type, applicant_name,
					    body, filed_on, contested_act, result, disposition, decided_on, voided_at, created_at, created_by)
					values (:agency, :kind, :reconsideration, '旧申请', 'NATURAL_PERSON', '王小明', '南阳市卧龙区人民政府', :filed,
					    'REPLY', :result, :disposition, :decided, :voided, current_timestamp, 'test')
					returning id
					""")
			.param("agency", agency)
			.param("kind", kind)
			.param("reconsideration", reconsideration)
			.param("result", result)
			.param("disposition", disposition)
			.param("filed", filedOn)
			.param("decided", decidedOn)
			.param("voided", voided ? Timestamp.valueOf("2024-03-01 10:00:00") : null)
			.query(Long.class)
			.single();
	}

	@Test
	void countsTableFourAndListsCasesOnPostgres() {
		long upheld = insert("RECONSIDERATION", null, "UPHELD", "UPHELD", LocalDate.of(2023, 3, 1),
				LocalDate.of(2023, 5, 1), false);
		insert("RECONSIDERATION", null, "OTHER", "WITHDRAWN", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 9),
				false);
		insert("RECONSIDERATION", null, "CORRECTED", "REVOKED", LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 9),
				false);
		insert("RECONSIDERATION", null, "PENDING", null, LocalDate.of(2023, 6, 1), null, true);
		insert("LITIGATION_DIRECT", null, "CORRECTED", "ORDERED_TO_ACT", LocalDate.of(2023, 2, 1),
				LocalDate.of(2023, 8, 1), false);
		insert("LITIGATION_AFTER_RECONSIDERATION", upheld, "PENDING", null, LocalDate.of(2023, 5, 10), null, false);

		AppealStatistics statistics = new AppealStatistics(jdbc);
		ReviewAndLitigation table = statistics.forYear(agency, 2023);

		assertThat(table.reconsideration()).isEqualTo(new ReviewAndLitigation.Counts(1, 0, 1, 1, 3));
		assertThat(table.litigationDirect()).isEqualTo(new ReviewAndLitigation.Counts(0, 1, 0, 0, 1));
		assertThat(table.litigationAfterReconsideration()).isEqualTo(new ReviewAndLitigation.Counts(0, 0, 0, 1, 1));
		assertThat(statistics.decidedAfterYearEnd(agency, 2023)).singleElement()
			.satisfies(later -> assertThat(later.disposition()).isEqualTo(Disposition.REVOKED));

		AppealSearch search = new AppealSearch(jdbc);
		AppealSearch.Page page = search.search(new AppealSearch.Filter(Set.of(agency), AppealKind.RECONSIDERATION, null,
				2023, "旧申请", null, false, null, 2));
		assertThat(page.rows()).hasSize(2).allSatisfy(row -> assertThat(row.applicant()).isEqualTo("王**"));
		assertThat(page.nextBeforeId()).isNotNull();
		assertThat(search.openToLawsuit(Set.of(agency))).extracting(AppealSearch.Row::id).doesNotContain(upheld);
	}

	@Test
	void theSchemaRefusesAResultWithoutItsDateAndALawsuitAfterReconsiderationWithoutItsReconsideration() {
		assertThatThrownBy(
				() -> insert("RECONSIDERATION", null, "UPHELD", "UPHELD", LocalDate.of(2023, 3, 1), null, false))
			.hasMessageContaining("appeal_case_decided_check");
		assertThatThrownBy(() -> insert("LITIGATION_AFTER_RECONSIDERATION", null, "PENDING", null,
				LocalDate.of(2023, 3, 1), null, false))
			.hasMessageContaining("appeal_case_after_check");
		assertThatThrownBy(() -> insert("RECONSIDERATION", null, "UPHELD", "UPHELD", LocalDate.of(2023, 3, 1),
				LocalDate.of(2023, 2, 1), false))
			.hasMessageContaining("appeal_case_decided_check");
	}

}
