package org.gongkai.letters;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J under {@code com.openhtmltopdf.<category>}
 * instead of its own console handler, which prints several lines at INFO for every PDF.
 * Warnings and errors stay warnings and errors; the rest is debug.
 */
final class PdfLogging implements XRLogger {

	private static final String PREFIX = "com.openhtmltopdf.";

	private PdfLogging() {
	}

	/** Routes openhtmltopdf's logging through SLF4J, once per JVM. */
	static synchronized void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLogging)) {
			XRLog.setLoggerImpl(new PdfLogging());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(PREFIX + where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are the logging configuration's (logging.level.com.openhtmltopdf).
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger(PREFIX + "general").isDebugEnabled();
	}

}
