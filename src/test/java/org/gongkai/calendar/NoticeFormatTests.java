package org.gongkai.calendar;

import java.nio.charset.StandardCharsets;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gongkai.calendar.Fixtures.date;

/**
 * Reading and checking holiday notices from the holiday-cn JSON format and from the
 * console form.
 */
class NoticeFormatTests {

	@Test
	void readsEveryShippedFileWithItsDeclaredDays() {
		HolidayNotice notice2023 = NoticeFormat.shipped(2023);
		assertThat(notice2023.days()).first().isEqualTo(new DeclaredDay(date("2022-12-31"), "元旦", true));
		assertThat(notice2023.makeUpDays()).as("01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08").isEqualTo(7);
		assertThat(NoticeFormat.shipped(2027).isEmpty()).as("not yet published").isTrue();
	}

	@Test
	void writtenJsonReadsBackTheSameNotice() {
		HolidayNotice notice = Fixtures.notice2027();
		assertThat(NoticeFormat.fromJson(NoticeFormat.toJson(notice).getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(notice);
	}

	@Test
	void formLinesWithRangesReadTheSameAsJson() {
		String lines = """
				# 2027 年安排
				2027-01-01 元旦 休
				2027-01-31，春节，班
				2027-02-06~2027-02-12 春节 休
				2027-02-13 春节 班
				""";
		HolidayNotice notice = NoticeFormat.fromLines("2027", "https://www.gov.cn/zhengce/test-2027.htm", lines);
		assertThat(notice).isEqualTo(Fixtures.notice2027());
		assertThat(NoticeFormat.fromLines("2027", "https://www.gov.cn/zhengce/test-2027.htm",
				NoticeFormat.toLines(notice)))
			.isEqualTo(notice);
	}

	@Test
	void aFileThatIsNotJsonIsRejectedByItsContentNotItsName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		assertThatThrownBy(() -> NoticeFormat.fromJson(png)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("UTF-8");
		assertThatThrownBy(() -> NoticeFormat.fromJson("year,days\n2027,".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("不是 JSON 对象");
		assertThatThrownBy(() -> NoticeFormat.fromJson(new byte[0])).hasMessageContaining("空的");
	}

	@Test
	void brokenJsonNamesTheLine() {
		byte[] broken = "{\n  \"year\": 2027,\n  \"days\": [ {\"name\": \"元旦\" \n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> NoticeFormat.fromJson(broken)).hasMessageContaining("JSON 语法错误")
			.hasMessageContaining("第 ");
	}

	@Test
	void everyBrokenRuleIsListed() {
		String json = """
				{"year": 2027, "papers": ["ftp://x"], "days": [
				  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
				  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
				  {"name": "春节", "date": "2027-02-30", "isOffDay": true},
				  {"name": "", "date": "2027-02-08", "isOffDay": true},
				  {"name": "国庆", "date": "2028-10-01", "isOffDay": true},
				  {"name": "国庆", "date": "2027-10-02"}
				]}
				""";
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> NoticeFormat.fromJson(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(invalid.problems()).extracting(FieldProblem::code)
			.containsExactlyInAnyOrder("calendar.invalid.date", "calendar.invalid.day-shape");
		// The shape problems come first; once they are fixed, the remaining rules are
		// checked.
		String shaped = json.replace("2027-02-30", "2027-02-09")
			.replace("\"2027-10-02\"}", "\"2027-10-02\", \"isOffDay\": true}");
		InvalidInput rules = catchThrowableOfType(InvalidInput.class,
				() -> NoticeFormat.fromJson(shaped.getBytes(StandardCharsets.UTF_8)));
		assertThat(rules.problems()).extracting(FieldProblem::code)
			.containsExactlyInAnyOrder("calendar.invalid.paper", "calendar.invalid.duplicate", "calendar.invalid.name",
					"calendar.invalid.out-of-year");
		assertThat(rules.problems()).extracting(FieldProblem::message)
			.contains("2028-10-01 不属于 2027 年的安排（应在 2026-12-01 至 2027-12-31 之间）");
	}

	@Test
	void anEmptyNoticeAndAYearOutOfRangeAreRejected() {
		assertThatThrownBy(() -> NoticeFormat
			.fromJson("{\"year\": 2027, \"papers\": [], \"days\": []}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("尚未发布");
		assertThatThrownBy(() -> NoticeFormat.fromLines("2150", "", "2150-01-01 元旦 休")).hasMessageContaining("超出支持范围");
		assertThatThrownBy(() -> NoticeFormat.fromLines("二〇二七", "", "2027-01-01 元旦 休")).hasMessageContaining("year");
	}

	@Test
	void unreadableFormLinesNameTheirLineNumber() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> NoticeFormat.fromLines("2027", "", "2027-01-01 元旦 休\n2027-01-02 元旦\n2027-01-03 元旦 放风"));
		assertThat(invalid.problems()).extracting(FieldProblem::message)
			.containsExactly("第 2 行无法识别：“2027-01-02 元旦”（格式：日期[~日期] 节日名称 休/班）", "第 3 行末尾应写“休”或“班”，而不是“放风”");
	}

}
