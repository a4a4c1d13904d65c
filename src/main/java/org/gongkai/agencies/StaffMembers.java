package org.gongkai.agencies;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Staff accounts. */
public interface StaffMembers extends ListCrudRepository<Staff, Long> {

	Optional<Staff> findByUsername(String username);

}
