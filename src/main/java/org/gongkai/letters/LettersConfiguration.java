package org.gongkai.letters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.gongkai.shared.ChineseFonts;

/** Binds the module's settings and builds the renderer with the configured font. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LettersProperties.class)
class LettersConfiguration {

	@Bean
	LetterRenderer letterRenderer(ChineseFonts fonts) {
		return new LetterRenderer(new LetterFonts(fonts));
	}

}
