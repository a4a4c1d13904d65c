package org.gongkai.agencies;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gongkai.shared.AuditableEvent;
import org.springframework.modulith.NamedInterface;

/**
 * An agency (or supervising office) was added under a region; the summary lists its guide
 * facts.
 */
@NamedInterface("api")
public record AgencyCreated(String actor, Long agencyId, String subjectId, String summary, String summaryCode,
		List<Object> summaryArgs) implements AuditableEvent {

	@Override
	public String action() {
		return "agency.created";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

	/**
	 * An agency or supervising office {@code name} added under {@code region}; a missing
	 * credit code reads as （空）.
	 */
	static AgencyCreated added(String actor, long agencyId, AgencyKind kind, String name, String creditCode,
			String region) {
		String kindName = kind == AgencyKind.SUPERVISING_OFFICE ? "政务公开主管部门" : "行政机关";
		Label kindLabel = new Label("agency.kind." + kind.name(), kindName);
		String summary = "新增" + kindName + "：" + name + "（统一社会信用代码 " + Objects.toString(creditCode, "（空）") + "）；上级："
				+ region;
		return creditCode == null
				? new AgencyCreated(actor, agencyId, Long.toString(agencyId), summary,
						"history.agency.createdWithoutCreditCode", Arrays.asList(kindLabel, name, region))
				: new AgencyCreated(actor, agencyId, Long.toString(agencyId), summary, "history.agency.created",
						Arrays.asList(kindLabel, name, creditCode, region));
	}

	/** The top-level region {@code name} created by the command line. */
	static AgencyCreated regionByCommand(String actor, long regionId, String name) {
		return new AgencyCreated(actor, regionId, Long.toString(regionId), "命令行新建顶级区域 " + name,
				"history.agency.regionByCommand", Arrays.asList(name));
	}

}
