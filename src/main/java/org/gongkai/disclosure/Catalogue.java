package org.gongkai.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Rows;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TextInput;
import org.gongkai.shared.UploadRefusal;
import org.gongkai.shared.UploadedFile;
import org.gongkai.shared.Uploads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on catalogue entries: drafting with a 索引号, changing, the review chain,
 * scheduling, withdrawal and attachments, each checked against the signed-in person's
 * roles in the entry's agency. The publisher (发布员) drafts; each level of the agency's
 * chain is decided by the role it names.
 */
@Service
public class Catalogue {

	/** Who may draft, change, submit and schedule. */
	static final Role DRAFTER = Role.PUBLISHER;

	private final CatalogueEntries entries;

	private final IndexNumbers indexNumbers;

	private final DisclosureSettings settings;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final PublicationClock publicationClock;

	private final DisclosureProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Catalogue(CatalogueEntries entries, IndexNumbers indexNumbers, DisclosureSettings settings, Agencies agencies,
			AgencyAccess access, PublicationClock publicationClock, DisclosureProperties properties, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.indexNumbers = indexNumbers;
		this.settings = settings;
		this.agencies = agencies;
		this.access = access;
		this.publicationClock = publicationClock;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** An entry as the console and the API show it, with its chain and decisions. */
	public record EntryView(CatalogueEntry entry, ReviewChain chain, List<ReviewDecision> decisions,
			List<Attachment> attachments, List<PublishedVersion> versions, PublicationClock.Reading clock) {

		/** The level the entry waits at, or {@code null}. */
		public ReviewLevel pendingLevel() {
			Integer level = entry.getReviewLevel();
			return level == null ? null : chain.level(Math.min(level, chain.size()));
		}

	}

	/** An attached file, without its bytes. */
	public record Attachment(long id, String filename, String contentType, long sizeBytes) {
	}

	/** A version as it was published. */
	public record PublishedVersion(int number, String title, String summary, String body, String documentNumber,
			Integer article20Item, LocalDate formedOn, LocalDate publishedOn, Instant publishedAt) {
	}

	/**
	 * Drafts an entry. Its 索引号 is the next of the agency's pattern, or
	 * {@code indexNumber} when given (an older entry entered afterwards), refused if it
	 * exists.
	 */
	@Transactional
	public long draft(StaffPrincipal staff, long agencyId, EntryContent content, String indexNumber) {
		List<AuditableEvent> drafted = new ArrayList<>(1);
		long id = draftEntry(staff, agencyId, content, indexNumber, drafted, new HashMap<>()).getId();
		drafted.forEach(events::publishEvent);
		return id;
	}

	/** Drafts an entry as {@link #draft} does; returns it as stored. */
	@Transactional
	public EntryView draftAndView(StaffPrincipal staff, long agencyId, EntryContent content, String indexNumber) {
		List<AuditableEvent> drafted = new ArrayList<>(1);
		CatalogueEntry entry = draftEntry(staff, agencyId, content, indexNumber, drafted, new HashMap<>());
		// A new entry has no decisions, attachments or published versions to read.
		EntryView view = new EntryView(entry, settings.chain(agencyId), List.of(), List.of(), List.of(),
				reading(entry));
		drafted.forEach(events::publishEvent);
		return view;
	}

	/**
	 * What an agency's 索引号 are made of; read once per call (once per agency in a batch).
	 */
	private record Numbering(String creditCode, IndexPattern pattern) {
	}

	private Numbering numbering(long agencyId) {
		Agency agency = agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("机关", agencyId));
		return new Numbering(agency.getCreditCode(), settings.pattern(agencyId));
	}

