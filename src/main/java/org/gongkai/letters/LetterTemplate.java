package org.gongkai.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one kind of letter in the module's line markup, parsed and checked. Each
 * line is a paragraph; a marker and a space at its start set its layout:
 *
 * <pre>
 * # 标题                 the title, centred
 * ^ {{文号}}             centred
 * - {{收件人}}：          flush left (the salutation)
 * > {{机关名称}}          right-aligned (signature and date)
 * 正文……                 a body paragraph, first line indented by two characters
 * ?负责机关 正文……        printed only when the placeholder has a value
 * !负责机关 正文……        printed only when it has none
 * </pre>
 *
 * <p>
 * Placeholders are {@code {{名称}}} from {@link Placeholders}. An empty line is an empty
 * paragraph. A template with an unknown placeholder, an unclosed or empty placeholder or
 * an unknown marker is refused with the line of each problem; so is a reply whose wording
 * lost its legal basis or remedies, an adverse reply without its reasons, or the reply
 * 不属于本机关公开 without the responsible agency and its contact details.
 */
public final class LetterTemplate {

	/** The longest template the editor accepts, in characters. */
	public static final int MAX_LENGTH = 20_000;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

	private static final Pattern CONDITION = Pattern.compile("([?!])(\\S+) (.*)");

	private final String source;

	private final List<Line> lines;

	private LetterTemplate(String source, List<Line> lines) {
		this.source = source;
		this.lines = lines;
	}

	/** A paragraph's layout. */
	public enum Style {

		TITLE, CENTER, LEFT, RIGHT, BODY

	}

	/**
	 * A problem found in a template.
	 *
	 * @param line the line it is on, from 1; 0 for the template as a whole
	 * @param message what is wrong, in Chinese
	 */
	public record Problem(int line, String message) {

		/** The message with its line, as the editor shows it. */
		public String describe() {
			return line > 0 ? "第" + line + "行：" + message : message;
		}

	}

	/** A paragraph of a filled letter. */
	record Paragraph(Style style, String text) {
	}

	private record Line(Style style, String condition, String text) {
	}

	/**
	 * Parses and checks {@code source} as the wording of {@code kind}.
	 * @throws TemplateRejected with every problem found
	 */
	public static LetterTemplate parse(LetterKind kind, String source) {
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Set<String> used = new TreeSet<>();
		String text = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n');
		if (text.length() > MAX_LENGTH) {
			problems.add(new Problem(0, "模板超过" + MAX_LENGTH + "个字符"));
		}
		String[] raw = text.split("\n", -1);
		boolean titled = false;
		for (int i = 0; i < raw.length; i++) {
			int number = i + 1;
			Line line = parseLine(raw[i], number, problems);
			if (line == null) {
				continue;
			}
			titled |= line.style() == Style.TITLE;
			if (line.condition() != null) {
				used.add(line.condition().substring(1));
			}
			checkPlaceholders(line.text(), number, problems, used);
			lines.add(line);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		if (!titled) {
			problems.add(new Problem(0, "模板缺少标题行（以“# ”开头的一行）"));
		}
		checkRequired(kind, used, problems);
		if (!problems.isEmpty()) {
			throw new TemplateRejected(kind, problems);
		}
		return new LetterTemplate(text, List.copyOf(lines));
	}

	private static Line parseLine(String raw, int number, List<Problem> problems) {
		String line = stripEnd(raw);
		String condition = null;
		if (line.startsWith("?") || line.startsWith("!")) {
			Matcher matcher = CONDITION.matcher(line);
			if (!matcher.matches()) {
				problems.add(new Problem(number, "条件行应为“?占位符名称 内容”或“!占位符名称 内容”"));
				return null;
			}
			condition = matcher.group(1) + matcher.group(2);
			if (!Placeholders.isKnown(matcher.group(2))) {
				problems.add(new Problem(number, "未知的占位符“" + matcher.group(2) + "”"));
				return null;
			}
			line = matcher.group(3);
		}
		if (line.isEmpty()) {
			return new Line(Style.BODY, condition, "");
		}
		char first = line.charAt(0);
		if ("#^->".indexOf(first) < 0) {
			return new Line(Style.BODY, condition, line.strip());
		}
		if (line.length() < 2 || line.charAt(1) != ' ') {
			String marker = line.length() > 1 && "#^->".indexOf(line.charAt(1)) >= 0 ? line.substring(0, 2)
					: String.valueOf(first);
			problems.add(new Problem(number, "未知的标记“" + marker + "”：标记后应有一个空格，可用的标记为 # ^ - >"));
			return null;
		}
		Style style = switch (first) {
			case '#' -> Style.TITLE;
			case '^' -> Style.CENTER;
			case '-' -> Style.LEFT;
			default -> Style.RIGHT;
		};
		return new Line(style, condition, line.substring(2).strip());
	}

	private static void checkPlaceholders(String text, int number, List<Problem> problems, Set<String> used) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder rest = new StringBuilder();
		int end = 0;
		while (matcher.find()) {
			rest.append(text, end, matcher.start()).append('\u0000');
			end = matcher.end();
			String name = matcher.group(1).strip();
			if (name.isEmpty()) {
				problems.add(new Problem(number, "占位符“{{}}”没有名称"));
			}
			else if (!Placeholders.isKnown(name)) {
				problems.add(new Problem(number, "未知的占位符“{{" + name + "}}”"));
			}
			else {
				used.add(name);
			}
		}
		rest.append(text.substring(end));
		if (rest.indexOf("{{") >= 0) {
			problems.add(new Problem(number, "占位符未闭合：“{{”后缺少“}}”"));
		}
		else if (rest.indexOf("}}") >= 0) {
			problems.add(new Problem(number, "多余的“}}”：前面缺少“{{”"));
		}
	}

