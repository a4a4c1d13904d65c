package org.gongkai.appeals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppealsProperties.class)
class AppealsConfiguration {

}
