package org.gongkai.calendar;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The holiday notices administrators loaded, in tables {@code calendar_notice} and
 * {@code calendar_notice_day}.
 */
@Repository
class StoredNotices {

	private final JdbcClient jdbc;

	StoredNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number bumped by every change; cheap enough to read every few seconds. */
	long revision() {
		return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
	}

	/** Bumps the revision; locks the row, so concurrent changes are serialised. */
	void bumpRevision() {
		jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
	}

	/** The loaded notice in force for each year (the newest load not withdrawn). */
	List<HolidayNotice> inForce() {
		List<Long> ids = jdbc.sql("""
				select max(id) from calendar_notice where withdrawn_at is null group by notice_year
				""").query(Long.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> years = new LinkedHashMap<>();
		Map<Long, List<String>> papers = new LinkedHashMap<>();
		jdbc.sql("select id, notice_year, papers from calendar_notice where id in (:ids) order by notice_year")
			.param("ids", ids)
			.query(rs -> {
				years.put(rs.getLong("id"), rs.getInt("notice_year"));
				papers.put(rs.getLong("id"), splitPapers(rs.getString("papers")));
			});
		Map<Long, List<DeclaredDay>> days = new LinkedHashMap<>();
		jdbc.sql("""
				select notice_id, declared_on, name, off_day from calendar_notice_day
				where notice_id in (:ids) order by declared_on
				""").param("ids", ids).query(rs -> {
			days.computeIfAbsent(rs.getLong("notice_id"), id -> new ArrayList<>())
				.add(new DeclaredDay(rs.getObject("declared_on", LocalDate.class), rs.getString("name"),
						rs.getBoolean("off_day")));
		});
		List<HolidayNotice> notices = new ArrayList<>();
		years.forEach(
				(id, year) -> notices.add(new HolidayNotice(year, papers.get(id), days.getOrDefault(id, List.of()))));
		return notices;
	}

	/** Stores a load of {@code notice}; returns its id. */
	long insert(HolidayNotice notice, NoticeSource source, String fileName, String actor, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calendar_notice (notice_year, papers, source, file_name, loaded_by, loaded_at)
				values (:year, :papers, :source, :file, :actor, :at)
				""")
			.param("year", notice.year())
			.param("papers", String.join("\n", notice.papers()))
			.param("source", source.name())
			.param("file", fileName)
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (DeclaredDay day : notice.days()) {
			jdbc.sql("""
					insert into calendar_notice_day (notice_id, declared_on, name, off_day)
					values (:id, :day, :name, :off)
					""")
				.param("id", id)
				.param("day", day.date())
				.param("name", day.name())
				.param("off", day.offDay())
				.update();
		}
		return id;
	}

	/** Marks every load of {@code year} withdrawn; returns how many were in force. */
	int withdraw(int year, String actor, Instant at) {
		return jdbc.sql("""
				update calendar_notice set withdrawn_by = :actor, withdrawn_at = :at
				where notice_year = :year and withdrawn_at is null
				""").param("actor", actor).param("at", Timestamp.from(at)).param("year", year).update();
	}

	/** Every load, newest first, optionally of one year only. */
	List<NoticeLoad> loads(Integer year) {
		return jdbc
			.sql("""
					select n.id, n.notice_year, n.source, n.file_name, n.loaded_by, n.loaded_at, n.withdrawn_by, n.withdrawn_at,
					       (select count(*) from calendar_notice_day d where d.notice_id = n.id and d.off_day = true) off_days,
					       (select count(*) from calendar_notice_day d where d.notice_id = n.id and d.off_day = false) make_up_days
					from calendar_notice n
					where (:year is null or n.notice_year = :year)
					order by n.id desc
					""")
			.param("year", year, Types.INTEGER)
			.query((rs, n) -> new NoticeLoad(rs.getLong("id"), rs.getInt("notice_year"),
					NoticeSource.valueOf(rs.getString("source")), rs.getString("file_name"), rs.getString("loaded_by"),
					rs.getTimestamp("loaded_at").toInstant(), rs.getString("withdrawn_by"),
					rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
					rs.getInt("off_days"), rs.getInt("make_up_days")))
			.list();
	}

	private static List<String> splitPapers(String papers) {
		return papers == null || papers.isBlank() ? List.of() : Arrays.stream(papers.split("\n")).toList();
	}

}
