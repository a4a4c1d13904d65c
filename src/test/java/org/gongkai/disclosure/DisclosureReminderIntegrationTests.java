package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.DemoStaff;
import org.gongkai.MutableClock;
import org.gongkai.TestMail;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Article 26 reminders by email on the shared full-boot context. Not rolled back: the
 * sweep claims each reminder in a transaction of its own, which must see the entry; the
 * draft stays behind, dated 2025 and never published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisclosureReminderIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	@Autowired
	MutableClock clock;

	@Autowired
	DemoStaff demo;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEntries entries;

	@Autowired
	StaffMembers staffMembers;

	@Autowired
	Agencies agencies;

	@Autowired
	DisclosureSweep sweep;

	@Autowired
	PublicationClock publicationClock;

	@BeforeEach
	void startToday() {
		clock.setDay(TODAY);
	}

	@Test
	void remindsTheDrafterBeforeTheArticleTwentySixDateOnceAndTheLeaderTooWhenOverdue() throws Exception {
		String index = draft("第二十六条提醒测试");
		LocalDate fiveLeft = TODAY;
		while (publicationClock.read(TODAY, fiveLeft).workingDaysLeft() > 5) {
			fiveLeft = fiveLeft.plusDays(1);
		}
		clock.setDay(fiveLeft.minusDays(1));
		sweep.run();
		assertThat(mailsAbout(index)).isEmpty();

		clock.setDay(fiveLeft);
		sweep.run();
		sweep.run();
		assertThat(mailsAbout(index)).singleElement().satisfies(mail -> {
			assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
				.containsExactly(email("publisher"));
			assertThat(mail.getSubject()).contains("剩余 5 个工作日");
		});

		clock.setDay(publicationClock.due(TODAY).plusDays(1));
		sweep.run();
		List<MimeMessage> mails = mailsAbout(index);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).getSubject()).contains("超过");
		assertThat(Arrays.stream(mails.get(1).getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder(email("publisher"), email("leader"));
	}

	private String email(String username) {
		return staffMembers.findByUsername(username).orElseThrow().getEmail();
	}

	/**
	 * The reminders about one entry, one per message (GreenMail keeps one per mailbox).
	 */
	private static List<MimeMessage> mailsAbout(String indexNumber) throws MessagingException {
		Set<String> seen = new HashSet<>();
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : TestMail.server().getReceivedMessages()) {
			if (message.getSubject().startsWith("【") && message.getSubject().contains(indexNumber)
					&& seen.add(message.getMessageID())) {
				found.add(message);
			}
		}
		return found;
	}

	private String draft(String title) {
		long id = catalogue.draft(demo.staff("publisher"), demo.commerce(), new EntryContent(EntryKind.DOCUMENT, title,
				null, TODAY, null, null, null, null, 11, null, null, null, null, null, "<p>正文</p>", null, null), null);
		return entries.load(id).getIndexNumber();
	}

}
