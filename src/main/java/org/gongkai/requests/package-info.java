/**
 * 依申请公开: the whole life of an application for government information under Articles 29–45 of the Regulations,
 * from intake (online form, letters, in person, fax, email, the 12345 hotline) through correction, handling,
 * consultation, extension, review and reply to the archived file, under the statutory clock of the calendar module;
 * and the yearly figures of table 三 of the annual report, computed from the records.
 *
 * <p>API for other modules: {@link org.gongkai.requests.RequestDirectory} (look up and reopen an application),
 * {@link org.gongkai.requests.RequestStatistics} (table 三), the enums {@link org.gongkai.requests.ApplicantType},
 * {@link org.gongkai.requests.Outcome} and {@link org.gongkai.requests.RequestStatus}, and the past-tense events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications (依申请公开)",
		allowedDependencies = { "agencies", "calendar", "shared" })
package org.gongkai.requests;
