package org.gongkai.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Turns off Spring Data JDBC's identifier quoting. The migrations use unquoted lower-case
 * names, which H2 folds to upper case and PostgreSQL to lower case; quoted names would
 * match only one of the two databases.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNaming {

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
