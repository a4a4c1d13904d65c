package org.gongkai;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.InformationRequest;
import org.gongkai.requests.RequestDirectory;
import org.gongkai.requests.RequestDocuments;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestReference;
import org.gongkai.requests.RequestSearch;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModule.AllowedDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure the build enforces: each module reaches another only through the
 * named interfaces it declares in its {@code package-info.java} (see
 * docs/architecture.md, "Module APIs (named interfaces)").
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleDeclaresItsDependenciesByNamedInterface() {
		modules.forEach(module -> module.getAllowedDependencies(modules).stream().forEach(allowed -> {
			NamedInterface target = allowed.getTargetNamedInterface();
			boolean shared = allowed.getTargetModule().getIdentifier().toString().equals("shared");
			assertThat(shared || target != null && target.isNamed())
				.as("%s may depend on %s: name a named interface, not the whole module", module.getIdentifier(),
						allowed)
				.isTrue();
		}));
	}

	@Test
	void appealsReachTheApplicationsOnlyThroughTheirApi() {
		Predicate<Class<?>> reachable = type -> allowedTargets("appeals").anyMatch(target -> target.contains(type));

		assertThat(List.of(RequestDirectory.class, RequestReference.class, RequestStatus.class, ApplicantType.class,
				RequestStatistics.class))
			.allMatch(reachable);
		assertThat(
				List.of(RequestSearch.class, RequestDocuments.class, RequestHandling.class, InformationRequest.class))
			.noneMatch(reachable);
	}

	@Test
	void verificationRefusesAppealsCodeThatReachesARequestsInternal() {
		// The main classes plus one deliberate breach from the test classes: appeals code
		// holding a RequestSearch.
		ImportOption withBreach = location -> !location.contains("/test-classes/")
				|| location.contains("ModuleBoundaryBreach");

		List<String> violations = ApplicationModules.of(GongkaiApplication.class, withBreach)
			.detectViolations()
			.getMessages();

		assertThat(violations).hasSize(1);
		assertThat(violations.get(0)).contains("Module 'appeals' depends on module 'requests'",
				"org.gongkai.appeals.ModuleBoundaryBreach", "org.gongkai.requests.RequestSearch", "requests :: api");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	private static Stream<NamedInterface> allowedTargets(String moduleName) {
		ApplicationModule module = modules.getModuleByName(moduleName).orElseThrow();
		return module.getAllowedDependencies(modules)
			.stream()
			.map(AllowedDependency::getTargetNamedInterface)
			.filter(Objects::nonNull);
	}

}
