package org.gongkai.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly figures of table 二 that no record of this platform gives (the licensing,
 * penalty and coercion decisions of Article 20 items 5 and 6, the administrative fees of
 * item 8 in 万元) and the publication counts of the channels other than the website,
 * entered by form or imported from CSV or XLSX. Every write records its source and is
 * audit-logged; an import with one bad row is refused whole.
 */
@Service
public class YearlyFigures {

	/** The columns of an import, with the Chinese headings also accepted. */
	static final Map<String, String> HEADINGS = headings();

	private final JdbcClient jdbc;

	private final AgencyAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	YearlyFigures(JdbcClient jdbc, AgencyAccess access, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One agency-year as entered: each count a non-negative whole number, the fee amount
	 * a decimal of 万元 with at most four places; a channel left empty stays unrecorded.
	 */
	public record Input(int year, Integer licensing, Integer penalties, Integer coercion, String feesTenThousandYuan,
			Integer wechat, Integer governmentServicePortal, Integer gazette, Integer pressConferences) {
	}

	/** The recorded figures of an agency-year, with their source. */
	public record Recorded(long agencyId, int year, int licensing, int penalties, int coercion,
			BigDecimal feesTenThousandYuan, String source, String recordedBy) {
	}

	/** Records one year as entered in the form. */
	@Transactional
	public void enter(StaffPrincipal staff, long agencyId, Input input) {
		checkMayRecord(staff, agencyId);
		BigDecimal fees = check(input, "").orElseThrow();
		store(agencyId, input, fees, "表单录入", staff.username());
	}

	/** Records one year on behalf of the system (demo data), checked as the form is. */
	void record(long agencyId, Input input, String source, String actor) {
		store(agencyId, input, check(input, "").orElseThrow(), source, actor);
	}

	/**
	 * Imports a CSV (UTF-8, with or without BOM) or XLSX file whose first row names the
	 * columns ({@link #HEADINGS}); every row is checked before anything is stored, and
	 * one bad row refuses the whole file. Returns the number of years stored.
	 */
	@Transactional
	public int importFile(StaffPrincipal staff, long agencyId, String filename, byte[] content) {
		checkMayRecord(staff, agencyId);
		List<List<String>> table = isXlsx(content) ? readXlsx(content) : readCsv(content);
		if (table.size() < 2) {
			throw InvalidInput.of("file", "disclosure.import.empty");
		}
		List<String> columns = table.get(0).stream().map(YearlyFigures::column).toList();
		List<FieldProblem> problems = new ArrayList<>();
		for (String heading : columns) {
			if (heading == null) {
				problems.add(new FieldProblem("file", "disclosure.import.heading", table.get(0).toString()));
				throw new InvalidInput("disclosure.import.invalid", problems);
			}
		}
		if (!columns.contains("year")) {
			throw InvalidInput.of("file", "disclosure.import.year-column");
		}
		List<Input> inputs = new ArrayList<>();
		List<BigDecimal> fees = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < columns.size(); c++) {
				values.put(columns.get(c), c < cells.size() ? cells.get(c) : null);
			}
			String row = "第 " + (r + 1) + " 行";
			try {
				Input input = new Input(integer(values.get("year"), row, "year", problems),
						integer(values.get("licensing"), row, "licensing", problems),
						integer(values.get("penalties"), row, "penalties", problems),
						integer(values.get("coercion"), row, "coercion", problems),
						blankToNull(values.get("feesTenThousandYuan")),
						integer(values.get("wechat"), row, "wechat", problems),
						integer(values.get("governmentServicePortal"), row, "governmentServicePortal", problems),
						integer(values.get("gazette"), row, "gazette", problems),
						integer(values.get("pressConferences"), row, "pressConferences", problems));
				check(input, row).ifPresent(amount -> {
					inputs.add(input);
					fees.add(amount);
				});
			}
			catch (InvalidInput e) {
				problems.addAll(e.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("disclosure.import.invalid", problems);
		}
		String source = "导入：" + (filename == null ? "文件" : filename);
		for (int i = 0; i < inputs.size(); i++) {
			store(agencyId, inputs.get(i), fees.get(i), source, staff.username());
		}
		return inputs.size();
	}

	/** The recorded figures of an agency-year, if any. */
	@Transactional(readOnly = true)
	public Optional<Recorded> find(long agencyId, int year) {
		return jdbc
			.sql("""
					select agency_id, report_year, licensing, penalties, coercion, fees_ten_thousand_yuan, source, recorded_by
					from disclosure_year_figures where agency_id = :agency and report_year = :year""")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> new Recorded(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
			.optional();
	}

	/** The recorded counts of the channels other than the website. */
	@Transactional(readOnly = true)
	public Map<PublicationChannel, Integer> channelCounts(long agencyId, int year) {
		Map<PublicationChannel, Integer> counts = new LinkedHashMap<>();
		jdbc.sql(
				"select channel, posts from disclosure_channel_count where agency_id = :agency and report_year = :year")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> counts.put(PublicationChannel.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	private void checkMayRecord(StaffPrincipal staff, long agencyId) {
		access.checkReadable(staff, agencyId, "机关", agencyId);
		Catalogue.checkActs(staff, agencyId, Role.PUBLISHER, Role.OFFICE_HEAD);
	}

	/**
	 * Checks one year; returns the fee amount, or throws with every problem of the row.
	 */
	static Optional<BigDecimal> check(Input input, String row) {
		List<FieldProblem> problems = new ArrayList<>();
		String prefix = row.isEmpty() ? "" : row + "：";
		if (input.year() < 2008 || input.year() > 2100) {
			problems.add(new FieldProblem("year", "disclosure.figures.year", prefix));
		}
		Object[][] counts = { { "licensing", input.licensing() }, { "penalties", input.penalties() },
				{ "coercion", input.coercion() }, { "wechat", input.wechat() },
				{ "governmentServicePortal", input.governmentServicePortal() }, { "gazette", input.gazette() },
				{ "pressConferences", input.pressConferences() } };
		for (int i = 0; i < counts.length; i++) {
			Integer value = (Integer) counts[i][1];
			if (i < 3 && value == null) {
				problems.add(new FieldProblem((String) counts[i][0], "disclosure.figures.required", prefix));
			}
			else if (value != null && value < 0) {
				problems.add(new FieldProblem((String) counts[i][0], "disclosure.figures.negative", prefix));
			}
		}
		BigDecimal fees = null;
		String text = input.feesTenThousandYuan();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("feesTenThousandYuan", "disclosure.figures.required", prefix));
		}
		else {
			try {
				fees = new BigDecimal(text.strip());
				if (fees.signum() < 0) {
					problems.add(new FieldProblem("feesTenThousandYuan", "disclosure.figures.negative", prefix));
				}
				else if (fees.stripTrailingZeros().scale() > 4) {
					problems.add(new FieldProblem("feesTenThousandYuan", "disclosure.figures.scale", prefix));
				}
				else if (fees.compareTo(new BigDecimal("99999999999999")) > 0) {
					problems.add(new FieldProblem("feesTenThousandYuan", "disclosure.figures.large", prefix));
				}
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("feesTenThousandYuan", "disclosure.figures.decimal", prefix));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("disclosure.figures.invalid", problems);
		}
		return Optional.of(fees.setScale(4));
	}

	private void store(long agencyId, Input input, BigDecimal fees, String source, String actor) {
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("""
				update disclosure_year_figures set licensing = :licensing, penalties = :penalties, coercion = :coercion,
				  fees_ten_thousand_yuan = :fees, source = :source, recorded_by = :by, recorded_at = :at,
				  version = version + 1
				where agency_id = :agency and report_year = :year""")
			.param("licensing", input.licensing())
			.param("penalties", input.penalties())
			.param("coercion", input.coercion())
			.param("fees", fees)
			.param("source", source)
			.param("by", actor)
			.param("at", now)
			.param("agency", agencyId)
			.param("year", input.year())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into disclosure_year_figures (agency_id, report_year, licensing, penalties, coercion,
					  fees_ten_thousand_yuan, source, recorded_by, recorded_at)
					values (:agency, :year, :licensing, :penalties, :coercion, :fees, :source, :by, :at)""")
				.param("licensing", input.licensing())
				.param("penalties", input.penalties())
				.param("coercion", input.coercion())
				.param("fees", fees)
				.param("source", source)
				.param("by", actor)
				.param("at", now)
				.param("agency", agencyId)
				.param("year", input.year())
				.update();
		}
		Map<PublicationChannel, Integer> channels = new LinkedHashMap<>();
		channels.put(PublicationChannel.WECHAT, input.wechat());
		channels.put(PublicationChannel.GOVERNMENT_SERVICE_PORTAL, input.governmentServicePortal());
		channels.put(PublicationChannel.GAZETTE, input.gazette());
		channels.put(PublicationChannel.PRESS_CONFERENCES, input.pressConferences());
		channels.forEach((channel, posts) -> {
			if (posts == null) {
				return;
			}
			jdbc.sql(
					"delete from disclosure_channel_count where agency_id = :agency and report_year = :year and channel = :c")
				.param("agency", agencyId)
				.param("year", input.year())
				.param("c", channel.name())
				.update();
			jdbc.sql("""
					insert into disclosure_channel_count (agency_id, report_year, channel, posts, source, recorded_by,
					  recorded_at)
					values (:agency, :year, :c, :posts, :source, :by, :at)""")
				.param("agency", agencyId)
				.param("year", input.year())
				.param("c", channel.name())
				.param("posts", posts)
				.param("source", source)
				.param("by", actor)
				.param("at", now)
				.update();
		});
		events.publishEvent(new YearlyFiguresRecorded(agencyId, actor, input.year(), source, input.licensing(),
				input.penalties(), input.coercion(), fees.stripTrailingZeros().toPlainString(), channels.toString()));
	}

	private static Integer integer(String text, String row, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(new BigDecimal(text.strip()).intValueExact());
		}
		catch (NumberFormatException | ArithmeticException e) {
			problems.add(new FieldProblem(field, "disclosure.figures.whole", row + "："));
			return 0;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String column(String heading) {
		return heading == null ? null : HEADINGS.get(heading.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
	}

	private static Map<String, String> headings() {
		Map<String, String> map = new LinkedHashMap<>();
		for (String key : List.of("year", "licensing", "penalties", "coercion", "feesTenThousandYuan", "wechat",
				"governmentServicePortal", "gazette", "pressConferences")) {
			map.put(key.toLowerCase(Locale.ROOT), key);
		}
		map.put("年度", "year");
		map.put("行政许可", "licensing");
		map.put("行政处罚", "penalties");
		map.put("行政强制", "coercion");
		map.put("行政事业性收费（万元）", "feesTenThousandYuan");
		map.put("行政事业性收费(万元)", "feesTenThousandYuan");
		map.put("微信公众号", "wechat");
		map.put("政务服务网", "governmentServicePortal");
		map.put("政府公报", "gazette");
		map.put("新闻发布会", "pressConferences");
		return Map.copyOf(map);
	}

	private static boolean isXlsx(byte[] content) {
		return AttachmentTypes.detect(content).filter(AttachmentTypes.XLSX::equals).isPresent();
	}

	private static List<List<String>> readCsv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		for (String line : text.split("\\r?\\n")) {
			List<String> cells = new ArrayList<>();
			for (String cell : line.split(",", -1)) {
				cells.add(cell.strip().replaceAll("^\"|\"$", ""));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<String>> readXlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter(Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add(null);
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
					}
					else {
						cells.add(format.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			throw InvalidInput.of("file", "disclosure.import.unreadable");
		}
	}

}
