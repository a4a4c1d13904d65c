package org.gongkai.agencies;

import org.springframework.modulith.NamedInterface;

/** The roles a staff member may hold, each bound to one agency. */
@NamedInterface("api")
public enum Role {

	/** 登记员: registers incoming applications and letters. */
	REGISTRAR,
	/** 承办人: handles an application and drafts the reply. */
	HANDLER,
	/** 审核人: reviews replies and proactive publications. */
	REVIEWER,
	/**
	 * 公开办负责人: the head of the disclosure office; approves extensions (Article 33 of the
	 * Regulations).
	 */
	OFFICE_HEAD,
	/** 发布员: publishes proactively disclosed information after review. */
	PUBLISHER,
	/** 督办: a supervising office's staff, who see the agencies of their region. */
	SUPERVISOR,
	/** 管理员: manages agencies, staff and settings of the agencies below their own. */
	ADMINISTRATOR,
	/** 科室负责人: the section head, a level of the disclosure review chain (复审). */
	SECTION_HEAD,
	/** 分管领导: the leader who signs off proactive publications (终审). */
	LEADER;

	/** The Spring Security authority name, {@code ROLE_HANDLER} and so on. */
	public String authority() {
		return "ROLE_" + name();
	}

}
