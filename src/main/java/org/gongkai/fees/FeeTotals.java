package org.gongkai.fees;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * The information-processing fees of one agency in one year, for section 六 of the annual
 * report (“本年度实际收取信息处理费共计……元”).
 *
 * @param agencyId the agency
 * @param year the calendar year
 * @param noticesIssued fee notices issued in the year
 * @param noticesPaid fee notices paid in the year (by day of payment)
 * @param collectedYuan the amounts paid in the year, scale 2
 */
@NamedInterface({ "api", "statistics" })
public record FeeTotals(long agencyId, int year, long noticesIssued, long noticesPaid, BigDecimal collectedYuan) {

}
