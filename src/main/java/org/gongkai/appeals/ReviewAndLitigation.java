package org.gongkai.appeals;

/**
 * Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况) for one agency and year, shaped like
 * the annual-report JSON's {@code reviewAndLitigation} object: three groups of five
 * counts.
 *
 * @param reconsideration 行政复议
 * @param litigationDirect 行政诉讼·未经复议直接起诉
 * @param litigationAfterReconsideration 行政诉讼·复议后起诉
 */
public record ReviewAndLitigation(Counts reconsideration, Counts litigationDirect,
		Counts litigationAfterReconsideration) {

	/**
	 * One group's columns: 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计. Rule R-3: {@code total} is the
	 * sum of the other four.
	 */
	public record Counts(int upheld, int corrected, int other, int pending, int total) {

		/** A group with no case. */
		public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		/** The count of column {@code result}. */
		public int of(AppealResult result) {
			return switch (result) {
				case UPHELD -> upheld;
				case CORRECTED -> corrected;
				case OTHER -> other;
				case PENDING -> pending;
			};
		}

		/** Whether R-3 holds: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
		public boolean sumsUp() {
			return total == upheld + corrected + other + pending;
		}

	}

	/** The group of {@code kind}. */
	public Counts of(AppealKind kind) {
		return switch (kind) {
			case RECONSIDERATION -> reconsideration;
			case LITIGATION_DIRECT -> litigationDirect;
			case LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
		};
	}

}
