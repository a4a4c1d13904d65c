package org.gongkai.agencies;

import java.util.List;

/** An agency with the agencies below it, for showing the hierarchy. */
public record AgencyNode(Agency agency, List<AgencyNode> children) {
}
