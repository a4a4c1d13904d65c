/**
 * 咨询 and 投诉 received by mailbox, online form or the 12345 hotline, and their yearly
 * counts for the annual report. Placeholder of the API only, replaced by the
 * consultations branch at the merge.
 */
@ApplicationModule(displayName = "Consultations (咨询投诉)", allowedDependencies = { "shared" })
package org.gongkai.consultations;

import org.springframework.modulith.ApplicationModule;
