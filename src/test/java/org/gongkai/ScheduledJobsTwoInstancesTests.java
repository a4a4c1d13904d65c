package org.gongkai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job runs once per period across instances: two instances of the
 * application (two Spring contexts with the postgres profile and their schedulers
 * running) on one embedded PostgreSQL database. Each instance's ShedLock provider is
 * wrapped to count the locks it asked for and got.
 */
class ScheduledJobsTwoInstancesTests {

	/**
	 * Scheduled tasks that must run on every instance, with the reason: none of them
	 * changes the database.
	 */
	static final Map<String, String> PER_INSTANCE = Map.of("org.gongkai.calendar.CalendarRefresh",
			"reads the calendar revision into this instance's memory");

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	/**
	 * One instance's lock provider, counted per lock name; also remembers which locks
	 * each thread asked for, to tell which job asked.
	 */
	static final class CountedLocks implements BeanPostProcessor {

		final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> granted = new ConcurrentHashMap<>();

		private final ThreadLocal<List<String>> askedOnThisThread = ThreadLocal.withInitial(ArrayList::new);

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof LockProvider locks)) {
				return bean;
			}
			return (LockProvider) (LockConfiguration configuration) -> {
				count(this.asked, configuration.getName());
				this.askedOnThisThread.get().add(configuration.getName());
				Optional<SimpleLock> lock = locks.lock(configuration);
				lock.ifPresent(held -> count(this.granted, configuration.getName()));
				return lock;
			};
		}

		private static void count(Map<String, AtomicInteger> counts, String name) {
			counts.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
		}

		/** Runs {@code task} on this thread; returns the locks it asked for. */
		List<String> fire(Task task) {
			this.askedOnThisThread.get().clear();
			task.getRunnable().run();
			return List.copyOf(this.askedOnThisThread.get());
		}

		int asked(String name) {
			return this.asked.getOrDefault(name, new AtomicInteger()).get();
		}

		int granted(String name) {
			return this.granted.getOrDefault(name, new AtomicInteger()).get();
		}

	}

	ConfigurableApplicationContext start(EmbeddedPostgres.Database db, CountedLocks locks) {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(GongkaiApplication.class)
			.profiles("postgres")
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(locks))
			.properties("GONGKAI_DB_URL=" + db.url(), "GONGKAI_DB_USER=" + db.user(),
					"GONGKAI_DB_PASSWORD=" + db.password(), "GONGKAI_DEMO=true", "GONGKAI_SECURE_COOKIES=false",
					"GONGKAI_PORT=0", "spring.main.banner-mode=off")
			// Command-line arguments outrank the tests' config/application.properties,
			// which switches the sweep off: here it fires every second on both; the
			// session purge only when the test fires it.
			.run("--gongkai.requests.sweep.enabled=true", "--gongkai.requests.sweep.cron=* * * * * *",
					"--gongkai.requests.reminders.enabled=false", "--gongkai.sessions.cleanup-cron=0 0 3 * * *");
		instances.add(instance);
		return instance;
	}

	static List<Task> scheduledTasks(ConfigurableApplicationContext instance) {
		return instance.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.distinct()
			.toList();
	}

	/** The class that scheduled {@code task} (its lambda's or method's owner). */
	static String owner(Task task) {
		String described = task.toString();
		int lambda = described.indexOf("$$");
		return lambda < 0 ? described.substring(0, described.lastIndexOf('.')) : described.substring(0, lambda);
	}

	@Test
	void eachJobRunsOncePerPeriodOnOneOfTwoInstances() throws Exception {
		EmbeddedPostgres.Database db = EmbeddedPostgres.newDatabase("jobs_once");
		CountedLocks locksA = new CountedLocks();
		CountedLocks locksB = new CountedLocks();
		ConfigurableApplicationContext a = start(db, locksA);
		ConfigurableApplicationContext b = start(db, locksB);

		List<Task> tasksA = scheduledTasks(a);
		List<Task> tasksB = scheduledTasks(b);
		assertThat(tasksA.stream().map(ScheduledJobsTwoInstancesTests::owner))
			.as("both instances schedule the same jobs")
			.containsExactlyInAnyOrderElementsOf(tasksB.stream().map(ScheduledJobsTwoInstancesTests::owner).toList())
			.containsAll(PER_INSTANCE.keySet());
		List<Task> jobs = tasksA.stream().filter(task -> !PER_INSTANCE.containsKey(owner(task))).toList();
		assertThat(jobs).as("jobs that must run once per period").isNotEmpty();

		// Each job, fired by hand on both instances at once three times over (while the
		// schedulers fire it too), asks for its lock on both and runs on one of them.
		Set<String> lockNames = new TreeSet<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Task onA : jobs) {
				Task onB = tasksB.stream().filter(task -> owner(task).equals(owner(onA))).findFirst().orElseThrow();
				for (int round = 0; round < 3; round++) {
					CyclicBarrier together = new CyclicBarrier(2);
					Future<List<String>> firedOnA = pool.submit(() -> {
						together.await();
						return locksA.fire(onA);
					});
					Future<List<String>> firedOnB = pool.submit(() -> {
						together.await();
						return locksB.fire(onB);
					});
					assertThat(firedOnA.get()).as("locks %s asked for on A", owner(onA)).isNotEmpty();
					assertThat(firedOnB.get()).as("locks %s asked for on B", owner(onB)).isEqualTo(firedOnA.get());
					lockNames.addAll(firedOnA.get());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		// And as scheduled: both instances' timers fire the sweep every second, and still
		// it ran once.
		String sweep = "requests.sweep";
		assertThat(lockNames).contains(sweep);
		int askedA = locksA.asked(sweep);
		int askedB = locksB.asked(sweep);
		Thread.sleep(2500);
		assertThat(locksA.asked(sweep)).as("sweeps fired by A's scheduler").isGreaterThan(askedA);
		assertThat(locksB.asked(sweep)).as("sweeps fired by B's scheduler").isGreaterThan(askedB);
		for (String job : lockNames) {
			assertThat(locksA.granted(job) + locksB.granted(job)).as("runs of %s in its period on A and B", job)
				.isEqualTo(1);
		}
	}

}
