package org.gongkai.disclosure;

/**
 * Thrown when one item of a batch call was refused: the batch changed nothing (its
 * transaction rolled back). Carries the item's position and entry, and as its cause the
 * refusal the single call would have answered (stale version, rule, access, input).
 */
public class BatchRefused extends RuntimeException {

	private final int index;

	private final Long entryId;

	BatchRefused(int index, Long entryId, RuntimeException cause) {
		super("第 " + (index + 1) + " 项被拒绝：" + cause.getMessage(), cause);
		this.index = index;
		this.entryId = entryId;
	}

	/** The refused item's position in the batch, from 0. */
	public int index() {
		return index;
	}

	/** The refused item's entry, {@code null} for a new one. */
	public Long entryId() {
		return entryId;
	}

	/** The refusal of the item itself. */
	public RuntimeException refusal() {
		return (RuntimeException) getCause();
	}

}
