package org.gongkai.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Web plumbing every module shares: pages speak Chinese unless the visitor chooses
 * English ({@code ?lang=en}), kept in a cookie rather than in server memory so any
 * instance honours it; API handlers read {@code If-Match} through {@link IfMatch}. A
 * language that does not parse (a quote, a malformed cookie) is ignored rather than
 * failing every page. Text from outside passes {@link TextInput}'s character rule before
 * any handler sees it: parameters by {@link InputCharacterCheck}, JSON bodies by
 * {@link JsonTextCheck}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("gongkai-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	/**
	 * Turns off the rewriting of every link of every page through the resource chain. It
	 * looked each link ({@code /agencies/5/guide}…) up as a static file in the jar,
	 * uncached when not found, and so cost the portal home page nine tenths of its
	 * throughput. Static files are served as before, the webjar also without its version
	 * ({@code /webjars/htmx.org/dist/htmx.min.js}).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new InputCharacterCheck()).excludePathPatterns("/error");
		registry.addInterceptor(interceptor);
	}

	@Bean
	JsonMapperBuilderCustomizer jsonTextCheck() {
		return builder -> builder.addModule(JsonTextCheck.module());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new IfMatchResolver());
	}

}
