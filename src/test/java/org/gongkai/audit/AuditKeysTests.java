package org.gongkai.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the audit key comes from: configuration, a key ring file, or a file generated in
 * the data directory on first start.
 */
class AuditKeysTests {

	@TempDir
	Path dataDir;

	static AuditProperties settings(String key, List<String> previous, Path keyFile) {
		return new AuditProperties(key, previous, keyFile, null, Duration.ofMinutes(10));
	}

	@Test
	void withoutSettingsAKeyIsGeneratedOnFirstStartAndKeptAfterwards() throws IOException {
		AuditKeys first = AuditKeys.load(settings(null, null, null), dataDir);
		Path file = dataDir.resolve(AuditKeys.GENERATED_FILE);
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		AuditKeys second = AuditKeys.load(settings("", null, null), dataDir);
		assertThat(second.signing().id()).isEqualTo(first.signing().id()).hasSize(16);
	}

	@Test
	void aConfiguredKeySignsAndTheRetiredKeysVerify() {
		String retired = AuditKeys.newKey();
		String current = AuditKeys.newKey();
		AuditKeys ring = AuditKeys.load(settings(current, List.of(retired), null), dataDir);
		String retiredId = AuditKeys.of(List.of(retired), "x").signing().id();
		assertThat(ring.signing().id()).isEqualTo(AuditKeys.of(List.of(current), "x").signing().id());
		assertThat(ring.find(retiredId)).isPresent();
		assertThat(dataDir.resolve(AuditKeys.GENERATED_FILE)).doesNotExist();
	}

	@Test
	void theLastKeyOfAKeyFileSigns() throws IOException {
		String retired = AuditKeys.newKey();
		String current = AuditKeys.newKey();
		Path file = dataDir.resolve("ring");
		Files.writeString(file, "# ring\n" + retired + "\n\n" + current + "\n");
		AuditKeys ring = AuditKeys.load(settings(null, null, file), dataDir);
		assertThat(ring.signing().id()).isEqualTo(AuditKeys.of(List.of(current), "x").signing().id());
		assertThat(ring.find(AuditKeys.of(List.of(retired), "x").signing().id())).isPresent();
	}

	@Test
	void aMissingKeyFileIsRefusedRatherThanReplaced() {
		assertThatIllegalStateException()
			.isThrownBy(() -> AuditKeys.load(settings(null, null, dataDir.resolve("absent")), dataDir))
			.withMessageContaining("does not exist");
		assertThat(dataDir.resolve("absent")).doesNotExist();
	}

	@Test
	void aShortOrMalformedKeyIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> AuditKeys.load(settings("c2hvcnQ=", null, null), dataDir))
			.withMessageContaining("at least 32");
		assertThatIllegalStateException().isThrownBy(() -> AuditKeys.load(settings("not base64!", null, null), dataDir))
			.withMessageContaining("not Base64");
	}

	@Test
	void fieldsAreLengthPrefixedSoTheirBoundariesCount() {
		AuditKeys.Key key = AuditKeys.of(List.of(AuditKeys.newKey()), "x").signing();
		assertThat(key.mac("a", "b")).isNotEqualTo(key.mac("ab")).hasSize(64);
	}

}
