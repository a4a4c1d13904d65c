package org.gongkai.agencies;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.CommandLineTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar gongkai.jar create-admin USERNAME [--region=名称]}: creates an
 * administrator over the top region, the first sign-in of a production database, without
 * SQL.
 * <p>
 * The password is read from standard input (a terminal asks twice without echo; a pipe
 * gives the first line), never from the command line, where {@code ps} and the shell
 * history would show it. It must pass {@link #weakness(String, String)}. On an empty
 * database {@code --region} names the top region to create. A taken name, a weak password
 * or a missing region exits 2 and creates nothing.
 */
@Component
class CreateAdminCommand implements CommandLineTask {

	/** The shortest password accepted. */
	static final int MIN_LENGTH = 12;

	/** How many of the four character classes a password must contain. */
	static final int MIN_CLASSES = 3;

	private static final String REGION_OPTION = "--region=";

	private final Agencies agencies;

	private final StaffMembers staff;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	/** Where the password comes from; standard input unless a test replaces it. */
	InputStream input = System.in;

	/** The terminal, if any; {@code null} when input is piped or in tests. */
	Console console = System.console();

	CreateAdminCommand(Agencies agencies, StaffMembers staff, PasswordEncoder passwords,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.staff = staff;
		this.passwords = passwords;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	public String name() {
		return "create-admin";
	}

	@Override
	public String usage() {
		return "create-admin USERNAME [--region=名称]    创建顶级区域的管理员（密码从标准输入读取；用户名已存在或密码过弱退出码 2）";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		String username = null;
		String regionName = null;
		for (String arg : args) {
			if (arg.startsWith(REGION_OPTION)) {
				regionName = arg.substring(REGION_OPTION.length()).strip();
			}
			else if (username == null && !arg.startsWith("-")) {
				username = arg.strip();
			}
			else {
				out.println("ERROR 参数无法识别：" + arg + "（密码不得写在命令行上，请从标准输入提供）");
				return 2;
			}
		}
		if (username == null || !username.matches(NewStaff.USERNAME)) {
			out.println("ERROR 用法：create-admin USERNAME [--region=名称]；用户名为 3–64 个小写字母、数字或 . _ -");
			return 2;
		}
		if (staff.findByUsername(username).isPresent()) {
			out.println("ERROR 用户名已存在：" + username + "；未创建任何账户");
			return 2;
		}
		String password;
		try {
			password = readPassword(out);
		}
		catch (IOException | IllegalArgumentException ex) {
			out.println("ERROR " + ex.getMessage() + "；未创建任何账户");
			return 2;
		}
		Optional<String> weakness = weakness(username, password);
		if (weakness.isPresent()) {
			out.println("ERROR 密码过弱：" + weakness.get() + "；未创建任何账户");
			return 2;
		}
		String name = username;
		String region = regionName;
		String hash = passwords.encode(password);
		Result result = transactions.execute(status -> create(name, region, hash));
		out.println(result.message());
		return result.status();
	}

	private record Result(int status, String message) {
	}

	private Result create(String username, String regionName, String hash) {
		List<Agency> tops = agencies.findAll().stream().filter(agency -> agency.getParentId() == null).toList();
		Agency region;
		boolean created = false;
		if (tops.isEmpty()) {
			if (regionName == null || regionName.isEmpty()) {
				return new Result(2, "ERROR 数据库中还没有区域，请用 --region=名称 指定要创建的顶级区域；未创建任何账户");
			}
			region = agencies.save(new Agency(null, AgencyKind.REGION, regionName, null));
			created = true;
		}
		else if (tops.size() > 1) {
			return new Result(2, "ERROR 数据库中有多个顶级区域，无法确定授权范围；未创建任何账户");
		}
		else {
			region = tops.get(0);
			if (regionName != null && !regionName.equals(region.getName())) {
				return new Result(2, "ERROR 顶级区域已存在且名称为 " + region.getName() + "，与 --region 不符；未创建任何账户");
			}
		}
		if (staff.findByUsername(username).isPresent()) {
			return new Result(2, "ERROR 用户名已存在：" + username + "；未创建任何账户");
		}
		Staff admin = new Staff(username, username, null, hash);
		admin.grant(Role.ADMINISTRATOR, region.getId());
		Staff saved = staff.save(admin);
		if (created) {
			events.publishEvent(AgencyCreated.regionByCommand(name(), region.getId(), region.getName()));
		}
		events.publishEvent(StaffCreated.administratorByCommand(name(), region.getId(), saved.getId(), username));
		return new Result(0, "OK 已创建管理员 " + username + "（" + region.getName() + "）");
	}

	/**
	 * The password from the terminal (asked twice, without echo) or, when input is piped,
	 * the first line of standard input.
	 */
	String readPassword(PrintStream out) throws IOException {
		if (console != null) {
			char[] first = console.readPassword("密码：");
			char[] second = console.readPassword("再次输入密码：");
			if (first == null || second == null) {
				throw new IllegalArgumentException("未读到密码");
			}
			if (!String.valueOf(first).equals(String.valueOf(second))) {
				throw new IllegalArgumentException("两次输入的密码不一致");
			}
			return String.valueOf(first);
		}
		return firstLine(input);
	}

	/** The first line of {@code input} without its line end; refuses empty input. */
	static String firstLine(InputStream input) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String line = reader.readLine();
		if (line == null || line.isEmpty()) {
			throw new IllegalArgumentException("标准输入中没有密码");
		}
		return line;
	}

	/**
	 * Why a password is too weak for an administrator, or empty if it is acceptable: at
	 * least {@link #MIN_LENGTH} characters, at least {@link #MIN_CLASSES} of lower-case
	 * letters, upper-case letters, digits and other characters, and not containing the
	 * user name.
	 */
	static Optional<String> weakness(String username, String password) {
		List<String> reasons = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			reasons.add("至少 " + MIN_LENGTH + " 个字符");
		}
		int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
				+ (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
				+ (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
				+ (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
		if (classes < MIN_CLASSES) {
			reasons.add("至少包含小写字母、大写字母、数字、其他字符中的 " + MIN_CLASSES + " 类");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			reasons.add("不得包含用户名");
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("，", reasons));
	}

}
