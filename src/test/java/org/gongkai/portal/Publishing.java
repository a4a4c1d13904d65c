package org.gongkai.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.agencies.Fixtures;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.EntryContent;
import org.gongkai.disclosure.EntryKind;
import org.gongkai.disclosure.Validity;
import org.gongkai.shared.UploadedFile;

/**
 * Publishing catalogue entries of 卧龙区商务局 through the disclosure module's services, as the
 * demo's publisher, section head and leader do in the console: draft, attach, the three
 * levels of review, withdraw.
 */
final class Publishing {

	private final Catalogue catalogue;

	private final StaffMembers staff;

	Publishing(Catalogue catalogue, StaffMembers staff) {
		this.catalogue = catalogue;
		this.staff = staff;
	}

	StaffPrincipal as(String username) {
		return Fixtures.signedIn(staff, username);
	}

	long agencyId() {
		return as("publisher").homeAgencies().iterator().next();
	}

	long draft(String title, String body, Integer item, String topic, LocalDate formedOn) {
		EntryContent content = new EntryContent(EntryKind.DOCUMENT, title, null, formedOn, "宛商〔2024〕7 号", null, topic,
				"通知", item, null, Validity.VALID, formedOn, null, "政府网站", "<p>" + body + "</p>", null, List.of());
		return catalogue.draft(as("publisher"), agencyId(), content, null);
	}

	long attach(long entryId, String filename, byte[] content) {
		return catalogue.attach(as("publisher"), entryId, new UploadedFile(filename, content));
	}

	void publish(long entryId) {
		catalogue.submit(as("publisher"), entryId, null);
		catalogue.approve(as("publisher"), entryId, null, null);
		catalogue.approve(as("section"), entryId, null, "保密审查通过");
		catalogue.approve(as("leader"), entryId, null, null);
	}

	long published(String title, String body, Integer item, String topic, LocalDate formedOn) {
		long id = draft(title, body, item, topic, formedOn);
		publish(id);
		return id;
	}

	void withdraw(long entryId) {
		catalogue.withdraw(as("publisher"), entryId, null, "测试结束撤回");
	}

	/** A DOCX whose one paragraph is {@code text}. */
	static byte[] docx(String text) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
