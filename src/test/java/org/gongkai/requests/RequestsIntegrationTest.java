package org.gongkai.requests;

import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import org.gongkai.MutableClock;
import org.gongkai.TestMail;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.calendar.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The base of the module's integration tests: the suite's shared full-boot context (the
 * whole application on its private H2 with demo data, a {@link MutableClock} the tests
 * move, the {@link TestMail} server that receives every email), with the clock on
 * {@link #TODAY} during each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class RequestsIntegrationTest {

	/** The day every test starts on unless it moves the clock: Monday 3 March 2025. */
	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	static final GreenMail MAIL = TestMail.server();

	@Autowired
	MutableClock clock;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Agencies agencyDirectory;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	/**
	 * The demo agency 卧龙区商务局, where the demo registrar, handler, reviewer and head work.
	 */
	long commerce() {
		return agencyDirectory.findAll()
			.stream()
			.filter(agency -> agency.getName().equals("卧龙区商务局"))
			.map(Agency::getId)
			.findFirst()
			.orElseThrow();
	}

	@BeforeEach
	void startToday() {
		clock.setDay(TODAY);
	}

	/**
	 * An application received in person at 卧龙区商务局 on {@code day}, with the clock moved to
	 * that day.
	 */
	long receivedInPersonOn(LocalDate day) {
		clock.setDay(day);
		return intake
			.submit(new RequestIntake.NewApplication(commerce(),
					new InformationRequest.Intake(Channel.IN_PERSON, day, null, null, null), Fixtures.person(),
					Fixtures.sought(), null, null), Actor.PUBLIC)
			.reference()
			.id();
	}

	/** The same, accepted by the demo registrar and assigned to the demo handler. */
	long assignedCase(LocalDate day) {
		long id = receivedInPersonOn(day);
		handling.accept(staff("registrar"), id, null, staff("handler").id());
		return id;
	}

	/** The demo staff member {@code username}, signed in. */
	StaffPrincipal staff(String username) {
		return staffMembers.findByUsername(username).orElseThrow().toPrincipal(clock.instant());
	}

}
