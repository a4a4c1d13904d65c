package org.gongkai;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every full-boot test context ({@code @SpringBootTest}, including module tests)
 * the same test fixtures: a {@link MutableClock} as the primary {@code Clock}, the JVM's
 * one {@link TestMail} server as the SMTP host, and {@link DemoStaff} to sign in with.
 * Before, the applications' tests declared both themselves and so booted a context of
 * their own; now the fixtures are part of every context's key alike, and Spring's context
 * cache serves those tests from the shared context. Registered in
 * {@code META-INF/spring.factories}.
 */
class FullBootContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean fullBoot = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class);
		return fullBoot ? new Fixtures() : null;
	}

	/** Equal to every other instance, so that it never splits the context cache. */
	private static final class Fixtures implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testMail",
						Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", TestMail.port())));
			RootBeanDefinition clock = new RootBeanDefinition(MutableClock.class, MutableClock::new);
			clock.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("demoStaff",
					new RootBeanDefinition(DemoStaff.class));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Fixtures;
		}

		@Override
		public int hashCode() {
			return Fixtures.class.hashCode();
		}

	}

}
