package org.gongkai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.gongkai.shared.AuditableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Architecture rules that fail the build: time only through the injected clock, controllers at the edges, events as records. */
class ArchitectureTests {

	static final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gongkai");

	@Test
	void timeIsReadOnlyThroughTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now")
			.orShould().callMethod(LocalTime.class, "now")
			.orShould().callMethod(Instant.class, "now")
			.orShould().callMethod(ZonedDateTime.class, "now")
			.orShould().callMethod(OffsetDateTime.class, "now")
			.orShould().callMethod(System.class, "currentTimeMillis")
			.because("deadlines must be testable with a fixed clock: inject java.time.Clock");
		rule.check(production);
	}

	@Test
	void controllersLiveInWebPackagesOrThePortal() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("..web..", "org.gongkai.portal..")
			.check(production);
	}

	@Test
	void auditableEventsAreRecords() {
		classes().that().implement(AuditableEvent.class).should().beRecords().allowEmptyShould(true).check(production);
	}

	@Test
	void pastTenseEventsAreRecords() {
		classes().that()
			.haveSimpleNameEndingWith("ed")
			.and()
			.areNotEnums()
			.and()
			.areNotInterfaces()
			.and()
			.areTopLevelClasses()
			.should()
			.beRecords()
			.check(production);
	}

}
