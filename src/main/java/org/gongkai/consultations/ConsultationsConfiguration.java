package org.gongkai.consultations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsultationsProperties.class)
class ConsultationsConfiguration {

}
