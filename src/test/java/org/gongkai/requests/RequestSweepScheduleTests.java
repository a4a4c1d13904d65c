package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The sweep's schedule comes from {@code gongkai.requests.sweep} and nowhere else. */
class RequestSweepScheduleTests {

	static List<CronTask> scheduled(RequestSweep sweep, RequestsProperties.Sweep settings) {
		RequestsProperties properties = new RequestsProperties(List.of(), 15, 5, null, null, null, settings, "", "");
		ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
		new RequestSweepSchedule(sweep, properties).configureTasks(tasks);
		return tasks.getCronTaskList();
	}

	@Test
	void schedulesTheLockedSweepAtTheConfiguredTimeInBeijing() {
		RequestSweep sweep = mock(RequestSweep.class);
		List<CronTask> tasks = scheduled(sweep, new RequestsProperties.Sweep(true, "0 30 7 * * MON-FRI"));

		assertThat(tasks).singleElement().extracting(CronTask::getExpression).isEqualTo("0 30 7 * * MON-FRI");
		// Monday 08:00 in Beijing: the next run is Tuesday 07:30 Beijing time, not 07:30
		// UTC on Monday.
		Clock mondayMorning = Clock.fixed(Instant.parse("2025-03-03T00:00:00Z"), ZoneOffset.UTC);
		assertThat(tasks.get(0).getTrigger().nextExecution(new SimpleTriggerContext(mondayMorning)))
			.isEqualTo(Instant.parse("2025-03-03T23:30:00Z"));
		tasks.get(0).getRunnable().run();
		verify(sweep).runScheduled();
	}

	@Test
	void schedulesNothingWhenTheSweepIsOff() {
		assertThat(scheduled(mock(RequestSweep.class), new RequestsProperties.Sweep(false, "0 0 8 * * MON-SAT")))
			.isEmpty();
	}

}
