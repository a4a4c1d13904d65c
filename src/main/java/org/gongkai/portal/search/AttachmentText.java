package org.gongkai.portal.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of an attachment for the index: PDF through PDFBox, DOCX and XLSX through POI;
 * images and anything unreadable give no text (the entry is still indexed).
 */
final class AttachmentText {

	private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

	/** The most text taken from one file. */
	static final int MAX_CHARS = 200_000;

	private AttachmentText() {
	}

	static String of(String filename, String contentType, byte[] content) {
		try {
			String text;
			String name = filename == null ? "" : filename.toLowerCase();
			if ("application/pdf".equals(contentType) || name.endsWith(".pdf")) {
				try (PDDocument pdf = Loader.loadPDF(content)) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setEndPage(200);
					text = stripper.getText(pdf);
				}
			}
			else if (name.endsWith(".docx") || contentType != null && contentType.contains("wordprocessingml")) {
				try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
						XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
					text = extractor.getText();
				}
			}
			else if (name.endsWith(".xlsx") || contentType != null && contentType.contains("spreadsheetml")) {
				try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(content));
						XSSFExcelExtractor extractor = new XSSFExcelExtractor(xlsx)) {
					text = extractor.getText();
				}
			}
			else {
				return "";
			}
			return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		}
		catch (IOException | RuntimeException e) {
			log.warn("No text read from attachment {}: {}", filename, e.toString());
			return "";
		}
	}

}
