package org.gongkai.letters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings and builds the renderer with the configured font. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LettersProperties.class)
class LettersConfiguration {

	@Bean
	LetterRenderer letterRenderer(LettersProperties properties) {
		return new LetterRenderer(new LetterFonts(properties.font()));
	}

}
