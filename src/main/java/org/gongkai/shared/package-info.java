/**
 * What every module may use: the injected clock, the auditable-event contract, problem
 * responses for the API and the list of public endpoints each module contributes to
 * security. Kept deliberately tiny. It is open (every public type is its API) and depends
 * on no module.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = {})
package org.gongkai.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
