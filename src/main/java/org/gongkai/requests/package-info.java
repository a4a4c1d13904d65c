/**
 * 依申请公开: the whole life of an application for government information under Articles 29–45
 * of the Regulations, from intake (online form, letters, in person, fax, email, the 12345
 * hotline) through correction, handling, consultation, extension, review and reply to the
 * archived file, under the statutory deadlines of the calendar module; and the yearly
 * figures of table 三 of the annual report, computed from the records.
 *
 * <p>
 * API for other modules, the named interface {@code requests :: api}:
 * {@link org.gongkai.requests.RequestDirectory} (look up an application as a
 * {@link org.gongkai.requests.RequestReference}, and reopen it),
 * {@link org.gongkai.requests.RequestStatistics} (table 三) and the enums
 * {@link org.gongkai.requests.ApplicantType}, {@link org.gongkai.requests.Outcome} and
 * {@link org.gongkai.requests.RequestStatus}, with the types their public signatures use
 * (Spring Modulith adds them). The named interface {@code requests :: statistics} holds
 * {@link org.gongkai.requests.RequestStatistics} and the types of its answers, for the
 * annual report. No other module listens to this module's events yet; one that does adds
 * the event it listens to to {@code requests :: api}. It asks {@code fees :: api} whether
 * a fee notice is unpaid past its term before a reply 逾期未缴费, has {@code letters :: api}
 * generate the letter of a step (受理回执, 补正告知书, 延期答复告知书, consultation letters, 答复书) and
 * asks {@code agencies :: api} whether a step's year is signed off. Searching, intake,
 * documents, handling and the aggregate are internal.
 */
@ApplicationModule(displayName = "Applications (依申请公开)",
		allowedDependencies = { "agencies :: api", "calendar :: api", "fees :: api", "letters :: api", "shared" })
package org.gongkai.requests;

import org.springframework.modulith.ApplicationModule;
