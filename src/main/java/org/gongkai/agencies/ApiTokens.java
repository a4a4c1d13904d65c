package org.gongkai.agencies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for the JSON API. A token is shown once when created; only its
 * SHA-256 hash is stored, so a leaked database does not leak usable tokens. (A fast hash
 * suffices: tokens carry 256 random bits, unlike passwords.)
 */
@Service
public class ApiTokens {

	private static final String PREFIX = "gk_";

	private final JdbcClient jdbc;

	private final StaffMembers staff;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ApplicationEventPublisher events;

	ApiTokens(JdbcClient jdbc, StaffMembers staff, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
		this.events = events;
	}

	/** A token as listed to its owner: never the secret itself. */
	/** How stale the recorded time of a token's last use may be. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/**
	 * Creates a token for the signed-in {@code owner} and returns the secret, which is
	 * not retrievable afterwards.
	 * @throws InvalidInput if the name is blank or longer than 100 characters
	 */
	@Transactional
	public String create(StaffPrincipal owner, String name) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty()) {
			throw InvalidInput.of("name", "token.name.required");
		}
		if (label.length() > 100) {
			throw InvalidInput.of("name", "field.too-long");
		}
		long staffId = owner.id();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into api_token (staff_id, name, token_hash, prefix, created_at)
				values (:staff, :name, :hash, :prefix, :now)
				""")
			.param("staff", staffId)
			.param("name", label)
			.param("hash", hash(token))
			.param("prefix", token.substring(0, 10))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		long id = jdbc.sql("select id from api_token where token_hash = :hash")
			.param("hash", hash(token))
			.query(Long.class)
			.single();
		events.publishEvent(ApiTokenCreated.of(owner.username(), ownAgency(owner), id, label, token.substring(0, 10)));
		return token;
	}

	/**
	 * Revokes one of {@code owner}'s own tokens; another person's token answers
	 * {@link RecordNotFound}.
	 */
	@Transactional
	public void revoke(StaffPrincipal owner, long tokenId) {
		long staffId = owner.id();
		int changed = jdbc
			.sql("update api_token set revoked_at = :now where id = :id and staff_id = :staff and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("staff", staffId)
			.update();
		if (changed == 0) {
			throw new RecordNotFound("API 令牌", tokenId);
		}
		events.publishEvent(ApiTokenRevoked.of(owner.username(), ownAgency(owner), tokenId));
	}

	private static Long ownAgency(StaffPrincipal owner) {
		return owner.homeAgencies().stream().min(Long::compare).orElse(null);
	}

	public List<TokenInfo> list(long staffId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from api_token
				where staff_id = :staff order by created_at desc
				""").param("staff", staffId).query(Rows.of(TokenInfo.class)).list();
	}

	/**
	 * The principal a presented token stands for, if the token exists and is not revoked.
	 */
	@Transactional
	public Optional<StaffPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<Used> owner = jdbc
			.sql("select staff_id, last_used_at from api_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash(token))
			.query((rs, row) -> new Used(rs.getLong(1), rs.getTimestamp(2)))
			.optional();
		Instant now = clock.instant();
		// the time of use is shown to the owner to the minute: writing it on every call
		// made each
		// API call a writing transaction (a commit flushed to disk) for nothing
		owner
			.filter(used -> used.lastUsedAt() == null
					|| used.lastUsedAt().toInstant().isBefore(now.minus(LAST_USED_PRECISION)))
			.ifPresent(used -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
				.param("now", Timestamp.from(now))
				.param("hash", hash(token))
				.update());
		return owner.map(Used::staffId)
			.flatMap(staff::findById)
			.filter(Staff::isEnabled)
			.map(found -> found.toPrincipal(clock.instant()))
			.filter(StaffPrincipal::isAccountNonLocked);
	}

	/** The owner of a token and when it was last used. */
	private record Used(long staffId, Timestamp lastUsedAt) {
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
