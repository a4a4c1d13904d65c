package org.gongkai.agencies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.modulith.NamedInterface;

/** The agency hierarchy's entries. */
@NamedInterface("api")
public interface Agencies extends ListCrudRepository<Agency, Long> {

	List<Agency> findByParentIdOrderByName(Long parentId);

	List<Agency> findByKindOrderByName(AgencyKind kind);

	Optional<Agency> findByCreditCode(String creditCode);

}
