package org.gongkai.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.shared.IdentifierChecks;
import org.gongkai.shared.Rows;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a filtered list of applications as an XLSX workbook for staff, streaming rows
 * so that large exports stay in bounded memory. Identity numbers, phones and addresses
 * are masked; the export holds nothing a list would not show beyond that.
 */
@Service
public class RequestExport {

	/** The most rows one export holds; narrow the filter for more. */
	public static final int MAX_ROWS = 50_000;

	private final RequestSearch search;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RequestExport(RequestSearch search, JdbcClient jdbc, MessageSource messages) {
		this.search = search;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	private record Personal(long id, String idNumber, String phone, String address) {
	}

	/**
	 * The workbook of every application matching {@code filter} (its cursor and page size
	 * are ignored).
	 */
	@Transactional(readOnly = true)
	public byte[] xlsx(RequestSearch.Filter filter, Locale locale) {
		String[] headers = { "trackingCode", "agency", "receivedOn", "channel", "applicantType", "applicant",
				"idNumber", "phone", "address", "title", "status", "outcome", "handler", "replyDue", "closedOn" };
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("request.export.sheet", locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(text("request.export." + headers[i], locale));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			int rowIndex = 1;
			Long before = null;
			while (rowIndex <= MAX_ROWS) {
				RequestSearch.Page page = search.search(new RequestSearch.Filter(filter.agencies(), filter.statuses(),
						filter.outcome(), filter.applicantType(), filter.receivedFrom(), filter.receivedTo(),
						filter.handlerId(), filter.text(), before, RequestSearch.MAX_PAGE));
				if (page.rows().isEmpty()) {
					break;
				}
				Map<Long, Personal> personal = personal(page.rows().stream().map(RequestSearch.Row::id).toList());
				for (RequestSearch.Row row : page.rows()) {
					Personal data = personal.get(row.id());
					Row line = sheet.createRow(rowIndex++);
					int c = 0;
					line.createCell(c++).setCellValue(row.trackingCode());
					line.createCell(c++).setCellValue(row.agencyName());
					line.createCell(c++).setCellValue(date(row.receivedOn()));
					line.createCell(c++).setCellValue(text(row.channel().messageKey(), locale));
					line.createCell(c++).setCellValue(text("request.applicantType." + row.applicantType(), locale));
					line.createCell(c++).setCellValue(row.applicantName());
					line.createCell(c++).setCellValue(nullToEmpty(IdentifierChecks.mask(data.idNumber())));
					line.createCell(c++).setCellValue(nullToEmpty(IdentifierChecks.mask(data.phone())));
					line.createCell(c++).setCellValue(nullToEmpty(IdentifierChecks.mask(data.address())));
					line.createCell(c++).setCellValue(row.infoTitle());
					line.createCell(c++).setCellValue(text("request.status." + row.status(), locale));
					line.createCell(c++)
						.setCellValue(row.outcome() == null ? "" : text("request.outcome." + row.outcome(), locale));
					line.createCell(c++).setCellValue(nullToEmpty(row.handlerName()));
					line.createCell(c++).setCellValue(row.status().isOpen() ? date(row.dueIndex()) : "");
					line.createCell(c).setCellValue(date(row.closedOn()));
					if (rowIndex > MAX_ROWS) {
						break;
					}
				}
				if (page.nextBeforeId() == null) {
					break;
				}
				before = page.nextBeforeId();
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<Long, Personal> personal(List<Long> ids) {
		return jdbc.sql("select id, id_number, phone, address from information_request where id in (:ids)")
			.param("ids", ids)
			.query(Rows.of(Personal.class))
			.list()
			.stream()
			.collect(Collectors.toMap(Personal::id, p -> p));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
