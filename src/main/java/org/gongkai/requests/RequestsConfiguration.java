package org.gongkai.requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestsProperties.class)
class RequestsConfiguration {

}
