package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.agencies.Agencies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The batch calls of the disclosure API (批量起草、批量送审、批量审核) on the shared full-boot context:
 * a batch goes through the whole chain and each entry is reviewed, audited and published
 * as by the single calls; a stale version, an entry of another agency or one at another
 * level refuses the whole batch and names the item; an empty or over-long list is bad
 * input. Each test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DisclosureBatchIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	static final String PREFIX = "批量测试 ";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoStaff demo;

	@Autowired
	MutableClock clock;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startToday() {
		clock.setDay(TODAY);
	}

	/**
	 * Removes the entries a test without the rolled-back test transaction committed (a
	 * refused batch must be seen to change nothing, which a joined transaction cannot
	 * show); their audit entries stay, as the trail is append-only.
	 */
	@AfterEach
	void removeCommittedEntries() {
		String mine = "select id from disclosure_entry where title like '" + PREFIX + "%'";
		for (String table : List.of("disclosure_review", "disclosure_entry_version", "disclosure_history",
				"disclosure_reminder", "disclosure_attachment", "portal_search_change")) {
			jdbc.sql("delete from " + table + " where entry_id in (" + mine + ")").update();
		}
		jdbc.sql("delete from disclosure_entry where title like '" + PREFIX + "%'").update();
	}

	@Test
	void aBatchGoesThroughTheChainAndEachEntryIsReviewedAuditedAndPublished() throws Exception {
		long auditBefore = disclosureAudits();
		long headBefore = jdbc.sql("select last_seq from audit_head").query(Long.class).single();
		List<long[]> items = draftAll("批量公告", 3);
		assertThat(items).hasSize(3);
		assertThat(items.stream().map(item -> item[1]).distinct()).containsExactly(0L);

		items = batchItems(batch("submit", "publisher", null, items)
			.andExpect(jsonPath("$.entries[*].state").value(everyItem(is("IN_REVIEW"))))
			.andExpect(jsonPath("$.entries[*].reviewLevel").value(everyItem(is(1)))));
		items = approve(1, "publisher", items);
		items = approve(2, "section", items);
		assertNotPublic(items.get(0)[0]);
		String last = batch("approve", "leader", 3, items).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(last, "$.entries[*].state")).containsOnly("PUBLISHED");
		assertThat(JsonPath.<List<Integer>>read(last, "$.entries[*].publicVersion")).containsOnly(1);

		for (long[] item : items) {
			mvc.perform(get("/api/v1/public/disclosure/entries/{id}", item[0]))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.publishedOn").value(TODAY.toString()));
			assertThat(jdbc.sql("select count(*) from disclosure_review where entry_id = :id and approved")
				.param("id", item[0])
				.query(Long.class)
				.single()).isEqualTo(3);
			assertThat(jdbc.sql(
					"select action from audit_entry where subject_id = :id and action like 'disclosure.%' order by seq")
				.param("id", "" + item[0])
				.query(String.class)
				.list()).containsExactly("disclosure.drafted", "disclosure.submitted", "disclosure.reviewed",
						"disclosure.reviewed", "disclosure.reviewed", "disclosure.published");
		}
		// drafted, submitted, three reviews and published: six audit entries each
		assertThat(disclosureAudits() - auditBefore).isEqualTo(18);
		// several appends per transaction keep one unbroken chain up to the head
		List<String[]> chain = jdbc.sql("select seq, prev_hash, hash from audit_entry where seq >= :from order by seq")
			.param("from", headBefore)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		for (int i = 1; i < chain.size(); i++) {
			assertThat(Long.parseLong(chain.get(i)[0])).isEqualTo(Long.parseLong(chain.get(i - 1)[0]) + 1);
			assertThat(chain.get(i)[1]).isEqualTo(chain.get(i - 1)[2]);
		}
		assertThat(jdbc.sql("select last_hash from audit_head").query(String.class).single())
			.isEqualTo(chain.get(chain.size() - 1)[2]);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aStaleVersionInTheBatchRefusesItWholeAndNamesTheItem() throws Exception {
		List<long[]> items = draftAll("版本过时", 3);
		List<long[]> stale = new ArrayList<>(items);
		stale.set(1, new long[] { items.get(1)[0], items.get(1)[1] + 1 });
		batch("submit", "publisher", null, stale).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("stale-version"))
			.andExpect(jsonPath("$.index").value(1))
			.andExpect(jsonPath("$.entryId").value(items.get(1)[0]));
		assertStates(items, "DRAFT");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryOfAnotherAgencyRefusesTheBatch() throws Exception {
		List<long[]> items = new ArrayList<>(draftAll("他机关条目", 2));
		long other = jdbc.sql("""
				select e.id from disclosure_entry e join agency a on a.id = e.agency_id
				where a.name = '卧龙区教育局' order by e.id limit 1""").query(Long.class).single();
		int otherVersion = jdbc.sql("select version from disclosure_entry where id = :id")
			.param("id", other)
			.query(Integer.class)
			.single();
		items.add(new long[] { other, otherVersion });
		batch("submit", "publisher", null, items).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.index").value(2))
			.andExpect(jsonPath("$.entryId").value(other));
		assertStates(items.subList(0, 2), "DRAFT");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryAtAnotherLevelRefusesTheBatch() throws Exception {
		List<long[]> items = batchItems(batch("submit", "publisher", null, draftAll("级别不符", 2)));
		List<long[]> mixed = new ArrayList<>(items);
		mixed.set(1, approve(1, "publisher", List.of(items.get(1))).get(0));
		batch("approve", "section", 2, mixed).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.batch.level"))
			.andExpect(jsonPath("$.index").value(0))
			.andExpect(jsonPath("$.entryId").value(items.get(0)[0]));
		assertThat(reviewLevel(items.get(1)[0])).isEqualTo(2);
		// the level named must be the one the reviewer may decide, too
		batch("approve", "publisher", 2, List.of(mixed.get(1))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("disclosure.wrong-level"))
			.andExpect(jsonPath("$.index").value(0));
		assertThat(reviewLevel(items.get(1)[0])).isEqualTo(2);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEmptyAnOverLongAListWithoutVersionsOrWithDuplicatesIsBadInput() throws Exception {
		batch("submit", "publisher", null, List.of()).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("disclosure.batch.empty"))
			.andExpect(jsonPath("$.detail").value("批量操作须至少包含一项"));
		List<long[]> tooMany = IntStream.range(0, Catalogue.BATCH_LIMIT + 1)
			.mapToObj(i -> new long[] { i + 1, 0 })
			.toList();
		batch("approve", "section", 2, tooMany).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.batch.long"));
		String entries = IntStream.range(0, Catalogue.BATCH_LIMIT + 1)
			.mapToObj(i -> entryJson("过多 " + i))
			.collect(Collectors.joining(",", "{\"entries\":[", "]}"));
		long before = count("disclosure_entry");
		mvc.perform(post("/api/v1/disclosure/entries/batch").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(entries))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.batch.long"));
		assertThat(count("disclosure_entry")).isEqualTo(before);

		List<long[]> items = draftAll("无版本", 1);
		mvc.perform(post("/api/v1/disclosure/entries/batch/submit").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"id\":" + items.get(0)[0] + "}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.batch.version"));
		batch("submit", "publisher", null, List.of(items.get(0), items.get(0))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("disclosure.batch.duplicate"));
		mvc.perform(post("/api/v1/disclosure/entries/batch/approve").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"id\":" + items.get(0)[0] + ",\"version\":0}]}"))
			.andExpect(status().isBadRequest());
		assertStates(items, "DRAFT");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aBadEntryRefusesTheWholeImport() throws Exception {
		long before = count("disclosure_entry");
		long auditBefore = disclosureAudits();
		String entries = "{\"entries\":[" + entryJson("好的一条") + ","
				+ entryJson("坏的一条").replace("\"article20Item\": 11", "\"article20Item\": 99") + "]}";
		mvc.perform(post("/api/v1/disclosure/entries/batch").header("Authorization", demo.bearer("publisher"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(entries))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.index").value(1))
			.andExpect(jsonPath("$.entryId").doesNotExist());
		assertThat(count("disclosure_entry")).isEqualTo(before);
		assertThat(disclosureAudits()).isEqualTo(auditBefore);
		mvc.perform(post("/api/v1/disclosure/entries/batch").header("Authorization", demo.bearer("section"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"entries\":[" + entryJson("无权起草") + "]}")).andExpect(status().isForbidden());
		assertThat(count("disclosure_entry")).isEqualTo(before);
	}

	private List<long[]> draftAll(String title, int n) throws Exception {
		String entries = IntStream.range(0, n)
			.mapToObj(i -> entryJson(title + " " + i))
			.collect(Collectors.joining(",", "{\"entries\":[", "]}"));
		String answer = mvc
			.perform(post("/api/v1/disclosure/entries/batch").header("Authorization", demo.bearer("publisher"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(entries))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entries[*].indexNumber").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(answer, "$.entries[*].state")).containsOnly("DRAFT");
		return items(answer);
	}

	private List<long[]> approve(int level, String username, List<long[]> items) throws Exception {
		return batchItems(batch("approve", username, level, items).andExpect(status().isOk()));
	}

	private ResultActions batch(String step, String username, Integer level, List<long[]> items) throws Exception {
		String json = items.stream()
			.map(item -> "{\"id\":" + item[0] + ",\"version\":" + item[1] + "}")
			.collect(Collectors.joining(",", "{" + (level == null ? "" : "\"level\":" + level + ",") + "\"items\":[",
					"]}"));
		return mvc
			.perform(post("/api/v1/disclosure/entries/batch/" + step).header("Authorization", demo.bearer(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private static List<long[]> batchItems(ResultActions actions) throws Exception {
		return items(actions.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<long[]> items(String answer) {
		List<Number> ids = JsonPath.read(answer, "$.entries[*].id");
		List<Number> versions = JsonPath.read(answer, "$.entries[*].version");
		List<long[]> items = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			items.add(new long[] { ids.get(i).longValue(), versions.get(i).longValue() });
		}
		return items;
	}

	private String entryJson(String title) {
		return """
				{"agencyId": %d, "title": "%s", "formedOn": "%s", "article20Item": 11, "body": "<p>正文</p>"}"""
			.formatted(demo.commerce(), PREFIX + title, TODAY);
	}

	private void assertStates(List<long[]> items, String state) {
		for (long[] item : items) {
			assertThat(jdbc.sql("select state from disclosure_entry where id = :id")
				.param("id", item[0])
				.query(String.class)
				.single()).isEqualTo(state);
			assertThat(jdbc.sql("select version from disclosure_entry where id = :id")
				.param("id", item[0])
				.query(Long.class)
				.single()).isEqualTo(item[1]);
		}
	}

	private int reviewLevel(long id) {
		return jdbc.sql("select review_level from disclosure_entry where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private void assertNotPublic(long id) throws Exception {
		mvc.perform(get("/api/v1/public/disclosure/entries/{id}", id)).andExpect(status().isNotFound());
	}

	private long disclosureAudits() {
		return jdbc.sql("select count(*) from audit_entry where action like 'disclosure.%'").query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
