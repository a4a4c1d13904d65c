/**
 * The append-only audit trail. It listens to {@link org.gongkai.shared.AuditableEvent}s of every module and chains
 * each entry to the previous one by SHA-256, so that altering or deleting a past entry is detectable. Administrators
 * read it within the agencies they administer (hence the dependency on agencies); nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = { "agencies", "shared" })
package org.gongkai.audit;
