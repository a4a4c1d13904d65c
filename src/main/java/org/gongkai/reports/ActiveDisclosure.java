package org.gongkai.reports;

import java.math.BigDecimal;

/**
 * Table 二 (主动公开政府信息情况): documents under Article 20(一), decisions under 20(五) and (六), and
 * the fees of 20(八) in 万元. A cell the report leaves blank is {@code null}.
 */
public final class ActiveDisclosure {

	/** 本年制发件数 / 本年废止件数 / 现行有效件数 of one kind of document. */
	public static final class DocumentCounts {

		Integer issued;

		Integer repealed;

		Integer inForce;

		public Integer issued() {
			return this.issued;
		}

		public Integer repealed() {
			return this.repealed;
		}

		public Integer inForce() {
			return this.inForce;
		}

		DocumentCounts set(Integer issued, Integer repealed, Integer inForce) {
			this.issued = issued;
			this.repealed = repealed;
			this.inForce = inForce;
			return this;
		}

	}

	final DocumentCounts regulations = new DocumentCounts();

	final DocumentCounts normativeDocuments = new DocumentCounts();

	Integer licensing;

	Integer penalties;

	Integer coercion;

	BigDecimal feesTenThousandYuan;

	/** 规章. */
	public DocumentCounts regulations() {
		return this.regulations;
	}

	/** 行政规范性文件. */
	public DocumentCounts normativeDocuments() {
		return this.normativeDocuments;
	}

	/** 行政许可: decisions this year. */
	public Integer licensing() {
		return this.licensing;
	}

	/** 行政处罚: decisions this year. */
	public Integer penalties() {
		return this.penalties;
	}

	/** 行政强制: decisions this year. */
	public Integer coercion() {
		return this.coercion;
	}

	/** 行政事业性收费 in 万元, a decimal. */
	public BigDecimal feesTenThousandYuan() {
		return this.feesTenThousandYuan;
	}

}
