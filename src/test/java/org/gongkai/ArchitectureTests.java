package org.gongkai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.shared.AuditableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules that fail the build: time only through the injected clock,
 * controllers at the edges, events as records, scheduled jobs locked.
 */
class ArchitectureTests {

	static final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gongkai");

	@Test
	void timeIsReadOnlyThroughTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("deadlines must be testable with a fixed clock: inject java.time.Clock");
		rule.check(production);
	}

	/**
	 * springdoc names a schema after the type's simple name, so two modules'
	 * {@code RowJson} would silently share one schema in the OpenAPI document, and one of
	 * them be described wrongly.
	 */
	@Test
	void typesOfTheJsonApiHaveNamesOfTheirOwn() {
		Map<String, List<String>> byName = production.stream()
			.filter(type -> type.getPackageName().contains(".web"))
			.filter(type -> type.getSimpleName().endsWith("Json") || type.getSimpleName().endsWith("Body"))
			.collect(Collectors.groupingBy(JavaClass::getSimpleName,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));
		assertThat(byName).allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
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
	void everyAuditableEventIsARecord() {
		// Not allowed to be empty: a rule that matches nothing would pass whatever the
		// events became.
		classes().that()
			.implement(AuditableEvent.class)
			.and()
			.areNotInterfaces()
			.should()
			.beRecords()
			.because("an event is an immutable fact: a record of what happened")
			.check(production);
	}

	@Test
	void everyScheduledJobIsLockedAcrossInstances() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("every instance schedules the job; ShedLock lets one of them run it")
			.allowEmptyShould(true)
			.check(production);
	}

}
