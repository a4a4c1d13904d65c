package org.gongkai.appeals.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The case page's form for the day the agency received the 答复通知书 or 应诉通知书.
 */
public class NotificationForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate notifiedOn;

	private Integer version;

	public LocalDate getNotifiedOn() {
		return notifiedOn;
	}

	public void setNotifiedOn(LocalDate notifiedOn) {
		this.notifiedOn = notifiedOn;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