	/**
	 * Drafts and stores an entry; its event is added to {@code drafted}, unpublished;
	 * {@code numberings} keeps what the agencies' 索引号 are made of for the call.
	 */
	private CatalogueEntry draftEntry(StaffPrincipal staff, long agencyId, EntryContent content, String indexNumber,
			List<AuditableEvent> drafted, Map<Long, Numbering> numberings) {
		checkActs(staff, agencyId, DRAFTER);
		EntryContent clean = checkLinks(agencyId, content.withBody(RichText.sanitise(content.body())).checked());
		Numbering numbering = numberings.computeIfAbsent(agencyId, this::numbering);
		String number;
		if (indexNumber != null && !indexNumber.isBlank()) {
			number = indexNumber.strip();
			if (number.codePointCount(0, number.length()) > 120) {
				throw InvalidInput.of("indexNumber", "disclosure.indexNumber.long");
			}
			if (entries.indexNumberTaken(number)) {
				throw InvalidInput.of("indexNumber", "disclosure.indexNumber.duplicate", number);
			}
		}
		else {
			number = indexNumbers.next(agencyId, numbering.creditCode(), numbering.pattern(),
					LocalDate.now(clock).getYear());
		}
		CatalogueEntry entry = CatalogueEntry.draft(agencyId, number, clean, actor(staff, agencyId), clock.instant());
		drafted.add(entries.insertUnpublished(entry, publicationClock.due(clean.formedOn()), staff.username()));
		return entry;
	}

	/** The most entries one batch call may name. */
	public static final int BATCH_LIMIT = 200;

	/** A new entry of a batch: its agency, content and optional 索引号. */
	public record NewEntry(long agencyId, EntryContent content, String indexNumber) {
	}

	/** An entry of a batch and the version the caller last saw of it. */
	public record BatchItem(long id, Integer version) {
	}

	/** Where an entry of a batch stands after it. */
	public record BatchOutcome(long id, long agencyId, String indexNumber, EntryState state, Integer reviewLevel,
			Integer publicVersion, int version) {

		static BatchOutcome of(CatalogueEntry entry) {
			return new BatchOutcome(entry.getId(), entry.getAgencyId(), entry.getIndexNumber(), entry.getState(),
					entry.getReviewLevel(), entry.getPublicVersion(), entry.getVersion());
		}

	}

