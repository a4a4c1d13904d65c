/**
 * What every module may use: the injected clock, the auditable-event contract, problem responses for the API
 * and the list of public endpoints each module contributes to security. Kept deliberately tiny.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.shared;
