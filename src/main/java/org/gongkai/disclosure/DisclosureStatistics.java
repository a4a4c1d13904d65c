package org.gongkai.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table 二 of the annual report (主动公开政府信息情况) and the publication channels of an
 * agency-year, recomputed from the records every time: the registry's dates give the 规章
 * and 行政规范性文件 rows, the recorded yearly figures the decision counts and fees, the
 * catalogue the website count. A figure nobody recorded is {@code null}, never 0. The
 * named interface {@code disclosure :: statistics} is what the reports module may use.
 */
@Service
@NamedInterface({ "api", "statistics" })
public class DisclosureStatistics {

	private final NormativeRegistry registry;

	private final YearlyFigures figures;

	private final JdbcClient jdbc;

	private final DisclosureSettings settings;

	DisclosureStatistics(NormativeRegistry registry, YearlyFigures figures, JdbcClient jdbc,
			DisclosureSettings settings) {
		this.registry = registry;
		this.figures = figures;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Whether {@code agencyId} may make 规章 (its disclosure setting): a 规章 in table 二 from
	 * an agency that may not is the annual report's rule R-7.
	 */
	public boolean mayMakeRegulations(long agencyId) {
		return settings.of(agencyId).mayMakeRegulations();
	}

	/** One row of the first block of table 二: 本年制发, 本年废止, 现行有效. */
	public record DocumentCounts(long issued, long repealed, long inForce) {
	}

	/**
	 * Table 二 in the shape of the annual-report JSON's {@code activeDisclosure}.
	 *
	 * @param feesTenThousandYuan 行政事业性收费 in 万元, a decimal string ({@code "0"},
	 * {@code "12.5"}), or {@code null} if not recorded
	 */
	public record ActiveDisclosure(DocumentCounts regulations, DocumentCounts normativeDocuments, Integer licensing,
			Integer penalties, Integer coercion, String feesTenThousandYuan) {
	}

	/**
	 * Publication counts of a year per channel; {@code null} where nothing was recorded.
	 */
	public record Channels(long website, Integer wechat, Integer governmentServicePortal, Integer gazette,
			Integer pressConferences) {
	}

	/** Table 二 of {@code agencyId} for {@code year}. */
	@Transactional(readOnly = true)
	public ActiveDisclosure activeDisclosure(long agencyId, int year) {
		var recorded = figures.find(agencyId, year);
		return new ActiveDisclosure(counts(agencyId, DocumentKind.REGULATION, year),
				counts(agencyId, DocumentKind.NORMATIVE_DOCUMENT, year),
				recorded.map(YearlyFigures.Recorded::licensing).orElse(null),
				recorded.map(YearlyFigures.Recorded::penalties).orElse(null),
				recorded.map(YearlyFigures.Recorded::coercion).orElse(null),
				recorded.map(YearlyFigures.Recorded::feesTenThousandYuan)
					.map(DisclosureStatistics::plain)
					.orElse(null));
	}

	/** The channel counts of {@code agencyId} for {@code year}. */
	@Transactional(readOnly = true)
	public Channels channels(long agencyId, int year) {
		long website = jdbc.sql("""
				select count(*) from disclosure_entry
				where agency_id = :agency and first_published_on between :first and :last""")
			.param("agency", agencyId)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
		Map<PublicationChannel, Integer> entered = figures.channelCounts(agencyId, year);
		return new Channels(website, entered.get(PublicationChannel.WECHAT),
				entered.get(PublicationChannel.GOVERNMENT_SERVICE_PORTAL), entered.get(PublicationChannel.GAZETTE),
				entered.get(PublicationChannel.PRESS_CONFERENCES));
	}

	private DocumentCounts counts(long agencyId, DocumentKind kind, int year) {
		NormativeRegistry.YearCounts counts = registry.counts(agencyId, kind, year);
		return new DocumentCounts(counts.issued(), counts.repealed(), counts.inForce());
	}

	private static String plain(BigDecimal amount) {
		return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

}