	/**
	 * Drafts every entry (批量导入) as {@link #draft} would, all or none: the first refused
	 * entry throws {@link BatchRefused} and nothing is stored.
	 */
	@Transactional
	public List<BatchOutcome> draftAll(StaffPrincipal staff, List<NewEntry> drafts) {
		checkBatchSize(drafts);
		List<AuditableEvent> drafted = new ArrayList<>(drafts.size());
		Map<Long, Numbering> numberings = new HashMap<>();
		List<BatchOutcome> outcomes = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			NewEntry draft = drafts.get(i);
			try {
				outcomes.add(BatchOutcome.of(draftEntry(staff, draft.agencyId(), draft.content(), draft.indexNumber(),
						drafted, numberings)));
			}
			catch (RuntimeException e) {
				throw new BatchRefused(i, null, e);
			}
		}
		// Published last, in order: the audit trail's head row stays free until then.
		drafted.forEach(events::publishEvent);
		return outcomes;
	}

	/**
	 * Submits every entry (批量送审) as {@link #submit} would, each at the version named, all
	 * or none.
	 */
	@Transactional
	public List<BatchOutcome> submitAll(StaffPrincipal staff, List<BatchItem> items) {
		return eachOf(staff, items, (entry, chain) -> {
			checkActs(staff, entry.getAgencyId(), DRAFTER);
			entry.submit(chain, actor(staff, entry.getAgencyId()), clock.instant());
		});
	}

	/**
	 * Approves every entry (批量审核) at review level {@code level} as {@link #approve}
	 * would, each at the version named, all or none; an entry waiting at another level is
	 * refused ({@code disclosure.batch.level}).
	 */
	@Transactional
	public List<BatchOutcome> approveAll(StaffPrincipal staff, int level, List<BatchItem> items, String comment) {
		return eachOf(staff, items, (entry, chain) -> {
			checkActs(staff, entry.getAgencyId(), chainRoles(chain));
			if (entry.getState() != EntryState.IN_REVIEW || entry.getReviewLevel() == null
					|| entry.getReviewLevel() != level) {
				throw new RuleViolation("disclosure.batch.level",
						"条目 " + entry.getId() + " 不在第 " + level + " 级审核（当前：" + entry.getState()
								+ (entry.getReviewLevel() == null ? "" : " 第 " + entry.getReviewLevel() + " 级") + "）");
			}
			entry.approve(chain, actor(staff, entry.getAgencyId()), comment, clock.instant(), LocalDate.now(clock));
		});
	}

	/** What a batch does to one loaded entry, given its agency's chain. */
	private interface BatchStep {

		void apply(CatalogueEntry entry, ReviewChain chain);

	}

	/**
	 * Loads the batch's entries with one query, applies {@code step} to each in order and
	 * stores it at the version its item named; the chain is read once per agency.
	 */
	private List<BatchOutcome> eachOf(StaffPrincipal staff, List<BatchItem> items, BatchStep step) {
		checkBatchSize(items);
		Set<Long> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			BatchItem item = items.get(i);
			if (item == null || item.version() == null) {
				throw InvalidInput.of("items", "disclosure.batch.version", i + 1);
			}
			if (!ids.add(item.id())) {
				throw InvalidInput.of("items", "disclosure.batch.duplicate", item.id());
			}
		}
		Map<Long, CatalogueEntry> loaded = entries.loadAll(ids);
		Map<Long, ReviewChain> chains = new HashMap<>();
		List<AuditableEvent> stored = new ArrayList<>();
		List<BatchOutcome> outcomes = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			BatchItem item = items.get(i);
			try {
				CatalogueEntry entry = loaded.get(item.id());
				if (entry == null) {
					throw new RecordNotFound("目录条目", item.id());
				}
				access.checkReadable(staff, entry.getAgencyId(), "目录条目", item.id());
				step.apply(entry, chains.computeIfAbsent(entry.getAgencyId(), settings::chain));
				stored.addAll(store(entry, item.version()));
				outcomes.add(BatchOutcome.of(entry));
			}
			catch (RuntimeException e) {
				throw new BatchRefused(i, item.id(), e);
			}
		}
		// Published last, in order: the audit trail's head row stays free until then.
		stored.forEach(events::publishEvent);
		return outcomes;
	}

	private static void checkBatchSize(List<?> items) {
		if (items == null || items.isEmpty()) {
			throw InvalidInput.of("items", "disclosure.batch.empty");
		}
		if (items.size() > BATCH_LIMIT) {
			throw InvalidInput.of("items", "disclosure.batch.long", BATCH_LIMIT, items.size());
		}
	}

	/**
	 * Replaces the working copy (see {@link CatalogueEntry#revise}); returns the entry as
	 * stored.
	 */
	@Transactional
	public EntryView revise(StaffPrincipal staff, long id, Integer expectedVersion, EntryContent content) {
		return revise(staff, id, expectedVersion, content, null);
	}

	/**
	 * Replaces the working copy; {@code indexNumber}, when given, must be the entry's
	 * own: a 索引号 never changes once given. Returns the entry as stored.
	 */
	@Transactional
	public EntryView revise(StaffPrincipal staff, long id, Integer expectedVersion, EntryContent content,
			String indexNumber) {
		CatalogueEntry entry = loadReadable(staff, id);
		checkActs(staff, entry.getAgencyId(), DRAFTER);
		if (indexNumber != null && !indexNumber.isBlank() && !indexNumber.strip().equals(entry.getIndexNumber())) {
			throw InvalidInput.of("indexNumber", "disclosure.indexNumber.fixed", entry.getIndexNumber());
		}
		EntryContent clean = checkLinks(entry.getAgencyId(),
				content.withBody(RichText.sanitise(content.body())).checked());
		entry.revise(clean, actor(staff, entry.getAgencyId()), clock.instant());
		return saveAndView(entry, expectedVersion, null);
	}

	/**
	 * Sends a draft to the first level of the agency's chain; returns the entry as
	 * stored.
	 */
	@Transactional
	public EntryView submit(StaffPrincipal staff, long id, Integer expectedVersion) {
		CatalogueEntry entry = loadReadable(staff, id);
		checkActs(staff, entry.getAgencyId(), DRAFTER);
		ReviewChain chain = settings.chain(entry.getAgencyId());
		entry.submit(chain, actor(staff, entry.getAgencyId()), clock.instant());
		return saveAndView(entry, expectedVersion, chain);
	}

	/** Approves at the level the entry waits at; returns the entry as stored. */
	@Transactional
	public EntryView approve(StaffPrincipal staff, long id, Integer expectedVersion, String comment) {
		CatalogueEntry entry = loadReadable(staff, id);
		ReviewChain chain = settings.chain(entry.getAgencyId());
		checkActs(staff, entry.getAgencyId(), chainRoles(chain));
		entry.approve(chain, actor(staff, entry.getAgencyId()), comment, clock.instant(), LocalDate.now(clock));
		return saveAndView(entry, expectedVersion, chain);
	}

	/** Returns the entry to its drafter with comments; returns the entry as stored. */
	@Transactional
	public EntryView returnForChanges(StaffPrincipal staff, long id, Integer expectedVersion, String comment) {
		CatalogueEntry entry = loadReadable(staff, id);
		ReviewChain chain = settings.chain(entry.getAgencyId());
		checkActs(staff, entry.getAgencyId(), chainRoles(chain));
		entry.returnForChanges(chain, actor(staff, entry.getAgencyId()), comment, clock.instant());
		return saveAndView(entry, expectedVersion, chain);
	}

	/** Sets the publication time; returns the entry as stored. */
	@Transactional
	public EntryView schedule(StaffPrincipal staff, long id, Integer expectedVersion, Instant at) {
		CatalogueEntry entry = loadReadable(staff, id);
		checkActs(staff, entry.getAgencyId(), DRAFTER);
		entry.schedule(at, actor(staff, entry.getAgencyId()), clock.instant());
		return saveAndView(entry, expectedVersion, null);
	}

	/** Takes an entry off the public pages with a reason; returns the entry as stored. */
	@Transactional
	public EntryView withdraw(StaffPrincipal staff, long id, Integer expectedVersion, String reason) {
		CatalogueEntry entry = loadReadable(staff, id);
		TextInput.require("reason", reason, 500);
		checkActs(staff, entry.getAgencyId(), DRAFTER, Role.LEADER);
		entry.withdraw(reason, actor(staff, entry.getAgencyId()), clock.instant());
		return saveAndView(entry, expectedVersion, null);
	}

	/** Attaches a file after the upload checks; returns its id. */
	@Transactional
	public long attach(StaffPrincipal staff, long id, UploadedFile file) {
		CatalogueEntry entry = loadReadable(staff, id);
		checkActs(staff, entry.getAgencyId(), DRAFTER);
		String type = AttachmentTypes.check(file, properties.attachments().maxSize());
		long count = jdbc.sql("select count(*) from disclosure_attachment where entry_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		if (count >= properties.attachments().maxFiles()) {
			throw new UploadRefusal(UploadRefusal.Reason.TOO_MANY,
					"附件最多 " + properties.attachments().maxFiles() + " 个");
		}
		String name = Uploads.safeName(file.filename(), "附件");
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into disclosure_attachment (entry_id, filename, content_type, size_bytes, content, uploaded_at,
				  uploaded_by)
				values (:entry, :name, :type, :size, :content, :at, :by)""")
			.param("entry", id)
			.param("name", name)
			.param("type", type)
			.param("size", file.content().length)
			.param("content", file.content())
			.param("at", Timestamp.from(now))
			.param("by", staff.username())
			.update(keys, "id");
		long attachmentId = keys.getKey().longValue();
		events.publishEvent(new AttachmentAdded(id, entry.getAgencyId(), staff.username(), now, name, type));
		return attachmentId;
	}

	/** The agency of an entry the person may read. */
	@Transactional(readOnly = true)
	public long agencyOf(StaffPrincipal staff, long id) {
		return loadReadable(staff, id).getAgencyId();
	}

	/** An entry with its chain, decisions, attachments, versions and clock. */
	@Transactional(readOnly = true)
	public EntryView view(StaffPrincipal staff, long id) {
		CatalogueEntry entry = loadReadable(staff, id);
		return view(entry);
	}

	EntryView view(CatalogueEntry entry) {
		return view(entry, null);
	}

	/** The view of {@code entry}; {@code chain} when already read in this transaction. */
	private EntryView view(CatalogueEntry entry, ReviewChain chain) {
		long id = entry.getId();
		List<Attachment> files = jdbc
			.sql("""
					select id, filename, content_type, size_bytes from disclosure_attachment where entry_id = :id order by id
					""")
			.param("id", id)
			.query(Rows.of(Attachment.class))
			.list();
		return new EntryView(entry, chain != null ? chain : settings.chain(entry.getAgencyId()), entries.decisions(id),
				files, versions(id), reading(entry));
	}

	private PublicationClock.Reading reading(CatalogueEntry entry) {
		return entry.getState().clockRuns() ? publicationClock.read(entry.getContent().formedOn(), LocalDate.now(clock))
				: null;
	}

	/** The published versions of an entry, oldest first. */
	List<PublishedVersion> versions(long id) {
		return jdbc.sql("""
				select number, title, summary, body, document_number, article20_item, formed_on, published_on,
				  published_at
				from disclosure_entry_version where entry_id = :id order by number""")
			.param("id", id)
			.query((rs, row) -> new PublishedVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, Integer.class), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** An attachment's name, type and bytes. */
	public record Download(String filename, String contentType, byte[] content) {
	}

	/** An attachment of an entry the person may read. */
	@Transactional(readOnly = true)
	public Download download(StaffPrincipal staff, long entryId, long attachmentId) {
		loadReadable(staff, entryId);
		return jdbc.sql("""
				select filename, content_type, content from disclosure_attachment where id = :id and entry_id = :entry
				""")
			.param("id", attachmentId)
			.param("entry", entryId)
			.query((rs, row) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new RecordNotFound("附件", attachmentId));
	}

	/** Publishes the scheduled entries whose time has come; returns how many. */
	@Transactional
	public int publishDue() {
		Instant now = clock.instant();
		List<Long> due = jdbc.sql("""
				select id from disclosure_entry where state = 'SCHEDULED' and scheduled_at <= :now order by id limit 500
				""").param("now", Timestamp.from(now)).query(Long.class).list();
		int published = 0;
		for (long id : due) {
			CatalogueEntry entry = entries.load(id);
			if (entry.publishIfDue(now, LocalDate.now(clock))) {
				save(entry, null);
				published++;
			}
		}
		return published;
	}

	/** The actor for {@code staff} with the roles they hold in {@code agencyId}. */
	static Actor actor(StaffPrincipal staff, long agencyId) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (staff.holds(role, agencyId)) {
				held.add(role);
			}
		}
		return new Actor(staff.id(), staff.username(), staff.displayName(), held);
	}

	static void checkActs(StaffPrincipal staff, long agencyId, Role... anyOf) {
		if (Arrays.stream(anyOf).noneMatch(role -> staff.holds(role, agencyId))) {
			throw new AccessDeniedException("此操作需要本机关的以下角色之一：" + Arrays.toString(anyOf));
		}
	}

	private static Role[] chainRoles(ReviewChain chain) {
		return chain.levels().stream().map(ReviewLevel::role).distinct().toArray(Role[]::new);
	}

	private CatalogueEntry loadReadable(StaffPrincipal staff, long id) {
		CatalogueEntry entry = entries.load(id);
		access.checkReadable(staff, entry.getAgencyId(), "目录条目", id);
		return entry;
	}

	private void save(CatalogueEntry entry, Integer expectedVersion) {
		store(entry, expectedVersion).forEach(events::publishEvent);
	}

	private List<AuditableEvent> store(CatalogueEntry entry, Integer expectedVersion) {
		LocalDate due = entry.getState().clockRuns() ? publicationClock.due(entry.getContent().formedOn()) : null;
		return entries.store(entry, expectedVersion, due);
	}

	/**
	 * Stores the entry, reads its view, then publishes its events: the audit trail's head
	 * row is locked from the first event to the commit, so no read happens under it.
	 */
	private EntryView saveAndView(CatalogueEntry entry, Integer expectedVersion, ReviewChain chain) {
		List<AuditableEvent> stored = store(entry, expectedVersion);
		EntryView view = view(entry, chain);
		stored.forEach(events::publishEvent);
		return view;
	}

	/**
	 * The interpreted and related entries must be the same agency's, and an Article 21
	 * group one that the agency's administrative level has.
	 */
	private EntryContent checkLinks(long agencyId, EntryContent content) {
		if (content.article21Item() != null
				&& !settings.of(agencyId).article21Groups().contains(content.article21Item())) {
			throw InvalidInput.of("article21Item", "disclosure.article21Item.level");
		}
		List<Long> links = new ArrayList<>(content.relatedIds());
		if (content.interpretationOf() != null) {
			links.add(content.interpretationOf());
		}
		for (Long linked : links) {
			boolean found = jdbc.sql("select count(*) from disclosure_entry where id = :id and agency_id = :agency")
				.param("id", linked)
				.param("agency", agencyId)
				.query(Long.class)
				.single() > 0;
			if (!found) {
				throw InvalidInput.of(linked.equals(content.interpretationOf()) ? "interpretationOf" : "relatedIds",
						"disclosure.link.unknown", linked);
			}
		}
		return content;
	}

}
