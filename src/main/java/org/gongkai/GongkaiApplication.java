package org.gongkai;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	static final Set<String> COMMANDS = Set.of("deadline", "audit-verify", "create-admin");

	public static void main(String[] args) {
		if (args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("help"))) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(GongkaiApplication.class, args);
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
