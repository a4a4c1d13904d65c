package org.gongkai.agencies;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.modulith.NamedInterface;

/** Staff accounts. */
@NamedInterface("api")
public interface StaffMembers extends ListCrudRepository<Staff, Long> {

	Optional<Staff> findByUsername(String username);

}
