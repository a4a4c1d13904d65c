package org.gongkai.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
class DisclosureConfiguration {

}
