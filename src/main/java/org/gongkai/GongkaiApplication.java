package org.gongkai;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.reports.CheckCommand;
import org.gongkai.shared.CommandLineTask;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gongkai, a platform for an agency's 政府信息公开 work: applications, proactive disclosure and
 * the annual report.
 * <p>
 * {@code java -jar gongkai.jar} serves the application;
 * {@code java -jar gongkai.jar COMMAND ARGS…} runs one of the {@link CommandLineTask}s
 * without the web server and exits with its status.
 */
@SpringBootApplication
@EnableScheduling
public class GongkaiApplication {

	/**
	 * Command words; kept here so that the server does not start for them. Each has a
	 * {@link CommandLineTask} bean.
	 */
	static final Set<String> COMMANDS = Set.of("deadline", "audit-verify", "create-admin", "reindex", CheckCommand.NAME,
			"annual-report-timing");

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(CheckCommand.NAME)) {
			// Spring-free, so that the first finding prints within two seconds of start
			PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
			System.exit(new CheckCommand().run(Arrays.asList(args).subList(1, args.length), out));
		}
		if (args.length > 0 && !args[0].startsWith("-") && !COMMANDS.contains(args[0]) && !args[0].equals("help")) {
			System.exit(unknownCommand(args[0], System.out));
		}
		if (args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("help"))) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(GongkaiApplication.class, args);
	}

	/**
	 * A first argument that is neither an option nor a command: the command list instead
	 * of a server started by a typing error.
	 */
	static int unknownCommand(String word, PrintStream out) {
		out.println("未知命令：" + word);
		out.println("可用命令：" + String.join("、", new TreeSet<>(COMMANDS)) + "、help（列出各命令的用法）");
		out.println("不带命令（或只带 --选项）时启动 Web 服务");
		return 2;
	}

	static int runCommand(String[] args) {
		SpringApplication application = new SpringApplication(GongkaiApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(
				Map.of("gongkai.cli", "true", "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
		try (ConfigurableApplicationContext context = application.run()) {
			List<CommandLineTask> tasks = List.copyOf(context.getBeansOfType(CommandLineTask.class).values());
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			return tasks.stream()
				.filter(task -> task.name().equals(args[0]))
				.findFirst()
				.map(task -> task.run(rest, System.out))
				.orElseGet(() -> {
					tasks.forEach(task -> System.out.println(task.usage()));
					return args[0].equals("help") ? 0 : 2;
				});
		}
	}

}
