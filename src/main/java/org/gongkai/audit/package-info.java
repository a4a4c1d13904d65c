/**
 * The append-only audit trail. It listens to {@link org.gongkai.shared.AuditableEvent}s
 * of every module and chains each entry to the previous one by SHA-256, so that altering
 * or deleting a past entry is detectable. Administrators read it within the agencies they
 * administer (hence the dependency on {@code agencies :: api}); nothing depends on this
 * module, so it declares no named interface.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "agencies :: api", "shared" })
package org.gongkai.audit;

import org.springframework.modulith.ApplicationModule;
