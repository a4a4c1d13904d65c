package org.gongkai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** A day a test sets on the shared context's clock does not outlive that test. */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(OrderAnnotation.class)
class MutableClockResetIntegrationTests {

	@Autowired
	Clock clock;

	@Test
	@Order(1)
	void aTestMovesTheClockOfTheSharedContext() {
		((MutableClock) clock).setDay(LocalDate.of(2000, 1, 3));
		assertThat(((MutableClock) clock).today()).isEqualTo(LocalDate.of(2000, 1, 3));
	}

	@Test
	@Order(2)
	void theNextTestFindsItOnTheSystemClockAgain() {
		assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

}