	private static void checkRequired(LetterKind kind, Set<String> used, List<Problem> problems) {
		if (!kind.isReply()) {
			return;
		}
		if (!used.contains(Placeholders.LEGAL_BASIS)) {
			problems.add(new Problem(0, "答复书须引用法律依据：模板缺少“{{" + Placeholders.LEGAL_BASIS + "}}”"));
		}
		for (String remedy : new TreeSet<>(Placeholders.REMEDIES)) {
			if (!used.contains(remedy)) {
				problems.add(new Problem(0, "答复书须告知救济途径（行政复议、行政诉讼）：模板缺少“{{" + remedy + "}}”"));
			}
		}
		if (kind.isAdverse() && !used.contains(Placeholders.REASONS)) {
			problems.add(new Problem(0, "不利答复须说明理由：模板缺少“{{" + Placeholders.REASONS + "}}”"));
		}
		if (kind == LetterKind.REPLY_UNAVAILABLE_NOT_RESPONSIBLE) {
			for (String name : List.of(Placeholders.RESPONSIBLE_AGENCY, Placeholders.RESPONSIBLE_AGENCY_CONTACT)) {
				if (!used.contains(name)) {
					problems.add(new Problem(0, "不属于本机关公开的答复须告知负责机关及其联系方式：模板缺少“{{" + name + "}}”"));
				}
			}
		}
	}

	private static String stripEnd(String line) {
		int end = line.length();
		while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end);
	}

	/** The source as saved. */
	public String source() {
		return source;
	}

	/**
	 * The letter's paragraphs with every placeholder replaced by its value; conditional
	 * lines whose placeholder is empty are left out, and a value of several lines becomes
	 * several paragraphs of the same layout.
	 */
	List<Paragraph> fill(Map<String, String> values) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (Line line : lines) {
			if (line.condition() != null) {
				boolean present = !values.getOrDefault(line.condition().substring(1), "").isBlank();
				if (present != (line.condition().charAt(0) == '?')) {
					continue;
				}
			}
			Matcher matcher = PLACEHOLDER.matcher(line.text());
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(filled,
						Matcher.quoteReplacement(values.getOrDefault(matcher.group(1).strip(), "")));
			}
			matcher.appendTail(filled);
			for (String part : filled.toString().split("\n", -1)) {
				paragraphs.add(new Paragraph(line.style(), part.strip()));
			}
		}
		return paragraphs;
	}

}
