package org.gongkai.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code gongkai.audit.*}); the README's section on the
 * audit trail and docs/deployment.md describe them.
 *
 * @param key the HMAC key that signs new entries, Base64 of at least 32 random bytes;
 * takes precedence over {@code keyFile}
 * @param previousKeys retired keys (Base64), kept so that the entries they signed still
 * verify
 * @param keyFile a key ring: one Base64 key a line, the last one signing, the ones above
 * it retired; with neither {@code key} nor {@code keyFile} the application generates
 * {@code audit.key} in the data directory on first start
 * @param checkpointFile where checkpoints are appended, one JSON line each
 * @param checkpointInterval how often a checkpoint is published; zero turns the schedule
 * off (checkpoints are still published at shutdown and after a verification)
 */
@ConfigurationProperties("gongkai.audit")
record AuditProperties(String key, List<String> previousKeys, Path keyFile, Path checkpointFile,
		@DefaultValue("PT10M") Duration checkpointInterval) {

	AuditProperties {
		previousKeys = previousKeys == null ? List.of() : List.copyOf(previousKeys);
	}

}
