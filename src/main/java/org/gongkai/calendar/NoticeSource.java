package org.gongkai.calendar;

/** Where the notice in force for a year came from. */
public enum NoticeSource {

	/** Shipped with Gongkai from the holiday-cn dataset. */
	SHIPPED,
	/** Uploaded by an administrator as a holiday-cn JSON file. */
	UPLOAD,
	/** Entered by an administrator in the console form. */
	FORM

}
