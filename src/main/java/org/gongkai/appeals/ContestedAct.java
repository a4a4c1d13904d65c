package org.gongkai.appeals;

/**
 * What the applicant contests: the agency's reply, its failure to reply in time, or
 * another act in the handling.
 */
public enum ContestedAct {

	/** 政府信息公开答复（处理决定）: the reply or other disposal of the application. */
	REPLY,
	/** 逾期未答复（不履行法定职责）: no reply within the statutory term. */
	FAILURE_TO_REPLY,
	/** 其他行为: a fee notice, a correction notice, the way of delivery and the like. */
	OTHER

}
