package org.gongkai.agencies;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The agency hierarchy's entries. */
public interface Agencies extends ListCrudRepository<Agency, Long> {

	List<Agency> findByParentIdOrderByName(Long parentId);

	List<Agency> findByKindOrderByName(AgencyKind kind);

}
