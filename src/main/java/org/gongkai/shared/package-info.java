/**
 * What every module may use, one piece per mechanism: the injected clock, the
 * auditable-event contract and case histories, the web plumbing (If-Match versions,
 * problem responses, field errors on pages and in the API, uploads checked by content,
 * downloads), scheduled-job locks, personal-data masking and the public endpoints each
 * module contributes to security. A mechanism moves here when a second module needs it,
 * never a module's domain. It is open (every public type is its API) and depends on no
 * module; docs/architecture.md lists the pieces in its section Web mechanisms, one each.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = {})
package org.gongkai.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
