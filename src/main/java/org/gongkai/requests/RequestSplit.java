package org.gongkai.requests;

/** Published when an application asking for several matters was split into one application per matter. */
public record RequestSplit(long requestId, Long agencyId, String actor, java.time.Instant occurredAt, java.util.List<Long> partIds) implements RequestEvent {

	@Override
	public String action() {
		return "request.split";
	}

	@Override
	public String summary() {
		return "一事一申请：拆分出 " + partIds;
	}

}
