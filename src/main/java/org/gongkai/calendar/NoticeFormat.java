package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.shared.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes holiday notices in the two forms administrators use: the JSON file
 * format of the holiday-cn dataset ({@code {"year": 2027, "papers": [...], "days":
 * [{"name", "date", "isOffDay"}]}}) and the lines of the console form
 * ({@code 2027-02-06~2027-02-12 春节 休}, {@code 2027-02-14 春节 班}). Both are checked by the
 * same rules, and a notice that breaks any of them is rejected whole with every problem
 * listed.
 */
final class NoticeFormat {

	/** The largest upload accepted; the biggest real notice file is under 5 KB. */
	static final int MAX_BYTES = 64 * 1024;

	static final int MAX_DAYS = 100;

	static final int MAX_PROBLEMS = 20;

	static final int MAX_NAME_LENGTH = 20;

	static final int MAX_PAPERS = 10;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Pattern LINE = Pattern.compile(
			"^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:~|～|至|\\.\\.|—|–)\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?[\\s,，、]+(.+?)[\\s,，、]+(\\S+)$");

	private NoticeFormat() {
	}

	/** Reads a notice from the bytes of a holiday-cn JSON file. */
	static HolidayNotice fromJson(byte[] bytes) {
		Problems problems = new Problems();
		if (bytes == null || bytes.length == 0) {
			throw problems.fail("calendar.invalid.empty-file", "上传的文件是空的");
		}
		if (bytes.length > MAX_BYTES) {
			throw problems.fail("calendar.invalid.too-large", "文件过大（{0} 字节），节假日安排文件不应超过 {1} 字节", bytes.length,
					MAX_BYTES);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw problems.fail("calendar.invalid.not-text", "文件不是 UTF-8 编码的 JSON 文本");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.stripLeading().startsWith("{")) {
			throw problems.fail("calendar.invalid.not-json", "文件不是 JSON 对象：内容应以 {0} 开头（holiday-cn 格式）", "{");
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(text);
		}
		catch (JacksonException e) {
			var location = e.getLocation();
			throw problems.fail("calendar.invalid.syntax", "JSON 语法错误（第 {0} 行第 {1} 列附近）",
					location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
		}
		if (root == null || !root.isObject()) {
			throw problems.fail("calendar.invalid.not-json", "文件不是 JSON 对象：内容应以 {0} 开头（holiday-cn 格式）", "{");
		}
		JsonNode yearNode = root.get("year");
		if (yearNode == null || !yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
			throw problems.fail("calendar.invalid.year-missing", "缺少整数字段 year（安排所属年份）");
		}
		int year = yearNode.intValue();
		List<String> papers = new ArrayList<>();
		JsonNode papersNode = root.get("papers");
		if (papersNode != null && !papersNode.isNull()) {
			if (!papersNode.isArray()) {
				problems.add("calendar.invalid.papers", "papers 应为网址数组");
			}
			else {
				for (JsonNode paper : papersNode.values()) {
					if (paper.isString()) {
						papers.add(paper.stringValue().strip());
					}
					else {
						problems.add("calendar.invalid.papers", "papers 应为网址数组");
					}
				}
			}
		}
		JsonNode daysNode = root.get("days");
		List<DeclaredDay> days = new ArrayList<>();
		if (daysNode == null || !daysNode.isArray()) {
			problems.add("calendar.invalid.days-missing", "缺少数组字段 days（休息日和调休上班日）");
		}
		else {
			int index = 0;
			for (JsonNode day : daysNode.values()) {
				index++;
				readDay(day, index, days, problems);
				if (problems.full()) {
					break;
				}
			}
		}
		problems.throwIfAny();
		return validated(year, papers, days);
	}

	private static void readDay(JsonNode day, int index, List<DeclaredDay> days, Problems problems) {
		if (!day.isObject()) {
			problems.add("calendar.invalid.day-shape", "days 第 {0} 项应为含 name、date、isOffDay 的对象", index);
			return;
		}
		JsonNode name = day.get("name");
		JsonNode date = day.get("date");
		JsonNode off = day.get("isOffDay");
		if (name == null || !name.isString() || date == null || !date.isString() || off == null || !off.isBoolean()) {
			problems.add("calendar.invalid.day-shape", "days 第 {0} 项应为含 name、date、isOffDay 的对象", index);
			return;
		}
		LocalDate parsed = parseDate(date.stringValue().strip());
		if (parsed == null) {
			problems.add("calendar.invalid.date", "不是有效日期：{0}（应为 YYYY-MM-DD）", date.stringValue());
			return;
		}
		days.add(new DeclaredDay(parsed, name.stringValue().strip(), off.booleanValue()));
	}

	/**
	 * Reads a notice from the console form: the year, the notice addresses (one a line)
	 * and the days, one line each as {@code DATE[~DATE] NAME 休|班}. Blank lines and lines
	 * starting with {@code #} are skipped.
	 */
	static HolidayNotice fromLines(String yearText, String papersText, String daysText) {
		Problems problems = new Problems();
		int year;
		try {
			year = Integer.parseInt(yearText == null ? "" : yearText.strip());
		}
		catch (NumberFormatException e) {
			throw problems.fail("calendar.invalid.year-missing", "缺少整数字段 year（安排所属年份）");
		}
		List<String> papers = new ArrayList<>();
		if (papersText != null) {
			papersText.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(papers::add);
		}
		List<DeclaredDay> days = new ArrayList<>();
		String[] lines = daysText == null ? new String[0] : daysText.split("\\R");
		for (int n = 0; n < lines.length && !problems.full(); n++) {
			String line = lines[n].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			readLine(line, n + 1, days, problems);
		}
		problems.throwIfAny();
		return validated(year, papers, days);
	}

	private static void readLine(String line, int lineNumber, List<DeclaredDay> days, Problems problems) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			problems.add("calendar.invalid.line", "第 {0} 行无法识别：“{1}”（格式：日期[~日期] 节日名称 休/班）", lineNumber, line);
			return;
		}
		LocalDate from = parseDate(matcher.group(1));
		LocalDate to = matcher.group(2) == null ? from : parseDate(matcher.group(2));
		if (from == null || to == null) {
			problems.add("calendar.invalid.line-date", "第 {0} 行日期无效：“{1}”", lineNumber, line);
			return;
		}
		if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 31) {
			problems.add("calendar.invalid.line-range", "第 {0} 行日期区间无效（结束日应不早于开始日且不超过 31 天）", lineNumber);
			return;
		}
		Boolean off = switch (matcher.group(4).toLowerCase(Locale.ROOT)) {
			case "休", "休息", "放假", "off" -> Boolean.TRUE;
			case "班", "上班", "调休上班", "work" -> Boolean.FALSE;
			default -> null;
		};
		if (off == null) {
			problems.add("calendar.invalid.line-kind", "第 {0} 行末尾应写“休”或“班”，而不是“{1}”", lineNumber, matcher.group(4));
			return;
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(new DeclaredDay(day, matcher.group(3).strip(), off));
		}
	}

	/** Checks the rules that hold whatever the notice came from, and returns it. */
	static HolidayNotice validated(int year, List<String> papers, List<DeclaredDay> days) {
		Problems problems = new Problems();
		if (year < CalendarIndex.FIRST_NOTICE_YEAR || year > CalendarIndex.LAST_NOTICE_YEAR) {
			throw problems.fail("calendar.invalid.year-range", "年份 {0} 超出支持范围（{1}—{2}）", year,
					CalendarIndex.FIRST_NOTICE_YEAR, CalendarIndex.LAST_NOTICE_YEAR);
		}
		if (papers.size() > MAX_PAPERS) {
			problems.add("calendar.invalid.papers-count", "文件依据网址不应超过 {0} 个", MAX_PAPERS);
		}
		for (String paper : papers) {
			if (!paper.matches("https?://\\S{3,490}")) {
				problems.add("calendar.invalid.paper", "文件依据应为 http:// 或 https:// 开头的网址：{0}", paper);
			}
		}
		if (days.isEmpty()) {
			problems.add("calendar.invalid.no-days", "没有任何休息日或调休上班日：{0} 年的安排可能尚未发布", year);
		}
		if (days.size() > MAX_DAYS) {
			problems.add("calendar.invalid.too-many-days", "声明的日期过多（{0} 天），一年的安排不应超过 {1} 天", days.size(), MAX_DAYS);
		}
		// A working day may be declared on a weekday too: the 2020 notice ends the
		// extended 春节 with Monday 02-03.
		LocalDate earliest = LocalDate.of(year - 1, 12, 1);
		LocalDate latest = LocalDate.of(year, 12, 31);
		Set<LocalDate> seen = new HashSet<>();
		for (DeclaredDay day : days) {
			if (problems.full()) {
				break;
			}
			if (day.name().isBlank() || day.name().length() > MAX_NAME_LENGTH) {
				problems.add("calendar.invalid.name", "{0} 的节日名称应为 1 到 {1} 个字", day.date(), MAX_NAME_LENGTH);
			}
			if (day.date().isBefore(earliest) || day.date().isAfter(latest)) {
				problems.add("calendar.invalid.out-of-year", "{0} 不属于 {1} 年的安排（应在 {2} 至 {3} 之间）", day.date(), year,
						earliest, latest);
			}
			if (!seen.add(day.date())) {
				problems.add("calendar.invalid.duplicate", "日期 {0} 重复出现", day.date());
			}
		}
		problems.throwIfAny();
		return new HolidayNotice(year, papers, days);
	}

	/**
	 * Writes a notice in the holiday-cn JSON format, so that a loaded year can be
	 * downloaded and loaded elsewhere.
	 */
	static String toJson(HolidayNotice notice) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("year", notice.year());
		root.put("papers", notice.papers());
		List<Map<String, Object>> days = new ArrayList<>();
		for (DeclaredDay day : notice.days()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", day.name());
			entry.put("date", day.date().toString());
			entry.put("isOffDay", day.offDay());
			days.add(entry);
		}
		root.put("days", days);
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	/**
	 * Writes a notice as the lines of the console form, consecutive days of one kind and
	 * name joined as a range.
	 */
	static String toLines(HolidayNotice notice) {
		StringBuilder out = new StringBuilder();
		List<DeclaredDay> days = notice.days();
		for (int i = 0; i < days.size();) {
			int j = i;
			while (j + 1 < days.size() && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
					&& days.get(j + 1).offDay() == days.get(i).offDay()
					&& days.get(j + 1).name().equals(days.get(i).name())) {
				j++;
			}
			out.append(days.get(i).date());
			if (j > i) {
				out.append('~').append(days.get(j).date());
			}
			out.append(' ')
				.append(days.get(i).name())
				.append(' ')
				.append(days.get(i).offDay() ? "休" : "班")
				.append('\n');
			i = j + 1;
		}
		return out.toString();
	}

	/** Reads one of the holiday-cn files shipped in {@code classpath:calendar/}. */
	static HolidayNotice shipped(int year) {
		String path = "/calendar/" + year + ".json";
		try (InputStream in = NoticeFormat.class.getResourceAsStream(path)) {
			if (in == null) {
				return null;
			}
			byte[] bytes = in.readAllBytes();
			JsonNode root = MAPPER.readTree(bytes);
			if (root.path("days").isEmpty()) {
				// The upstream file of a year not yet published: nothing declared, the
				// year stays unknown.
				return new HolidayNotice(year, List.of(), List.of());
			}
			return fromJson(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("无法读取内置节假日数据 " + path, e);
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			String[] parts = text.split("-");
			if (parts.length != 3 || parts[0].length() != 4) {
				return null;
			}
			return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		}
		catch (NumberFormatException | DateTimeException e) {
			return null;
		}
	}

	/** Collects problems up to {@value #MAX_PROBLEMS}. */
	private static final class Problems {

		/**
		 * The code of a notice refused for its content; each problem's own code names the
		 * rule it broke.
		 */
		private static final String INVALID = "calendar.invalid";

		/**
		 * The field a problem concerns: the notice as a whole (its own message names the
		 * line or day).
		 */
		private static final String FIELD = "notice";

		private final List<InvalidInput.FieldProblem> list = new ArrayList<>();

		void add(String code, String pattern, Object... args) {
			if (list.size() < MAX_PROBLEMS) {
				Object[] text = stringify(args);
				list.add(new InvalidInput.FieldProblem(FIELD, code, List.of(text),
						MessageFormat.format(pattern.replace("'", "''"), text)));
			}
		}

		InvalidInput fail(String code, String pattern, Object... args) {
			add(code, pattern, args);
			return new InvalidInput(INVALID, list);
		}

		boolean full() {
			return list.size() >= MAX_PROBLEMS;
		}

		void throwIfAny() {
			if (!list.isEmpty()) {
				throw new InvalidInput(INVALID, list);
			}
		}

		private static Object[] stringify(Object[] args) {
			// MessageFormat would group the digits of numbers (2,027); dates and years
			// read better as plain text.
			Object[] out = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				out[i] = String.valueOf(args[i]);
			}
			return out;
		}

	}

}
