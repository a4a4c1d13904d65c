package org.gongkai.calendar;

import java.util.Arrays;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * An administrator loaded a year's holiday notice (uploaded or entered); deadlines that
 * reach into that year are recomputed on their next reading.
 *
 * @param actor who loaded it
 * @param year the notice year
 * @param source upload or form
 * @param fileName the uploaded file's name as recorded (cut to 100 characters), or
 * {@code null}
 * @param offDays the notice's days off
 * @param makeUpDays the notice's make-up working days
 * @param added the days added or changed against the notice before
 * @param removed the days the notice before had and this one has not
 */
@NamedInterface("api")
public record CalendarYearLoaded(String actor, int year, NoticeSource source, String fileName, long offDays,
		long makeUpDays, int added, int removed) implements CalendarYearEvent {

	@Override
	public String action() {
		return "calendar.year-loaded";
	}

	@Override
	public String summary() {
		return "%d 年节假日安排（%s%s）：休息日 %d 天、调休上班日 %d 天；较此前新增或改动 %d 天、取消 %d 天".formatted(year, sourceName(),
				fileName == null ? "" : " " + fileName, offDays, makeUpDays, added, removed);
	}

	@Override
	public String summaryCode() {
		return fileName == null ? "history.calendar.loaded" : "history.calendar.loadedFromFile";
	}

	@Override
	public List<Object> summaryArgs() {
		Label source = new Label("calendar.source." + this.source.name(), sourceName());
		return fileName == null ? Arrays.asList(year, source, offDays, makeUpDays, added, removed)
				: Arrays.asList(year, source, fileName, offDays, makeUpDays, added, removed);
	}

	private String sourceName() {
		return source == NoticeSource.UPLOAD ? "上传文件" : "表单录入";
	}

}
