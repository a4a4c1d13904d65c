package org.gongkai.audit;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Binds {@code gongkai.audit.*}, loads the key ring (generating a key in the data
 * directory on first start when none is configured) and sets up the checkpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	@Bean
	AuditKeys auditKeys(AuditProperties properties, @Value("${gongkai.data-dir}") Path dataDir) {
		return AuditKeys.load(properties, dataDir);
	}

	@Bean
	AuditCheckpoints auditCheckpoints(JdbcClient jdbc, AuditKeys keys, AuditProperties properties,
			@Value("${gongkai.data-dir}") Path dataDir, Clock clock, PlatformTransactionManager transactions) {
		Path file = properties.checkpointFile() == null || properties.checkpointFile().toString().isBlank()
				? dataDir.resolve("audit-checkpoints.jsonl") : properties.checkpointFile();
		return new AuditCheckpoints(jdbc, keys, file, clock, transactions);
	}

}
