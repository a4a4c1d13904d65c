package org.gongkai.fees;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * The fee of one application under the one standard chosen for it (Article 3 of
 * 国办函〔2020〕109号: never both).
 *
 * @param basis the standard chosen
 * @param units for 按件 the application's place among its applicant's applications of the
 * month (its ordinal), for 按量 the pages provided
 * @param scheduleName the schedule applied
 * @param amountYuan the fee of this application, scale 2: for 按件 the price of its ordinal
 * alone, for 按量 the progressive total of its pages
 * @param quote the progressive calculation behind it (for 按件, of the month up to this
 * application)
 */
@NamedInterface("api")
public record FeeAssessment(FeeBasis basis, int units, String scheduleName, BigDecimal amountYuan, FeeQuote quote) {
}
